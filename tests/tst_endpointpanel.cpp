// EndpointPanel fed with real probe results from the in-process emulator: the summary line, the
// state and evidence of each row, the Markdown copy, and a screenshot of each case; the periodic
// re-probe, the log of state changes, and the server information shown with the routes.
#include "apptext.h"
#include "endpointpanel.h"
#include "focusemulator.h"
#include "net/prober.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTreeWidget>
#include <QtTest>

using namespace wf;
using wf::emu::EmulatorOptions;
using wf::emu::FocusEmulator;

namespace {

enum Scenario { AllAvailable, WaterfallAbsent, ServerDown, TlsRefused };

const QString kFingerprintToken = QStringLiteral("<fingerprint>");

QList<QTreeWidgetItem *> endpointRows(QTreeWidget *tree)
{
    QList<QTreeWidgetItem *> rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).isValid())
            rows.append(tree->topLevelItem(i));
    return rows;
}

// The text a reader sees, without the invisible marks that keep routes left-to-right in Hebrew.
QString visible(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]")));
    return text;
}

// Cells of a Markdown table line: '|' not preceded by a backslash separates them.
qsizetype unescapedPipes(const QString &line)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < line.size(); ++i)
        n += line[i] == QLatin1Char('|') && (i == 0 || line[i - 1] != QLatin1Char('\\')) ? 1 : 0;
    return n;
}

QString grabDir()
{
    const QString dir = QDir::temp().filePath(QStringLiteral("focuswaterfall-tst_endpointpanel"));
    QDir().mkpath(dir);
    return dir;
}

} // namespace

class TestEndpointPanel : public QObject
{
    Q_OBJECT

  private slots:
    void showsProbe_data();
    void showsProbe();
    void probingAndButtons();
    void logsStateChanges();
    void reprobesPeriodically();
    void showsServerInfo_data();
    void showsServerInfo();
    void disagreeingChannelCountsAreBothShown();

  private:
    void probe(Scenario scenario, ProbeResult &out, QString &fingerprint);
};

void TestEndpointPanel::probe(Scenario scenario, ProbeResult &out, QString &fingerprint)
{
    EmulatorOptions o;
    o.waterfallRouteAbsent = scenario == WaterfallAbsent;
    o.https = scenario == TlsRefused;
    FocusEmulator emu(o);
    ClientOptions c;
    c.timeoutMs = 10'000;
    if (scenario == ServerDown) {
        QTcpServer gone;
        QVERIFY(gone.listen(QHostAddress::LocalHost, 0));
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(gone.serverPort()));
        gone.close();
    } else {
        QVERIFY2(emu.start() != 0, qPrintable(emu.startError()));
        c.baseUrl = QUrl(emu.baseUrl());
        fingerprint = emu.certificateFingerprint();
    }
    FocusClient client(c);
    EndpointProber prober(&client);
    QSignalSpy spy(&prober, &EndpointProber::finished);
    prober.start();
    QVERIFY2(spy.wait(30'000), "the probe did not finish");
    out = qvariant_cast<ProbeResult>(spy.at(0).at(0));
    QCOMPARE(out.endpoints.size(), qsizetype(endpoints().size()));
}

void TestEndpointPanel::showsProbe_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QList<int>>("states");      // in the order of endpoints()
    QTest::addColumn<QString>("evidenceRoute");  // the row whose tooltip must hold `evidence`; empty = every row
    QTest::addColumn<QStringList>("evidence");
    QTest::addColumn<QString>("httpOfLastCheck"); // the HTTP cell of that row (or of every row)

    const int A = int(EndpointState::Available);
    const int N = int(EndpointState::NotDeployed);
    const int U = int(EndpointState::Unreachable);
    const int T = int(EndpointState::TlsError);
    QTest::newRow("all available") << int(AllAvailable)
                                   << QStringLiteral("Server reachable · 6/6 deployed endpoints available · "
                                                     "waterfall endpoint available")
                                   << QList<int>(10, A) << QStringLiteral("/ack")
                                   << QStringList{QStringLiteral("route in openapi.json")} << QStringLiteral("200");
    QTest::newRow("incident: waterfall route absent")
        << int(WaterfallAbsent)
        << QStringLiteral("Server reachable · 6/6 deployed endpoints available · waterfall endpoint NOT deployed")
        << QList<int>{A, A, A, A, A, A, A, N, A, A} << QStringLiteral("/waterfall/{task_id}/{row_count}")
        << QStringList{QStringLiteral("route not in openapi.json"), QStringLiteral(R"(404 {"detail":"Not Found"})"),
                       QStringLiteral("the server has no such route")}
        << QStringLiteral("404");
    QTest::newRow("server down") << int(ServerDown) << QStringLiteral("Server unreachable") << QList<int>(10, U)
                                 << QString()
                                 << QStringList{QStringLiteral("connection refused"), QStringLiteral("connection_refused")}
                                 << QStringLiteral("—");
    QTest::newRow("TLS refused") << int(TlsRefused)
                                 << QStringLiteral("TLS failure: the server's certificate is not trusted")
                                 << QList<int>(10, T) << QString() << QStringList{kFingerprintToken}
                                 << QStringLiteral("—");
}

