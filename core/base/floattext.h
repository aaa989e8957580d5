#pragma once
// The shortest decimal text that reads back as the same float: a sample decoded from "50.123" and
// stored as float32 is written "50.123" again, never its double expansion 50.12300109863281.
// Pure, any thread.
#include <QByteArray>
#include <charconv>
#include <cmath>

namespace wf {

inline QByteArray floatText(float v)
{
    if (std::isnan(v))
        return QByteArrayLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QByteArrayLiteral("Infinity") : QByteArrayLiteral("-Infinity");
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v); // shortest round trip, C locale
    return QByteArray(buf, int(r.ptr - buf));
}

} // namespace wf
