#include "demo.h"

#include "focusemulator.h"
#include "scenarios.h"

namespace wf {

namespace {
class EmulatorDemo final : public DemoServer
{
  public:
    explicit EmulatorDemo(const emu::EmulatorOptions &options) : m_emulator(options) {}
    bool start(QString *error)
    {
        if (m_emulator.start() != 0)
            return true;
        *error = m_emulator.startError();
        return false;
    }
    QString baseUrl() const override { return m_emulator.baseUrl(); }
    qint64 oldestRecordingMs() const override
    {
        const auto recordings = m_emulator.recordingsMs();
        return recordings.empty() ? 0 : recordings.front().first;
    }

  private:
    emu::FocusEmulator m_emulator;
};
} // namespace

bool demoBuiltIn()
{
    return true;
}

QStringList demoScenarioNames()
{
    return emu::scenarioNames();
}

std::unique_ptr<DemoServer> startDemo(const QString &scenario, QString *error)
{
    emu::EmulatorOptions options;
    emu::applyScenario(scenario, options);
    auto demo = std::make_unique<EmulatorDemo>(options);
    if (!demo->start(error))
        return nullptr;
    return demo;
}

} // namespace wf
