// The quality panel and the HTML session report against the emulator with injected defects: the
// panel's counts, the report's table and its JSON all equal what the emulator injected; "jump to"
// scrolls the waterfall to the finding and frames it.
#include "findingmarker.h"
#include "net/focusclient.h"
#include "focusemulator.h"
#include "job/qualitymonitor.h"
#include "qualitypanel.h"
#include "qualitytext.h"
#include "data/rowstore.h"
#include "sessionreport.h"
#include "waterfallpanel.h"
#include "waterfallplot.h"

#include "support/defects.h"

#include <QJsonDocument>
#include <QDoubleSpinBox>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QLocale>
#include <QPushButton>
#include <QHeaderView>
#include <QtTest>

using namespace wf;
using wf::emu::EmulatorOptions;
using wf::emu::FocusEmulator;

namespace {

EmulatorOptions defects()
{
    EmulatorOptions o = wf::test::everyDefect();
    o.consumerDelayMs = 200;
    return o;
}

QList<QPair<QualityCheck, qint64>> injected(const wf::emu::EmulatorStats &s)
{
    return {{QualityCheck::NegativeValues, s.negativeSamples},       {QualityCheck::RowsWithNegative, s.negativeRows},
            {QualityCheck::BlocksWithNegativeRange, s.negativeBlockRanges}, {QualityCheck::RangeViolations, s.rangeViolations},
            {QualityCheck::TimestampGaps, s.gaps},                   {QualityCheck::TimestampOverlaps, s.overlaps},
            {QualityCheck::TimestampsBackwards, s.backwardsRows},    {QualityCheck::BadRowSpans, s.badSpans},
            {QualityCheck::MissingChannels, s.droppedChannels},      {QualityCheck::DuplicateChannels, s.duplicatedChannels},
            {QualityCheck::UnexpectedChannels, s.unexpectedChannels}, {QualityCheck::RaggedRows, s.raggedRows},
            {QualityCheck::NonFiniteValues, s.nanSamples}};
}

} // namespace

class TestQualityPanel : public QObject
{
    Q_OBJECT
  private slots:
    void panelReportAndInjectedCountsAgree();
    void thresholdsAreRememberedAndApplied();
};

void TestQualityPanel::thresholdsAreRememberedAndApplied()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat);
    {
        QualityPanel panel;
        auto *gaps = panel.findChild<QSpinBox *>(QStringLiteral("failAt_timestamp_gaps"));
        auto *consumer = panel.findChild<QDoubleSpinBox *>(QStringLiteral("consumerThreshold"));
        QVERIFY(gaps && consumer);
        QSignalSpy changed(&panel, &QualityPanel::thresholdsChanged);
        gaps->setValue(3);
        consumer->setValue(2.5);
        QVERIFY(changed.count() >= 2);
        const auto t = changed.last().first().value<QualityThresholds>();
        QCOMPARE(t.failAt[size_t(QualityCheck::TimestampGaps)], 3);
        QCOMPARE(t.consumerCreationMs, 2500);
        panel.saveSettings(settings);
    }
    QualityPanel again;
    QSignalSpy changed(&again, &QualityPanel::thresholdsChanged);
    again.loadSettings(settings);
    QVERIFY(changed.count() >= 1);
    const auto t = changed.last().first().value<QualityThresholds>();
    QCOMPARE(t.failAt[size_t(QualityCheck::TimestampGaps)], 3);
    QCOMPARE(t.consumerCreationMs, 2500);
}

