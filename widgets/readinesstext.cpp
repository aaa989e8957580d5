#include "readinesstext.h"

#include "apptext.h"
#include "laddertext.h"
#include "api/codecs.h"
#include "datetext.h"
#include "job/jobreport.h"

#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QStringList>
#include <algorithm>

namespace wf {

namespace {

constexpr int kReportErrorLimit = 50; // the newest errors; a long run's full list is in the JSON

QLocale plainLocale()
{
    QLocale l;
    l.setNumberOptions(l.numberOptions() | QLocale::OmitGroupSeparator);
    return l;
}

// Markdown is pasted text: C-locale numbers and no direction marks.
QString raw(double v, int decimals = 0)
{
    return QString::number(v, 'f', decimals);
}

QString rawRange(double a, double b, int decimals = 0)
{
    return raw(a, decimals) + QStringLiteral("–") + raw(b, decimals);
}

QString codeSpan(QString text)
{
    text.replace(QLatin1Char('`'), QLatin1Char('\''));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return QStringLiteral("`%1`").arg(text);
}

QString configureOutcome(const CallInfo &info)
{
    if (info.transport != TransportError::None && info.httpStatus == 0)
        return transportErrorName(info.transport);
    return QStringLiteral("HTTP %1").arg(info.httpStatus);
}

} // namespace

QString ReadinessText::viewName(ViewType view)
{
    switch (view) {
    case ViewType::MultiChannel: return tr("multichannel");
    case ViewType::SingleChannel: return tr("single channel");
    case ViewType::Waterfall: return tr("waterfall");
    }
    return {};
}

QString ReadinessText::number(qint64 value)
{
    return ltrIsolate(plainLocale().toString(value));
}

QString ReadinessText::decimal(double value, int decimals)
{
    return ltrIsolate(plainLocale().toString(value, 'f', decimals));
}

QString ReadinessText::range(double a, double b, int decimals, const QString &unit)
{
    // The numbers get their own embedding: a translated unit placed first must not reverse them.
    const QLocale l = plainLocale();
    const QString r = ltrIsolate(l.toString(a, 'f', decimals) + QStringLiteral("–") + l.toString(b, 'f', decimals));
    return ltrIsolate(unit.isEmpty() ? r : tr("%1 %2", "value and unit").arg(r, unit));
}

QString ReadinessText::milliseconds(double ms)
{
    return ltrIsolate(tr("%1 ms").arg(decimal(ms, 1)));
}

QString ReadinessText::dateTime(qint64 epochS)
{
    return ltrIsolate(DateText::dateTimeS(epochS));
}

QString ReadinessText::windowText(const ConfigureRequest &q)
{
    if (!q.historic())
        return tr("live");
    return tr("historic: %1 – %2 (%3)")
        .arg(dateTime(*q.startTimeS), dateTime(*q.endTimeS),
             ltrIsolate(tr("%1 s").arg(number(*q.endTimeS - *q.startTimeS))));
}

QString ReadinessText::sinceConfigure(qint64 ms)
{
    return ltrIsolate(tr("%1 ms").arg(ltrIsolate(QLatin1Char('+') + plainLocale().toString(ms))));
}

QString ReadinessText::seconds(qint64 ms)
{
    if (ms < 1000)
        return ltrIsolate(tr("%1 ms").arg(number(ms)));
    return ltrIsolate(tr("%1 s").arg(decimal(double(ms) / 1000.0, 1)));
}

QString ReadinessText::stepName(JobStep step, const ReadinessController *c)
{
    switch (step) {
    case JobStep::ConfigureSent: return tr("Configure sent");
    case JobStep::JobId:
        if (c && !c->jobId().isEmpty())
            return tr("Job id %1").arg(ltrIsolate(c->jobId()));
        if (c && c->timeline().configured)
            return tr("Configure answered %1").arg(ltrIsolate(configureOutcome(c->configureInfo())));
        return tr("Job id");
    case JobStep::ConsumerReady:
        // On the gRPC path the job's consumer is its stream: ready when the port accepts a connection.
        return c && c->rowSource() == RowSourceKind::Grpc ? tr("Stream ready") : tr("Consumer ready");
    case JobStep::FirstData:
        return c && c->rowSource() == RowSourceKind::Grpc ? tr("First frame") : tr("First data");
    case JobStep::Finished:
        switch (c ? c->state() : JobState::Idle) {
        case JobState::Failed: return tr("Failed");
        case JobState::Stopped: return tr("Stopped");
        default: return c && c->rowSource() == RowSourceKind::Grpc ? tr("Ended") : tr("Ended (208)");
        }
    }
    return {};
}

bool ReadinessText::stepHappened(JobStep step, const ReadinessController *c, const ReportContext &context)
{
    if (!c)
        return false;
    const JobTimeline &t = c->timeline();
    switch (step) {
    case JobStep::ConfigureSent: return c->state() != JobState::Idle;
    case JobStep::JobId: return t.configured.has_value() && !c->jobId().isEmpty();
    case JobStep::ConsumerReady: return t.consumerReady.has_value();
    case JobStep::FirstData: return t.firstData.has_value();
    case JobStep::Finished: return isTerminal(c->state()) && (t.ended || context.finishedAtMs);
    }
    return false;
}

QString ReadinessText::stepTime(JobStep step, const ReadinessController *c, const ReportContext &context)
{
    if (!c)
        return {};
    const JobTimeline &t = c->timeline();
    switch (step) {
    case JobStep::ConfigureSent:
        return c->state() != JobState::Idle && context.startedAt.isValid()
                   ? ltrIsolate(DateText::time(context.startedAt))
                   : QString();
    case JobStep::JobId:
        return t.configured ? tr("%1 round trip").arg(ltrIsolate(tr("%1 ms").arg(number(*t.configured)))) : QString();
    case JobStep::ConsumerReady: return t.consumerReady ? sinceConfigure(*t.consumerReady) : QString();
    case JobStep::FirstData: return t.firstData ? sinceConfigure(*t.firstData) : QString();
    case JobStep::Finished:
        if (t.ended)
            return sinceConfigure(*t.ended);
        return isTerminal(c->state()) && context.finishedAtMs ? sinceConfigure(*context.finishedAtMs) : QString();
    }
    return {};
}

QString ReadinessText::awaitedStepTime(JobStep step, const ReadinessController &c)
{
    // The job id is awaited from the start, the others from the configure reply.
    const qint64 since = c.elapsedMs() - (step == JobStep::JobId ? 0 : c.timeline().configured.value_or(0));
    return tr("not yet (%1)").arg(step == JobStep::JobId ? seconds(since) : sinceConfigure(since));
}

QString ReadinessText::pendingText(JobState state)
{
    switch (state) {
    case JobState::Idle: return tr("No job yet: configure one and press Start.");
    case JobState::Configuring: return tr("Configuring the job…");
    case JobState::WaitingForConsumer: return tr("Waiting for the job's consumer to appear…");
    case JobState::StreamingNoData: return tr("The consumer is alive; waiting for the first rows…");
    default: return tr("No verdict.");
    }
}

QString ReadinessText::logLine(const QTime &wall, const RequestLogEntry &e)
{
    QString status = e.httpStatus > 0 ? QString::number(e.httpStatus) : e.outcome;
    if (e.httpStatus > 0 && !e.outcome.isEmpty())
        status += QLatin1Char(' ') + e.outcome;
    return QStringLiteral("%1 %2 %3 %4 %5 ms %6 B")
        .arg(DateText::timeMs(wall), e.method.leftJustified(4), e.path.leftJustified(24),
             status.leftJustified(3))
        .arg(e.latencyMs, 6, 'f', 1)
        .arg(e.bytes, 7);
}

QString ReadinessText::errorLine(const QTime &wall, const JobErrorEntry &e)
{
    return QStringLiteral("%1 !    %2%3")
        .arg(DateText::timeMs(wall),
             e.endpoint.isEmpty() ? QString() : e.endpoint + QStringLiteral(": "), AppText::jobErrorText(e));
}

QString ReadinessText::eventLine(const QTime &wall, const JobErrorEntry &e)
{
    return QStringLiteral("%1 -    %2%3")
        .arg(DateText::timeMs(wall), e.endpoint.isEmpty() ? QString() : e.endpoint + QStringLiteral(": "),
             e.message);
}

QString ReadinessText::observationLine(const QTime &wall, const JobErrorEntry &e)
{
    return QStringLiteral("%1 i    %2%3")
        .arg(DateText::timeMs(wall),
             e.endpoint.isEmpty() ? QString() : e.endpoint + QStringLiteral(": "),
             tr("accepted (differs from the contract): %1").arg(e.message));
}

QStringList ReadinessText::endpointOrder(const QMap<QString, QMap<QString, int>> &polls)
{
    QStringList order;
    for (const char *known : {"configure", "openapi", "metadata", "waterfall"})
        if (polls.contains(QLatin1String(known)))
            order << QLatin1String(known);
    for (auto it = polls.begin(); it != polls.end(); ++it)
        if (!order.contains(it.key()))
            order << it.key();
    return order;
}

QStringList ReadinessText::statusOrder(const QMap<QString, QMap<QString, int>> &polls)
{
    QStringList keys;
    for (const auto &byStatus : polls)
        for (auto it = byStatus.begin(); it != byStatus.end(); ++it)
            if (!keys.contains(it.key()))
                keys << it.key();
    std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        bool na = false, nb = false;
        const int ia = a.toInt(&na), ib = b.toInt(&nb);
        if (na != nb)
            return na; // HTTP codes before transport failures
        return na ? ia < ib : a < b;
    });
    return keys;
}

