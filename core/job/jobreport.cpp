#include "job/jobreport.h"

#include "api/codecs.h"

#include <QJsonArray>

namespace wf {

namespace {
QJsonValue optionalMs(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}
QJsonValue optionalDouble(const std::optional<double> &v)
{
    return v ? QJsonValue(qRound(*v * 10) / 10.0) : QJsonValue();
}
} // namespace

std::optional<qint64> firstFrameAfterConnectMs(const ReadinessController &c)
{
    // The QA team's own requirement: the first frame within 5 s of the connection (per stream, the slowest).
    std::optional<qint64> worst;
    for (const ReadinessController::StreamTimes &t : c.streamTimes())
        if (t.connected && t.firstFrame)
            worst = std::max(worst.value_or(0), *t.firstFrame - *t.connected);
    return worst;
}

QJsonObject configJson(const ConfigureRequest &q)
{
    const bool waterfall = q.view == ViewType::Waterfall;
    QJsonObject o{{QStringLiteral("view"), viewTypeName(q.view)},
                  {QStringLiteral("channels"), QJsonArray{q.channelMin, q.channelMax}},
                  {QStringLiteral("nfft"), waterfall ? 1 : q.nfft},
                  {QStringLiteral("height"), q.height}};
    o.insert(QStringLiteral("freq"), waterfall ? QJsonValue() : QJsonValue(QJsonArray{q.freqMin, q.freqMax}));
    o.insert(QStringLiteral("duration_s"), waterfall ? QJsonValue() : QJsonValue(q.timeAxisDurationS));
    o.insert(QStringLiteral("historic"),
             q.historic() ? QJsonValue(QJsonArray{double(*q.startTimeS), double(*q.endTimeS)}) : QJsonValue());
    return o;
}

QJsonObject jobReportJson(const ReadinessController &c, const QString &server, bool insecure)
{
    const JobTimeline &t = c.timeline();
    QJsonObject polls;
    for (auto it = c.polls().begin(); it != c.polls().end(); ++it) {
        QJsonObject byStatus;
        for (auto s = it.value().begin(); s != it.value().end(); ++s)
            byStatus.insert(s.key(), s.value());
        polls.insert(it.key(), byStatus);
    }
    auto entries = [](const QList<JobErrorEntry> &list) {
        QJsonArray a;
        for (const JobErrorEntry &e : list)
            a.append(QJsonObject{{QStringLiteral("at_ms"), double(e.atMs)},
                                 {QStringLiteral("endpoint"), e.endpoint},
                                 {QStringLiteral("message"), e.message}});
        return a;
    };
    const QJsonArray errors = entries(c.errors());
    const QJsonArray observations = entries(c.observations());
    const Diagnosis d = c.diagnosis().value_or(Diagnosis::Stopped);
    QJsonObject o{
        {QStringLiteral("server"), server},
        {QStringLiteral("insecure"), insecure},
        {QStringLiteral("job_id"), c.jobId().isEmpty() ? QJsonValue() : QJsonValue(c.jobId())},
        {QStringLiteral("config"), configJson(c.request())},
        {QStringLiteral("state"), jobStateName(c.state())},
        {QStringLiteral("diagnosis"), diagnosisName(d)},
        {QStringLiteral("timeline_ms"), QJsonObject{{QStringLiteral("configured"), optionalMs(t.configured)},
                                                    {QStringLiteral("consumer_ready"), optionalMs(t.consumerReady)},
                                                    {QStringLiteral("first_data"), optionalMs(t.firstData)},
                                                    {QStringLiteral("ended"), optionalMs(t.ended)},
                                                    {QStringLiteral("stream_ready"), optionalMs(t.streamReady)}}},
        {QStringLiteral("polls"), polls},
        {QStringLiteral("rows_received"), double(c.rowsReceived())},
        {QStringLiteral("blocks_received"), double(c.blocksReceived())},
        {QStringLiteral("latency_ms"), QJsonObject{{QStringLiteral("last"), optionalDouble(c.lastPollLatencyMs())},
                                                   {QStringLiteral("p95"), optionalDouble(c.p95PollLatencyMs())}}},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("observations"), observations},
        {QStringLiteral("events"), entries(c.events())},
    };
    if (const auto &r = c.configureReply())
        o.insert(QStringLiteral("lines_dt"), r->linesDt);
    if (c.request().historic())
        o.insert(QStringLiteral("historic_window"), QJsonObject{{QStringLiteral("requested_ms"), double(c.windowRequestedMs())},
                                                                {QStringLiteral("covered_ms"), double(c.windowCoveredMs())}});
    o.insert(QStringLiteral("row_source"), c.rowSource() == RowSourceKind::Grpc ? QStringLiteral("grpc") : QStringLiteral("rest"));
    if (const StreamRowSource *src = c.streamSource(); src && c.rowSource() == RowSourceKind::Grpc) {
        QJsonArray perStream;
        qint64 frames = 0, foreign = 0, scaleChanges = 0;
        float scaleMin = 0, scaleMax = 0;
        const std::vector<StreamStatus> status = src->status();
        for (size_t i = 0; i < status.size(); ++i) {
            const StreamStatus &st = status[i];
            frames += st.frames;
            foreign += st.foreignFrames;
            scaleChanges += st.scaleChanges;
            if (st.frames > 0) {
                scaleMin = st.globalMin;
                scaleMax = st.globalMax;
            }
            const auto times = i < c.streamTimes().size() ? c.streamTimes()[i] : ReadinessController::StreamTimes{};
            perStream.append(QJsonObject{
                {QStringLiteral("stream_id"), st.plan.streamId},
                {QStringLiteral("channels"), QJsonArray{st.plan.firstChannel, st.plan.lastChannel}},
                {QStringLiteral("frames"), double(st.frames)},
                {QStringLiteral("lines"), double(st.lines)},
                {QStringLiteral("first_frame_ms"), optionalMs(times.firstFrame)},
                {QStringLiteral("connected_ms"), optionalMs(times.connected)},
                {QStringLiteral("bytes"), double(st.bytes)},
                {QStringLiteral("bad_frames"), double(st.badFrames)},
                {QStringLiteral("range_mismatches"), double(st.rangeMismatches)},
                {QStringLiteral("row_index_gaps"), double(st.rowIndexGaps)},
                {QStringLiteral("row_index_repeats"), double(st.rowIndexRepeats)},
                {QStringLiteral("last_row_index"), st.lastRowIndex ? QJsonValue(double(*st.lastRowIndex)) : QJsonValue()},
                {QStringLiteral("reconnects"), st.reconnects},
                {QStringLiteral("ended"), st.ended},
                {QStringLiteral("foreign_frames"), double(st.foreignFrames)},
                {QStringLiteral("rows_missed"), double(st.rowsMissed)},
                {QStringLiteral("scale_changes"), double(st.scaleChanges)},
            });
        }
        const auto &r = c.configureReply();
        const CompetingReaderEvidence competing = competingReaderEvidence(status);
        o.insert(QStringLiteral("grpc"),
                 QJsonObject{{QStringLiteral("endpoint"), src->endpoint()},
                             {QStringLiteral("streams"), int(status.size())},
                             {QStringLiteral("frames"), double(frames)},
                             {QStringLiteral("values_per_channel"),
                              r && r->view != ViewType::Waterfall ? std::max(1, r->frequenciesAmount) : 1},
                             {QStringLiteral("reconnects"), src->reconnects()},
                             {QStringLiteral("stream_ready_timeout_ms"), c.settings().streamReadyTimeoutMs},
                             {QStringLiteral("first_frame_after_connect_ms"), optionalMs(firstFrameAfterConnectMs(c))},
                             {QStringLiteral("metadata_never_knew_job"), c.metadataNeverKnewJob()},
                             // Frames of another job (a reused port), refused and never counted or drawn.
                             {QStringLiteral("foreign_frames"), double(foreign)},
                             {QStringLiteral("competing_reader_suspected"), competing.suspected},
                             {QStringLiteral("rows_taken_by_another_reader"), double(competing.rowsMissed)},
                             // global_minimum/maximum: a colour scale the server keeps (the latest), and its changes.
                             {QStringLiteral("scale"), QJsonObject{{QStringLiteral("min"), double(scaleMin)},
                                                                   {QStringLiteral("max"), double(scaleMax)},
                                                                   {QStringLiteral("changes"), double(scaleChanges)}}},
                             {QStringLiteral("per_stream"), perStream}});
    }
    if (c.configureInfo().httpStatus > 0 && c.configureInfo().httpStatus != 200)
        o.insert(QStringLiteral("configure_status"), c.configureInfo().httpStatus);
    return o;
}

} // namespace wf
