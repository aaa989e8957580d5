// focusctl: command-line checks of a Focus Server (probe, watch).
#include "apptext.h"
#include "cliargs.h"
#include "probecommand.h"
#include "watchcommand.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("focusctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);

    // The language decides every message, including usage errors: read --lang before anything else.
    QString lang;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            lang = args[i + 1];
        else if (args[i].startsWith(QLatin1String("--lang=")))
            lang = args[i].mid(7);
    }
    wf::installTranslations(app, wf::resolveLanguage(lang));

    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        (args.isEmpty() ? err : out) << wf::cli::CliArgs::usage();
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "focusctl " << PROJECT_VERSION << "\n";
        return 0;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("probe")) {
        const wf::cli::ParsedProbe parsed = wf::cli::CliArgs::parseProbe(args);
        switch (parsed.outcome) {
        case wf::cli::ParsedProbe::Outcome::Help: out << parsed.text; return 0;
        case wf::cli::ParsedProbe::Outcome::Error:
            err << "focusctl probe: " << parsed.text << "\n\n" << wf::cli::CliArgs::usage();
            return 2;
        case wf::cli::ParsedProbe::Outcome::Run: break;
        }
        return wf::cli::ProbeCommand::run(parsed.args, out);
    }
    if (command == QLatin1String("watch")) {
        const wf::cli::ParsedWatch parsed = wf::cli::CliArgs::parseWatch(args);
        switch (parsed.outcome) {
        case wf::cli::ParsedWatch::Outcome::Help: out << parsed.text; return 0;
        case wf::cli::ParsedWatch::Outcome::Error:
            err << "focusctl watch: " << parsed.text << "\n\n" << wf::cli::CliArgs::usage();
            return 2;
        case wf::cli::ParsedWatch::Outcome::Run: break;
        }
        return wf::cli::WatchCommand::run(parsed.args, out, err);
    }
    err << QCoreApplication::translate("focusctl", "focusctl: unknown command \"%1\"").arg(command) << "\n\n"
        << wf::cli::CliArgs::usage();
    return 2;
}
