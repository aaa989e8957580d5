// ReadinessPanel following real jobs against the in-process emulator (FocusClient, ClientJobApi,
// SystemClock, ReadinessController): the badge, the diagnosis, the timeline, the reply counters,
// the request log, the buttons, the Markdown report and the saved log, with screenshots in
// English and under a right-to-left layout.
#include "apptext.h"
#include "focusemulator.h"
#include "jobparamsview.h"
#include "jobtimelineview.h"
#include "readinesspanel.h"
#include "replycounterstable.h"
#include "requestlogview.h"
#include "support/heartbeat.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>
#include <algorithm>
#include <memory>

using namespace wf;
using wf::emu::EmulatorOptions;
using wf::emu::FocusEmulator;

namespace {

enum Scenario { Normal, RouteAbsent, ConsumerNeverCreated, HistoricEnd };

constexpr int kRowCount = 10;

// The text a reader sees, without the invisible marks that keep ids and numbers left-to-right.
QString visible(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]")));
    return text;
}

QString grabDir()
{
    const QString dir = QDir::temp().filePath(QStringLiteral("focuswaterfall-tst_readinesspanel"));
    QDir().mkpath(dir);
    return dir;
}

// One emulator, client and controller, torn down controller first.
struct Rig {
    explicit Rig(Scenario scenario)
    {
        EmulatorOptions o;
        o.consumerDelayMs = 300;
        o.waterfallRouteAbsent = scenario == RouteAbsent;
        o.consumerNeverCreated = scenario == ConsumerNeverCreated;
        emulator = std::make_unique<FocusEmulator>(o);
        if (emulator->start() == 0)
            return;
        ClientOptions c;
        c.baseUrl = QUrl(emulator->baseUrl());
        c.timeoutMs = 5000;
        client = std::make_unique<FocusClient>(c);
        api = std::make_unique<ClientJobApi>(client.get());
        controller = std::make_unique<ReadinessController>(api.get(), &clock);

        request.channelMin = 1;
        request.channelMax = 8;
        if (scenario == HistoricEnd) {
            // Four seconds of the recording still running, played back at four times real time.
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            request.startTimeS = now - 60;
            request.endTimeS = now - 56;
        }
        settings.rowCount = kRowCount;
        settings.maxPollMs = 300;
        settings.readyTimeoutMs = scenario == ConsumerNeverCreated ? 1500 : 10'000;
        settings.dataTimeoutMs = 5000;
    }
    bool ok() const { return controller != nullptr; }
    void start() { controller->start(request, settings); }

    SystemClock clock;
    std::unique_ptr<FocusEmulator> emulator;
    std::unique_ptr<FocusClient> client;
    std::unique_ptr<ClientJobApi> api;
    std::unique_ptr<ReadinessController> controller;
    ConfigureRequest request;
    ReadinessSettings settings;
};

QPushButton *button(const ReadinessPanel &panel, const QString &text)
{
    for (QPushButton *b : panel.findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

bool labelShows(const QWidget &w, const QString &text)
{
    for (const QLabel *l : w.findChildren<QLabel *>())
        if (l->isVisibleTo(&w) && l->text() == text)
            return true;
    return false;
}

// Marks every message of one context, so a test sees which texts were retranslated.
class MarkingTranslator : public QTranslator
{
  public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return qstrcmp(context, "wf::ReadinessPanel") == 0 || qstrcmp(context, "AppText") == 0 ? QStringLiteral("[%1]").arg(QString::fromUtf8(source))
                                                           : QString();
    }
    bool isEmpty() const override { return false; }
};

// Covers messages the Hebrew catalogue does not translate yet (it lags behind new code): they start
// with a Hebrew word, so the screenshot shows real mixed-direction text everywhere.
class PseudoHebrewTranslator : public QTranslator
{
  public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        for (const char *c : {"wf::ReadinessPanel", "wf::JobParamsView", "ReadinessText", "AppText"})
            if (qstrcmp(context, c) == 0)
                return QStringLiteral("עברית ") + QString::fromUtf8(source);
        return QString();
    }
    bool isEmpty() const override { return false; }
};

