// The waterfall rows decoder (GET /waterfall/{task_id}/{row_count}, 201): the contract's literal
// example, the server's quirks (NaN tokens, float timestamps, any key order), every malformed table
// refused with the exact JSON path, every truncation refused without a crash, and the wire round trip.
#include "api/waterfallcodec.h"

#include <QFile>
#include <QRandomGenerator>
#include <QtTest>
#include <cmath>
#include <limits>

using namespace wf;

Q_DECLARE_METATYPE(wf::DecodeErrorKind)

// QVERIFY2 evaluates its message eagerly: only ask for the error when there is one.
#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().toString()))

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(WF_TEST_DATA "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

// A copy with no spare capacity: the decoder must copy it into padded storage.
QByteArray tight(const QByteArray &b)
{
    QByteArray t(b.constData(), b.size());
    t.squeeze();
    return t;
}

// A copy with room for the decoder's padding: it is parsed in place.
QByteArray roomy(const QByteArray &b)
{
    QByteArray t;
    t.reserve(b.size() + qsizetype(waterfallDecoderPadding()) + 32);
    t.append(b);
    return t;
}

// Two blocks; block 0 has two rows of three sensors with four samples each. Every number is unique
// so a test can patch one spot with QByteArray::replace.
const QByteArray kTable =
    R"([{"rows":[{"canvasId":"a","sensors":[{"id":0,"intensity":[10,11,12,13]},)"
    R"({"id":1,"intensity":[20,21,22,23]},)"
    R"({"id":2,"intensity":[30,31,32,33]}],"startTimestamp":1000,"endTimestamp":1500},)"
    R"({"canvasId":"b","sensors":[{"id":0,"intensity":[40,41,42,43]},{"id":1,"intensity":[50,51,52,53]},)"
    R"({"id":2,"intensity":[60,61,62,63]}],"startTimestamp":1500,"endTimestamp":2000}],)"
    R"("current_max_amp":63.25,"current_min_amp":10},)"
    R"({"rows":[{"canvasId":"c","sensors":[{"id":0,"intensity":[70]}],)"
    R"("startTimestamp":2000,"endTimestamp":2500}],)"
    R"("current_max_amp":70.5,"current_min_amp":69.5}])";

QByteArray patched(const QByteArray &from, const QByteArray &to)
{
    if (kTable.count(from) != 1)
        qFatal("patch target %s is not unique", from.constData());
    return QByteArray(kTable).replace(from, to);
}

WaterfallRow makeRow(std::string canvas, qint64 start, qint64 end, std::vector<int32_t> ids,
                     std::vector<uint32_t> offsets, std::vector<float> samples, uint32_t nonFinite = 0)
{
    return WaterfallRow{std::move(canvas), start, end, std::move(ids), std::move(offsets), std::move(samples),
                        nonFinite};
}

// The contract's 201 example as the viewer must see it.
WaterfallBlocks contractBlocks()
{
    WaterfallBlock b;
    b.rows.push_back(makeRow("c1", 1764946703000, 1764946703500, {0, 1}, {0, 3, 6},
                             {12.5f, 13.0f, 11.8f, 10.1f, 9.7f, 10.4f}));
    b.currentMaxAmp = 1143.47;
    b.currentMinAmp = 0.0;
    return {b};
}

bool sameSample(float a, float b)
{
    return std::isnan(a) ? std::isnan(b) : a == b;
}

// Compares two rows sample by sample (NaN equals NaN) and names the first difference.
QString rowDifference(const WaterfallRow &a, const WaterfallRow &b)
{
    if (a.canvasId != b.canvasId || a.startMs != b.startMs || a.endMs != b.endMs)
        return QStringLiteral("canvas or timestamps differ");
    if (a.sensorIds != b.sensorIds || a.offsets != b.offsets || a.nonFinite != b.nonFinite)
        return QStringLiteral("sensor ids, offsets or non-finite counts differ");
    if (a.samples.size() != b.samples.size())
        return QStringLiteral("sample count differs");
    for (size_t k = 0; k < a.samples.size(); ++k)
        if (!sameSample(a.samples[k], b.samples[k]))
            return QStringLiteral("sample %1: %2 vs %3")
                .arg(k)
                .arg(a.samples[k], 0, 'g', 9)
                .arg(b.samples[k], 0, 'g', 9);
    return {};
}

// Random blocks as the emulator would build them: 50 channels, several samples each, some negative.
WaterfallBlocks randomBlocks(quint32 seed)
{
    QRandomGenerator rng(seed);
    WaterfallBlocks blocks(3);
    qint64 t = 1764946703000;
    int canvas = 0;
    for (WaterfallBlock &b : blocks) {
        float lo = std::numeric_limits<float>::max(), hi = std::numeric_limits<float>::lowest();
        for (int r = 0; r < 4; ++r) {
            WaterfallRow row;
            row.canvasId = "canvas-" + std::to_string(canvas++);
            row.startMs = t;
            row.endMs = t += 500;
            const int perSensor = 1 + int(rng.bounded(5));
            row.offsets.push_back(0);
            for (int32_t id = 10; id < 60; ++id) {
                row.sensorIds.push_back(id);
                for (int k = 0; k < perSensor; ++k) {
                    float v = float(rng.generateDouble() * 1300.0 - 100.0);
                    if (rng.bounded(20) == 0)
                        v = float(std::ldexp(rng.generateDouble(), int(rng.bounded(200)) - 100)) * -1.0f;
                    lo = std::min(lo, v), hi = std::max(hi, v);
                    row.samples.push_back(v);
                }
                row.offsets.push_back(uint32_t(row.samples.size()));
            }
            b.rows.push_back(std::move(row));
        }
        b.currentMinAmp = lo;
        b.currentMaxAmp = hi;
    }
    return blocks;
}

} // namespace

