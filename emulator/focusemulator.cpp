#include "focusemulator.h"

#include "emulatorreplies.h"

#include "api/codecs.h"
#include "configtask.h"
#include "net/tlsoptions.h"
#include "selfsignedcert.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace wf::emu {

namespace {


QString methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post: return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put: return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Head: return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Patch: return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Options: return QStringLiteral("OPTIONS");
    default: return QStringLiteral("OTHER");
    }
}

struct RouteDef {
    const char *method;
    const char *pattern;
};

} // namespace

FocusEmulator::FocusEmulator(EmulatorOptions options, QObject *parent)
    : QAbstractHttpServer(parent), m_options(std::move(options)),
      m_scene(m_options.seed, m_options.highestChannel), m_ownClock(std::make_unique<SystemClock>()), m_clock(m_ownClock.get()),
      m_epochAtMark(QDateTime::currentMSecsSinceEpoch()), m_clockAtMark(m_clock->nowMs())
{
    m_faults.setClock(m_clock);
}

void FocusEmulator::setClock(Clock *clock)
{
    Clock *next = clock ? clock : m_ownClock.get();
    if (next == m_clock)
        return;
    m_epochAtMark = now();
    m_clockAtMark = next->nowMs();
    if (m_sweepTimer)
        m_clock->cancel(m_sweepTimer);
    m_clock = next;
    m_faults.setClock(m_clock);
    if (m_sweepTimer)
        scheduleSweep();
}

void FocusEmulator::scheduleSweep()
{
    m_sweepTimer = m_clock->callAfter(1000, this, [this] {
        sweep();
        scheduleSweep();
    });
}

FocusEmulator::~FocusEmulator()
{
    for (const auto &server : std::as_const(m_streams))
        server->shutdown();
}

quint16 FocusEmulator::start(quint16 port, const QHostAddress &address)
{
    if (m_options.https && !regenerateCertificate())
        return 0;
    m_address = address;
    m_port = listen(address, port);
    if (m_port == 0) {
        m_startError = QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port);
        return 0;
    }
    m_startedMs = now();
    if (!m_sweepTimer)
        scheduleSweep();
    return m_port;
}

bool FocusEmulator::regenerateCertificate()
{
    const GeneratedCertificate gen = generateSelfSignedCertificate();
    if (!gen.error.isEmpty()) {
        m_startError = gen.error;
        return false;
    }
    m_certPem = gen.certificatePem;
    sslSetup(QSslCertificate(gen.certificatePem, QSsl::Pem), QSslKey(gen.privateKeyPem, QSsl::Ec, QSsl::Pem));
    if (m_port == 0)
        return true;
    // sslSetup() applies to the next listen() only.
    for (QTcpServer *s : servers())
        s->close();
    if (listen(m_address, m_port) != m_port) {
        m_startError = QStringLiteral("cannot listen again on %1:%2").arg(m_address.toString()).arg(m_port);
        return false;
    }
    return true;
}

QString FocusEmulator::baseUrl() const
{
    return QStringLiteral("%1://127.0.0.1:%2%3")
        .arg(m_options.https ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(m_port)
        .arg(m_options.basePath);
}

QString FocusEmulator::certificateFingerprint() const
{
    return m_certPem.isEmpty() ? QString() : wf::certificateFingerprint(QSslCertificate(m_certPem, QSsl::Pem));
}

QStringList FocusEmulator::servedRoutes() const
{
    static const RouteDef all[] = {
        {"GET", "/ack"},
        {"GET", "/channels"},
        {"GET", "/live_metadata"},
        {"POST", "/configure"},
        {"GET", "/metadata/{job_id}"},
        {"POST", "/recordings_in_time_range"},
        {"GET", "/get_recordings_timeline"},
        {"GET", "/openapi.json"},
        {"GET", "/waterfall/{task_id}/{row_count}"},
        {"GET", "/sensors"},
        {"POST", "/config/{task_id}"},
    };
    QStringList out;
    for (const RouteDef &r : all) {
        const QString pattern = QString::fromLatin1(r.pattern);
        if (m_options.waterfallRouteAbsent && pattern.startsWith(QLatin1String("/waterfall/")))
            continue;
        if (m_options.metadataRouteAbsent && pattern.startsWith(QLatin1String("/metadata/")))
            continue;
        out.append(QString::fromLatin1(r.method) + QLatin1Char(' ') + pattern);
    }
    return out;
}

void FocusEmulator::log(const QString &line)
{
    emit logged(QDateTime::fromMSecsSinceEpoch(now()).toString(Qt::ISODateWithMs) + QLatin1Char(' ') + line);
}

void FocusEmulator::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(detailBody(QStringLiteral("Not Found")), "application/json",
                                         QHttpServerResponder::StatusCode::NotFound);
}

