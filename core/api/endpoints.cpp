#include "api/endpoints.h"

#include <array>

namespace wf {

namespace {
constexpr std::array<EndpointSpec, 10> kEndpoints{{
    {EndpointId::Ack, "GET", "/ack", EndpointGroup::Deployed},
    {EndpointId::Channels, "GET", "/channels", EndpointGroup::Deployed},
    {EndpointId::LiveMetadata, "GET", "/live_metadata", EndpointGroup::Deployed},
    {EndpointId::Configure, "POST", "/configure", EndpointGroup::Deployed},
    {EndpointId::Metadata, "GET", "/metadata/{job_id}", EndpointGroup::Deployed},
    {EndpointId::Recordings, "POST", "/recordings_in_time_range", EndpointGroup::Deployed},
    {EndpointId::OpenApi, "GET", "/openapi.json", EndpointGroup::Discovery},
    {EndpointId::Waterfall, "GET", "/waterfall/{task_id}/{row_count}", EndpointGroup::Newer},
    {EndpointId::Sensors, "GET", "/sensors", EndpointGroup::Newer},
    {EndpointId::ConfigTask, "POST", "/config/{task_id}", EndpointGroup::Newer},
}};
} // namespace

std::span<const EndpointSpec> endpoints()
{
    return kEndpoints;
}

const EndpointSpec &endpoint(EndpointId id)
{
    for (const auto &e : kEndpoints)
        if (e.id == id)
            return e;
    return kEndpoints.front();
}

QString endpointPath(EndpointId id)
{
    return QString::fromLatin1(endpoint(id).path);
}

QString endpointMethod(EndpointId id)
{
    return QString::fromLatin1(endpoint(id).method);
}

} // namespace wf
