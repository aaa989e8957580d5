#include "qjsonbaseline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <cfloat>
#include <cmath>
#include <limits>
#include <optional>

namespace wf {

namespace {

// Path pieces are kept as indices and only formatted when an error is reported (as the real decoder does).
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
    Where with(const char *k) const
    {
        Where w = *this;
        w.key = k;
        return w;
    }
};

DecodeError wrongType(const Where &w, const char *expected)
{
    return DecodeError{DecodeErrorKind::WrongType, w.path(),
                       QStringLiteral("expected %1").arg(QLatin1String(expected))};
}

DecodeError missingKey(const Where &w, const char *key)
{
    return DecodeError{DecodeErrorKind::MissingField, w.with(key).path(),
                       QStringLiteral("required field is absent")};
}

// A whole number that fits qint64. QJsonValue stores integral numbers as integers (5.0 reads as 5),
// so unlike the real decoder this cannot tell an integer literal from an integral float literal.
bool toInt64(const QJsonValue &v, qint64 &out)
{
    constexpr qint64 sentinel = std::numeric_limits<qint64>::min();
    out = v.toInteger(sentinel);
    return out != sentinel;
}

// Epoch milliseconds: an integer, or a float with no fractional part (same rule as the real decoder).
std::optional<DecodeError> readTimestamp(const QJsonValue &v, const Where &w, qint64 &out)
{
    if (v.isDouble() && toInt64(v, out))
        return std::nullopt;
    if (v.isDouble() && std::trunc(v.toDouble()) == v.toDouble())
        return DecodeError{DecodeErrorKind::OutOfRange, w.path(), QStringLiteral("number error")};
    return wrongType(w, "an integer epoch in milliseconds");
}

std::optional<DecodeError> decodeSensor(const QJsonValue &sv, const Where &w, WaterfallRow &row)
{
    if (!sv.isObject())
        return wrongType(w, "a sensor object");
    const QJsonObject obj = sv.toObject();

    const QJsonValue idv = obj.value(QLatin1String("id"));
    if (idv.isUndefined())
        return missingKey(w, "id");
    const Where iw = w.with("id");
    qint64 id = 0;
    if (!idv.isDouble() || !toInt64(idv, id))
        return wrongType(iw, "an integer sensor id");
    if (id < 0 || id > std::numeric_limits<int32_t>::max())
        return DecodeError{DecodeErrorKind::OutOfRange, iw.path(),
                           QStringLiteral("sensor id %1 outside 0..2^31-1").arg(id)};

    const QJsonValue iv = obj.value(QLatin1String("intensity"));
    if (iv.isUndefined())
        return missingKey(w, "intensity");
    Where aw = w.with("intensity");
    if (!iv.isArray())
        return wrongType(aw, "an array of numbers");
    const QJsonArray values = iv.toArray();
    qsizetype k = 0;
    for (const QJsonValue v : values) {
        aw.sample = k++;
        if (!v.isDouble())
            return wrongType(aw, "a number");
        const double d = v.toDouble();
        if (std::fabs(d) > double(FLT_MAX))
            return DecodeError{DecodeErrorKind::OutOfRange, aw.path(),
                               QStringLiteral("%1 does not fit a float sample").arg(d)};
        row.samples.push_back(float(d));
    }
    row.sensorIds.push_back(int32_t(id));
    row.offsets.push_back(uint32_t(row.samples.size()));
    return std::nullopt;
}

std::optional<DecodeError> decodeRow(const QJsonValue &rv, const Where &w, WaterfallRow &row)
{
    if (!rv.isObject())
        return wrongType(w, "a row object");
    const QJsonObject obj = rv.toObject();

    const QJsonValue sensorsv = obj.value(QLatin1String("sensors"));
    if (sensorsv.isUndefined())
        return missingKey(w, "sensors");
    if (!sensorsv.isArray())
        return wrongType(w.with("sensors"), "an array of sensors");
    const QJsonArray sensors = sensorsv.toArray();
    row.sensorIds.reserve(size_t(sensors.size()));
    row.offsets.reserve(size_t(sensors.size()) + 1);
    row.samples.reserve(size_t(sensors.size()));
    row.offsets.push_back(0);
    Where sw = w;
    for (qsizetype si = 0; si < sensors.size(); ++si) {
        sw.sensor = si;
        if (auto e = decodeSensor(sensors.at(si), sw, row))
            return e;
    }

    const QJsonValue start = obj.value(QLatin1String("startTimestamp"));
    if (start.isUndefined())
        return missingKey(w, "startTimestamp");
    if (auto e = readTimestamp(start, w.with("startTimestamp"), row.startMs))
        return e;
    const QJsonValue end = obj.value(QLatin1String("endTimestamp"));
    if (end.isUndefined())
        return missingKey(w, "endTimestamp");
    if (auto e = readTimestamp(end, w.with("endTimestamp"), row.endMs))
        return e;

    const QJsonValue canvas = obj.value(QLatin1String("canvasId"));
    if (!canvas.isUndefined()) {
        if (!canvas.isString())
            return wrongType(w.with("canvasId"), "a string");
        row.canvasId = canvas.toString().toStdString();
    }
    return std::nullopt;
}

std::optional<DecodeError> readAmp(const QJsonObject &obj, const Where &w, const char *key, double &out)
{
    const QJsonValue v = obj.value(QLatin1String(key));
    if (v.isUndefined())
        return missingKey(w, key);
    if (!v.isDouble())
        return wrongType(w.with(key), "a number");
    out = v.toDouble();
    return std::nullopt;
}

std::optional<DecodeError> decodeBlock(const QJsonValue &bv, const Where &w, WaterfallBlock &block)
{
    if (!bv.isObject())
        return wrongType(w, "a block object");
    const QJsonObject obj = bv.toObject();

    const QJsonValue rowsv = obj.value(QLatin1String("rows"));
    if (rowsv.isUndefined())
        return missingKey(w, "rows");
    if (!rowsv.isArray())
        return wrongType(w.with("rows"), "an array of rows");
    const QJsonArray rows = rowsv.toArray();
    block.rows.reserve(size_t(rows.size()));
    Where rw = w;
    for (qsizetype ri = 0; ri < rows.size(); ++ri) {
        rw.row = ri;
        WaterfallRow row;
        if (auto e = decodeRow(rows.at(ri), rw, row))
            return e;
        block.rows.push_back(std::move(row));
    }
    if (auto e = readAmp(obj, w, "current_max_amp", block.currentMaxAmp))
        return e;
    return readAmp(obj, w, "current_min_amp", block.currentMinAmp);
}

} // namespace

Result<WaterfallBlocks> decodeWaterfallWithQJson(const QByteArray &body)
{
    if (body.isEmpty())
        return DecodeError{DecodeErrorKind::Empty, QString(),
                           QStringLiteral("empty body where rows were expected")};
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const auto kind =
            pe.error == QJsonParseError::DeepNesting ? DecodeErrorKind::TooDeep : DecodeErrorKind::NotJson;
        return DecodeError{kind, QString(),
                           QStringLiteral("%1 at byte %2").arg(pe.errorString()).arg(pe.offset)};
    }
    if (!doc.isArray())
        return wrongType(Where{}, "an array of blocks");
    const QJsonArray blocks = doc.array();
    WaterfallBlocks out;
    out.reserve(size_t(blocks.size()));
    for (qsizetype bi = 0; bi < blocks.size(); ++bi) {
        WaterfallBlock block;
        if (auto e = decodeBlock(blocks.at(bi), Where{bi}, block))
            return *e;
        out.push_back(std::move(block));
    }
    return out;
}

} // namespace wf