void TestEndpointPanel::showsProbe()
{
    QFETCH(int, scenario);
    QFETCH(QString, summary);
    QFETCH(QList<int>, states);
    QFETCH(QString, evidenceRoute);
    QFETCH(QStringList, evidence);
    QFETCH(QString, httpOfLastCheck);

    ProbeResult result;
    QString fingerprint;
    probe(Scenario(scenario), result, fingerprint);
    if (QTest::currentTestFailed())
        return;
    if (scenario == TlsRefused) {
        QVERIFY(!fingerprint.isEmpty());
        evidence.replaceInStrings(kFingerprintToken, fingerprint);
    }

    EndpointPanel panel;
    panel.resize(1100, 560);
    panel.setResult(result);

    // The summary line tells the story, and it is on screen.
    QCOMPARE(panel.summaryText(), summary);
    bool shown = false;
    for (const QLabel *label : panel.findChildren<QLabel *>())
        shown = shown || label->text() == summary;
    QVERIFY2(shown, "no label shows the summary");

    QTreeWidget *tree = panel.findChild<QTreeWidget *>();
    QVERIFY(tree);
    const QList<QTreeWidgetItem *> rows = endpointRows(tree);
    QCOMPARE(rows.size(), qsizetype(10));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const EndpointSpec &spec = endpoints()[size_t(i)];
        const EndpointProbe &probe = result.endpoints.at(i);
        QTreeWidgetItem *row = rows.at(i);
        const QString route = QString::fromLatin1(spec.path);
        QCOMPARE(visible(row->text(0)), QString::fromLatin1(spec.method) + QLatin1Char(' ') + route);
        QCOMPARE(row->data(0, Qt::UserRole).toInt(), states.at(i));
        QVERIFY2(row->text(1).contains(AppText::stateName(EndpointState(states.at(i)))), qPrintable(row->text(1)));
        QCOMPARE(row->foreground(1).color(), endpointStateColor(EndpointState(states.at(i))));
        // Hovering shows why: the reason in words and the raw evidence.
        const QString tip = row->toolTip(0);
        QVERIFY2(tip.contains(probe.detail), qPrintable(tip));
        QVERIFY2(tip.contains(AppText::reasonText(probe)), qPrintable(tip));
        if (evidenceRoute.isEmpty() || evidenceRoute == route) {
            for (const QString &e : std::as_const(evidence))
                QVERIFY2(tip.contains(e), qPrintable(QStringLiteral("%1: tooltip \"%2\" lacks \"%3\"").arg(route, tip, e)));
            QCOMPARE(visible(row->text(2)), httpOfLastCheck);
        }
    }

    // Markdown for a ticket: a title, a header, a separator and one row per endpoint.
    const QString md = panel.markdownTable();
    const QStringList lines = md.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.value(0).contains(result.server) && lines.value(0).contains(summary), qPrintable(md));
    QCOMPARE(lines.value(1), QStringLiteral("| Endpoint | State | HTTP | Latency | Why |"));
    QCOMPARE(lines.value(2), QStringLiteral("|---|---|---|---|---|"));
    QCOMPARE(lines.size(), qsizetype(3 + 10));
    for (qsizetype i = 0; i < 10; ++i) {
        const EndpointSpec &spec = endpoints()[size_t(i)];
        const QString line = lines.at(3 + i);
        const QString start = QStringLiteral("| `%1 %2` | %3 |")
                                  .arg(QLatin1String(spec.method), QLatin1String(spec.path),
                                       AppText::stateName(EndpointState(states.at(i))));
        QVERIFY2(line.startsWith(start), qPrintable(line));
        QCOMPARE(unescapedPipes(line), qsizetype(6));
    }

    // A picture of it, for the record (outside the source tree).
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QPixmap shot = panel.grab();
    QVERIFY(!shot.isNull());
    QCOMPARE(shot.size(), panel.size() * shot.devicePixelRatio());
    const QString file = grabDir() + QStringLiteral("/%1.png").arg(QString::fromLatin1(QTest::currentDataTag()).replace(
                                                                       QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")),
                                                                       QStringLiteral("_")));
    QVERIFY2(shot.save(file), qPrintable(file));
    qInfo("screenshot: %s", qPrintable(file));
}

