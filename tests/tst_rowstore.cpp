// RowStore: the raw waterfall history ring. What a user would notice if it broke: lines in the wrong
// place or time after hours of running (wrap-around), memory creeping up, a k-sample row drawn as
// one line, a missing channel drawn as a value, a negative sample not counted, a gap silently closed.
#include "base/floattext.h"
#include "data/rowstore.h"

#include <QtTest>
#include <cmath>

using namespace wf;

namespace {

// A row over [startMs, endMs) for channels lo..hi (ids = channel - 1), k samples per sensor;
// sample j of channel ch is value(ch, j).
template <typename Value>
WaterfallRow makeRow(qint64 startMs, qint64 endMs, int lo, int hi, int k, Value value)
{
    WaterfallRow row;
    row.canvasId = "c1";
    row.startMs = startMs;
    row.endMs = endMs;
    row.offsets.push_back(0);
    for (int ch = lo; ch <= hi; ++ch) {
        row.sensorIds.push_back(ch - 1);
        for (int j = 0; j < k; ++j)
            row.samples.push_back(value(ch, j));
        row.offsets.push_back(uint32_t(row.samples.size()));
    }
    return row;
}

WaterfallRow flatRow(qint64 startMs, qint64 endMs, int lo, int hi, float v)
{
    return makeRow(startMs, endMs, lo, hi, 1, [v](int, int) { return v; });
}

// A budget that holds exactly `lines` lines of a store of these channels.
qint64 budgetFor(int lo, int hi, qint64 lines)
{
    return RowStore(lo, hi, 1).bytesPerLine() * lines;
}

} // namespace

class TestRowStore : public QObject
{
    Q_OBJECT

  private slots:
    // Exports give a stored float32 back as the wire's decimal text, for every three-decimal value.
    void floatTextIsTheWireText()
    {
        for (int milli = -20000; milli <= 1200000; milli += 7) {
            const QByteArray wire = QByteArray::number(milli / 1000.0, 'f', 3);
            const float stored = float(wire.toDouble());
            const QByteArray back = floatText(stored);
            QCOMPARE(float(back.toDouble()), stored);
            QCOMPARE(back.toDouble(), wire.toDouble()); // "50.12" for "50.120": same value, no 50.1199989
        }
        QCOMPARE(floatText(float(50.123)), QByteArray("50.123"));
        QCOMPARE(floatText(-0.0f), QByteArray("-0"));
        QCOMPARE(floatText(std::numeric_limits<float>::quiet_NaN()), QByteArray("NaN"));
    }
    void capacityFromBudget_data();
    void capacityFromBudget();
    void wrapAroundKeepsSequenceAndContents();
    void memoryBoundedWhateverTheRunLength();
    void kSamplesBecomeKLinesWithSplitTimes();
    void missingChannelIsNaN();
    void shorterSensorIsNaNInLaterLines();
    void outOfRangeIdsIgnoredAndCounted();
    void negativesCountedExactly();
    void negativeTotalsOutliveOverwrite();
    void gapBefore_data();
    void gapBefore();
    void seqAtTime();
    void seqAtTimeAfterWrap();
    void blockRangeKept();
    void clearAndResetKeepSequenceNumbersUnique();
};

void TestRowStore::capacityFromBudget_data()
{
    QTest::addColumn<int>("lo");
    QTest::addColumn<int>("hi");
    QTest::addColumn<qint64>("budget");
    QTest::newRow("default 2222 channels") << 11 << 2232 << RowStore::kDefaultBudgetBytes;
    QTest::newRow("field default 11-109, 1 MiB") << 11 << 109 << qint64(1 << 20);
    QTest::newRow("one channel, 64 KiB") << 5 << 5 << qint64(1 << 16);
    QTest::newRow("budget below one line") << 1 << 2222 << qint64(100);
}

void TestRowStore::capacityFromBudget()
{
    QFETCH(int, lo);
    QFETCH(int, hi);
    QFETCH(qint64, budget);
    RowStore store(lo, hi, budget);
    const int channels = hi - lo + 1;
    QCOMPARE(store.channelCount(), channels);
    // The samples dominate a line; the metadata is small and fixed.
    QVERIFY(store.bytesPerLine() >= qint64(channels) * 4);
    QVERIFY(store.bytesPerLine() <= qint64(channels) * 4 + 128);
    QCOMPARE(store.capacity(), std::max<qint64>(1, budget / store.bytesPerLine()));
    if (budget >= store.bytesPerLine())
        QVERIFY(store.capacity() * store.bytesPerLine() <= budget);
    QCOMPARE(store.size(), 0);
    QCOMPARE(store.bytesUsed(), 0);
    QCOMPARE(store.firstSeq(), store.endSeq());
    QCOMPARE(store.seqAtTime(0), -1);
}

