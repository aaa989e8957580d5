#include "apptext.h"

#include <algorithm>

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace wf {

QString AppText::recordingFailure(const RecordingNews &news, const QString &shownPath)
{
    if (news.kind == RecordingNews::SizeCap)
        return tr("the recording reached its size cap of %1 bytes and stopped; \"%2\" holds the session up to there")
            .arg(QLocale().toString(news.maxBytes), shownPath);
    return tr("cannot write \"%1\": %2").arg(shownPath, news.detail);
}

QString AppText::recordingOpenFailed(const QString &path, const QString &detail)
{
    return tr("Cannot open the recording %1: %2").arg(ltr(path), ltr(detail));
}

QString AppText::recordingNews(const RecordingNews &news)
{
    const QString path = ltr(news.path);
    switch (news.kind) {
    case RecordingNews::Saved:
        return tr("Recording saved: \"%1\" holds %2 replies.").arg(path, QLocale().toString(news.replies));
    case RecordingNews::SavedNoJob:
        return tr("Recording stopped before any job started: \"%1\" holds no replies.").arg(path);
    case RecordingNews::AnotherJob:
        return tr("Recording stopped: a recording holds one job and another one started; \"%1\" holds the "
                  "previous job (%2 replies). Record again to keep this one.")
            .arg(path, QLocale().toString(news.replies));
    case RecordingNews::AlreadyRecording:
        return tr("Already recording to \"%1\".").arg(path);
    case RecordingNews::SizeCap:
    case RecordingNews::CannotWrite: break;
    }
    QString clause = recordingFailure(news, path);
    if (!clause.isEmpty())
        clause[0] = clause[0].toUpper();
    return clause + QLatin1Char('.');
}

QString AppText::ageText(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms) / 1000;
    if (s < 10)
        return tr("just now");
    if (s < 60)
        return tr("%1 s ago").arg(s);
    if (s < 3600)
        return tr("%1 min ago").arg(s / 60);
    return tr("%1 h ago").arg(s / 3600);
}

QString AppText::startStopText(bool active)
{
    return active ? tr("Stop job") : tr("Start job");
}

QString AppText::startStopToolTip(bool active)
{
    return active ? tr("Stop following the job (the server ends it by itself)")
                  : tr("Configure a job with the form's settings and follow it");
}

QString AppText::stateName(EndpointState state)
{
    switch (state) {
    case EndpointState::Available: return tr("available");
    case EndpointState::NotDeployed: return tr("not deployed");
    case EndpointState::Error: return tr("error");
    case EndpointState::Timeout: return tr("timeout");
    case EndpointState::Unreachable: return tr("unreachable");
    case EndpointState::TlsError: return tr("TLS error");
    }
    return tr("error");
}

QString AppText::groupName(EndpointGroup group)
{
    switch (group) {
    case EndpointGroup::Deployed: return tr("Deployed API");
    case EndpointGroup::Newer: return tr("Newer API");
    case EndpointGroup::Discovery: return tr("Route list");
    }
    return {};
}

QString AppText::transportText(const CallInfo &info)
{
    switch (info.transport) {
    case TransportError::None: return {};
    case TransportError::Timeout: return tr("no reply within the timeout");
    case TransportError::ConnectionRefused: return tr("connection refused: nothing listens at this address");
    case TransportError::HostNotFound: return tr("host not found");
    case TransportError::ConnectionClosed: return tr("the server closed the connection before the reply was complete");
    case TransportError::Tls:
        if (info.pinMismatch())
            return tr("the server's certificate changed and was refused: the pinned certificate is SHA-256 %1, the server now presents %2")
                .arg(ltr(info.pinnedFingerprint), ltr(info.peerFingerprint.isEmpty() ? tr("no certificate") : info.peerFingerprint));
        return tr("TLS failure: the server's certificate is not trusted");
    case TransportError::TooLarge: return tr("the reply is larger than the size limit");
    case TransportError::Redirect: return tr("the server redirects to %1 (not followed)").arg(info.redirectLocation);
    case TransportError::Aborted: return tr("cancelled");
    case TransportError::Other: return tr("network error");
    }
    return tr("network error");
}

