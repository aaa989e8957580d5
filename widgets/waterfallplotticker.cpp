#include "waterfallplotticker.h"

#include <QDateTime>
#include <array>
#include <cmath>

namespace wf {

namespace {
constexpr std::array<double, 31> kSteps = {0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1,   0.2,   0.5,   1,    2,
                                           5,     10,    15,    30,   60,   120,  300, 600,   900,   1800, 3600,
                                           7200,  10800, 21600, 43200, 86400, 172800, 432000, 864000, 2592000};
} // namespace

TimeAxisTicker::TimeAxisTicker()
{
    setTickCount(6);
    setTickOrigin(0); // multiples of the step from the epoch: whole seconds, minutes, hours (UTC)
    m_format = formatForStep(m_step);
}

QString TimeAxisTicker::formatForStep(double step)
{
    if (step < 0.0095)
        return QStringLiteral("HH:mm:ss.zzz");
    if (step < 0.095)
        return QStringLiteral("HH:mm:ss.zz"); // two digits (see getTickLabel)
    if (step < 0.95)
        return QStringLiteral("HH:mm:ss.z");
    if (step < 59.5)
        return QStringLiteral("HH:mm:ss");
    if (step < 86399.5)
        return QStringLiteral("HH:mm");
    return QStringLiteral("yyyy-MM-dd");
}

double TimeAxisTicker::getTickStep(const QCPRange &range)
{
    // The round step nearest (by ratio) to the span the tick count asks for; when only two or fewer
    // are asked for (a short axis: room for two labels), the smallest round step at least that
    // span, so there are never more labels than room.
    const double wanted = range.size() / std::max(1, tickCount());
    double best = kSteps.front();
    if (tickCount() <= 2) {
        best = kSteps.back();
        for (double s : kSteps)
            if (s >= wanted * (1 - 1e-9)) {
                best = s;
                break;
            }
    } else {
        for (double s : kSteps)
            if (std::abs(std::log(s / wanted)) < std::abs(std::log(best / wanted)))
                best = s;
    }
    m_step = best;
    m_format = formatForStep(best);
    return best;
}

int TimeAxisTicker::getSubTickCount(double step)
{
    // Sub-ticks at round fractions too: 15 s -> 3 x 5 s, 30 s -> 6 x 5 s, 2 -> 2 x 1, else 5 parts.
    const auto is = [step](double s) { return std::abs(step - s) < 1e-9 * s; };
    if (is(15) || is(900) || is(10800))
        return 2;
    if (is(30) || is(1800) || is(21600))
        return 5;
    if (is(43200))
        return 3;
    const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    return std::abs(mantissa - 2) < 1e-6 ? 1 : 4;
}

QString TimeAxisTicker::getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision)
{
    Q_UNUSED(formatChar)
    Q_UNUSED(precision)
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(qint64(std::llround(tick * 1000)));
    // Qt's "z" drops trailing zeros and "zzz" is three digits: two digits are "zzz" less one.
    if (m_format == QLatin1String("HH:mm:ss.zz"))
        return locale.toString(t, QStringLiteral("HH:mm:ss.zzz")).chopped(1);
    return locale.toString(t, m_format);
}

} // namespace wf
