// The gRPC frame reading and the assembly of a job's streams into full time lines: exact bytes in,
// exact rows out; a lagging stream, repeats, gaps and bad frames are counted, never a crash.
#include "stream/rowassembler.h"
#include "data/rowshape.h"
#include "data/rowstore.h"
#include "stream/streamframe.h"
#include "stream/streamsource.h"

#include <QtTest>
#include <cstring>
#include <limits>

using namespace wf;

namespace {

QByteArray floats(const std::vector<float> &v)
{
    QByteArray b;
    for (float f : v) {
        uint32_t u;
        std::memcpy(&u, &f, 4);
        const char c[4] = {char(u & 0xFF), char(u >> 8 & 0xFF), char(u >> 16 & 0xFF), char(u >> 24 & 0xFF)};
        b.append(c, 4);
    }
    return b;
}

// One line of `channels` × `bins`: value = row * 1000 + channel * 10 + bin.
StreamFrame frame(int first, int last, int bins, int32_t row, qint64 t)
{
    StreamFrame f;
    f.startChannel = first;
    f.endChannel = last;
    f.rowIndex = {row};
    f.timestampsMs = {t};
    f.shapeX = (last - first + 1) * bins;
    f.shapeY = 1;
    std::vector<float> v;
    for (int ch = first; ch <= last; ++ch)
        for (int b = 0; b < bins; ++b)
            v.push_back(float(double(row) * 1000 + ch * 10 + b)); // double: rows up to INT32_MAX
    f.mainData = {floats(v)};
    f.globalMinimum = v.front();
    f.globalMaximum = v.back();
    return f;
}

} // namespace

class TestRowAssembler : public QObject
{
    Q_OBJECT
  private slots:
    void frameBytesAreLittleEndianChannelMajor()
    {
        const DecodedFrame d = decodeStreamFrame(frame(18, 19, 3, 7, 1000), 3);
        QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
        QCOMPARE(d.channels, 2);
        QCOMPARE(d.bins, 3);
        QCOMPARE(int(d.lines.size()), 1);
        const std::vector<float> want{7180, 7181, 7182, 7190, 7191, 7192};
        QCOMPARE(d.lines[0].values, want);
        QCOMPARE(d.decodedMin, 7180.0f);
        QCOMPARE(d.decodedMax, 7192.0f);
        QVERIFY(!d.rangeMismatch); // values equal to the bounds are inside them
    }

    void badFramesAreRefusedWithWords_data()
    {
        QTest::addColumn<int>("edit");
        QTest::addColumn<QString>("words");
        QTest::newRow("one byte short") << 0 << "holds 23 bytes, the shape says 24";
        QTest::newRow("shape against channels") << 1 << "do not divide among 2 channels";
        QTest::newRow("bins against frequencies_amount") << 2 << "the configure reply said 4";
        QTest::newRow("timestamps missing") << 3 << "1 lines by shape, 0 timestamps";
        QTest::newRow("empty shape") << 4 << "is empty or too large";
        QTest::newRow("reversed channels") << 5 << "are not a range of channels";
        QTest::newRow("channels over the whole int range") << 6 << "are not a range of channels"; // fuzz: was an int overflow
    }
    void badFramesAreRefusedWithWords()
    {
        QFETCH(int, edit);
        QFETCH(QString, words);
        StreamFrame f = frame(18, 19, 3, 7, 1000);
        int bins = 3;
        switch (edit) {
        case 0: f.mainData[0].chop(1); break;
        case 1: f.shapeX = 5; break;
        case 2: bins = 4; break;
        case 3: f.timestampsMs.clear(); break;
        case 4: f.shapeY = 0; break;
        case 5: f.endChannel = 10; break;
        case 6: f.startChannel = 1; f.endChannel = std::numeric_limits<int>::max(); break;
        }
        const DecodedFrame d = decodeStreamFrame(f, bins);
        QVERIFY2(d.error.contains(words), qPrintable(d.error));
        QVERIFY(d.lines.empty());
    }

    void rangeMismatchIsSeen()
    {
        StreamFrame f = frame(1, 2, 2, 0, 0);
        f.globalMaximum = 15; // the largest value is 21
        QVERIFY(decodeStreamFrame(f, 2).rangeMismatch);
    }

