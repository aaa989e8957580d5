#include "api/waterfallcodec.h"

#include "api/jsonreader.h"

#include <QLocale>
#include <simdjson.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>
#include <string>

namespace wf {

namespace od = simdjson::ondemand;

namespace {

// Path pieces are kept as indices and only formatted when an error is reported.
struct Where {
    qsizetype block = -1, row = -1, sensor = -1, sample = -1;
    const char *key = nullptr;

    QString path() const
    {
        QString p;
        if (block >= 0)
            p += QStringLiteral("[%1]").arg(block);
        if (row >= 0)
            p += QStringLiteral(".rows[%1]").arg(row);
        if (sensor >= 0)
            p += QStringLiteral(".sensors[%1]").arg(sensor);
        if (key)
            p += QLatin1Char('.') + QLatin1String(key);
        if (sample >= 0)
            p += QStringLiteral("[%1]").arg(sample);
        return p;
    }
};

DecodeError fail(simdjson::error_code code, const Where &w, const char *expected = nullptr)
{
    DecodeErrorKind kind = DecodeErrorKind::NotJson;
    switch (code) {
    case simdjson::INCORRECT_TYPE: kind = DecodeErrorKind::WrongType; break;
    case simdjson::NUMBER_ERROR:
    case simdjson::NUMBER_OUT_OF_RANGE: kind = DecodeErrorKind::OutOfRange; break;
    case simdjson::DEPTH_ERROR: kind = DecodeErrorKind::TooDeep; break;
    case simdjson::EMPTY: kind = DecodeErrorKind::Empty; break;
    default: break;
    }
    QString detail = QString::fromUtf8(simdjson::error_message(code));
    if (expected && kind == DecodeErrorKind::WrongType)
        detail = QStringLiteral("expected %1").arg(QLatin1String(expected));
    return DecodeError{kind, w.path(), detail};
}

DecodeError missingKey(Where w, const char *key)
{
    w.key = key;
    w.sample = -1;
    return DecodeError{DecodeErrorKind::MissingField, w.path(), QStringLiteral("required field is absent")};
}

// FLT_MAX plus half an ulp: a finite double below this rounds to a finite float (FLT_MAX itself
// printed with 9 digits, "3.40282347e+38", lies above FLT_MAX as a double and must still be accepted).
constexpr double kFloatOverflow = 0x1.ffffffp+127;

// A number, or one of the non-finite tokens a Python json.dumps emits.
simdjson::error_code readSample(od::value v, double &out, bool &nonFinite)
{
    nonFinite = false;
    const auto err = v.get_double().get(out);
    if (!err)
        return simdjson::SUCCESS;
    if (err != simdjson::NUMBER_ERROR && err != simdjson::INCORRECT_TYPE && err != simdjson::TAPE_ERROR)
        return err;
    std::string_view tok = v.raw_json_token();
    while (!tok.empty() && (tok.back() == ' ' || tok.back() == '\n' || tok.back() == '\r' || tok.back() == '\t'))
        tok.remove_suffix(1);
    if (tok == "NaN")
        out = std::numeric_limits<double>::quiet_NaN();
    else if (tok == "Infinity")
        out = std::numeric_limits<double>::infinity();
    else if (tok == "-Infinity")
        out = -std::numeric_limits<double>::infinity();
    else
        return err;
    nonFinite = true;
    return simdjson::SUCCESS;
}

// Epoch milliseconds: an integer, or a float with no fractional part.
simdjson::error_code readTimestamp(od::value v, qint64 &out)
{
    int64_t i = 0;
    if (!v.get_int64().get(i)) {
        out = i;
        return simdjson::SUCCESS;
    }
    double d = 0;
    if (auto err = v.get_double().get(d))
        return err;
    if (std::trunc(d) != d)
        return simdjson::INCORRECT_TYPE; // a fraction where an integer belongs
    if (std::fabs(d) > 9.0e15)
        return simdjson::NUMBER_OUT_OF_RANGE;
    out = qint64(d);
    return simdjson::SUCCESS;
}

// Bytes before the first one that breaks UTF-8 (or the size, when all are valid).
size_t validUtf8Prefix(const char *data, size_t size)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    size_t i = 0;
    while (i < size) {
        const unsigned char c = p[i];
        const size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (n == 0 || i + n > size)
            return i;
        for (size_t k = 1; k < n; ++k)
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        i += n;
    }
    return size;
}

// Syntax failures carry no position: find one, so the error names a JSON path like the others.
Result<WaterfallBlocks> withPosition(Result<WaterfallBlocks> r, const char *data, size_t size)
{
    if (r.ok() || r.error().kind != DecodeErrorKind::NotJson || !r.error().path.isEmpty())
        return r;
    DecodeError e = r.error();
    // Invalid UTF-8 breaks at its first bad byte; a truncated or unclosed body at its end.
    const size_t offset = validUtf8Prefix(data, size);
    const QByteArray body = QByteArray::fromRawData(data, qsizetype(size));
    e.path = json::pathAt(body, qsizetype(offset));
    e.detail += QStringLiteral(" (at byte %1)").arg(offset);
    return e;
}

class Decoder
{
  public:
    Result<WaterfallBlocks> run(const simdjson::padded_string_view &input)
    {
        od::document doc;
        Where w;
        if (auto err = m_parser.iterate(input).get(doc))
            return fail(err, w);
        od::json_type type;
        if (auto err = doc.type().get(type)) // not a JSON value at all (e.g. a proxy's HTML page)
            return fail(err, w);
        od::array blocks;
        if (auto err = doc.get_array().get(blocks))
            return fail(err, w, "an array of blocks");
        WaterfallBlocks out;
        qsizetype bi = 0;
        for (auto bres : blocks) {
            w = Where{bi};
            od::value bv;
            if (auto err = std::move(bres).get(bv))
                return fail(err, w);
            WaterfallBlock block;
            if (auto e = decodeBlock(bv, w, block))
                return *e;
            out.push_back(std::move(block));
            ++bi;
        }
        if (doc.current_location().error() != simdjson::OUT_OF_BOUNDS)
            return DecodeError{DecodeErrorKind::NotJson, QString(), QStringLiteral("trailing content after the reply")};
        return out;
    }

