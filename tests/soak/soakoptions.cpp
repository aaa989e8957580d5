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
        "checks that memory, threads, file descriptors, QObjects and QTimers stay flat: first from the REST\n"
        "waterfall, then from the job's gRPC DataStream (256 bins, 3 streams, 0.5 s lines, every stream\n"
        "reconnected every 3 minutes of data). Prints one JSON object; exit 1 when a check fails.\n"
        "Default: 8 hours of data each, the default 256 MB history (REST) and 128 MB (gRPC)."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption shortRun(QStringLiteral("short"),
                                      QStringLiteral("CI version: 10 minutes of data, 16 MiB history for REST and 1 MiB for gRPC (full long before half-time)."));
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
    const QCommandLineOption path(QStringLiteral("path"), QStringLiteral("rest, grpc or both (default both)."),
                                  QStringLiteral("PATH"));
    const QCommandLineOption grpcSpeed(QStringLiteral("grpc-speed"),
                                       QStringLiteral("The gRPC stream's pace, multiples of real time (default 15)."),
                                       QStringLiteral("X"));
    const QCommandLineOption reconnect(QStringLiteral("reconnect-minutes"),
                                       QStringLiteral("gRPC: each stream's call ends after this many minutes of data (default 3)."),
                                       QStringLiteral("N"));
    const QCommandLineOption grpcBudget(QStringLiteral("grpc-history-mb"),
                                        QStringLiteral("History budget of the gRPC run in MiB (default 128)."),
                                        QStringLiteral("MB"));
    for (const auto *o : {&help, &shortRun, &minutes, &hours, &budget, &speed, &growth, &noPlayout, &path, &grpcSpeed,
                          &reconnect, &grpcBudget})
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
        out.grpcBudgetBytes = qint64(1) * 1024 * 1024;
    }
    if (p.isSet(path)) {
        const QString v = p.value(path);
        if (v != QLatin1String("rest") && v != QLatin1String("grpc") && v != QLatin1String("both")) {
            text = QStringLiteral("--path must be rest, grpc or both");
            return Outcome::Error;
        }
        out.rest = v != QLatin1String("grpc");
        out.grpc = v != QLatin1String("rest");
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
    // Each option and where its value goes: a positive number (MiB budgets at most 64 GiB).
    struct Number {
        const QCommandLineOption *option;
        double *to = nullptr;
        qint64 *mib = nullptr;
    };
    double budgetMib = 0, grpcBudgetMib = 0;
    for (const Number &n : {Number{&budget, &budgetMib, &out.budgetBytes}, Number{&grpcBudget, &grpcBudgetMib, &out.grpcBudgetBytes},
                            Number{&grpcSpeed, &out.grpcSpeed}, Number{&reconnect, &out.reconnectMinutes},
                            Number{&speed, &out.speed}, Number{&growth, &out.maxGrowthPct}}) {
        if (!p.isSet(*n.option))
            continue;
        const QString name = QStringLiteral("--") + n.option->names().constFirst();
        if (!positive(p.value(*n.option), *n.to) || (n.mib && *n.to > 64 * 1024)) {
            text = n.mib ? QStringLiteral("%1 must be a positive number of MiB").arg(name)
                         : QStringLiteral("%1 must be a positive number").arg(name);
            return Outcome::Error;
        }
        if (n.mib)
            *n.mib = qint64(*n.to * 1024 * 1024);
    }
    return Outcome::Run;
}

} // namespace wf::soak
