#include "probecommand.h"

#include "backendargs.h"
#include "laddertext.h"

#include "apptext.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <cstdio>
#include <unistd.h>

namespace wf::cli {

namespace {

QString pad(const QString &s, qsizetype width)
{
    return s + QString(std::max<qsizetype>(0, width - ProbeCommand::displayWidth(s)), QLatin1Char(' '));
}

// Not deployed is what the tester looks for; the other failures are told apart from "available".
QString colourOf(EndpointState state)
{
    switch (state) {
    case EndpointState::Available: return {};
    case EndpointState::NotDeployed: return QStringLiteral("\x1b[1;31m");
    case EndpointState::Error:
    case EndpointState::Timeout:
    case EndpointState::Unreachable:
    case EndpointState::TlsError: return QStringLiteral("\x1b[33m");
    }
    return {};
}

constexpr qsizetype kMinReasonWidth = 40; // narrower than this, the reason goes under its row

} // namespace

bool ProbeCommand::colourWanted()
{
    if (!qEnvironmentVariableIsEmpty("NO_COLOR") || qEnvironmentVariable("TERM") == QLatin1String("dumb"))
        return false;
    return isatty(fileno(stdout)) != 0;
}

qsizetype ProbeCommand::displayWidth(const QString &text)
{
    static const QRegularExpression escape(QStringLiteral("\x1b\\[[0-9;]*[A-Za-z]"));
    QString plain = text;
    plain.remove(escape);
    qsizetype width = 0;
    for (const char32_t c : plain.toUcs4()) {
        const bool bidiMark = c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
        const QChar::Category cat = QChar::category(c);
        if (!bidiMark && cat != QChar::Mark_NonSpacing && cat != QChar::Mark_Enclosing && cat != QChar::Other_Format)
            ++width;
    }
    return width;
}

QStringList ProbeCommand::wrap(const QString &text, qsizetype width, qsizetype indent)
{
    const QString lead(indent, QLatin1Char(' '));
    const qsizetype room = std::max<qsizetype>(width - indent, 8);
    QStringList lines;
    QString line;
    for (QString word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        while (displayWidth(word) > room) { // a URL or a path longer than the room: cut it
            if (!line.isEmpty()) {
                lines << line;
                line.clear();
            }
            lines << word.left(room);
            word = word.mid(room);
        }
        if (!line.isEmpty() && displayWidth(line) + 1 + displayWidth(word) > room) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines << line;
    for (qsizetype i = 0; i < lines.size(); ++i)
        lines[i] = (i == 0 ? QString() : lead) + lines[i];
    return lines;
}

QString ProbeCommand::table(const ProbeResult &r, const Style &style)
{
    const QStringList header{tr("Endpoint"), tr("State"), tr("HTTP"), tr("Latency"), tr("Why")};
    struct Row {
        QStringList cells;
        EndpointState state = EndpointState::Available;
    };
    QList<Row> rows;
    EndpointGroup group = EndpointGroup::Deployed;
    bool first = true;
    for (const EndpointProbe &e : r.endpoints) {
        const EndpointSpec &spec = endpoint(e.id);
        if (first || spec.group != group) {
            rows.append({{QStringLiteral("[") + AppText::groupName(spec.group) + QStringLiteral("]")}});
            group = spec.group;
            first = false;
        }
        rows.append({{QStringLiteral("%1 %2").arg(QLatin1String(spec.method), QLatin1String(spec.path)),
                      AppText::stateName(e.state),
                      e.info.httpStatus > 0 ? QString::number(e.info.httpStatus) : QStringLiteral("-"),
                      AppText::milliseconds(e.info.latencyMs), AppText::reasonText(e)},
                     e.state});
    }
    const qsizetype fixed = header.size() - 1; // every column but the reason
    QList<qsizetype> width(fixed, 0);
    for (qsizetype c = 0; c < fixed; ++c)
        width[c] = displayWidth(header[c]);
    for (const Row &row : rows)
        if (row.cells.size() == header.size())
            for (qsizetype c = 0; c < fixed; ++c)
                width[c] = std::max(width[c], displayWidth(row.cells[c]));
    qsizetype reasonAt = 0;
    for (qsizetype c = 0; c < fixed; ++c)
        reasonAt += width[c] + 2;
    // The reason wraps in its own column; on a terminal too narrow for that, on lines of its own.
    const bool under = style.width - reasonAt < kMinReasonWidth;
    QString out;
    auto line = [&](const QStringList &cells, EndpointState state) {
        QString l;
        for (qsizetype c = 0; c < fixed && c < cells.size(); ++c) {
            QString cell = pad(cells[c], width[c]);
            if (c == 1 && style.colour && !colourOf(state).isEmpty()) // colour the word, not its padding
                cell = colourOf(state) + cells[c] + QStringLiteral("\x1b[0m") + cell.mid(cells[c].size());
            l += cell + QStringLiteral("  ");
        }
        if (cells.size() <= fixed) { // a group heading
            out += cells.value(0) + QLatin1Char('\n');
            return;
        }
        const QString reason = cells.last();
        if (under) {
            while (l.endsWith(QLatin1Char(' ')))
                l.chop(1);
            out += l + QLatin1Char('\n');
            if (!reason.isEmpty())
                for (const QString &w : wrap(reason, style.width - 4))
                out += QStringLiteral("    ") + w.trimmed() + QLatin1Char('\n');
            return;
        }
        const QStringList parts = wrap(reason, style.width - reasonAt);
        out += l + parts.first() + QLatin1Char('\n');
        for (qsizetype i = 1; i < parts.size(); ++i)
            out += QString(reasonAt, QLatin1Char(' ')) + parts[i].trimmed() + QLatin1Char('\n');
    };
    line(under ? header.mid(0, fixed) + QStringList{QString()} : header, EndpointState::Available);
    for (const Row &row : rows)
        line(row.cells, row.state);
    return out;
}

int ProbeCommand::run(const ProbeArgs &args, QTextStream &out)
{
    BackendAccess backend = args.backend;
    if (backend.readsRabbit()) {
        QString problem;
        if (!BackendArgs::rabbitPassword(backend.rabbitPassword, problem)) {
            QTextStream(stderr) << "focusctl probe: " << problem << '\n';
            return 2;
        }
    }
    ClientOptions options;
    options.baseUrl = args.server;
    options.timeoutMs = args.timeoutMs;
    options.tls = args.tls;
    FocusClient client(options);
    EndpointProber prober(&client);
    ProbeResult result;
    QEventLoop loop;
    QObject::connect(&prober, &EndpointProber::finished, &loop, [&](const ProbeResult &r) {
        result = r;
        loop.quit();
    });
    prober.start();
    loop.exec();
    // The backend checks that need no job, when the tester opened the backend.
    std::optional<BackendHealth> health;
    QStringList backendProblems;
    if (backend.readsRabbit() || backend.readsKube()) {
        BackendClient backendClient(backend);
        QEventLoop wait;
        backendClient.checkHealth([&](BackendHealth h, QStringList problems) {
            health = h;
            backendProblems = problems;
            wait.quit();
        });
        if (!health)
            wait.exec();
    }

    if (args.json) {
        QJsonObject json = result.toJson();
        if (health) {
            const auto check = [](RungState state, const QString &evidence) {
                return QJsonObject{{QStringLiteral("state"), rungStateName(state)}, {QStringLiteral("evidence"), evidence}};
            };
            json.insert(QStringLiteral("backend"),
                        QJsonObject{{QStringLiteral("broker"), check(health->broker, health->brokerEvidence)},
                                    {QStringLiteral("live_source"), check(health->liveSource.state, health->liveSource.evidence)},
                                    {QStringLiteral("focus_server_pods"), check(health->focusServer, health->focusServerEvidence)},
                                    {QStringLiteral("problems"), QJsonArray::fromStringList(backendProblems)}});
        }
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        const Style style{100, colourWanted()};
        auto say = [&](const QString &text) { out << wrap(text, style.width, 2).join(QLatin1Char('\n')) << "\n"; };
        if (args.tls.insecure())
            say(AppText::insecureWarning());
        say(tr("Server: %1").arg(result.server));
        say(AppText::probeSummary(result));
        out << "\n" << table(result, style);
        for (const EndpointProbe &e : result.endpoints)
            if (e.sideEffect) {
                out << "\n";
                say(tr("WARNING: %1 %2 answered the probe with id \"%3\": the server may have created a job.")
                        .arg(QString::fromLatin1(endpoint(e.id).method), QString::fromLatin1(endpoint(e.id).path), e.createdId));
            }
        if (health) {
            out << "\n";
            say(tr("Backend (no job needed):"));
            const auto line = [&](const QString &what, RungState state, const QString &evidence) {
                out << (evidence.isEmpty() ? tr("  %1: %2").arg(what, LadderText::state(state))
                                       : tr("  %1: %2 — %3").arg(what, LadderText::state(state), ltrUnderRtl(evidence)))
                    << "\n";
            };
            line(tr("broker"), health->broker, health->brokerEvidence);
            line(LadderText::rung(Rung::LiveSource), health->liveSource.state, health->liveSource.evidence);
            line(tr("focus-server pods"), health->focusServer, health->focusServerEvidence);
            for (const QString &p : backendProblems)
                out << tr("  could not read: %1").arg(ltrUnderRtl(p)) << "\n";
        }
    }
    out.flush();
    return result.exitCode();
}

} // namespace wf::cli
