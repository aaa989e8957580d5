// Hostile gRPC streams (issue 24), each a focus-sim --stream-fault (or --no-live-source) against the
// controller reading the job's DataStream: the viewer never crashes or freezes (a heartbeat on the
// event loop), keeps every good row (no missing channel, no gap), and says what happened (the job's
// error log names it). Mechanisms measured at short settings where the real ones take minutes.
#include "support/grpcrig.h"
#include "support/heartbeat.h"
#include "streaminspector.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QtTest>

using namespace wf;
using namespace wf::emu;
using wf::test::GrpcRig;
using wf::test::Heartbeat;
using wf::test::scaledMs;

namespace {

ConfigureRequest job(int lo = 1, int hi = 50)
{
    return wf::test::streamJob(lo, hi);
}

EmulatorOptions hostile(const QString &fault, int afterRows = 20)
{
    EmulatorOptions o;
    o.waterfallRouteAbsent = true; // rows only on the stream (the incident's servers)
    o.consumerDelayMs = 100;
    o.streamFault = fault;
    o.streamFaultAfterRows = afterRows;
    return o;
}

bool said(const ReadinessController &c, const QString &what)
{
    for (const JobErrorEntry &e : c.errors())
        if (e.message.contains(what))
            return true;
    return false;
}

QString errorsText(const ReadinessController &c)
{
    QStringList out;
    for (const JobErrorEntry &e : c.errors())
        out << e.message;
    return out.join(QLatin1Char('\n')).right(2000);
}

qint64 residentKb()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> v = f.readAll().split(' ');
    return v.size() > 1 ? v[1].toLongLong() * 4 : 0;
}

void requireEveryGoodRow(GrpcRig &rig)
{
    const QualityChecker &q = rig.quality->checker();
    QVERIFY2(q.count(QualityCheck::MissingChannels) == 0, qPrintable(errorsText(*rig.ctl)));
    QCOMPARE(q.count(QualityCheck::TimestampGaps), 0);
    QCOMPARE(q.count(QualityCheck::TimestampsBackwards), 0);
    QCOMPARE(q.count(QualityCheck::DuplicateChannels), 0);
}

} // namespace

class TestHostileStreams : public QObject
{
    Q_OBJECT

