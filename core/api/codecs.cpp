#include "api/codecs.h"

#include "api/jsonreader.h"
#include "base/redact.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>
#include <QRegularExpression>
#include <cmath>
#include <cstring>

namespace wf {

using json::field;
using json::index;

namespace {

#define WF_TRY(expr)                                                                                         \
    do {                                                                                                     \
        if (auto wf_err_ = (expr))                                                                           \
            return *wf_err_;                                                                                 \
    } while (0)

std::optional<DecodeError> topObject(const QByteArray &body, QJsonObject &out)
{
    QJsonValue v;
    WF_TRY(json::parse(body, v));
    return json::getObject(v, QString(), out);
}

// `quirks` non-null: a reply, where the server answers with an integer; a string there is noted.
std::optional<DecodeError> decodeViewType(const QJsonValue &v, const QString &path, ViewType &out,
                                          QStringList *quirks = nullptr)
{
    qint64 n = -1;
    if (v.isString()) {
        if (quirks)
            quirks->append(QStringLiteral("%1: number sent as a string (\"%2\")").arg(path, v.toString().left(64)));
        bool ok = false;
        n = v.toString().trimmed().toLongLong(&ok);
        if (!ok)
            return DecodeError{DecodeErrorKind::InvalidValue, path,
                               QStringLiteral("view_type \"%1\" is not a number").arg(v.toString())};
    } else {
        WF_TRY(json::getInt(v, path, n, 0, 2));
    }
    if (n < 0 || n > 2)
        return DecodeError{DecodeErrorKind::OutOfRange, path, QStringLiteral("view_type %1 not in 0..2").arg(n)};
    out = ViewType(n);
    return std::nullopt;
}

std::optional<DecodeError> optionalNumber(const QJsonObject &o, const QString &parent, const char *key,
                                          std::optional<double> &out, QStringList *quirks)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        out.reset();
        return std::nullopt;
    }
    double d = 0;
    WF_TRY(json::getNumberLenient(v, field(parent, QLatin1String(key)), d, quirks));
    out = d;
    return std::nullopt;
}

// `requireAll`: the top-level /live_metadata reply must carry every key; the copy nested in a
// configure reply may carry a subset.
std::optional<DecodeError> decodeLiveMetadataObject(const QJsonObject &o, const QString &path, bool requireAll,
                                                    LiveMetadata &m)
{
    auto number = [&](const char *key, double &out) -> std::optional<DecodeError> {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !requireAll)
            return std::nullopt;
        return json::getNumberLenient(v, field(path, QLatin1String(key)), out, &m.quirks);
    };
    auto string = [&](const char *key, QString &out) -> std::optional<DecodeError> {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !requireAll)
            return std::nullopt;
        return json::getString(v, field(path, QLatin1String(key)), out);
    };
    WF_TRY(number("dx", m.dx));
    if (m.dx < 0)
        return DecodeError{DecodeErrorKind::OutOfRange, field(path, QStringLiteral("dx")),
                           QStringLiteral("negative channel spacing %1").arg(m.dx)};
    WF_TRY(number("prr", m.prr));
    for (const char *key : {"fiber_start_meters", "fiber_length_meters"}) {
        if (requireAll && !o.contains(QLatin1String(key)))
            return json::missing(field(path, QLatin1String(key)));
    }
    WF_TRY(optionalNumber(o, path, "fiber_start_meters", m.fiberStartMeters, &m.quirks));
    WF_TRY(optionalNumber(o, path, "fiber_length_meters", m.fiberLengthMeters, &m.quirks));
    WF_TRY(string("sw_version", m.swVersion));
    double channels = 0;
    WF_TRY(number("number_of_channels", channels));
    if (channels < 0 || channels > 1e7)
        return DecodeError{DecodeErrorKind::OutOfRange, field(path, QStringLiteral("number_of_channels")),
                           QStringLiteral("%1 channels").arg(channels)};
    m.numberOfChannels = int(std::lround(channels));
    if (double(m.numberOfChannels) != channels)
        m.quirks.append(QStringLiteral("%1: channel count sent as a fraction (%2), rounded to %3")
                            .arg(field(path, QStringLiteral("number_of_channels")))
                            .arg(channels, 0, 'g', 17)
                            .arg(m.numberOfChannels));
    WF_TRY(string("fiber_description", m.fiberDescription));
    return std::nullopt;
}

const QRegularExpression &jobIdPattern()
{
    // anchoredPattern (\A...\z): a plain `$` would also match before a trailing newline.
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]+-[0-9]+")));
    return re;
}

} // namespace

