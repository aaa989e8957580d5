// The gRPC stream's global_minimum/global_maximum are a colour scale the server keeps, not a frame's
// range (recorded 2025-12): the frame inspector names it as the server's scale with its changes, shows
// the values read beside it as data (never marked against it), and the waterfall's "server" contrast
// uses it for gRPC rows, whose blocks carry no current_min_amp/current_max_amp.
#include "net/focusclient.h"
#include "focusemulator.h"
#include "grpc/grpcrowsource.h"
#include "net/jobapi.h"
#include "job/readinesscontroller.h"
#include "scenarios.h"
#include "streaminspector.h"
#include "stream/streamsource.h"
#include "waterfallpanel.h"
#include "support/grpcrig.h"
#include "support/heartbeat.h"

#include <QTableWidget>
#include <QtTest>

using namespace wf;
using namespace wf::emu;
using wf::test::scaledMs;

namespace {

using Rig = wf::test::GrpcRig;

// focus-sim --profile recorded-2025-12: global_minimum 0, a global_maximum climbing every 97 rows.
EmulatorOptions recorded()
{
    EmulatorOptions o;
    applyProfile(QStringLiteral("recorded-2025-12"), o);
    o.streamReadyDelayMinMs = o.streamReadyDelayMaxMs = 300;
    return o;
}

ConfigureRequest job()
{
    ConfigureRequest q;
    q.channelMin = 1;
    q.channelMax = 8;
    q.nfft = 256;
    q.freqMax = 500;
    return q;
}

ReadinessSettings fromStream()
{
    ReadinessSettings s;
    s.rowsFrom = RowsFrom::Grpc;
    return s;
}

} // namespace

class TestStreamScale : public QObject
{
    Q_OBJECT

  private slots:
    void scaleTextSaysItsChanges()
    {
        StreamStatus s;
        s.globalMin = 0;
        s.globalMax = 1143.47f;
        const QString range = QChar(0x2066) + QStringLiteral("0 – %1").arg(QLocale().toString(1143.47, 'g', 6)) + QChar(0x2069);
        QCOMPARE(StreamInspector::scaleText(s), range + QStringLiteral(", unchanged"));
        s.scaleChanges = 3;
        s.scaleChangedAtRow = 291;
        QCOMPARE(StreamInspector::scaleText(s).remove(QChar(0x2066)).remove(QChar(0x2069)),
                 QStringLiteral("0 – %1, changed 3 times, last at row 291").arg(QLocale().toString(1143.47, 'g', 6)));
    }

    void inspectorShowsTheServerScaleAndNeverMarksValuesOutsideIt()
    {
        EmulatorOptions o = recorded();
        o.negativeRowRate = 0.5; // values below global_minimum 0: outside the scale, and data
        Rig rig(o);
        StreamInspector inspector;
        rig.ctl->start(job(), fromStream());
        // Values beyond the scale were read, in the latest frame (the one the inspector shows: the check
        // and the refresh run with no event between them, so they see the same frame).
        QTRY_VERIFY_WITH_TIMEOUT(rig.ctl->streamSource() && !rig.ctl->streamSource()->status().empty()
                                     && rig.ctl->streamSource()->status().front().decodedMin < 0,
                                 scaledMs(30'000));
        inspector.refresh(rig.ctl.get());
        auto *table = inspector.findChild<QTableWidget *>();
        QVERIFY(table);
        const QString header = table->verticalHeaderItem(8)->text();
        QVERIFY2(header.startsWith(QStringLiteral("Server scale")), qPrintable(header));
        QVERIFY(table->verticalHeaderItem(9)->text().contains(QStringLiteral("(data)")));
        const StreamStatus s = rig.ctl->streamSource()->status().front();
        QCOMPARE(inspector.cellText(8, 0), StreamInspector::scaleText(s));
        QVERIFY2(inspector.cellText(8, 0).contains(QStringLiteral("changed")), qPrintable(inspector.cellText(8, 0))); // unchanged or changed
        QVERIFY(inspector.cellText(9, 0).contains(QLatin1Char('-'))); // a negative value read, shown as it is
        for (int i = 0; i < inspector.streamCount(); ++i)
            QCOMPARE(table->item(9, i)->foreground(), QBrush()); // data, not a defect
        QVERIFY(s.rangeMismatches > 0);
        rig.ctl->stop();
    }

    void serverContrastUsesTheStreamScale()
    {
        Rig rig(recorded());
        WaterfallPanel panel;
        panel.resize(900, 600);
        panel.attach(rig.ctl.get());
        panel.contrast().setMode(ContrastMode::Server);
        rig.ctl->start(job(), fromStream());
        QTRY_VERIFY_WITH_TIMEOUT(panel.store().totalRows() > 20, scaledMs(30'000));
        QVERIFY(panel.contrast().hasServerRange());
        auto scaleMax = [&rig] {
            float hi = 0;
            for (const StreamStatus &s : rig.ctl->streamSource()->status())
                hi = std::max(hi, s.globalMax);
            return double(hi);
        };
        QVERIFY(scaleMax() > 0);
        QCOMPARE(panel.contrast().levels().min, 0.0);
        QTRY_COMPARE(panel.contrast().levels().max, scaleMax()); // the scale climbs: the levels follow it
        rig.ctl->stop();
    }
};

QTEST_MAIN(TestStreamScale)
#include "tst_streamscale.moc"
