#pragma once
// The built-in demo: the Focus Server emulator running inside the viewer when no server is given.
// Built with WF_DEMO (on by default: the demo is a feature); a build without it links no emulator,
// no Qt HttpServer and no fault injector, and asks for --server instead.
#include "backend/backendclient.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace wf {

class DemoServer
{
  public:
    virtual ~DemoServer() = default;
    virtual QString baseUrl() const = 0;
    virtual qint64 oldestRecordingMs() const = 0; // epoch ms of the first recording
    virtual bool historic() const = 0;            // the scenario plays a recording back (a historic job)
    // The simulated backend (Kubernetes and RabbitMQ's management API, BackendEmulator) beside the
    // emulator, with its password: the demo's ladder. Its story is the scenario's when it names one
    // (pod-pending-gpu, ...), else a healthy backend.
    virtual BackendAccess backendAccess() const = 0;
};

bool demoBuiltIn();
QStringList demoScenarioNames(); // empty without the demo; the emulator's scenarios and the backend's stories
// Starts the emulator on 127.0.0.1 (a free port) with the named scenario; null with `error` set
// when it could not start (or there is no demo in this build).
std::unique_ptr<DemoServer> startDemo(const QString &scenario, QString *error);

} // namespace wf
