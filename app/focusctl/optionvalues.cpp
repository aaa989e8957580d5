#include "optionvalues.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace wf::cli {

bool OptionValues::intRange(const QString &text, qint64 &lo, qint64 &hi, bool allowSingle)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,18})\\s*(?:-\\s*(\\d{1,18})\\s*)?$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch() || (!allowSingle && !m.hasCaptured(2)))
        return false;
    lo = m.captured(1).toLongLong();
    hi = m.hasCaptured(2) ? m.captured(2).toLongLong() : lo;
    return true;
}

bool OptionValues::doubleRange(const QString &text, double &lo, double &hi)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+(?:\\.\\d*)?)\\s*-\\s*(\\d+(?:\\.\\d*)?)\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    bool ok1 = false, ok2 = false;
    lo = m.captured(1).toDouble(&ok1);
    hi = m.captured(2).toDouble(&ok2);
    return ok1 && ok2 && std::isfinite(lo) && std::isfinite(hi);
}

bool OptionValues::integer(const QString &text, int lo, int hi, int &out)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < lo || v > hi)
        return false;
    out = v;
    return true;
}

bool OptionValues::seconds(const QString &text, double maxS, int &outMs)
{
    bool ok = false;
    const double s = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(s) || s <= 0 || s > maxS)
        return false;
    outMs = std::max(1, int(std::lround(s * 1000)));
    return true;
}

} // namespace wf::cli