bool hasHebrew(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x05D0 && c.unicode() <= 0x05EA; });
}

} // namespace

class TestReadinessPanel : public QObject
{
    Q_OBJECT

  private slots:
    void followsScenario_data();
    void followsScenario();
    void countsUpWhileWaiting();
    void stopAndConfigureAgain();
    void reportAndSavedLog();
    void idlePanelAndLanguageChange();
    void logIsCapped();

  private:
    void screenshot(ReadinessPanel &panel, const QString &name);
};

void TestReadinessPanel::screenshot(ReadinessPanel &panel, const QString &name)
{
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCoreApplication::sendPostedEvents(); // a direction change re-lays out through posted events
    QCoreApplication::processEvents();
    const QPixmap shot = panel.grab();
    QVERIFY(!shot.isNull());
    const QString file = grabDir() + QLatin1Char('/') + name + QStringLiteral(".png");
    QVERIFY2(shot.save(file), qPrintable(file));
    qInfo("screenshot: %s", qPrintable(file));
}

void TestReadinessPanel::followsScenario_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QList<bool>>("steps");   // configure sent, job id, consumer ready, first data, finished
    QTest::addColumn<QStringList>("counted"); // "endpoint/status" cells that must be > 0

    QTest::newRow("normal") << int(Normal) << int(JobState::StreamingData) << QStringLiteral("ok")
                            << QList<bool>{true, true, true, true, false}
                            << QStringList{QStringLiteral("configure/200"), QStringLiteral("waterfall/201")};
    QTest::newRow("route absent") << int(RouteAbsent) << int(JobState::Failed)
                                  << QStringLiteral("endpoint_not_deployed")
                                  << QList<bool>{true, true, false, false, true}
                                  << QStringList{QStringLiteral("configure/200"), QStringLiteral("waterfall/404")};
    QTest::newRow("consumer never created")
        << int(ConsumerNeverCreated) << int(JobState::Failed) << QStringLiteral("consumer_not_created")
        << QList<bool>{true, true, false, false, true}
        << QStringList{QStringLiteral("metadata/404"), QStringLiteral("waterfall/404")};
    QTest::newRow("historic end") << int(HistoricEnd) << int(JobState::Ended) << QStringLiteral("analyzer_exited")
                                  << QList<bool>{true, true, true, true, true}
                                  << QStringList{QStringLiteral("waterfall/201"), QStringLiteral("waterfall/208")};
}

