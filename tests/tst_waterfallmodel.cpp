// WaterfallModel and the RowSource seam: a job's geometry is told before its rows, a follower that
// joins mid-job starts over with the source's current geometry, the background history goes on and
// comes back, the arrival rate is on the source's clock; and the two percentile definitions.
#include "data/rowsource.h"
#include "support/scriptedsource.h"
#include "base/stats.h"
#include "base/virtualclock.h"
#include "data/waterfallmodel.h"

#include <QSignalSpy>
#include <QtTest>
#include <cmath>

using namespace wf;

using namespace wf::test;

class TestWaterfallModel : public QObject
{
    Q_OBJECT
  private slots:
    void geometryIsToldOncePerJob()
    {
        ScriptedSource source;
        QSignalSpy told(&source, &RowSource::jobChanged);
        source.newJob();
        source.send(geometry(QStringLiteral("a"), 1, 10), 2, 1000);
        source.send(geometry(QStringLiteral("a"), 1, 10), 2, 1200);
        QCOMPARE(told.size(), 1);
        source.newJob(); // the same job id started again (a replay of it) is told again
        source.send(geometry(QStringLiteral("a"), 1, 10), 1, 1000);
        QCOMPARE(told.size(), 2);
        source.send(geometry(QStringLiteral("a"), 1, 20), 1, 1100); // the geometry changed mid-job
        QCOMPARE(told.size(), 3);
        QCOMPARE(source.geometry().hi, 20);
    }

    void newJobResetsTheHistory()
    {
        ScriptedSource source;
        WaterfallModel model;
        QSignalSpy replaced(&model, &WaterfallModel::historyReplaced);
        model.attach(&source);
        source.newJob();
        source.send(geometry(QStringLiteral("a"), 5, 9), 3, 1000, 12.5);
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(model.store().channelLo(), 5);
        QCOMPARE(model.store().channelHi(), 9);
        QCOMPARE(model.store().size(), qint64(3));
        QCOMPARE(model.latencyMs().value_or(-1), 12.5);
        QCOMPARE(model.store().line(model.store().firstSeq())[0], 5.0f);
        source.newJob();
        source.send(geometry(QStringLiteral("b"), 1, 4), 1, 5000);
        QCOMPARE(replaced.size(), 2);
        QCOMPARE(model.store().size(), qint64(1));
        QCOMPARE(model.store().channelHi(), 4);
        QCOMPARE(model.geometry().jobId, QStringLiteral("b"));
    }

    void attachedMidJobStartsWithTheCurrentGeometry()
    {
        ScriptedSource source;
        source.newJob();
        source.send(geometry(QStringLiteral("a"), 3, 7), 2, 1000);
        WaterfallModel model;
        model.attach(&source);
        source.send(geometry(QStringLiteral("a"), 3, 7), 4, 1200); // no jobChanged: already told
        QCOMPARE(model.store().channelLo(), 3);
        QCOMPARE(model.store().size(), qint64(4));
    }

    void backgroundHistoryGoesOnAndComesBack()
    {
        ScriptedSource live, replay;
        WaterfallModel model;
        model.attach(&live);
        live.newJob();
        live.send(geometry(QStringLiteral("live"), 1, 10), 5, 1000);
        model.attach(&replay, WaterfallModel::Previous::KeepInBackground);
        QCOMPARE(model.store().size(), qint64(0)); // the replay's history starts empty
        replay.newJob();
        replay.send(geometry(QStringLiteral("rec"), 1, 3), 2, 9000);
        live.send(geometry(QStringLiteral("live"), 1, 10), 4, 1500); // undrawn, but kept
        QCOMPARE(model.store().size(), qint64(2));
        QCOMPARE(model.store().channelHi(), 3);
        model.attach(&live);
        QCOMPARE(model.store().size(), qint64(9));
        QCOMPARE(model.geometry().jobId, QStringLiteral("live"));
        QCOMPARE(model.store().channelHi(), 10);
        replay.send(geometry(QStringLiteral("rec"), 1, 3), 2, 9200); // no longer followed
        QCOMPARE(model.store().size(), qint64(9));
    }

    void rateIsOnTheSourceClock()
    {
        ScriptedSource source;
        WaterfallModel model;
        model.attach(&source);
        source.newJob();
        source.send(geometry(QStringLiteral("a"), 1, 2), 10, 1000);
        source.virtualClock().advance(1000);
        source.send(geometry(QStringLiteral("a"), 1, 2), 15, 2000);
        QCOMPARE(model.rowsPerSecond(), 25 / 5.0);
        source.virtualClock().advance(4500); // the first batch is older than the 5 s window
        QCOMPARE(model.rowsPerSecond(), 15 / 5.0);
        source.virtualClock().advance(1000);
        QCOMPARE(model.rowsPerSecond(), 0.0);
    }

    void percentiles()
    {
        std::vector<double> v;
        for (int i = 1; i <= 20; ++i)
            v.push_back(i);
        QCOMPARE(observedPercentile(v, 95), 19.0); // nearest rank: ceil(0.95 × 20) = 19th
        QCOMPARE(observedPercentile(v, 100), 20.0);
        QCOMPARE(observedPercentile(v, 0), 1.0);
        QCOMPARE(observedPercentile(v, 50), 10.0);
        QVERIFY(std::isnan(observedPercentile({}, 50)));
        std::vector<float> f(v.begin(), v.end());
        QCOMPARE(percentile(f, 95), 19.05); // interpolated between the 19th and 20th
        QCOMPARE(percentile(f, 50), 10.5);
    }
};

QTEST_GUILESS_MAIN(TestWaterfallModel)
#include "tst_waterfallmodel.moc"