QString AppText::reasonText(const EndpointProbe &p)
{
    const QString openApi = p.openApi == OpenApiFact::Listed      ? tr("listed in /openapi.json")
                            : p.openApi == OpenApiFact::NotListed ? tr("absent from /openapi.json")
                                                                  : tr("/openapi.json not available");
    switch (p.reason) {
    case ProbeReason::ExpectedReply:
        return tr("Answered HTTP %1 as a deployed route does; %2.").arg(p.info.httpStatus).arg(openApi);
    case ProbeReason::FrameworkNotFound:
        return tr("HTTP 404 {\"detail\":\"Not Found\"}: the server has no such route; %1.").arg(openApi);
    case ProbeReason::AbsentFromOpenApi:
        return tr("HTTP 404 and absent from /openapi.json: the route is not deployed.");
    case ProbeReason::MethodNotAllowed:
        return tr("HTTP 405: the path exists but not with this method.");
    case ProbeReason::UnexpectedStatus:
        return tr("Unexpected HTTP %1 for this probe; %2.").arg(p.info.httpStatus).arg(openApi);
    case ProbeReason::AcceptedInvalid:
        if (p.sideEffect)
            return tr("HTTP %1 to a request it should have refused, with id \"%2\": the route is deployed, but the "
                      "server does not validate it and MAY HAVE CREATED A JOB; %3.")
                .arg(p.info.httpStatus)
                .arg(p.createdId, openApi);
        return tr("HTTP %1 to a request it should have refused: the route is deployed, but the server does not "
                  "validate it; %2.")
            .arg(p.info.httpStatus)
            .arg(openApi);
    case ProbeReason::BadBody:
        return tr("HTTP %1, but the body does not match the contract.").arg(p.info.httpStatus);
    case ProbeReason::UnknownShape:
        return tr("HTTP %1 in a form this viewer does not know: the route is deployed; the form is an observation, not a failure.")
            .arg(p.info.httpStatus);
    case ProbeReason::Redirect:
    case ProbeReason::TooLarge:
    case ProbeReason::Timeout:
    case ProbeReason::Unreachable:
        return transportText(p.info) + QLatin1Char('.');
    case ProbeReason::Tls:
        return p.info.peerFingerprint.isEmpty() || p.info.pinMismatch()
                   ? transportText(p.info) + QLatin1Char('.')
                   : tr("%1. Certificate SHA-256: %2").arg(transportText(p.info), p.info.peerFingerprint);
    }
    return {};
}

QString AppText::probeSummary(const ProbeResult &r)
{
    if (!r.reachable) {
        if (r.anyTlsError())
            return tr("TLS failure: the server's certificate is not trusted");
        return tr("Server unreachable");
    }
    QStringList parts;
    parts << tr("Server reachable");
    parts << tr("%1/%2 deployed endpoints available").arg(r.deployedAvailable()).arg(r.deployedTotal());
    if (const EndpointProbe *w = r.find(EndpointId::Waterfall)) {
        if (w->state == EndpointState::Available)
            parts << tr("waterfall endpoint available");
        else if (w->state == EndpointState::NotDeployed)
            parts << tr("waterfall endpoint NOT deployed");
        else
            parts << tr("waterfall endpoint: %1").arg(stateName(w->state));
    }
    return parts.join(QStringLiteral(" · "));
}

QString AppText::insecureWarning()
{
    return tr("INSECURE: TLS certificate verification is switched off (--insecure)");
}

QString AppText::milliseconds(double ms)
{
    return tr("%1 ms").arg(QLocale().toString(ms, 'f', 1));
}

QString AppText::jobStateText(JobState state)
{
    switch (state) {
    case JobState::Idle: return tr("idle");
    case JobState::Configuring: return tr("configuring");
    case JobState::WaitingForConsumer: return tr("waiting for the consumer");
    case JobState::StreamingNoData: return tr("consumer alive, no data yet");
    case JobState::StreamingData: return tr("streaming");
    case JobState::Ended: return tr("ended");
    case JobState::Failed: return tr("failed");
    case JobState::Stopped: return tr("stopped");
    }
    return {};
}

namespace {
QString secondsText(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', 1);
}
} // namespace

QString AppText::streamWaitText(const ReadinessController &c)
{
    if (c.rowSource() != RowSourceKind::Grpc || isTerminal(c.state()))
        return {};
    const QString at = ltr(c.streamEndpoint());
    if (c.state() == JobState::StreamingNoData && c.timeline().streamReady)
        return tr("The job's gRPC stream at %1 opened at +%2 s; waiting for its first frame…").arg(at, secondsText(*c.timeline().streamReady));
    if (c.state() != JobState::WaitingForConsumer)
        return {};
    if (c.restWaterfallAbsent())
        return tr("The REST waterfall route is not deployed on this server. Waiting for the job's gRPC stream at %1 to open — production servers take 7–21 s (deadline %2 s).")
            .arg(at, secondsText(c.settings().streamReadyTimeoutMs));
    return tr("Waiting for the job's gRPC stream at %1 to open — production servers take 7–21 s (deadline %2 s).")
        .arg(at, secondsText(c.settings().streamReadyTimeoutMs));
}