void TestRowStore::wrapAroundKeepsSequenceAndContents()
{
    const int lo = 11, hi = 60;
    const qint64 capacity = 17; // prime, so that the head lands on every slot at every lap
    RowStore store(lo, hi, budgetFor(lo, hi, capacity) + 5);
    QCOMPARE(store.capacity(), capacity);

    const qint64 rows = capacity * 23 + 5;
    auto value = [](qint64 r, int ch) { return float(r * 1000 + ch); };
    for (qint64 r = 0; r < rows; ++r) {
        const WaterfallRow row = makeRow(r * 500, r * 500 + 500, lo, hi, 1, [&](int ch, int) { return value(r, ch); });
        QCOMPARE(store.append(row), 1);
        QCOMPARE(store.endSeq(), r + 1);
        QCOMPARE(store.size(), std::min(r + 1, capacity));
        QCOMPARE(store.firstSeq(), store.endSeq() - store.size());
    }
    QCOMPARE(store.totalRows(), rows);
    QCOMPARE(store.firstSeq(), rows - capacity);
    QVERIFY(!store.line(store.firstSeq() - 1));
    QVERIFY(!store.line(store.endSeq()));
    for (qint64 seq = store.firstSeq(); seq < store.endSeq(); ++seq) {
        const float *line = store.line(seq);
        QVERIFY(line);
        for (int ch = lo; ch <= hi; ++ch)
            QCOMPARE(line[ch - lo], value(seq, ch));
        const LineInfo info = store.lineInfo(seq);
        QCOMPARE(info.startMs, double(seq * 500));
        QCOMPARE(info.endMs, double(seq * 500 + 500));
        QCOMPARE(info.rowIndex, seq);
        QCOMPARE(store.gapBeforeMs(seq), 0.0);
    }
}

void TestRowStore::memoryBoundedWhateverTheRunLength()
{
    const int lo = 1, hi = 2222;
    const qint64 budget = 4 << 20;
    RowStore store(lo, hi, budget);
    const qint64 capacity = store.capacity();
    QVERIFY(capacity > 100);
    const WaterfallRow row = flatRow(0, 500, lo, hi, 7.0f);
    qint64 usedWhenFull = -1;
    for (qint64 r = 0; r < capacity * 12; ++r) {
        store.append(row);
        QVERIFY(store.bytesUsed() <= budget);
        if (r + 1 == capacity)
            usedWhenFull = store.bytesUsed();
        if (r + 1 >= capacity)
            QCOMPARE(store.bytesUsed(), usedWhenFull);
    }
    QCOMPARE(usedWhenFull, capacity * store.bytesPerLine());
    QCOMPARE(store.size(), capacity);
}

void TestRowStore::kSamplesBecomeKLinesWithSplitTimes()
{
    const int lo = 3, hi = 7;
    RowStore store(lo, hi, 1 << 20);
    // Three samples per sensor over 300 ms: lines of 100 ms each, in time order.
    const WaterfallRow row =
        makeRow(1764946703000, 1764946703300, lo, hi, 3, [](int ch, int j) { return float(ch * 10 + j); });
    QCOMPARE(store.append(row), 3);
    QCOMPARE(store.size(), 3);
    QCOMPARE(store.totalRows(), 1);
    for (int j = 0; j < 3; ++j) {
        const LineInfo info = store.lineInfo(j);
        QCOMPARE(info.startMs, 1764946703000.0 + 100 * j);
        QCOMPARE(info.endMs, 1764946703100.0 + 100 * j);
        QCOMPARE(info.lineInRow, j);
        QCOMPARE(info.linesInRow, 3);
        QCOMPARE(info.rowIndex, 0);
        QCOMPARE(store.gapBeforeMs(j), 0.0);
        for (int ch = lo; ch <= hi; ++ch)
            QCOMPARE(store.line(j)[ch - lo], float(ch * 10 + j));
    }
    // A span that does not divide evenly still tiles [start, end) without a gap.
    RowStore odd(lo, hi, 1 << 20);
    QCOMPARE(odd.append(makeRow(0, 1000, lo, hi, 3, [](int, int) { return 1.0f; })), 3);
    QCOMPARE(odd.lineInfo(0).startMs, 0.0);
    QCOMPARE(odd.lineInfo(2).endMs, 1000.0);
    QVERIFY(std::abs(odd.lineInfo(1).startMs - 1000.0 / 3) < 1e-9);
    QCOMPARE(odd.lineInfo(1).startMs, odd.lineInfo(0).endMs);
    QCOMPARE(odd.lineInfo(2).startMs, odd.lineInfo(1).endMs);
}

