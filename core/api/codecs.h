#pragma once
// Strict, total decoders and encoders for the small messages of the contract (everything except the
// waterfall rows, see waterfallcodec.h). Pure functions, any thread. Every malformed input gives a
// DecodeError naming the JSON path; no input crashes or yields a silent default.
#include "api/models.h"
#include "base/result.h"

#include <QByteArray>
#include <QJsonObject>

namespace wf {

Result<ChannelRange> decodeChannels(const QByteArray &body);
Result<LiveMetadata> decodeLiveMetadata(const QByteArray &body);
Result<ConfigureReply> decodeConfigureReply(const QByteArray &body); // also /metadata/{job_id}
Result<QList<Recording>> decodeRecordings(const QByteArray &body);   // bare or wrapped; s or ms
Result<SensorsReply> decodeSensors(const QByteArray &body);
Result<ConfigTaskReply> decodeConfigTaskReply(const QByteArray &body);
Result<OpenApiDoc> decodeOpenApi(const QByteArray &body);
Result<bool> decodeAck(const QByteArray &body); // empty body or any JSON object
ErrorBody decodeErrorBody(const QByteArray &body); // total: unknown shapes become ErrorShape::Unknown; secrets masked (redact.h)

QByteArray encodeConfigureRequest(const ConfigureRequest &request);
QJsonObject configureRequestJson(const ConfigureRequest &request);
QByteArray encodeRecordingsRequest(qint64 startS, qint64 endS);
// POST /config/{task_id}'s own body (not /configure's): canvasInfo, sensors, times as "yymmddHHMMSS" (UTC).
QByteArray encodeConfigTaskRequest(const ConfigureRequest &request);

// Parses the server's request form back (used by the emulator; lenient like the real server).
Result<ConfigureRequest> decodeConfigureRequest(const QByteArray &body);

QString viewTypeName(ViewType view); // "multichannel", "singlechannel", "waterfall"
std::optional<ViewType> viewTypeFromName(const QString &name);

// Epoch values below this are seconds, above are milliseconds (year 2286 in seconds).
inline constexpr qint64 kEpochMsThreshold = 10'000'000'000LL;

} // namespace wf
