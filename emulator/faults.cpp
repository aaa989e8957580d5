#include "faults.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace wf::emu {

namespace {

struct FaultDef {
    Fault fault;
    const char *name;
    const char *description;
};

const FaultDef kFaults[] = {
    {Fault::ResetMidBody, "reset-mid-body", "headers and half the body, then a TCP reset"},
    {Fault::CloseAfterHeaders, "close-after-headers", "headers, then the connection closes"},
    {Fault::Stall, "stall", "slow-loris: headers, then nothing, forever"},
    {Fault::Slow, "slow", "the reply comes --fault-delay-ms late"},
    {Fault::TruncatedJson, "truncated-json", "the body cut in half"},
    {Fault::InvalidUtf8, "invalid-utf8", "bytes that are not UTF-8 inside the first string"},
    {Fault::WrongContentType, "wrong-content-type", "the right body labelled text/plain"},
    {Fault::Proxy502, "proxy-502", "an ingress's HTML 502 Bad Gateway page"},
    {Fault::Proxy504, "proxy-504", "an ingress's HTML 504 Gateway Time-out page"},
    {Fault::Empty201, "empty-201", "201 with an empty body"},
    {Fault::Null201, "null-201", "201 with the body null"},
    {Fault::ArrayForObject, "array-for-object", "the body wrapped in an array"},
    {Fault::NumbersAsStrings, "numbers-as-strings", "every number sent as a string"},
    {Fault::HugeNumber, "huge-number", "the first number replaced by 1e309"},
    {Fault::DeepNesting, "deep-nesting", "arrays nested 100000 deep"},
    {Fault::LongString, "long-string", "the first string --fault-bytes long (default 8 MiB)"},
    {Fault::OversizeDeclared, "oversize-declared", "Content-Length of --fault-bytes (default 1 TiB), then nothing"},
    {Fault::OversizeActual, "oversize-actual", "no Content-Length, --fault-bytes streamed (default 512 MiB)"},
    {Fault::Redirect301, "redirect-301", "301 to /moved/..."},
    {Fault::Redirect302, "redirect-302", "302 to /moved/..."},
    {Fault::Redirect307, "redirect-307", "307 to /moved/..."},
    {Fault::Flap404, "flap-404", "every other reply is the route's 404, then it is back"},
    {Fault::DuplicateReplies, "duplicate-replies", "every other reply repeats the previous one"},
};

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 307: return "Temporary Redirect";
    case 404: return "Not Found";
    default: return "Status";
    }
}

QByteArray head(int status, const QByteArray &contentType, const QList<QByteArray> &extra)
{
    QByteArray h = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    if (!contentType.isEmpty())
        h += "Content-Type: " + contentType + "\r\n";
    for (const QByteArray &line : extra)
        h += line + "\r\n";
    return h + "\r\n";
}

QByteArray proxyPage(int status)
{
    const QByteArray title = status == 502 ? "502 Bad Gateway" : "504 Gateway Time-out";
    return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
           + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
}

QJsonValue numbersToStrings(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &x : v.toArray())
            out.append(numbersToStrings(x));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), numbersToStrings(it.value()));
        return out;
    }
    return v;
}

// Index just after the opening quote of the first string value, or -1.
qsizetype firstStringValue(const QByteArray &body)
{
    const qsizetype i = body.indexOf("\":\"");
    return i < 0 ? -1 : i + 3;
}

} // namespace

QStringList faultNames()
{
    QStringList out;
    for (const FaultDef &d : kFaults)
        out << QString::fromLatin1(d.name);
    return out;
}

std::optional<Fault> faultFromName(const QString &name)
{
    if (name.isEmpty() || name == QLatin1String("none"))
        return Fault::None;
    for (const FaultDef &d : kFaults)
        if (name == QLatin1String(d.name))
            return d.fault;
    return std::nullopt;
}

QString faultName(Fault fault)
{
    for (const FaultDef &d : kFaults)
        if (d.fault == fault)
            return QString::fromLatin1(d.name);
    return QStringLiteral("none");
}

QString faultDescription(Fault fault)
{
    for (const FaultDef &d : kFaults)
        if (d.fault == fault)
            return QString::fromLatin1(d.description);
    return {};
}

QStringList faultRouteNames()
{
    return {QStringLiteral("waterfall"), QStringLiteral("metadata"), QStringLiteral("configure"),
            QStringLiteral("config"), QStringLiteral("live_metadata"), QStringLiteral("channels"),
            QStringLiteral("ack"), QStringLiteral("sensors"), QStringLiteral("recordings_in_time_range"),
            QStringLiteral("openapi.json"), QStringLiteral("any")};
}

