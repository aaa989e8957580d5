#include "net/replydecode.h"

#include "base/redact.h"

namespace wf {

namespace {
bool isJsonContentType(const QString &type)
{
    const QString t = type.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    return t == QLatin1String("application/json") || t.endsWith(QLatin1String("+json"));
}
} // namespace

void interpretBody(CallInfo &info, const QByteArray &body)
{
    if (info.transport == TransportError::None && (info.httpStatus < 200 || info.httpStatus >= 300))
        info.errorBody = decodeErrorBody(body);
    else if (info.transport == TransportError::None && !body.isEmpty() && !info.contentType.isEmpty()
             && !isJsonContentType(info.contentType))
        info.warning = QStringLiteral("body labelled Content-Type \"%1\", expected application/json").arg(info.contentType);
}

void redactReply(CallInfo &info, QByteArray &body)
{
    const bool rows = info.endpoint == EndpointId::Waterfall && info.httpStatus < 300;
    if (!rows)
        body = redactSecrets(body);
    info.transportDetail = redactSecrets(info.transportDetail);
    info.redirectLocation = redactSecrets(info.redirectLocation);
    info.errorBody.raw = redactSecrets(info.errorBody.raw);
    info.errorBody.message = redactSecrets(info.errorBody.message);
}

} // namespace wf
