#pragma once
// ConfigureText: the configure form's words for core's validation results (ValidationText's, in the
// form's style and naming its fields) and for the server's refusals of a job. Pure functions of
// their arguments, translated (context "ConfigureText").
#include "api/models.h"
#include "base/result.h"
#include "net/focusclient.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace wf {

class ConfigureText
{
    Q_DECLARE_TR_FUNCTIONS(ConfigureText)
  public:
    static QString fieldName(ConfigField field); // the form's name of it: "Channels"
    // One violation in words, without its field's name: "at most 2222 channels per job (2300 requested)".
    // fiber: the channel range /channels reported, named by OutsideFiber.
    static QString sentence(const ConfigViolation &violation, const ConfigureRequest &request,
                            const std::optional<ChannelRange> &fiber = std::nullopt);
    // The violations in words, one sentence each, naming its field:
    // "Channels: at most 2222 channels per job (2300 requested)".
    static QStringList violationTexts(const std::vector<ConfigViolation> &violations, const ConfigureRequest &request,
                                      const std::optional<ChannelRange> &fiber = std::nullopt);
    // validateConfigure(request) in words.
    static QStringList violationTexts(const ConfigureRequest &request);
    // A refusal of /configure by the server, e.g. 404 no recording, 422 invalid, 503 waiting for fiber.
    static QString rejectionText(int httpStatus, const QString &message);
    static bool waitingForFiber(int httpStatus, const QString &message);
    // Why /recordings_in_time_range gave no list: the transport's, the contract's or the server's words.
    static QString recordingsProblem(const CallInfo &info, const std::optional<DecodeError> &decodeError);
    // Channel numbers, counts, nfft: locale digits, no group separators, kept left-to-right.
    static QString number(qint64 value);
    // /live_metadata's number_of_channels when it disagrees with /channels (which bounds the form),
    // else nullopt: real servers disagree (staging: 9791 beside 1-2337); both are shown, never one picked.
    static std::optional<int> disagreeingChannelCount(const std::optional<LiveMetadata> &metadata,
                                                      const std::optional<ChannelRange> &channels);
    // "Channels 1–2337 (/channels; bounds the form) · /live_metadata says 9791"
    static QString channelSources(const ChannelRange &channels, int liveMetadataCount);


};

} // namespace wf
