#pragma once
// Hostile-server faults of the emulator: broken transports (resets, stalls, oversize bodies,
// redirects) and broken bodies (truncated JSON, invalid UTF-8, wrong types, 1e309, ...), applied to
// one route after a number of good replies. Owned by FocusEmulator; lives on its thread. Raw faults
// write to the request's socket themselves, always from a queued call, never inside the server's
// own read handler. Invariant: a fault touches only the route it names ("any" = every route).
#include "base/clock.h"
#include "emulatoroptions.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <optional>

class QTcpSocket;

namespace wf::emu {

enum class Fault {
    None,
    ResetMidBody,     // headers and half the body, then a TCP reset
    CloseAfterHeaders,// headers (with a Content-Length), then the connection closes
    Stall,            // slow-loris: headers, then nothing, forever
    Slow,             // the whole reply, faultDelayMs late
    TruncatedJson,    // the body cut in half
    InvalidUtf8,      // bytes that are not UTF-8 inside the first string
    WrongContentType, // the right body labelled text/plain
    Proxy502,         // an ingress's HTML "502 Bad Gateway" page
    Proxy504,         // an ingress's HTML "504 Gateway Time-out" page
    Empty201,         // 201 with an empty body
    Null201,          // 201 with the body `null`
    ArrayForObject,   // the body wrapped in an array: arrays where objects belong
    NumbersAsStrings, // every number sent as a string
    HugeNumber,       // the first number replaced by 1e309
    DeepNesting,      // a body of arrays nested 100000 deep (or faultBytes, if smaller)
    LongString,       // the first string value faultBytes long
    OversizeDeclared, // Content-Length of faultBytes, a few bytes sent, then nothing
    OversizeActual,   // no Content-Length, faultBytes streamed until the client hangs up
    Redirect301,
    Redirect302,
    Redirect307,
    Flap404,          // every other reply is the route's 404 ("job not found"), then it is back
    DuplicateReplies, // every other reply repeats the previous one (the same rows twice)
};

QStringList faultNames();                           // "reset-mid-body", ... (not "none")
std::optional<Fault> faultFromName(const QString &name); // "" and "none" → Fault::None
QString faultName(Fault fault);
QStringList faultRouteNames();                      // "waterfall", "metadata", "configure", ..., "any"
QString faultDescription(Fault fault);              // one line for --help

struct EmuResponse {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
};

class FaultInjector : public QObject
{
    Q_OBJECT
  public:
    explicit FaultInjector(const EmulatorOptions &options, QObject *parent = nullptr);
    void setClock(Clock *clock) { m_clock = clock; } // the emulator's time (not owned)

    // Route key of a request path (base path already removed): its first segment, e.g. "waterfall".
    static QString routeKey(const QString &path);

    // Before the server routes the request: a reply that replaces it (flap, duplicate), if any.
    std::optional<EmuResponse> before(const QString &route);
    // After routing: mutates a body fault in place, or takes the socket over for a raw fault.
    // Returns true when the injector writes the reply itself.
    bool after(const QString &route, const QString &path, EmuResponse &response, QTcpSocket *socket);

    qint64 injected() const { return m_injected; }
    QString lastInjected() const { return m_last; } // for the emulator's log

  private:
    bool applies(const QString &route) const;
    bool activeFor(const QString &route); // counts eligible replies; true when this one is faulted
    void writeRaw(QTcpSocket *socket, Fault fault, const QString &path, const EmuResponse &response);
    void pump(QTcpSocket *socket, qint64 left);

    const EmulatorOptions &m_options;
    Clock *m_clock = nullptr; // the emulator's; delays > 0 wait on it
    QHash<QString, qint64> m_eligible; // per route: eligible replies seen
    QHash<QString, EmuResponse> m_lastReply;
    QHash<QString, bool> m_toggle;
    qint64 m_injected = 0;
    QString m_last;
};

// Body mutations, pure (exposed for tests and for focus-sim's self-check).
QByteArray mutateBody(Fault fault, const QByteArray &body, qint64 bytes);

} // namespace wf::emu
