#pragma once
// Typed models of the Focus Server contract (docs/focus-server-api.md). Plain values, any thread.
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace wf {

enum class ViewType { MultiChannel = 0, SingleChannel = 1, Waterfall = 2 };

// The NFFT a view takes: the waterfall view is sent 1 whatever was chosen; the others a power of
// two from 128 to 2048 (multichannel) or 65536 (single channel). The one home of that rule.
constexpr int kMinNfft = 128;
constexpr int maxNfft(ViewType v)
{
    return v == ViewType::Waterfall ? 1 : v == ViewType::SingleChannel ? 65536 : 2048;
}
constexpr bool viewTakesNfft(ViewType v) { return v != ViewType::Waterfall; }
// The band a job's frequency range must lie in, both bounds inside it. The one home of that rule:
// the request's validation, the form's fields and the CLI's and form's words read it from here.
constexpr double kMinFrequencyHz = 0;
constexpr double kMaxFrequencyHz = 1000;
// The most channels one job may take. The one home of that rule (validation, the form's and the
// CLI's words).
constexpr int kMaxChannelsPerJob = 2222;

// A sensor id on the wire is the channel minus one (docs/focus-server-api.md): the one home of
// that offset. 64-bit, so that any 32-bit id off the wire maps without overflow (a sensor id of
// 2147483647 is channel 2147483648, outside every range, and reported as that).
constexpr int64_t channelOfSensor(int32_t sensorId) { return int64_t(sensorId) + 1; }
constexpr int32_t sensorOfChannel(int32_t channel) { return channel - 1; } // channels are >= 1

struct ChannelRange {
    int lowest = 0;
    int highest = 0;
    bool operator==(const ChannelRange &) const = default;
};

struct LiveMetadata {
    double dx = 0;                            // metres between channels; 0 = unknown
    double prr = 0;                           // pulse repetition rate, Hz
    std::optional<double> fiberStartMeters;   // null while waiting for fiber
    std::optional<double> fiberLengthMeters;
    QString swVersion;
    int numberOfChannels = 0;                 // rounded from a float when the server sends one
    QString fiberDescription;

    // How the reply differed in form from the contract but was accepted (e.g. a number as a string).
    // Evidence to log once, not part of the value: equality ignores it.
    QStringList quirks;

    bool waitingForFiber() const;
    bool dxKnown() const { return dx > 0; }
    bool operator==(const LiveMetadata &o) const
    {
        return dx == o.dx && prr == o.prr && fiberStartMeters == o.fiberStartMeters
               && fiberLengthMeters == o.fiberLengthMeters && swVersion == o.swVersion
               && numberOfChannels == o.numberOfChannels && fiberDescription == o.fiberDescription;
    }
};

struct ConfigureRequest {
    ViewType view = ViewType::MultiChannel;
    int channelMin = 1;
    int channelMax = 50;
    int nfft = 1024;                           // sent as 1 for the waterfall view (sentNfft())
    double freqMin = 0;                        // absent for the waterfall view
    double freqMax = 500;
    int height = 1000;
    double timeAxisDurationS = 30;             // absent for the waterfall view
    std::optional<qint64> startTimeS;          // historic: both set, epoch seconds
    std::optional<qint64> endTimeS;

    bool historic() const { return startTimeS.has_value() && endTimeS.has_value(); }
    int sentNfft() const { return viewTakesNfft(view) ? nfft : 1; }
    // Saturates rather than overflows: a decoded request may carry any two ints (found by fuzz_configure_request).
    int channelCount() const
    {
        const qint64 n = qint64(channelMax) - qint64(channelMin) + 1;
        return int(std::clamp<qint64>(n, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
    }
    bool operator==(const ConfigureRequest &) const = default;
};

// Client-side limits of the contract, checked before anything is sent.
enum class ConfigField { View, Channels, Nfft, FrequencyRange, Height, TimeAxisDuration, TimeWindow };
// Which rule a violation breaks, so that words can be chosen without re-deriving it. Required is the
// form's (an emptied field); validateConfigure never reports it.
enum class ConfigRule { Required, BelowOne, OutsideFiber, Reversed, TooMany, SingleNeedsOne, NotPowerOfTwo, OutOfRange, NotPositive, NeedsBoth, BeforeEpoch };
// Which end of a ranged field (channels, frequency, time window) is wrong; Both: the range as a whole.
enum class ConfigEnd { Both, Min, Max };
struct ConfigViolation {
    ConfigField field;
    QString detail; // technical, English (e.g. "2223 channels > 2222")
    ConfigRule rule = ConfigRule::OutOfRange;
    ConfigEnd end = ConfigEnd::Both;
};
// fiber: the channel range /channels reported, when known: channels outside it are refused too.
std::vector<ConfigViolation> validateConfigure(const ConfigureRequest &request,
                                               const std::optional<ChannelRange> &fiber = std::nullopt);

struct ConfigureReply {
    QString status;
    QString jobId;
    double linesDt = 0;
    QList<double> frequencies;
    int frequenciesAmount = 0;
    int channelAmount = 0;
    QMap<int, int> channelToStreamIndex;
    int streamAmount = 0;
    QString streamUrl;
    int streamPort = 0;
    ViewType view = ViewType::MultiChannel;
    std::optional<LiveMetadata> metadata; // when the nested object carries the live keys
    QStringList quirks; // representation differences accepted (see LiveMetadata::quirks)
};

struct Recording {
    qint64 startMs = 0;
    qint64 endMs = -1; // -1: still recording
    bool stillRecording() const { return endMs == -1; }
    bool operator==(const Recording &) const = default;
};

struct ConfigTaskReply {
    QString status;
    QString taskId;
};

// The body of a non-2xx reply.
// Html: an HTML page (an ingress or proxy answered, not the Focus Server); message = its title.
enum class ErrorShape { None, Application, FrameworkNotFound, FrameworkMethodNotAllowed, FrameworkDetail, Validation, Unknown, Html };
struct ErrorBody {
    ErrorShape shape = ErrorShape::None;
    QString message;          // "error" or "detail" text; validation: "loc: msg; ..."
    QString raw;              // the body, trimmed to a few hundred bytes, for evidence
};

// One row of the waterfall: samples of each sensor over [startMs, endMs).
// Flat storage: sensor i owns samples[offsets[i] .. offsets[i+1]).
struct WaterfallRow {
    std::string canvasId;
    qint64 startMs = 0;
    qint64 endMs = 0;
    std::vector<int32_t> sensorIds;
    std::vector<uint32_t> offsets; // size = sensorIds.size() + 1
    std::vector<float> samples;
    uint32_t nonFinite = 0;        // NaN/Infinity tokens met (stored as NaN/±inf)
    // True for a row assembled from the gRPC stream: a sensor's samples are the frequency bins of one
    // time line (displayed reduced to one value per channel), not samples spread over the row's span.
    bool frequencyBins = false;

    size_t sensorCount() const { return sensorIds.size(); }
    bool operator==(const WaterfallRow &) const = default;
};

struct WaterfallBlock {
    std::vector<WaterfallRow> rows;
    double currentMaxAmp = 0;
    double currentMinAmp = 0;
    bool operator==(const WaterfallBlock &) const = default;
};

struct SensorsReply {
    std::vector<int> sensors;
};

struct OpenApiRoute {
    QString path;
    QStringList methods; // upper case
};
struct OpenApiDoc {
    QList<OpenApiRoute> routes;
    bool has(const QString &method, const QString &pathTemplate) const;
};

} // namespace wf