class TestWaterfallCodec : public QObject
{
    Q_OBJECT

  private slots:
    void contractExample_data()
    {
        QTest::addColumn<bool>("inPlace");
        QTest::newRow("copy path") << false;
        QTest::newRow("in-place path") << true;
    }
    void contractExample()
    {
        QFETCH(bool, inPlace);
        const QByteArray body =
            inPlace ? roomy(fixture("waterfall_201.json")) : tight(fixture("waterfall_201.json"));
        QCOMPARE(body.capacity() >= body.size() + qsizetype(waterfallDecoderPadding()), inPlace);
        const auto r = decodeWaterfall(body);
        VERIFY_OK(r);
        const WaterfallBlocks &blocks = r.value();
        QCOMPARE(blocks.size(), size_t(1));
        const WaterfallBlock &b = blocks[0];
        QCOMPARE(b.currentMaxAmp, 1143.47);
        QCOMPARE(b.currentMinAmp, 0.0);
        QCOMPARE(b.rows.size(), size_t(1));
        const WaterfallRow &row = b.rows[0];
        QCOMPARE(row.canvasId, std::string("c1"));
        QCOMPARE(row.startMs, 1764946703000);
        QCOMPARE(row.endMs, 1764946703500);
        QCOMPARE(row.sensorIds, (std::vector<int32_t>{0, 1}));
        QCOMPARE(row.offsets, (std::vector<uint32_t>{0, 3, 6}));
        QCOMPARE(row.samples, (std::vector<float>{12.5f, 13.0f, 11.8f, 10.1f, 9.7f, 10.4f}));
        QCOMPARE(row.nonFinite, 0u);
        QVERIFY(blocks == contractBlocks());
    }

    // Pins the emulator's wire format; decoding it gives the contract's rows back.
    void encodeContractExample()
    {
        const QByteArray expected =
            R"([{"rows":[{"canvasId":"c1","sensors":[{"id":0,"intensity":[12.5,13,11.8000002]},)"
            R"({"id":1,"intensity":[10.1000004,9.69999981,10.3999996]}],"startTimestamp":1764946703000,)"
            R"("endTimestamp":1764946703500}],"current_max_amp":1143.47,"current_min_amp":0}])";
        QCOMPARE(encodeWaterfall(contractBlocks()), expected);
        QVERIFY(decodeWaterfall(expected).value() == contractBlocks());
        QCOMPARE(encodeWaterfall({}), QByteArray("[]"));
    }

