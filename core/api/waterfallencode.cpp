// Writing the waterfall reply's JSON (the emulator's replies, the benchmarks' and tests' bodies):
// the inverse of decodeWaterfall() in waterfallcodec.cpp, exact for every float sample.
#include "api/waterfallcodec.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>

namespace wf {

namespace {
// Samples are floats (9 digits restore them exactly); amplitudes are doubles (shortest exact form).
void appendNumber(QByteArray &out, double v, int precision = 9)
{
    if (std::isnan(v))
        out += "NaN";
    else if (std::isinf(v))
        out += v > 0 ? "Infinity" : "-Infinity";
    else
        out += QByteArray::number(v, 'g', precision);
}

// A JSON string body: quotes, backslashes and control characters escaped (UTF-8 passes through).
void appendEscaped(QByteArray &out, const std::string &s)
{
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += c;
        }
    }
}
} // namespace

QByteArray encodeWaterfall(const WaterfallBlocks &blocks)
{
    QByteArray out;
    size_t estimate = 16;
    for (const auto &b : blocks)
        for (const auto &r : b.rows)
            estimate += 96 + r.sensorIds.size() * 28 + r.samples.size() * 10;
    out.reserve(qsizetype(estimate));
    out += '[';
    for (size_t bi = 0; bi < blocks.size(); ++bi) {
        const WaterfallBlock &b = blocks[bi];
        if (bi)
            out += ',';
        out += "{\"rows\":[";
        for (size_t ri = 0; ri < b.rows.size(); ++ri) {
            const WaterfallRow &r = b.rows[ri];
            if (ri)
                out += ',';
            out += "{\"canvasId\":\"";
            appendEscaped(out, r.canvasId);
            out += "\",\"sensors\":[";
            for (size_t si = 0; si < r.sensorIds.size(); ++si) {
                if (si)
                    out += ',';
                out += "{\"id\":";
                out += QByteArray::number(r.sensorIds[si]);
                out += ",\"intensity\":[";
                for (uint32_t k = r.offsets[si]; k < r.offsets[si + 1]; ++k) {
                    if (k != r.offsets[si])
                        out += ',';
                    appendNumber(out, double(r.samples[k]));
                }
                out += "]}";
            }
            out += "],\"startTimestamp\":";
            out += QByteArray::number(r.startMs);
            out += ",\"endTimestamp\":";
            out += QByteArray::number(r.endMs);
            out += '}';
        }
        out += "],\"current_max_amp\":";
        appendNumber(out, b.currentMaxAmp, QLocale::FloatingPointShortest);
        out += ",\"current_min_amp\":";
        appendNumber(out, b.currentMinAmp, QLocale::FloatingPointShortest);
        out += '}';
    }
    out += ']';
    return out;
}

} // namespace wf
