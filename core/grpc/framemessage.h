#pragma once
// Between the generated DataStream message and core's plain StreamFrame, both ways (the client
// reads with the first, the emulator writes with the second). Any thread.
#include "pandadatastream.pb.h"
#include "stream/streamframe.h"

namespace wf {

StreamFrame frameFromMessage(const pandadatastream::DataStream &message, int streamId);
void frameToMessage(const StreamFrame &frame, pandadatastream::DataStream &message);

} // namespace wf
