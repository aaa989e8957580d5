#pragma once
// WaterfallExporter: the waterfall's three exports (a PNG of the view with its caption and legend,
// a PNG of the whole history at full resolution, a CSV of the visible window), the file names their
// save dialogs propose and the sentence said after each. Reads the model's history and the plot's
// view; owns neither. GUI thread; translated (context "WaterfallExporter").
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

namespace wf {

class WaterfallModel;
class WaterfallPlot;

// What a full-resolution export wrote.
struct FullExportInfo {
    QSize size;                // pixels: channels x lines
    qint64 linesHeld = 0;      // lines in the history
    qint64 linesLeftOut = 0;   // the oldest lines that did not fit (see ExportLimits)
    int channelsLeftOut = 0;   // the highest channels that did not fit
};

enum class ExportKind { ViewPng, FullPng, Csv };

class WaterfallExporter
{
    Q_DECLARE_TR_FUNCTIONS(WaterfallExporter)
  public:
    WaterfallExporter(const WaterfallModel &model, const WaterfallPlot &plot) : m_model(model), m_plot(plot) {}

    // Who the exports' caption names as the server (the caption also says the job, the time range,
    // colour map and levels).
    void setServer(const QString &server) { m_server = server; }
    QString server() const { return m_server; }

    // Writes one export; returns the sentence that says its outcome ("Saved … to …" or "Could not
    // write …"), with ok set.
    QString write(ExportKind kind, const QString &path, bool *ok = nullptr) const;

    QString caption() const; // the caption a view export carries now
    // The view as shown (the plot without the scroll bar or the cursor crosshair, a legend of only
    // the marks in it); viewPng adds the caption in a band under it.
    QImage viewPicture() const;
    bool viewPng(const QString &path) const;
    // The whole history: one pixel per channel, one row per stored line, newest at the top, in the
    // current colour map, levels and negative highlight; bounded by ExportLimits (newest lines kept).
    bool fullResolutionPng(const QString &path, FullExportInfo *info = nullptr) const;
    bool csv(const QString &path) const; // the visible window
    // The sentence shown after a full-resolution export (says what was left out, if anything).
    static QString fullExportMessage(const FullExportInfo &info, const QString &path);

    // What an export's save dialog proposes: "focus-HOST_PORT-job-ID-20260412-122757Z-view.png"
    // (the server, the job, the UTC time of the newest row shown).
    QString proposedName(ExportKind kind) const;
    // The same for any file of this view's session: "focus-HOST_PORT-job-ID-STAMP-<what>".
    QString proposedFileName(const QString &what) const;
    // The save dialog's filter for a kind ("PNG images (*.png)").
    static QString fileFilter(ExportKind kind);

  private:
    QString jobId() const;
    const WaterfallModel &m_model;
    const WaterfallPlot &m_plot;
    QString m_server;
};

} // namespace wf