void TestRowStore::missingChannelIsNaN()
{
    const int lo = 11, hi = 20;
    RowStore store(lo, hi, 1 << 20);
    WaterfallRow row = makeRow(0, 500, lo, hi, 1, [](int ch, int) { return float(ch); });
    // Drop channel 15 (id 14) from the row.
    WaterfallRow gappy;
    gappy.startMs = row.startMs;
    gappy.endMs = row.endMs;
    gappy.offsets.push_back(0);
    for (size_t i = 0; i < row.sensorCount(); ++i) {
        if (row.sensorIds[i] == 14)
            continue;
        gappy.sensorIds.push_back(row.sensorIds[i]);
        gappy.samples.push_back(row.samples[i]);
        gappy.offsets.push_back(uint32_t(gappy.samples.size()));
    }
    QCOMPARE(store.append(gappy), 1);
    const float *line = store.line(0);
    for (int ch = lo; ch <= hi; ++ch) {
        if (ch == 15)
            QVERIFY(std::isnan(line[ch - lo]));
        else
            QCOMPARE(line[ch - lo], float(ch));
    }
    // A row without any sensor keeps its time span as one all-NaN line.
    WaterfallRow empty;
    empty.startMs = 500;
    empty.endMs = 1000;
    empty.offsets.push_back(0);
    QCOMPARE(store.append(empty), 1);
    for (int c = 0; c < store.channelCount(); ++c)
        QVERIFY(std::isnan(store.line(1)[c]));
    QCOMPARE(store.lineInfo(1).startMs, 500.0);
    QCOMPARE(store.gapBeforeMs(1), 0.0);
}

void TestRowStore::shorterSensorIsNaNInLaterLines()
{
    const int lo = 1, hi = 3;
    RowStore store(lo, hi, 1 << 20);
    WaterfallRow row;
    row.startMs = 0;
    row.endMs = 300;
    row.sensorIds = {0, 1, 2};
    row.samples = {1, 2, 3, 10, 20, 30, 100}; // channel 3 has one sample only
    row.offsets = {0, 3, 6, 7};
    QCOMPARE(store.append(row), 3);
    QCOMPARE(store.line(0)[2], 100.0f);
    QVERIFY(std::isnan(store.line(1)[2]));
    QVERIFY(std::isnan(store.line(2)[2]));
    QCOMPARE(store.line(2)[0], 3.0f);
    QCOMPARE(store.line(2)[1], 30.0f);
}

void TestRowStore::outOfRangeIdsIgnoredAndCounted()
{
    const int lo = 11, hi = 15; // ids 10..14
    RowStore store(lo, hi, 1 << 20);
    WaterfallRow row;
    row.startMs = 0;
    row.endMs = 500;
    row.sensorIds = {9, 10, 14, 15, -1, 1000000, 2147483647};
    row.samples = {-5, 1, 5, -6, -7, -8, -9};
    row.offsets = {0, 1, 2, 3, 4, 5, 6, 7};
    QCOMPARE(store.append(row), 1);
    QCOMPARE(store.ignoredSensors(), 5);
    const float *line = store.line(0);
    QCOMPARE(line[0], 1.0f);
    QCOMPARE(line[4], 5.0f);
    QVERIFY(std::isnan(line[1]) && std::isnan(line[2]) && std::isnan(line[3]));
    // Negatives of ignored sensors are not data of this view.
    QCOMPARE(store.totalNegativeSamples(), 0);
    QCOMPARE(store.totalRowsWithNegatives(), 0);
    store.append(row);
    QCOMPARE(store.ignoredSensors(), 10);
}

