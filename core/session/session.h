#pragma once
// A recorded session: what a followed job's server answered, reply by reply, so it can be replayed
// through the same ingest path. JSON Lines: one header line, one line per reply, an optional
// trailer line. Plain value types and pure functions, any thread. loadSession() is total: every
// input gives a Session or a DecodeError naming the line and what is wrong; no input crashes it.
#include "net/focusclient.h"
#include "data/quality.h"
#include "job/readinesscontroller.h"
#include "base/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>
#include <vector>

namespace wf {

inline constexpr const char *kSessionFormat = "focus-waterfall-session";
inline constexpr int kSessionVersion = 1;
inline constexpr qint64 kSessionMaxBytes = 1LL << 30;      // a file and a recording are capped here
inline constexpr qint64 kSessionMaxLineBytes = 64LL << 20; // one reply line, base64 body included
inline constexpr qint64 kSessionMaxAtMs = 7LL * 24 * 3600 * 1000; // a week of session time

struct SessionHeader {
    QString server;
    bool insecure = false;
    qint64 startedAtMs = 0; // wall clock, epoch ms, when the session began
    ConfigureRequest request;
    ReadinessSettings settings;
    QualityThresholds thresholds;
};

struct SessionReply {
    qint64 atMs = 0;       // session time at which the caller got the reply
    CallInfo info;         // endpoint, method, route, path, status, transport error, latency, content type
    QByteArray body;
};

// What the job's gRPC stream source met, at session time atMs (a "stream" line).
struct SessionStreamEvent {
    qint64 atMs = 0;
    StreamEvent event;
};

struct SessionTrailer {
    qint64 endedAtMs = 0;
    QString state;     // jobStateName()
    QString diagnosis; // diagnosisName()
};

struct Session {
    SessionHeader header;
    std::vector<SessionReply> replies; // in recorded order; atMs never decreases
    std::vector<SessionStreamEvent> streamEvents; // the same, for the gRPC stream
    std::optional<SessionTrailer> trailer; // absent when the recording was cut short
    // Where a replay ends: the trailer's time, else the last reply's.
    qint64 endMs() const;
};

// One line each, without the newline.
QByteArray encodeSessionHeader(const SessionHeader &header);
QByteArray encodeSessionReply(const SessionReply &reply);
QByteArray encodeSessionTrailer(const SessionTrailer &trailer);
QByteArray encodeSessionStreamEvent(const SessionStreamEvent &event);

Result<Session> parseSession(const QByteArray &data, qint64 maxLineBytes = kSessionMaxLineBytes);
Result<Session> loadSession(const QString &path, qint64 maxBytes = kSessionMaxBytes,
                            qint64 maxLineBytes = kSessionMaxLineBytes);

std::optional<EndpointId> endpointFromRoute(const QString &route);
std::optional<TransportError> transportErrorFromName(const QString &name);

} // namespace wf
