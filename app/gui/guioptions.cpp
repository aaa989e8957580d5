#include "guioptions.h"

#include "apptext.h"
#include "commonargs.h"
#include "demo.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace wf {

GuiArgs::Outcome GuiArgs::parse(const QStringList &arguments, GuiOptions &o, QString &text)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Focus Waterfall Viewer: watch a Focus Server job come alive and stream."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"), tr("Focus Server base URL (default: the built-in emulator)."), QStringLiteral("URL"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language: en or he."), QStringLiteral("LANG"));
    const QCommandLineOption insecure(QStringLiteral("insecure"), tr("Do not verify the server's TLS certificate (marked in the window)."));
    const QCommandLineOption ca(QStringLiteral("ca-cert"), tr("Trust this CA or server certificate file."), QStringLiteral("FILE"));
    const QCommandLineOption pin(QStringLiteral("pin-sha256"), tr("Trust the server certificate with this SHA-256 fingerprint."), QStringLiteral("HEX"));
    const QCommandLineOption autostart(QStringLiteral("autostart"), tr("Configure the job of the form at startup."));
    const QCommandLineOption scenario(QStringLiteral("demo-scenario"), tr("Scenario of the built-in emulator: %1.").arg(demoScenarioNames().join(QStringLiteral(", "))), QStringLiteral("NAME"));
    const QCommandLineOption shot(QStringLiteral("screenshot"), tr("Save a screenshot of the main window to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption shotAfter(QStringLiteral("screenshot-after"), tr("Seconds before the screenshot (default 3)."), QStringLiteral("S"));
    const QCommandLineOption exitAfter(QStringLiteral("exit-after"), tr("Quit after S seconds."), QStringLiteral("S"));
    const QCommandLineOption tab(QStringLiteral("tab"), tr("Side tab shown at start: configure, endpoints or quality."), QStringLiteral("NAME"));
    const QCommandLineOption report(QStringLiteral("report"), tr("Save the HTML session report (and its JSON) to FILE when the screenshot is taken."), QStringLiteral("FILE"));
    const QCommandLineOption replay(QStringLiteral("replay"), tr("Open this session recording at start (as File → Open recording)."), QStringLiteral("FILE"));
    const QCommandLineOption replaySpeed(QStringLiteral("replay-speed"), tr("Replay speed: 1 real time (default), 4, 16, ...; 0 as fast as possible."), QStringLiteral("X"));
    const QCommandLineOption windowSize(QStringLiteral("window-size"), tr("Window size at start, e.g. 1366x768 (default: the last size, or most of the screen)."), QStringLiteral("WxH"));
    const QCommandLineOption presentation(QStringLiteral("presentation"), tr("Start in presentation mode: full screen, the waterfall and the diagnosis only (F11 leaves it)."));
    const QCommandLineOption streamReady(QStringLiteral("stream-ready-timeout"), tr("Seconds after configure the job's gRPC stream may refuse connections, 1 to 600 (default 45; the form's \"Stream ready within\")."), QStringLiteral("S"));
    for (const auto *opt : {&server, &lang, &insecure, &ca, &pin, &autostart, &scenario, &shot, &shotAfter, &exitAfter, &tab, &report, &replay, &replaySpeed, &windowSize, &presentation, &streamReady})
        p.addOption(*opt);
    if (!p.parse(arguments)) {
        text = p.errorText();
        return Outcome::Error;
    }
    if (p.isSet(QStringLiteral("help"))) {
        text = p.helpText();
        return Outcome::Help;
    }
    if (p.isSet(QStringLiteral("version"))) {
        text = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion() + QLatin1Char('\n');
        return Outcome::Version;
    }
    if (p.isSet(server) && !CommonArgs::parseServer(p.value(server), o.server, text))
        return Outcome::Error;
    if (p.isSet(lang)) {
        if (!isSupportedLanguage(p.value(lang))) {
            text = tr("--lang must be en or he");
            return Outcome::Error;
        }
        o.lang = p.value(lang);
    }
    if (!CommonArgs::parseTls(p.isSet(insecure), p.value(ca), p.value(pin), o.tls, text))
        return Outcome::Error;
    o.autostart = p.isSet(autostart);
    if (p.isSet(scenario)) {
        if (!demoScenarioNames().contains(p.value(scenario))) {
            text = tr("--demo-scenario must be one of: %1").arg(demoScenarioNames().join(QStringLiteral(", ")));
            return Outcome::Error;
        }
        o.demoScenario = p.value(scenario);
    }
    o.screenshot = p.value(shot);
    o.report = p.value(report);
    o.replay = p.value(replay);
    if (p.isSet(replaySpeed)) {
        bool ok = false;
        const double v = p.value(replaySpeed).toDouble(&ok);
        if (!ok || v < 0 || v > 10000) {
            text = tr("--replay-speed must be a number from 0 (as fast as possible) to 10000");
            return Outcome::Error;
        }
        o.replaySpeed = v;
    }
    if (p.isSet(windowSize)) {
        const QStringList parts = p.value(windowSize).toLower().split(QLatin1Char('x'));
        bool okW = false;
        bool okH = false;
        const int w = parts.size() == 2 ? parts[0].trimmed().toInt(&okW) : 0;
        const int h = parts.size() == 2 ? parts[1].trimmed().toInt(&okH) : 0;
        if (!okW || !okH || w < 320 || h < 240 || w > 16384 || h > 16384) {
            text = tr("--window-size must be WIDTHxHEIGHT in pixels, from 320x240 to 16384x16384, e.g. 1366x768");
            return Outcome::Error;
        }
        o.windowSize = QSize(w, h);
    }
    o.presentation = p.isSet(presentation);
    if (p.isSet(streamReady)) {
        bool ok = false;
        const int v = p.value(streamReady).toInt(&ok);
        if (!ok || v < 1 || v > 600) {
            text = tr("--stream-ready-timeout must be a whole number of seconds from 1 to 600");
            return Outcome::Error;
        }
        o.streamReadyTimeoutMs = v * 1000;
    }
    if (p.isSet(tab)) {
        o.tab = p.value(tab);
        if (!QStringList{QStringLiteral("configure"), QStringLiteral("endpoints"), QStringLiteral("quality")}.contains(o.tab)) {
            text = tr("--tab must be configure, endpoints or quality");
            return Outcome::Error;
        }
    }
    auto seconds = [&](const QCommandLineOption &opt, double &target) {
        if (!p.isSet(opt))
            return true;
        bool ok = false;
        const double v = p.value(opt).toDouble(&ok);
        if (!ok || v < 0 || v > 86400) {
            text = tr("--%1 must be a number of seconds from 0 to 86400").arg(opt.names().first());
            return false;
        }
        target = v;
        return true;
    };
    if (!seconds(shotAfter, o.screenshotAfterS) || !seconds(exitAfter, o.exitAfterS))
        return Outcome::Error;
    return Outcome::Run;
}

QString recoverSettings()
{
    QString path;
    QSettings::Status status;
    {
        QSettings settings;
        path = settings.fileName();
        status = settings.status();
    }
    if (status == QSettings::NoError || !QFileInfo::exists(path))
        return {};
    const QString kept = QStringLiteral("%1.damaged-%2").arg(path, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const bool moved = QFile::rename(path, kept);
    qWarning("settings file %s could not be read (%s); %s", qPrintable(path),
             status == QSettings::FormatError ? "format error" : "access error",
             moved ? qPrintable(QStringLiteral("kept as ") + kept) : "it could not be moved aside");
    return moved ? GuiArgs::tr("The settings file could not be read: started with the default settings. The old file was kept as %1.").arg(kept)
                 : GuiArgs::tr("The settings file %1 could not be read: the default settings are used and nothing will be saved over it.").arg(path);
}

} // namespace wf
