// The main window's layout, as a tester on a small screen meets it: the window fits 1024×640 with
// everything reachable, the waterfall gets the space first, long texts (a cursor readout, a long
// diagnosis, an export message) never widen it, in English and in Hebrew; the side panels are docks
// that the View menu shows and hides, whose layout is saved and restored (a damaged saved state is
// ignored); F11 is presentation mode: the waterfall and the diagnosis only, and back.
#include "apptext.h"
#include "busyindicator.h"
#include "configureform.h"
#include "endpointpanel.h"
#include "net/focusclient.h"
#include "focusemulator.h"
#include "helpdialogs.h"
#include "mainwindow.h"
#include "windowhost.h"
#include "readinesspanel.h"
#include "data/rowstore.h"
#include "support/heartbeat.h"
#include "waterfallpanel.h"
#include "waterfallplot.h"
#include "verdictbar.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QToolButton>
#include <QTimer>
#include <QRegularExpression>
#include <QtTest>
#include <qcustomplot.h>

using namespace wf;
using wf::emu::FocusEmulator;

namespace {

void switchTo(const QString &lang)
{
    installTranslations(*qApp, lang);
    QApplication::setLayoutDirection(lang == QLatin1String("he") ? Qt::RightToLeft : Qt::LeftToRight);
    QCoreApplication::processEvents();
}

QString sizeText(const QSize &s)
{
    return QStringLiteral("%1x%2").arg(s.width()).arg(s.height());
}

// What raises a window's minimum, widget by widget: for the failure message.
QString widest(const QWidget *root, int limit)
{
    QStringList out;
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root))
            continue;
        const QSize m = w->minimumSizeHint().expandedTo(w->minimumSize());
        if (m.width() > limit)
            out << QStringLiteral("%1(%2) %3").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), sizeText(m));
    }
    return out.join(QStringLiteral(", "));
}

} // namespace

class TestMainWindowLayout : public QObject
{
    Q_OBJECT

    std::unique_ptr<FocusEmulator> m_emu;
    std::unique_ptr<FocusClient> m_client;

    std::unique_ptr<MainWindow> makeWindow()
    {
        MainWindowSetup setup;
        setup.client = m_client.get();
        setup.serverUrl = m_emu->baseUrl();
        setup.serverLabel = m_emu->baseUrl();
        setup.language = QStringLiteral("en");
        return std::make_unique<MainWindow>(setup);
    }

    // A 1366×768 window with a job streaming, so that every panel holds real text.
    void streamingWindow(std::unique_ptr<MainWindow> &w)
    {
        w = makeWindow();
        w->resize(1366, 768);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        w->startJob();
        QTRY_VERIFY_WITH_TIMEOUT(w->waterfallPanel()->store().size() > 0, 15000);
    }

  private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FocusWaterfallTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowlayout"));
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        QSettings().clear();
        m_emu = std::make_unique<FocusEmulator>();
        QVERIFY2(m_emu->start() != 0, qPrintable(m_emu->startError()));
        ClientOptions co;
        co.baseUrl = QUrl(m_emu->baseUrl());
        m_client = std::make_unique<FocusClient>(co);
    }
    void init() { QSettings().clear(); }
    void cleanup() { switchTo(QStringLiteral("en")); }

    void fitsASmallScreen_data();
    void fitsASmallScreen();
    void docksAreShownHiddenSavedAndRestored();
    void damagedSavedStateIsIgnored();
    void docksFollowTheLanguageDirection();
    void presentationModeShowsTheWaterfallAndTheDiagnosis();
    void keyboardWalksTheWaterfall();
    void aFailedJobChecksTheServerAgain();
    void helpListsEveryShortcutAndTheVersions();
    void connectsToAnotherServerInPlace();
    void switchingServersAsksBeforeDiscardingAJob();
    void startingAJobChecksAStaleServerSummary();
    void longWaitsAreShownAndCancellable();
    void streamReadyTimeoutReachesTheJobAndIsRemembered();
};

void TestMainWindowLayout::fitsASmallScreen_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("he") << QStringLiteral("he");
}

