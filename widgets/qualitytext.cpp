#include "qualitytext.h"

#include "apptext.h"
#include "datetext.h"
#include "readinesstext.h"

#include <QDateTime>
#include <QLocale>

namespace wf {

QString QualityText::checkName(QualityCheck check)
{
    switch (check) {
    case QualityCheck::NegativeValues: return tr("Negative values");
    case QualityCheck::RowsWithNegative: return tr("Rows with negative values");
    case QualityCheck::BlocksWithNegativeRange: return tr("Blocks with a negative amplitude range");
    case QualityCheck::RangeViolations: return tr("Amplitude range violations");
    case QualityCheck::TimestampGaps: return tr("Timestamp gaps");
    case QualityCheck::TimestampOverlaps: return tr("Timestamp overlaps");
    case QualityCheck::TimestampsBackwards: return tr("Timestamps going backwards");
    case QualityCheck::BadRowSpans: return tr("Rows ending before they start");
    case QualityCheck::MissingChannels: return tr("Missing channels");
    case QualityCheck::DuplicateChannels: return tr("Duplicate channels");
    case QualityCheck::UnexpectedChannels: return tr("Unexpected channels");
    case QualityCheck::RaggedRows: return tr("Ragged rows");
    case QualityCheck::NonFiniteValues: return tr("NaN / Infinity values");
    case QualityCheck::MetadataChanges: return tr("Live metadata changes");
    case QualityCheck::WaitingForFiberPeriods: return tr("Waiting-for-fiber periods");
    case QualityCheck::SlowConsumerCreation: return tr("Slow consumer creation");
    case QualityCheck::MalformedReplies: return tr("Malformed replies");
    case QualityCheck::RowsOutsideWindow: return tr("Rows outside the requested window");
    }
    return {};
}

QString QualityText::checkDescription(QualityCheck check)
{
    switch (check) {
    case QualityCheck::NegativeValues: return tr("Intensity samples below zero (a known backend defect).");
    case QualityCheck::RowsWithNegative: return tr("Rows holding at least one negative sample.");
    case QualityCheck::BlocksWithNegativeRange: return tr("Blocks whose current_min_amp or current_max_amp is negative.");
    case QualityCheck::RangeViolations:
        return tr("Blocks whose current_max_amp is below current_min_amp, or holding a sample outside that range.");
    case QualityCheck::TimestampGaps: return tr("A row starts after the previous row ended.");
    case QualityCheck::TimestampOverlaps: return tr("A row starts before the previous row ended (but not before it started).");
    case QualityCheck::TimestampsBackwards: return tr("A row starts before the previous row started.");
    case QualityCheck::BadRowSpans: return tr("Rows whose endTimestamp is not after their startTimestamp.");
    case QualityCheck::MissingChannels: return tr("Channels of the configured range absent from a row, counted per row.");
    case QualityCheck::DuplicateChannels: return tr("Extra occurrences of a sensor within one row.");
    case QualityCheck::UnexpectedChannels: return tr("Sensors outside the configured channel range.");
    case QualityCheck::RaggedRows: return tr("Rows whose sensors carry different numbers of samples.");
    case QualityCheck::NonFiniteValues: return tr("NaN or Infinity samples sent by the server.");
    case QualityCheck::MetadataChanges: return tr("Changes of dx, PRR, channel count or fiber description during the job.");
    case QualityCheck::WaitingForFiberPeriods: return tr("Periods in which the server said it was waiting for the fiber.");
    case QualityCheck::SlowConsumerCreation: return tr("The job's consumer took longer than the threshold to come alive, or never did.");
    case QualityCheck::MalformedReplies: return tr("Data replies whose body could not be read (truncated, wrong types); each is in the job log with its JSON path, and the job went on.");
    case QualityCheck::RowsOutsideWindow: return tr("Historic rows stamped before the requested start or at or after its end: not the data that was asked for.");
    }
    return {};
}

QString QualityText::verdictName(QualityVerdict verdict)
{
    switch (verdict) {
    case QualityVerdict::Pass: return tr("pass");
    case QualityVerdict::Warn: return tr("warn");
    case QualityVerdict::Fail: return tr("fail");
    }
    return {};
}

QColor QualityText::verdictColor(QualityVerdict verdict)
{
    switch (verdict) {
    case QualityVerdict::Pass: return QColor(0x2e, 0x7d, 0x32);
    case QualityVerdict::Warn: return QColor(0xb2, 0x6a, 0x00);
    case QualityVerdict::Fail: return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

bool QualityText::isRowCheck(QualityCheck check)
{
    return int(check) <= int(QualityCheck::NonFiniteValues);
}

QString QualityText::siteText(const FindingSite &site)
{
    if (site.rowIndex < 0)
        return ReadinessText::sinceConfigure(site.atMs);
    const QString time = ltrIsolate(DateText::timeOfEpochMs(site.rowStartMs, true));
    if (site.channel <= 0)
        return time;
    return tr("%1 · channel %2").arg(time, ReadinessText::number(site.channel));
}

QString QualityText::metadataFieldName(const QString &field)
{
    if (field == QLatin1String("dx"))
        return tr("channel spacing (dx)");
    if (field == QLatin1String("prr"))
        return tr("pulse repetition rate");
    if (field == QLatin1String("number_of_channels"))
        return tr("number of channels");
    if (field == QLatin1String("fiber_description"))
        return tr("fiber description");
    return field;
}

QString QualityText::summary(const QualityChecker &c)
{
    int fail = 0, warn = 0, pass = 0;
    for (int i = 0; i < kQualityCheckCount; ++i) {
        switch (c.verdict(QualityCheck(i))) {
        case QualityVerdict::Pass: ++pass; break;
        case QualityVerdict::Warn: ++warn; break;
        case QualityVerdict::Fail: ++fail; break;
        }
    }
    return tr("%1 fail, %2 warn, %3 pass · %4")
        .arg(ReadinessText::number(fail), ReadinessText::number(warn), ReadinessText::number(pass),
             tr("%Ln row(s) checked", nullptr, int(c.rowsChecked())));
}

} // namespace wf