bool LiveMetadata::waitingForFiber() const
{
    const auto waiting = QStringLiteral("waiting for fiber");
    return prr <= 0 || swVersion.contains(waiting, Qt::CaseInsensitive)
           || fiberDescription.contains(waiting, Qt::CaseInsensitive);
}

Result<ChannelRange> decodeChannels(const QByteArray &body)
{
    QJsonObject o;
    WF_TRY(topObject(body, o));
    qint64 lo = 0, hi = 0;
    WF_TRY(json::getInt(o.value(QLatin1String("lowest_channel")), QStringLiteral("lowest_channel"), lo, 0));
    WF_TRY(json::getInt(o.value(QLatin1String("highest_channel")), QStringLiteral("highest_channel"), hi, 0));
    if (hi < lo)
        return DecodeError{DecodeErrorKind::InvalidValue, QStringLiteral("highest_channel"),
                           QStringLiteral("highest %1 < lowest %2").arg(hi).arg(lo)};
    return ChannelRange{int(lo), int(hi)};
}

Result<LiveMetadata> decodeLiveMetadata(const QByteArray &body)
{
    QJsonObject o;
    WF_TRY(topObject(body, o));
    LiveMetadata m;
    WF_TRY(decodeLiveMetadataObject(o, QString(), true, m));
    return m;
}

Result<ConfigureReply> decodeConfigureReply(const QByteArray &body)
{
    QJsonObject o;
    WF_TRY(topObject(body, o));
    ConfigureReply r;
    auto key = [&](const char *k) { return o.value(QLatin1String(k)); };
    auto path = [](const char *k) { return QString::fromLatin1(k); };

    QStringList *q = &r.quirks;
    // `status` is always "" in practice; accept any string, and its absence.
    if (o.contains(QLatin1String("status")) && !key("status").isNull())
        WF_TRY(json::getString(key("status"), path("status"), r.status));
    WF_TRY(json::getString(key("job_id"), path("job_id"), r.jobId));
    if (!jobIdPattern().match(r.jobId).hasMatch())
        return DecodeError{DecodeErrorKind::InvalidValue, path("job_id"),
                           QStringLiteral("\"%1\" is not of the form slot-counter").arg(r.jobId)};
    WF_TRY(json::getNumberLenient(key("lines_dt"), path("lines_dt"), r.linesDt, q));
    if (r.linesDt <= 0)
        return DecodeError{DecodeErrorKind::OutOfRange, path("lines_dt"),
                           QStringLiteral("lines_dt %1 is not positive").arg(r.linesDt)};
    if (o.contains(QLatin1String("frequencies_list"))) {
        QJsonArray a;
        WF_TRY(json::getArray(key("frequencies_list"), path("frequencies_list"), a));
        r.frequencies.reserve(a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            double f = 0;
            WF_TRY(json::getNumberLenient(a.at(i), index(path("frequencies_list"), i), f, q));
            r.frequencies.append(f);
        }
    }
    qint64 n = 0;
    if (o.contains(QLatin1String("frequencies_amount"))) {
        WF_TRY(json::getIntLenient(key("frequencies_amount"), path("frequencies_amount"), n, q, 0));
        r.frequenciesAmount = int(n);
    } else {
        r.frequenciesAmount = int(r.frequencies.size());
    }
    WF_TRY(json::getIntLenient(key("channel_amount"), path("channel_amount"), n, q, 0));
    r.channelAmount = int(n);
    if (o.contains(QLatin1String("channel_to_stream_index"))) {
        QJsonObject m;
        WF_TRY(json::getObject(key("channel_to_stream_index"), path("channel_to_stream_index"), m));
        for (auto it = m.begin(); it != m.end(); ++it) {
            const QString p = field(path("channel_to_stream_index"), it.key());
            bool ok = false;
            const int channel = it.key().toInt(&ok);
            if (!ok)
                return DecodeError{DecodeErrorKind::InvalidValue, p, QStringLiteral("key is not a channel number")};
            qint64 stream = 0;
            WF_TRY(json::getIntLenient(it.value(), p, stream, q, 0));
            r.channelToStreamIndex.insert(channel, int(stream));
        }
    }
    WF_TRY(json::getIntLenient(key("stream_amount"), path("stream_amount"), n, q, 0));
    r.streamAmount = int(n);
    WF_TRY(json::getString(key("stream_url"), path("stream_url"), r.streamUrl));
    WF_TRY(json::getIntLenient(key("stream_port"), path("stream_port"), n, q, 0, 65535));
    r.streamPort = int(n);
    WF_TRY(decodeViewType(key("view_type"), path("view_type"), r.view, q));
    const QJsonValue meta = key("metadata");
    if (!meta.isUndefined() && !meta.isNull()) {
        QJsonObject mo;
        WF_TRY(json::getObject(meta, path("metadata"), mo));
        if (mo.contains(QLatin1String("dx"))) {
            LiveMetadata lm;
            WF_TRY(decodeLiveMetadataObject(mo, path("metadata"), false, lm));
            r.quirks += lm.quirks;
            r.metadata = lm;
        }
    }
    return r;
}