QByteArray mutateBody(Fault fault, const QByteArray &body, qint64 bytes)
{
    switch (fault) {
    case Fault::TruncatedJson:
        return body.left(std::max<qsizetype>(1, body.size() / 2));
    case Fault::InvalidUtf8: {
        QByteArray out = body;
        const qsizetype at = firstStringValue(out);
        if (at >= 0)
            return out.insert(at, "\xC3\x28\xFF");
        return out.startsWith('{') ? out.replace(0, 1, "{\"\xC3\x28\xFF\":0,") : "\"\xC3\x28\xFF\"";
    }
    case Fault::ArrayForObject:
        return '[' + body + ']';
    case Fault::NumbersAsStrings: {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (doc.isArray())
            return QJsonDocument(numbersToStrings(doc.array()).toArray()).toJson(QJsonDocument::Compact);
        if (doc.isObject())
            return QJsonDocument(numbersToStrings(doc.object()).toObject()).toJson(QJsonDocument::Compact);
        return body;
    }
    case Fault::HugeNumber: {
        static const QRegularExpression number(QStringLiteral(R"([:\[,]\s*(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?))"));
        const QString text = QString::fromUtf8(body);
        const QRegularExpressionMatch m = number.match(text);
        if (!m.hasMatch())
            return body;
        QString out = text;
        out.replace(m.capturedStart(1), m.capturedLength(1), QStringLiteral("1e309"));
        return out.toUtf8();
    }
    case Fault::DeepNesting: {
        const qsizetype depth = bytes > 0 ? qsizetype(std::min<qint64>(bytes, 100'000)) : 100'000;
        return QByteArray(depth, '[') + QByteArray(depth, ']');
    }
    case Fault::LongString: {
        const qsizetype n = bytes > 0 ? qsizetype(std::min<qint64>(bytes, 1LL << 30)) : 8 * 1024 * 1024;
        QByteArray out = body;
        const qsizetype at = firstStringValue(out);
        if (at < 0)
            return out.startsWith('{') ? out.replace(0, 1, "{\"long\":\"" + QByteArray(n, 'x') + "\",") : out;
        const qsizetype end = out.indexOf('"', at);
        return out.replace(at, end - at, QByteArray(n, 'x'));
    }
    default:
        return body;
    }
}

FaultInjector::FaultInjector(const EmulatorOptions &options, QObject *parent) : QObject(parent), m_options(options) {}

QString FaultInjector::routeKey(const QString &path)
{
    return path.section(QLatin1Char('/'), 1, 1);
}

bool FaultInjector::applies(const QString &route) const
{
    return !m_options.fault.isEmpty() && (m_options.faultRoute == QLatin1String("any") || m_options.faultRoute == route);
}

bool FaultInjector::activeFor(const QString &route)
{
    const qint64 n = m_eligible.value(route);
    if (n < m_options.faultAfter)
        return false;
    return m_options.faultTimes <= 0 || n < qint64(m_options.faultAfter) + m_options.faultTimes;
}

std::optional<EmuResponse> FaultInjector::before(const QString &route)
{
    const Fault fault = faultFromName(m_options.fault).value_or(Fault::None);
    if ((fault != Fault::Flap404 && fault != Fault::DuplicateReplies) || !applies(route) || !activeFor(route))
        return std::nullopt;
    if (fault == Fault::DuplicateReplies && !m_lastReply.contains(route))
        return std::nullopt;
    bool &toggle = m_toggle[route];
    toggle = !toggle;
    if (!toggle)
        return std::nullopt;
    ++m_injected;
    m_eligible[route] += 1; // a faulted reply counts, so faultTimes bounds it
    m_last = faultName(fault);
    if (fault == Fault::DuplicateReplies)
        return m_lastReply.value(route);
    const QByteArray message = route == QLatin1String("metadata") ? "Invalid job_id" : "Consumer not found for task_id";
    return EmuResponse{404, "{\"error\":\"" + message + "\"}"};
}

bool FaultInjector::after(const QString &route, const QString &path, EmuResponse &response, QTcpSocket *socket)
{
    m_last.clear();
    const bool eligible = response.status >= 200 && response.status < 300 && !response.body.isEmpty();
    if (!eligible || !applies(route))
        return false;
    const Fault fault = faultFromName(m_options.fault).value_or(Fault::None);
    if (fault == Fault::None)
        return false;
    m_lastReply.insert(route, response);
    const bool active = activeFor(route);
    m_eligible[route] += 1;
    if (!active || fault == Fault::Flap404 || fault == Fault::DuplicateReplies)
        return false;
    ++m_injected;
    m_last = faultName(fault);
    switch (fault) {
    case Fault::WrongContentType: response.contentType = "text/plain; charset=utf-8"; return false;
    case Fault::Proxy502:
    case Fault::Proxy504:
        response.status = fault == Fault::Proxy502 ? 502 : 504;
        response.body = proxyPage(response.status);
        response.contentType = "text/html";
        return false;
    case Fault::Empty201: response.status = 201; response.body.clear(); return false;
    case Fault::Null201: response.status = 201; response.body = "null"; return false;
    case Fault::TruncatedJson:
    case Fault::InvalidUtf8:
    case Fault::ArrayForObject:
    case Fault::NumbersAsStrings:
    case Fault::HugeNumber:
    case Fault::DeepNesting:
    case Fault::LongString:
        response.body = mutateBody(fault, response.body, m_options.faultBytes);
        return false;
    default:
        writeRaw(socket, fault, path, response);
        return true;
    }
}

void FaultInjector::writeRaw(QTcpSocket *socket, Fault fault, const QString &path, const EmuResponse &r)
{
    const QPointer<QTcpSocket> s(socket);
    const int delay = fault == Fault::Slow ? std::max(0, m_options.faultDelayMs) : 0;
    const qint64 bytes = m_options.faultBytes;
    // Queued: the server is still inside its read handler for this socket. A slow reply waits on
    // the emulator's clock.
    auto reply = [this, s, fault, path, r, bytes] {
        if (!s || s->state() != QAbstractSocket::ConnectedState)
            return;
        const QByteArray length = "Content-Length: " + QByteArray::number(r.body.size());
        switch (fault) {
        case Fault::ResetMidBody: {
            s->write(head(r.status, r.contentType, {length}) + r.body.left(r.body.size() / 2));
            s->flush();
            const linger hard{1, 0}; // close with RST, not FIN
            ::setsockopt(int(s->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
            s->abort();
            return;
        }
        case Fault::CloseAfterHeaders:
            s->write(head(r.status, r.contentType, {length}));
            s->disconnectFromHost();
            return;
        case Fault::Stall:
            s->write(head(r.status, r.contentType, {length}));
            return;
        case Fault::Slow:
            s->write(head(r.status, r.contentType, {length}) + r.body);
            return;
        case Fault::OversizeDeclared:
            s->write(head(r.status, r.contentType, {"Content-Length: " + QByteArray::number(bytes > 0 ? bytes : 1LL << 40)}) + "[");
            return;
        case Fault::OversizeActual:
            s->write(head(r.status, r.contentType, {"Connection: close"}));
            pump(s, bytes > 0 ? bytes : 512LL * 1024 * 1024);
            return;
        case Fault::Redirect301:
        case Fault::Redirect302:
        case Fault::Redirect307: {
            const int status = fault == Fault::Redirect301 ? 301 : fault == Fault::Redirect302 ? 302 : 307;
            s->write(head(status, "application/json",
                          {"Location: /moved" + path.toUtf8(), "Content-Length: 2"}) + "{}");
            return;
        }
        default:
            return;
        }
    };
    if (delay > 0 && m_clock)
        m_clock->callAfter(delay, this, std::move(reply));
    else
        QTimer::singleShot(0, this, std::move(reply));
}

void FaultInjector::pump(QTcpSocket *socket, qint64 left)
{
    // Streams zeros in 64 KiB pieces as the client reads them, until `left` is sent or it hangs up.
    auto remaining = std::make_shared<qint64>(left);
    const QPointer<QTcpSocket> s(socket);
    auto more = [s, remaining] {
        if (!s || s->state() != QAbstractSocket::ConnectedState)
            return;
        while (*remaining > 0 && s->bytesToWrite() < 256 * 1024) {
            const qint64 n = std::min<qint64>(*remaining, 64 * 1024);
            s->write(QByteArray(qsizetype(n), '0'));
            *remaining -= n;
        }
        if (*remaining == 0)
            s->disconnectFromHost();
    };
    connect(socket, &QTcpSocket::bytesWritten, this, more);
    more();
}

} // namespace wf::emu
