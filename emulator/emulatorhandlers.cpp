// FocusEmulator, its endpoints: /live_metadata, /configure, /metadata/{id}, /waterfall/{id}/{rows},
// /get_recordings_from_db and /openapi.json (routing, TLS and the job sweep are in focusemulator.cpp,
// the gRPC streams in emulatorstreams.cpp).
#include "focusemulator.h"

#include "api/codecs.h"
#include "configtask.h"
#include "emulatorreplies.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace wf::emu {

namespace {
constexpr char kFiberDownText[] = "Cannot proceed: Missing required fiber metadata fields: prr";
} // namespace

QByteArray FocusEmulator::lenientViewType(const QByteArray &body)
{
    if (m_options.strict)
        return body;
    QJsonParseError pe{};
    QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return body;
    QJsonObject o = doc.object();
    const QJsonValue v = o.value(QLatin1String("view_type"));
    bool ok = v.isDouble();
    double n = v.toDouble();
    if (v.isString())
        n = v.toString().trimmed().toDouble(&ok);
    if (!ok || (n >= 0 && n <= 2 && std::trunc(n) == n))
        return body;
    log(QStringLiteral("configure: view_type %1 is not 0..2, taken as multichannel (the real server accepts it)")
            .arg(v.isString() ? v.toString() : QString::number(n)));
    o.insert(QLatin1String("view_type"), QStringLiteral("0"));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject FocusEmulator::liveMetadataJson() const
{
    if (m_options.waitingForFiber || !m_options.fiberDown503.isEmpty())
        return QJsonObject{{QStringLiteral("dx"), 0.0},
                           {QStringLiteral("prr"), 0.0},
                           {QStringLiteral("fiber_start_meters"), QJsonValue()},
                           {QStringLiteral("fiber_length_meters"), QJsonValue()},
                           {QStringLiteral("sw_version"), QStringLiteral("waiting for fiber")},
                           {QStringLiteral("number_of_channels"), m_options.highestChannel},
                           {QStringLiteral("fiber_description"), QStringLiteral("waiting for fiber")}};
    // A re-spliced fiber: the spacing changes under a running job.
    const bool changed = m_options.metadataChangeAfterMs > 0 && now() - m_startedMs >= m_options.metadataChangeAfterMs;
    const double dx = changed ? m_options.dx * 2 : m_options.dx;
    return QJsonObject{{QStringLiteral("dx"), dx},
                       {QStringLiteral("prr"), m_options.prr},
                       {QStringLiteral("fiber_start_meters"), 0},
                       // An integer on real servers (10000); the suite's model refuses a fraction.
                       {QStringLiteral("fiber_length_meters"), qRound64(dx * m_options.highestChannel)},
                       {QStringLiteral("sw_version"), m_options.swVersion},
                       // Recorded: the samples per trace (9791) while /channels says 1-2337.
                       {QStringLiteral("number_of_channels"),
                        m_options.liveMetadataChannels > 0 ? m_options.liveMetadataChannels : m_options.highestChannel},
                       {QStringLiteral("fiber_description"), m_options.fiberDescription}};
}

FocusEmulator::Response FocusEmulator::onLiveMetadata() const
{
    return {200, jsonBytes(liveMetadataJson())};
}

FocusEmulator::Response FocusEmulator::onConfigure(const QByteArray &body, const QString &fixedId)
{
    const bool newApi = !fixedId.isNull();
    const Result<ConfigureRequest> parsed = newApi ? decodeConfigTaskRequest(body) : decodeConfigureRequest(lenientViewType(body));
    if (!parsed.ok()) {
        if (newApi)
            return {500, errorBody(QStringLiteral("Error parsing configuration"))};
        // FastAPI's schema validation: 422 with the location of the first problem.
        const DecodeError &e = parsed.error();
        QStringList loc{QStringLiteral("body")};
        loc.append(e.path.split(QLatin1Char('.'), Qt::SkipEmptyParts));
        const bool missingField = e.kind == DecodeErrorKind::MissingField;
        return {422, validationBody(loc, missingField ? QStringLiteral("field required") : e.detail,
                                    missingField ? QStringLiteral("value_error.missing") : QStringLiteral("type_error"))};
    }
    const ConfigureRequest &c = parsed.value();
    // Lenient like the real server, but the emulator generates every channel of every row: past
    // this it would exhaust memory on a nonsense range instead of answering.
    if (c.channelCount() > kMaxEmulatedChannels) {
        log(QStringLiteral("configure refused: %1 channels requested, the emulator generates at most %2")
                .arg(c.channelCount())
                .arg(kMaxEmulatedChannels));
        return {422, validationBody({QStringLiteral("body"), QStringLiteral("channels")},
                                    QStringLiteral("the emulator generates at most %1 channels").arg(kMaxEmulatedChannels),
                                    QStringLiteral("value_error"))};
    }
    if (m_options.strict) {
        const auto violations = validateConfigure(c);
        if (!violations.empty())
            return {422, validationBody({QStringLiteral("body")}, violations.front().detail, QStringLiteral("value_error"))};
    }
    const qint64 now = FocusEmulator::now();
    EmulatorJob job;
    job.config = c;
    job.dtMs = linesDtFor(c) * 1000.0;
    if (c.historic()) {
        const qint64 s = *c.startTimeS * 1000, e = *c.endTimeS * 1000;
        bool covered = false;
        // A window reaching into the future is accepted by the real server (PZ-13870) when it starts
        // inside the recording still being made; --strict wants it recorded already.
        for (const auto &r : recordingsMs()) {
            const qint64 end = r.second < 0 ? (m_options.strict ? now : std::numeric_limits<qint64>::max()) : r.second;
            covered = covered || (s >= r.first && e <= end && e > s);
        }
        if (!covered)
            return {404, errorBody(QStringLiteral("No recording found in given time range"))};
        job.t0Ms = s;
        job.totalRows = job.dtMs > 0 ? qint64(double(e - s) / job.dtMs) : 0;
    } else if (!m_options.fiberDown503.isEmpty()) {
        // The recorded 503 of a live configure while the fiber is down: no structured body.
        log(QStringLiteral("configure: 503, Cannot configure job - validation failed: %1").arg(QLatin1String(kFiberDownText)));
        return {503, m_options.fiberDown503 == QLatin1String("empty") ? QByteArray() : QByteArray(kFiberDownText),
                "text/plain; charset=utf-8"};
    } else if (m_options.waitingForFiber) {
        return {503, errorBody(QStringLiteral("Live data unavailable: waiting for fiber"))};
    }
    ++m_counter;
    job.slot = int((m_counter - 1) % 30) + 1;
    job.id = newApi ? fixedId : QStringLiteral("%1-%2").arg(job.slot).arg(m_counter);
    job.createdMs = now;
    job.newApi = newApi;
    if (!m_options.consumerNeverCreated)
        job.readyMs = now + std::max(0, m_options.consumerDelayMs);
    job.lastPollMs = now;
    if (!c.historic())
        job.t0Ms = job.readyMs == std::numeric_limits<qint64>::max() ? now : job.readyMs;
    ++m_stats.jobsCreated;
    closeStream(job.id); // a /config/{task_id} reusing an id replaces its job
    startStream(job);
    m_jobs.insert(job.id, job);
    log(QStringLiteral("job %1 created (%2, channels %3-%4, lines_dt %5 s%6)")
            .arg(job.id, viewTypeName(c.view))
            .arg(c.channelMin)
            .arg(c.channelMax)
            .arg(job.linesDtS())
            .arg(c.historic() ? QStringLiteral(", historic") : QString()));
    if (newApi)
        return {200, jsonBytes(QJsonObject{{QStringLiteral("status"), QString()}, {QStringLiteral("task_id"), job.id}})};
    return {200, jsonBytes(configureReplyJson(job, m_options, liveMetadataJson()))};
}

EmulatorJob *FocusEmulator::findJob(const QString &id)
{
    auto it = m_jobs.find(id);
    return it == m_jobs.end() ? nullptr : &*it;
}

bool FocusEmulator::injectServerError(const char *what)
{
    if (m_options.serverErrorRate <= 0 || unitHash(m_options.seed, m_requestNo, 21) >= m_options.serverErrorRate)
        return false;
    ++m_stats.serverErrors;
    log(QStringLiteral("injected 500 on %1").arg(QLatin1String(what)));
    return true;
}

FocusEmulator::Response FocusEmulator::onMetadata(const QString &id)
{
    if (injectServerError("metadata"))
        return {500, "Internal Server Error", "text/plain"};
    EmulatorJob *job = findJob(id);
    // The gRPC-era servers never knew a job here, however well its stream worked.
    if (!job || m_options.metadataNeverKnowsJobs)
        return {404, errorBody(QStringLiteral("Invalid job_id"))};
    // The newer API's jobs (POST /config/{task_id}), as the server's QA client documents them:
    // 200 with an empty body while the consumer starts, then 201 with the flat live metadata.
    if (!job->ready(now()))
        return job->newApi ? Response{200, {}} : Response{404, errorBody(QStringLiteral("Invalid job_id"))};
    if (job->newApi)
        return {201, jsonBytes(liveMetadataJson())};
    return {200, jsonBytes(configureReplyJson(*job, m_options, liveMetadataJson()))};
}

FocusEmulator::Response FocusEmulator::onWaterfall(const QString &id, const QString &rowCountText)
{
    bool ok = false;
    const int rowCount = rowCountText.toInt(&ok);
    if (!ok)
        return {422, validationBody({QStringLiteral("path"), QStringLiteral("row_count")},
                                    QStringLiteral("value is not a valid integer"), QStringLiteral("type_error.integer"))};
    if (rowCount <= 0)
        return {400, errorBody(QStringLiteral("row_count must be a positive integer"))};
    if (injectServerError("waterfall"))
        return {500, "Internal Server Error", "text/plain"};
    const qint64 now = FocusEmulator::now();
    EmulatorJob *job = findJob(id);
    // A /configure job 404s until its consumer is alive; a /config/{task_id} job answers 200 with
    // an empty body meanwhile ("no data available yet"), and that poll keeps it alive.
    if (!job || (!job->ready(now) && !job->newApi))
        return {404, errorBody(QStringLiteral("Consumer not found for task_id"))};
    job->lastPollMs = now;
    if (!job->ready(now))
        return {200, {}};
    if (job->ended())
        return {208, {}};
    RowProducer producer(m_options, m_scene, m_stats);
    const EmulatorStats before = m_stats;
    const WaterfallBlocks blocks = producer.take(*job, now, std::min(rowCount, 100'000));
    logInjected(id, before);
    if (blocks.empty())
        return job->ended() ? Response{208, {}} : Response{200, {}};
    if (job->ended())
        log(QStringLiteral("job %1: historic window fully served").arg(id));
    return {201, encodeWaterfall(blocks)};
}

QList<QPair<qint64, qint64>> FocusEmulator::recordingsMs() const
{
    // Fixed recordings relative to the (minute-aligned) start: two closed, one still recording.
    const qint64 anchor = (m_startedMs ? m_startedMs : now()) / 60000 * 60000;
    const qint64 h = 3600 * 1000;
    return {{anchor - 6 * h, anchor - 5 * h}, {anchor - 3 * h, anchor - 5 * h / 2}, {anchor - h, -1}};
}

FocusEmulator::Response FocusEmulator::onRecordings(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject o = doc.object();
    for (const char *key : {"start_time", "end_time"})
        if (!o.value(QLatin1String(key)).isDouble())
            return {422, validationBody({QStringLiteral("body"), QLatin1String(key)}, QStringLiteral("field required"),
                                        QStringLiteral("value_error.missing"))};
    const qint64 s = qint64(o.value(QLatin1String("start_time")).toDouble()) * 1000;
    const qint64 e = qint64(o.value(QLatin1String("end_time")).toDouble()) * 1000;
    QJsonArray list;
    const qint64 now = FocusEmulator::now();
    for (const auto &r : recordingsMs()) {
        const qint64 end = r.second < 0 ? now : r.second;
        if (r.first < e && end > s) {
            const qint64 unit = m_options.recordingsInMs ? 1 : 1000;
            list.append(QJsonArray{double(r.first / unit), r.second < 0 ? -1.0 : double(r.second / unit)});
        }
    }
    if (list.isEmpty())
        return {404, errorBody(QStringLiteral("No recording found in given time range"))};
    if (m_options.recordingsWrapped)
        return {200, jsonBytes(QJsonObject{{QStringLiteral("recordings"), list}})};
    return {200, jsonBytes(list)};
}

FocusEmulator::Response FocusEmulator::openApi() const
{
    QJsonObject paths;
    for (const QString &r : servedRoutes()) {
        const qsizetype space = r.indexOf(QLatin1Char(' '));
        const QString p = r.mid(space + 1);
        QJsonObject ops = paths.value(p).toObject();
        ops.insert(r.left(space).toLower(), QJsonObject{{QStringLiteral("summary"), p}});
        paths.insert(p, ops);
    }
    return {200, jsonBytes(QJsonObject{{QStringLiteral("openapi"), QStringLiteral("3.0.2")},
                                       {QStringLiteral("info"), QJsonObject{{QStringLiteral("title"), QStringLiteral("Focus Server")},
                                                                            {QStringLiteral("version"), m_options.swVersion}}},
                                       {QStringLiteral("paths"), paths}})};
}

} // namespace wf::emu