Result<QList<Recording>> decodeRecordings(const QByteArray &body)
{
    QJsonValue top;
    WF_TRY(json::parse(body, top));
    QJsonArray list;
    QString base;
    if (top.isObject()) {
        base = QStringLiteral("recordings");
        WF_TRY(json::getArray(top.toObject().value(base), base, list));
    } else {
        list = top.toArray();
    }
    auto toMs = [](qint64 v) { return v == -1 ? -1 : (std::llabs(v) < kEpochMsThreshold ? v * 1000 : v); };
    QList<Recording> out;
    out.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString p = index(base, i);
        QJsonArray pair;
        WF_TRY(json::getArray(list.at(i), p, pair));
        if (pair.size() != 2)
            return DecodeError{DecodeErrorKind::InvalidValue, p,
                               QStringLiteral("expected [start, end], found %1 values").arg(pair.size())};
        qint64 s = 0, e = 0;
        constexpr qint64 big = 1'000'000'000'000'000LL;
        WF_TRY(json::getInt(pair.at(0), index(p, 0), s, 0, big));
        WF_TRY(json::getInt(pair.at(1), index(p, 1), e, -1, big));
        Recording r{toMs(s), toMs(e)};
        if (!r.stillRecording() && r.endMs < r.startMs)
            return DecodeError{DecodeErrorKind::InvalidValue, p, QStringLiteral("end before start")};
        out.append(r);
    }
    return out;
}

Result<SensorsReply> decodeSensors(const QByteArray &body)
{
    QJsonObject o;
    WF_TRY(topObject(body, o));
    QJsonArray a;
    WF_TRY(json::getArray(o.value(QLatin1String("sensors")), QStringLiteral("sensors"), a));
    SensorsReply r;
    r.sensors.reserve(size_t(a.size()));
    for (qsizetype i = 0; i < a.size(); ++i) {
        qint64 id = 0;
        WF_TRY(json::getInt(a.at(i), index(QStringLiteral("sensors"), i), id, 0));
        r.sensors.push_back(int(id));
    }
    return r;
}

Result<ConfigTaskReply> decodeConfigTaskReply(const QByteArray &body)
{
    QJsonObject o;
    WF_TRY(topObject(body, o));
    ConfigTaskReply r;
    if (o.contains(QLatin1String("status")))
        WF_TRY(json::getString(o.value(QLatin1String("status")), QStringLiteral("status"), r.status));
    WF_TRY(json::getString(o.value(QLatin1String("task_id")), QStringLiteral("task_id"), r.taskId));
    return r;
}

Result<OpenApiDoc> decodeOpenApi(const QByteArray &body)
{
    QJsonObject o;
    WF_TRY(topObject(body, o));
    QJsonObject paths;
    WF_TRY(json::getObject(o.value(QLatin1String("paths")), QStringLiteral("paths"), paths));
    OpenApiDoc doc;
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        QJsonObject ops;
        WF_TRY(json::getObject(it.value(), field(QStringLiteral("paths"), it.key()), ops));
        OpenApiRoute route{it.key(), {}};
        for (auto op = ops.begin(); op != ops.end(); ++op)
            route.methods.append(op.key().toUpper());
        doc.routes.append(route);
    }
    return doc;
}

Result<bool> decodeAck(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return true;
    QJsonObject o;
    WF_TRY(topObject(body, o));
    return true;
}

