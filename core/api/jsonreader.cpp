#include "api/jsonreader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <cmath>

namespace wf {

namespace json {

std::optional<DecodeError> parse(const QByteArray &body, QJsonValue &out)
{
    if (body.trimmed().isEmpty())
        return DecodeError{DecodeErrorKind::Empty, {}, QStringLiteral("empty body")};
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        // Qt refuses numbers it cannot hold (1e309) as a syntax error: name it for what it is.
        const auto kind = pe.error == QJsonParseError::DeepNesting     ? DecodeErrorKind::TooDeep
                          : pe.error == QJsonParseError::IllegalNumber ? DecodeErrorKind::OutOfRange
                                                                       : DecodeErrorKind::NotJson;
        const QString detail = pe.error == QJsonParseError::IllegalNumber
                                   ? QStringLiteral("number not representable as a double at byte %1").arg(pe.offset)
                                   : QStringLiteral("%1 at byte %2").arg(pe.errorString()).arg(pe.offset);
        return DecodeError{kind, kind == DecodeErrorKind::TooDeep ? QString() : pathAt(body, pe.offset), detail};
    }
    out = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    return std::nullopt;
}

QString pathAt(const QByteArray &body, qsizetype offset)
{
    struct Frame {
        bool array = false;
        qsizetype index = 0;
        QString key;
        bool expectKey = false;
    };
    QList<Frame> stack;
    bool inString = false, escape = false;
    QByteArray text;
    const qsizetype end = std::min(offset, body.size());
    for (qsizetype i = 0; i < end; ++i) {
        const char c = body[i];
        if (inString) {
            if (escape)
                escape = false;
            else if (c == '\\')
                escape = true;
            else if (c == '"') {
                inString = false;
                if (!stack.isEmpty() && !stack.last().array && stack.last().expectKey)
                    stack.last().key = QString::fromUtf8(text);
            } else if (text.size() < 256)
                text += c;
            continue;
        }
        switch (c) {
        case '"': inString = true; text.clear(); break;
        case '[': stack.append({true, 0, {}, false}); break;
        case '{': stack.append({false, 0, {}, true}); break;
        case ']':
        case '}':
            if (!stack.isEmpty())
                stack.removeLast();
            break;
        case ':':
            if (!stack.isEmpty())
                stack.last().expectKey = false;
            break;
        case ',':
            if (!stack.isEmpty()) {
                if (stack.last().array)
                    ++stack.last().index;
                else
                    stack.last() = {false, 0, {}, true};
            }
            break;
        default: break;
        }
    }
    QString path;
    for (const Frame &f : stack) {
        if (f.array)
            path = index(path, f.index);
        else if (!f.expectKey && !f.key.isEmpty())
            path = field(path, f.key);
    }
    return path;
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
    if (out.size() > kMaxStringChars)
        return DecodeError{DecodeErrorKind::OutOfRange, path,
                           QStringLiteral("string of %1 characters exceeds the limit of %2").arg(out.size()).arg(kMaxStringChars)};
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

std::optional<DecodeError> getNumberLenient(const QJsonValue &v, const QString &path, double &out, QStringList *quirks)
{
    if (!v.isString())
        return getDouble(v, path, out);
    const QString text = v.toString();
    bool ok = false;
    // The C locale: "12323", "1.5", "-1", "1e3"; never a locale's "1,5".
    const double d = text.size() <= 64 ? QLocale::c().toDouble(text.trimmed(), &ok) : 0.0;
    if (!ok)
        return DecodeError{DecodeErrorKind::WrongType, path,
                           QStringLiteral("expected number, found string \"%1\"").arg(text.left(64))};
    if (!std::isfinite(d))
        return DecodeError{DecodeErrorKind::OutOfRange, path, QStringLiteral("number is not finite")};
    out = d;
    if (quirks)
        quirks->append(QStringLiteral("%1: number sent as a string (\"%2\")").arg(path, text));
    return std::nullopt;
}

std::optional<DecodeError> getIntLenient(const QJsonValue &v, const QString &path, qint64 &out, QStringList *quirks,
                                         qint64 lo, qint64 hi)
{
    if (!v.isString())
        return getInt(v, path, out, lo, hi);
    double d = 0;
    if (auto e = getNumberLenient(v, path, d, quirks))
        return e;
    return getInt(QJsonValue(d), path, out, lo, hi);
}

} // namespace json
} // namespace wf