  private slots:
    // Extra frames beside the good ones: a shape of 2^31 values with 16 bytes, main_data of the wrong
    // length or count. Each is refused and said; nothing is allocated from the shape; every row is kept.
    void refusedFramesKeepEveryGoodRow_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("evidence");
        QTest::newRow("huge-shape") << QStringLiteral("huge-shape") << QStringLiteral("shape");
        QTest::newRow("wrong-length") << QStringLiteral("wrong-length") << QStringLiteral("main_data");
    }
    void refusedFramesKeepEveryGoodRow()
    {
        QFETCH(QString, fault);
        QFETCH(QString, evidence);
        Heartbeat beat;
        GrpcRig rig(hostile(fault, 5));
        const qint64 rssBefore = residentKb();
        rig.ctl->start(job());
        QTRY_VERIFY_WITH_TIMEOUT(rig.ctl->rowsReceived() > 120, scaledMs(20'000));
        const auto status = rig.ctl->streamSource()->status();
        QVERIFY(status[0].badFrames >= 10);
        QCOMPARE(status[1].badFrames + status[2].badFrames, 0);
        QCOMPARE(rig.ctl->state(), JobState::StreamingData); // a bad frame between good ones is no verdict
        QVERIFY2(said(*rig.ctl, QStringLiteral("bad_frame: ")) && said(*rig.ctl, evidence), qPrintable(errorsText(*rig.ctl)));
        requireEveryGoodRow(rig);
        QVERIFY2(residentKb() - rssBefore < 200 * 1024, "memory grew by more than 200 MB");
        QVERIFY(beat.maxGapMs() < Heartbeat::freezeLimitMs());
        rig.ctl->stop();
    }

    // row_index repeating the row before, or five rows back, beside the good frames: counted, nothing
    // drawn twice, no row lost.
    void rowIndexBackwardsOrRepeating()
    {
        GrpcRig rig(hostile(QStringLiteral("row-backwards"), 10));
        rig.ctl->start(job());
        QTRY_VERIFY_WITH_TIMEOUT(rig.ctl->rowsReceived() > 120, scaledMs(20'000));
        const auto status = rig.ctl->streamSource()->status();
        QVERIFY(status[0].rowIndexRepeats >= 10);
        QCOMPARE(status[1].rowIndexRepeats, 0);
        requireEveryGoodRow(rig);
        QCOMPARE(rig.ctl->state(), JobState::StreamingData);
        rig.ctl->stop();
    }

    // NaN, +inf, -inf as the server's scale: said once, never counted as a change of scale, the last
    // finite scale kept (it reaches the "server" contrast), every row kept.
    void nonFiniteScale()
    {
        GrpcRig rig(hostile(QStringLiteral("nan-scale"), 10));
        rig.ctl->start(job());
        QTRY_VERIFY_WITH_TIMEOUT(rig.ctl->rowsReceived() > 80, scaledMs(20'000));
        const auto status = rig.ctl->streamSource()->status();
        QVERIFY(status[0].nonFiniteScales >= 50);
        StreamInspector inspector; // the frame inspector says it, on a row of its own
        QVERIFY(!inspector.fieldShown(StreamInspector::kNonFiniteScalesField));
        inspector.refresh(rig.ctl.get());
        QVERIFY(inspector.fieldShown(StreamInspector::kNonFiniteScalesField));
        QVERIFY(!inspector.fieldShown(StreamInspector::kFramesDroppedField));
        QVERIFY(inspector.cellText(StreamInspector::kNonFiniteScalesField, 0).remove(QRegularExpression(QStringLiteral("\\D"))).toLongLong() >= 50);
        QVERIFY(std::isfinite(status[0].globalMin) && std::isfinite(status[0].globalMax));
        QVERIFY2(status[0].scaleChanges < 20, qPrintable(QString::number(status[0].scaleChanges)));
        QVERIFY2(said(*rig.ctl, QStringLiteral("bad_scale: ")), qPrintable(errorsText(*rig.ctl)));
        const QualityChecker &q = rig.quality->checker();
        QCOMPARE(q.count(QualityCheck::RangeViolations), 0); // a scale is not a range
        requireEveryGoodRow(rig);
        rig.ctl->stop();
    }

    // One 66 MiB message (over the contract's 50 MB, over the client's 64 MiB): the call fails with a
    // reason, the stream reconnects and the row comes on the next call.
    void oversizeMessage()
    {
        Heartbeat beat;
        GrpcRig rig(hostile(QStringLiteral("oversize"), 10));
        rig.ctl->start(job(1, 8));
        QTRY_VERIFY_WITH_TIMEOUT(rig.ctl->rowsReceived() > 60, scaledMs(20'000));
        QVERIFY(rig.ctl->streamSource()->reconnects() >= 1);
        QVERIFY2(said(*rig.ctl, QStringLiteral("gRPC 8")), qPrintable(errorsText(*rig.ctl)));
        QCOMPARE(rig.ctl->state(), JobState::StreamingData);
        requireEveryGoodRow(rig);
        QVERIFY(beat.maxGapMs() < Heartbeat::freezeLimitMs());
        rig.ctl->stop();
    }

    // A port that accepts TCP and never speaks HTTP/2: the verdict comes at the stream-ready deadline
    // ("did not answer"), the event loop never stops, stop() returns at once.
    void portThatNeverSpeaksHttp2()
    {
        Heartbeat beat;
        ReadinessSettings s;
        s.rowsFrom = RowsFrom::Grpc;
        s.streamReadyTimeoutMs = 3000;
        GrpcRig rig(hostile(QStringLiteral("no-http2")), wf::test::tuned([](StreamSourceConfig &c) {
                        c.connectTimeoutMs = 800;
                        c.keepaliveMs = 300;
                        c.keepaliveTimeoutMs = 300;
                    }));
        rig.ctl->start(job(1, 8), s);
        QTRY_VERIFY_WITH_TIMEOUT(isTerminal(rig.ctl->state()), scaledMs(15'000));
        QCOMPARE(rig.ctl->rowsReceived(), 0);
        QVERIFY(rig.ctl->streamUnreached().has_value());
        QVERIFY(!rig.ctl->streamUnreached()->refused); // silent: "did not answer", not "refused connections"
        QElapsedTimer t;
        t.start();
        rig.ctl->stop();
        QVERIFY(t.elapsed() < 2000);
        QVERIFY(beat.maxGapMs() < Heartbeat::freezeLimitMs());
    }

    // A live stream open with no frame (--no-live-source) for 40 keepalive periods (20 minutes at the
    // field client's 30 s): keepalive holds the call, no false end, no reconnect, nothing said.
    void silentStreamIsHeldByKeepalive()
    {
        EmulatorOptions o = hostile(QString());
        o.noLiveSource = true;
        GrpcRig rig(o, wf::test::tuned([](StreamSourceConfig &c) {
                        c.keepaliveMs = 200;
                        c.keepaliveTimeoutMs = 200;
                    }));
        rig.ctl->start(job(1, 8));
        QTRY_VERIFY_WITH_TIMEOUT(rig.ctl->streamSource() && rig.ctl->streamSource()->status().size() == 3
                                     && rig.ctl->streamTimes()[0].connected,
                                 scaledMs(10'000));
        QTest::qWait(8000);
        for (const StreamStatus &st : rig.ctl->streamSource()->status()) {
            QVERIFY(!st.ended);
            QCOMPARE(st.reconnects, 0);
        }
        for (const JobErrorEntry &e : rig.ctl->errors()) // the REST waterfall's 404 is this server's, not the stream's
            QVERIFY2(!e.endpoint.startsWith(QLatin1String("gRPC")), qPrintable(e.message));
        QVERIFY(!isTerminal(rig.ctl->state()));
        rig.ctl->stop();
    }

    // Frames as fast as the connection takes them while the viewer takes each block slowly: the queue
    // between the reader and the viewer stays bounded, what it dropped is counted and said (never as
    // another reader's rows), memory stays flat, the event loop keeps beating.
    void floodIsBoundedAndSaid()
    {
        Heartbeat beat;
        GrpcRig rig(hostile(QStringLiteral("flood")), wf::test::tuned([](StreamSourceConfig &c) { c.maxQueuedBytes = 2 * 1024 * 1024; }));
        rig.ctl->start(job());
        QTRY_VERIFY_WITH_TIMEOUT(rig.ctl->streamSource() && rig.ctl->rowsReceived() > 0, scaledMs(10'000));
        QObject::connect(rig.ctl->streamSource(), &StreamRowSource::rowsArrived, &beat, [] { QThread::usleep(2000); });
        QTest::qWait(1500);
        const qint64 rss1 = residentKb();
        QTest::qWait(4000);
        const qint64 rss2 = residentKb();
        qint64 dropped = 0;
        for (const StreamStatus &st : rig.ctl->streamSource()->status()) {
            dropped += st.framesDropped;
            QCOMPARE(st.rowsMissed, 0);
        }
        QVERIFY2(dropped > 0, "the flood was taken without a drop: not faster than the viewer");
        StreamInspector inspector;
        inspector.refresh(rig.ctl.get());
        QVERIFY(inspector.fieldShown(StreamInspector::kFramesDroppedField));
        QVERIFY(!inspector.fieldShown(StreamInspector::kNonFiniteScalesField));
        QVERIFY2(said(*rig.ctl, QStringLiteral("frames_dropped: ")), qPrintable(errorsText(*rig.ctl)));
        QVERIFY2(!said(*rig.ctl, QStringLiteral("competing_reader")), qPrintable(errorsText(*rig.ctl)));
#if !defined(__SANITIZE_ADDRESS__)
        // Not under AddressSanitizer: its quarantine keeps freed blocks resident by design (up to
        // 256 MB), so the figure says how full the quarantine is; the normal suite measures this.
        QVERIFY2(rss2 - rss1 < 64 * 1024, qPrintable(QStringLiteral("resident memory grew %1 kB in 4 s").arg(rss2 - rss1)));
#else
        Q_UNUSED(rss1);
        Q_UNUSED(rss2);
#endif
        QVERIFY2(beat.maxGapMs() < Heartbeat::freezeLimitMs(), qPrintable(QString::number(beat.maxGapMs())));
        QElapsedTimer t;
        t.start();
        rig.ctl->stop();
        QVERIFY(t.elapsed() < 3000);
    }

    // Each connection cut (RST) in the middle of a message: the stream reconnects each time, says so,
    // and goes on; what was in flight is lost with the connection, never blamed on another reader.
    void connectionCutMidMessage()
    {
        Heartbeat beat;
        GrpcRig rig(hostile(QStringLiteral("cut-mid-message")));
        rig.ctl->start(job());
        QTRY_VERIFY_WITH_TIMEOUT(rig.ctl->streamSource() && rig.ctl->streamSource()->reconnects() >= 3, scaledMs(30'000));
        const qint64 rows = rig.ctl->rowsReceived();
        QElapsedTimer waited;
        waited.start();
        // On failure, what the stream did meanwhile (a CI run once saw fewer than 30 rows in 15 s here).
        const auto meanwhile = [&] {
            return QStringLiteral("%1 rows in %2 ms, %3 reconnects; the job's last errors:\n%4")
                .arg(rig.ctl->rowsReceived() - rows)
                .arg(waited.elapsed())
                .arg(rig.ctl->streamSource()->reconnects())
                .arg(errorsText(*rig.ctl));
        };
        QTRY_VERIFY2_WITH_TIMEOUT(rig.ctl->rowsReceived() > rows + 30, qPrintable(meanwhile()), scaledMs(15'000));
        QVERIFY2(said(*rig.ctl, QStringLiteral("unavailable: ")), qPrintable(errorsText(*rig.ctl)));
        QVERIFY2(!said(*rig.ctl, QStringLiteral("competing_reader")), qPrintable(errorsText(*rig.ctl)));
        QCOMPARE(rig.ctl->state(), JobState::StreamingData);
        QVERIFY(beat.maxGapMs() < Heartbeat::freezeLimitMs());
        rig.ctl->stop();
    }
};

QTEST_MAIN(TestHostileStreams)
#include "tst_hostilestreams.moc"
