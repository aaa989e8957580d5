// Decoders of the backend's APIs: see backendjson.h.
#include "backend/backendjson.h"

#include "api/jsonreader.h"

#include <cmath>

namespace wf {

using namespace json;

namespace {

// A count: a whole number, also as 3.0 or "3" (a string is said in quirks); 3.5 or -1 is refused.
std::optional<DecodeError> getCount(const QJsonValue &v, const QString &path, qint64 &out, QStringList *quirks)
{
    double d = 0;
    if (auto e = getNumberLenient(v, path, d, quirks))
        return e;
    if (!std::isfinite(d) || d < 0 || d != std::floor(d) || d > 9.0e15)
        return DecodeError{DecodeErrorKind::OutOfRange, path, QStringLiteral("a count, found %1").arg(d)};
    out = qint64(d);
    return std::nullopt;
}

// Optional members: absent or null is "not said"; present, it must be of the right shape.
std::optional<DecodeError> optString(const QJsonObject &o, const QString &parent, const char *key, QString &out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    return getString(v, field(parent, QLatin1String(key)), out);
}

std::optional<DecodeError> optObject(const QJsonObject &o, const QString &parent, const char *key, QJsonObject &out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    return getObject(v, field(parent, QLatin1String(key)), out);
}

std::optional<DecodeError> optArray(const QJsonObject &o, const QString &parent, const char *key, QJsonArray &out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    return getArray(v, field(parent, QLatin1String(key)), out);
}

std::optional<DecodeError> optCount(const QJsonObject &o, const QString &parent, const char *key,
                                    std::optional<qint64> &out, QStringList *quirks)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    qint64 n = 0;
    if (auto e = getCount(v, field(parent, QLatin1String(key)), n, quirks))
        return e;
    out = n;
    return std::nullopt;
}

std::optional<DecodeError> optRate(const QJsonObject &stats, const QString &parent, const char *key,
                                   std::optional<double> &out, QStringList *quirks)
{
    QJsonObject details;
    const QString path = field(parent, QLatin1String(key));
    if (auto e = optObject(stats, parent, key, details))
        return e;
    const QJsonValue rate = details.value(QLatin1String("rate"));
    if (rate.isUndefined() || rate.isNull())
        return std::nullopt;
    double d = 0;
    if (auto e = getNumberLenient(rate, field(path, QStringLiteral("rate")), d, quirks))
        return e;
    out = d;
    return std::nullopt;
}

std::optional<DecodeError> readQueue(const QJsonValue &v, const QString &path, RabbitQueue &q, QStringList *quirks)
{
    QJsonObject o;
    if (auto e = getObject(v, path, o))
        return e;
    if (auto e = getString(o.value(QLatin1String("name")), field(path, QStringLiteral("name")), q.name))
        return e;
    if (auto e = optString(o, path, "state", q.state))
        return e;
    if (auto e = optCount(o, path, "messages", q.messages, quirks))
        return e;
    if (auto e = optCount(o, path, "consumers", q.consumers, quirks))
        return e;
    QJsonObject stats;
    if (auto e = optObject(o, path, "message_stats", stats))
        return e;
    const QString statsPath = field(path, QStringLiteral("message_stats"));
    if (auto e = optRate(stats, statsPath, "publish_details", q.publishRate, quirks))
        return e;
    if (auto e = optRate(stats, statsPath, "deliver_get_details", q.deliverRate, quirks))
        return e;
    return std::nullopt;
}

// A Kubernetes list: {"kind": "...List", "items": [...]}; each item read by `read`.
template <typename T, typename Read>
Result<std::vector<T>> readList(const QByteArray &body, Read read)
{
    QJsonValue top;
    if (auto e = parse(body, top))
        return *e;
    QJsonObject o;
    if (auto e = getObject(top, QString(), o))
        return *e;
    QJsonArray items;
    const QJsonValue v = o.value(QLatin1String("items"));
    if (v.isNull()) // an empty list may be sent as "items": null
        return std::vector<T>{};
    if (auto e = getArray(v, QStringLiteral("items"), items))
        return *e;
    std::vector<T> out;
    out.reserve(size_t(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        T item;
        if (auto e = read(items.at(i), index(QStringLiteral("items"), i), item))
            return *e;
        out.push_back(std::move(item));
    }
    return out;
}

std::optional<DecodeError> readMetadataName(const QJsonObject &item, const QString &path, QString &name,
                                            QMap<QString, QString> *labels)
{
    QJsonObject meta;
    const QString metaPath = field(path, QStringLiteral("metadata"));
    if (auto e = getObject(item.value(QLatin1String("metadata")), metaPath, meta))
        return e;
    if (auto e = getString(meta.value(QLatin1String("name")), field(metaPath, QStringLiteral("name")), name))
        return e;
    if (!labels)
        return std::nullopt;
    QJsonObject l;
    if (auto e = optObject(meta, metaPath, "labels", l))
        return e;
    for (auto it = l.begin(); it != l.end(); ++it) {
        QString value;
        if (auto e = getString(it.value(), field(field(metaPath, QStringLiteral("labels")), it.key()), value))
            return e;
        labels->insert(it.key(), value);
    }
    return std::nullopt;
}

std::optional<DecodeError> readTerminated(const QJsonObject &state, const QString &path, KubePod &p, QStringList *quirks)
{
    QJsonObject t;
    if (auto e = optObject(state, path, "terminated", t))
        return e;
    if (t.isEmpty())
        return std::nullopt;
    const QString tPath = field(path, QStringLiteral("terminated"));
    if (auto e = optCount(t, tPath, "exitCode", p.exitCode, quirks))
        return e;
    return optString(t, tPath, "reason", p.terminatedReason);
}

std::optional<DecodeError> readPod(const QJsonValue &v, const QString &path, KubePod &p, QStringList *quirks)
{
    QJsonObject o;
    if (auto e = getObject(v, path, o))
        return e;
    if (auto e = readMetadataName(o, path, p.name, &p.labels))
        return e;
    QJsonObject status;
    const QString sPath = field(path, QStringLiteral("status"));
    if (auto e = optObject(o, path, "status", status))
        return e;
    if (auto e = optString(status, sPath, "phase", p.phase))
        return e;
    QJsonArray conditions;
    if (auto e = optArray(status, sPath, "conditions", conditions))
        return e;
    for (qsizetype i = 0; i < conditions.size(); ++i) {
        const QString cPath = index(field(sPath, QStringLiteral("conditions")), i);
        QJsonObject c;
        if (auto e = getObject(conditions.at(i), cPath, c))
            return e;
        QString type, value, message;
        if (auto e = optString(c, cPath, "type", type))
            return e;
        if (auto e = optString(c, cPath, "status", value))
            return e;
        if (auto e = optString(c, cPath, "message", message))
            return e;
        if (type == QLatin1String("PodScheduled") && value == QLatin1String("False"))
            p.unschedulable = message.isEmpty() ? QStringLiteral("unschedulable") : message;
    }
    QJsonArray containers;
    if (auto e = optArray(status, sPath, "containerStatuses", containers))
        return e;
    p.ready = !containers.isEmpty();
    for (qsizetype i = 0; i < containers.size(); ++i) {
        const QString cPath = index(field(sPath, QStringLiteral("containerStatuses")), i);
        QJsonObject c;
        if (auto e = getObject(containers.at(i), cPath, c))
            return e;
        std::optional<qint64> restarts;
        if (auto e = optCount(c, cPath, "restartCount", restarts, quirks))
            return e;
        p.restarts += restarts.value_or(0);
        const QJsonValue ready = c.value(QLatin1String("ready"));
        if (!ready.isUndefined() && !ready.isBool())
            return wrongType(field(cPath, QStringLiteral("ready")), "bool", ready);
        p.ready = p.ready && ready.toBool(false);
        QJsonObject state, last;
        if (auto e = optObject(c, cPath, "state", state))
            return e;
        if (auto e = optObject(c, cPath, "lastState", last))
            return e;
        const QString statePath = field(cPath, QStringLiteral("state"));
        QJsonObject waiting;
        if (auto e = optObject(state, statePath, "waiting", waiting))
            return e;
        if (!waiting.isEmpty() && p.waitingReason.isEmpty()) {
            const QString wPath = field(statePath, QStringLiteral("waiting"));
            if (auto e = optString(waiting, wPath, "reason", p.waitingReason))
                return e;
            if (auto e = optString(waiting, wPath, "message", p.waitingMessage))
                return e;
        }
        if (!p.exitCode) {
            if (auto e = readTerminated(state, statePath, p, quirks))
                return e;
        }
        if (!p.exitCode) {
            if (auto e = readTerminated(last, field(cPath, QStringLiteral("lastState")), p, quirks))
                return e;
        }
    }
    return std::nullopt;
}

std::optional<DecodeError> readService(const QJsonValue &v, const QString &path, KubeService &s, QStringList *quirks)
{
    QJsonObject o;
    if (auto e = getObject(v, path, o))
        return e;
    if (auto e = readMetadataName(o, path, s.name, nullptr))
        return e;
    QJsonObject spec;
    const QString specPath = field(path, QStringLiteral("spec"));
    if (auto e = optObject(o, path, "spec", spec))
        return e;
    if (auto e = optString(spec, specPath, "type", s.type))
        return e;
    QJsonArray ports;
    if (auto e = optArray(spec, specPath, "ports", ports))
        return e;
    for (qsizetype i = 0; i < ports.size(); ++i) {
        const QString pPath = index(field(specPath, QStringLiteral("ports")), i);
        QJsonObject p;
        if (auto e = getObject(ports.at(i), pPath, p))
            return e;
        std::optional<qint64> nodePort;
        if (auto e = optCount(p, pPath, "nodePort", nodePort, quirks))
            return e;
        if (nodePort)
            s.nodePorts.push_back(*nodePort);
    }
    return std::nullopt;
}

std::optional<DecodeError> readEvent(const QJsonValue &v, const QString &path, KubeEvent &ev, QStringList *)
{
    QJsonObject o;
    if (auto e = getObject(v, path, o))
        return e;
    QJsonObject involved;
    const QString iPath = field(path, QStringLiteral("involvedObject"));
    if (auto e = optObject(o, path, "involvedObject", involved))
        return e;
    if (auto e = optString(involved, iPath, "kind", ev.objectKind))
        return e;
    if (auto e = optString(involved, iPath, "name", ev.objectName))
        return e;
    for (auto [key, out] : {std::pair{"type", &ev.type}, std::pair{"reason", &ev.reason}, std::pair{"message", &ev.message},
                            std::pair{"lastTimestamp", &ev.lastTimestamp}})
        if (auto e = optString(o, path, key, *out))
            return e;
    if (ev.lastTimestamp.isEmpty())
        if (auto e = optString(o, path, "eventTime", ev.lastTimestamp))
            return e;
    return std::nullopt;
}

} // namespace

Result<RabbitQueue> decodeRabbitQueue(const QByteArray &body, QStringList *quirks)
{
    QJsonValue top;
    if (auto e = parse(body, top))
        return *e;
    RabbitQueue q;
    if (auto e = readQueue(top, QString(), q, quirks))
        return *e;
    return q;
}

Result<std::vector<RabbitQueue>> decodeRabbitQueues(const QByteArray &body, QStringList *quirks)
{
    QJsonValue top;
    if (auto e = parse(body, top))
        return *e;
    QJsonArray items;
    // The management API pages a list when asked to: {"items": [...], "page": 1, ...}.
    if (top.isObject() && top.toObject().contains(QLatin1String("items"))) {
        if (auto e = getArray(top.toObject().value(QLatin1String("items")), QStringLiteral("items"), items))
            return *e;
    } else if (auto e = getArray(top, QString(), items)) {
        return *e;
    }
    std::vector<RabbitQueue> out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        RabbitQueue q;
        if (auto e = readQueue(items.at(i), index(QString(), i), q, quirks))
            return *e;
        out.push_back(std::move(q));
    }
    return out;
}

Result<std::vector<KubePod>> decodePodList(const QByteArray &body, QStringList *quirks)
{
    return readList<KubePod>(body, [quirks](const QJsonValue &v, const QString &p, KubePod &out) { return readPod(v, p, out, quirks); });
}

Result<std::vector<KubeService>> decodeServiceList(const QByteArray &body, QStringList *quirks)
{
    return readList<KubeService>(body,
                                 [quirks](const QJsonValue &v, const QString &p, KubeService &out) { return readService(v, p, out, quirks); });
}

Result<std::vector<KubeEvent>> decodeEventList(const QByteArray &body, QStringList *quirks)
{
    return readList<KubeEvent>(body, [quirks](const QJsonValue &v, const QString &p, KubeEvent &out) { return readEvent(v, p, out, quirks); });
}

} // namespace wf