void TestEndpointPanel::probingAndButtons()
{
    EndpointPanel panel;
    QCOMPARE(panel.summaryText(), QStringLiteral("Not probed yet"));
    QPushButton *reprobe = nullptr;
    QPushButton *copy = nullptr;
    for (QPushButton *b : panel.findChildren<QPushButton *>()) {
        if (b->text() == QLatin1String("Probe again"))
            reprobe = b;
        else if (b->text() == QLatin1String("Copy as Markdown"))
            copy = b;
    }
    QVERIFY(reprobe && copy);
    QVERIFY(!copy->isEnabled()); // nothing to copy yet

    panel.setProbing(true);
    QCOMPARE(panel.summaryText(), QStringLiteral("Probing the server…"));
    QVERIFY(!reprobe->isEnabled()); // one probe at a time

    ProbeResult result;
    QString fingerprint;
    probe(AllAvailable, result, fingerprint);
    if (QTest::currentTestFailed())
        return;
    panel.setResult(result);
    QVERIFY(reprobe->isEnabled());
    QVERIFY(copy->isEnabled());
    QVERIFY(panel.result().has_value());

    QSignalSpy requested(&panel, &EndpointPanel::reprobeRequested);
    QTest::mouseClick(reprobe, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);

    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), panel.markdownTable());
}

void TestEndpointPanel::logsStateChanges()
{
    // The incident then the fix: the waterfall route appears after a deployment.
    ProbeResult before;
    ProbeResult after;
    QString fingerprint;
    probe(WaterfallAbsent, before, fingerprint);
    if (QTest::currentTestFailed())
        return;
    probe(AllAvailable, after, fingerprint);
    if (QTest::currentTestFailed())
        return;
    auto at = [](const ProbeResult &r) { return QDateTime::fromMSecsSinceEpoch(r.checkedAtMs).toString(QStringLiteral("HH:mm:ss")); };

    EndpointPanel panel;
    auto *log = panel.findChild<QPlainTextEdit *>();
    QVERIFY(log);
    QVERIFY(log->isReadOnly());
    QCOMPARE(log->layoutDirection(), Qt::LeftToRight); // routes keep their braces under Hebrew
    QVERIFY(panel.stateChangeLog().isEmpty());

    panel.setResult(before);
    QCOMPARE(panel.stateChangeLog().size(), qsizetype(1));
    QVERIFY2(panel.stateChangeLog().at(0).startsWith(at(before) + QLatin1Char(' ')), qPrintable(panel.stateChangeLog().at(0)));
    QVERIFY2(panel.stateChangeLog().at(0).contains(QStringLiteral("waterfall endpoint NOT deployed")),
             qPrintable(panel.stateChangeLog().at(0)));

    panel.setResult(after);
    QCOMPARE(panel.stateChangeLog(),
             (QStringList{panel.stateChangeLog().at(0),
                          at(after) + QStringLiteral(" GET /waterfall/{task_id}/{row_count}: not deployed → available")}));
    QCOMPARE(log->toPlainText().split(QLatin1Char('\n')), panel.stateChangeLog());

    panel.setResult(after); // nothing changed: nothing logged
    QCOMPARE(panel.stateChangeLog().size(), qsizetype(2));

    panel.setResult(before); // rolled back: logged again
    QCOMPARE(panel.stateChangeLog().size(), qsizetype(3));
    QCOMPARE(panel.stateChangeLog().at(2),
             at(before) + QStringLiteral(" GET /waterfall/{task_id}/{row_count}: available → not deployed"));
}

void TestEndpointPanel::reprobesPeriodically()
{
    EndpointPanel panel;
    auto *enabled = panel.findChild<QCheckBox *>();
    auto *interval = panel.findChild<QSpinBox *>();
    QVERIFY(enabled && interval);
    QCOMPARE(panel.autoProbeInterval(), 0); // off by default
    QVERIFY(!enabled->isChecked());
    QVERIFY(!interval->isEnabled());

    QSignalSpy requested(&panel, &EndpointPanel::reprobeRequested);
    panel.setAutoProbeInterval(1);
    QCOMPARE(panel.autoProbeInterval(), 1);
    QVERIFY(enabled->isChecked());
    QCOMPARE(interval->value(), 1);
    QVERIFY(interval->isEnabled());
    QVERIFY(requested.wait(3000));

    // A probe still running: the timer does not stack another one on it.
    panel.setProbing(true);
    requested.clear();
    QVERIFY(!requested.wait(1500));
    panel.setProbing(false);
    QVERIFY(requested.wait(3000));

    // The tester unticks the box: no more probes.
    enabled->click();
    QCOMPARE(panel.autoProbeInterval(), 0);
    requested.clear();
    QVERIFY(!requested.wait(1500));

    // Ticking it again uses the interval in the spin box.
    interval->setValue(7);
    enabled->click();
    QCOMPARE(panel.autoProbeInterval(), 7);
    panel.setAutoProbeInterval(0);
    QVERIFY(!enabled->isChecked());
}

