// WaterfallPanel, its exports: PNG of the view, PNG of the whole history at full resolution, CSV of
// the visible window, and the sentence said after each. The panel itself is waterfallpanel.cpp.
#include "waterfallpanel.h"

#include "elidedlabel.h"

#include "apptext.h"
#include "readinesstext.h"
#include "waterfallexport.h"
#include "waterfallplot.h"

#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>

namespace wf {

void WaterfallPanel::chooseExport(int kind)
{
    const QString filter = kind == 2 ? tr("CSV files (*.csv)") : tr("PNG images (*.png)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), QString(), filter);
    if (path.isEmpty())
        return;
    if (kind == 1) {
        FullExportInfo info;
        QApplication::setOverrideCursor(Qt::WaitCursor); // a full history takes a few seconds
        const bool ok = exportFullResolutionPng(path, &info);
        QApplication::restoreOverrideCursor();
        m_readout->setText(ok ? fullExportMessage(info, path) : tr("Could not write %1").arg(ltr(path)));
        return;
    }
    const bool ok = kind == 0 ? exportViewPng(path) : exportCsv(path);
    if (!ok)
        m_readout->setText(tr("Could not write %1").arg(ltr(path)));
}

QString WaterfallPanel::fullExportMessage(const FullExportInfo &info, const QString &path)
{
    const QLocale loc;
    const QString size = ReadinessText::isolate(
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

bool WaterfallPanel::exportViewPng(const QString &path) const
{
    return m_plot->grab().save(path, "PNG");
}

bool WaterfallPanel::exportFullResolutionPng(const QString &path, FullExportInfo *info) const
{
    const HistoryImage h = historyImage(m_model->store(), m_plot->params());
    if (info) {
        info->size = h.image.size();
        info->linesHeld = h.linesHeld;
        info->linesLeftOut = h.image.isNull() ? 0 : h.linesHeld - h.image.height();
        info->channelsLeftOut = h.image.isNull() ? 0 : h.channelsHeld - h.image.width();
    }
    return !h.image.isNull() && h.image.save(path, "PNG");
}

bool WaterfallPanel::exportCsv(const QString &path) const
{
    return writeCsv(path, m_model->store(), m_plot->visibleLines(), m_plot->visibleFirstChannel(), m_plot->visibleLastChannel());
}

} // namespace wf
