#include "configuretext.h"

#include "apptext.h"
#include "validationtext.h"

namespace wf {

QString ConfigureText::number(qint64 value)
{
    return ValidationText::number(value, ValidationText::Style::Form);
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
    return ValidationText::sentence(v, q, ValidationText::Style::Form, fiber);
}

QStringList ConfigureText::violationTexts(const std::vector<ConfigViolation> &violations, const ConfigureRequest &q,
                                          const std::optional<ChannelRange> &fiber)
{
    return ValidationText::lines(violations, q, ValidationText::Style::Form, &fieldName, fiber);
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