void TestReadinessPanel::followsScenario()
{
    QFETCH(int, scenario);
    QFETCH(int, state);
    QFETCH(QString, code);
    QFETCH(QList<bool>, steps);
    QFETCH(QStringList, counted);

    Rig rig{Scenario(scenario)};
    QVERIFY2(rig.ok(), qPrintable(rig.emulator->startError()));
    ReadinessPanel panel;
    panel.resize(560, 1000);
    panel.setServer(rig.emulator->baseUrl(), false);
    panel.setController(rig.controller.get());
    QSignalSpy finished(rig.controller.get(), &ReadinessController::finished);
    rig.start();

    if (JobState(state) == JobState::StreamingData) {
        QTRY_VERIFY_WITH_TIMEOUT(rig.controller->rowsReceived() >= 3 * kRowCount, 10'000);
    } else {
        QVERIFY(finished.wait(15'000));
    }
    const ReadinessController &c = *rig.controller;
    QCOMPARE(c.state(), JobState(state));
    if (scenario == RouteAbsent) // decided at the first 404, not after the ready timeout
        QVERIFY2(c.elapsedMs() < 3000, qPrintable(QString::number(c.elapsedMs())));

    // The badge: the state in words, in the state's colour.
    QCOMPARE(panel.stateText(), AppText::jobStateText(JobState(state)));
    if (scenario == Normal)
        QCOMPARE(panel.stateText(), QStringLiteral("streaming"));
    bool badge = false;
    for (const QLabel *l : panel.findChildren<QLabel *>())
        badge = badge ||
                (l->text() == panel.stateText() && l->styleSheet().contains(jobStateColor(JobState(state)).name()));
    QVERIFY2(badge, "no label shows the state in its colour");

    // The verdict: its code and its sentence, both on screen.
    QCOMPARE(panel.diagnosisCode(), code);
    // The sentence of this job (a historic end says how much of its window arrived).
    QCOMPARE(panel.diagnosisSentence(), AppText::diagnosisText(*c.diagnosis(), c));
    QVERIFY(labelShows(panel, AppText::diagnosisText(*c.diagnosis(), c)));
    if (c.diagnosis() == Diagnosis::AnalyzerExited)
        QVERIFY2(panel.diagnosisSentence().contains(QLatin1String("Rows cover")), qPrintable(panel.diagnosisSentence()));
    bool codeShown = false;
    for (const QLabel *l : panel.findChildren<QLabel *>())
        codeShown = codeShown || visible(l->text()) == code;
    QVERIFY2(codeShown, "no label shows the diagnosis code");

    // The job: its id and parameters.
    auto *params = panel.findChild<JobParamsView *>();
    QVERIFY(params);
    QCOMPARE(visible(params->value(JobParamsView::JobId)), c.jobId());
    QCOMPARE(visible(params->value(JobParamsView::Server)), rig.emulator->baseUrl());
    QVERIFY(visible(params->value(JobParamsView::Channels)).startsWith(QStringLiteral("1–8")));
    QCOMPARE(visible(params->value(JobParamsView::Window)).startsWith(QStringLiteral("historic")),
             scenario == HistoricEnd);
    QVERIFY(!params->insecureShown());

    // The timeline: what happened is lit, with the controller's times; the rest greyed.
    auto *timeline = panel.findChild<JobTimelineView *>();
    QVERIFY(timeline);
    for (int s = 0; s < JobTimelineView::kSteps; ++s)
        QVERIFY2(timeline->happened(JobStep(s)) == steps.at(s),
                 qPrintable(QStringLiteral("step %1: %2").arg(s).arg(visible(timeline->stepText(JobStep(s))))));
    QVERIFY(visible(timeline->stepText(JobStep::JobId)).contains(c.jobId()));
    if (c.timeline().consumerReady) {
        QCOMPARE(visible(timeline->timeText(JobStep::ConsumerReady)),
                 QStringLiteral("+%1 ms").arg(*c.timeline().consumerReady));
        QVERIFY(*c.timeline().consumerReady >= 250); // the emulator's 300 ms consumer delay
    }
    if (c.timeline().firstData)
        QCOMPARE(visible(timeline->timeText(JobStep::FirstData)),
                 QStringLiteral("+%1 ms").arg(*c.timeline().firstData));
    if (JobState(state) == JobState::Failed)
        QVERIFY(visible(timeline->stepText(JobStep::Finished)).startsWith(QStringLiteral("Failed +")));

    // The counters: the controller's numbers, in the endpoint × status grid.
    auto *counters = panel.findChild<ReplyCountersTable *>();
    QVERIFY(counters);
    for (const QString &cell : std::as_const(counted)) {
        const QString endpoint = cell.section(QLatin1Char('/'), 0, 0), status = cell.section(QLatin1Char('/'), 1, 1);
        QVERIFY2(counters->shownCount(endpoint, status) > 0, qPrintable(cell));
        QCOMPARE(counters->shownCount(endpoint, status), c.polls().value(endpoint).value(status));
    }

    // The request log: one line per reply, waterfall polls among them.
    const QString log = panel.logText();
    const QString firstStatus =
        scenario == RouteAbsent || scenario == ConsumerNeverCreated ? QStringLiteral("404") : QStringLiteral("20");
    const QRegularExpression waterfallLine(QStringLiteral(R"(^\d\d:\d\d:\d\d\.\d{3} GET +/waterfall/%1/%2 +%3)")
                                               .arg(QRegularExpression::escape(c.jobId()))
                                               .arg(kRowCount)
                                               .arg(firstStatus),
                                           QRegularExpression::MultilineOption);
    QVERIFY2(waterfallLine.match(log).hasMatch(), qPrintable(log.left(2000)));
    int replies = 0;
    for (const auto &byStatus : c.polls())
        for (int n : byStatus)
            replies += n;
    QCOMPARE(
        int(log.count(QRegularExpression(QStringLiteral("^\\S+ (GET|POST) "), QRegularExpression::MultilineOption))),
        replies);

    // Buttons follow the state.
    const bool terminal = isTerminal(JobState(state));
    QVERIFY(button(panel, terminal ? QStringLiteral("Start job") : QStringLiteral("Stop job")));
    QCOMPARE(panel.jobActive(), !terminal);

    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'));
    screenshot(panel, tag + QStringLiteral("_en"));
    if (scenario == Normal) {
        // Beside the plot in a 1280×760 window the panel is wider and shorter: the details scroll,
        // the verdict and the buttons stay in view.
        panel.resize(760, 620);
        QVERIFY(panel.minimumSizeHint().height() < 620);
        screenshot(panel, tag + QStringLiteral("_short_en"));
        QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("startStop"))->isVisible());
        // The log still shows its newest line after the resize.
        QScrollBar *bar = panel.findChild<RequestLogView *>()->verticalScrollBar();
        // (The scroll range follows the text layout, which runs from the event loop.)
        QTRY_VERIFY(bar->maximum() > 0);
        QTRY_COMPARE(bar->value(), bar->maximum());
        panel.resize(560, 1000);
    }

    // Under a right-to-left layout the log stays left-to-right and the panel still tells the story.
    QApplication::setLayoutDirection(Qt::RightToLeft);
    PseudoHebrewTranslator fallback;
    QCoreApplication::installTranslator(&fallback); // installed first: the real catalogue takes precedence
    installTranslations(*qApp, QStringLiteral("he"));
    QCoreApplication::processEvents(); // the language change is posted
    QCOMPARE(panel.layoutDirection(), Qt::RightToLeft);
    QVERIFY2(hasHebrew(panel.stateText()), qPrintable(panel.stateText()));
    QCOMPARE(panel.findChild<RequestLogView *>()->layoutDirection(), Qt::LeftToRight);
    QCOMPARE(panel.diagnosisCode(), code);
    QCOMPARE(panel.stateText(), AppText::jobStateText(c.state()));            // retranslated
    QVERIFY(visible(timeline->stepText(JobStep::JobId)).contains(c.jobId())); // the id unbroken inside Hebrew
    screenshot(panel, tag + QStringLiteral("_rtl"));
    QCoreApplication::removeTranslator(&fallback);
    QApplication::setLayoutDirection(Qt::LeftToRight);
    installTranslations(*qApp, QStringLiteral("en"));
}

void TestReadinessPanel::countsUpWhileWaiting()
{
    Rig rig{ConsumerNeverCreated};
    QVERIFY(rig.ok());
    rig.settings.readyTimeoutMs = 60'000; // never reached: the test watches the waiting state
    ReadinessPanel panel;
    panel.setController(rig.controller.get());
    rig.start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller->state(), JobState::WaitingForConsumer, 5000);
    auto *timeline = panel.findChild<JobTimelineView *>();
    QTRY_VERIFY_WITH_TIMEOUT(timeline->timeText(JobStep::ConsumerReady).startsWith(QStringLiteral("not yet")),
                             wf::test::scaledMs(1000));
    const QString before = timeline->timeText(JobStep::ConsumerReady);
    // Only the refresh timer changes it: the controller signals nothing new while it waits.
    QTRY_VERIFY_WITH_TIMEOUT(timeline->timeText(JobStep::ConsumerReady) != before,
                             wf::test::scaledMs(2 * ReadinessPanel::kRefreshMs + 500));
    QVERIFY(!timeline->happened(JobStep::ConsumerReady));
    QCOMPARE(panel.diagnosisCode(), QString()); // no verdict while waiting
    QCOMPARE(panel.diagnosisSentence(), ReadinessText::pendingText(JobState::WaitingForConsumer));
}

