// What the viewer sends: the configure request's JSON (POST /configure and the older
// /config/{task_id} body), the recordings query, the view's wire names, and the client-side check
// of a request before it is sent. The decoders of the replies are in codecs.cpp.
#include "api/codecs.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>
#include <cmath>

namespace wf {

QJsonObject configureRequestJson(const ConfigureRequest &q)
{
    QJsonObject o;
    const bool waterfall = q.view == ViewType::Waterfall;
    o.insert(QLatin1String("nfftSelection"), q.sentNfft());
    o.insert(QLatin1String("displayInfo"), QJsonObject{{QStringLiteral("height"), q.height}});
    o.insert(QLatin1String("channels"),
             QJsonObject{{QStringLiteral("min"), q.channelMin}, {QStringLiteral("max"), q.channelMax}});
    if (!waterfall) {
        o.insert(QLatin1String("displayTimeAxisDuration"), q.timeAxisDurationS);
        o.insert(QLatin1String("frequencyRange"),
                 QJsonObject{{QStringLiteral("min"), q.freqMin}, {QStringLiteral("max"), q.freqMax}});
    }
    o.insert(QLatin1String("start_time"), q.startTimeS ? QJsonValue(double(*q.startTimeS)) : QJsonValue());
    o.insert(QLatin1String("end_time"), q.endTimeS ? QJsonValue(double(*q.endTimeS)) : QJsonValue());
    o.insert(QLatin1String("view_type"), QString::number(int(q.view)));
    return o;
}

QByteArray encodeConfigureRequest(const ConfigureRequest &q)
{
    return QJsonDocument(configureRequestJson(q)).toJson(QJsonDocument::Compact);
}

QByteArray encodeConfigTaskRequest(const ConfigureRequest &q)
{
    auto time = [](const std::optional<qint64> &s) {
        return s ? QJsonValue(QDateTime::fromSecsSinceEpoch(*s, QTimeZone::utc()).toString(QStringLiteral("yyMMddHHmmss")))
                 : QJsonValue();
    };
    const QJsonObject o{
        {QStringLiteral("displayTimeAxisDuration"), q.timeAxisDurationS},
        {QStringLiteral("nfftSelection"), q.sentNfft()},
        {QStringLiteral("canvasInfo"), QJsonObject{{QStringLiteral("height"), q.height}}},
        {QStringLiteral("sensors"), QJsonObject{{QStringLiteral("min"), q.channelMin}, {QStringLiteral("max"), q.channelMax}}},
        {QStringLiteral("frequencyRange"), QJsonObject{{QStringLiteral("min"), q.freqMin}, {QStringLiteral("max"), q.freqMax}}},
        {QStringLiteral("start_time"), time(q.startTimeS)},
        {QStringLiteral("end_time"), time(q.endTimeS)},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray encodeRecordingsRequest(qint64 startS, qint64 endS)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("start_time"), double(startS)},
                                     {QStringLiteral("end_time"), double(endS)}})
        .toJson(QJsonDocument::Compact);
}

QString viewTypeName(ViewType view)
{
    switch (view) {
    case ViewType::MultiChannel: return QStringLiteral("multichannel");
    case ViewType::SingleChannel: return QStringLiteral("singlechannel");
    case ViewType::Waterfall: return QStringLiteral("waterfall");
    }
    return {};
}

std::optional<ViewType> viewTypeFromName(const QString &name)
{
    for (ViewType v : {ViewType::MultiChannel, ViewType::SingleChannel, ViewType::Waterfall})
        if (viewTypeName(v) == name)
            return v;
    return std::nullopt;
}

