// QualityChecker: every check counts exactly on literal rows, keeps its first and latest site,
// and the report object carries every key.
#include "data/quality.h"
#include "api/waterfallcodec.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QtTest>
#include <cmath>

using namespace wf;

namespace {

// One sensor per channel id (0-based ids), `k` samples each, value v everywhere.
WaterfallRow row(qint64 start, qint64 end, const std::vector<int> &ids, std::vector<std::vector<float>> samples = {})
{
    WaterfallRow r;
    r.canvasId = "c1";
    r.startMs = start;
    r.endMs = end;
    r.offsets.push_back(0);
    for (size_t i = 0; i < ids.size(); ++i) {
        r.sensorIds.push_back(ids[i]);
        const std::vector<float> s = i < samples.size() ? samples[i] : std::vector<float>{10.0f};
        for (float v : s) {
            r.samples.push_back(v);
            if (!std::isfinite(v))
                ++r.nonFinite;
        }
        r.offsets.push_back(uint32_t(r.samples.size()));
    }
    return r;
}

WaterfallBlock block(std::vector<WaterfallRow> rows, double mn = 0, double mx = 100)
{
    WaterfallBlock b;
    b.rows = std::move(rows);
    b.currentMinAmp = mn;
    b.currentMaxAmp = mx;
    return b;
}

ConfigureRequest channels(int lo, int hi)
{
    ConfigureRequest q;
    q.channelMin = lo;
    q.channelMax = hi;
    return q;
}

} // namespace

class TestQuality : public QObject
{
    Q_OBJECT
  private slots:
    void cleanStreamHasNoFindings()
    {
        QualityChecker c;
        c.reset(channels(1, 3));
        c.addBlocks({block({row(0, 100, {0, 1, 2}), row(100, 200, {0, 1, 2})}), block({row(200, 300, {0, 1, 2})})});
        QVERIFY(!c.anyFindings());
        QCOMPARE(c.rowsChecked(), 3);
        QCOMPARE(c.blocksChecked(), 2);
        QCOMPARE(c.samplesChecked(), 9);
        for (int i = 0; i < kQualityCheckCount; ++i)
            QCOMPARE(c.verdict(QualityCheck(i)), QualityVerdict::Pass);
    }

    void negativesCountSamplesAndRows()
    {
        QualityChecker c;
        c.reset(channels(1, 3));
        c.addBlocks({block({row(0, 100, {0, 1, 2}, {{1}, {-2, -3}, {-0.5f}}), row(100, 200, {0, 1, 2})}, -3, 100)});
        c.addBlocks({block({row(200, 300, {0, 1, 2}, {{-1}, {2}, {3}})}, -1, 100)}, 1234);
        QCOMPARE(c.count(QualityCheck::NegativeValues), 4);
        QCOMPARE(c.count(QualityCheck::RowsWithNegative), 2);
        QCOMPARE(c.count(QualityCheck::BlocksWithNegativeRange), 2);
        const Finding &f = c.finding(QualityCheck::NegativeValues);
        QCOMPARE(f.first->rowStartMs, 0);
        QCOMPARE(f.first->channel, 2);  // id 1
        QCOMPARE(f.latest->rowStartMs, 200);
        QCOMPARE(f.latest->channel, 1); // id 0
        QCOMPARE(f.latest->atMs, 1234);
        QCOMPARE(c.verdict(QualityCheck::NegativeValues), QualityVerdict::Fail);
    }

    void negativeInfinityIsNonFiniteOnly()
    {
        QualityChecker c;
        c.reset(channels(1, 2));
        const float nan = std::numeric_limits<float>::quiet_NaN(), inf = std::numeric_limits<float>::infinity();
        c.addBlocks({block({row(0, 100, {0, 1}, {{nan, 1}, {-inf, inf}})})});
        QCOMPARE(c.count(QualityCheck::NonFiniteValues), 3);
        QCOMPARE(c.count(QualityCheck::NegativeValues), 0);
        QCOMPARE(c.count(QualityCheck::RangeViolations), 0); // non-finite samples are not compared
        QCOMPARE(c.finding(QualityCheck::NonFiniteValues).first->channel, 1);
        QCOMPARE(c.finding(QualityCheck::NonFiniteValues).latest->channel, 2);
    }

