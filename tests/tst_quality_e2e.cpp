// Data-quality checks end to end: the emulator injects known numbers of every defect, the real
// `focusctl watch` follows the job, and its report's "quality" object must show exactly those
// numbers; --fail-on-findings turns them into exit status 1.
#include "net/focusclient.h"
#include "focusemulator.h"
#include "support/heartbeat.h"

#include "support/defects.h"
#include "support/focusctlrun.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using wf::emu::EmulatorOptions;
using wf::emu::FocusEmulator;

namespace {

using Run = wf::test::FocusctlRun;
using wf::test::historicWindow;

} // namespace

class TestQualityE2E : public QObject
{
    Q_OBJECT
  private slots:
    void injectedDefectsAreCountedExactly();
    void cleanRunPassesFailOnFindings();
    void metadataChangeIsReported();
    void slowConsumerIsAFinding();

  private:
    void watch(const QStringList &args, Run &run);
};

void TestQualityE2E::watch(const QStringList &args, Run &run)
{
    WF_RUN_FOCUSCTL(run, QStringLiteral(FOCUSCTL_PATH),
                    QStringList{QStringLiteral("watch"), QStringLiteral("--report"), QStringLiteral("-"), QStringLiteral("--lang"),
                                QStringLiteral("en")}
                        + args,
                    wf::test::Stdout::Json);
}

void TestQualityE2E::injectedDefectsAreCountedExactly()
{
    EmulatorOptions o = wf::test::everyDefect();
    o.samplesPerSensor = 2;
    FocusEmulator emu(o);
    QVERIFY2(emu.start() != 0, qPrintable(emu.startError()));
    const auto window = historicWindow(emu, 20);
    QVERIFY(window);

    Run run;
    watch({QStringLiteral("--server"), emu.baseUrl(), QStringLiteral("--historic"),
           QStringLiteral("%1-%2").arg(window->first).arg(window->second), QStringLiteral("--rows"),
           QStringLiteral("1000000"), QStringLiteral("--fail-on-findings")},
          run);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(run.json.value("diagnosis").toString(), QStringLiteral("analyzer_exited"));
    QCOMPARE(run.exitCode, 1); // 0 without the findings
    const QJsonObject q = run.json.value("quality").toObject();
    const wf::emu::EmulatorStats &s = emu.stats();
    QCOMPARE(qint64(q.value("rows_checked").toDouble()), s.rowsServed);
    QCOMPARE(qint64(run.json.value("rows_received").toDouble()), s.rowsServed);
    const QList<QPair<const char *, qint64>> expected = {
        {"negative_values", s.negativeSamples},      {"rows_with_negative", s.negativeRows},
        {"blocks_with_negative_range", s.negativeBlockRanges}, {"range_violations", s.rangeViolations},
        {"timestamp_gaps", s.gaps},                  {"timestamp_overlaps", s.overlaps},
        {"timestamps_backwards", s.backwardsRows},   {"bad_row_spans", s.badSpans},
        {"missing_channels", s.droppedChannels},     {"duplicate_channels", s.duplicatedChannels},
        {"unexpected_channels", s.unexpectedChannels}, {"ragged_rows", s.raggedRows},
        {"non_finite_values", s.nanSamples},
    };
    for (const auto &[key, injected] : expected) {
        QVERIFY2(injected > 0, key); // the run is long enough for every defect to appear
        QVERIFY2(qint64(q.value(QLatin1String(key)).toDouble()) == injected,
                 qPrintable(QStringLiteral("%1: report %2, injected %3").arg(QLatin1String(key)).arg(q.value(QLatin1String(key)).toDouble()).arg(injected)));
        // Every finding says where it was first and last seen.
        const QJsonObject at = q.value("occurrences").toObject().value(QLatin1String(key)).toObject();
        QVERIFY2(at.value("first").toObject().contains("row_start_ms"), key);
        QVERIFY2(at.value("latest").toObject().contains("row_start_ms"), key);
    }
    QCOMPARE(q.value("metadata_changes").toInt(), 0);
    QCOMPARE(q.value("slow_consumer_creation").toInt(), 0);
    QVERIFY(run.err.contains(QLatin1String("Quality: negative_values")));
}