std::vector<ConfigViolation> validateConfigure(const ConfigureRequest &q, const std::optional<ChannelRange> &fiber)
{
    using R = ConfigRule;
    using E = ConfigEnd;
    std::vector<ConfigViolation> v;
    auto add = [&](ConfigField f, R rule, E end, QString d) { v.push_back({f, std::move(d), rule, end}); };
    if (q.channelMin < 1)
        add(ConfigField::Channels, R::BelowOne, E::Min, QStringLiteral("channels are 1-based; min %1 < 1").arg(q.channelMin));
    if (q.channelMax < q.channelMin)
        add(ConfigField::Channels, R::Reversed, E::Both, QStringLiteral("max %1 < min %2").arg(q.channelMax).arg(q.channelMin));
    else if (q.channelCount() > kMaxChannelsPerJob)
        add(ConfigField::Channels, R::TooMany, E::Both, QStringLiteral("%1 channels > %2").arg(q.channelCount()).arg(kMaxChannelsPerJob));
    if (q.view == ViewType::SingleChannel && q.channelMin != q.channelMax)
        add(ConfigField::Channels, R::SingleNeedsOne, E::Max, QStringLiteral("single channel view needs min == max"));
    if (fiber) {
        auto outside = [&](int c) { return c < fiber->lowest || c > fiber->highest; };
        const QString range = QStringLiteral("%1..%2").arg(fiber->lowest).arg(fiber->highest);
        if (q.channelMin >= 1 && outside(q.channelMin))
            add(ConfigField::Channels, R::OutsideFiber, E::Min, QStringLiteral("min %1 outside the fiber's %2").arg(q.channelMin).arg(range));
        if (q.view != ViewType::SingleChannel && outside(q.channelMax))
            add(ConfigField::Channels, R::OutsideFiber, E::Max, QStringLiteral("max %1 outside the fiber's %2").arg(q.channelMax).arg(range));
    }
    if (viewTakesNfft(q.view)) {
        const int most = maxNfft(q.view);
        const bool pow2 = q.nfft > 0 && (q.nfft & (q.nfft - 1)) == 0;
        if (!pow2 || q.nfft < kMinNfft || q.nfft > most)
            add(ConfigField::Nfft, R::NotPowerOfTwo, E::Both, QStringLiteral("%1 is not a power of two in %2..%3").arg(q.nfft).arg(kMinNfft).arg(most));
        auto outOfBand = [](double f) { return !std::isfinite(f) || f < kMinFrequencyHz || f > kMaxFrequencyHz; };
        if (outOfBand(q.freqMin) || outOfBand(q.freqMax))
            add(ConfigField::FrequencyRange, R::OutOfRange,
                outOfBand(q.freqMin) && outOfBand(q.freqMax) ? E::Both : outOfBand(q.freqMin) ? E::Min : E::Max,
                QStringLiteral("%1..%2 Hz outside %3..%4").arg(q.freqMin).arg(q.freqMax).arg(kMinFrequencyHz).arg(kMaxFrequencyHz));
        else if (q.freqMax <= q.freqMin)
            add(ConfigField::FrequencyRange, R::Reversed, E::Both, QStringLiteral("max %1 <= min %2").arg(q.freqMax).arg(q.freqMin));
        if (!std::isfinite(q.timeAxisDurationS) || q.timeAxisDurationS <= 0)
            add(ConfigField::TimeAxisDuration, R::NotPositive, E::Both, QStringLiteral("%1 s is not positive").arg(q.timeAxisDurationS));
    }
    if (q.height <= 0)
        add(ConfigField::Height, R::NotPositive, E::Both, QStringLiteral("height %1 <= 0").arg(q.height));
    if (q.startTimeS.has_value() != q.endTimeS.has_value())
        add(ConfigField::TimeWindow, R::NeedsBoth, q.startTimeS ? E::Max : E::Min, QStringLiteral("historic needs both start and end"));
    else if (q.historic()) {
        if (*q.startTimeS < 0)
            add(ConfigField::TimeWindow, R::BeforeEpoch, E::Min, QStringLiteral("start %1 < 0").arg(*q.startTimeS));
        else if (*q.endTimeS <= *q.startTimeS)
            add(ConfigField::TimeWindow, R::Reversed, E::Both, QStringLiteral("end %1 <= start %2").arg(*q.endTimeS).arg(*q.startTimeS));
    }
    return v;
}

} // namespace wf