    // Three streams delivering out of order: a row goes on once all three have it, in row order,
    // each ending where the next begins.
    void assemblesAcrossStreamsInRowOrder()
    {
        RowAssembler a;
        a.reset({{0, 1, 3}, {1, 4, 6}, {2, 7, 8}}, 2, 0.03);
        std::vector<WaterfallRow> out;
        auto add = [&](int s, int first, int last, int32_t row) {
            auto rows = a.add(s, decodeStreamFrame(frame(first, last, 2, row, 1000 + row * 30), 2));
            out.insert(out.end(), rows.begin(), rows.end());
        };
        // Each stream is in order (gRPC keeps a call's order); the streams interleave freely.
        add(2, 7, 8, 0);
        add(0, 1, 3, 0);
        add(0, 1, 3, 1);
        add(2, 7, 8, 1);
        QCOMPARE(int(out.size()), 0); // stream 1, lagging, has neither row yet
        add(1, 4, 6, 0);
        QCOMPARE(int(out.size()), 0); // row 0 is complete but held until its end is known
        add(1, 4, 6, 1);
        QCOMPARE(int(out.size()), 1);
        const WaterfallRow &r0 = out[0];
        QVERIFY(r0.frequencyBins);
        QCOMPARE(r0.startMs, 1000);
        QCOMPARE(r0.endMs, 1030);
        QCOMPARE(int(r0.sensorIds.size()), 8);
        QCOMPARE(r0.sensorIds.front(), 0); // channel 1
        QCOMPARE(r0.sensorIds.back(), 7);
        QCOMPARE(int(r0.samples.size()), 16);
        QCOMPARE(r0.samples[2], 20.0f); // channel 2, bin 0
        QCOMPARE(r0.samples[15], 81.0f);
        const auto rest = a.finish();
        QCOMPARE(int(rest.size()), 1);
        QCOMPARE(rest[0].startMs, 1030);
        QCOMPARE(a.completeRows(), 2);
        QCOMPARE(a.incompleteRows(), 0);
    }

    // A stream that falls behind by more than the window lets rows go on without its channels.
    void laggingStreamLetsRowsGoIncomplete()
    {
        RowAssembler a;
        a.reset({{0, 1, 1}, {1, 2, 2}}, 1, 0.03, 4);
        std::vector<WaterfallRow> out;
        for (int32_t r = 0; r < 10; ++r) {
            auto rows = a.add(0, decodeStreamFrame(frame(1, 1, 1, r, r * 30), 1));
            out.insert(out.end(), rows.begin(), rows.end());
        }
        QVERIFY(!out.empty());
        QCOMPARE(int(out.front().sensorIds.size()), 1); // only channel 1: channel 2 is missing
        QVERIFY(a.incompleteRows() >= 5);
        QCOMPARE(*a.lastRowIndex(0), 9);
        QVERIFY(!a.lastRowIndex(1));
    }

    // A stream that moved past a row without it (its frame was refused) lets the row go at once.
    void skippedRowGoesOnWithoutWaiting()
    {
        RowAssembler a;
        a.reset({{0, 1, 1}, {1, 2, 2}}, 1, 0.03);
        std::vector<WaterfallRow> out;
        auto add = [&](int s, int ch, int32_t row) {
            auto rows = a.add(s, decodeStreamFrame(frame(ch, ch, 1, row, row * 30), 1));
            out.insert(out.end(), rows.begin(), rows.end());
        };
        add(0, 1, 0);
        add(0, 1, 1);
        add(1, 2, 1); // stream 1 never had row 0
        add(0, 1, 2);
        add(1, 2, 2);
        QCOMPARE(int(out.size()), 2);
        QCOMPARE(int(out[0].sensorIds.size()), 1);
        QCOMPARE(int(out[1].sensorIds.size()), 2);
        QCOMPARE(a.incompleteRows(), 1);
    }