QString AppText::jobStateText(const ReadinessController &c)
{
    if (c.rowSource() == RowSourceKind::Grpc && c.state() == JobState::WaitingForConsumer)
        return tr("waiting for the stream");
    if (c.rowSource() == RowSourceKind::Grpc && c.state() == JobState::StreamingNoData)
        return tr("stream open, no data yet");
    return jobStateText(c.state());
}

QString AppText::diagnosisText(Diagnosis d, const ReadinessController &c)
{
    const bool grpc = c.rowSource() == RowSourceKind::Grpc;
    const auto &unreached = c.streamUnreached();
    switch (d) {
    case Diagnosis::Ok:
        if (c.restWaterfallAbsent() && grpc)
            return tr("The REST waterfall endpoint is not deployed on this server; rows come from the job's gRPC stream.");
        break;
    case Diagnosis::EndpointNotDeployed:
        if (unreached && c.restWaterfallAbsent())
            return (unreached->refused
                        ? tr("The REST waterfall route is not deployed, and the job's gRPC stream at %1 refused connections for %2 s: this server offers no way to read the job's rows.")
                        : tr("The REST waterfall route is not deployed, and the job's gRPC stream at %1 did not answer for %2 s: this server offers no way to read the job's rows."))
                .arg(ltr(unreached->endpoint), secondsText(unreached->forMs));
        break;
    case Diagnosis::ConsumerNotCreated:
        if (unreached && grpc)
            return (unreached->refused
                        ? tr("The job was configured, but its gRPC stream at %1 refused connections for %2 s: the job's consumer (its pod) never came up.")
                        : tr("The job was configured, but its gRPC stream at %1 did not answer for %2 s: the job's consumer (its pod) never came up."))
                .arg(ltr(unreached->endpoint), secondsText(unreached->forMs));
        break;
    case Diagnosis::JobExpired:
        if (!c.foreignEvidence().isEmpty())
            return tr("The job's gRPC port now serves another job (%1): the job ended and its port went to a new job. Those frames were refused, never counted or drawn.")
                .arg(c.foreignEvidence());
        if (unreached && grpc)
            return tr("The job's gRPC stream at %1 was open, then could not be reached again for %2 s: the job expired or was removed.")
                .arg(ltr(unreached->endpoint), secondsText(unreached->forMs));
        break;
    case Diagnosis::NoData:
        if (grpc && c.timeline().streamReady)
            return c.request().historic()
                       ? tr("The job's gRPC stream opened at +%1 s, but 0 frames arrived in %2 s.")
                             .arg(secondsText(*c.timeline().streamReady), secondsText(c.settings().dataTimeoutMs))
                       : tr("The job's gRPC stream opened at +%1 s, but 0 frames arrived in %2 s: a live job sends nothing when the server has no live source.")
                             .arg(secondsText(*c.timeline().streamReady), secondsText(c.settings().dataTimeoutMs));
        break;
    case Diagnosis::AnalyzerExited: {
        // Complete is known, not claimed: how much of the requested window the rows cover.
        const QString covered = c.windowRequestedMs() > 0
                                    ? QLatin1Char(' ') + tr("Rows cover %1 s of the %2 s requested.")
                                                             .arg(secondsText(c.windowCoveredMs()), secondsText(c.windowRequestedMs()))
                                    : QString();
        if (grpc)
            return tr("Every stream of the historic job delivered its rows and ended: the playback is over.") + covered;
        return tr("The job's analyzer exited (208): the historic playback ended.") + covered;
    }
    case Diagnosis::ConfigureRejected: {
        // The server's own reason, when it gave one.
        const CallInfo &info = c.configureInfo();
        const QString reason = info.errorBody.message.trimmed().isEmpty() ? info.errorBody.raw.trimmed() : info.errorBody.message.trimmed();
        if (!reason.isEmpty())
            return tr("The server refused the configuration (HTTP %1): “%2”.").arg(info.httpStatus).arg(reason.left(300));
        break;
    }
    default: break;
    }
    return diagnosisText(d);
}

QString AppText::headlineText(Diagnosis d, const ReadinessController &c)
{
    // On screen after Stop (or at a replay's end) the headline tells the past: nothing arrives any
    // more. (Reports keep the verdict's own sentence.)
    if (d == Diagnosis::Ok && c.state() == JobState::Stopped)
        return c.restWaterfallAbsent() && c.rowSource() == RowSourceKind::Grpc
                   ? tr("The job was stopped. Until then its rows came from the job's gRPC stream (the REST waterfall endpoint is not deployed on this server).")
                   : tr("The job was stopped. Until then its consumer was alive and rows were arriving.");
    return diagnosisText(d, c);
}

