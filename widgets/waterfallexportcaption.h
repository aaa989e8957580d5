#pragma once
// WaterfallExportCaption: what an exported picture of the waterfall says about itself (server, job,
// the time range shown in UTC and local time, colour map and levels), drawn in a band under the
// picture, and the plot grabbed without the cursor's crosshair. Pure functions except the grab;
// GUI thread; translated (context "WaterfallExportCaption").
#include "data/colormap.h"
#include "data/levels.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <optional>

class QCustomPlot;
class QWidget;

namespace wf {

class WaterfallPlot;

struct ExportCaption {
    QString server;              // empty: not said
    QString jobId;               // empty: no job
    double fromMs = 0, toMs = 0; // the time range shown, epoch ms
    ColorMapId map = ColorMapId::Viridis;
    Levels levels;
};

class WaterfallExportCaption
{
    Q_DECLARE_TR_FUNCTIONS(WaterfallExportCaption)
  public:
    // The plot's visible time range, map and levels, with the server and job given.
    static ExportCaption of(const WaterfallPlot &plot, const QString &server, const QString &jobId);
    static QString text(const ExportCaption &caption); // one line, in the UI's language
    static QString mapName(ColorMapId map);

    // `picture` with a band under it holding `caption` (wrapped to the picture's width, in the UI's
    // direction). The picture's text keys are kept.
    static QImage withCaption(const QImage &picture, const QString &caption);

    // The caption's facts as text keys of an image ("caption_from_ms", ...), so that whoever draws
    // the band later (the session report, which knows the server and job) reads them back.
    static void setKeys(QImage &image, const ExportCaption &caption);
    static std::optional<ExportCaption> keys(const QImage &image);

    // `widget` as shown, with `plot`'s cursor crosshair hidden during the grab and restored after.
    static QImage grabWithoutCrosshair(QWidget *widget, QCustomPlot *plot);
};

} // namespace wf