    void anyKeyOrderUnknownKeysNonFinite()
    {
        const auto r = decodeWaterfall(fixture("waterfall_two_blocks.json"));
        VERIFY_OK(r);
        const WaterfallBlocks &b = r.value();
        QCOMPARE(b.size(), size_t(2));
        QCOMPARE(b[0].currentMinAmp, -6.91);
        QCOMPARE(b[0].currentMaxAmp, 1143.47);
        QCOMPARE(b[0].rows.size(), size_t(2));
        const float nan = std::numeric_limits<float>::quiet_NaN(),
                    inf = std::numeric_limits<float>::infinity();
        const WaterfallRow first = makeRow("c\xc3\xa9-2", 1764946703000, 1764946703500, {10, 11}, {0, 3, 6},
                                           {-6.91f, 0.0f, 100.0f, 0.0025f, nan, 7.0f}, 1);
        const WaterfallRow second =
            makeRow("c2", 1764946703500, 1764946704000, {10, 11}, {0, 1, 2}, {inf, -inf}, 2);
        QCOMPARE(rowDifference(b[0].rows[0], first), QString());
        QCOMPARE(rowDifference(b[0].rows[1], second), QString());
        QVERIFY(b[1].rows.empty());
        QVERIFY(std::isnan(b[1].currentMaxAmp));
        QCOMPARE(b[1].currentMinAmp, 0.0);
    }

    // Skipping an unknown key must not recurse: a 100000-deep value there is ignored, not a crash.
    void deepUnknownValueIgnored()
    {
        const QByteArray body = R"([{"x":)" + QByteArray(100000, '[') + QByteArray(100000, ']') +
                                R"(,"rows":[],"current_max_amp":2,"current_min_amp":1}])";
        const auto r = decodeWaterfall(body);
        VERIFY_OK(r);
        QCOMPARE(r.value().size(), size_t(1));
        QCOMPARE(r.value()[0].currentMaxAmp, 2.0);
    }

    void nonFiniteTokens_data()
    {
        QTest::addColumn<QByteArray>("intensity");
        QTest::addColumn<QList<float>>("samples");
        QTest::addColumn<uint>("nonFinite");
        const float inf = std::numeric_limits<float>::infinity(),
                    nan = std::numeric_limits<float>::quiet_NaN();
        QTest::newRow("NaN twice") << QByteArray("[NaN, 1, NaN]") << QList<float>{nan, 1, nan} << 2u;
        QTest::newRow("Infinity, spaced") << QByteArray("[ Infinity\n ]") << QList<float>{inf} << 1u;
        QTest::newRow("-Infinity") << QByteArray("[-Infinity,-1]") << QList<float>{-inf, -1} << 1u;
        QTest::newRow("all three") << QByteArray("[NaN,Infinity,-Infinity]") << QList<float>{nan, inf, -inf}
                                   << 3u;
        QTest::newRow("none") << QByteArray("[-0.5,1e-3]") << QList<float>{-0.5f, 0.001f} << 0u;
        QTest::newRow("empty") << QByteArray("[]") << QList<float>{} << 0u;
    }
    void nonFiniteTokens()
    {
        QFETCH(QByteArray, intensity);
        QFETCH(QList<float>, samples);
        const QByteArray body =
            R"([{"rows":[{"sensors":[{"id":3,"intensity":)" + intensity +
            R"(}],"startTimestamp":0,"endTimestamp":1}],"current_max_amp":1,"current_min_amp":0}])";
        const auto r = decodeWaterfall(body);
        VERIFY_OK(r);
        const WaterfallRow &row = r.value()[0].rows[0];
        QTEST(uint(row.nonFinite), "nonFinite");
        QCOMPARE(row.canvasId, std::string()); // canvasId is optional
        QCOMPARE(row.offsets, (std::vector<uint32_t>{0, uint32_t(samples.size())}));
        QCOMPARE(row.samples.size(), size_t(samples.size()));
        for (qsizetype k = 0; k < samples.size(); ++k)
            QVERIFY2(sameSample(row.samples[size_t(k)], samples[k]), qPrintable(QString::number(k)));
    }

