#include "sessionreport.h"

#include "laddertext.h"

#include "apptext.h"
#include "datetext.h"
#include "findinglabels.h"
#include "job/jobreport.h"
#include "qualitytext.h"
#include "readinesstext.h"
#include "waterfallexportcaption.h"
#include "waterfallplot.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QDir>
#include <QPainter>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

namespace wf {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Technical values (paths, URLs, ids, numbers) keep their own direction inside a Hebrew page.
QString code(const QString &s)
{
    return QStringLiteral("<bdi dir=\"ltr\"><code>%1</code></bdi>").arg(esc(s));
}

QString row(const QStringList &cells, const QString &tag = QStringLiteral("td"))
{
    QString out = QStringLiteral("<tr>");
    for (const QString &c : cells)
        out += QStringLiteral("<%1>%2</%1>").arg(tag, c);
    return out + QStringLiteral("</tr>\n");
}

QString imageDataUri(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QString timelineHtml(const ReadinessController &c)
{
    // The controller's wall-clock start is the "Configure sent" time (the panel's own context is not
    // the report's to borrow).
    ReportContext context;
    if (c.startedAtEpochMs() > 0)
        context.startedAt = QDateTime::fromMSecsSinceEpoch(c.startedAtEpochMs());
    QString out = QStringLiteral("<table>\n");
    for (JobStep step : {JobStep::ConfigureSent, JobStep::JobId, JobStep::ConsumerReady, JobStep::FirstData, JobStep::Finished}) {
        const bool happened = ReadinessText::stepHappened(step, &c, context);
        QString time = happened ? esc(ReadinessText::stepTime(step, &c, context)) : QString();
        if (happened && step == JobStep::ConfigureSent && context.startedAt.isValid())
            time += QStringLiteral(" ") + code(context.startedAt.toUTC().toString(Qt::ISODateWithMs));
        out += row({esc(ReadinessText::stepName(step, &c)), time.isEmpty() ? QStringLiteral("–") : time});
    }
    return out + QStringLiteral("</table>\n");
}

QString ladderHtml(const ReadinessController &c, const BackendWatch *backend)
{
    const BackendLookResult *look = backend && backend->latest() ? &*backend->latest() : nullptr;
    const std::vector<LadderStep> steps = jobLadder(c.run(), look);
    QString out;
    if (!backend || !backend->enabled())
        out += QStringLiteral("<p>%1</p>\n").arg(esc(SessionReport::tr("The backend was not opened: its rungs are not read.")));
    const LadderDetail detail = ladderDetail(steps);
    if (detail != LadderDetail::None)
        out += QStringLiteral("<p class=\"ladder-why\"><b>%1</b> %2 %3</p>\n")
                   .arg(esc(SessionReport::tr("Why:")), esc(LadderText::detail(detail)), code(ladderDetailKey(detail)));
    out += QStringLiteral("<table class=\"ladder\">\n")
           + row({esc(SessionReport::tr("Step")), esc(SessionReport::tr("State")), esc(SessionReport::tr("When")), esc(SessionReport::tr("Evidence"))},
                 QStringLiteral("th"));
    for (const LadderStep &s : steps)
        out += QStringLiteral("<tr class=\"rung-%1\" data-rung=\"%2\"><td>%3</td><td class=\"state\">%4</td><td>%5</td><td>%6</td></tr>\n")
                   .arg(rungStateName(s.state), rungName(s.rung), esc(LadderText::rung(s.rung)), esc(LadderText::state(s.state)),
                        s.atMs ? esc(LadderText::at(s.atMs)) : QStringLiteral("–"), s.evidence.isEmpty() ? QString() : s.words == LadderWords::Backend ? code(s.evidence) : esc(LadderText::evidence(s)));
    out += QStringLiteral("</table>\n");
    if (look)
        for (const QString &p : look->problems)
            out += QStringLiteral("<p>%1 %2</p>\n").arg(esc(SessionReport::tr("Could not read:")), code(p));
    if (look && look->logsRead && !look->logs.empty()) {
        out += QStringLiteral("<details class=\"logs\"><summary>%1</summary>\n").arg(esc(SessionReport::tr("Logs that explain it")));
        for (const LogExcerpt &l : look->logs) {
            out += QStringLiteral("<p>%1</p>\n").arg(code(l.pod));
            if (!l.problem.isEmpty())
                out += QStringLiteral("<p>%1 %2</p>\n").arg(esc(SessionReport::tr("Not read:")), code(l.problem));
            else if (l.lines.isEmpty())
                out += QStringLiteral("<p>%1</p>\n").arg(esc(SessionReport::tr("No line names the job or an error.")));
            else
                out += QStringLiteral("<pre dir=\"ltr\">%1</pre>\n").arg(esc(l.lines.join(QLatin1Char('\n'))));
        }
        out += QStringLiteral("</details>\n");
    }
    return out;
}

QString endpointsHtml(const ProbeResult &r)
{
    QString out = QStringLiteral("<p>%1</p>\n<table class=\"endpoints\">\n").arg(esc(AppText::probeSummary(r)));
    out += row({SessionReport::tr("Endpoint"), SessionReport::tr("State"), SessionReport::tr("HTTP"), SessionReport::tr("Why")},
               QStringLiteral("th"));
    for (const EndpointProbe &p : r.endpoints)
        out += QStringLiteral("<tr class=\"endpoint ep-%1\" data-endpoint=\"%2\"><td>%3</td><td class=\"state\">%4</td>"
                              "<td class=\"http\">%5</td><td>%6</td></tr>\n")
                   .arg(SessionReport::endpointClass(p), esc(p.info.route), code(p.info.method + QLatin1Char(' ') + p.info.route),
                        esc(SessionReport::endpointStateText(p)),
                        p.info.httpStatus ? code(QString::number(p.info.httpStatus)) : QStringLiteral("–"),
                        esc(AppText::reasonText(p)));
    return out + QStringLiteral("</table>\n");
}

QString qualityHtml(const QualityChecker &q)
{
    QString out = QStringLiteral("<p><b>%1</b></p>\n<table class=\"quality\">\n").arg(esc(QualityText::summary(q)));
    out += row({SessionReport::tr("Verdict"), SessionReport::tr("Check"), SessionReport::tr("Count"),
                SessionReport::tr("First seen"), SessionReport::tr("Latest"), SessionReport::tr("Key")},
               QStringLiteral("th"));
    for (int i = 0; i < kQualityCheckCount; ++i) {
        const auto check = QualityCheck(i);
        const Finding &f = q.finding(check);
        const QualityVerdict v = q.verdict(check);
        out += QStringLiteral("<tr class=\"%1\" data-key=\"%2\">").arg(QLatin1String(qualityVerdictName(v)), QLatin1String(qualityCheckKey(check)));
        out += QStringLiteral("<td class=\"verdict\">%1</td><td title=\"%2\">%3</td><td class=\"count\">%4</td><td>%5</td><td>%6</td><td>%7</td></tr>\n")
                   .arg(esc(QualityText::verdictName(v)), esc(QualityText::checkDescription(check)),
                        esc(QualityText::checkName(check)), code(QString::number(f.count)),
                        f.first ? esc(QualityText::siteText(*f.first)) : QString(),
                        f.latest ? esc(QualityText::siteText(*f.latest)) : QString(), code(QLatin1String(qualityCheckKey(check))));
    }
    out += QStringLiteral("</table>\n");
    if (!q.metadataChanges().empty()) {
        out += QStringLiteral("<ul>\n");
        for (const MetadataChange &m : q.metadataChanges())
            out += QStringLiteral("<li>%1</li>\n")
                       .arg(esc(SessionReport::tr("%1: %2 changed from %3 to %4")
                                    .arg(ReadinessText::sinceConfigure(m.atMs), QualityText::metadataFieldName(m.field), m.before, m.after)));
        out += QStringLiteral("</ul>\n");
    }
    return out;
}

QString requestsHtml(const ReadinessController &c)
{
    QString out = QStringLiteral("<table>\n");
    out += row({SessionReport::tr("Endpoint"), SessionReport::tr("Replies by status")}, QStringLiteral("th"));
    for (auto it = c.polls().begin(); it != c.polls().end(); ++it) {
        QStringList counts;
        for (auto s = it.value().begin(); s != it.value().end(); ++s)
            counts << QStringLiteral("%1×%2").arg(s.key()).arg(s.value());
        out += row({code(it.key()), code(counts.join(QStringLiteral(", ")))});
    }
    out += QStringLiteral("</table>\n");
    if (const auto p95 = c.p95PollLatencyMs())
        out += QStringLiteral("<p>%1</p>\n").arg(esc(SessionReport::tr("Waterfall poll latency p95: %1").arg(AppText::milliseconds(*p95))));
    if (!c.errors().isEmpty()) {
        out += QStringLiteral("<ol class=\"errors\">\n");
        for (const JobErrorEntry &e : c.errors())
            out += QStringLiteral("<li>%1 %2 %3</li>\n").arg(esc(ReadinessText::sinceConfigure(e.atMs)), code(e.endpoint), code(e.message));
        out += QStringLiteral("</ol>\n");
    }
    return out;
}

} // namespace

QString SessionReport::endpointClass(const EndpointProbe &p)
{
    switch (p.state) {
    case EndpointState::Available:
        if (p.warning)
            return QStringLiteral("warn");
        return p.info.httpStatus >= 300 ? QStringLiteral("refused-as-contract") : QStringLiteral("ok");
    case EndpointState::NotDeployed: return QStringLiteral("absent");
    default: return QStringLiteral("fail");
    }
}

QString SessionReport::endpointStateText(const EndpointProbe &p)
{
    if (endpointClass(p) != QLatin1String("refused-as-contract"))
        return AppText::stateName(p.state);
    // The probe asks what no deployed route can grant; this refusal is the proof the route is there.
    const QString status = ltrIsolate(QString::number(p.info.httpStatus));
    switch (p.id) {
    case EndpointId::Metadata:
    case EndpointId::Waterfall:
        return tr("available — answered %1 to an id that cannot exist, as the contract says").arg(status);
    case EndpointId::ConfigTask:
        return tr("available — answered %1 to an invalid request for an id that cannot exist, as the contract says").arg(status);
    case EndpointId::Configure:
        return tr("available — answered %1 to an invalid configuration, as the contract says").arg(status);
    case EndpointId::Recordings:
        return tr("available — answered %1 for a time range with no recording, as the contract says").arg(status);
    default: return tr("available — answered %1 to our probe, as the contract says").arg(status);
    }
}

QString SessionReport::waterfallCaption(const SessionReportInput &in)
{
    std::optional<ExportCaption> caption = WaterfallExportCaption::keys(in.waterfall);
    if (!caption)
        return {};
    caption->server = in.server;
    caption->jobId = in.controller ? in.controller->jobId() : QString();
    return WaterfallExportCaption::text(*caption);
}

QJsonObject SessionReport::json(const SessionReportInput &in)
{
    QJsonObject o = jobReportJson(*in.controller, in.server, in.insecure);
    o.insert(QStringLiteral("diagnosis_text"), AppText::diagnosisText(in.controller->diagnosis().value_or(Diagnosis::Stopped), *in.controller));
    o.insert(QStringLiteral("quality"), qualityJson(*in.quality));
    addLadderToReport(o, in.controller->run(), in.backend && in.backend->access() ? &*in.backend->access() : nullptr,
                      in.backend && in.backend->latest() ? &*in.backend->latest() : nullptr);
    if (in.endpoints)
        o.insert(QStringLiteral("endpoints"), in.endpoints->toJson());
    o.insert(QStringLiteral("generated_at"), in.generatedAt.toUTC().toString(Qt::ISODateWithMs));
    if (!in.replayedFrom.isEmpty())
        o.insert(QStringLiteral("replayed_from"), in.replayedFrom);
    // Added keys (consumers read the old ones by name): when /configure was sent, and the request's
    // NFFT, frequency range, height and time axis as the report's job table says them (config holds
    // them too, as sent: null where the view takes none).
    const ConfigureRequest &q = in.controller->request();
    const bool waterfall = q.view == ViewType::Waterfall;
    const qint64 started = in.controller->startedAtEpochMs();
    o.insert(QStringLiteral("configure_sent_at"),
             started > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(started, Qt::UTC).toString(Qt::ISODateWithMs)) : QJsonValue());
    o.insert(QStringLiteral("job_table"),
             QJsonObject{{QStringLiteral("nfft"), q.sentNfft()},
                         {QStringLiteral("frequency_hz"), waterfall ? QJsonValue() : QJsonValue(QJsonArray{q.freqMin, q.freqMax})},
                         {QStringLiteral("height_rows"), q.height},
                         {QStringLiteral("time_axis_s"), waterfall ? QJsonValue() : QJsonValue(q.timeAxisDurationS)}});
    if (const QString caption = waterfallCaption(in); !caption.isEmpty())
        o.insert(QStringLiteral("waterfall_caption"), caption);
    return o;
}

