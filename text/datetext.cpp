#include "datetext.h"

#include <QLocale>
#include <QTimeZone>

namespace wf::DateText {

namespace {
QString offsetText(const QDateTime &t)
{
    const int s = t.offsetFromUtc();
    const int m = std::abs(s) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(s < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(m / 60, 2, 10, QLatin1Char('0'))
        .arg(m % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

QString dateTime(const QDateTime &t, Zone zone)
{
    const QLocale l;
    switch (zone) {
    case Zone::None: return l.toString(t, QLatin1String(kDateTimeFormat));
    case Zone::Offset: return l.toString(t, QLatin1String(kDateTimeFormat)) + QLatin1Char(' ') + offsetText(t);
    case Zone::Utc: return l.toString(t.toUTC(), QLatin1String(kDateTimeFormat)) + QStringLiteral(" UTC");
    }
    return {};
}

QString dateTimeMs(qint64 epochMs, Zone zone)
{
    return dateTime(QDateTime::fromMSecsSinceEpoch(epochMs), zone);
}

QString dateTimeS(qint64 epochS, Zone zone)
{
    return dateTime(QDateTime::fromSecsSinceEpoch(epochS), zone);
}

QString time(const QTime &t)
{
    return QLocale().toString(t, QLatin1String(kTimeFormat));
}

QString timeMs(const QTime &t)
{
    return QLocale().toString(t, QLatin1String(kTimeMsFormat));
}

QString timeOfEpochMs(qint64 epochMs, bool withMs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(epochMs);
    return withMs ? timeMs(t) : time(t);
}

QString fileStamp(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), QStringLiteral("yyyyMMdd-HHmmss")) + QLatin1Char('Z');
}

} // namespace wf::DateText