void TestEndpointPanel::showsServerInfo_data()
{
    QTest::addColumn<bool>("hasMetadata");
    QTest::addColumn<bool>("waiting");
    QTest::addColumn<QStringList>("shown"); // texts some label must show
    QTest::addColumn<bool>("alarm");        // the fiber state stands out

    const QLocale locale; // numbers are shown in the user's locale
    const QString count = locale.toString(2222);
    const QString range = QStringLiteral("%1 to %2").arg(locale.toString(1), count);
    QTest::newRow("live") << true << false
                          << QStringList{QStringLiteral("Fiber connected: live data available."), QStringLiteral("3.4.1"),
                                         QStringLiteral("North perimeter"), locale.toString(1.02, 'g', 6) + QStringLiteral(" m"),
                                         locale.toString(2000.0, 'g', 6) + QStringLiteral(" Hz"), count, range}
                          << false;
    QTest::newRow("waiting for fiber")
        << true << true
        << QStringList{QStringLiteral("Waiting for fiber: the server has no live data until the fiber is connected."),
                       range}
        << true;
    QTest::newRow("no metadata") << false << false
                                 << QStringList{QStringLiteral("The server did not give its live metadata (/live_metadata)."),
                                                range}
                                 << false;
}

void TestEndpointPanel::showsServerInfo()
{
    QFETCH(bool, hasMetadata);
    QFETCH(bool, waiting);
    QFETCH(QStringList, shown);
    QFETCH(bool, alarm);

    EndpointPanel panel;
    auto *box = panel.findChild<QGroupBox *>();
    QVERIFY(box);
    auto labelTexts = [box] {
        QStringList texts;
        for (const QLabel *l : box->findChildren<QLabel *>())
            texts << visible(l->text());
        return texts;
    };
    QVERIFY(labelTexts().contains(QStringLiteral("Server information not loaded yet")));

    std::optional<LiveMetadata> metadata;
    if (hasMetadata) {
        LiveMetadata m;
        m.swVersion = waiting ? QStringLiteral("waiting for fiber") : QStringLiteral("3.4.1");
        m.fiberDescription = waiting ? QString() : QStringLiteral("North perimeter");
        m.dx = waiting ? 0 : 1.02;
        m.prr = waiting ? 0 : 2000;
        m.numberOfChannels = waiting ? 0 : 2222;
        QCOMPARE(m.waitingForFiber(), waiting);
        metadata = m;
    }
    panel.setServerInfo(metadata, ChannelRange{1, 2222});
    const QStringList texts = labelTexts();
    for (const QString &s : std::as_const(shown))
        QVERIFY2(texts.contains(s), qPrintable(QStringLiteral("\"%1\" not in %2").arg(s, texts.join(QStringLiteral(" | ")))));
    bool alarmed = false;
    for (const QLabel *l : box->findChildren<QLabel *>())
        alarmed = alarmed || l->styleSheet().contains(QStringLiteral("#c62828"));
    QCOMPARE(alarmed, alarm);
}

void TestEndpointPanel::disagreeingChannelCountsAreBothShown()
{
    // Staging said number_of_channels 9791 while /channels said 1-2337: both, and which bounds the form.
    EndpointPanel panel;
    auto *notes = panel.findChild<QLabel *>(QStringLiteral("serverInfoNotes"));
    QVERIFY(notes);
    LiveMetadata m;
    m.swVersion = QStringLiteral("11.17.10513");
    m.dx = 1.02;
    m.prr = 2000;
    m.numberOfChannels = 9791;
    panel.setServerInfo(m, ChannelRange{1, 2337});
    QVERIFY(notes->isVisibleTo(&panel));
    QCOMPARE(visible(notes->text()),
             QStringLiteral("Note: the server disagrees with itself. Channels 1–2337 (/channels; bounds the form) · /live_metadata says 9791."));
    m.numberOfChannels = 2337; // they agree: nothing to note
    panel.setServerInfo(m, ChannelRange{1, 2337});
    QVERIFY(!notes->isVisibleTo(&panel));
    // A /live_metadata reply of a shape we do not know: a note, never an alarm.
    panel.setServerInfo(std::nullopt, ChannelRange{1, 2337}, QStringLiteral("dx: missing; 162 bytes"));
    QVERIFY(notes->isVisibleTo(&panel));
    QVERIFY2(visible(notes->text()).contains(QStringLiteral("shape this viewer does not know (dx: missing; 162 bytes)")),
             qPrintable(notes->text()));
    for (const QLabel *l : panel.findChildren<QLabel *>())
        QVERIFY2(!l->styleSheet().contains(QStringLiteral("#c62828")), qPrintable(l->text()));
}

QTEST_MAIN(TestEndpointPanel)
#include "tst_endpointpanel.moc"
