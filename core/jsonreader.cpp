#include "jsonreader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace wf {

QString decodeErrorKindName(DecodeErrorKind kind)
{
    switch (kind) {
    case DecodeErrorKind::NotJson: return QStringLiteral("not_json");
    case DecodeErrorKind::WrongType: return QStringLiteral("wrong_type");
    case DecodeErrorKind::MissingField: return QStringLiteral("missing_field");
    case DecodeErrorKind::OutOfRange: return QStringLiteral("out_of_range");
    case DecodeErrorKind::InvalidValue: return QStringLiteral("invalid_value");
    case DecodeErrorKind::TooDeep: return QStringLiteral("too_deep");
    case DecodeErrorKind::Empty: return QStringLiteral("empty");
    }
    return QStringLiteral("unknown");
}

QString DecodeError::toString() const
{
    QString s = decodeErrorKindName(kind);
    if (!path.isEmpty())
        s += QStringLiteral(" at ") + path;
    if (!detail.isEmpty())
        s += QStringLiteral(": ") + detail;
    return s;
}

namespace json {

std::optional<DecodeError> parse(const QByteArray &body, QJsonValue &out)
{
    if (body.trimmed().isEmpty())
        return DecodeError{DecodeErrorKind::Empty, {}, QStringLiteral("empty body")};
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const auto kind = pe.error == QJsonParseError::DeepNesting ? DecodeErrorKind::TooDeep
                                                                   : DecodeErrorKind::NotJson;
        return DecodeError{kind, {},
                           QStringLiteral("%1 at byte %2").arg(pe.errorString()).arg(pe.offset)};
    }
    out = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    return std::nullopt;
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("bool");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: return QStringLiteral("nothing");
    }
    return QStringLiteral("?");
}

DecodeError wrongType(const QString &path, const char *expected, const QJsonValue &found)
{
    if (found.isUndefined())
        return missing(path);
    return DecodeError{DecodeErrorKind::WrongType, path,
                       QStringLiteral("expected %1, found %2").arg(QLatin1String(expected), typeName(found))};
}

DecodeError missing(const QString &path)
{
    return DecodeError{DecodeErrorKind::MissingField, path, QStringLiteral("required field is absent")};
}

std::optional<DecodeError> getObject(const QJsonValue &v, const QString &path, QJsonObject &out)
{
    if (!v.isObject())
        return wrongType(path, "object", v);
    out = v.toObject();
    return std::nullopt;
}

std::optional<DecodeError> getArray(const QJsonValue &v, const QString &path, QJsonArray &out)
{
    if (!v.isArray())
        return wrongType(path, "array", v);
    out = v.toArray();
    return std::nullopt;
}

std::optional<DecodeError> getString(const QJsonValue &v, const QString &path, QString &out)
{
    if (!v.isString())
        return wrongType(path, "string", v);
    out = v.toString();
    return std::nullopt;
}

std::optional<DecodeError> getDouble(const QJsonValue &v, const QString &path, double &out)
{
    if (!v.isDouble())
        return wrongType(path, "number", v);
    out = v.toDouble();
    if (!std::isfinite(out))
        return DecodeError{DecodeErrorKind::OutOfRange, path, QStringLiteral("number is not finite")};
    return std::nullopt;
}

std::optional<DecodeError> getInt(const QJsonValue &v, const QString &path, qint64 &out, qint64 lo, qint64 hi)
{
    double d = 0;
    if (auto e = getDouble(v, path, d))
        return e;
    if (std::trunc(d) != d)
        return DecodeError{DecodeErrorKind::WrongType, path,
                           QStringLiteral("expected an integer, found %1").arg(d, 0, 'g', 17)};
    if (d < double(lo) || d > double(hi))
        return DecodeError{DecodeErrorKind::OutOfRange, path,
                           QStringLiteral("%1 outside [%2, %3]").arg(d, 0, 'g', 17).arg(lo).arg(hi)};
    out = qint64(d);
    return std::nullopt;
}

} // namespace json
} // namespace wf
