// libFuzzer target for the session-recording loader (core/session/session.h): a recording is a file a
// colleague sends, untrusted. Besides "never crash": a refusal names its line; what loads can be
// written back line by line and loads again the same; its recorded stream frames are read (the replay
// reads them the same way) and assembled into rows without breaking the assembler's invariants.
#include "fuzzcheck.h"
#include "stream/rowassembler.h"
#include "session/session.h"

#include <cstddef>
#include <cstdint>

using wf::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const wf::Result<wf::Session> loaded = wf::parseSession(bytes, 1 << 20);
    wf::fuzz::check(loaded);
    if (!loaded.ok()) {
        require(loaded.error().toString().contains(QLatin1String("line")), "a refusal that names no line");
        return 0;
    }
    const wf::Session &s = loaded.value();
    QByteArray written = wf::encodeSessionHeader(s.header) + '\n';
    for (const wf::SessionReply &r : s.replies)
        written += wf::encodeSessionReply(r) + '\n';
    for (const wf::SessionStreamEvent &e : s.streamEvents)
        written += wf::encodeSessionStreamEvent(e) + '\n';
    if (s.trailer)
        written += wf::encodeSessionTrailer(*s.trailer) + '\n';
    const wf::Result<wf::Session> again = wf::parseSession(written, 64 << 20);
    if (!again.ok())
        wf::fuzz::fail(qPrintable(QStringLiteral("a loaded session, written back, does not load: ") + again.error().toString()));
    require(again.value().replies.size() == s.replies.size(), "written back: replies lost");
    require(again.value().streamEvents.size() == s.streamEvents.size(), "written back: stream events lost");
    require(again.value().trailer.has_value() == s.trailer.has_value(), "written back: the trailer changed");
    for (size_t i = 0; i < s.replies.size(); ++i)
        require(again.value().replies[i].body == s.replies[i].body && again.value().replies[i].atMs == s.replies[i].atMs,
                "written back: a reply changed");

    // The replay's path for the stream: every recorded frame read, lines joined across streams.
    int streams = 0;
    for (const wf::SessionStreamEvent &e : s.streamEvents)
        streams = std::max(streams, std::min(e.event.stream + 1, 16));
    if (streams == 0)
        return 0;
    std::vector<wf::StreamPlan> plan;
    for (const wf::SessionStreamEvent &e : s.streamEvents)
        if (e.event.kind == wf::StreamEvent::Kind::Frame && e.event.stream < streams && int(plan.size()) <= e.event.stream)
            while (int(plan.size()) <= e.event.stream)
                plan.push_back({int(plan.size()), e.event.frame.startChannel, e.event.frame.endChannel});
    if (plan.empty())
        return 0;
    wf::RowAssembler assembler;
    assembler.reset(plan, 0, 0.03);
    for (const wf::SessionStreamEvent &e : s.streamEvents) {
        if (e.event.kind != wf::StreamEvent::Kind::Frame)
            continue;
        const wf::DecodedFrame d = wf::decodeStreamFrame(e.event.frame, 0);
        require(d.error.isEmpty() || d.lines.empty(), "a refused recorded frame kept lines");
        for (const wf::WaterfallRow &row : assembler.add(e.event.stream, d))
            require(row.offsets.size() == row.sensorIds.size() + 1 && row.offsets.back() == row.samples.size(),
                    "an assembled row of a recorded frame is malformed");
    }
    assembler.finish();
    return 0;
}