void TestRowStore::negativesCountedExactly()
{
    const int lo = 1, hi = 100;
    RowStore store(lo, hi, 1 << 22);
    qint64 expectedSamples = 0, expectedRows = 0, expectedLatest = -1;
    for (int r = 0; r < 40; ++r) {
        // Row r has (r % 4) negative channels; every 5th row has 2 samples per sensor with the
        // negatives in its second line only.
        const int negatives = r % 4;
        const int k = r % 5 == 0 ? 2 : 1;
        const qint64 firstLine = store.endSeq();
        const WaterfallRow row = makeRow(r * 1000, r * 1000 + 1000, lo, hi, k, [&](int ch, int j) {
            return (ch <= negatives && j == k - 1) ? -0.5f * float(ch) : float(ch);
        });
        QCOMPARE(store.append(row), k);
        expectedSamples += negatives;
        if (negatives > 0) {
            ++expectedRows;
            expectedLatest = firstLine + k - 1;
        }
        QCOMPARE(store.lineInfo(firstLine + k - 1).negativeCount, negatives);
        if (k == 2)
            QCOMPARE(store.lineInfo(firstLine).negativeCount, 0);
        QCOMPARE(store.totalNegativeSamples(), expectedSamples);
        QCOMPARE(store.totalRowsWithNegatives(), expectedRows);
        QCOMPARE(store.latestNegativeSeq(), expectedLatest);
    }
    // NaN and -0.0 are not negative amplitudes.
    const qint64 before = store.totalNegativeSamples();
    store.append(makeRow(50000, 51000, lo, hi, 1, [](int ch, int) {
        return ch == 1 ? std::numeric_limits<float>::quiet_NaN() : (ch == 2 ? -0.0f : 1.0f);
    }));
    QCOMPARE(store.totalNegativeSamples(), before);
    // A duplicated id keeps the later sample, counted once.
    WaterfallRow dup;
    dup.startMs = 51000;
    dup.endMs = 52000;
    dup.sensorIds = {0, 0, 1};
    dup.samples = {-1, 2, -3};
    dup.offsets = {0, 1, 2, 3};
    store.append(dup);
    QCOMPARE(store.line(store.endSeq() - 1)[0], 2.0f);
    QCOMPARE(store.lineInfo(store.endSeq() - 1).negativeCount, 1);
    QCOMPARE(store.totalNegativeSamples(), before + 1);
}

void TestRowStore::negativeTotalsOutliveOverwrite()
{
    const int lo = 1, hi = 8;
    RowStore store(lo, hi, budgetFor(lo, hi, 4));
    store.append(flatRow(0, 10, lo, hi, -1.0f)); // 8 negative samples in one row
    for (int r = 1; r < 20; ++r)
        store.append(flatRow(r * 10, r * 10 + 10, lo, hi, 1.0f));
    QCOMPARE(store.totalNegativeSamples(), 8);
    QCOMPARE(store.totalRowsWithNegatives(), 1);
    QCOMPARE(store.latestNegativeSeq(), 0);
    QVERIFY(!store.contains(store.latestNegativeSeq())); // evicted: the widget says so, not us
}

void TestRowStore::gapBefore_data()
{
    QTest::addColumn<qint64>("secondStart");
    QTest::addColumn<double>("expectedGap");
    QTest::newRow("continuous") << qint64(1500) << 0.0;
    QTest::newRow("gap of 700 ms") << qint64(2200) << 700.0;
    QTest::newRow("overlap") << qint64(1400) << -100.0;
    QTest::newRow("backwards") << qint64(0) << -1500.0;
}

void TestRowStore::gapBefore()
{
    QFETCH(qint64, secondStart);
    QFETCH(double, expectedGap);
    RowStore store(1, 4, 1 << 20);
    store.append(flatRow(1000, 1500, 1, 4, 1.0f));
    store.append(flatRow(secondStart, secondStart + 500, 1, 4, 1.0f));
    QCOMPARE(store.gapBeforeMs(0), 0.0); // nothing before the first line
    QCOMPARE(store.gapBeforeMs(1), expectedGap);
    QCOMPARE(store.lineInfo(1).gapBeforeMs, expectedGap);
    QCOMPARE(store.gapBeforeMs(2), 0.0); // not held
}