ErrorBody decodeErrorBody(const QByteArray &unmasked)
{
    // Masked whole before it is cut short: a password cut in half would escape the mask.
    const QByteArray body = redactSecrets(unmasked);
    ErrorBody e;
    QByteArray raw = body.simplified();
    if (raw.size() > 300)
        raw = raw.left(300) + "...";
    e.raw = QString::fromUtf8(raw);
    if (body.trimmed().isEmpty())
        return e;
    const QByteArray head = body.left(512).trimmed().toLower();
    if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
        e.shape = ErrorShape::Html;
        static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"), QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = title.match(QString::fromUtf8(body.left(4096)));
        e.message = m.hasMatch() ? m.captured(1).simplified().left(200) : QString();
        return e;
    }
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    e.shape = ErrorShape::Unknown;
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return e;
    const QJsonObject o = doc.object();
    if (o.contains(QLatin1String("error"))) {
        const QJsonValue v = o.value(QLatin1String("error"));
        e.shape = ErrorShape::Application;
        e.message = v.isString() ? v.toString() : QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"), v}}).toJson(QJsonDocument::Compact));
        return e;
    }
    const QJsonValue detail = o.value(QLatin1String("detail"));
    if (detail.isString()) {
        e.message = detail.toString();
        if (e.message == QLatin1String("Not Found"))
            e.shape = ErrorShape::FrameworkNotFound;
        else if (e.message == QLatin1String("Method Not Allowed"))
            e.shape = ErrorShape::FrameworkMethodNotAllowed;
        else
            e.shape = ErrorShape::FrameworkDetail;
    } else if (detail.isArray()) {
        e.shape = ErrorShape::Validation;
        QStringList parts;
        for (const QJsonValue &item : detail.toArray()) {
            const QJsonObject io = item.toObject();
            QStringList loc;
            for (const QJsonValue &l : io.value(QLatin1String("loc")).toArray())
                loc.append(l.isString() ? l.toString() : QString::number(l.toInteger()));
            parts.append(loc.join(QLatin1Char('.')) + QStringLiteral(": ") + io.value(QLatin1String("msg")).toString());
        }
        e.message = parts.join(QStringLiteral("; "));
    }
    return e;
}

Result<ConfigureRequest> decodeConfigureRequest(const QByteArray &body)
{
    QJsonObject o;
    WF_TRY(topObject(body, o));
    ConfigureRequest q;
    WF_TRY(decodeViewType(o.value(QLatin1String("view_type")), QStringLiteral("view_type"), q.view));
    qint64 n = 0;
    WF_TRY(json::getInt(o.value(QLatin1String("nfftSelection")), QStringLiteral("nfftSelection"), n));
    q.nfft = int(n);
    QJsonObject sub;
    WF_TRY(json::getObject(o.value(QLatin1String("displayInfo")), QStringLiteral("displayInfo"), sub));
    WF_TRY(json::getInt(sub.value(QLatin1String("height")), QStringLiteral("displayInfo.height"), n));
    q.height = int(n);
    WF_TRY(json::getObject(o.value(QLatin1String("channels")), QStringLiteral("channels"), sub));
    WF_TRY(json::getInt(sub.value(QLatin1String("min")), QStringLiteral("channels.min"), n));
    q.channelMin = int(n);
    WF_TRY(json::getInt(sub.value(QLatin1String("max")), QStringLiteral("channels.max"), n));
    q.channelMax = int(n);
    if (o.contains(QLatin1String("displayTimeAxisDuration")) && !o.value(QLatin1String("displayTimeAxisDuration")).isNull())
        WF_TRY(json::getDouble(o.value(QLatin1String("displayTimeAxisDuration")),
                               QStringLiteral("displayTimeAxisDuration"), q.timeAxisDurationS));
    const QJsonValue fr = o.value(QLatin1String("frequencyRange"));
    if (!fr.isUndefined() && !fr.isNull()) {
        WF_TRY(json::getObject(fr, QStringLiteral("frequencyRange"), sub));
        WF_TRY(json::getDouble(sub.value(QLatin1String("min")), QStringLiteral("frequencyRange.min"), q.freqMin));
        WF_TRY(json::getDouble(sub.value(QLatin1String("max")), QStringLiteral("frequencyRange.max"), q.freqMax));
    }
    for (const char *key : {"start_time", "end_time"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            continue;
        qint64 t = 0;
        WF_TRY(json::getInt(v, QLatin1String(key), t, std::numeric_limits<qint64>::min() / 2,
                            std::numeric_limits<qint64>::max() / 2));
        (std::strcmp(key, "start_time") == 0 ? q.startTimeS : q.endTimeS) = t;
    }
    return q;
}

bool OpenApiDoc::has(const QString &method, const QString &pathTemplate) const
{
    // Placeholder names differ between deployments ({job_id} vs {task_id}): compare shapes only.
    static const QRegularExpression placeholder(QStringLiteral("\\{[^}]*\\}"));
    QString want = pathTemplate;
    want.replace(placeholder, QStringLiteral("{}"));
    for (const OpenApiRoute &r : routes) {
        QString have = r.path;
        have.replace(placeholder, QStringLiteral("{}"));
        if (have == want && r.methods.contains(method.toUpper()))
            return true;
    }
    return false;
}

} // namespace wf
