#include "waterfallexportcaption.h"

#include "apptext.h"
#include "datetext.h"
#include "readinesstext.h"
#include "waterfallplot.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QDateTime>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <cmath>

namespace wf {

namespace {

const QString kFrom = QStringLiteral("caption_from_ms");
const QString kTo = QStringLiteral("caption_to_ms");
const QString kMap = QStringLiteral("caption_map");
const QString kMin = QStringLiteral("caption_level_min");
const QString kMax = QStringLiteral("caption_level_max");
const QString kDb = QStringLiteral("caption_level_db");

QString when(const QDateTime &t, bool withDate)
{
    return ltrIsolate(withDate ? DateText::dateTime(t) : DateText::time(t));
}

QString level(double v)
{
    return ltrIsolate(QLocale().toString(v, 'g', 4));
}

} // namespace

ExportCaption WaterfallExportCaption::of(const WaterfallPlot &plot, const QString &server, const QString &jobId)
{
    return {server, jobId, plot.visibleFromMs(), plot.visibleToMs(), plot.colorMap(), plot.levels()};
}

QString WaterfallExportCaption::mapName(ColorMapId map)
{
    switch (map) {
    case ColorMapId::Viridis: return tr("Viridis");
    case ColorMapId::Inferno: return tr("Inferno");
    case ColorMapId::Turbo: return tr("Turbo");
    case ColorMapId::Grey: return tr("Grey");
    case ColorMapId::Diverging: return tr("Diverging (0 = white)");
    }
    return {};
}

QString WaterfallExportCaption::text(const ExportCaption &c)
{
    QStringList parts;
    if (!c.server.isEmpty())
        parts << tr("Server %1").arg(ltrIsolate(c.server));
    parts << (c.jobId.isEmpty() ? tr("no job") : tr("job %1").arg(ltrIsolate(c.jobId)));
    const QDateTime fromUtc = QDateTime::fromMSecsSinceEpoch(qint64(std::floor(c.fromMs)), Qt::UTC);
    const QDateTime toUtc = QDateTime::fromMSecsSinceEpoch(qint64(std::ceil(c.toMs)), Qt::UTC);
    const QDateTime fromLocal = fromUtc.toLocalTime(), toLocal = toUtc.toLocalTime();
    parts << tr("%1 – %2 UTC (local time %3 – %4)")
                 .arg(when(fromUtc, true), when(toUtc, toUtc.date() != fromUtc.date()),
                      when(fromLocal, fromLocal.date() != fromUtc.date()), when(toLocal, toLocal.date() != fromLocal.date()));
    parts << (c.levels.db ? tr("%1, levels %2 to %3 dB") : tr("%1, levels %2 to %3"))
                 .arg(mapName(c.map), level(c.levels.min), level(c.levels.max));
    return parts.join(QStringLiteral(" · "));
}

QImage WaterfallExportCaption::withCaption(const QImage &picture, const QString &caption)
{
    const double dpr = picture.devicePixelRatio() > 0 ? picture.devicePixelRatio() : 1.0;
    QFont font = QApplication::font();
    font.setPixelSize(int(std::lround(13 * dpr)));
    const QFontMetrics metrics(font);
    const int pad = int(std::lround(6 * dpr));
    const int width = std::max(picture.width(), 4 * pad);
    // Absolute: the painter's right-to-left direction would flip AlignRight back to the left.
    const int flags = Qt::TextWordWrap | Qt::AlignVCenter | Qt::AlignAbsolute |
                      (QGuiApplication::layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    const QRect text = metrics.boundingRect(QRect(0, 0, width - 2 * pad, 100000), flags, caption);
    const int band = text.height() + 2 * pad;

    QImage out(width, picture.height() + band, QImage::Format_ARGB32);
    out.setDevicePixelRatio(1.0); // painted in device pixels
    out.fill(Qt::white);
    for (const QString &key : picture.textKeys())
        out.setText(key, picture.text(key));
    out.setText(QStringLiteral("caption"), caption);
    QPainter p(&out);
    QImage source = picture;
    source.setDevicePixelRatio(1.0);
    p.drawImage(0, 0, source);
    p.setPen(QColor(0xcc, 0xcc, 0xcc));
    p.drawLine(0, picture.height(), width, picture.height());
    p.setPen(QColor(0x22, 0x22, 0x22));
    p.setFont(font);
    p.setLayoutDirection(QGuiApplication::layoutDirection());
    p.drawText(QRect(pad, picture.height() + pad, width - 2 * pad, text.height()), flags, caption);
    p.end();
    out.setDevicePixelRatio(dpr);
    return out;
}

void WaterfallExportCaption::setKeys(QImage &image, const ExportCaption &c)
{
    image.setText(kFrom, QString::number(c.fromMs, 'f', 3));
    image.setText(kTo, QString::number(c.toMs, 'f', 3));
    image.setText(kMap, QString::number(int(c.map)));
    image.setText(kMin, QString::number(c.levels.min, 'g', 17));
    image.setText(kMax, QString::number(c.levels.max, 'g', 17));
    image.setText(kDb, c.levels.db ? QStringLiteral("1") : QStringLiteral("0"));
}

std::optional<ExportCaption> WaterfallExportCaption::keys(const QImage &image)
{
    if (image.text(kFrom).isEmpty() || image.text(kTo).isEmpty())
        return std::nullopt;
    ExportCaption c;
    c.fromMs = image.text(kFrom).toDouble();
    c.toMs = image.text(kTo).toDouble();
    const int map = image.text(kMap).toInt();
    c.map = kAllColorMaps[size_t(std::clamp(map, 0, int(kAllColorMaps.size()) - 1))];
    c.levels = Levels{image.text(kMin).toDouble(), image.text(kMax).toDouble(), image.text(kDb) == QLatin1String("1")};
    return c;
}

QImage WaterfallExportCaption::grabWithoutCrosshair(QWidget *widget, QCustomPlot *plot)
{
    // The crosshair is the pair of straight lines on the plot's "cursor" overlay layer (the finding
    // frame there is a rectangle and stays: it is what a tester jumped to).
    QCPLayer *cursor = plot ? plot->layer(QStringLiteral("cursor")) : nullptr;
    QList<QCPAbstractItem *> hidden;
    for (int i = 0; cursor && i < plot->itemCount(); ++i) {
        QCPAbstractItem *item = plot->item(i);
        if (qobject_cast<QCPItemStraightLine *>(item) && item->layer() == cursor && item->visible()) {
            item->setVisible(false);
            hidden << item;
        }
    }
    if (!hidden.isEmpty())
        cursor->replot();
    QImage image = widget->grab().toImage();
    for (QCPAbstractItem *item : hidden)
        item->setVisible(true);
    if (!hidden.isEmpty())
        cursor->replot();
    return image;
}

} // namespace wf