    void timestamps_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<DecodeErrorKind>("kind");
        QTest::newRow("integer") << QByteArray("1764946703000") << true << qint64(1764946703000)
                                 << DecodeErrorKind{};
        QTest::newRow("float, zero fraction")
            << QByteArray("1764946703000.0") << true << qint64(1764946703000) << DecodeErrorKind{};
        QTest::newRow("exponent") << QByteArray("1.764946703e12") << true << qint64(1764946703000)
                                  << DecodeErrorKind{};
        QTest::newRow("1.5") << QByteArray("1.5") << false << qint64(0) << DecodeErrorKind::WrongType;
        QTest::newRow("string") << QByteArray("\"1764946703000\"") << false << qint64(0)
                                << DecodeErrorKind::WrongType;
        QTest::newRow("null") << QByteArray("null") << false << qint64(0) << DecodeErrorKind::WrongType;
        QTest::newRow("NaN") << QByteArray("NaN") << false << qint64(0) << DecodeErrorKind::WrongType;
        QTest::newRow("1e20") << QByteArray("1e20") << false << qint64(0) << DecodeErrorKind::OutOfRange;
        QTest::newRow("1e309") << QByteArray("1e309") << false << qint64(0) << DecodeErrorKind::OutOfRange;
        QTest::newRow("above int64") << QByteArray("99999999999999999999") << false << qint64(0)
                                     << DecodeErrorKind::OutOfRange;
    }
    void timestamps()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, ok);
        const QByteArray body =
            R"([{"rows":[{"sensors":[],"startTimestamp":)" + value +
            R"(,"endTimestamp":1764946703500}],"current_max_amp":1,"current_min_amp":0}])";
        const auto r = decodeWaterfall(body);
        QCOMPARE(r.ok(), ok);
        if (ok) {
            QTEST(r.value()[0].rows[0].startMs, "ms");
            return;
        }
        QFETCH(DecodeErrorKind, kind);
        QCOMPARE(decodeErrorKindName(r.error().kind), decodeErrorKindName(kind));
        QCOMPARE(r.error().path, QString("[0].rows[0].startTimestamp"));
    }

    void malformed_data();
    void malformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(DecodeErrorKind, kind);
        QFETCH(QString, path);
        for (const QByteArray &b : {tight(body), roomy(body)}) {
            const auto r = decodeWaterfall(b);
            QVERIFY2(!r.ok(), "malformed body accepted");
            QCOMPARE(decodeErrorKindName(r.error().kind), decodeErrorKindName(kind));
            QCOMPARE(r.error().path, path);
            QVERIFY(!r.error().detail.isEmpty());
        }
    }

    void everyStrictPrefixFails_data()
    {
        QTest::addColumn<QByteArray>("full");
        QTest::newRow("fixture, two blocks") << fixture("waterfall_two_blocks.json").trimmed();
        QTest::newRow("table") << kTable;
    }
    void everyStrictPrefixFails()
    {
        QFETCH(QByteArray, full);
        QVERIFY(decodeWaterfall(full).ok());
        const QByteArray spacious = roomy(full); // bytes past each prefix hold the rest of a valid body
        for (qsizetype n = 0; n < full.size(); ++n) {
            const QByteArray prefix = full.left(n);
            QByteArray truncated = roomy(full); // unshared, so truncate() keeps the capacity:
            truncated.truncate(n);              // the in-place path, with NUL then the rest of the body
            QVERIFY(tight(prefix).capacity() < n + qsizetype(waterfallDecoderPadding()));
            QVERIFY(truncated.capacity() >= n + qsizetype(waterfallDecoderPadding()));
            const auto want = prefix.trimmed().isEmpty() ? DecodeErrorKind::Empty : DecodeErrorKind::NotJson;
            const Result<WaterfallBlocks> results[] = {
                decodeWaterfall(tight(prefix)), decodeWaterfall(truncated),
                decodeWaterfall(spacious.constData(), size_t(n), size_t(spacious.capacity()))};
            for (const auto &r : results) {
                QVERIFY2(!r.ok(), qPrintable(QStringLiteral("prefix of %1 bytes accepted").arg(n)));
                QVERIFY2(
                    r.error().kind == want,
                    qPrintable(QStringLiteral("prefix of %1 bytes: %2").arg(n).arg(r.error().toString())));
            }
        }
    }

    void roundTrip_data()
    {
        QTest::addColumn<bool>("inPlace");
        QTest::newRow("copy path") << false;
        QTest::newRow("in-place path") << true;
    }
    void roundTrip()
    {
        QFETCH(bool, inPlace);
        const WaterfallBlocks blocks = randomBlocks(20251205);
        const QByteArray wire = encodeWaterfall(blocks);
        const auto r = decodeWaterfall(inPlace ? roomy(wire) : tight(wire));
        VERIFY_OK(r);
        QCOMPARE(r.value().size(), blocks.size());
        for (size_t b = 0; b < blocks.size(); ++b) {
            QCOMPARE(r.value()[b].currentMinAmp, blocks[b].currentMinAmp);
            QCOMPARE(r.value()[b].currentMaxAmp, blocks[b].currentMaxAmp);
            QCOMPARE(r.value()[b].rows.size(), blocks[b].rows.size());
            for (size_t i = 0; i < blocks[b].rows.size(); ++i)
                QCOMPARE(rowDifference(r.value()[b].rows[i], blocks[b].rows[i]), QString());
        }
        QVERIFY(r.value() == blocks);
    }

    void roundTripNonFinite()
    {
        const float nan = std::numeric_limits<float>::quiet_NaN(),
                    inf = std::numeric_limits<float>::infinity();
        WaterfallBlocks blocks(1);
        blocks[0].rows.push_back(makeRow("x", 0, 500, {0, 1}, {0, 2, 3}, {nan, -inf, inf}, 3));
        blocks[0].currentMaxAmp = std::numeric_limits<double>::infinity();
        blocks[0].currentMinAmp = -1.5;
        const auto r = decodeWaterfall(encodeWaterfall(blocks));
        VERIFY_OK(r);
        QCOMPARE(rowDifference(r.value()[0].rows[0], blocks[0].rows[0]), QString());
        QCOMPARE(r.value()[0].currentMaxAmp, blocks[0].currentMaxAmp);
        QCOMPARE(r.value()[0].currentMinAmp, -1.5);
    }

    // Found by fuzz_waterfall: a canvasId holding a quote, backslash or control character was
    // written unescaped, so the emulator served a body no client could parse.
    void roundTripCanvasIdNeedingEscapes()
    {
        WaterfallBlocks blocks(1);
        blocks[0].rows.push_back(makeRow("a\"b\\c\n\x01\xc3\xa9", 0, 500, {0}, {0, 1}, {1.5f}, 0));
        const QByteArray wire = encodeWaterfall(blocks);
        QVERIFY2(wire.contains(R"("canvasId":"a\"b\\c\u000a\u0001)"), wire.constData());
        const auto r = decodeWaterfall(wire);
        VERIFY_OK(r);
        QCOMPARE(r.value()[0].rows[0].canvasId, blocks[0].rows[0].canvasId);
    }
};