  private:
    std::optional<DecodeError> decodeBlock(od::value bv, Where w, WaterfallBlock &block)
    {
        od::object obj;
        if (auto err = bv.get_object().get(obj))
            return fail(err, w, "a block object");
        bool haveRows = false, haveMax = false, haveMin = false;
        for (auto fres : obj) {
            od::field f;
            std::string_view key;
            if (auto err = std::move(fres).get(f))
                return fail(err, w);
            if (auto err = f.unescaped_key().get(key))
                return fail(err, w);
            if (key == "rows") {
                w.key = nullptr;
                od::array rows;
                Where rw = w;
                rw.key = "rows";
                if (auto err = f.value().get_array().get(rows))
                    return fail(err, rw, "an array of rows");
                qsizetype ri = 0;
                for (auto rres : rows) {
                    Where here = w;
                    here.row = ri;
                    od::value rv;
                    if (auto err = std::move(rres).get(rv))
                        return fail(err, here);
                    WaterfallRow row;
                    if (auto e = decodeRow(rv, here, row))
                        return *e;
                    block.rows.push_back(std::move(row));
                    ++ri;
                }
                haveRows = true;
            } else if (key == "current_max_amp" || key == "current_min_amp") {
                const bool isMax = key == "current_max_amp";
                Where aw = w;
                aw.key = isMax ? "current_max_amp" : "current_min_amp";
                bool nonFinite = false;
                double d = 0;
                if (auto err = readSample(f.value(), d, nonFinite))
                    return fail(err, aw, "a number");
                (isMax ? block.currentMaxAmp : block.currentMinAmp) = d;
                (isMax ? haveMax : haveMin) = true;
            }
        }
        if (!haveRows)
            return missingKey(w, "rows");
        if (!haveMax)
            return missingKey(w, "current_max_amp");
        if (!haveMin)
            return missingKey(w, "current_min_amp");
        return std::nullopt;
    }

    std::optional<DecodeError> decodeRow(od::value rv, Where w, WaterfallRow &row)
    {
        od::object obj;
        if (auto err = rv.get_object().get(obj))
            return fail(err, w, "a row object");
        bool haveSensors = false, haveStart = false, haveEnd = false;
        row.sensorIds.reserve(m_lastSensorCount);
        row.offsets.reserve(m_lastSensorCount + 1);
        row.samples.reserve(m_lastSampleCount);
        row.offsets.push_back(0);
        for (auto fres : obj) {
            od::field f;
            std::string_view key;
            if (auto err = std::move(fres).get(f))
                return fail(err, w);
            if (auto err = f.unescaped_key().get(key))
                return fail(err, w);
            if (key == "sensors") {
                od::array sensors;
                Where sw = w;
                sw.key = "sensors";
                if (auto err = f.value().get_array().get(sensors))
                    return fail(err, sw, "an array of sensors");
                qsizetype si = 0;
                for (auto sres : sensors) {
                    Where here = w;
                    here.sensor = si;
                    od::value sv;
                    if (auto err = std::move(sres).get(sv))
                        return fail(err, here);
                    if (auto e = decodeSensor(sv, here, row))
                        return *e;
                    ++si;
                }
                haveSensors = true;
            } else if (key == "startTimestamp" || key == "endTimestamp") {
                const bool isStart = key == "startTimestamp";
                Where tw = w;
                tw.key = isStart ? "startTimestamp" : "endTimestamp";
                if (auto err = readTimestamp(f.value(), isStart ? row.startMs : row.endMs))
                    return fail(err, tw, "an integer epoch in milliseconds");
                (isStart ? haveStart : haveEnd) = true;
            } else if (key == "canvasId") {
                std::string_view id;
                Where cw = w;
                cw.key = "canvasId";
                if (auto err = f.value().get_string().get(id))
                    return fail(err, cw, "a string");
                if (qsizetype(id.size()) > json::kMaxStringChars)
                    return DecodeError{DecodeErrorKind::OutOfRange, cw.path(),
                                       QStringLiteral("string of %1 bytes exceeds the limit of %2").arg(id.size()).arg(json::kMaxStringChars)};
                row.canvasId.assign(id);
            }
        }
        if (!haveSensors)
            return missingKey(w, "sensors");
        if (!haveStart)
            return missingKey(w, "startTimestamp");
        if (!haveEnd)
            return missingKey(w, "endTimestamp");
        m_lastSensorCount = row.sensorIds.size();
        m_lastSampleCount = row.samples.size();
        return std::nullopt;
    }