    // Literal 201 bodies as a server writes them: samples with three decimals, each block's
    // current_min_amp/current_max_amp the smallest and largest of its own samples' text. Samples
    // are stored as float32; a sample equal to its bound must stay inside it. Ten blocks of which
    // one really violates its range: exactly one finding (the float/double mix reported 7).
    void rangeBoundsEqualToSamplesAreInside()
    {
        QRandomGenerator rng(20261202);
        for (int trial = 0; trial < 200; ++trial) {
            QByteArray body = "[";
            const int blocks = 10, bad = int(rng.bounded(blocks));
            for (int b = 0; b < blocks; ++b) {
                QByteArray rows;
                qint64 lo = std::numeric_limits<qint64>::max(), hi = std::numeric_limits<qint64>::min();
                for (int r = 0; r < 3; ++r) {
                    rows += r ? "," : "";
                    rows += "{\"canvasId\":\"c1\",\"sensors\":[";
                    for (int id = 0; id < 4; ++id) {
                        rows += id ? "," : "";
                        rows += "{\"id\":" + QByteArray::number(id) + ",\"intensity\":[";
                        for (int k = 0; k < 2; ++k) {
                            const qint64 milli = qint64(rng.bounded(1'143'470)); // 0.000 .. 1143.469
                            lo = std::min(lo, milli);
                            hi = std::max(hi, milli);
                            rows += (k ? "," : "") + QByteArray::number(milli / 1000) + '.'
                                    + QByteArray::number(milli % 1000).rightJustified(3, '0');
                        }
                        rows += "]}";
                    }
                    const qint64 t = 1764946703000 + (b * 3 + r) * 500;
                    rows += "],\"startTimestamp\":" + QByteArray::number(t) + ",\"endTimestamp\":"
                            + QByteArray::number(t + 500) + "}";
                }
                auto text = [](qint64 milli) {
                    return QByteArray::number(milli / 1000) + '.' + QByteArray::number(milli % 1000).rightJustified(3, '0');
                };
                // The violating block reports a maximum one thousandth below its largest sample.
                const QByteArray maxText = b == bad ? text(hi - 1) : text(hi);
                body += (b ? "," : "") + QByteArray("{\"rows\":[") + rows + "],\"current_max_amp\":" + maxText
                        + ",\"current_min_amp\":" + text(lo) + "}";
            }
            body += "]";
            const auto decoded = decodeWaterfall(body);
            QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().toString()));
            QualityChecker c;
            c.reset(channels(1, 4));
            c.addBlocks(decoded.value());
            QCOMPARE(c.count(QualityCheck::RangeViolations), 1);
            QCOMPARE(c.finding(QualityCheck::RangeViolations).first->rowIndex / 3, qint64(bad));
            QCOMPARE(c.count(QualityCheck::NegativeValues), 0);
        }
    }

    void rangeViolations_data()
    {
        QTest::addColumn<double>("mn");
        QTest::addColumn<double>("mx");
        QTest::addColumn<float>("sample");
        QTest::addColumn<int>("violations");
        QTest::newRow("inside") << 0.0 << 100.0 << 50.0f << 0;
        QTest::newRow("on the edges") << 10.0 << 10.0 << 10.0f << 0;
        QTest::newRow("above max") << 0.0 << 100.0 << 100.5f << 1;
        QTest::newRow("below min") << 5.0 << 100.0 << 4.0f << 1;
        QTest::newRow("max below min") << 50.0 << 40.0 << 45.0f << 1;
    }
    void rangeViolations()
    {
        QFETCH(double, mn);
        QFETCH(double, mx);
        QFETCH(float, sample);
        QFETCH(int, violations);
        QualityChecker c;
        c.reset(channels(1, 2));
        // Two offending samples in one block still make one violating block.
        c.addBlocks({block({row(0, 100, {0, 1}, {{sample}, {sample}}), row(100, 200, {0, 1}, {{sample}, {sample}})}, mn, mx)});
        QCOMPARE(c.count(QualityCheck::RangeViolations), violations);
    }

    void timeContinuity()
    {
        QualityChecker c;
        c.reset(channels(1, 1));
        c.addBlocks({block({
            row(0, 100, {0}),
            row(100, 200, {0}),   // contiguous
            row(250, 350, {0}),   // gap of 50
            row(300, 400, {0}),   // overlap: starts before 350 but after 250
            row(200, 300, {0}),   // backwards: starts before 300
            row(300, 300, {0}),   // contiguous, but a bad span
            row(300, 400, {0}),   // contiguous with the bad span's end
            row(390, 380, {0}),   // overlap and bad span
        })});
        QCOMPARE(c.count(QualityCheck::TimestampGaps), 1);
        QCOMPARE(c.count(QualityCheck::TimestampOverlaps), 2);
        QCOMPARE(c.count(QualityCheck::TimestampsBackwards), 1);
        QCOMPARE(c.count(QualityCheck::BadRowSpans), 2);
        QCOMPARE(c.finding(QualityCheck::TimestampGaps).first->rowStartMs, 250);
        QCOMPARE(c.finding(QualityCheck::TimestampGaps).first->rowIndex, 2);
        QCOMPARE(c.finding(QualityCheck::TimestampOverlaps).latest->rowStartMs, 390);
        QCOMPARE(c.finding(QualityCheck::TimestampsBackwards).first->rowStartMs, 200);
    }

    void continuitySpansReplies()
    {
        QualityChecker c;
        c.reset(channels(1, 1));
        c.addBlocks({block({row(0, 100, {0})})});
        c.addBlocks({block({row(150, 200, {0})})}); // the gap lies between two polls
        QCOMPARE(c.count(QualityCheck::TimestampGaps), 1);
    }

    void channelCompleteness()
    {
        QualityChecker c;
        c.reset(channels(11, 15)); // ids 10..14
        c.addBlocks({block({
            row(0, 100, {10, 11, 12, 13, 14}),     // complete
            row(100, 200, {10, 12, 14}),           // channels 12 and 14 missing
            row(200, 300, {10, 11, 11, 11, 12, 13, 14, 99, 3}), // 2 duplicates, 2 unexpected
        })});
        QCOMPARE(c.count(QualityCheck::MissingChannels), 2);
        QCOMPARE(c.count(QualityCheck::DuplicateChannels), 2);
        QCOMPARE(c.count(QualityCheck::UnexpectedChannels), 2);
        QCOMPARE(c.finding(QualityCheck::MissingChannels).first->channel, 12);
        QCOMPARE(c.finding(QualityCheck::MissingChannels).latest->channel, 14);
        QCOMPARE(c.finding(QualityCheck::DuplicateChannels).first->channel, 12);
        QCOMPARE(c.finding(QualityCheck::UnexpectedChannels).first->channel, 100);
        QCOMPARE(c.finding(QualityCheck::UnexpectedChannels).latest->channel, 4);
        QCOMPARE(c.verdict(QualityCheck::MissingChannels), QualityVerdict::Warn); // fails at 100 by default
    }

    void extremeSensorIdsAreUnexpectedChannelsAsSent()
    {
        // Any 32-bit id off the wire maps to its channel without overflow (UBSan found
        // 2147483647 + 1 in the 32-bit offset); the finding names the channel as sent.
        QualityChecker c;
        c.reset(channels(11, 15));
        c.addBlocks({block({row(0, 100, {10, 11, 12, 13, 14, 2147483647, -2147483647 - 1})})});
        QCOMPARE(c.count(QualityCheck::UnexpectedChannels), 2);
        QCOMPARE(c.count(QualityCheck::MissingChannels), 0);
        QCOMPARE(c.finding(QualityCheck::UnexpectedChannels).first->channel, qint64(2147483648LL));
        QCOMPARE(c.finding(QualityCheck::UnexpectedChannels).latest->channel, qint64(-2147483647LL));
    }

    void raggedRows()
    {
        QualityChecker c;
        c.reset(channels(1, 3));
        c.addBlocks({block({row(0, 100, {0, 1, 2}, {{1, 2}, {1, 2}, {1, 2}}),
                            row(100, 200, {0, 1, 2}, {{1, 2}, {1, 2, 3}, {1}}),
                            row(200, 300, {0, 1, 2}, {{1}, {1}, {1}})})});
        QCOMPARE(c.count(QualityCheck::RaggedRows), 1); // a row with 1 sample per sensor is not ragged
        QCOMPARE(c.finding(QualityCheck::RaggedRows).first->channel, 2);
    }

    void metadataChangesAndFiberWaits()
    {
        QualityChecker c;
        c.reset(channels(1, 3));
        LiveMetadata m;
        m.dx = 1.02;
        m.prr = 2000;
        m.fiberStartMeters = 0;
        m.numberOfChannels = 2337;
        m.fiberDescription = QStringLiteral("f");
        c.observeMetadata(m, 100);
        c.observeMetadata(m, 200);
        LiveMetadata changed = m;
        changed.dx = 2.04;
        changed.fiberDescription = QStringLiteral("g");
        c.observeMetadata(changed, 300);
        LiveMetadata waiting; // what the server says without a fiber: zeroes, no fiber start
        waiting.swVersion = QStringLiteral("waiting for fiber");
        waiting.fiberDescription = QStringLiteral("waiting for fiber");
        c.observeMetadata(waiting, 400);
        c.observeMetadata(waiting, 500);
        c.observeMetadata(changed, 600); // the same fiber as before the wait: no change
        QCOMPARE(c.count(QualityCheck::MetadataChanges), 2);
        QCOMPARE(c.metadataChanges().size(), size_t(2));
        QCOMPARE(c.metadataChanges()[0].field, QStringLiteral("dx"));
        QCOMPARE(c.metadataChanges()[0].before, QStringLiteral("1.02"));
        QCOMPARE(c.metadataChanges()[0].after, QStringLiteral("2.04"));
        QCOMPARE(c.metadataChanges()[0].atMs, 300);
        QCOMPARE(c.count(QualityCheck::WaitingForFiberPeriods), 1);
        QCOMPARE(c.fiberWaits().front().fromMs, 400);
        QCOMPARE(*c.fiberWaits().front().toMs, 600);
        QCOMPARE(c.metadataSamples(), 6);
        QCOMPARE(c.verdict(QualityCheck::MetadataChanges), QualityVerdict::Warn);
    }

    void consumerCreationThreshold_data()
    {
        QTest::addColumn<qint64>("threshold");
        QTest::addColumn<int>("readyMs"); // -1: never
        QTest::addColumn<int>("findings");
        QTest::newRow("fast") << qint64(5000) << 800 << 0;
        QTest::newRow("at the threshold") << qint64(5000) << 5000 << 0;
        QTest::newRow("slow") << qint64(5000) << 7000 << 1;
        QTest::newRow("never") << qint64(5000) << -1 << 1;
        QTest::newRow("strict threshold") << qint64(500) << 800 << 1;
    }
    void consumerCreationThreshold()
    {
        QFETCH(qint64, threshold);
        QFETCH(int, readyMs);
        QFETCH(int, findings);
        QualityThresholds t;
        t.consumerCreationMs = threshold;
        QualityChecker c;
        c.reset(channels(1, 3), t);
        c.observeConsumerCreation(readyMs < 0 ? std::nullopt : std::optional<qint64>(readyMs), 9000);
        c.observeConsumerCreation(100, 9500); // only the first observation counts
        QCOMPARE(c.count(QualityCheck::SlowConsumerCreation), findings);
    }

    // Historic: rows stamped outside the requested window are a finding (a bound is inside), and the
    // rows' coverage of the window is exact (spans clipped to it).
    void rowsOutsideTheWindow()
    {
        ConfigureRequest q = channels(1, 1);
        q.startTimeS = 1000;
        q.endTimeS = 1010;
        QualityChecker c;
        c.reset(q);
        c.addBlocks({block({row(999'900, 1'000'000, {0}), row(1'000'000, 1'000'500, {0}), row(1'009'500, 1'010'000, {0}),
                            row(1'010'000, 1'010'500, {0}), row(3'610'000, 3'610'500, {0})})});
        QCOMPARE(c.count(QualityCheck::RowsOutsideWindow), 3); // before the start, at the end, an hour later
        QCOMPARE(c.windowCoveredMs(), 1000);
        const QJsonObject o = qualityJson(c);
        QCOMPARE(o.value("rows_outside_window").toInt(), 3);
        QCOMPARE(o.value("historic_window").toObject().value("requested_ms").toInt(), 10'000);
        QCOMPARE(o.value("historic_window").toObject().value("covered_ms").toInt(), 1000);
        QualityChecker live;
        live.reset(channels(1, 1));
        live.addBlocks({block({row(0, 100, {0})})});
        QCOMPARE(live.count(QualityCheck::RowsOutsideWindow), 0); // live: no window
    }

    void thresholdsDecideVerdicts()
    {
        QualityThresholds t;
        t.failAt[size_t(QualityCheck::TimestampGaps)] = 2;
        QualityChecker c;
        c.reset(channels(1, 1), t);
        c.addBlocks({block({row(0, 100, {0}), row(150, 200, {0})})});
        QCOMPARE(c.verdict(QualityCheck::TimestampGaps), QualityVerdict::Warn);
        c.addBlocks({block({row(250, 300, {0})})});
        QCOMPARE(c.verdict(QualityCheck::TimestampGaps), QualityVerdict::Fail);
        t.failAt[size_t(QualityCheck::TimestampGaps)] = 0; // warn only
        c.setThresholds(t);
        QCOMPARE(c.verdict(QualityCheck::TimestampGaps), QualityVerdict::Warn);
    }

    void decodedNanTokensAreCounted()
    {
        const QByteArray body = R"([{"rows":[{"canvasId":"c","sensors":[{"id":0,"intensity":[NaN,-Infinity,1.5]},
            {"id":1,"intensity":[Infinity,-2,3]}],"startTimestamp":10,"endTimestamp":20}],
            "current_max_amp":3,"current_min_amp":-2}])";
        Result<WaterfallBlocks> blocks = decodeWaterfall(body);
        QVERIFY(blocks.ok());
        QualityChecker c;
        c.reset(channels(1, 2));
        c.addBlocks(blocks.value());
        QCOMPARE(c.count(QualityCheck::NonFiniteValues), 3);
        QCOMPARE(c.count(QualityCheck::NegativeValues), 1);
        QCOMPARE(c.count(QualityCheck::BlocksWithNegativeRange), 1);
        QCOMPARE(c.count(QualityCheck::RangeViolations), 0);
    }

    void resetForgetsEverything()
    {
        QualityChecker c;
        c.reset(channels(1, 2));
        c.addBlocks({block({row(0, 100, {0}, {{-1}})}, -1, 5)});
        QVERIFY(c.anyFindings());
        c.reset(channels(1, 1));
        QVERIFY(!c.anyFindings());
        c.addBlocks({block({row(0, 100, {0})})}); // continuity restarts too: no gap from the old row
        QVERIFY(!c.anyFindings());
    }

    void reportCarriesEveryKey()
    {
        QualityChecker c;
        c.reset(channels(1, 2));
        c.addBlocks({block({row(0, 100, {0}, {{-1}})}, -1, 5)}, 42);
        const QJsonObject o = qualityJson(c);
        for (const char *key : {"negative_values", "rows_with_negative", "blocks_with_negative_range", "range_violations",
                                "timestamp_gaps", "timestamp_overlaps", "timestamps_backwards", "bad_row_spans",
                                "missing_channels", "duplicate_channels", "unexpected_channels", "ragged_rows",
                                "non_finite_values", "metadata_changes", "waiting_for_fiber_periods",
                                "slow_consumer_creation"}) {
            QVERIFY2(o.value(QLatin1String(key)).isDouble(), key);
            QVERIFY(qualityCheckFromKey(QLatin1String(key)).has_value());
        }
        QCOMPARE(o.value("negative_values").toInt(), 1);
        QCOMPARE(o.value("missing_channels").toInt(), 1);
        QCOMPARE(o.value("any_findings").toBool(), true);
        const QJsonObject neg = o.value("occurrences").toObject().value("negative_values").toObject();
        QCOMPARE(neg.value("first").toObject().value("channel").toInt(), 1);
        QCOMPARE(neg.value("first").toObject().value("row_start_ms").toInt(), 0);
        QCOMPARE(neg.value("latest").toObject().value("at_ms").toInt(), 42);
        QCOMPARE(o.value("verdicts").toObject().value("negative_values").toString(), QStringLiteral("fail"));
        QCOMPARE(o.value("verdicts").toObject().value("timestamp_gaps").toString(), QStringLiteral("pass"));
        QVERIFY(o.value("consumer_creation_ms").isNull());
        QCOMPARE(o.value("consumer_creation_threshold_ms").toInt(), 5000);
        QCOMPARE(o.value("channels").toArray(), (QJsonArray{1, 2}));
    }
};

QTEST_GUILESS_MAIN(TestQuality)
#include "tst_quality.moc"
