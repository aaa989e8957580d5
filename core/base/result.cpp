#include "base/result.h"

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

} // namespace wf