QString ReadinessText::ladderMarkdown(const ReadinessController &c, const BackendWatch *backend)
{
    const BackendLookResult *look = backend && backend->latest() ? &*backend->latest() : nullptr;
    const std::vector<LadderStep> steps = jobLadder(c.run(), look);
    QString md = QStringLiteral("\n#### %1\n\n").arg(tr("Ladder"));
    if (!backend || !backend->enabled())
        md += tr("The backend was not opened (Job → Backend access…): its rungs are not read.") + QStringLiteral("\n\n");
    const LadderDetail detail = ladderDetail(steps);
    if (detail != LadderDetail::None)
        md += tr("**Why:** %1 (%2).").arg(LadderText::detail(detail), codeSpan(ladderDetailKey(detail))) + QStringLiteral("\n\n");
    md += QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---|---|---|\n").arg(tr("Step"), tr("State"), tr("When"), tr("Evidence"));
    for (const LadderStep &s : steps)
        md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                  .arg(LadderText::rung(s.rung), LadderText::state(s.state), LadderText::at(s.atMs),
                       s.evidence.isEmpty() ? QString() : s.words == LadderWords::Backend ? codeSpan(s.evidence) : LadderText::evidence(s));
    if (look)
        for (const QString &p : look->problems)
            md += QStringLiteral("\n- ") + tr("Could not read: %1").arg(codeSpan(p));
    if (look && look->logsRead && !look->logs.empty()) {
        md += QStringLiteral("\n<details><summary>%1</summary>\n\n").arg(tr("Logs that explain it"));
        for (const LogExcerpt &l : look->logs) {
            md += codeSpan(l.pod) + QStringLiteral("\n\n");
            if (!l.problem.isEmpty())
                md += tr("Not read: %1").arg(codeSpan(l.problem)) + QStringLiteral("\n\n");
            else if (l.lines.isEmpty())
                md += tr("No line names the job or an error.") + QStringLiteral("\n\n");
            else // a fence the lines cannot close
                md += QStringLiteral("~~~~\n") + l.lines.join(QLatin1Char('\n')).replace(QStringLiteral("~~~~"), QStringLiteral("~ ~ ~ ~")) + QStringLiteral("\n~~~~\n\n");
        }
        md += QStringLiteral("</details>\n");
    }
    return md;
}

