// The GUI under a hostile server: the job panel and the waterfall follow a controller whose server
// faults mid-stream. The panel says what happened in words, keeps the failed request in its log and
// the rows already received in its counters and in the waterfall's history; the event loop (and
// so the window) keeps running through the fault.
#include "net/focusclient.h"
#include "focusemulator.h"
#include "readinesspanel.h"
#include "support/heartbeat.h"
#include "waterfallpanel.h"

#include <QtTest>

using namespace wf;
using namespace wf::emu;

class TestFaultsGui : public QObject
{
    Q_OBJECT

  private slots:
    void panelsSurviveAFault_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("inLog");   // the failed request's line in the panel's log
        QTest::addColumn<QString>("evidence"); // the error line in the panel's log
        QTest::newRow("reset-mid-body") << "reset-mid-body" << "connection_closed" << "connection_closed";
        QTest::newRow("stall") << "stall" << "timeout" << "no complete reply within 1500 ms";
        QTest::newRow("truncated-json") << "truncated-json" << "201" << "not_json at [";
        QTest::newRow("proxy-502") << "proxy-502" << "502" << "502 Bad Gateway";
        QTest::newRow("oversize-actual") << "oversize-actual" << "too_large" << "exceeds the cap";
        QTest::newRow("long-string") << "long-string" << "201" << "exceeds the limit";
        QTest::newRow("redirect-302") << "redirect-302" << "302" << "not followed";
    }

    void panelsSurviveAFault()
    {
        QFETCH(QString, fault);
        QFETCH(QString, inLog);
        QFETCH(QString, evidence);
        EmulatorOptions o;
        o.consumerDelayMs = 0;
        o.fault = fault;
        o.faultAfter = 2;
        o.faultBytes = fault == QLatin1String("oversize-actual") ? 4 << 20 : 200'000;
        FocusEmulator emu(o);
        QVERIFY(emu.start() != 0);
        ClientOptions co;
        co.baseUrl = QUrl(emu.baseUrl());
        co.timeoutMs = 1500;
        co.maxBodyBytes = 1 << 20;
        FocusClient client(co);
        ClientJobApi api(&client);
        SystemClock clock;
        ReadinessController ctl(&api, &clock);
        ReadinessPanel panel;
        WaterfallPanel waterfall;
        panel.setController(&ctl);
        panel.setServer(emu.baseUrl(), false);
        waterfall.attach(&ctl);
        panel.resize(800, 900);
        waterfall.resize(900, 600);
        panel.show();
        waterfall.show();

        wf::test::Heartbeat beat;
        ReadinessSettings s;
        s.maxNetworkErrors = 2;
        s.maxServerErrors = 2;
        ConfigureRequest q;
        q.channelMin = 1;
        q.channelMax = 20;
        ctl.start(q, s);
        QTRY_VERIFY_WITH_TIMEOUT(emu.faults().injected() > 0, 20'000);
        const qint64 rowsBefore = ctl.rowsReceived();
        const int ticksAtFault = beat.ticks();
        QTRY_VERIFY_WITH_TIMEOUT(panel.logText().contains(evidence), 20'000);
        QTRY_VERIFY2_WITH_TIMEOUT(beat.ticks() > ticksAtFault + 5, "the event loop keeps running after the fault", 10'000);
        QVERIFY2(beat.maxGapMs() < wf::test::Heartbeat::freezeLimitMs(), qPrintable(QStringLiteral("event loop blocked for %1 ms").arg(beat.maxGapMs())));
        ctl.stop();

        // Nothing lost: the rows before the fault are still counted, drawn and reported (once the
        // panel's next refresh has run).
        QVERIFY(rowsBefore > 0);
        QVERIFY(ctl.rowsReceived() >= rowsBefore);
        QVERIFY(waterfall.store().totalRows() >= rowsBefore);
        QTRY_VERIFY_WITH_TIMEOUT(panel.markdownReport().contains(QString::number(ctl.rowsReceived())),
                                 wf::test::scaledMs(10 * ReadinessPanel::kRefreshMs));
        const QStringList lines = panel.logText().split(QLatin1Char('\n'));
        QVERIFY2(std::any_of(lines.begin(), lines.end(), [&](const QString &l) {
                     return l.contains(QLatin1String("/waterfall/")) && l.contains(inLog);
                 }),
                 qPrintable(panel.logText().right(2000)));
        const QImage shot = panel.grab().toImage();
        QVERIFY(!shot.isNull());
        if (!qEnvironmentVariableIsEmpty("WF_SCREENSHOT_DIR"))
            shot.save(QDir(qEnvironmentVariable("WF_SCREENSHOT_DIR")).filePath(QStringLiteral("fault-%1.png").arg(fault)));
    }
};

QTEST_MAIN(TestFaultsGui)
#include "tst_faultsgui.moc"
