#pragma once
// The one way a date and time is written for people: "2026-04-12 15:27:57", a 24-hour clock, the
// year in full, whatever the language; with the zone where a reader elsewhere needs it. Pure, any
// thread; the digits are the UI locale's (QLocale()), the text is not direction-isolated.
#include <QDateTime>
#include <QString>

namespace wf {

namespace DateText {

inline constexpr char kDateTimeFormat[] = "yyyy-MM-dd HH:mm:ss"; // also a QDateTimeEdit's display format
inline constexpr char kTimeFormat[] = "HH:mm:ss";
inline constexpr char kTimeMsFormat[] = "HH:mm:ss.zzz";

enum class Zone {
    None,   // "2026-04-12 15:27:57" (local time, on a screen that shows it)
    Offset, // "2026-04-12 15:27:57 UTC+03:00" (local time and its offset: reports, files)
    Utc,    // "2026-04-12 12:27:57 UTC"
};

QString dateTime(const QDateTime &t, Zone zone = Zone::None);
QString dateTimeMs(qint64 epochMs, Zone zone = Zone::None); // local time unless zone is Utc
QString dateTimeS(qint64 epochS, Zone zone = Zone::None);
QString time(const QTime &t);   // "15:27:57"
QString timeMs(const QTime &t); // "15:27:57.123"
inline QString time(const QDateTime &t) { return time(t.time()); }
inline QString timeMs(const QDateTime &t) { return timeMs(t.time()); }
QString timeOfEpochMs(qint64 epochMs, bool withMs = false); // local time of day
// For a file name: "20260412-122757Z" (UTC, no characters a file system refuses).
QString fileStamp(const QDateTime &t);

} // namespace DateText

} // namespace wf
