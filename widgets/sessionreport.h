#pragma once
// SessionReport: the shareable report of one followed job — a self-contained HTML page (styles and
// the waterfall image inline) and the same facts as JSON — in the UI's language and direction.
// Pure functions of their input; translated (context "SessionReport").
#include "findinglabels.h"
#include "net/prober.h"
#include "data/quality.h"
#include "job/backendwatch.h"
#include "job/readinesscontroller.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QJsonObject>
#include <optional>

namespace wf {

class WaterfallPlot;

struct SessionReportInput {
    QString server;
    bool insecure = false;
    const ReadinessController *controller = nullptr; // required
    const QualityChecker *quality = nullptr;         // required
    std::optional<ProbeResult> endpoints;
    QImage waterfall;           // the view, findings already marked (may be null)
    QDateTime generatedAt;
    QString replayedFrom;       // the session file, when this job was replayed
    const BackendWatch *backend = nullptr; // the job's ladder: what was read of its backend (may be null)
};

class SessionReport
{
    Q_DECLARE_TR_FUNCTIONS(SessionReport)
  public:
    static QString html(const SessionReportInput &input);
    static QJsonObject json(const SessionReportInput &input);
    // Writes `path` (HTML) and the JSON beside it (same name, .json). On failure, the reason.
    static bool save(const QString &path, const SessionReportInput &input, QString *error);
    static QString jsonPathFor(const QString &htmlPath);
    // The plot as shown (no cursor crosshair), with a frame at every first/latest finding in view
    // and the checks' names beside it (findingLabels: translated words, never two labels on top of
    // each other); it carries the caption's facts (WaterfallExportCaption::keys), and html() draws
    // the caption (server, job, time range, map, levels) under it, once.
    static QImage markedWaterfall(const WaterfallPlot &plot, const QualityChecker &quality);
    static std::vector<FindingLabel> findingLabels(const WaterfallPlot &plot, const QualityChecker &quality);
    static QFont findingLabelFont();
    // The caption html() draws under the waterfall image; empty when the image carries no keys.
    static QString waterfallCaption(const SessionReportInput &input);

    // How the endpoint table colours a probe by what it means ("ok", "refused-as-contract",
    // "warn", "absent", "fail") and the words of its state cell: an expected 4xx/5xx reply reads
    // "available — answered 404 to an id that cannot exist, as the contract says", never a bare green.
    static QString endpointClass(const EndpointProbe &probe);
    static QString endpointStateText(const EndpointProbe &probe);
};

} // namespace wf
