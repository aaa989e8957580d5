#include "session/shownsession.h"

#include "job/qualitymonitor.h"
#include "session/livejobsession.h"
#include "session/sessionreplay.h"

#include <QThread>
#include <optional>

namespace wf {

ShownSession::ShownSession(LiveJobSession *live, QObject *parent) : QObject(parent), m_live(live)
{
}

ShownSession::~ShownSession()
{
    if (QThread *loader = m_loader) {
        cancelLoad();
        loader->wait(); // bounded: the file is capped (kSessionMaxBytes)
        delete loader;  // its queued deleteLater goes with it
    }
    m_replay.reset();
}

namespace {

// "line 3: body: not valid base64": where, then what (technical English, as focusctl replay says it).
QString loadErrorText(const DecodeError &e)
{
    return e.path.isEmpty() ? e.detail : e.path + QStringLiteral(": ") + e.detail;
}

} // namespace

JobSession *ShownSession::current() const
{
    if (m_replay)
        return m_replay.get();
    return m_live;
}

ReadinessController *ShownSession::controller() const
{
    return current()->controller();
}

QualityMonitor *ShownSession::quality() const
{
    return current()->quality();
}

QualityMonitor *ShownSession::replayQuality() const
{
    return m_replay ? m_replay->quality() : nullptr;
}

bool ShownSession::open(const QString &path, double speed, QString *error)
{
    Result<Session> loaded = loadSession(path);
    if (!loaded.ok()) {
        if (error)
            *error = loadErrorText(loaded.error());
        return false;
    }
    cancelLoad();
    show(std::move(loaded).value(), path, speed);
    return true;
}

void ShownSession::openInBackground(const QString &path, double speed)
{
    cancelLoad();
    // The worker touches nothing but the path and the shared slot for its result.
    auto result = std::make_shared<std::optional<Result<Session>>>();
    QThread *thread = QThread::create([path, result] { result->emplace(loadSession(path)); });
    m_loader = thread;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, thread, result, path, speed] {
        if (m_loader != thread)
            return; // superseded
        m_loader = nullptr;
        Result<Session> &loaded = **result;
        if (!loaded.ok()) {
            emit openFailed(path, loadErrorText(loaded.error()));
            return;
        }
        show(std::move(loaded).value(), path, speed);
        emit opened(path);
    });
    thread->start();
    emit loading(path);
}

void ShownSession::cancelLoad()
{
    // A superseded worker runs to its end (parsing cannot be interrupted) and deletes itself; its
    // result is dropped.
    if (m_loader)
        disconnect(m_loader, &QThread::finished, this, nullptr);
    m_loader = nullptr;
}

void ShownSession::replayAgain()
{
    if (m_replay)
        show(m_replay->session(), m_file, m_replay->speed()); // a copy: the replay that holds it goes
}

void ShownSession::close()
{
    cancelLoad();
    if (!m_replay)
        return;
    m_replay->pause();
    std::unique_ptr<SessionReplay> replay = std::move(m_replay);
    m_file.clear();
    emit switched();
}

void ShownSession::show(Session session, const QString &path, double speed)
{
    std::unique_ptr<SessionReplay> oldReplay = std::move(m_replay);
    if (oldReplay)
        oldReplay->pause();
    // Its quality monitor is made with it, before it starts: it sees the job from its configure request on.
    m_replay = std::make_unique<SessionReplay>(std::move(session));
    m_replay->setSpeed(speed);
    m_file = path;
    emit switched();
    oldReplay.reset();
    m_replay->start();
}

} // namespace wf