void TestMainWindowLayout::fitsASmallScreen()
{
    QFETCH(QString, lang);
    switchTo(lang);
    std::unique_ptr<MainWindow> w;
    streamingWindow(w);
    if (QTest::currentTestFailed())
        return;

    const QSize minimum = w->minimumSizeHint().expandedTo(w->minimumSize());
    QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 640,
             qPrintable(QStringLiteral("minimum %1; wide: %2").arg(sizeText(minimum), widest(w.get(), 500))));
    QCOMPARE(w->size(), QSize(1366, 768));
    if (qEnvironmentVariableIsSet("WF_LAYOUT_DEBUG"))
        qInfo("%s", qPrintable(widest(w.get(), 280)));
    // The waterfall gets the space first: more than either side panel, half the window or more.
    const int plotWidth = w->waterfallPanel()->width();
    QVERIFY2(plotWidth * 2 >= w->width(), qPrintable(QStringLiteral("waterfall %1 of %2").arg(plotWidth).arg(w->width())));
    for (QDockWidget *d : w->docks())
        if (d->isVisible())
            QVERIFY2(d->width() < plotWidth, qPrintable(d->objectName()));

    // Long texts elide: a cursor readout, a status message, a long server diagnosis.
    WaterfallPlot *plot = w->waterfallPanel()->plot();
    const QPoint mid = plot->rect().center();
    QTest::mouseMove(plot, mid);
    QMouseEvent move(QEvent::MouseMove, QPointF(mid), plot->mapToGlobal(QPointF(mid)), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(plot, &move);
    w->statusBar()->showMessage(QString(400, QLatin1Char('x')));
    QCoreApplication::processEvents();
    const QSize after = w->minimumSizeHint().expandedTo(w->minimumSize());
    QVERIFY2(after.width() <= 1024, qPrintable(QStringLiteral("minimum grew to %1; wide: %2").arg(sizeText(after), widest(w.get(), 500))));
    QCOMPARE(w->size(), QSize(1366, 768));

    // The smallest window still shows the waterfall and the job status.
    w->resize(1024, 640);
    QCoreApplication::processEvents();
    QCOMPARE(w->size(), QSize(1024, 640));
    QVERIFY2(w->waterfallPanel()->plot()->width() >= 300, qPrintable(QString::number(w->waterfallPanel()->plot()->width())));
    QVERIFY(w->dock(QStringLiteral("status"))->isVisible());
    w->readinessPanel()->controller()->stop();
}

void TestMainWindowLayout::docksAreShownHiddenSavedAndRestored()
{
    {
        auto w = makeWindow();
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        for (const QString &name : {QStringLiteral("configure"), QStringLiteral("endpoints"), QStringLiteral("quality"), QStringLiteral("status")})
            QVERIFY2(w->dock(name), qPrintable(name));
        // The View menu lists each dock; unticking one hides it.
        QMenu *view = nullptr;
        for (QAction *a : w->menuBar()->actions())
            if (a->menu() && a->menu()->actions().contains(w->dock(QStringLiteral("status"))->toggleViewAction()))
                view = a->menu();
        QVERIFY(view);
        for (QDockWidget *d : w->docks())
            QVERIFY2(view->actions().contains(d->toggleViewAction()), qPrintable(d->objectName()));
        w->dock(QStringLiteral("status"))->toggleViewAction()->trigger();
        QVERIFY(!w->dock(QStringLiteral("status"))->isVisible());
        w->showTab(QStringLiteral("quality"));
        QVERIFY(w->dock(QStringLiteral("quality"))->isVisible());
        w->close();
    }
    {
        // The next start has the job status hidden, as left.
        auto w = makeWindow();
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QVERIFY(!w->dock(QStringLiteral("status"))->isVisible());
        w->resetLayout();
        for (QDockWidget *d : w->docks())
            QVERIFY2(!d->isHidden(), qPrintable(d->objectName()));
        QVERIFY(w->dock(QStringLiteral("status"))->isVisible());
    }
}