void TestReadinessPanel::stopAndConfigureAgain()
{
    Rig rig{Normal};
    QVERIFY(rig.ok());
    ReadinessPanel panel;
    panel.setController(rig.controller.get());
    // Wired as the main window wires it.
    connect(&panel, &ReadinessPanel::stopRequested, rig.controller.get(), &ReadinessController::stop);
    connect(&panel, &ReadinessPanel::startRequested, &panel, [&rig] { rig.start(); });
    // One button: it says what it will do now, and does it.
    auto *startStop = panel.findChild<QPushButton *>(QStringLiteral("startStop"));
    QVERIFY(startStop);
    QVERIFY(!button(panel, QStringLiteral("Configure again")));
    QCOMPARE(startStop->text(), QStringLiteral("Start job"));
    QVERIFY(startStop->isEnabled());

    rig.start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller->state(), JobState::StreamingData, 10'000);
    QCOMPARE(startStop->text(), QStringLiteral("Stop job"));
    QVERIFY(panel.jobActive());
    const QString firstJob = rig.controller->jobId();

    QTest::mouseClick(startStop, Qt::LeftButton);
    QCOMPARE(rig.controller->state(), JobState::Stopped);
    QCOMPARE(panel.stateText(), QStringLiteral("stopped"));
    QCOMPARE(startStop->text(), QStringLiteral("Start job"));
    QVERIFY(!panel.jobActive());
    auto *timeline = panel.findChild<JobTimelineView *>();
    QVERIFY(timeline->happened(JobStep::Finished));
    QVERIFY(visible(timeline->stepText(JobStep::Finished)).startsWith(QStringLiteral("Stopped +")));
    QVERIFY(panel.logText().contains(firstJob));

    // One click: a new job with the same settings, on a fresh log.
    QTest::mouseClick(startStop, Qt::LeftButton);
    QCOMPARE(startStop->text(), QStringLiteral("Stop job"));
    QVERIFY(!panel.logText().contains(QStringLiteral("/waterfall/%1/").arg(firstJob)));
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller->state(), JobState::StreamingData, 10'000);
    QVERIFY(rig.controller->jobId() != firstJob);
    QCOMPARE(visible(panel.findChild<JobParamsView *>()->value(JobParamsView::JobId)), rig.controller->jobId());
    QVERIFY(!timeline->happened(JobStep::Finished));
}

