// The viewer built without WF_DEMO: no built-in emulator.
#include "demo.h"


namespace wf {

bool demoBuiltIn()
{
    return false;
}

QStringList demoScenarioNames()
{
    return {};
}

std::unique_ptr<DemoServer> startDemo(const QString &, QString *error)
{
    *error = QStringLiteral("no built-in emulator (WF_DEMO=OFF)"); // main says it in the user's words
    return nullptr;
}

} // namespace wf
