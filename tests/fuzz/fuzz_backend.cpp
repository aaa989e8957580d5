// libFuzzer target for the backend ladder's decoders (core/backend/backendjson.h): the replies of a
// RabbitMQ management API and of a Kubernetes API the tester points the viewer at. Any input may be
// refused, none may crash; what decodes is judged by the ladder, whose failed rungs always carry a
// detail and evidence.
#include "backend/backendjson.h"
#include "backend/ladder.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

using wf::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    wf::BackendObservation o;
    o.jobId = QStringLiteral("3-1757");
    o.streamPort = 12303;
    const auto queues = wf::decodeRabbitQueues(body);
    wf::fuzz::check(queues);
    wf::fuzz::check(wf::decodeRabbitQueue(body));
    const auto pods = wf::decodePodList(body);
    wf::fuzz::check(pods);
    const auto services = wf::decodeServiceList(body);
    wf::fuzz::check(services);
    const auto events = wf::decodeEventList(body);
    wf::fuzz::check(events);
    if (queues.ok()) {
        o.queues = queues.value();
        o.previousQueues = queues.value();
    }
    if (pods.ok())
        o.pods = pods.value();
    if (services.ok())
        o.services = services.value();
    if (events.ok())
        o.events = events.value();
    for (const wf::RungResult &r : wf::judgeBackend(o)) {
        if (r.state == wf::RungState::Failed)
            require(r.detail != wf::LadderDetail::None && !r.evidence.isEmpty(), "a failed rung without detail or evidence");
        else
            require(r.detail == wf::LadderDetail::None, "a detail on a rung that did not fail");
    }
    return 0;
}
