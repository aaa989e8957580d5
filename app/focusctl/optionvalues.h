#pragma once
// OptionValues: the values focusctl's options take, read from the text given: ranges "A-B",
// integers within bounds, seconds. Pure; false for text that is not such a value (the caller words
// the error, naming its option).
#include <QString>

namespace wf::cli {

class OptionValues
{
  public:
    // "A-B" (or, with allowSingle, a single "A" meaning A-A) of non-negative integers.
    static bool intRange(const QString &text, qint64 &lo, qint64 &hi, bool allowSingle);
    // "A-B" of non-negative decimals, both finite.
    static bool doubleRange(const QString &text, double &lo, double &hi);
    // An integer from lo to hi.
    static bool integer(const QString &text, int lo, int hi, int &out);
    // Seconds (decimals allowed) in (0, maxS], as milliseconds (at least 1).
    static bool seconds(const QString &text, double maxS, int &outMs);
};

} // namespace wf::cli