    std::optional<DecodeError> decodeSensor(od::value sv, Where w, WaterfallRow &row)
    {
        od::object obj;
        if (auto err = sv.get_object().get(obj))
            return fail(err, w, "a sensor object");
        bool haveId = false, haveIntensity = false;
        int64_t id = 0;
        const size_t firstSample = row.samples.size();
        for (auto fres : obj) {
            od::field f;
            std::string_view key;
            if (auto err = std::move(fres).get(f))
                return fail(err, w);
            if (auto err = f.unescaped_key().get(key))
                return fail(err, w);
            if (key == "id") {
                Where iw = w;
                iw.key = "id";
                od::value idv = f.value();
                if (auto err = idv.get_int64().get(id)) {
                    // Not an integer; but 1e309 is first of all a number out of range: say so.
                    double d = 0;
                    if (idv.get_double().get(d) == simdjson::NUMBER_ERROR)
                        err = simdjson::NUMBER_OUT_OF_RANGE;
                    return fail(err, iw, "an integer sensor id");
                }
                if (id < 0 || id > std::numeric_limits<int32_t>::max())
                    return DecodeError{DecodeErrorKind::OutOfRange, iw.path(),
                                       QStringLiteral("sensor id %1 outside 0..2^31-1").arg(id)};
                haveId = true;
            } else if (key == "intensity") {
                if (haveIntensity) // a repeated key replaces the earlier samples
                    row.samples.resize(firstSample);
                Where aw = w;
                aw.key = "intensity";
                od::array values;
                if (auto err = f.value().get_array().get(values))
                    return fail(err, aw, "an array of numbers");
                qsizetype k = 0;
                for (auto vres : values) {
                    aw.sample = k;
                    od::value v;
                    if (auto err = std::move(vres).get(v))
                        return fail(err, aw);
                    double d = 0;
                    bool nonFinite = false;
                    if (auto err = readSample(v, d, nonFinite))
                        return fail(err, aw, "a number");
                    if (!nonFinite && std::fabs(d) >= kFloatOverflow)
                        return DecodeError{DecodeErrorKind::OutOfRange, aw.path(),
                                           QStringLiteral("%1 does not fit a float sample").arg(d)};
                    row.nonFinite += nonFinite ? 1 : 0;
                    row.samples.push_back(nonFinite ? float(d) : float(std::clamp(d, -double(FLT_MAX), double(FLT_MAX))));
                    ++k;
                }
                haveIntensity = true;
            }
        }
        if (!haveId)
            return missingKey(w, "id");
        if (!haveIntensity)
            return missingKey(w, "intensity");
        row.sensorIds.push_back(int32_t(id));
        row.offsets.push_back(uint32_t(row.samples.size()));
        return std::nullopt;
    }

    od::parser m_parser;
    size_t m_lastSensorCount = 0;
    size_t m_lastSampleCount = 0;
};

} // namespace

const char *waterfallDecoderImplementation()
{
    // ondemand::parser::allocate() takes its stage-1 kernel from here, so this is what ran.
    return simdjson::get_active_implementation()->name().c_str();
}

size_t waterfallDecoderPadding()
{
    return simdjson::SIMDJSON_PADDING;
}

Result<WaterfallBlocks> decodeWaterfall(const char *data, size_t size, size_t capacity)
{
    thread_local Decoder decoder;
    if (size == 0)
        return DecodeError{DecodeErrorKind::Empty, QString(), QStringLiteral("empty body where rows were expected")};
    if (capacity >= size + simdjson::SIMDJSON_PADDING)
        return withPosition(decoder.run(simdjson::padded_string_view(data, size, capacity)), data, size);
    const simdjson::padded_string copy(data, size);
    return withPosition(decoder.run(copy), data, size);
}

Result<WaterfallBlocks> decodeWaterfall(const QByteArray &body)
{
    // QByteArray always holds a terminating NUL beyond size(); capacity() counts usable bytes only.
    return decodeWaterfall(body.constData(), size_t(body.size()), size_t(body.capacity()));
}

} // namespace wf
