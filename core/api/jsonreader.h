#pragma once
// Path-tracking accessors over QJsonValue used by the strict decoders. Internal to core.
#include "base/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <optional>

namespace wf::json {

// Strings longer than this are refused: no id, version or description comes near it, and a
// megabyte label would stall the UI that shows it.
inline constexpr qsizetype kMaxStringChars = 64 * 1024;

// The JSON path of the value being read at byte `offset` (e.g. where a parser gave up): "" at the top.
QString pathAt(const QByteArray &body, qsizetype offset);

// Parses a whole body (object or array at the top; Qt limits nesting depth itself).
std::optional<DecodeError> parse(const QByteArray &body, QJsonValue &out);

QString typeName(const QJsonValue &v);
DecodeError wrongType(const QString &path, const char *expected, const QJsonValue &found);
DecodeError missing(const QString &path);

// Each getter fills `out` or returns the error. `path` is the full path of the value itself.
std::optional<DecodeError> getObject(const QJsonValue &v, const QString &path, QJsonObject &out);
std::optional<DecodeError> getArray(const QJsonValue &v, const QString &path, QJsonArray &out);
std::optional<DecodeError> getString(const QJsonValue &v, const QString &path, QString &out);
std::optional<DecodeError> getDouble(const QJsonValue &v, const QString &path, double &out);
// Integers: a JSON number with no fractional part within [lo, hi]; floats are refused.
std::optional<DecodeError> getInt(const QJsonValue &v, const QString &path, qint64 &out,
                                  qint64 lo = std::numeric_limits<int>::min(),
                                  qint64 hi = std::numeric_limits<int>::max());

// Lenient readers, for fields a real server is recorded to send in another representation (a
// number as a string, "12323"): accepted, and a line saying so appended to `quirks` (may be null).
// The structure stays strict: an object, array, bool or null is still a wrong type.
std::optional<DecodeError> getNumberLenient(const QJsonValue &v, const QString &path, double &out, QStringList *quirks);
std::optional<DecodeError> getIntLenient(const QJsonValue &v, const QString &path, qint64 &out, QStringList *quirks,
                                         qint64 lo = std::numeric_limits<int>::min(),
                                         qint64 hi = std::numeric_limits<int>::max());

inline QString field(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}
inline QString index(const QString &parent, qsizetype i)
{
    return parent + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

} // namespace wf::json