void TestWaterfallCodec::malformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<DecodeErrorKind>("kind");
    QTest::addColumn<QString>("path");
    using K = DecodeErrorKind;
    auto add = [](const char *name, const QByteArray &body, K kind, const char *path) {
        QTest::newRow(name) << body << kind << QString::fromLatin1(path);
    };
    add("empty", "", K::Empty, "");
    add("blank", " \n\t ", K::Empty, "");
    add("html from a proxy", "<html><body>502 Bad Gateway</body></html>", K::NotJson, "");
    add("top-level object", R"({"rows":[],"current_max_amp":1,"current_min_amp":0})", K::WrongType, "");
    add("top-level number", "201", K::WrongType, "");
    add("5000 nested arrays", QByteArray(5000, '[') + QByteArray(5000, ']'), K::WrongType, "[0]");
    add("block not an object", R"([{"rows":[],"current_max_amp":1,"current_min_amp":0}, 5])", K::WrongType,
        "[1]");
    add("missing rows", patched(R"({"rows":[{"canvasId":"c")", R"({"rowz":[{"canvasId":"c")"),
        K::MissingField, "[1].rows");
    add("rows an object",
        patched(R"([{"canvasId":"c","sensors":[{"id":0,"intensity":[70]}],"startTimestamp":2000,)"
                R"("endTimestamp":2500}])",
                "{}"),
        K::WrongType, "[1].rows");
    add("missing current_max_amp", patched(R"("current_max_amp":63.25,)", ""), K::MissingField,
        "[0].current_max_amp");
    add("missing current_min_amp", patched(R"(,"current_min_amp":69.5)", ""), K::MissingField,
        "[1].current_min_amp");
    add("current_min_amp string", patched("69.5}", "\"69.5\"}"), K::WrongType, "[1].current_min_amp");
    add("current_max_amp 1e309", patched("63.25", "1e309"), K::OutOfRange, "[0].current_max_amp");
    add("row not an object", patched(R"("rows":[{"canvasId":"a")", R"("rows":[[],{"canvasId":"a")"),
        K::WrongType, "[0].rows[0]");
    add("missing startTimestamp", patched(R"("startTimestamp":1500,)", ""), K::MissingField,
        "[0].rows[1].startTimestamp");
    add("missing endTimestamp", patched(R"(,"endTimestamp":1500)", ""), K::MissingField,
        "[0].rows[0].endTimestamp");
    add("timestamp 1.5", patched(R"("startTimestamp":1500,)", R"("startTimestamp":1500.5,)"), K::WrongType,
        "[0].rows[1].startTimestamp");
    add("missing sensors", patched(R"("sensors":[{"id":0,"intensity":[70]}],)", ""), K::MissingField,
        "[1].rows[0].sensors");
    add("sensors an object", patched(R"([{"id":0,"intensity":[70]}])", R"({"id":0})"), K::WrongType,
        "[1].rows[0].sensors");
    add("canvasId a number", patched(R"("canvasId":"b")", R"("canvasId":5)"), K::WrongType,
        "[0].rows[1].canvasId");
    add("sensor not an object", patched(R"([{"id":0,"intensity":[40)", R"([7,{"id":0,"intensity":[40)"),
        K::WrongType, "[0].rows[1].sensors[0]");
    add("missing id", patched(R"({"id":2,"intensity":[60)", R"({"intensity":[60)"), K::MissingField,
        "[0].rows[1].sensors[2].id");
    add("negative sensor id", patched(R"("id":2,"intensity":[60)", R"("id":-2,"intensity":[60)"),
        K::OutOfRange, "[0].rows[1].sensors[2].id");
    add("sensor id above int32", patched(R"("id":1,"intensity":[50)", R"("id":4294967296,"intensity":[50)"),
        K::OutOfRange, "[0].rows[1].sensors[1].id");
    add("sensor id float", patched(R"("id":1,"intensity":[50)", R"("id":1.0,"intensity":[50)"), K::WrongType,
        "[0].rows[1].sensors[1].id");
    add("sensor id string", patched(R"("id":0,"intensity":[70)", R"("id":"0","intensity":[70)"), K::WrongType,
        "[1].rows[0].sensors[0].id");
    add("missing intensity", patched(R"({"id":1,"intensity":[20,21,22,23]})", R"({"id":1})"), K::MissingField,
        "[0].rows[0].sensors[1].intensity");
    add("intensity a number", patched(R"("intensity":[70])", R"("intensity":70)"), K::WrongType,
        "[1].rows[0].sensors[0].intensity");
    add("intensity with a string", patched("63]", "\"63\"]"), K::WrongType,
        "[0].rows[1].sensors[2].intensity[3]");
    add("intensity with null", patched("[50,51", "[50,null"), K::WrongType,
        "[0].rows[1].sensors[1].intensity[1]");
    add("intensity nested", patched("[30,31", "[[30],31"), K::WrongType,
        "[0].rows[0].sensors[2].intensity[0]");
    add("intensity lower-case nan", patched(",22,", ",nan,"), K::WrongType,
        "[0].rows[0].sensors[1].intensity[2]");
    add("intensity NaNa", patched(",22,", ",NaNa,"), K::WrongType, "[0].rows[0].sensors[1].intensity[2]");
    add("sample 1e309", patched("[10,11,", "[10,1e309,"), K::OutOfRange,
        "[0].rows[0].sensors[0].intensity[1]");
    add("sample beyond float", patched(",42,", ",1e39,"), K::OutOfRange,
        "[0].rows[1].sensors[0].intensity[2]");
    // Syntax errors name where the body goes wrong, like every other error.
    add("invalid utf-8", patched(R"("canvasId":"b")", "\"canvasId\":\"\xff\""), K::NotJson, "[0].rows[1].canvasId");
    add("unclosed string", patched(R"("canvasId":"b")", R"("canvasId":"b)"), K::NotJson, "[0].rows[1].canvasId");
    add("trailing garbage", kTable + " x", K::NotJson, "");
    add("trailing bracket", kTable + "]", K::NotJson, "");
    add("trailing array", kTable + "[]", K::NotJson, "");
    add("trailing object", kTable + "{}", K::NotJson, "");
    add("trailing number", kTable + " 1", K::NotJson, "");
    add("trailing comma", kTable + ",", K::NotJson, "");
}

QTEST_GUILESS_MAIN(TestWaterfallCodec)
#include "tst_waterfallcodec.moc"