bool FocusEmulator::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_stats.requests;
    const quint64 no = ++m_requestNo;
    QString path = request.url().path();
    if (!m_options.basePath.isEmpty() && path.startsWith(m_options.basePath + QLatin1Char('/')))
        path = path.mid(m_options.basePath.size());
    const QString faultRoute = FaultInjector::routeKey(path);
    const std::optional<Response> early = m_faults.before(faultRoute);
    Response resp = early ? *early : route(request);
    const bool raw = !early && m_faults.after(faultRoute, path, resp, socket);
    const QString injected = m_faults.lastInjected();
    log(QStringLiteral("#%1 %2 %3 -> %4 (%5 bytes)%6")
            .arg(no)
            .arg(methodName(request.method()), request.url().path())
            .arg(resp.status)
            .arg(resp.body.size())
            .arg(early || !injected.isEmpty() ? QStringLiteral(" [fault %1]").arg(injected) : QString()));
    if (raw)
        return true;
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    auto write = [responder, resp] {
        responder->write(resp.body, resp.contentType, QHttpServerResponder::StatusCode(resp.status));
    };
    if (m_options.extraLatencyMs > 0) {
        QPointer<QTcpSocket> alive(socket);
        m_clock->callAfter(m_options.extraLatencyMs, this, [alive, write] {
            if (alive && alive->state() == QAbstractSocket::ConnectedState)
                write();
        });
    } else {
        write();
    }
    return true;
}

FocusEmulator::Response FocusEmulator::route(const QHttpServerRequest &request)
{
    sweep();
    QString path = request.url().path();
    if (!m_options.basePath.isEmpty()) {
        if (!path.startsWith(m_options.basePath + QLatin1Char('/')))
            return {404, detailBody(QStringLiteral("Not Found"))};
        path = path.mid(m_options.basePath.size());
    }
    const QString method = methodName(request.method());
    const QStringList seg = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    bool pathKnown = false;
    QStringList args;
    QString matched;
    for (const QString &r : servedRoutes()) {
        const qsizetype space = r.indexOf(QLatin1Char(' '));
        const QStringList pat = r.mid(space + 1).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (pat.size() != seg.size())
            continue;
        QStringList a;
        bool ok = true;
        for (qsizetype i = 0; i < pat.size() && ok; ++i) {
            if (pat[i].startsWith(QLatin1Char('{')))
                a.append(seg[i]);
            else
                ok = pat[i] == seg[i];
        }
        if (!ok)
            continue;
        pathKnown = true;
        if (r.left(space) == method) {
            matched = r.mid(space + 1);
            args = a;
            break;
        }
    }
    if (matched.isEmpty())
        return pathKnown ? Response{405, detailBody(QStringLiteral("Method Not Allowed"))}
                         : Response{404, detailBody(QStringLiteral("Not Found"))};

    if (matched == QLatin1String("/ack"))
        return {200, "{}"};
    if (matched == QLatin1String("/channels"))
        return {200, jsonBytes(QJsonObject{{QStringLiteral("lowest_channel"), m_options.lowestChannel},
                                           {QStringLiteral("highest_channel"), m_options.highestChannel}})};
    if (matched == QLatin1String("/live_metadata"))
        return onLiveMetadata();
    if (matched == QLatin1String("/configure"))
        return onConfigure(request.body(), QString());
    if (matched == QLatin1String("/config/{task_id}"))
        return onConfigure(request.body(), args.value(0));
    if (matched == QLatin1String("/metadata/{job_id}"))
        return onMetadata(args.value(0));
    if (matched == QLatin1String("/waterfall/{task_id}/{row_count}"))
        return onWaterfall(args.value(0), args.value(1));
    if (matched == QLatin1String("/recordings_in_time_range"))
        return onRecordings(request.body());
    if (matched == QLatin1String("/openapi.json"))
        return openApi();
    if (matched == QLatin1String("/sensors")) {
        QJsonArray ids;
        for (int i = 0; i < m_options.highestChannel; ++i)
            ids.append(i);
        return {200, jsonBytes(QJsonObject{{QStringLiteral("sensors"), ids}})};
    }
    if (matched == QLatin1String("/get_recordings_timeline"))
        return {200, "<!DOCTYPE html><html><body><h1>Recordings timeline</h1></body></html>", "text/html"};
    return {404, detailBody(QStringLiteral("Not Found"))};
}