    void repeatsAndGapsPerStream()
    {
        RowAssembler a;
        a.reset({{0, 1, 1}}, 1, 0.03);
        std::vector<WaterfallRow> out;
        for (int32_t r : {0, 1, 1, 2, 5, 6}) {
            auto rows = a.add(0, decodeStreamFrame(frame(1, 1, 1, r, r * 30), 1));
            out.insert(out.end(), rows.begin(), rows.end());
        }
        const auto last = a.finish();
        out.insert(out.end(), last.begin(), last.end());
        QCOMPARE(a.counters(0).rowIndexRepeats, 1);
        QCOMPARE(a.counters(0).rowIndexGaps, 1);
        QCOMPARE(int(out.size()), 5); // 0, 1, 2, 5, 6: the repeat adds nothing
        QCOMPARE(out[2].endMs, 90);   // across the gap: one line after its start, so the gap shows
        QCOMPARE(out[3].startMs, 150);
    }

    // row_index at the top of int32: the step to INT32_MAX is no gap, a repeat of it and a wrap to
    // INT32_MIN are repeats (never an overflowed "gap"), and the rows stay continuous up to it.
    void rowIndexAtInt32Max()
    {
        constexpr int32_t kMax = std::numeric_limits<int32_t>::max();
        RowAssembler a;
        a.reset({{0, 1, 1}, {1, 2, 2}}, 1, 0.03);
        std::vector<WaterfallRow> out;
        qint64 t = 1'000'000;
        for (int32_t r : {kMax - 3, kMax - 1, kMax, kMax, std::numeric_limits<int32_t>::min()}) {
            for (int s : {0, 1}) {
                auto rows = a.add(s, decodeStreamFrame(frame(s + 1, s + 1, 1, r, t), 1));
                out.insert(out.end(), rows.begin(), rows.end());
            }
            t += 30;
        }
        const auto last = a.finish();
        out.insert(out.end(), last.begin(), last.end());
        for (int s : {0, 1}) {
            QCOMPARE(a.counters(s).rowIndexGaps, 1);    // kMax - 3 → kMax - 1 only
            QCOMPARE(a.counters(s).rowIndexRepeats, 2); // kMax again, then INT32_MIN
            QCOMPARE(*a.lastRowIndex(s), kMax);
        }
        QCOMPARE(int(out.size()), 3);
        QCOMPARE(a.completeRows(), 3);
        QCOMPARE(out[0].endMs, out[0].startMs + 30); // across the gap: one line after its start
        QCOMPARE(out[1].endMs, out[2].startMs);      // kMax - 1 → kMax: continuous
        QCOMPARE(out[2].samples.front(), float(double(kMax) * 1000 + 10));
    }

    void planFromChannelToStreamIndex()
    {
        ConfigureReply r;
        r.channelToStreamIndex = {{1, 0}, {17, 0}, {18, 1}, {34, 1}, {35, 2}, {50, 2}};
        const auto p = streamPlans(r);
        QCOMPARE(int(p.size()), 3);
        QCOMPARE(p[1].firstChannel, 18);
        QCOMPARE(p[1].lastChannel, 34);
        QCOMPARE(streamHost(QStringLiteral("http://10.10.100.113")), QStringLiteral("10.10.100.113"));
        QCOMPARE(streamHost(QStringLiteral("10.10.100.113:5000")), QStringLiteral("10.10.100.113"));
    }

    // The store shows one value per channel: the mean of its bins, or its most negative bin (the
    // shaping step between the source and the store reduces them).
    void storeReducesBinsAndKeepsNegatives()
    {
        RowStore store(1, 2, 1 << 20);
        RowShaper shaper;
        WaterfallRow row;
        row.frequencyBins = true;
        row.startMs = 0;
        row.endMs = 30;
        row.sensorIds = {0, 1};
        row.offsets = {0, 3, 6};
        row.samples = {1, 2, 6, 4, -0.5f, 8};
        QCOMPARE(store.append(shaper.shape(row)), 1);
        QCOMPARE(store.line(store.firstSeq())[0], 3.0f);
        QCOMPARE(store.line(store.firstSeq())[1], -0.5f);
        shaper.setBinReduction(BinReduction::Max);
        row.samples = {1, 2, 6, 4, 5, 8};
        store.append(shaper.shape(row));
        QCOMPARE(store.line(store.endSeq() - 1)[0], 6.0f);
        QCOMPARE(store.line(store.endSeq() - 1)[1], 8.0f);
    }
};

QTEST_GUILESS_MAIN(TestRowAssembler)
#include "tst_rowassembler.moc"
