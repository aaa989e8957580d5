#include "demo.h"

#include "focusemulator.h"
#include "scenarios.h"

namespace wf {

namespace {
class EmulatorDemo final : public DemoServer
{
  public:
    EmulatorDemo(const emu::EmulatorOptions &options, bool historic) : m_emulator(options), m_historic(historic) {}
    bool historic() const override { return m_historic; }
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
    bool m_historic = false;
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
    auto demo = std::make_unique<EmulatorDemo>(options, emu::scenarioIsHistoric(scenario));
    if (!demo->start(error))
        return nullptr;
    return demo;
}

} // namespace wf