// Default (non-strict) mode is as lenient as the real server, which accepts an invalid view_type
// (PZ-14093): one outside 0..2 is taken as multichannel. --strict refuses it with 422.
void FocusEmulator::logInjected(const QString &id, const EmulatorStats &before)
{
    QStringList parts;
    auto add = [&parts](qint64 n, const char *what) {
        if (n > 0)
            parts << QStringLiteral("%1 %2").arg(n).arg(QLatin1String(what));
    };
    add(m_stats.negativeRows - before.negativeRows, "rows with negative samples");
    add(m_stats.negativeSamples - before.negativeSamples, "negative samples");
    add(m_stats.negativeBlockRanges - before.negativeBlockRanges, "blocks with a negative range");
    add(m_stats.droppedChannels - before.droppedChannels, "dropped channels");
    add(m_stats.gaps - before.gaps, "timestamp gaps");
    add(m_stats.overlaps - before.overlaps, "timestamp overlaps");
    add(m_stats.backwardsRows - before.backwardsRows, "rows going backwards in time");
    add(m_stats.badSpans - before.badSpans, "rows with end <= start");
    add(m_stats.duplicatedChannels - before.duplicatedChannels, "duplicated channels");
    add(m_stats.unexpectedChannels - before.unexpectedChannels, "unexpected channels");
    add(m_stats.raggedRows - before.raggedRows, "ragged rows");
    add(m_stats.nanSamples - before.nanSamples, "NaN samples");
    add(m_stats.rangeViolations - before.rangeViolations, "blocks violating their amplitude range");
    add(m_stats.backlogDroppedRows - before.backlogDroppedRows, "rows dropped from a full backlog");
    if (!parts.isEmpty())
        log(QStringLiteral("job %1: injected %2").arg(id, parts.join(QStringLiteral(", "))));
}

void FocusEmulator::killJob(const QString &id)
{
    closeStream(id);
    if (m_jobs.remove(id) > 0) {
        ++m_stats.jobsKilled;
        log(QStringLiteral("job %1 killed").arg(id));
    }
}

void FocusEmulator::sweep()
{
    const qint64 now = FocusEmulator::now();
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        EmulatorJob &j = *it;
        endCancelledPlayback(j);
        // Reading the rows keeps a job alive, by REST poll or on its gRPC stream.
        qint64 lastRead = j.lastPollMs;
        // The stream is read on the server's threads: a sweep that sees passes since the last one
        // counts it read now, on the emulator's clock (swept every second of it).
        if (const auto stream = m_streams.value(j.id)) {
            const quint64 reads = stream->state()->reads.load();
            if (reads != j.streamReadsSeen) {
                j.streamReadsSeen = reads;
                j.lastStreamReadMs = now;
            }
            lastRead = std::max(lastRead, j.lastStreamReadMs);
        }
        QString why;
        if (j.ended() && now - j.endedMs > m_options.finishedJobExpiryMs)
            why = QStringLiteral("finished %1 s ago").arg((now - j.endedMs) / 1000);
        else if (!j.ended() && now - lastRead > m_options.jobExpiryMs)
            why = QStringLiteral("nobody read its rows (waterfall poll or gRPC stream) for %1 s").arg((now - lastRead) / 1000);
        else if (m_options.jobLifetimeMs > 0 && j.ready(now) && now - j.readyMs > m_options.jobLifetimeMs)
            why = QStringLiteral("lifetime of %1 ms reached").arg(m_options.jobLifetimeMs);
        if (why.isEmpty()) {
            ++it;
            continue;
        }
        ++m_stats.jobsExpired;
        log(QStringLiteral("job %1 expired: %2").arg(j.id, why));
        closeStream(j.id);
        it = m_jobs.erase(it);
    }
}

} // namespace wf::emu
