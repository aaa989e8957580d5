#include "demo.h"

#include "backendemulator.h"
#include "focusemulator.h"
#include "scenarios.h"

namespace wf {

namespace {

// The backend's stories as demo scenarios: every one but the healthy backend every demo has.
QStringList backendStories()
{
    QStringList names = emu::backendScenarioNames();
    names.removeAll(emu::backendScenarioName(emu::BackendScenario::Healthy));
    return names;
}

class EmulatorDemo final : public DemoServer
{
  public:
    EmulatorDemo(const emu::EmulatorOptions &options, bool historic, emu::BackendScenario story)
        : m_emulator(options), m_backend(m_emulator, story), m_historic(historic)
    {
        m_backend.setRabbitCredentials(QStringLiteral("guest"), kPassword);
    }
    bool historic() const override { return m_historic; }
    bool start(QString *error)
    {
        if (m_emulator.start() == 0) {
            *error = m_emulator.startError();
            return false;
        }
        if (m_backend.start() == 0) {
            *error = QStringLiteral("cannot listen on 127.0.0.1 for the simulated backend");
            return false;
        }
        return true;
    }
    QString baseUrl() const override { return m_emulator.baseUrl(); }
    qint64 oldestRecordingMs() const override
    {
        const auto recordings = m_emulator.recordingsMs();
        return recordings.empty() ? 0 : recordings.front().first;
    }
    BackendAccess backendAccess() const override
    {
        BackendAccess a;
        a.rabbitUrl = QUrl(m_backend.url());
        a.rabbitUser = QStringLiteral("guest");
        a.rabbitPassword = kPassword;
        a.kubeUrl = QUrl(m_backend.url());
        return a;
    }

  private:
    static inline const QString kPassword = QStringLiteral("guest");
    emu::FocusEmulator m_emulator;
    emu::BackendEmulator m_backend;
    bool m_historic = false;
};

} // namespace

bool demoBuiltIn()
{
    return true;
}

QStringList demoScenarioNames()
{
    return emu::scenarioNames() + backendStories();
}

std::unique_ptr<DemoServer> startDemo(const QString &scenario, QString *error)
{
    emu::EmulatorOptions options;
    emu::BackendScenario story = emu::BackendScenario::Healthy;
    if (backendStories().contains(scenario)) {
        emu::backendScenarioFromName(scenario, story);
        emu::applyBackendScenario(story, options); // the jobs tell the backend's story
    } else {
        emu::applyScenario(scenario, options);
    }
    auto demo = std::make_unique<EmulatorDemo>(options, emu::scenarioIsHistoric(scenario), story);
    if (!demo->start(error))
        return nullptr;
    return demo;
}

} // namespace wf
