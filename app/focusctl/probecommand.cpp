#include "probecommand.h"

#include "apptext.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QLocale>

namespace wf::cli {

namespace {
QString pad(const QString &s, qsizetype width)
{
    return s + QString(std::max<qsizetype>(0, width - s.size()), QLatin1Char(' '));
}
} // namespace

QString ProbeCommand::table(const ProbeResult &r)
{
    const QStringList header{tr("Endpoint"), tr("State"), tr("HTTP"), tr("Latency"), tr("Why")};
    QList<QStringList> rows;
    QList<int> groupBreaks;
    EndpointGroup group = EndpointGroup::Deployed;
    bool first = true;
    for (const EndpointProbe &e : r.endpoints) {
        const EndpointSpec &spec = endpoint(e.id);
        if (first || spec.group != group) {
            rows.append({QStringLiteral("[") + AppText::groupName(spec.group) + QStringLiteral("]")});
            groupBreaks.append(int(rows.size() - 1));
            group = spec.group;
            first = false;
        }
        rows.append({QStringLiteral("%1 %2").arg(QLatin1String(spec.method), QLatin1String(spec.path)),
                     AppText::stateName(e.state),
                     e.info.httpStatus > 0 ? QString::number(e.info.httpStatus) : QStringLiteral("-"),
                     AppText::milliseconds(e.info.latencyMs),
                     AppText::reasonText(e)});
    }
    QList<qsizetype> width(header.size(), 0);
    for (qsizetype c = 0; c < header.size(); ++c)
        width[c] = header[c].size();
    for (const QStringList &row : rows)
        if (row.size() == header.size())
            for (qsizetype c = 0; c < row.size(); ++c)
                width[c] = std::max(width[c], row[c].size());
    QString out;
    auto line = [&](const QStringList &cells) {
        QString l;
        for (qsizetype c = 0; c < cells.size(); ++c)
            l += (c + 1 < cells.size() ? pad(cells[c], width[c]) + QStringLiteral("  ") : cells[c]);
        out += l + QLatin1Char('\n');
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    return out;
}

int ProbeCommand::run(const ProbeArgs &args, QTextStream &out)
{
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

    if (args.json) {
        out << QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented);
    } else {
        if (args.tls.insecure())
            out << AppText::insecureWarning() << "\n";
        out << tr("Server: %1").arg(result.server) << "\n";
        out << AppText::probeSummary(result) << "\n\n";
        out << table(result);
        for (const EndpointProbe &e : result.endpoints)
            if (e.sideEffect)
                out << "\n"
                    << tr("WARNING: %1 %2 answered the probe with id \"%3\": the server may have created a job.")
                           .arg(QString::fromLatin1(endpoint(e.id).method), QString::fromLatin1(endpoint(e.id).path), e.createdId)
                    << "\n";
    }
    out.flush();
    return result.exitCode();
}

} // namespace wf::cli
