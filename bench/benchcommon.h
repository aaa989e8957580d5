#pragma once
// What every benchmark of focus-bench shares: the report it appends metrics to, medians and
// percentiles, and the synthetic DAS rows (2222 channels) both sides of every comparison use.
#include "api/waterfallcodec.h"

#include <QJsonValue>
#include <QString>
#include <cstdint>
#include <vector>

namespace bench {

constexpr int kChannels = 2222;
constexpr int kRowsPerBody = 10;
constexpr int kBodies = 4;

struct Metric {
    QString key;
    QJsonValue value;
    QString unit;
    QString what;
};

struct Report {
    std::vector<Metric> metrics;
    bool ok = true; // false when a benchmark's own sanity check failed

    void add(const QString &key, const QJsonValue &value, const QString &unit, const QString &what)
    {
        metrics.push_back(Metric{key, value, unit, what});
    }
};

double median(std::vector<double> v);
double round3(double v);
// Nearest-rank percentile, p in 0..100.
double percentileOf(std::vector<double> v, double p);

// A deterministic DAS-like row: a background per channel, a few loud events, rare negative samples
// (the backend defect). Values are multiples of 1/8 so that they print as short decimals
// (12.5, 1143.375), like the real server's, through the float samples of the model. Channels
// 11..2232 (sensor ids 10..2231), 500 ms per row from startMs.
wf::WaterfallBlocks makeBody(uint32_t seed, qint64 startMs);

void benchIngest(Report &report);
void benchGrpcIngest(Report &report);
void benchGrpcReduce(Report &report);
void benchClient(Report &report);
void benchPlayout(Report &report);

} // namespace bench