QString ReadinessText::markdownReport(const ReadinessController &c, const ReportContext &ctx)
{
    const ConfigureRequest &q = c.request();
    const bool waterfall = q.view == ViewType::Waterfall;
    const std::optional<Diagnosis> d = c.diagnosis();
    const QString none = QStringLiteral("—");
    auto ms = [](double v, int decimals = 0) { return tr("%1 ms").arg(raw(v, decimals)); };
    auto optMs = [&](const std::optional<double> &v) { return v ? ms(*v, 1) : none; };

    QStringList config;
    config << tr("view %1").arg(viewTypeName(q.view)) << tr("channels %1").arg(rawRange(q.channelMin, q.channelMax))
           << tr("nfft %1").arg(waterfall ? 1 : q.nfft);
    if (!waterfall)
        config << tr("frequency %1 Hz").arg(rawRange(q.freqMin, q.freqMax, 1));
    config << tr("height %1").arg(q.height);
    if (!waterfall)
        config << tr("time axis %1 s").arg(raw(q.timeAxisDurationS, 1));
    config << (q.historic() ? tr("historic %1–%2 (epoch s)").arg(*q.startTimeS).arg(*q.endTimeS) : tr("live"));
    if (c.configureReply())
        config << tr("lines_dt %1 s").arg(raw(c.configureReply()->linesDt, 4));

    QString md = QStringLiteral("### %1\n\n").arg(tr("Focus job report"));
    md += QStringLiteral("- **%1** %2%3\n")
              .arg(tr("Server:"), codeSpan(ctx.server),
                   ctx.insecure ? QStringLiteral(" — **%1**").arg(tr("insecure: TLS verification off")) : QString());
    if (ctx.startedAt.isValid())
        md += QStringLiteral("- **%1** %2\n").arg(tr("Started:"), DateText::dateTime(ctx.startedAt, DateText::Zone::Offset));
    md += QStringLiteral("- **%1** %2\n").arg(tr("Job id:"), c.jobId().isEmpty() ? none : codeSpan(c.jobId()));
    md += QStringLiteral("- **%1** %2\n").arg(tr("Configuration:"), config.join(QStringLiteral(" · ")));
    md += QStringLiteral("- **%1** %2 (%3)\n")
              .arg(tr("State:"), AppText::jobStateText(c.state()), codeSpan(jobStateName(c.state())));
    md += QStringLiteral("- **%1** %2 — %3\n")
              .arg(tr("Diagnosis:"), d ? codeSpan(diagnosisName(*d)) : none,
                   d ? AppText::diagnosisText(*d, c) : pendingText(c.state()));
    if (c.configureInfo().pinMismatch())
        md += QStringLiteral("- **%1** %2\n").arg(tr("TLS:"), AppText::transportText(c.configureInfo()));
    if (c.configureInfo().httpStatus > 0 && c.configureInfo().httpStatus != 200)
        md += QStringLiteral("- **%1** HTTP %2 %3\n")
                  .arg(tr("Configure refused:"))
                  .arg(c.configureInfo().httpStatus)
                  .arg(codeSpan(c.configureInfo().errorBody.raw));
    md += QStringLiteral("- **%1** %2\n")
              .arg(tr("Rows received:"), tr("%1 in %2").arg(QString::number(c.rowsReceived()), tr("%Ln block(s)", nullptr, int(c.blocksReceived()))));
    md += QStringLiteral("- **%1** %2\n")
              .arg(tr("Waterfall polls:"),
                   tr("last %1, p95 %2, interval %3")
                       .arg(optMs(c.lastPollLatencyMs()), optMs(c.p95PollLatencyMs()), ms(c.currentPollIntervalMs())));

    const JobTimeline &t = c.timeline();
    auto stepMs = [&](const std::optional<qint64> &v) { return v ? ms(double(*v)) : none; };
    md += QStringLiteral("\n#### %1\n\n| %2 | %3 |\n|---|---|\n")
              .arg(tr("Timeline (after the configure reply)"), tr("Step"), tr("Time"));
    md += QStringLiteral("| %1 | %2 |\n").arg(tr("Configure round trip"), stepMs(t.configured));
    md += QStringLiteral("| %1 | %2 |\n").arg(tr("Consumer ready"), stepMs(t.consumerReady));
    md += QStringLiteral("| %1 | %2 |\n").arg(tr("First data"), stepMs(t.firstData));
    md += QStringLiteral("| %1 | %2 |\n").arg(tr("Ended (208)"), stepMs(t.ended));
    if (!t.ended && isTerminal(c.state()))
        md += QStringLiteral("| %1 | %2 |\n").arg(stepName(JobStep::Finished, &c), stepMs(ctx.finishedAtMs));

    md += ladderMarkdown(c, ctx.backend);

    const QStringList endpoints = endpointOrder(c.polls());
    const QStringList statuses = statusOrder(c.polls());
    md += QStringLiteral("\n#### %1\n\n").arg(tr("Replies per endpoint and status"));
    if (endpoints.isEmpty()) {
        md += tr("No request answered yet.") + QLatin1Char('\n');
    } else {
        md += QStringLiteral("| %1 | %2 |\n").arg(tr("Endpoint"), statuses.join(QStringLiteral(" | ")));
        md += QStringLiteral("|---") + QStringLiteral("|---").repeated(statuses.size()) + QStringLiteral("|\n");
        for (const QString &e : endpoints) {
            QStringList cells{codeSpan(e)};
            for (const QString &s : statuses)
                cells << QString::number(c.polls().value(e).value(s));
            md += QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
        }
    }

    md += QStringLiteral("\n#### %1\n\n").arg(tr("Errors"));
    const QList<JobErrorEntry> &errors = c.errors();
    if (errors.isEmpty())
        md += tr("None.") + QLatin1Char('\n');
    if (errors.size() > kReportErrorLimit)
        md += tr("(%1 earlier errors left out; the JSON below lists all.)").arg(errors.size() - kReportErrorLimit) +
              QLatin1Char('\n');
    // Timed like the timeline above (from the configure reply); the JSON's at_ms counts from the start.
    for (qsizetype i = std::max<qsizetype>(0, errors.size() - kReportErrorLimit); i < errors.size(); ++i) {
        const JobErrorEntry &e = errors.at(i);
        md += QStringLiteral("- +%1 %2%3\n")
                  .arg(ms(double(e.atMs - t.configured.value_or(0))),
                       e.endpoint.isEmpty() ? QString() : codeSpan(e.endpoint) + QStringLiteral(": "),
                       codeSpan(e.message));
    }

    QJsonObject json = jobReportJson(c, ctx.server, ctx.insecure);
    json.insert(QStringLiteral("diagnosis_text"), d ? AppText::diagnosisText(*d, c) : QString());
    addLadderToReport(json, c.run(), ctx.backend && ctx.backend->access() ? &*ctx.backend->access() : nullptr,
                      ctx.backend && ctx.backend->latest() ? &*ctx.backend->latest() : nullptr);
    md += QStringLiteral("\n<details><summary>%1</summary>\n\n```json\n%2```\n\n</details>\n")
              .arg(tr("JSON report"), QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    return md;
}

void alignToLeadingEdge(QLabel *label)
{
    const Qt::Alignment edge = label->layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    label->setAlignment(Qt::AlignAbsolute | edge | Qt::AlignVCenter);
}

QColor jobStateColor(JobState state)
{
    switch (state) {
    case JobState::Idle: return QColor(0x75, 0x75, 0x75);
    case JobState::Configuring: return QColor(0x15, 0x65, 0xc0);
    case JobState::WaitingForConsumer: return QColor(0xe6, 0x51, 0x00);
    case JobState::StreamingNoData: return QColor(0x00, 0x83, 0x8f);
    case JobState::StreamingData: return QColor(0x2e, 0x7d, 0x32);
    case JobState::Ended: return QColor(0x28, 0x35, 0x93);
    case JobState::Failed: return QColor(0xc6, 0x28, 0x28);
    case JobState::Stopped: return QColor(0x4e, 0x34, 0x2e);
    }
    return Qt::black;
}

QColor diagnosisColor(Diagnosis d)
{
    switch (d) {
    case Diagnosis::Ok:
    case Diagnosis::AnalyzerExited: return QColor(0x2e, 0x7d, 0x32);
    case Diagnosis::Stopped: return QColor(0x61, 0x61, 0x61);
    case Diagnosis::JobExpired:
    case Diagnosis::NoData:
    case Diagnosis::WaitingForFiber:
    case Diagnosis::ConfigureRejected: return QColor(0xe6, 0x51, 0x00);
    case Diagnosis::EndpointNotDeployed:
    case Diagnosis::ConsumerNotCreated:
    case Diagnosis::ServerUnreachable:
    case Diagnosis::TlsError:
    case Diagnosis::ServerError:
    case Diagnosis::BadResponse:
    case Diagnosis::ClientError: return QColor(0xc6, 0x28, 0x28);
    }
    return Qt::black;
}

QColor statusKeyColor(const QString &statusKey)
{
    bool numeric = false;
    const int s = statusKey.toInt(&numeric);
    if (!numeric)
        return QColor(0x61, 0x61, 0x61);
    if (s == 208)
        return QColor(0x28, 0x35, 0x93);
    if (s >= 200 && s < 300)
        return QColor(0x2e, 0x7d, 0x32);
    if (s >= 400 && s < 500)
        return QColor(0xe6, 0x51, 0x00);
    if (s >= 500)
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x6a, 0x1b, 0x9a);
}

} // namespace wf