QString AppText::jobErrorText(const JobErrorEntry &e)
{
    const auto n = [&e](int i) { return i < e.numbers.size() ? QLocale().toString(e.numbers[i]) : QString(); };
    switch (e.kind) {
    case JobErrorKind::RowsNotNewer:
        return tr("%1 of %2 rows are no newer than rows already received (repeated or backwards)").arg(n(0), n(1));
    case JobErrorKind::RowsNotNewerSoFar:
        return tr("%1 rows so far are no newer than rows already received (repeated or backwards)").arg(n(0));
    case JobErrorKind::NotFoundAfterAlive: return tr("404 %1 after the consumer was alive").arg(ltr(e.detail));
    case JobErrorKind::Flapping: return tr("the job answered 404 %1 time(s) in a row, then HTTP %2 again: it flaps").arg(n(0), n(1));
    case JobErrorKind::Evidence: break;
    }
    return e.message;
}

QString AppText::diagnosisText(Diagnosis d)
{
    switch (d) {
    case Diagnosis::Ok: return tr("The job's consumer is alive and rows are arriving.");
    case Diagnosis::EndpointNotDeployed:
        return tr("The waterfall endpoint is not deployed on this server (404 {\"detail\":\"Not Found\"} or absent from /openapi.json): the job may be fine, the route is missing.");
    case Diagnosis::ConsumerNotCreated:
        return tr("The job was configured, but its consumer never appeared: /metadata and /waterfall answered 404 until the ready timeout.");
    case Diagnosis::JobExpired: return tr("The job was alive, then the server stopped knowing it (404): the job expired or was removed.");
    case Diagnosis::AnalyzerExited: return tr("The job's analyzer exited (208): the historic playback ended.");
    case Diagnosis::WaitingForFiber: return tr("The server is waiting for fiber: no live data can be configured until the fiber is back.");
    case Diagnosis::ConfigureRejected: return tr("The server refused the configuration.");
    case Diagnosis::ServerUnreachable: return tr("The server could not be reached.");
    case Diagnosis::TlsError: return tr("The TLS connection failed: the server's certificate is not trusted.");
    case Diagnosis::ServerError: return tr("The server kept answering with errors (5xx).");
    case Diagnosis::BadResponse: return tr("The server answered with something that does not match the contract.");
    case Diagnosis::NoData: return tr("The consumer is alive, but no data arrived before the data timeout.");
    case Diagnosis::ClientError: return tr("The server answered 400 to the waterfall request: the client asked for something invalid.");
    case Diagnosis::Stopped: return tr("Stopped before a verdict.");
    }
    return {};
}

QString ltr(const QString &text)
{
    // An embedding (LRE..PDF), not an isolate: Qt 6.4 mis-orders text wrapped in LRI..PDI
    // ("{job_id}" loses its closing brace to the far end).
    return QString(QChar(0x202A)) + text + QChar(0x202C);
}

QString ltrIsolate(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

QString ltrUnderRtl(const QString &text)
{
    return QLocale().textDirection() == Qt::RightToLeft ? ltr(text) : text;
}

bool isSupportedLanguage(const QString &lang)
{
    return lang == QLatin1String("en") || lang == QLatin1String("he");
}

QString resolveLanguage(const QString &requested)
{
    if (isSupportedLanguage(requested))
        return requested;
    return QLocale::system().language() == QLocale::Hebrew ? QStringLiteral("he") : QStringLiteral("en");
}

void installTranslations(QCoreApplication &app, const QString &lang)
{
    // Translators are children of the application: one set at a time, replaced on a switch.
    for (QTranslator *t : app.findChildren<QTranslator *>(QStringLiteral("wf_translator"), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(t);
        t->deleteLater();
    }
    auto load = [&app](const QString &file, const QString &dir) {
        auto *t = new QTranslator(&app);
        t->setObjectName(QStringLiteral("wf_translator"));
        if (t->load(file, dir))
            QCoreApplication::installTranslator(t);
        else
            delete t;
    };
    load(QStringLiteral("focuswaterfall_%1").arg(lang), QStringLiteral(":/i18n"));
    if (lang != QLatin1String("en"))
        load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    QLocale::setDefault(QLocale(lang == QLatin1String("he") ? QLocale::Hebrew : QLocale::English,
                                lang == QLatin1String("he") ? QLocale::Israel : QLocale::UnitedStates));
}

} // namespace wf
