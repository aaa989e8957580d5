#include "soakoptions.h"

#include <QCommandLineParser>
#include <cmath>

namespace wf::soak {

namespace {
bool positive(const QString &text, double &out)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v <= 0)
        return false;
    out = v;
    return true;
}
} // namespace

SoakOptions::Outcome SoakOptions::parse(const QStringList &arguments, SoakOptions &out, QString &text)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Streams a 2222-channel live job from the in-process emulator through the real path (client, readiness\n"
        "controller, row store, waterfall panel with its frame timer, offscreen) at an accelerated rate, and\n"
        "checks that memory, file descriptors, QObjects and QTimers stay flat. Prints one JSON object;\n"
        "exit 1 when a check fails. Default: 8 hours of data with the default 256 MB history."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption shortRun(QStringLiteral("short"),
                                      QStringLiteral("CI version: 10 minutes of data, 16 MiB history (full long before half-time)."));
    const QCommandLineOption minutes(QStringLiteral("minutes-equivalent"), QStringLiteral("Minutes of live data."),
                                     QStringLiteral("N"));
    const QCommandLineOption hours(QStringLiteral("hours-equivalent"), QStringLiteral("Hours of live data."),
                                   QStringLiteral("N"));
    const QCommandLineOption budget(QStringLiteral("history-mb"), QStringLiteral("History budget in MiB."),
                                    QStringLiteral("MB"));
    const QCommandLineOption speed(QStringLiteral("speed"), QStringLiteral("Emulator clock multiple (default 1000)."),
                                   QStringLiteral("X"));
    const QCommandLineOption growth(QStringLiteral("max-growth-pct"),
                                    QStringLiteral("Allowed RSS growth from half to end (default 5)."),
                                    QStringLiteral("PCT"));
    const QCommandLineOption noPlayout(QStringLiteral("no-playout"),
                                       QStringLiteral("Draw each batch as it arrives (the waterfall's smooth scrolling off)."));
    for (const auto *o : {&help, &shortRun, &minutes, &hours, &budget, &speed, &growth, &noPlayout})
        p.addOption(*o);
    if (!p.parse(arguments)) {
        text = p.errorText();
        return Outcome::Error;
    }
    if (p.isSet(help)) {
        text = p.helpText();
        return Outcome::Help;
    }
    out.playout = !p.isSet(noPlayout);
    if (p.isSet(shortRun)) {
        out.minutesEquivalent = 10;
        out.budgetBytes = qint64(16) * 1024 * 1024;
    }
    double v = 0;
    if (p.isSet(minutes) && !positive(p.value(minutes), out.minutesEquivalent)) {
        text = QStringLiteral("--minutes-equivalent must be a positive number");
        return Outcome::Error;
    }
    if (p.isSet(hours)) {
        if (!positive(p.value(hours), v)) {
            text = QStringLiteral("--hours-equivalent must be a positive number");
            return Outcome::Error;
        }
        out.minutesEquivalent = v * 60;
    }
    if (p.isSet(budget)) {
        if (!positive(p.value(budget), v) || v > 64 * 1024) {
            text = QStringLiteral("--history-mb must be a positive number of MiB");
            return Outcome::Error;
        }
        out.budgetBytes = qint64(v * 1024 * 1024);
    }
    if (p.isSet(speed) && !positive(p.value(speed), out.speed)) {
        text = QStringLiteral("--speed must be a positive number");
        return Outcome::Error;
    }
    if (p.isSet(growth) && !positive(p.value(growth), out.maxGrowthPct)) {
        text = QStringLiteral("--max-growth-pct must be a positive number");
        return Outcome::Error;
    }
    return Outcome::Run;
}

} // namespace wf::soak
