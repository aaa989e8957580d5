// focus-waterfall: the desktop viewer. Composition root: builds the client, the built-in emulator
// when no server is given, and the main window, and passes them in.
#include "apptext.h"
#include "biditextstyle.h"
#include "demo.h"
#include "guioptions.h"
#include "configureform.h"
#include "base/logging.h"
#include "mainwindow.h"
#include "windowhost.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

namespace {

bool displayAvailable()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

void applyLanguage(QApplication &app, const QString &lang)
{
    wf::installTranslations(app, lang);
    QApplication::setLayoutDirection(lang == QLatin1String("he") ? Qt::RightToLeft : Qt::LeftToRight);
}

} // namespace

int main(int argc, char **argv)
{
    // No display: still do something useful — run offscreen, save a screenshot, print its path.
    const bool headless = qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && !displayAvailable();
    if (headless)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    wf::BidiTextStyle::install(); // wrapped Hebrew lines drawn whole (Qt 6.4 cuts their first letters)
    QApplication::setOrganizationName(QStringLiteral("FocusWaterfall"));
    QApplication::setApplicationName(QStringLiteral("focus-waterfall"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/focus-waterfall.png")));
    QTextStream err(stderr);
    QTextStream out(stdout);

    // Every log category to a rotating file in the app-data folder (Help → Open log folder).
    {
        const QString logDir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("logs"));
        QString logError;
        if (!wf::FileLog::install(logDir, QStringLiteral("focus-waterfall"), &logError))
            qWarning("%s", qPrintable(logError));
        qCInfo(wf::lcJob, "focus-waterfall %s started, Qt %s", PROJECT_VERSION, qVersion());
    }
    // A damaged settings file: set aside, the defaults used, and said so (never a crash).
    const QString settingsNotice = wf::recoverSettings();
    QSettings settings;
    QString earlyLang;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i)
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            earlyLang = args[i + 1];
    applyLanguage(app, wf::resolveLanguage(wf::isSupportedLanguage(earlyLang) ? earlyLang : settings.value(QStringLiteral("language")).toString()));

    wf::GuiOptions options;
    QString text;
    switch (wf::GuiArgs::parse(args, options, text)) {
    case wf::GuiArgs::Outcome::Help: out << text; return 0;
    case wf::GuiArgs::Outcome::Version: out << text; return 0;
    case wf::GuiArgs::Outcome::Error: err << "focus-waterfall: " << text << "\n"; return 2;
    case wf::GuiArgs::Outcome::Run: break;
    }
    // No display: the picture a newcomer gets first is of a 1600x1000 screen, the waterfall the
    // largest thing in it (the offscreen screen is 800x600, which left the waterfall ~50 px wide).
    if (headless && !options.windowSize.isValid())
        options.windowSize = QSize(1600, 1000);
    QString language = wf::resolveLanguage(options.lang.isEmpty() ? settings.value(QStringLiteral("language")).toString() : options.lang);
    applyLanguage(app, language);

    std::unique_ptr<wf::DemoServer> emulator;
    wf::ClientOptions clientOptions;
    clientOptions.tls = options.tls;
    clientOptions.timeoutMs = 5000;
    QString serverLabel;
    QString trustOrigin;
    if (options.server.isEmpty()) {
        QString error;
        emulator = wf::startDemo(options.demoScenario, &error);
        if (!emulator) {
            err << "focus-waterfall: "
                << (wf::demoBuiltIn() ? QCoreApplication::translate("main", "the built-in emulator could not start: %1").arg(error)
                                      : QCoreApplication::translate("main", "this build has no built-in emulator (WF_DEMO=OFF): give --server URL"))
                << "\n";
            return 1;
        }
        clientOptions.baseUrl = QUrl(emulator->baseUrl());
        serverLabel = QCoreApplication::translate("main", "%1 (built-in emulator, scenario %2)").arg(wf::ltr(emulator->baseUrl()), wf::ltr(options.demoScenario));
    } else {
        clientOptions.baseUrl = options.server;
        serverLabel = wf::ltr(options.server.toString());
        wf::rememberServer(settings, options.server.toString());
        // No trust option on the command line: the pin or CA file remembered for this server, if any.
        if (options.tls.mode == wf::TlsOptions::Mode::System) {
            if (const auto saved = wf::loadTrust(settings, options.server)) {
                clientOptions.tls = *saved;
                trustOrigin = QStringLiteral("settings");
            }
        }
    }
    // The host owns the client and the window; File → Connect to server replaces both in place.
    const QString emulatorUrl = emulator ? emulator->baseUrl() : QString();
    const QString scenario = options.demoScenario;
    wf::ReadinessSettings readiness; // the form's defaults, until it remembers the user's own
    if (options.streamReadyTimeoutMs)
        readiness.streamReadyTimeoutMs = *options.streamReadyTimeoutMs;
    wf::WindowHost host(
        clientOptions,
        [emulatorUrl, scenario](const QUrl &url) {
            return !emulatorUrl.isEmpty() && url == QUrl(emulatorUrl)
                       ? QCoreApplication::translate("main", "%1 (built-in emulator, scenario %2)").arg(wf::ltr(emulatorUrl), wf::ltr(scenario))
                       : wf::ltr(url.toString());
        },
        [&settings, &language] { return settings.value(QStringLiteral("language"), language).toString(); }, readiness);
    // (The screenshot and report below follow the window on screen, whichever server it shows.)
    QObject::connect(&host, &wf::WindowHost::windowOpened, &app, [&](wf::MainWindow *window) {
        if (emulator && QUrl(window->serverUrl()) == QUrl(emulatorUrl)) // the demo's simulated backend, saved nowhere
            window->useBackendAccess(emulator->backendAccess());
        QObject::connect(window, &wf::MainWindow::languageRequested, &app, [&](const QString &lang) {
            applyLanguage(app, lang);
            settings.setValue(QStringLiteral("language"), lang);
        });
    });
    host.open(clientOptions.baseUrl, clientOptions.tls, trustOrigin);
    wf::MainWindow &window = *host.window(); // the first window: what the options below set up (not kept)
    if (!settingsNotice.isEmpty())
        window.showNotice(settingsNotice);
    if (options.windowSize.isValid())
        window.resize(options.windowSize);
    if (options.presentation)
        window.setPresentationMode(true);
    if (options.streamReadyTimeoutMs) // asked for on this command line: over the remembered value too
        window.configureForm()->setStreamReadyTimeoutMs(*options.streamReadyTimeoutMs);
    if (emulator) {
        // The built-in demo looks alive the moment it starts: a full-width live job, streaming.
        wf::ConfigureRequest demo;
        demo.channelMin = 1;
        demo.channelMax = 2222;
        demo.nfft = 1024;
        demo.freqMin = 0;
        demo.freqMax = 500;
        demo.height = 1000;
        demo.timeAxisDurationS = 30;
        if (emulator->historic()) {
            // Two minutes from the oldest recording, played back faster than real time.
            const qint64 startS = emulator->oldestRecordingMs() / 1000 + 60;
            demo.startTimeS = startS;
            demo.endTimeS = startS + 120;
        }
        window.configureForm()->setRequest(demo);
        options.autostart = true;
    }
    if (!options.replay.isEmpty()) {
        QString error;
        if (!window.openRecording(options.replay, &error, options.replaySpeed)) {
            if (QApplication::layoutDirection() == Qt::LeftToRight) // plain text a script can grep
                error.remove(QChar(0x202A)).remove(QChar(0x202C));
            err << "focus-waterfall: " << error << "\n";
            return 2;
        }
    }
    if (options.autostart && options.replay.isEmpty()) // a replay is what was asked to be seen
        QTimer::singleShot(0, &window, &wf::MainWindow::startJob);
    if (!options.tab.isEmpty())
        window.showTab(options.tab);
    if (!options.report.isEmpty() && options.screenshot.isEmpty() && !headless)
        options.screenshot = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                                 .filePath(QStringLiteral("focus-waterfall-%1.png").arg(language));

    if (headless && options.screenshot.isEmpty())
    {
        // Unasked-for files go to the application's cache, never to a shared folder like /tmp.
        const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        QDir().mkpath(cache);
        options.screenshot = QDir(cache).filePath(QStringLiteral("focus-waterfall-%1.png").arg(language));
    }
    if (!options.screenshot.isEmpty()) {
        QTimer::singleShot(int(options.screenshotAfterS * 1000), &host, [&] {
            const QString path = QFileInfo(options.screenshot).absoluteFilePath();
            if (host.window()->grab().save(path))
                out << QCoreApplication::translate("main", "Screenshot saved: %1").arg(path) << "\n";
            else
                err << QCoreApplication::translate("main", "Could not save the screenshot to %1").arg(path) << "\n";
            if (!options.report.isEmpty()) {
                QString error;
                if (host.window()->saveReport(QFileInfo(options.report).absoluteFilePath(), &error))
                    out << QCoreApplication::translate("main", "Report saved: %1").arg(QFileInfo(options.report).absoluteFilePath()) << "\n";
                else
                    err << error << "\n";
            }
            out.flush();
            err.flush();
            if (headless && options.exitAfterS <= 0)
                QApplication::quit();
        });
    }
    if (options.exitAfterS > 0)
        QTimer::singleShot(int(options.exitAfterS * 1000), &app, &QApplication::quit);
    return app.exec();
}
