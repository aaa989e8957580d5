// Writing a session recording: one JSON object per line (header, replies, stream events, trailer),
// the format session.h describes. Reading it back is session.cpp.
#include "session/session.h"

#include <cmath>

#include "api/codecs.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace wf {

namespace {

QByteArray line(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject settingsJson(const ReadinessSettings &s)
{
    return QJsonObject{{QStringLiteral("ready_timeout_ms"), s.readyTimeoutMs},
                       {QStringLiteral("data_timeout_ms"), s.dataTimeoutMs},
                       {QStringLiteral("row_count"), s.rowCount},
                       {QStringLiteral("initial_poll_ms"), s.initialPollMs},
                       {QStringLiteral("backoff"), s.backoff},
                       {QStringLiteral("max_poll_ms"), s.maxPollMs},
                       {QStringLiteral("max_server_errors"), s.maxServerErrors},
                       {QStringLiteral("max_network_errors"), s.maxNetworkErrors},
                       {QStringLiteral("expiry_confirmations"), s.expiryConfirmations},
                       {QStringLiteral("max_bad_replies"), s.maxBadReplies},
                       {QStringLiteral("rows_from"), rowsFromName(s.rowsFrom)},
                       {QStringLiteral("stream_ready_timeout_ms"), s.streamReadyTimeoutMs}};
}

QJsonObject thresholdsJson(const QualityThresholds &t)
{
    QJsonObject failAt;
    for (int i = 0; i < kQualityCheckCount; ++i)
        failAt.insert(QLatin1String(qualityCheckKey(QualityCheck(i))), double(t.failAt[size_t(i)]));
    return QJsonObject{{QStringLiteral("fail_at"), failAt},
                       {QStringLiteral("consumer_creation_ms"), double(t.consumerCreationMs)},
                       {QStringLiteral("stream_consumer_creation_ms"), double(t.streamConsumerCreationMs)}};
}

const char *streamKindName(StreamEvent::Kind k)
{
    switch (k) {
    case StreamEvent::Kind::Connected: return "connected";
    case StreamEvent::Kind::Frame: return "frame";
    case StreamEvent::Kind::Problem: return "problem";
    }
    return "problem";
}

} // namespace

QByteArray encodeSessionHeader(const SessionHeader &h)
{
    const QJsonObject request = QJsonDocument::fromJson(encodeConfigureRequest(h.request)).object();
    return line(QJsonObject{{QStringLiteral("type"), QStringLiteral("header")},
                            {QStringLiteral("format"), QLatin1String(kSessionFormat)},
                            {QStringLiteral("version"), kSessionVersion},
                            {QStringLiteral("server"), h.server},
                            {QStringLiteral("insecure"), h.insecure},
                            {QStringLiteral("started_at_ms"), double(h.startedAtMs)},
                            {QStringLiteral("request"), request},
                            {QStringLiteral("settings"), settingsJson(h.settings)},
                            {QStringLiteral("thresholds"), thresholdsJson(h.thresholds)}});
}

QByteArray encodeSessionReply(const SessionReply &r)
{
    const CallInfo &i = r.info;
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("reply")},
                  {QStringLiteral("at_ms"), double(r.atMs)},
                  {QStringLiteral("endpoint"), endpointPath(i.endpoint)},
                  {QStringLiteral("method"), i.method},
                  {QStringLiteral("path"), i.path},
                  {QStringLiteral("status"), i.httpStatus},
                  {QStringLiteral("transport"), transportErrorName(i.transport)},
                  {QStringLiteral("detail"), i.transportDetail},
                  {QStringLiteral("started_at_ms"), double(i.startedAtMs)},
                  {QStringLiteral("latency_ms"), i.latencyMs},
                  {QStringLiteral("body"), QString::fromLatin1(r.body.toBase64())}};
    if (!i.contentType.isEmpty())
        o.insert(QStringLiteral("content_type"), i.contentType);
    if (!i.redirectLocation.isEmpty())
        o.insert(QStringLiteral("redirect_location"), i.redirectLocation);
    if (i.insecure)
        o.insert(QStringLiteral("insecure"), true);
    return line(o);
}

QByteArray encodeSessionStreamEvent(const SessionStreamEvent &se)
{
    const StreamEvent &e = se.event;
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("stream")},
                  {QStringLiteral("at_ms"), double(se.atMs)},
                  {QStringLiteral("stream"), e.stream},
                  {QStringLiteral("event"), QLatin1String(streamKindName(e.kind))}};
    if (e.kind == StreamEvent::Kind::Connected) {
        o.insert(QStringLiteral("reconnect"), e.reconnect);
    } else if (e.kind == StreamEvent::Kind::Problem) {
        o.insert(QStringLiteral("problem"), streamProblemName(e.problem));
        o.insert(QStringLiteral("evidence"), e.evidence);
        o.insert(QStringLiteral("final"), e.final);
    } else {
        const StreamFrame &f = e.frame;
        QJsonArray timestamps, rows, data;
        for (qint64 t : f.timestampsMs)
            timestamps.append(double(t));
        for (int32_t r : f.rowIndex)
            rows.append(r);
        for (const QByteArray &b : f.mainData)
            data.append(QString::fromLatin1(b.toBase64()));
        o.insert(QStringLiteral("start_channel"), f.startChannel);
        o.insert(QStringLiteral("end_channel"), f.endChannel);
        o.insert(QStringLiteral("shape_x"), f.shapeX);
        o.insert(QStringLiteral("shape_y"), f.shapeY);
        o.insert(QStringLiteral("shape_z"), f.shapeZ);
        // JSON has no NaN or infinity (Qt would write null): a hostile server's scale is kept by name.
        auto scale = [](float v) {
            return std::isfinite(v) ? QJsonValue(double(v))
                                    : QJsonValue(std::isnan(v) ? QStringLiteral("nan") : v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf"));
        };
        o.insert(QStringLiteral("global_minimum"), scale(f.globalMinimum));
        o.insert(QStringLiteral("global_maximum"), scale(f.globalMaximum));
        if (e.droppedFrames > 0) {
            o.insert(QStringLiteral("dropped_frames"), double(e.droppedFrames));
            o.insert(QStringLiteral("dropped_lines"), double(e.droppedLines));
        }
        o.insert(QStringLiteral("job_id"), f.jobSlot);
        o.insert(QStringLiteral("bytes"), double(f.bytes));
        o.insert(QStringLiteral("received_at_ms"), double(f.receivedAtMs));
        o.insert(QStringLiteral("timestamps"), timestamps);
        o.insert(QStringLiteral("row_index"), rows);
        o.insert(QStringLiteral("main_data"), data);
    }
    return line(o);
}

QByteArray encodeSessionTrailer(const SessionTrailer &t)
{
    return line(QJsonObject{{QStringLiteral("type"), QStringLiteral("end")},
                            {QStringLiteral("ended_at_ms"), double(t.endedAtMs)},
                            {QStringLiteral("state"), t.state},
                            {QStringLiteral("diagnosis"), t.diagnosis}});
}

} // namespace wf