QString SessionReport::html(const SessionReportInput &in)
{
    const ReadinessController &c = *in.controller;
    const bool rtl = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    const Diagnosis d = c.diagnosis().value_or(Diagnosis::Stopped);
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\">\n<head>\n<meta charset=\"utf-8\">\n")
             .arg(QLocale().name().left(2), rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"));
    h += QStringLiteral("<title>%1</title>\n").arg(esc(tr("Focus Waterfall Viewer — session report")));
    h += QStringLiteral(
        "<style>body{font-family:sans-serif;margin:2em;max-width:1200px}table{border-collapse:collapse;margin:.5em 0}"
        "td,th{border:1px solid #ccc;padding:3px 8px;text-align:start}tr.fail .verdict{color:#c62828;font-weight:bold}"
        "tr.warn .verdict{color:#b26a00;font-weight:bold}tr.pass .verdict{color:#2e7d32}td.count{text-align:end}"
        ".insecure{background:#c62828;color:white;padding:2px 6px;font-weight:bold}img.waterfall{max-width:100%;"
        "border:1px solid #888;direction:ltr}"
        "tr.ep-ok td.state{color:#2e7d32}tr.ep-refused-as-contract td.state{color:#1565c0}"
        "tr.ep-refused-as-contract td.http{color:#555}tr.ep-warn td.state{color:#b26a00;font-weight:bold}"
        "tr.ep-absent td.state,tr.ep-fail td.state{color:#c62828;font-weight:bold}"
        "tr.rung-passed td.state{color:#2e7d32}tr.rung-waiting td.state{color:#b26a00}"
        "tr.rung-failed td.state,p.ladder-why{color:#c62828;font-weight:bold}tr.rung-unknown td.state{color:#777}"
        "details.logs pre{background:#f4f4f4;padding:4px;overflow-x:auto;text-align:left}</style>\n</head>\n<body>\n");
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(tr("Session report")));
    h += QStringLiteral("<p>%1 %2</p>\n").arg(esc(tr("Server:")), code(in.server));
    if (in.insecure)
        h += QStringLiteral("<p class=\"insecure\">%1</p>\n").arg(esc(AppText::insecureWarning()));
    if (!in.replayedFrom.isEmpty())
        h += QStringLiteral("<p>%1 %2</p>\n").arg(esc(tr("Replayed from the recorded session")), code(in.replayedFrom));
    h += QStringLiteral("<p>%1 %2</p>\n").arg(esc(tr("Generated:")), code(DateText::dateTime(in.generatedAt, DateText::Zone::Offset)));

    h += QStringLiteral("<h2>%1</h2>\n<p><b>%2</b> %3</p>\n<p>%4</p>\n")
             .arg(esc(tr("Diagnosis")), esc(AppText::diagnosisText(d, c)), code(diagnosisName(d)), esc(AppText::jobStateText(c.state())));
    h += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(esc(tr("Job parameters")));
    h += row({esc(tr("Job id")), code(c.jobId().isEmpty() ? QStringLiteral("–") : c.jobId())});
    h += row({esc(tr("View")), esc(ReadinessText::viewName(c.request().view))});
    h += row({esc(tr("Channels")), code(QStringLiteral("%1-%2").arg(c.request().channelMin).arg(c.request().channelMax))});
    const ConfigureRequest &q = c.request();
    const bool waterfallView = q.view == ViewType::Waterfall;
    const QString notSent = esc(tr("not sent for this view"));
    h += row({esc(tr("NFFT")), code(QString::number(q.sentNfft()))});
    h += row({esc(tr("Frequency range (Hz)")),
              waterfallView ? notSent : code(QStringLiteral("%1–%2").arg(q.freqMin).arg(q.freqMax))});
    h += row({esc(tr("Height (rows)")), code(QString::number(q.height))});
    h += row({esc(tr("Time axis (s)")), waterfallView ? notSent : code(QString::number(q.timeAxisDurationS))});
    h += row({esc(tr("Time window")), esc(ReadinessText::windowText(c.request()))});
    h += row({esc(tr("Rows received")), code(QString::number(c.rowsReceived()))});
    h += row({esc(tr("Blocks received")), code(QString::number(c.blocksReceived()))});
    h += QStringLiteral("</table>\n");
    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Readiness timeline"))) + timelineHtml(c);
    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Ladder"))) + ladderHtml(c, in.backend);
    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Data quality"))) + qualityHtml(*in.quality);
    if (!in.waterfall.isNull()) {
        const QString caption = waterfallCaption(in);
        const QImage picture = caption.isEmpty() ? in.waterfall : WaterfallExportCaption::withCaption(in.waterfall, caption);
        // The caption is drawn once, in the band under the picture (it travels with a saved image).
        h += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n<img class=\"waterfall\" alt=\"%3\" src=\"%4\">\n")
                 .arg(esc(tr("Waterfall")), esc(tr("Findings in view are framed; magenta samples are negative.")),
                      esc(caption.isEmpty() ? tr("Waterfall") : caption), imageDataUri(picture));
    }
    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Endpoints")));
    h += in.endpoints ? endpointsHtml(*in.endpoints) : QStringLiteral("<p>%1</p>\n").arg(esc(tr("The endpoints were not probed.")));
    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Requests"))) + requestsHtml(c);
    h += QStringLiteral("<script type=\"application/json\" id=\"report-json\">%1</script>\n")
             .arg(QString::fromUtf8(QJsonDocument(json(in)).toJson(QJsonDocument::Compact)).replace(QLatin1String("</"), QLatin1String("<\\/")));
    h += QStringLiteral("</body>\n</html>\n");
    return h;
}

