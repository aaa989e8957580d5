#include "configuretext.h"

#include "apptext.h"
#include "timewindowbox.h"

#include <QList>
#include <QLocale>


namespace wf {

QString ConfigureText::number(qint64 value)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return ltr(locale.toString(value));
}

std::optional<int> ConfigureText::disagreeingChannelCount(const std::optional<LiveMetadata> &metadata,
                                                         const std::optional<ChannelRange> &channels)
{
    if (!metadata || !channels || metadata->numberOfChannels <= 0)
        return std::nullopt;
    const int n = metadata->numberOfChannels;
    if (n == channels->highest || n == channels->highest - channels->lowest + 1)
        return std::nullopt;
    return n;
}

QString ConfigureText::channelSources(const ChannelRange &channels, int liveMetadataCount)
{
    return tr("Channels %1 (%2; bounds the form) · %3 says %4")
        .arg(ltr(QStringLiteral("%1–%2").arg(number(channels.lowest), number(channels.highest))), ltr(QStringLiteral("/channels")),
             ltr(QStringLiteral("/live_metadata")), number(liveMetadataCount));
}

QString ConfigureText::dateTime(qint64 epochS)
{
    return TimeWindowBox::dateTimeText(epochS);
}

QString ConfigureText::fieldName(ConfigField field)
{
    switch (field) {
    case ConfigField::View: return tr("View");
    case ConfigField::Channels: return tr("Channels");
    case ConfigField::Nfft: return tr("NFFT");
    case ConfigField::FrequencyRange: return tr("Frequency range");
    case ConfigField::Height: return tr("Display height");
    case ConfigField::TimeAxisDuration: return tr("Time axis");
    case ConfigField::TimeWindow: return tr("Time window");
    }
    return {};
}

QString ConfigureText::sentence(const ConfigViolation &v, const ConfigureRequest &q, const std::optional<ChannelRange> &fiber)
{
    QLocale l;
    l.setNumberOptions(l.numberOptions() | QLocale::OmitGroupSeparator); // as the fields show them
    auto hz = [&](double f) { return ltr(tr("%1 Hz").arg(l.toString(f))); };
    using R = ConfigRule;
    if (v.rule == R::Required)
        return tr("required: type a value");
    switch (v.field) {
    case ConfigField::View: break;
    case ConfigField::Channels: {
        const int channel = v.end == ConfigEnd::Max ? q.channelMax : q.channelMin;
        switch (v.rule) {
        case R::BelowOne: return tr("channel numbers start at 1 (%1 requested)").arg(number(q.channelMin));
        case R::OutsideFiber:
            if (fiber)
                return tr("the fiber has channels %1 to %2 (%3 requested)")
                    .arg(number(fiber->lowest), number(fiber->highest), number(channel));
            break;
        case R::Reversed:
            return tr("the last channel (%1) comes before the first (%2)").arg(number(q.channelMax), number(q.channelMin));
        case R::TooMany:
            return tr("at most %1 channels per job (%2 requested)").arg(number(kMaxChannelsPerJob), number(q.channelCount()));
        case R::SingleNeedsOne: return tr("a single-channel view takes exactly one channel");
        default: break;
        }
        break;
    }
    case ConfigField::Nfft:
        return tr("must be a power of two from %1 to %2 (%3 chosen)")
            .arg(number(kMinNfft), number(maxNfft(q.view)), number(q.nfft));
    case ConfigField::FrequencyRange:
        if (v.rule == R::Reversed)
            return tr("the maximum (%1) must be above the minimum (%2)").arg(hz(q.freqMax), hz(q.freqMin));
        return tr("must lie within %1 to %2 (%3 to %4 requested)").arg(hz(kMinFrequencyHz), hz(kMaxFrequencyHz), hz(q.freqMin), hz(q.freqMax));
    case ConfigField::Height: return tr("must be at least one row (%1 requested)").arg(number(q.height));
    case ConfigField::TimeAxisDuration:
        return tr("must be longer than zero (%1 requested)").arg(ltr(tr("%1 s").arg(l.toString(q.timeAxisDurationS))));
    case ConfigField::TimeWindow:
        switch (v.rule) {
        case R::NeedsBoth: return tr("a historic job needs both a start and an end");
        case R::BeforeEpoch: return tr("the start must not be before 1970");
        case R::Reversed:
            return tr("the end (%1) must be after the start (%2)").arg(dateTime(*q.endTimeS), dateTime(*q.startTimeS));
        default: break;
        }
        break;
    }
    return ltr(v.detail); // a limit core knows and these words do not cover yet
}

QStringList ConfigureText::violationTexts(const std::vector<ConfigViolation> &violations, const ConfigureRequest &q,
                                          const std::optional<ChannelRange> &fiber)
{
    QStringList out;
    for (const ConfigViolation &v : violations)
        out << tr("%1: %2", "field name: what is wrong with it").arg(fieldName(v.field), sentence(v, q, fiber));
    out.removeDuplicates();
    return out;
}

QStringList ConfigureText::violationTexts(const ConfigureRequest &q)
{
    return violationTexts(validateConfigure(q), q);
}

bool ConfigureText::waitingForFiber(int httpStatus, const QString &message)
{
    return httpStatus == 503 || message.contains(QLatin1String("waiting for fiber"), Qt::CaseInsensitive);
}

QString ConfigureText::recordingsProblem(const CallInfo &info, const std::optional<DecodeError> &decodeError)
{
    if (decodeError)
        return tr("The server's answer does not match the contract: %1").arg(ltr(decodeError->toString()));
    if (info.transport != TransportError::None)
        return AppText::transportText(info);
    return tr("HTTP %1: %2").arg(info.httpStatus).arg(ltr(info.errorBody.raw));
}

QString ConfigureText::rejectionText(int status, const QString &message)
{
    const QString said = message.trimmed();
    const QString http = ltr(QString::number(status));
    QString text;
    if (waitingForFiber(status, said))
        text = tr("The server refused the job: it is waiting for the fiber (HTTP %1). There is no live data until "
                  "the fiber is back.")
                   .arg(http);
    else if (status == 404)
        text = tr("The server refused the job: no recording in this time window (HTTP %1).").arg(http);
    else if (status == 422)
        text = tr("The server refused the job as invalid (HTTP %1).").arg(http);
    else if (status > 0)
        text = tr("The server refused the job (HTTP %1).").arg(http);
    else
        text = tr("The server refused the job.");
    if (!said.isEmpty())
        text += QLatin1Char(' ') + tr("Server message: %1").arg(ltr(said));
    return text;
}

} // namespace wf