void TestMainWindowLayout::docksFollowTheLanguageDirection()
{
    auto w = makeWindow();
    w->resize(1366, 768);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    auto leading = [&w] {
        // The configure dock on the reading's leading side of the waterfall, the job status on the other.
        // (Measured on the tab in front: Qt moves those behind it out of the window.)
        QDockWidget *front = nullptr;
        for (const QString &name : {QStringLiteral("configure"), QStringLiteral("endpoints"), QStringLiteral("quality")})
            if (w->dock(name)->isVisible() && w->rect().contains(w->dock(name)->geometry().center()))
                front = w->dock(name);
        if (!front)
            return false;
        const int form = front->geometry().center().x();
        const int status = w->dock(QStringLiteral("status"))->geometry().center().x();
        const int plot = w->centralWidget()->geometry().center().x();
        const bool rtl = w->layoutDirection() == Qt::RightToLeft;
        const Qt::DockWidgetArea leadingArea = rtl ? Qt::RightDockWidgetArea : Qt::LeftDockWidgetArea;
        for (const QString &name : {QStringLiteral("configure"), QStringLiteral("endpoints"), QStringLiteral("quality")})
            if (w->dockWidgetArea(w->dock(name)) != leadingArea)
                return false;
        return rtl ? form > plot && status < plot : form < plot && status > plot;
    };
    QVERIFY(leading());
    w->showTab(QStringLiteral("quality"));
    switchTo(QStringLiteral("he"));
    QTRY_VERIFY(leading());
    // The tab group moved whole, with the same tab in front.
    QVERIFY(w->rect().contains(w->dock(QStringLiteral("quality"))->geometry().center()));
    QCOMPARE(w->dock(QStringLiteral("endpoints"))->x(), w->dock(QStringLiteral("configure"))->x());
    const QList<QDockWidget *> group = w->tabifiedDockWidgets(w->dock(QStringLiteral("configure")));
    QVERIFY(group.contains(w->dock(QStringLiteral("endpoints"))) && group.contains(w->dock(QStringLiteral("quality"))));
    switchTo(QStringLiteral("en"));
    QTRY_VERIFY(leading());
    // A window started in Hebrew opens with the docks mirrored, and its saved state comes back so.
    w->close();
    switchTo(QStringLiteral("he"));
    auto he = makeWindow();
    he->resize(1366, 768);
    he->show();
    QVERIFY(QTest::qWaitForWindowExposed(he.get()));
    w = std::move(he);
    QVERIFY(leading());
    QCOMPARE(w->tabifiedDockWidgets(w->dock(QStringLiteral("configure"))).size(), 2);
}

void TestMainWindowLayout::damagedSavedStateIsIgnored()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/state"), QByteArray("\x00\xff not a state", 14));
    settings.setValue(QStringLiteral("window/geometry"), QByteArray("garbage"));
    settings.sync();
    auto w = makeWindow();
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QVERIFY(w->dock(QStringLiteral("status"))->isVisible());
    QVERIFY(w->dock(QStringLiteral("configure"))->isVisible());
    QVERIFY(w->width() >= 640 && w->height() >= 400);
}

void TestMainWindowLayout::presentationModeShowsTheWaterfallAndTheDiagnosis()
{
    std::unique_ptr<MainWindow> w;
    streamingWindow(w);
    if (QTest::currentTestFailed())
        return;
    QTest::keyClick(w.get(), Qt::Key_F11);
    QVERIFY(w->isPresentationMode());
    for (QDockWidget *d : w->docks())
        QVERIFY2(!d->isVisible(), qPrintable(d->objectName()));
    QVERIFY(!w->menuBar()->isVisible());
    QVERIFY(!w->waterfallPanel()->toolbar()->isVisible());
    QVERIFY(w->waterfallPanel()->plot()->isVisible());
    auto *banner = w->findChild<VerdictBar *>(QStringLiteral("verdictBar"));
    QVERIFY(banner && banner->isVisible() && banner->isLarge());
    QTRY_VERIFY(banner->headlineText().contains(w->readinessPanel()->diagnosisSentence()));
    QVERIFY(!w->readinessPanel()->diagnosisSentence().isEmpty());
    QVERIFY(banner->viewLagText().isEmpty());
    // Frozen or scrolled back, the banner says so: the picture is not the present.
    QTest::keyClick(w->waterfallPanel()->plot(), Qt::Key_Space);
    QTRY_VERIFY2(banner->viewLagText().startsWith(QStringLiteral("PAUSED")), qPrintable(banner->viewLagText()));
    QTest::keyClick(w->waterfallPanel()->plot(), Qt::Key_Space);
    QTRY_VERIFY(banner->viewLagText().isEmpty());
    QTest::keyClick(w->waterfallPanel()->plot(), Qt::Key_PageDown);
    QTRY_VERIFY2(banner->viewLagText().contains(QStringLiteral("behind live")), qPrintable(banner->viewLagText()));
    // F11 again: everything is back where it was.
    QTest::keyClick(w.get(), Qt::Key_F11);
    QVERIFY(!w->isPresentationMode());
    QVERIFY(!banner->isVisible());
    QVERIFY(w->menuBar()->isVisible());
    QVERIFY(w->waterfallPanel()->toolbar()->isVisible());
    for (QDockWidget *d : w->docks())
        QVERIFY2(!d->isHidden(), qPrintable(d->objectName()));
    w->readinessPanel()->controller()->stop();
}

