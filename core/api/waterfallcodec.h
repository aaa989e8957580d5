#pragma once
// The hot-path decoder of `GET /waterfall/{task_id}/{row_count}` 201 bodies (simdjson on-demand).
// Strict and total like the other decoders: a malformed body gives a DecodeError with the JSON path.
// NaN / Infinity / -Infinity tokens (as a Python server emits them) are accepted in sample and
// amplitude positions and counted in WaterfallRow::nonFinite; they never fail the reply.
// Pure function, any thread (one parser per thread).
#include "api/models.h"
#include "base/result.h"

#include <QByteArray>
#include <vector>

namespace wf {

using WaterfallBlocks = std::vector<WaterfallBlock>;

// Bytes of spare capacity that let the decoder parse a buffer in place instead of copying it.
size_t waterfallDecoderPadding();

Result<WaterfallBlocks> decodeWaterfall(const QByteArray &body);
Result<WaterfallBlocks> decodeWaterfall(const char *data, size_t size, size_t capacity);

// The simdjson kernel that indexes bodies on this CPU: "icelake", "haswell", "westmere" or "fallback".
// libsimdjson picks it at run time (SIMDJSON_FORCE_IMPLEMENTATION=fallback forces one for comparisons);
// only the value walk is compiled in, for the build's target ISA, and it costs about the same either way.
const char *waterfallDecoderImplementation();

// Serialises blocks in the server's wire format (the emulator's encoder; tests also pin the format
// with literal fixtures so a shared bug cannot hide on both sides).
QByteArray encodeWaterfall(const WaterfallBlocks &blocks);

} // namespace wf
