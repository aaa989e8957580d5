#include "configtask.h"

#include "api/jsonreader.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

namespace wf::emu {

std::optional<qint64> parseYymmddHHMMSS(const QString &text)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{12}")));
    if (!re.match(text).hasMatch())
        return std::nullopt;
    QDateTime t = QDateTime::fromString(QStringLiteral("20") + text, QStringLiteral("yyyyMMddHHmmss"));
    if (!t.isValid())
        return std::nullopt;
    t.setTimeZone(QTimeZone::utc());
    return t.toSecsSinceEpoch();
}

Result<ConfigureRequest> decodeConfigTaskRequest(const QByteArray &body)
{
    QJsonValue top;
    if (auto e = json::parse(body, top))
        return *e;
    QJsonObject o;
    if (auto e = json::getObject(top, QString(), o))
        return *e;
    ConfigureRequest q;
    q.view = ViewType::MultiChannel;
    qint64 n = 0;
    auto number = [&](const QJsonObject &obj, const QString &path, const char *key, double &out) {
        return json::getNumberLenient(obj.value(QLatin1String(key)), json::field(path, QLatin1String(key)), out, nullptr);
    };
    auto integer = [&](const QJsonObject &obj, const QString &path, const char *key, int &out) -> std::optional<DecodeError> {
        if (auto e = json::getIntLenient(obj.value(QLatin1String(key)), json::field(path, QLatin1String(key)), n, nullptr))
            return e;
        out = int(n);
        return std::nullopt;
    };
    auto object = [&](const char *key, QJsonObject &out) {
        return json::getObject(o.value(QLatin1String(key)), QLatin1String(key), out);
    };
    QJsonObject canvas, sensors, freq;
    if (auto e = number(o, QString(), "displayTimeAxisDuration", q.timeAxisDurationS))
        return *e;
    if (auto e = integer(o, QString(), "nfftSelection", q.nfft))
        return *e;
    if (auto e = object("canvasInfo", canvas))
        return *e;
    if (auto e = integer(canvas, QStringLiteral("canvasInfo"), "height", q.height))
        return *e;
    if (auto e = object("sensors", sensors))
        return *e;
    if (auto e = integer(sensors, QStringLiteral("sensors"), "min", q.channelMin))
        return *e;
    if (auto e = integer(sensors, QStringLiteral("sensors"), "max", q.channelMax))
        return *e;
    if (auto e = object("frequencyRange", freq))
        return *e;
    if (auto e = number(freq, QStringLiteral("frequencyRange"), "min", q.freqMin))
        return *e;
    if (auto e = number(freq, QStringLiteral("frequencyRange"), "max", q.freqMax))
        return *e;
    for (const char *key : {"start_time", "end_time"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            continue;
        QString text;
        if (auto e = json::getString(v, QLatin1String(key), text))
            return *e;
        const std::optional<qint64> t = parseYymmddHHMMSS(text);
        if (!t)
            return DecodeError{DecodeErrorKind::InvalidValue, QLatin1String(key),
                               QStringLiteral("\"%1\" is not a yymmddHHMMSS time").arg(text.left(32))};
        (qstrcmp(key, "start_time") == 0 ? q.startTimeS : q.endTimeS) = *t;
    }
    if (q.startTimeS.has_value() != q.endTimeS.has_value())
        return DecodeError{DecodeErrorKind::InvalidValue, QStringLiteral("end_time"), QStringLiteral("needs both times or neither")};
    return q;
}

} // namespace wf::emu
