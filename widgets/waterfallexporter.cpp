// WaterfallExporter: see waterfallexporter.h.
#include "waterfallexporter.h"

#include "data/waterfallmodel.h"

#include "apptext.h"
#include "datetext.h"
#include "readinesstext.h"
#include "waterfallexport.h"
#include "waterfallexportcaption.h"
#include "waterfallplot.h"
#include "waterfallplotlegend.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>
#include <cmath>

namespace wf {

QString WaterfallExporter::write(ExportKind kind, const QString &path, bool *okOut) const
{
    bool ok = false;
    QString saved;
    switch (kind) {
    case ExportKind::FullPng: {
        FullExportInfo info;
        QApplication::setOverrideCursor(Qt::WaitCursor); // a full history takes a few seconds
        ok = fullResolutionPng(path, &info);
        QApplication::restoreOverrideCursor();
        saved = fullExportMessage(info, path);
        break;
    }
    case ExportKind::ViewPng:
        ok = viewPng(path);
        saved = tr("Saved the view to %1").arg(ltr(path));
        break;
    case ExportKind::Csv:
        ok = csv(path);
        saved = tr("Saved the visible window (lines: %1) to %2")
                    .arg(QLocale().toString(qlonglong(m_plot.visibleLines().size())), ltr(path));
        break;
    }
    if (okOut)
        *okOut = ok;
    return ok ? saved : tr("Could not write %1").arg(ltr(path));
}

QString WaterfallExporter::fileFilter(ExportKind kind)
{
    return kind == ExportKind::Csv ? tr("CSV files (*.csv)") : tr("PNG images (*.png)");
}

QString WaterfallExporter::jobId() const
{
    const RowSource *s = m_model.source();
    return s ? s->geometry().jobId : QString();
}

QString WaterfallExporter::caption() const
{
    return WaterfallExportCaption::text(WaterfallExportCaption::of(m_plot, m_server, jobId()));
}

QString WaterfallExporter::fullExportMessage(const FullExportInfo &info, const QString &path)
{
    const QLocale loc;
    const QString size = ltrIsolate(
        tr("%1 × %2 pixels").arg(loc.toString(info.size.width()), loc.toString(info.size.height())));
    if (info.linesLeftOut == 0 && info.channelsLeftOut == 0)
        return tr("Saved %1 (the whole history) to %2").arg(size, ltr(path));
    QString message = tr("Saved %1 to %2, cropped to what one image can hold:").arg(size, ltr(path));
    if (info.linesLeftOut > 0)
        message += QLatin1Char(' ') + tr("the oldest %1 of %2 lines were left out.")
                                          .arg(loc.toString(info.linesLeftOut), loc.toString(info.linesHeld));
    if (info.channelsLeftOut > 0)
        message += QLatin1Char(' ') + tr("the last %1 channels were left out.").arg(loc.toString(info.channelsLeftOut));
    return message;
}

QString WaterfallExporter::proposedName(ExportKind kind) const
{
    return proposedFileName(kind == ExportKind::Csv       ? QStringLiteral("window.csv")
                            : kind == ExportKind::FullPng ? QStringLiteral("history.png")
                                                          : QStringLiteral("view.png"));
}

QString WaterfallExporter::proposedFileName(const QString &what) const
{
    // Only what every file system takes: letters, digits, '.', '_' and '-'.
    const auto safe = [](QString s) {
        static const QRegularExpression other(QStringLiteral("[^A-Za-z0-9._-]+"));
        return s.replace(other, QStringLiteral("_"));
    };
    QStringList parts{QStringLiteral("focus")};
    const QUrl url(m_server);
    if (!url.host().isEmpty())
        parts << safe(url.port() > 0 ? QStringLiteral("%1_%2").arg(url.host()).arg(url.port()) : url.host());
    const QString job = jobId();
    if (!job.isEmpty())
        parts << QStringLiteral("job-") + safe(job);
    const double newest = m_plot.visibleToMs();
    const QDateTime when = newest > 0 ? QDateTime::fromMSecsSinceEpoch(qint64(std::ceil(newest)), Qt::UTC)
                                      : QDateTime::currentDateTimeUtc();
    parts << DateText::fileStamp(when);
    parts << what;
    return parts.join(QLatin1Char('-'));
}

QImage WaterfallExporter::viewPicture() const
{
    // The plot alone (the scroll bar beside it is a control, not part of the picture), and under it
    // a legend of only the marks that are in it.
    const QImage plot = WaterfallExportCaption::grabWithoutCrosshair(m_plot.customPlot(), m_plot.customPlot());
    const double dpr = plot.devicePixelRatio() > 0 ? plot.devicePixelRatio() : 1.0;
    const QImage legend = WaterfallPlotLegend::image(m_plot.marksInView(), m_plot.params().overlays,
                                                     int(std::lround(plot.width() / dpr)), dpr);
    if (legend.isNull())
        return plot;
    QImage out(plot.width(), plot.height() + legend.height(), QImage::Format_ARGB32);
    out.setDevicePixelRatio(1.0);
    out.fill(Qt::white);
    QPainter p(&out);
    QImage top = plot, bottom = legend;
    top.setDevicePixelRatio(1.0);
    bottom.setDevicePixelRatio(1.0);
    p.drawImage(0, 0, top);
    p.drawImage(0, plot.height(), bottom);
    p.end();
    out.setDevicePixelRatio(dpr);
    return out;
}

bool WaterfallExporter::viewPng(const QString &path) const
{
    return WaterfallExportCaption::withCaption(viewPicture(), caption()).save(path, "PNG");
}

bool WaterfallExporter::fullResolutionPng(const QString &path, FullExportInfo *info) const
{
    const HistoryImage h = historyImage(m_model.store(), m_plot.params());
    if (info) {
        info->size = h.image.size();
        info->linesHeld = h.linesHeld;
        info->linesLeftOut = h.image.isNull() ? 0 : h.linesHeld - h.image.height();
        info->channelsLeftOut = h.image.isNull() ? 0 : h.channelsHeld - h.image.width();
    }
    return !h.image.isNull() && h.image.save(path, "PNG");
}

bool WaterfallExporter::csv(const QString &path) const
{
    return writeCsv(path, m_model.store(), m_plot.visibleLines(), m_plot.visibleFirstChannel(), m_plot.visibleLastChannel());
}

} // namespace wf