std::vector<FindingLabel> SessionReport::findingLabels(const WaterfallPlot &plot, const QualityChecker &q)
{
    QCustomPlot *cp = plot.customPlot();
    const QRect area = cp->axisRect()->rect();
    const double from = plot.visibleFromMs(), to = plot.visibleToMs();
    std::vector<FindingMark> marks;
    for (int i = 0; i < kQualityCheckCount; ++i) {
        const auto check = QualityCheck(i);
        const Finding &f = q.finding(check);
        if (!QualityText::isRowCheck(check) || !f.first)
            continue;
        for (const FindingSite &site : {*f.first, *f.latest}) {
            if (site.rowStartMs < from || site.rowStartMs > to)
                continue;
            const double channel = site.channel > 0 ? double(site.channel) : (plot.visibleFirstChannel() + plot.visibleLastChannel()) / 2;
            const QPointF at = plot.pixelOf(channel, double(site.rowStartMs));
            if (area.contains(at.toPoint()))
                marks.push_back({at, QualityText::checkName(check)});
        }
    }
    return layoutFindingLabels(marks, QRectF(area), findingLabelFont());
}

QFont SessionReport::findingLabelFont()
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(12);
    return font;
}

QImage SessionReport::markedWaterfall(const WaterfallPlot &plot, const QualityChecker &q)
{
    QCustomPlot *cp = plot.customPlot();
    QImage image = WaterfallExportCaption::grabWithoutCrosshair(cp, cp);
    WaterfallExportCaption::setKeys(image, WaterfallExportCaption::of(plot, QString(), QString()));
    QPainter p(&image);
    paintFindingLabels(p, findingLabels(plot, q), findingLabelFont(), QColor(0x00, 0xe5, 0xff));
    return image;
}

QString SessionReport::jsonPathFor(const QString &htmlPath)
{
    const QFileInfo info(htmlPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".json"));
}

bool SessionReport::save(const QString &path, const SessionReportInput &input, QString *error)
{
    const QList<QPair<QString, QByteArray>> files = {
        {path, html(input).toUtf8()},
        {jsonPathFor(path), QJsonDocument(json(input)).toJson(QJsonDocument::Indented)},
    };
    for (const auto &[file, bytes] : files) {
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            if (error)
                *error = tr("Cannot write %1: %2").arg(file, out.errorString());
            return false;
        }
    }
    return true;
}

} // namespace wf
