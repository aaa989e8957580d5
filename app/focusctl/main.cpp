// focusctl: command-line checks of a Focus Server (probe, watch, replay).
#include "apptext.h"
#include "cliargs.h"
#include "probecommand.h"
#include "replaycommand.h"
#include "watchcommand.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace {
// After a usage error: one line that says where the options are, not the whole usage.
QString seeHelp(const QString &command)
{
    return QCoreApplication::translate("focusctl", "See \"%1 --help\" for the options.").arg(command) + QLatin1Char('\n');
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("focusctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments().mid(1);
    using wf::cli::CliArgs;
    using Command = wf::cli::ParsedCommand::Command;

    // The language decides every message, including usage errors: read --lang before anything else.
    wf::installTranslations(app, wf::resolveLanguage(CliArgs::requestedLanguage(args)));

    const wf::cli::ParsedCommand parsed = CliArgs::parse(args);
    switch (parsed.command) {
    case Command::Usage: err << CliArgs::usage(); return 2;
    case Command::Help: out << CliArgs::usage(); return 0;
    case Command::Version: out << "focusctl " << PROJECT_VERSION << "\n"; return 0;
    case Command::Probe:
        switch (parsed.probe.outcome) {
        case wf::cli::ParsedProbe::Outcome::Help: out << parsed.probe.text; return 0;
        case wf::cli::ParsedProbe::Outcome::Error:
            err << "focusctl probe: " << parsed.probe.text << "\n" << seeHelp(QStringLiteral("focusctl probe"));
            return 2;
        case wf::cli::ParsedProbe::Outcome::Run: break;
        }
        return wf::cli::ProbeCommand::run(parsed.probe.args, out);
    case Command::Watch:
        switch (parsed.watch.outcome) {
        case wf::cli::ParsedWatch::Outcome::Help: out << parsed.watch.text; return 0;
        case wf::cli::ParsedWatch::Outcome::Error:
            err << "focusctl watch: " << parsed.watch.text << "\n" << seeHelp(QStringLiteral("focusctl watch"));
            return 2;
        case wf::cli::ParsedWatch::Outcome::Run: break;
        }
        return wf::cli::WatchCommand::run(parsed.watch.args, out, err);
    case Command::Replay:
        switch (parsed.replay.outcome) {
        case wf::cli::ParsedReplay::Outcome::Help: out << parsed.replay.text; return 0;
        case wf::cli::ParsedReplay::Outcome::Error:
            err << "focusctl replay: " << parsed.replay.text << "\n" << seeHelp(QStringLiteral("focusctl replay"));
            return 2;
        case wf::cli::ParsedReplay::Outcome::Run: break;
        }
        return wf::cli::ReplayCommand::run(parsed.replay.args, out, err);
    case Command::Unknown: break;
    }
    err << QCoreApplication::translate("focusctl", "focusctl: unknown command \"%1\"").arg(parsed.text) << "\n"
        << seeHelp(QStringLiteral("focusctl"));
    return 2;
}
