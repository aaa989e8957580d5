#pragma once
// The yardstick for the waterfall decoder: the same 201 body decoded with QJsonDocument and walked
// into the same WaterfallBlocks with the same validation (types, required keys, ranges, error paths).
// Gives results identical to wf::decodeWaterfall for every valid body, and the same error kind and path
// for the usual faults. Known differences, both from QJsonDocument itself: it refuses the NaN/Infinity
// tokens a Python server may emit (NotJson here), and it reads an integral float literal as an integer,
// so a sensor id written 5.0 is accepted here and refused by the real decoder.
// Pure function, any thread. Used by focus-bench and by the equivalence test.
#include "base/result.h"
#include "api/waterfallcodec.h"

#include <QByteArray>

namespace wf {

Result<WaterfallBlocks> decodeWaterfallWithQJson(const QByteArray &body);

} // namespace wf
