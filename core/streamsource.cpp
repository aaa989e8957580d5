#include "streamsource.h"

#include <QUrl>
#include <map>

namespace wf {

QString streamProblemName(StreamProblem p)
{
    switch (p) {
    case StreamProblem::CannotConnect: return QStringLiteral("cannot_connect");
    case StreamProblem::Unavailable: return QStringLiteral("unavailable");
    case StreamProblem::DeadlineExceeded: return QStringLiteral("deadline_exceeded");
    case StreamProblem::BadFrame: return QStringLiteral("bad_frame");
    case StreamProblem::RangeMismatch: return QStringLiteral("range_mismatch");
    case StreamProblem::Ended: return QStringLiteral("stream_ended");
    case StreamProblem::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

QString streamHost(const QString &streamUrl)
{
    QString s = streamUrl.trimmed();
    const qsizetype scheme = s.indexOf(QStringLiteral("://"));
    if (scheme >= 0)
        s = s.mid(scheme + 3);
    const qsizetype slash = s.indexOf(QLatin1Char('/'));
    if (slash >= 0)
        s = s.left(slash);
    // "host:port" in the URL: the port comes from stream_port.
    if (!s.startsWith(QLatin1Char('[')) && s.count(QLatin1Char(':')) == 1)
        s = s.section(QLatin1Char(':'), 0, 0);
    return s;
}

std::vector<StreamPlan> streamPlans(const ConfigureReply &reply)
{
    // channel_to_stream_index may list every channel or only the edges of each stream
    // ({"1": 0, "17": 0, "18": 1, ...}): each stream spans its lowest to its highest listed channel.
    std::map<int, StreamPlan> byStream;
    for (auto it = reply.channelToStreamIndex.begin(); it != reply.channelToStreamIndex.end(); ++it) {
        auto [pos, fresh] = byStream.try_emplace(it.value(), StreamPlan{it.value(), it.key(), it.key()});
        if (!fresh) {
            pos->second.firstChannel = std::min(pos->second.firstChannel, it.key());
            pos->second.lastChannel = std::max(pos->second.lastChannel, it.key());
        }
    }
    std::vector<StreamPlan> out;
    for (auto &[id, plan] : byStream)
        out.push_back(plan);
    return out;
}

} // namespace wf