void TestQualityE2E::cleanRunPassesFailOnFindings()
{
    EmulatorOptions o;
    o.historicSpeed = 40;
    FocusEmulator emu(o);
    QVERIFY2(emu.start() != 0, qPrintable(emu.startError()));
    const auto window = historicWindow(emu, 5);
    QVERIFY(window);
    Run run;
    watch({QStringLiteral("--server"), emu.baseUrl(), QStringLiteral("--historic"),
           QStringLiteral("%1-%2").arg(window->first).arg(window->second), QStringLiteral("--rows"),
           QStringLiteral("1000000"), QStringLiteral("--fail-on-findings")},
          run);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(run.exitCode, 0);
    const QJsonObject q = run.json.value("quality").toObject();
    QCOMPARE(q.value("any_findings").toBool(), false);
    QVERIFY(q.value("rows_checked").toDouble() > 100);
    QVERIFY(q.value("metadata_samples").toDouble() >= 1);
    QVERIFY(q.value("consumer_creation_ms").isDouble());
    QVERIFY2(run.err.contains(QLatin1String("Quality: no findings")), qPrintable(run.err));
}

void TestQualityE2E::metadataChangeIsReported()
{
    EmulatorOptions o;
    o.consumerDelayMs = 100;
    // Counted from the emulator's start: the first sample must come before it, after focusctl has
    // started (slower under sanitizers).
    o.metadataChangeAfterMs = wf::test::scaledMs(1000);
    FocusEmulator emu(o);
    QVERIFY2(emu.start() != 0, qPrintable(emu.startError()));
    Run run;
    // 30 ms rows: 150 rows more than the change takes leave 4.5 s for a sample after it.
    watch({QStringLiteral("--server"), emu.baseUrl(), QStringLiteral("--rows"),
           QString::number(150 + o.metadataChangeAfterMs / 30)},
          run);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(run.exitCode, 0); // without --fail-on-findings a change is reported, not failed
    const QJsonObject q = run.json.value("quality").toObject();
    QCOMPARE(q.value("metadata_changes").toInt(), 1);
    const QJsonObject change = q.value("metadata_change_log").toArray().first().toObject();
    QCOMPARE(change.value("field").toString(), QStringLiteral("dx"));
    QCOMPARE(change.value("after").toString().toDouble(), 2 * o.dx);
    QVERIFY(change.value("at_ms").toDouble() >= o.metadataChangeAfterMs - 200);
}

void TestQualityE2E::slowConsumerIsAFinding()
{
    EmulatorOptions o;
    o.historicSpeed = 40;
    o.consumerDelayMs = 600;
    FocusEmulator emu(o);
    QVERIFY2(emu.start() != 0, qPrintable(emu.startError()));
    const auto window = historicWindow(emu, 2);
    QVERIFY(window);
    const QStringList args{QStringLiteral("--server"), emu.baseUrl(), QStringLiteral("--historic"),
                           QStringLiteral("%1-%2").arg(window->first).arg(window->second),
                           QStringLiteral("--rows"), QStringLiteral("1000000"), QStringLiteral("--consumer-threshold"),
                           QStringLiteral("0.2")};
    Run run;
    watch(args, run);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(run.exitCode, 0); // findings alone change nothing without --fail-on-findings
    const QJsonObject q = run.json.value("quality").toObject();
    QCOMPARE(q.value("slow_consumer_creation").toInt(), 1);
    QCOMPARE(q.value("consumer_creation_threshold_ms").toInt(), 200);
    QVERIFY(q.value("consumer_creation_ms").toDouble() > 200);
    Run strict;
    watch(args + QStringList{QStringLiteral("--fail-on-findings")}, strict);
    QCOMPARE(strict.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestQualityE2E)
#include "tst_quality_e2e.moc"