void TestMainWindowLayout::keyboardWalksTheWaterfall()
{
    std::unique_ptr<MainWindow> w;
    streamingWindow(w);
    if (QTest::currentTestFailed())
        return;
    QApplication::setActiveWindow(w.get());
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    WaterfallPlot *plot = w->waterfallPanel()->plot();
    // Enough history for pages: wait for a few seconds of rows.
    QTRY_VERIFY_WITH_TIMEOUT(w->waterfallPanel()->store().size() > 100, 20000);
    auto key = [&w](int k, Qt::KeyboardModifiers m = Qt::NoModifier) { QTest::keyClick(w.get(), Qt::Key(k), m); };
    auto channels = [plot] { return plot->customPlot()->xAxis->range(); };
    const QCPRange all = channels();

    key(Qt::Key_Space);
    QVERIFY(plot->isPaused());
    key(Qt::Key_Space);
    QVERIFY(plot->isLive());

    // Paused, + zooms in time too: a view shorter than the history, to page through.
    key(Qt::Key_Space);
    const auto history = [&w] {
        const RowStore &st = w->waterfallPanel()->store();
        return (st.lineInfo(st.endSeq() - 1).endMs - st.lineInfo(st.firstSeq()).startMs) / 1000;
    };
    // (the history under the paused top, not what arrived since)
    const auto below = [plot, &w] {
        const RowStore &st = w->waterfallPanel()->store();
        return plot->customPlot()->yAxis->range().upper - st.lineInfo(st.firstSeq()).startMs / 1000;
    };
    for (int i = 0; i < 30 && plot->customPlot()->yAxis->range().size() * 4 > below(); ++i)
        key(Qt::Key_Plus);
    QVERIFY(plot->customPlot()->yAxis->range().size() * 4 <= below());
    const double liveTop = plot->customPlot()->yAxis->range().upper;
    key(Qt::Key_PageDown); // a page older: paused there
    QVERIFY(plot->isPaused());
    QVERIFY(plot->customPlot()->yAxis->range().upper < liveTop);
    const double pageTop = plot->customPlot()->yAxis->range().upper;
    key(Qt::Key_End); // the oldest rows
    const double oldestTop = plot->customPlot()->yAxis->range().upper;
    QVERIFY2(oldestTop < pageTop, qPrintable(QStringLiteral("oldest top %1, page top %2, live top %3, span %4, history %5 from %6")
                                                 .arg(oldestTop, 0, 'f', 3).arg(pageTop, 0, 'f', 3).arg(liveTop, 0, 'f', 3)
                                                 .arg(plot->customPlot()->yAxis->range().size()).arg(history())
                                                 .arg(w->waterfallPanel()->store().lineInfo(w->waterfallPanel()->store().firstSeq()).startMs / 1000.0, 0, 'f', 3)));
    const RowStore &store = w->waterfallPanel()->store();
    QVERIFY(plot->customPlot()->yAxis->range().lower * 1000 <= store.lineInfo(store.firstSeq()).startMs + 1);
    key(Qt::Key_PageUp);
    QVERIFY(plot->customPlot()->yAxis->range().upper > oldestTop);
    key(Qt::Key_Home); // live again
    QVERIFY(plot->isLive());

    // Zoom in and out with + and -; never further out than the channels.
    key(Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(channels().size(), all.size());
    key(Qt::Key_Plus);
    QVERIFY(channels().size() < all.size());
    for (int i = 0; i < 10; ++i)
        key(Qt::Key_Minus);
    QCOMPARE(channels().lower, all.lower);
    QCOMPARE(channels().upper, all.upper);
    // Ctrl+0 resets the zoom and does not leave a pause.
    key(Qt::Key_Space);
    key(Qt::Key_Plus);
    key(Qt::Key_0, Qt::ControlModifier);
    QVERIFY(plot->isPaused());
    QCOMPARE(channels().lower, all.lower);
    QCOMPARE(channels().upper, all.upper);
    key(Qt::Key_Space);

    // Ctrl+R stops the job and starts the next; F11 is presentation mode, in and out.
    key(Qt::Key_R, Qt::ControlModifier);
    QVERIFY(!w->readinessPanel()->jobActive());
    key(Qt::Key_R, Qt::ControlModifier);
    QVERIFY(w->readinessPanel()->jobActive());
    key(Qt::Key_F11);
    QVERIFY(w->isPresentationMode());
    key(Qt::Key_Space); // the waterfall's keys work in presentation mode too
    QVERIFY(plot->isPaused());
    key(Qt::Key_F11);
    QVERIFY(!w->isPresentationMode());
    // Ctrl+L asks for the other language.
    QSignalSpy language(w.get(), &MainWindow::languageRequested);
    key(Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(language.count(), 1);
    QCOMPARE(language.at(0).at(0).toString(), QStringLiteral("he"));
    w->readinessPanel()->controller()->stop();
}

void TestMainWindowLayout::aFailedJobChecksTheServerAgain()
{
    // Issue 15 item 3: the server dies under a streaming job; the job panel must not go on saying
    // "Server reachable" under "server_unreachable".
    auto emu = std::make_unique<FocusEmulator>();
    QVERIFY(emu->start() != 0);
    ClientOptions co;
    co.baseUrl = QUrl(emu->baseUrl());
    co.timeoutMs = 1000;
    FocusClient client(co);
    MainWindowSetup setup;
    setup.client = &client;
    setup.serverUrl = emu->baseUrl();
    setup.serverLabel = emu->baseUrl();
    setup.language = QStringLiteral("en");
    MainWindow w(setup);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.probe();
    QTRY_VERIFY_WITH_TIMEOUT(w.readinessPanel()->endpointSummary().contains(QStringLiteral("Server reachable")), 15000);
    QVERIFY2(w.readinessPanel()->endpointSummary().contains(QStringLiteral("checked just now")),
             qPrintable(w.readinessPanel()->endpointSummary()));
    // A run-time switch to Hebrew words the summary again (issue 15 item 13).
    switchTo(QStringLiteral("he"));
    QTRY_VERIFY(!w.readinessPanel()->endpointSummary().contains(QStringLiteral("Server reachable")));
    QVERIFY(w.readinessPanel()->endpointSummary().contains(AppText::probeSummary(*w.endpointPanel()->result())));
    switchTo(QStringLiteral("en"));
    QTRY_VERIFY(w.readinessPanel()->endpointSummary().contains(QStringLiteral("Server reachable")));
    w.startJob();
    QTRY_VERIFY_WITH_TIMEOUT(w.waterfallPanel()->store().size() > 0, 15000);
    emu.reset(); // the server goes away
    QTRY_VERIFY_WITH_TIMEOUT(w.readinessPanel()->diagnosisCode() == QStringLiteral("server_unreachable"), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(w.readinessPanel()->endpointSummary().contains(QStringLiteral("Server unreachable")), 30000);
    QVERIFY(!w.readinessPanel()->endpointSummary().contains(QStringLiteral("Server reachable")));
}

void TestMainWindowLayout::helpListsEveryShortcutAndTheVersions()
{
    auto w = makeWindow();
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    const auto rows = ShortcutsDialog::shortcutsOf(w.get());
    QStringList keys;
    for (const auto &row : rows) {
        QVERIFY2(!row.first.isEmpty(), qPrintable(row.second));
        keys << row.second;
    }
    const QString all = keys.join(QLatin1Char('|'));
    for (const QString &k : {QStringLiteral("Space"), QStringLiteral("Home"), QStringLiteral("End"), QStringLiteral("PgUp"),
                             QStringLiteral("PgDown"), QStringLiteral("+"), QStringLiteral("-"), QStringLiteral("Ctrl+0"),
                             QStringLiteral("F5"), QStringLiteral("Ctrl+E"), QStringLiteral("Ctrl+R"), QStringLiteral("Ctrl+L"),
                             QStringLiteral("F11"), QStringLiteral("Ctrl+S"), QStringLiteral("Ctrl+O")})
        QVERIFY2(all.contains(k), qPrintable(k + QStringLiteral(" not in ") + all));
    w->showShortcuts();
    auto *dialog = w->findChild<ShortcutsDialog *>(QStringLiteral("shortcutsDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->table()->rowCount(), int(rows.size()));
    dialog->close();
    w->showAbout();
    auto *about = w->findChild<AboutDialog *>(QStringLiteral("aboutDialog"));
    QVERIFY(about);
    QVERIFY2(about->text().contains(QCoreApplication::applicationVersion()), qPrintable(about->text()));
    QVERIFY(about->text().contains(QString::fromLatin1(qVersion())));
    QVERIFY(about->text().contains(QStringLiteral(QCUSTOMPLOT_VERSION_STR)));
    QVERIFY(about->text().contains(QStringLiteral("GPL-3.0-or-later")));
}

void TestMainWindowLayout::switchingServersAsksBeforeDiscardingAJob()
{
    // File → Connect to server while streaming threw the job and its history away at once. Now it
    // asks, naming the job and its rows; Cancel keeps everything.
    std::unique_ptr<MainWindow> w;
    streamingWindow(w);
    if (QTest::currentTestFailed())
        return;
    auto answer = [](const QString &button, QString *text) {
        QTimer::singleShot(50, [button, text] {
            for (QWidget *top : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(top); box && box->objectName() == QLatin1String("confirmServerSwitch")) {
                    *text = box->text();
                    if (button.isEmpty())
                        box->button(QMessageBox::Cancel)->click();
                    else
                        box->findChild<QAbstractButton *>(button)->click();
                }
        });
    };
    QString asked;
    answer(QString(), &asked);
    QVERIFY(!w->confirmServerSwitch());
    const QString job = w->controller()->jobId();
    QVERIFY(!job.isEmpty());
    // "discard 1 row?" when the machine is slow (the sanitizer suite), "discard 1,234 rows?" otherwise
    // ("row(s)" where no English plural forms are loaded).
    QVERIFY2(asked.contains(job) && asked.contains(QRegularExpression(QStringLiteral("discard [0-9][0-9,]* row")))
                 && asked.startsWith(QStringLiteral("Stop job")),
             qPrintable(asked));
    QVERIFY(w->readinessPanel()->jobActive()); // Cancel: the job goes on
    answer(QStringLiteral("discardAndSwitch"), &asked);
    QVERIFY(w->confirmServerSwitch());
    // Nothing to lose (no job, no rows): no question.
    auto idle = makeWindow();
    QVERIFY(idle->confirmServerSwitch());
    w->controller()->stop();
}

void TestMainWindowLayout::startingAJobChecksAStaleServerSummary()
{
    // A new job streamed beside "Server unreachable · checked 19 s ago" after a server restart:
    // starting a job checks a summary that is missing, says unreachable, or is over a minute old.
    auto w = makeWindow();
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    ProbeResult down;
    down.server = m_emu->baseUrl();
    down.reachable = false;
    w->endpointPanel()->setResult(down); // what the panel showed while the server was down
    QVERIFY(w->readinessPanel()->endpointSummary().isEmpty());
    w->startJob();
    QTRY_VERIFY_WITH_TIMEOUT(w->readinessPanel()->endpointSummary().contains(QStringLiteral("Server reachable")), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(w->waterfallPanel()->store().size() > 0, 15000);
    w->controller()->stop();
}

void TestMainWindowLayout::connectsToAnotherServerInPlace()
{
    // Issue 15 item 5: File → Connect to server switches in place: no new process, the same place
    // and language; the old job stops, the client and panels follow the new server.
    FocusEmulator other;
    QVERIFY(other.start() != 0);
    ClientOptions base;
    base.timeoutMs = 5000;
    WindowHost host(base, [](const QUrl &u) { return u.toString(); }, [] { return QStringLiteral("en"); }, {});
    host.open(QUrl(m_emu->baseUrl()), TlsOptions{});
    QPointer<MainWindow> first = host.window();
    first->resize(1200, 700);
    first->move(40, 30);
    QVERIFY(QTest::qWaitForWindowExposed(first.data()));
    first->startJob();
    QTRY_VERIFY_WITH_TIMEOUT(first->waterfallPanel()->store().size() > 0, 15000);
    QPointer<ReadinessController> oldJob = first->controller();
    const QRect place = first->geometry();
    QSignalSpy changed(&host, &WindowHost::serverChanged);
    emit first->serverChangeRequested(QUrl(other.baseUrl()), TlsOptions{});
    QTRY_COMPARE(changed.count(), 1);
    QTRY_VERIFY(first.isNull()); // the old window (and its job) are gone
    QVERIFY(oldJob.isNull());
    MainWindow *second = host.window();
    QVERIFY(second && second->isVisible());
    QCOMPARE(second->geometry(), place);
    QCOMPARE(host.client()->options().baseUrl, QUrl(other.baseUrl()));
    // The new window probes the new server and runs jobs on it.
    QTRY_VERIFY_WITH_TIMEOUT(second->readinessPanel()->endpointSummary().contains(QStringLiteral("Server reachable")), 15000);
    second->startJob();
    QTRY_VERIFY_WITH_TIMEOUT(second->waterfallPanel()->store().size() > 0, 15000);
    QVERIFY(second->readinessPanel()->markdownReport().contains(other.baseUrl()));
    second->controller()->stop();
}

void TestMainWindowLayout::longWaitsAreShownAndCancellable()
{
    // Probing and waiting for a consumer say so in the status bar, with Cancel.
    wf::emu::EmulatorOptions slow;
    slow.consumerDelayMs = 600000; // the consumer never comes within the test
    FocusEmulator emu(slow);
    QVERIFY(emu.start() != 0);
    ClientOptions co;
    co.baseUrl = QUrl(emu.baseUrl());
    FocusClient client(co);
    MainWindowSetup setup;
    setup.client = &client;
    setup.serverUrl = emu.baseUrl();
    setup.serverLabel = emu.baseUrl();
    setup.language = QStringLiteral("en");
    MainWindow w(setup);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    BusyIndicator *busy = w.busyIndicator();
    w.probe();
    QVERIFY(busy->isVisible());
    QVERIFY2(busy->shownText().contains(QStringLiteral("Probing")), qPrintable(busy->shownText()));
    busy->findChild<QToolButton *>(QStringLiteral("busyCancel"))->click();
    QVERIFY(!busy->isBusy(QStringLiteral("probe")));
    QVERIFY(!busy->isVisible());
    // A probe that runs to its end ends its activity by itself.
    w.probe();
    QTRY_VERIFY_WITH_TIMEOUT(!busy->isBusy(QStringLiteral("probe")), 15000);

    w.startJob();
    QTRY_VERIFY_WITH_TIMEOUT(busy->shownText().contains(QStringLiteral("consumer")), 15000);
    QVERIFY(w.readinessPanel()->jobActive());
    busy->cancelShown();
    QVERIFY(!w.readinessPanel()->jobActive());
    QCOMPARE(w.readinessPanel()->diagnosisCode(), QStringLiteral("stopped"));
    QVERIFY(!busy->isVisible());
}

void TestMainWindowLayout::streamReadyTimeoutReachesTheJobAndIsRemembered()
{
    // The form's "Stream ready within" is the started job's streamReadyTimeoutMs; the next window
    // remembers it; with nothing remembered the window's default (--stream-ready-timeout) is shown.
    {
        MainWindowSetup setup;
        setup.client = m_client.get();
        setup.serverUrl = m_emu->baseUrl();
        setup.language = QStringLiteral("en");
        setup.readiness.streamReadyTimeoutMs = 90'000;
        MainWindow w(setup);
        QCOMPARE(w.configureForm()->streamReadyTimeoutMs(), 90'000);
    }
    auto w = makeWindow();
    auto *box = w->configureForm()->findChild<QSpinBox *>(QStringLiteral("streamReadyTimeout"));
    QVERIFY(box);
    QCOMPARE(box->value(), 45);
    QVERIFY2(box->toolTip().contains(QStringLiteral("7–21 s")), qPrintable(box->toolTip()));
    box->setValue(12);
    w->startJob();
    QVERIFY(w->readinessPanel()->jobActive());
    QCOMPARE(w->controller()->settings().streamReadyTimeoutMs, 12'000);
    w->controller()->stop();
    w.reset();
    auto again = makeWindow();
    QCOMPARE(again->configureForm()->streamReadyTimeoutMs(), 12'000);
}

QTEST_MAIN(TestMainWindowLayout)
#include "tst_mainwindowlayout.moc"
