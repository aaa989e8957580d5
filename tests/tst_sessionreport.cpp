// The HTML session report and its JSON for a real job against the in-process emulator: the
// timeline's "Configure sent" time, the job table's NFFT / frequency / height / time axis, the
// endpoint rows coloured by what the probe's reply means, and the waterfall image without the
// cursor crosshair and with its caption (server, job, time range, colour map, levels).
#include "net/focusclient.h"
#include "focusemulator.h"
#include "net/jobapi.h"
#include "net/prober.h"
#include "data/quality.h"
#include "qualitytext.h"
#include "job/qualitymonitor.h"
#include "job/readinesscontroller.h"
#include "sessionreport.h"
#include "waterfallexportcaption.h"
#include "waterfallpanel.h"
#include "waterfallplot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <qcustomplot.h>

using namespace wf;
using wf::emu::EmulatorOptions;
using wf::emu::FocusEmulator;

namespace {

EndpointProbe probe(EndpointId id, EndpointState state, int status, bool warning = false)
{
    EndpointProbe p;
    p.id = id;
    p.state = state;
    p.reason = state == EndpointState::Available ? ProbeReason::ExpectedReply : ProbeReason::FrameworkNotFound;
    p.info.httpStatus = status;
    p.warning = warning;
    return p;
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestSessionReport : public QObject
{
    Q_OBJECT
  private slots:
    void endpointRowsAreColouredByMeaning_data();
    void endpointRowsAreColouredByMeaning();
    void captionFollowsTheLayoutDirection();
    void findingLabelsAreWordsThatNeverOverlap();
    void reportOfARealJob();
};

void TestSessionReport::endpointRowsAreColouredByMeaning_data()
{
    QTest::addColumn<EndpointProbe>("p");
    QTest::addColumn<QString>("cls");
    QTest::addColumn<QString>("words");
    QTest::newRow("200 available") << probe(EndpointId::Channels, EndpointState::Available, 200) << "ok" << "available";
    QTest::newRow("404 to an impossible id") << probe(EndpointId::Waterfall, EndpointState::Available, 404) << "refused-as-contract"
                                             << "available — answered \u2066404\u2069 to an id that cannot exist, as the contract says";
    QTest::newRow("500 to an invalid configuration")
        << probe(EndpointId::Configure, EndpointState::Available, 500) << "refused-as-contract"
        << "available — answered \u2066500\u2069 to an invalid configuration, as the contract says";
    QTest::newRow("accepted an invalid request") << probe(EndpointId::Configure, EndpointState::Available, 200, true) << "warn"
                                                 << "available";
    QTest::newRow("not deployed") << probe(EndpointId::Waterfall, EndpointState::NotDeployed, 404) << "absent" << "not deployed";
    QTest::newRow("timeout") << probe(EndpointId::Ack, EndpointState::Timeout, 0) << "fail" << "timeout";
}

void TestSessionReport::endpointRowsAreColouredByMeaning()
{
    QFETCH(EndpointProbe, p);
    QFETCH(QString, cls);
    QFETCH(QString, words);
    QCOMPARE(SessionReport::endpointClass(p), cls);
    QCOMPARE(SessionReport::endpointStateText(p), words);
}

void TestSessionReport::captionFollowsTheLayoutDirection()
{
    // A short caption starts at the leading edge: the left in English, the right in Hebrew.
    QImage picture(400, 60, QImage::Format_ARGB32);
    picture.fill(Qt::white);
    for (const Qt::LayoutDirection dir : {Qt::LeftToRight, Qt::RightToLeft}) {
        QGuiApplication::setLayoutDirection(dir);
        const QImage out = WaterfallExportCaption::withCaption(picture, QStringLiteral("job 7"));
        QVERIFY(out.height() > picture.height());
        int left = 0, right = 0;
        for (int y = picture.height() + 1; y < out.height(); ++y)
            for (int x = 0; x < out.width(); ++x)
                (x < out.width() / 2 ? left : right) += qGray(out.pixel(x, y)) < 128;
        QVERIFY2(dir == Qt::LeftToRight ? left > 0 && right == 0 : right > 0 && left == 0,
                 qPrintable(QStringLiteral("%1 / %2").arg(left).arg(right)));
    }
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}

void TestSessionReport::findingLabelsAreWordsThatNeverOverlap()
{
    // Rows 20-22 hold negative samples on every channel, a NaN, a ragged row, a gap and an overlap:
    // several checks' first and latest findings land on the same few rows of the picture.
    WaterfallPanel panel;
    panel.plot()->setFrameRate(0);
    panel.resize(900, 600);
    panel.resetJob(1, 40);
    WaterfallBlock block;
    constexpr qint64 t0 = 1'764'946'703'000;
    for (int i = 0; i < 60; ++i) {
        WaterfallRow row;
        row.startMs = t0 + i * 100 + (i == 21 ? 900 : 0) - (i == 23 ? 950 : 0);
        row.endMs = row.startMs + 100;
        row.offsets.push_back(0);
        for (int ch = 1; ch <= 40; ++ch) {
            if (i == 22 && ch == 7)
                continue; // a missing channel
            row.sensorIds.push_back(ch - 1);
            row.samples.push_back(i >= 20 && i <= 22 ? (ch == 3 ? std::numeric_limits<float>::quiet_NaN() : -1.0f) : 5.0f);
            row.offsets.push_back(uint32_t(row.samples.size()));
        }
        block.rows.push_back(row);
    }
    panel.appendBlocks({block});
    QualityChecker checker;
    ConfigureRequest q;
    q.channelMin = 1;
    q.channelMax = 40;
    checker.reset(q);
    checker.addBlocks({block});
    panel.show();
    panel.plot()->renderFrame(true);
    panel.plot()->renderFrame();

    for (const Qt::LayoutDirection dir : {Qt::LeftToRight, Qt::RightToLeft}) {
        QGuiApplication::setLayoutDirection(dir);
        const std::vector<FindingLabel> labels = SessionReport::findingLabels(*panel.plot(), checker);
        QVERIFY2(labels.size() >= 3, qPrintable(QString::number(labels.size())));
        QSet<QString> said;
        const QRect area = panel.plot()->customPlot()->axisRect()->rect();
        for (size_t i = 0; i < labels.size(); ++i) {
            const FindingLabel &a = labels[i];
            QVERIFY2(!a.label.isEmpty(), qPrintable(a.text()));
            QVERIFY(QRectF(area).contains(a.label));
            for (const QString &t : a.texts) {
                said << t;
                QVERIFY2(!t.contains(QLatin1Char('_')), qPrintable(t)); // words, not keys such as rows_with_negative
            }
            for (size_t j = 0; j < labels.size(); ++j) {
                if (j != i) {
                    QVERIFY2(!a.label.intersects(labels[j].label), qPrintable(a.text() + QStringLiteral(" / ") + labels[j].text()));
                    QVERIFY2(!a.label.intersects(labels[j].frame), qPrintable(a.text()));
                }
            }
        }
        QVERIFY2(said.contains(QualityText::checkName(QualityCheck::NegativeValues)), qPrintable(QStringList(said.values()).join(" | ")));
        QVERIFY(said.contains(QualityText::checkName(QualityCheck::TimestampGaps)));
    }
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);

    // Many findings on one spot and beside it: still no two labels on top of each other.
    std::vector<FindingMark> crowd;
    for (int i = 0; i < 12; ++i)
        crowd.push_back({QPointF(200 + (i % 3) * 16, 150 + (i / 3) * 9), QStringLiteral("finding number %1").arg(i)});
    const std::vector<FindingLabel> placed = layoutFindingLabels(crowd, QRectF(0, 0, 500, 400), SessionReport::findingLabelFont());
    for (size_t i = 0; i < placed.size(); ++i)
        for (size_t j = i + 1; j < placed.size(); ++j)
            QVERIFY(placed[i].label.isEmpty() || !placed[i].label.intersects(placed[j].label));
}

void TestSessionReport::reportOfARealJob()
{
    EmulatorOptions o;
    o.consumerDelayMs = 100;
    FocusEmulator emu(o);
    QVERIFY2(emu.start() != 0, qPrintable(emu.startError()));
    ClientOptions co;
    co.baseUrl = QUrl(emu.baseUrl());
    FocusClient client(co);
    ClientJobApi api(&client);
    SystemClock clock;
    ReadinessController controller(&api, &clock);
    QualityMonitor monitor(&controller, &api);
    WaterfallPanel waterfall;
    waterfall.attach(&controller);
    waterfall.resize(1000, 700);
    waterfall.show();

    ConfigureRequest q;
    q.channelMin = 1;
    q.channelMax = 40;
    q.nfft = 256;
    q.freqMin = 10;
    q.freqMax = 200;
    q.height = 400;
    q.timeAxisDurationS = 12;
    controller.start(q);
    QTRY_VERIFY_WITH_TIMEOUT(controller.rowsReceived() > 20, 30'000);
    QVERIFY(controller.startedAtEpochMs() > 0);

    EndpointProber prober(&client);
    QSignalSpy probed(&prober, &EndpointProber::finished);
    prober.start();
    QVERIFY(probed.wait(30'000));
    const ProbeResult endpoints = probed.first().first().value<ProbeResult>();

    controller.stop(); // the rows and the findings stay as they are from here on

    // The cursor over the plot: the crosshair shows on the screen, never in the report's picture.
    waterfall.plot()->setFrameRate(0);
    waterfall.plot()->renderFrame(true);
    QCustomPlot *cp = waterfall.plot()->customPlot();
    const auto visibleCrosshairLines = [cp] {
        int n = 0;
        for (int i = 0; i < cp->itemCount(); ++i)
            n += qobject_cast<QCPItemStraightLine *>(cp->item(i)) && cp->item(i)->visible();
        return n;
    };
    const auto rgb = [](const QImage &i) { return i.convertToFormat(QImage::Format_RGB32); };
    const QImage unhovered = SessionReport::markedWaterfall(*waterfall.plot(), monitor.checker());
    const QImage screenBefore = rgb(cp->grab().toImage());
    const QPoint centre = cp->axisRect()->rect().center();
    QMouseEvent move(QEvent::MouseMove, centre, cp->mapToGlobal(centre), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(cp, &move);
    QCOMPARE(visibleCrosshairLines(), 2);
    const QImage screenHovered = rgb(cp->grab().toImage());
    QVERIFY(screenHovered != screenBefore); // the crosshair is drawn on the screen
    const QImage marked = SessionReport::markedWaterfall(*waterfall.plot(), monitor.checker());
    QCOMPARE(rgb(marked), rgb(unhovered));             // and not in the picture
    QCOMPARE(visibleCrosshairLines(), 2);              // it is back after the grab
    QCOMPARE(rgb(cp->grab().toImage()), screenHovered);

    QTemporaryDir dir;
    const QString html = dir.filePath(QStringLiteral("report.html"));
    SessionReportInput in;
    in.server = emu.baseUrl();
    in.controller = &controller;
    in.quality = &monitor.checker();
    in.endpoints = endpoints;
    in.waterfall = marked;
    in.generatedAt = QDateTime::currentDateTime();
    QString error;
    QVERIFY2(SessionReport::save(html, in, &error), qPrintable(error));
    const QString page = readAll(html);

    // "Configure sent" has its time: the controller's wall-clock start.
    const QString sentAt = QDateTime::fromMSecsSinceEpoch(controller.startedAtEpochMs(), Qt::UTC).toString(Qt::ISODateWithMs);
    const QRegularExpression sentRow(QStringLiteral("<tr><td>Configure sent</td><td>([^<]+) <bdi dir=\"ltr\"><code>([^<]+)</code>"));
    const QRegularExpressionMatch sent = sentRow.match(page);
    QVERIFY2(sent.hasMatch(), qPrintable(page.left(4000)));
    QCOMPARE(sent.captured(2), sentAt);
    QVERIFY(sent.captured(1).contains(QDateTime::fromMSecsSinceEpoch(controller.startedAtEpochMs()).toString(QStringLiteral("HH:mm:ss"))));

    // The job table says what was requested.
    const auto cell = [&page](const QString &name) {
        const QRegularExpression re(QStringLiteral("<tr><td>%1</td><td><bdi dir=\"ltr\"><code>([^<]+)</code>")
                                        .arg(QRegularExpression::escape(name)));
        return re.match(page).captured(1);
    };
    QCOMPARE(cell(QStringLiteral("NFFT")), QStringLiteral("256"));
    QCOMPARE(cell(QStringLiteral("Frequency range (Hz)")), QStringLiteral("10–200"));
    QCOMPARE(cell(QStringLiteral("Height (rows)")), QStringLiteral("400"));
    QCOMPARE(cell(QStringLiteral("Time axis (s)")), QStringLiteral("12"));

    // An endpoint that proves itself with a 404 reads as such, not as a bare green "available".
    int refusals = 0;
    for (const EndpointProbe &p : endpoints.endpoints) {
        const QRegularExpression re(QStringLiteral("<tr class=\"endpoint ep-([a-z-]+)\" data-endpoint=\"%1\">.*?<td class=\"state\">([^<]+)</td>")
                                        .arg(QRegularExpression::escape(p.info.route.toHtmlEscaped())));
        const QRegularExpressionMatch m = re.match(page);
        QVERIFY2(m.hasMatch(), qPrintable(p.info.route));
        QCOMPARE(m.captured(1), SessionReport::endpointClass(p));
        if (p.state == EndpointState::Available && p.info.httpStatus == 404) {
            ++refusals;
            QCOMPARE(m.captured(1), QStringLiteral("refused-as-contract"));
            QVERIFY2(m.captured(2).contains(QStringLiteral("as the contract says")), qPrintable(m.captured(2)));
        }
    }
    QVERIFY(refusals > 0); // /metadata/{id} and /waterfall/{id}/0 answer 404 {"error":...}

    // The picture carries its caption: drawn in a band under it, and said under the image.
    const QString caption = SessionReport::waterfallCaption(in);
    QVERIFY(caption.contains(emu.baseUrl()));
    QVERIFY(caption.contains(controller.jobId()));
    QVERIFY(caption.contains(QStringLiteral("UTC")));
    const QDateTime fromUtc = QDateTime::fromMSecsSinceEpoch(qint64(std::floor(waterfall.plot()->visibleFromMs())), Qt::UTC);
    QVERIFY2(caption.contains(fromUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))), qPrintable(caption));
    QVERIFY(caption.contains(QStringLiteral("Viridis")));
    // Said once: in the band under the picture, not again as a paragraph (the JSON and the image's
    // alternative text, which nobody sees beside the picture, hold it too).
    QString shown = page;
    shown.remove(QRegularExpression(QStringLiteral("<script.*</script>"), QRegularExpression::DotMatchesEverythingOption));
    shown.remove(QRegularExpression(QStringLiteral(" alt=\"[^\"]*\"")));
    QVERIFY2(!shown.contains(caption.toHtmlEscaped()), qPrintable(shown.right(2000)));
    QVERIFY(!shown.contains(QStringLiteral("class=\"caption\"")));
    // "Generated" says its time zone: the local time and its offset from UTC.
    const QRegularExpression generated(QStringLiteral("Generated: <bdi dir=\"ltr\"><code>(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d) UTC([+-]\\d\\d:\\d\\d)</code>"));
    const QRegularExpressionMatch gen = generated.match(page);
    QVERIFY2(gen.hasMatch(), qPrintable(page.left(1500)));
    QCOMPARE(gen.captured(1), in.generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    const QRegularExpressionMatch img = QRegularExpression(QStringLiteral("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"")).match(page);
    QVERIFY(img.hasMatch());
    const QImage embedded = QImage::fromData(QByteArray::fromBase64(img.captured(1).toLatin1()), "PNG");
    QCOMPARE(embedded.width(), marked.width());
    QVERIFY(embedded.height() > marked.height() + 10);
    QCOMPARE(embedded.text(QStringLiteral("caption")), caption);
    QCOMPARE(embedded.copy(0, 0, marked.width(), marked.height()).convertToFormat(QImage::Format_RGB32),
             marked.convertToFormat(QImage::Format_RGB32));

    // The JSON: the old keys as they were, and the added ones.
    const QJsonObject json = QJsonDocument::fromJson(readAll(SessionReport::jsonPathFor(html)).toUtf8()).object();
    QCOMPARE(json.value("config").toObject().value("nfft").toInt(), 256);
    QCOMPARE(json.value("configure_sent_at").toString(), sentAt);
    const QJsonObject table = json.value("job_table").toObject();
    QCOMPARE(table.value("nfft").toInt(), 256);
    QCOMPARE(table.value("frequency_hz").toArray(), (QJsonArray{10.0, 200.0}));
    QCOMPARE(table.value("height_rows").toInt(), 400);
    QCOMPARE(table.value("time_axis_s").toDouble(), 12.0);
    QCOMPARE(json.value("waterfall_caption").toString(), caption);
}

QTEST_MAIN(TestSessionReport)
#include "tst_sessionreport.moc"
