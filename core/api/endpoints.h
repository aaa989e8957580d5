#pragma once
// The endpoints of the contract, as data: the prober, the panels and the reports iterate this table.
#include <QString>
#include <span>

namespace wf {

enum class EndpointId { Ack, Channels, LiveMetadata, Configure, Metadata, Recordings, OpenApi, Waterfall, Sensors, ConfigTask };

// Deployed: the six routes every server has today (they decide `focusctl probe`'s exit status).
// Newer: documented, not deployed everywhere. Discovery: the route list itself.
enum class EndpointGroup { Deployed, Discovery, Newer };

struct EndpointSpec {
    EndpointId id;
    const char *method;
    const char *path; // spelled exactly as in the contract, with {placeholders}
    EndpointGroup group;
};

std::span<const EndpointSpec> endpoints();
const EndpointSpec &endpoint(EndpointId id);
QString endpointPath(EndpointId id);   // the template, e.g. "/waterfall/{task_id}/{row_count}"
QString endpointMethod(EndpointId id); // "GET" / "POST"

} // namespace wf
