// WaterfallPanel, its Export menu: the save dialog and the export's outcome in the status line for
// exportMessageTimeoutMs(). The exports themselves are WaterfallExporter's; the panel is
// waterfallpanel.cpp.
#include "waterfallpanel.h"

#include "elidedlabel.h"
#include "waterfallexporter.h"

#include <QFileDialog>
#include <QTimer>
#include <algorithm>

namespace wf {

void WaterfallPanel::chooseExport(int kind)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), proposedExportName(kind),
                                                      WaterfallExporter::fileFilter(ExportKind(kind)));
    if (path.isEmpty())
        return;
    exportTo(ExportKind(kind), path);
}

void WaterfallPanel::exportTo(ExportKind kind, const QString &path)
{
    showExportMessage(m_exporter->write(kind, path));
}

void WaterfallPanel::showExportMessage(const QString &message)
{
    if (!m_exportMessageTimer) {
        m_exportMessageTimer = new QTimer(this);
        m_exportMessageTimer->setObjectName(QStringLiteral("exportMessageTimer"));
        m_exportMessageTimer->setSingleShot(true);
        connect(m_exportMessageTimer, &QTimer::timeout, this, [this] {
            if (m_readout->text() == m_exportMessage) // the cursor readout may have replaced it already
                m_readout->clear();
            m_exportMessage.clear();
        });
    }
    m_exportMessage = message;
    m_readout->setText(message);
    m_exportMessageTimer->start(m_exportMessageMs);
}

void WaterfallPanel::setExportMessageTimeoutMs(int ms)
{
    m_exportMessageMs = std::max(0, ms);
}

QString WaterfallPanel::statusText() const
{
    return m_readout->text();
}

void WaterfallPanel::setServer(const QString &server)
{
    m_exporter->setServer(server);
}

QString WaterfallPanel::exportCaption() const
{
    return m_exporter->caption();
}

QString WaterfallPanel::fullExportMessage(const FullExportInfo &info, const QString &path)
{
    return WaterfallExporter::fullExportMessage(info, path);
}

QString WaterfallPanel::proposedExportName(int kind) const
{
    return m_exporter->proposedName(ExportKind(kind));
}

QString WaterfallPanel::proposedFileName(const QString &what) const
{
    return m_exporter->proposedFileName(what);
}

QImage WaterfallPanel::viewPicture() const
{
    return m_exporter->viewPicture();
}

bool WaterfallPanel::exportViewPng(const QString &path) const
{
    return m_exporter->viewPng(path);
}

bool WaterfallPanel::exportFullResolutionPng(const QString &path, FullExportInfo *info) const
{
    return m_exporter->fullResolutionPng(path, info);
}

bool WaterfallPanel::exportCsv(const QString &path) const
{
    return m_exporter->csv(path);
}

} // namespace wf