void TestReadinessPanel::reportAndSavedLog()
{
    Rig rig{Normal};
    QVERIFY(rig.ok());
    ReadinessPanel panel;
    panel.setServer(rig.emulator->baseUrl(), true);
    panel.setController(rig.controller.get());
    rig.start();
    QTRY_VERIFY_WITH_TIMEOUT(rig.controller->rowsReceived() >= 2 * kRowCount, 10'000);
    rig.controller->stop();
    const ReadinessController &c = *rig.controller;
    QVERIFY(panel.findChild<JobParamsView *>()->insecureShown());

    const QString md = panel.markdownReport();
    QVERIFY2(md.contains(QStringLiteral("`%1`").arg(rig.emulator->baseUrl())), qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("insecure")), qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("**Job id:** `%1`").arg(c.jobId())), qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("**Diagnosis:** `ok` — %1").arg(AppText::diagnosisText(Diagnosis::Ok))),
             qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("channels 1–8")), qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("(`stopped`)")), qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("| Consumer ready | %1 ms |").arg(*c.timeline().consumerReady)),
             qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("| First data | %1 ms |").arg(*c.timeline().firstData)), qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("| Ended (208) | — |")), qPrintable(md));
    // Counters: a header naming the statuses, and the waterfall's row with the controller's numbers.
    const QStringList lines = md.split(QLatin1Char('\n'));
    const qsizetype header = lines.indexOf(QRegularExpression(QStringLiteral(R"(^\| Endpoint \|.*\| 201 \|.*)")));
    QVERIFY2(header >= 0, qPrintable(md));
    const QStringList statuses = lines.at(header).split(QLatin1Char('|'), Qt::SkipEmptyParts).mid(1);
    const qsizetype row = lines.indexOf(QRegularExpression(QStringLiteral(R"(^\| `waterfall` \|.*)")));
    QVERIFY2(row > header, qPrintable(md));
    const QStringList cells = lines.at(row).split(QLatin1Char('|'), Qt::SkipEmptyParts).mid(1);
    QCOMPARE(cells.size(), statuses.size());
    for (qsizetype i = 0; i < statuses.size(); ++i)
        QCOMPARE(cells.at(i).trimmed().toInt(),
                 c.polls().value(QStringLiteral("waterfall")).value(statuses.at(i).trimmed()));
    QVERIFY(md.contains(QStringLiteral("\"diagnosis\": \"ok\""))); // the machine-readable report rides along

    QTest::mouseClick(button(panel, QStringLiteral("Copy report")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), md);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("requests.log"));
    QString error;
    QVERIFY2(panel.saveLog(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList saved = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(saved.value(0).startsWith(QLatin1Char('#')));
    QVERIFY2(saved.value(0).contains(c.jobId()) && saved.value(0).contains(QStringLiteral("diagnosis ok")),
             qPrintable(saved.value(0)));
    const QStringList body = saved.mid(2);
    QCOMPARE(body.size(), qsizetype(panel.logLineCount()));
    QCOMPARE(body.join(QLatin1Char('\n')), panel.logText());
    QVERIFY(body.filter(QStringLiteral("/waterfall/%1/%2").arg(c.jobId()).arg(kRowCount)).size() >= 2);

    QVERIFY(!panel.saveLog(dir.filePath(QStringLiteral("no/such/dir/requests.log")), &error));
    QVERIFY(!error.isEmpty());
}

void TestReadinessPanel::idlePanelAndLanguageChange()
{
    ReadinessPanel panel;
    QCOMPARE(panel.stateText(), QStringLiteral("idle"));
    QCOMPARE(panel.diagnosisCode(), QString());
    QVERIFY(button(panel, QStringLiteral("Start job"))->isEnabled());
    QVERIFY(!button(panel, QStringLiteral("Copy report"))->isEnabled());
    QSignalSpy started(&panel, &ReadinessPanel::startRequested);
    QSignalSpy stopped(&panel, &ReadinessPanel::stopRequested);
    QTest::mouseClick(button(panel, QStringLiteral("Start job")), Qt::LeftButton);
    QCOMPARE(started.count(), 1);
    QCOMPARE(stopped.count(), 0);

    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking); // the language change is posted: let it arrive
    QTRY_VERIFY(button(panel, QStringLiteral("[Start job]")));
    QVERIFY(button(panel, QStringLiteral("[Copy report]")));
    QVERIFY(labelShows(panel, QStringLiteral("[Job status]")));
    QCoreApplication::removeTranslator(&marking);
    QTRY_VERIFY(button(panel, QStringLiteral("Start job")));
    QVERIFY(labelShows(panel, QStringLiteral("Job status")));
}

void TestReadinessPanel::logIsCapped()
{
    FocusClient client(ClientOptions{});
    ClientJobApi api(&client);
    SystemClock clock;
    ReadinessController controller(&api, &clock);
    ReadinessPanel panel;
    panel.setController(&controller);
    const int total = ReadinessPanel::kMaxLogLines + 100;
    for (int i = 0; i < total; ++i)
        emit controller.requestLogged(
            {i, QStringLiteral("GET"), QStringLiteral("/waterfall/1-1/%1").arg(i), 200, {}, 1.5, 0});
    QCOMPARE(panel.logLineCount(), ReadinessPanel::kMaxLogLines);
    const QString log = panel.logText();
    QVERIFY(log.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("/waterfall/1-1/100 ")));
    QVERIFY(log.section(QLatin1Char('\n'), -1).contains(QStringLiteral("/waterfall/1-1/%1 ").arg(total - 1)));
}

QTEST_MAIN(TestReadinessPanel)
#include "tst_readinesspanel.moc"