void TestRowStore::seqAtTime()
{
    RowStore store(1, 4, 1 << 20);
    // Lines 0..3 at [0,100) [100,200) [200,300) [300,400) (one row of 4 samples), a gap, then
    // line 4 at [1000,1500).
    store.append(makeRow(0, 400, 1, 4, 4, [](int, int j) { return float(j); }));
    store.append(flatRow(1000, 1500, 1, 4, 9.0f));
    QCOMPARE(store.gapBeforeMs(4), 600.0);
    QCOMPARE(store.seqAtTime(-50), 0);  // before everything: the oldest
    QCOMPARE(store.seqAtTime(0), 0);
    QCOMPARE(store.seqAtTime(99.9), 0);
    QCOMPARE(store.seqAtTime(100), 1);
    QCOMPARE(store.seqAtTime(250), 2);
    QCOMPARE(store.seqAtTime(700), 3);  // in the gap: the line before it (its end says so)
    QCOMPARE(store.seqAtTime(1000), 4);
    QCOMPARE(store.seqAtTime(1e15), 4);
}

void TestRowStore::seqAtTimeAfterWrap()
{
    RowStore store(1, 2, budgetFor(1, 2, 10));
    for (int r = 0; r < 95; ++r)
        store.append(flatRow(r * 100, r * 100 + 100, 1, 2, float(r)));
    QCOMPARE(store.firstSeq(), 85);
    for (qint64 seq = 85; seq < 95; ++seq) {
        QCOMPARE(store.seqAtTime(double(seq * 100 + 50)), seq);
        QCOMPARE(store.line(store.seqAtTime(double(seq * 100)))[0], float(seq));
    }
    QCOMPARE(store.seqAtTime(0), 85);
}

void TestRowStore::blockRangeKept()
{
    RowStore store(1, 2, 1 << 20);
    WaterfallBlock block;
    block.rows = {flatRow(0, 500, 1, 2, 1.0f), flatRow(500, 1000, 1, 2, 2.0f)};
    block.currentMinAmp = -6.91;
    block.currentMaxAmp = 1143.47;
    QCOMPARE(store.append(block), 2);
    QCOMPARE(store.lineInfo(1).blockMinAmp, -6.91);
    QCOMPARE(store.lineInfo(1).blockMaxAmp, 1143.47);
    QVERIFY(store.lineInfo(0).blockRangeSuspect());
    store.append(flatRow(1000, 1500, 1, 2, 1.0f), 0.0, 1143.47);
    QVERIFY(!store.lineInfo(2).blockRangeSuspect());
    store.append(flatRow(1500, 2000, 1, 2, 1.0f), 10.0, 5.0);
    QVERIFY(store.lineInfo(3).blockRangeSuspect()); // max < min
    store.append(flatRow(2000, 2500, 1, 2, 1.0f)); // not reported
    QVERIFY(std::isnan(store.lineInfo(4).blockMinAmp));
    QVERIFY(!store.lineInfo(4).blockRangeSuspect());
}

void TestRowStore::clearAndResetKeepSequenceNumbersUnique()
{
    RowStore store(1, 4, 1 << 20);
    store.append(flatRow(0, 500, 1, 4, -1.0f));
    store.append(flatRow(500, 1000, 1, 4, 1.0f));
    store.clear();
    QCOMPARE(store.size(), 0);
    QCOMPARE(store.bytesUsed(), 0);
    QCOMPARE(store.totalNegativeSamples(), 0);
    QCOMPARE(store.latestNegativeSeq(), -1);
    QCOMPARE(store.endSeq(), 2);
    QVERIFY(!store.line(1));
    store.append(flatRow(5000, 5500, 1, 4, 1.0f));
    QCOMPARE(store.firstSeq(), 2);
    QCOMPARE(store.gapBeforeMs(2), 0.0); // nothing before it since clear()

    store.reset(11, 109, 1 << 20);
    QCOMPARE(store.channelCount(), 99);
    QCOMPARE(store.size(), 0);
    QCOMPARE(store.endSeq(), 3);
    QCOMPARE(store.capacity(), (1 << 20) / store.bytesPerLine());
    store.append(flatRow(0, 500, 11, 109, 3.0f));
    QCOMPARE(store.line(3)[98], 3.0f);
}

QTEST_GUILESS_MAIN(TestRowStore)
#include "tst_rowstore.moc"