void TestQualityPanel::panelReportAndInjectedCountsAgree()
{
    FocusEmulator emu(defects());
    QVERIFY2(emu.start() != 0, qPrintable(emu.startError()));
    ClientOptions co;
    co.baseUrl = QUrl(emu.baseUrl());
    FocusClient client(co);
    ClientJobApi api(&client);
    SystemClock clock;
    ReadinessController controller(&api, &clock);
    QualityMonitor monitor(&controller, &api);
    QualityPanel panel;
    panel.setMonitor(&monitor);
    WaterfallPanel waterfall;
    waterfall.attach(&controller);
    waterfall.setQuality(&monitor); // one job, one count: the counter under the waterfall is the checks'
    waterfall.resize(1000, 700);
    waterfall.show();
    panel.resize(900, 600);
    panel.show();

    std::optional<QPair<qint64, qint64>> window;
    for (const auto &[start, end] : emu.recordingsMs())
        if (end > 0 && end - start > 200'000 && !window)
            window = QPair<qint64, qint64>{start / 1000 + 60, start / 1000 + 80};
    QVERIFY(window);
    ConfigureRequest q;
    q.channelMin = 1;
    q.channelMax = 60;
    q.startTimeS = window->first;
    q.endTimeS = window->second;
    QSignalSpy finished(&controller, &ReadinessController::finished);
    controller.start(q);
    QVERIFY(finished.wait(60'000));
    QCOMPARE(controller.state(), JobState::Ended);
    panel.refresh();

    // The panel shows exactly what was injected.
    const QualityChecker &c = monitor.checker();
    QCOMPARE(c.rowsChecked(), emu.stats().rowsServed);
    for (const auto &[check, n] : injected(emu.stats())) {
        const char *key = qualityCheckKey(check);
        QVERIFY2(n > 0, key);
        QVERIFY2(c.count(check) == n, qPrintable(QStringLiteral("%1: %2 vs %3").arg(QLatin1String(key)).arg(c.count(check)).arg(n)));
        const QString shown = panel.table()->item(int(check), 2)->text().remove(QRegularExpression(QStringLiteral("[^0-9]")));
        QCOMPARE(shown.toLongLong(), n);
        QCOMPARE(panel.table()->item(int(check), 0)->text().isEmpty(), false);
    }
    QVERIFY(panel.summaryText().contains(QLatin1String("fail")));
    auto *counter = waterfall.findChild<QPushButton *>(QStringLiteral("negativeCounter"));
    QVERIFY(counter);
    const QLocale loc;
    QCOMPARE(counter->text(), QStringLiteral("Negative samples: %1 in %2")
                                  .arg(loc.toString(c.count(QualityCheck::NegativeValues)),
                                       QCoreApplication::translate("WaterfallPanel", "%Ln row(s)", nullptr,
                                                                   int(c.count(QualityCheck::RowsWithNegative)))));

    // The HTML report and its JSON agree with the panel; the waterfall image is embedded.
    QTemporaryDir dir;
    const QString html = dir.filePath(QStringLiteral("report.html"));
    SessionReportInput in;
    in.server = emu.baseUrl();
    in.controller = &controller;
    in.quality = &c;
    in.waterfall = SessionReport::markedWaterfall(*waterfall.plot(), c);
    in.generatedAt = QDateTime::currentDateTime();
    QString error;
    QVERIFY2(SessionReport::save(html, in, &error), qPrintable(error));
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(file.readAll());
    QVERIFY(page.startsWith(QLatin1String("<!DOCTYPE html>")));
    for (const auto &[check, n] : injected(emu.stats())) {
        const QRegularExpression rowRe(QStringLiteral("data-key=\"%1\">.*?<td class=\"count\"><bdi dir=\"ltr\"><code>(\\d+)</code>")
                                           .arg(QLatin1String(qualityCheckKey(check))));
        const QRegularExpressionMatch m = rowRe.match(page);
        QVERIFY2(m.hasMatch(), qualityCheckKey(check));
        QCOMPARE(m.captured(1).toLongLong(), n);
    }
    const QRegularExpressionMatch img = QRegularExpression(QStringLiteral("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"")).match(page);
    QVERIFY(img.hasMatch());
    const QImage embedded = QImage::fromData(QByteArray::fromBase64(img.captured(1).toLatin1()), "PNG");
    QVERIFY(!embedded.isNull());
    QVERIFY(embedded.width() > 100 && embedded.height() > 100);

    QFile jsonFile(SessionReport::jsonPathFor(html));
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(jsonFile.readAll()).object();
    const QJsonObject quality = report.value("quality").toObject();
    for (const auto &[check, n] : injected(emu.stats()))
        QCOMPARE(qint64(quality.value(QLatin1String(qualityCheckKey(check))).toDouble()), n);
    QCOMPARE(report.value("diagnosis").toString(), QStringLiteral("analyzer_exited"));

    // "Jump to": the first negative sample's row comes into view, framed at its channel.
    QSignalSpy jumps(&panel, &QualityPanel::jumpRequested);
    connect(&panel, &QualityPanel::jumpRequested, &waterfall,
            [&waterfall](QualityCheck, const FindingSite &site) { waterfall.showFinding(site.rowStartMs, site.channel); });
    const FindingSite first = *c.finding(QualityCheck::NegativeValues).first;
    emit panel.table()->cellDoubleClicked(int(QualityCheck::NegativeValues), 3);
    QCOMPARE(jumps.count(), 1);
    QVERIFY(!waterfall.plot()->isLive());
    QVERIFY(waterfall.plot()->visibleFromMs() <= double(first.rowStartMs));
    QVERIFY(waterfall.plot()->visibleToMs() >= double(first.rowStartMs));
    QVERIFY(waterfall.findingMarker() && waterfall.findingMarker()->isShowing());
    QVERIFY(waterfall.findingMarker()->frame().contains(QPointF(first.channel, first.rowStartMs / 1000.0)));

    // Failing checks are listed first, then warnings, then passes (the rows keep their checks).
    const QStringList severity{QualityText::verdictName(QualityVerdict::Pass), QualityText::verdictName(QualityVerdict::Warn),
                               QualityText::verdictName(QualityVerdict::Fail)};
    QHeaderView *rows = panel.table()->verticalHeader();
    int previous = 2, failing = 0;
    for (int visual = 0; visual < panel.table()->rowCount(); ++visual) {
        const int row = rows->logicalIndex(visual);
        const int level = int(severity.indexOf(panel.table()->item(row, 0)->text()));
        QVERIFY2(level >= 0 && level <= previous, qPrintable(QStringLiteral("row %1 (%2) after a lesser verdict").arg(visual).arg(panel.table()->item(row, 1)->text())));
        previous = level;
        failing += level == 2;
    }
    QVERIFY(failing > 0);
    QCOMPARE(rows->logicalIndex(0) >= 0, true);
    QVERIFY(panel.table()->item(rows->logicalIndex(0), 0)->text() == severity[2]); // a failing check on top
}

QTEST_MAIN(TestQualityPanel)
#include "tst_qualitypanel.moc"
