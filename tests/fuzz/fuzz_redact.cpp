// libFuzzer target for the masking of server texts (core/base/redact.h): error messages, metadata
// and reply bodies from a server are untrusted. Besides "never crash": masking is idempotent in all
// three forms, a text with no secret comes back unchanged, and a body that was JSON stays JSON.
#include "fuzzcheck.h"
#include "base/redact.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstddef>
#include <cstdint>

using wf::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    const QString masked = wf::redactSecrets(text);
    require(wf::redactSecrets(masked) == masked, "masking a masked text changed it");
    if (!masked.contains(QLatin1String("***")))
        require(masked == text, "a text changed with nothing masked");

    const QByteArray body = wf::redactSecrets(bytes);
    require(wf::redactSecrets(body) == body, "masking a masked body changed it");
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &e);
    if (e.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray())) {
        QJsonParseError again{};
        QJsonDocument::fromJson(body, &again);
        require(again.error == QJsonParseError::NoError, "a JSON body is no longer JSON once masked");
        const QJsonValue value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        const QJsonValue v = wf::redactSecrets(value);
        require(wf::redactSecrets(v) == v, "masking a masked JSON value changed it");
    }
    return 0;
}
