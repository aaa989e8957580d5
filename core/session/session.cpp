#include "session/session.h"

#include "api/codecs.h"
#include "api/jsonreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace wf {

namespace {

using Error = std::optional<DecodeError>;

#define WF_SESSION_TRY(expr)                                                                                 \
    do {                                                                                                     \
        if (Error wf_err_ = (expr))                                                                          \
            return wf_err_;                                                                                  \
    } while (false)

Error getIntField(const QJsonObject &o, const char *key, qint64 &out, qint64 lo, qint64 hi)
{
    return json::getInt(o.value(QLatin1String(key)), QLatin1String(key), out, lo, hi);
}

Error getIntField(const QJsonObject &o, const char *key, int &out, int lo, int hi)
{
    qint64 v = 0;
    WF_SESSION_TRY(getIntField(o, key, v, lo, hi));
    out = int(v);
    return std::nullopt;
}

Error getStringField(const QJsonObject &o, const char *key, QString &out, bool optional = false)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (optional && v.isUndefined())
        return std::nullopt;
    return json::getString(v, QLatin1String(key), out);
}

Error decodeSettings(const QJsonObject &o, ReadinessSettings &s)
{
    constexpr int kDay = 86'400'000;
    WF_SESSION_TRY(getIntField(o, "ready_timeout_ms", s.readyTimeoutMs, 1, kDay));
    WF_SESSION_TRY(getIntField(o, "data_timeout_ms", s.dataTimeoutMs, 1, kDay));
    WF_SESSION_TRY(getIntField(o, "row_count", s.rowCount, 1, 100'000));
    WF_SESSION_TRY(getIntField(o, "initial_poll_ms", s.initialPollMs, 1, 3'600'000));
    WF_SESSION_TRY(json::getDouble(o.value(QLatin1String("backoff")), QStringLiteral("backoff"), s.backoff));
    if (!std::isfinite(s.backoff) || s.backoff < 1 || s.backoff > 100)
        return DecodeError{DecodeErrorKind::OutOfRange, QStringLiteral("backoff"), QStringLiteral("must be 1 to 100")};
    WF_SESSION_TRY(getIntField(o, "max_poll_ms", s.maxPollMs, 1, 3'600'000));
    WF_SESSION_TRY(getIntField(o, "max_server_errors", s.maxServerErrors, 1, 1'000'000));
    WF_SESSION_TRY(getIntField(o, "max_network_errors", s.maxNetworkErrors, 1, 1'000'000));
    // Added later: a recording without them replays with the defaults of its time.
    if (o.contains(QLatin1String("max_bad_replies")))
        WF_SESSION_TRY(getIntField(o, "max_bad_replies", s.maxBadReplies, 1, 1'000'000));
    if (o.contains(QLatin1String("stream_ready_timeout_ms")))
        WF_SESSION_TRY(getIntField(o, "stream_ready_timeout_ms", s.streamReadyTimeoutMs, 1, kDay));
    if (o.contains(QLatin1String("rows_from"))) {
        QString name;
        WF_SESSION_TRY(getStringField(o, "rows_from", name));
        const std::optional<RowsFrom> r = rowsFromFromName(name);
        if (!r)
            return DecodeError{DecodeErrorKind::InvalidValue, QStringLiteral("rows_from"),
                               QStringLiteral("\"%1\" is not auto, rest or grpc").arg(name.left(40))};
        s.rowsFrom = *r;
    } else {
        s.rowsFrom = RowsFrom::Rest; // recorded before the gRPC stream existed
    }
    return getIntField(o, "expiry_confirmations", s.expiryConfirmations, 1, 1'000'000);
}

Error decodeThresholds(const QJsonObject &o, QualityThresholds &t)
{
    QJsonObject failAt;
    WF_SESSION_TRY(json::getObject(o.value(QLatin1String("fail_at")), QStringLiteral("fail_at"), failAt));
    for (int i = 0; i < kQualityCheckCount; ++i) {
        const char *key = qualityCheckKey(QualityCheck(i));
        const QJsonValue v = failAt.value(QLatin1String(key));
        if (v.isUndefined())
            continue; // a check newer than the recording keeps its default
        qint64 n = 0;
        WF_SESSION_TRY(json::getInt(v, QStringLiteral("fail_at.") + QLatin1String(key), n, 0,
                                    std::numeric_limits<qint64>::max() / 2));
        t.failAt[size_t(i)] = n;
    }
    if (o.contains(QLatin1String("stream_consumer_creation_ms")))
        WF_SESSION_TRY(getIntField(o, "stream_consumer_creation_ms", t.streamConsumerCreationMs, 0, kSessionMaxAtMs));
    return getIntField(o, "consumer_creation_ms", t.consumerCreationMs, 0, kSessionMaxAtMs);
}

Error decodeHeader(const QJsonObject &o, SessionHeader &h)
{
    QString format;
    WF_SESSION_TRY(getStringField(o, "format", format));
    if (format != QLatin1String(kSessionFormat))
        return DecodeError{DecodeErrorKind::InvalidValue, QStringLiteral("format"),
                           QStringLiteral("not a session recording: format \"%1\", expected \"%2\"")
                               .arg(format.left(80), QLatin1String(kSessionFormat))};
    qint64 version = 0;
    WF_SESSION_TRY(getIntField(o, "version", version, 0, std::numeric_limits<int>::max()));
    if (version != kSessionVersion)
        return DecodeError{DecodeErrorKind::InvalidValue, QStringLiteral("version"),
                           QStringLiteral("version %1 is not supported (this build reads version %2)")
                               .arg(version)
                               .arg(kSessionVersion)};
    WF_SESSION_TRY(getStringField(o, "server", h.server));
    const QJsonValue insecure = o.value(QLatin1String("insecure"));
    if (!insecure.isBool())
        return json::wrongType(QStringLiteral("insecure"), "boolean", insecure);
    h.insecure = insecure.toBool();
    WF_SESSION_TRY(getIntField(o, "started_at_ms", h.startedAtMs, 0, std::numeric_limits<qint64>::max() / 2));
    QJsonObject sub;
    WF_SESSION_TRY(json::getObject(o.value(QLatin1String("request")), QStringLiteral("request"), sub));
    Result<ConfigureRequest> request = decodeConfigureRequest(QJsonDocument(sub).toJson(QJsonDocument::Compact));
    if (!request.ok()) {
        DecodeError e = request.error();
        e.path = json::field(QStringLiteral("request"), e.path);
        return e;
    }
    h.request = request.value();
    if (const std::vector<ConfigViolation> v = validateConfigure(h.request); !v.empty())
        return DecodeError{DecodeErrorKind::InvalidValue, QStringLiteral("request"), v.front().detail};
    WF_SESSION_TRY(json::getObject(o.value(QLatin1String("settings")), QStringLiteral("settings"), sub));
    WF_SESSION_TRY(decodeSettings(sub, h.settings));
    WF_SESSION_TRY(json::getObject(o.value(QLatin1String("thresholds")), QStringLiteral("thresholds"), sub));
    return decodeThresholds(sub, h.thresholds);
}

Error decodeReplyLine(const QJsonObject &o, SessionReply &r)
{
    WF_SESSION_TRY(getIntField(o, "at_ms", r.atMs, 0, kSessionMaxAtMs));
    CallInfo &info = r.info;
    WF_SESSION_TRY(getStringField(o, "endpoint", info.route));
    const std::optional<EndpointId> endpoint = endpointFromRoute(info.route);
    if (!endpoint)
        return DecodeError{DecodeErrorKind::InvalidValue, QStringLiteral("endpoint"),
                           QStringLiteral("unknown endpoint \"%1\"").arg(info.route.left(80))};
    info.endpoint = *endpoint;
    WF_SESSION_TRY(getStringField(o, "method", info.method));
    WF_SESSION_TRY(getStringField(o, "path", info.path));
    WF_SESSION_TRY(getIntField(o, "status", info.httpStatus, 0, 999));
    QString transport;
    WF_SESSION_TRY(getStringField(o, "transport", transport));
    const std::optional<TransportError> t = transportErrorFromName(transport);
    if (!t)
        return DecodeError{DecodeErrorKind::InvalidValue, QStringLiteral("transport"),
                           QStringLiteral("unknown transport error \"%1\"").arg(transport.left(80))};
    info.transport = *t;
    WF_SESSION_TRY(getStringField(o, "detail", info.transportDetail, true));
    WF_SESSION_TRY(getStringField(o, "redirect_location", info.redirectLocation, true));
    WF_SESSION_TRY(getStringField(o, "content_type", info.contentType, true));
    WF_SESSION_TRY(getIntField(o, "started_at_ms", info.startedAtMs, 0, std::numeric_limits<qint64>::max() / 2));
    WF_SESSION_TRY(json::getDouble(o.value(QLatin1String("latency_ms")), QStringLiteral("latency_ms"), info.latencyMs));
    if (!std::isfinite(info.latencyMs) || info.latencyMs < 0)
        return DecodeError{DecodeErrorKind::OutOfRange, QStringLiteral("latency_ms"), QStringLiteral("must be 0 or more")};
    info.insecure = o.value(QLatin1String("insecure")).toBool(false);
    const QJsonValue body = o.value(QLatin1String("body"));
    if (!body.isString())
        return json::wrongType(QStringLiteral("body"), "base64 string", body);
    auto decoded = QByteArray::fromBase64Encoding(body.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return DecodeError{DecodeErrorKind::InvalidValue, QStringLiteral("body"), QStringLiteral("not valid base64")};
    r.body = std::move(*decoded);
    info.bytes = r.body.size();
    return std::nullopt;
}

// A frame's scale: a number, or "nan", "inf", "-inf" (a hostile server's, which JSON cannot hold).
Error getScale(const QJsonObject &o, const char *key, double &out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString()) {
        const QString name = v.toString();
        if (name == QLatin1String("nan"))
            out = std::numeric_limits<double>::quiet_NaN();
        else if (name == QLatin1String("inf") || name == QLatin1String("-inf"))
            out = name.startsWith(QLatin1Char('-')) ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
        else
            return DecodeError{DecodeErrorKind::InvalidValue, QLatin1String(key), QStringLiteral("a number, \"nan\", \"inf\" or \"-inf\"")};
        return std::nullopt;
    }
    return json::getDouble(v, QLatin1String(key), out);
}

Error decodeStreamLine(const QJsonObject &o, SessionStreamEvent &out)
{
    WF_SESSION_TRY(getIntField(o, "at_ms", out.atMs, 0, kSessionMaxAtMs));
    StreamEvent &e = out.event;
    WF_SESSION_TRY(getIntField(o, "stream", e.stream, 0, 100'000));
    QString kind;
    WF_SESSION_TRY(getStringField(o, "event", kind));
    if (kind == QLatin1String("connected")) {
        e.kind = StreamEvent::Kind::Connected;
        e.reconnect = o.value(QLatin1String("reconnect")).toBool(false);
        return std::nullopt;
    }
    if (kind == QLatin1String("problem")) {
        e.kind = StreamEvent::Kind::Problem;
        QString name;
        WF_SESSION_TRY(getStringField(o, "problem", name));
        bool known = false;
        for (StreamProblem p : {StreamProblem::CannotConnect, StreamProblem::Refused, StreamProblem::Unavailable, StreamProblem::DeadlineExceeded,
                                StreamProblem::BadFrame, StreamProblem::RangeMismatch, StreamProblem::Ended,
                                StreamProblem::BadScale, StreamProblem::FramesDropped, StreamProblem::Failed})
            if (streamProblemName(p) == name) {
                e.problem = p;
                known = true;
            }
        if (!known)
            return DecodeError{DecodeErrorKind::InvalidValue, QStringLiteral("problem"),
                               QStringLiteral("unknown stream problem \"%1\"").arg(name.left(40))};
        WF_SESSION_TRY(getStringField(o, "evidence", e.evidence, true));
        e.final = o.value(QLatin1String("final")).toBool(false);
        return std::nullopt;
    }
    if (kind != QLatin1String("frame"))
        return DecodeError{DecodeErrorKind::InvalidValue, QStringLiteral("event"),
                           QStringLiteral("unknown stream event \"%1\"").arg(kind.left(40))};
    e.kind = StreamEvent::Kind::Frame;
    StreamFrame &f = e.frame;
    f.streamId = e.stream;
    constexpr qint64 kBig = std::numeric_limits<qint64>::max() / 2;
    WF_SESSION_TRY(getIntField(o, "start_channel", f.startChannel, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
    WF_SESSION_TRY(getIntField(o, "end_channel", f.endChannel, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
    WF_SESSION_TRY(getIntField(o, "shape_x", f.shapeX, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
    WF_SESSION_TRY(getIntField(o, "shape_y", f.shapeY, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
    WF_SESSION_TRY(getIntField(o, "shape_z", f.shapeZ, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
    WF_SESSION_TRY(getIntField(o, "job_id", f.jobSlot, -1, std::numeric_limits<int>::max()));
    WF_SESSION_TRY(getIntField(o, "bytes", f.bytes, 0, kBig));
    WF_SESSION_TRY(getIntField(o, "received_at_ms", f.receivedAtMs, 0, kBig));
    double mn = 0, mx = 0;
    WF_SESSION_TRY(getScale(o, "global_minimum", mn));
    WF_SESSION_TRY(getScale(o, "global_maximum", mx));
    if (o.contains(QLatin1String("dropped_frames"))) {
        WF_SESSION_TRY(getIntField(o, "dropped_frames", e.droppedFrames, 0, kBig));
        WF_SESSION_TRY(getIntField(o, "dropped_lines", e.droppedLines, 0, kBig));
    }
    f.globalMinimum = float(mn);
    f.globalMaximum = float(mx);
    for (const char *key : {"timestamps", "row_index", "main_data"}) {
        QJsonArray a;
        WF_SESSION_TRY(json::getArray(o.value(QLatin1String(key)), QLatin1String(key), a));
        if (a.size() > 100'000)
            return DecodeError{DecodeErrorKind::OutOfRange, QLatin1String(key), QStringLiteral("too many entries")};
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString p = json::index(QLatin1String(key), i);
            if (qstrcmp(key, "main_data") == 0) {
                if (!a.at(i).isString())
                    return json::wrongType(p, "base64 string", a.at(i));
                auto bytes = QByteArray::fromBase64Encoding(a.at(i).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
                if (!bytes)
                    return DecodeError{DecodeErrorKind::InvalidValue, p, QStringLiteral("not valid base64")};
                f.mainData.push_back(std::move(*bytes));
            } else {
                qint64 v = 0;
                WF_SESSION_TRY(json::getInt(a.at(i), p, v, -kBig, kBig));
                if (qstrcmp(key, "timestamps") == 0)
                    f.timestampsMs.push_back(v);
                else
                    f.rowIndex.push_back(int32_t(std::clamp<qint64>(v, std::numeric_limits<int32_t>::min(),
                                                                    std::numeric_limits<int32_t>::max())));
            }
        }
    }
    return std::nullopt;
}

Error decodeTrailer(const QJsonObject &o, SessionTrailer &t)
{
    WF_SESSION_TRY(getIntField(o, "ended_at_ms", t.endedAtMs, 0, kSessionMaxAtMs));
    WF_SESSION_TRY(getStringField(o, "state", t.state));
    return getStringField(o, "diagnosis", t.diagnosis);
}

DecodeError atLine(qsizetype lineNo, DecodeError e)
{
    if (!e.path.isEmpty())
        e.detail = e.detail.isEmpty() ? e.path : e.path + QStringLiteral(": ") + e.detail;
    e.path = QStringLiteral("line %1").arg(lineNo);
    return e;
}

DecodeError lineError(qsizetype lineNo, DecodeErrorKind kind, const QString &detail)
{
    return DecodeError{kind, QStringLiteral("line %1").arg(lineNo), detail};
}

} // namespace

qint64 Session::endMs() const
{
    if (trailer)
        return trailer->endedAtMs;
    const qint64 r = replies.empty() ? 0 : replies.back().atMs;
    return std::max(r, streamEvents.empty() ? qint64(0) : streamEvents.back().atMs);
}

std::optional<EndpointId> endpointFromRoute(const QString &route)
{
    for (const EndpointSpec &e : endpoints())
        if (route == QLatin1String(e.path))
            return e.id;
    return std::nullopt;
}

std::optional<TransportError> transportErrorFromName(const QString &name)
{
    for (int i = 0; i <= int(TransportError::Other); ++i)
        if (transportErrorName(TransportError(i)) == name)
            return TransportError(i);
    return std::nullopt;
}

Result<Session> parseSession(const QByteArray &data, qint64 maxLineBytes)
{
    Session s;
    if (data.isEmpty())
        return lineError(1, DecodeErrorKind::Empty, QStringLiteral("empty file: no session header"));
    qsizetype pos = 0, lineNo = 0;
    bool haveHeader = false;
    while (pos < data.size()) {
        ++lineNo;
        const qsizetype nl = data.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? data.size() : nl;
        if (end - pos > maxLineBytes)
            return lineError(lineNo, DecodeErrorKind::OutOfRange,
                             QStringLiteral("line longer than %1 bytes").arg(maxLineBytes));
        if (nl < 0)
            return lineError(lineNo, DecodeErrorKind::NotJson,
                             QStringLiteral("truncated: the last line has no end (the recording was cut mid-line)"));
        const QByteArray text = data.mid(pos, end - pos);
        pos = nl + 1;
        if (s.trailer)
            return lineError(lineNo, DecodeErrorKind::InvalidValue, QStringLiteral("text after the end of the session"));
        QJsonParseError pe{};
        const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
        if (pe.error != QJsonParseError::NoError)
            return lineError(lineNo, DecodeErrorKind::NotJson,
                             QStringLiteral("%1 at byte %2").arg(pe.errorString()).arg(pe.offset));
        if (!doc.isObject())
            return lineError(lineNo, DecodeErrorKind::WrongType, QStringLiteral("expected a JSON object"));
        const QJsonObject o = doc.object();
        const QString type = o.value(QLatin1String("type")).toString();
        if (!haveHeader) {
            if (type != QLatin1String("header"))
                return lineError(lineNo, DecodeErrorKind::InvalidValue,
                                 QStringLiteral("not a session recording: the first line is not a session header"));
            if (Error e = decodeHeader(o, s.header))
                return atLine(lineNo, *e);
            haveHeader = true;
        } else if (type == QLatin1String("reply")) {
            SessionReply r;
            if (Error e = decodeReplyLine(o, r))
                return atLine(lineNo, *e);
            if (!s.replies.empty() && r.atMs < s.replies.back().atMs)
                return lineError(lineNo, DecodeErrorKind::InvalidValue,
                                 QStringLiteral("at_ms %1 goes back in time (previous reply at %2)")
                                     .arg(r.atMs)
                                     .arg(s.replies.back().atMs));
            s.replies.push_back(std::move(r));
        } else if (type == QLatin1String("stream")) {
            SessionStreamEvent e;
            if (Error err = decodeStreamLine(o, e))
                return atLine(lineNo, *err);
            if (!s.streamEvents.empty() && e.atMs < s.streamEvents.back().atMs)
                return lineError(lineNo, DecodeErrorKind::InvalidValue,
                                 QStringLiteral("at_ms %1 goes back in time (previous stream event at %2)")
                                     .arg(e.atMs)
                                     .arg(s.streamEvents.back().atMs));
            s.streamEvents.push_back(std::move(e));
        } else if (type == QLatin1String("end")) {
            SessionTrailer t;
            if (Error e = decodeTrailer(o, t))
                return atLine(lineNo, *e);
            if (!s.replies.empty() && t.endedAtMs < s.replies.back().atMs)
                return lineError(lineNo, DecodeErrorKind::InvalidValue,
                                 QStringLiteral("ended_at_ms %1 is before the last reply (%2)")
                                     .arg(t.endedAtMs)
                                     .arg(s.replies.back().atMs));
            s.trailer = t;
        } else {
            return lineError(lineNo, DecodeErrorKind::InvalidValue,
                             QStringLiteral("unknown line type \"%1\"").arg(type.left(80)));
        }
    }
    return s;
}

Result<Session> loadSession(const QString &path, qint64 maxBytes, qint64 maxLineBytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return DecodeError{DecodeErrorKind::Empty, QString(), QStringLiteral("cannot read: %1").arg(f.errorString())};
    if (f.size() > maxBytes)
        return DecodeError{DecodeErrorKind::OutOfRange, QString(),
                           QStringLiteral("file of %1 bytes exceeds the cap of %2 bytes").arg(f.size()).arg(maxBytes)};
    const QByteArray data = f.read(maxBytes + 1);
    if (data.size() > maxBytes)
        return DecodeError{DecodeErrorKind::OutOfRange, QString(), QStringLiteral("file exceeds the cap of %1 bytes").arg(maxBytes)};
    if (f.error() != QFileDevice::NoError)
        return DecodeError{DecodeErrorKind::Empty, QString(), QStringLiteral("cannot read: %1").arg(f.errorString())};
    return parseSession(data, maxLineBytes);
}

} // namespace wf
