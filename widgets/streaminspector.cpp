#include "streaminspector.h"

#include "apptext.h"
#include "job/readinesscontroller.h"
#include "readinesstext.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>


namespace wf {

namespace {
enum Field { Channels, Connected, FirstFrame, Frames, Lines, LastRow, Shape, Bytes, GlobalRange, ValueRange, Rate,
             Reconnects, BadFrames, FramesDropped, NonFiniteScales, kFields };
static_assert(FramesDropped == StreamInspector::kFramesDroppedField && NonFiniteScales == StreamInspector::kNonFiniteScalesField);

QString value(float v)
{
    return QLocale().toString(double(v), 'g', 6);
}
} // namespace

StreamInspector::StreamInspector(QWidget *parent)
    : QGroupBox(parent), m_summary(new QLabel(this)), m_table(new QTableWidget(kFields, 0, this))
{
    setObjectName(QStringLiteral("streamInspector"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto *v = new QVBoxLayout(this);
    v->addWidget(m_summary);
    v->addWidget(m_table);
    m_table->setRowHidden(FramesDropped, true);
    m_table->setRowHidden(NonFiniteScales, true);
    retranslate();
    hide();
}

void StreamInspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh(m_last);
    }
    QGroupBox::changeEvent(event);
}

void StreamInspector::retranslate()
{
    setTitle(tr("gRPC streams: timeline and latest frame"));
    const QStringList names{tr("Channels"), tr("Connected"), tr("First frame"), tr("Frames"), tr("Time lines"),
                            tr("Last row index"), tr("Shape (x × y × z)"), tr("Bytes (latest frame)"),
                            tr("Server scale (global_minimum – maximum)"), tr("Latest frame's values (data): min … max"),
                            tr("Frames per second"), tr("Reconnects"), tr("Bad frames"),
                            tr("Frames dropped (this viewer could not keep up)"), tr("Scales not finite (ignored)")};
    m_table->setVerticalHeaderLabels(names);
}

int StreamInspector::streamCount() const
{
    return m_table->columnCount();
}

QString StreamInspector::cellText(int field, int stream) const
{
    const QTableWidgetItem *i = m_table->item(field, stream);
    return i ? i->text() : QString();
}

bool StreamInspector::fieldShown(int field) const
{
    return !m_table->isRowHidden(field);
}

QString StreamInspector::scaleText(const StreamStatus &s)
{
    const QString range = ltrIsolate(QStringLiteral("%1 – %2").arg(value(s.globalMin), value(s.globalMax)));
    if (s.scaleChanges == 0)
        return tr("%1, unchanged").arg(range);
    const QString changed = s.scaleChanges == 1 ? tr("changed once") : tr("changed %1 times").arg(ReadinessText::number(s.scaleChanges));
    if (!s.scaleChangedAtRow)
        return tr("%1, %2").arg(range, changed);
    return tr("%1, %2, last at row %3").arg(range, changed, ReadinessText::number(*s.scaleChangedAtRow));
}

void StreamInspector::refresh(const ReadinessController *c)
{
    m_last = c;
    const StreamRowSource *src = c && c->rowSource() == RowSourceKind::Grpc ? c->streamSource() : nullptr;
    setVisible(src != nullptr);
    if (!src)
        return;
    const std::vector<StreamStatus> status = src->status();
    const int bins = c->configureReply() ? std::max(1, c->configureReply()->frequenciesAmount) : 1;
    m_summary->setText(tr("DataStream at %1 · %2 values per channel per line. The bytes are read as little-endian "
                          "float32, channel-major (every bin of a channel, then the next): unverified on a real "
                          "server. global_minimum and global_maximum are a colour scale the server keeps, not the "
                          "frame's range: values outside it are data, not a defect.")
                           .arg(ltrIsolate(src->endpoint()), ReadinessText::number(bins)));
    if (m_table->columnCount() != int(status.size())) {
        m_table->setColumnCount(int(status.size()));
        QStringList heads;
        for (size_t i = 0; i < status.size(); ++i)
            heads << tr("Stream %1").arg(status[i].plan.streamId);
        m_table->setHorizontalHeaderLabels(heads);
    }
    // Rare counters get a row only once a stream has one.
    bool dropped = false, nonFinite = false;
    for (const StreamStatus &s : status) {
        dropped = dropped || s.framesDropped > 0;
        nonFinite = nonFinite || s.nonFiniteScales > 0;
    }
    m_table->setRowHidden(FramesDropped, !dropped);
    m_table->setRowHidden(NonFiniteScales, !nonFinite);
    const auto &times = c->streamTimes();
    auto ms = [](const std::optional<qint64> &v) {
        return v ? ltrIsolate(QStringLiteral("+%1").arg(ReadinessText::milliseconds(double(*v)))) : QStringLiteral("—");
    };
    for (size_t i = 0; i < status.size(); ++i) {
        const StreamStatus &s = status[i];
        const auto t = i < times.size() ? times[i] : ReadinessController::StreamTimes{};
        const bool framed = s.frames > 0;
        const QString cells[kFields] = {
            ltrIsolate(QStringLiteral("%1–%2").arg(s.plan.firstChannel).arg(s.plan.lastChannel)),
            ms(t.connected),
            ms(t.firstFrame),
            ReadinessText::number(s.frames),
            ReadinessText::number(s.lines),
            s.lastRowIndex ? ReadinessText::number(*s.lastRowIndex) : QStringLiteral("—"),
            framed ? ltrIsolate(QStringLiteral("%1 × %2 × %3").arg(s.shapeX).arg(s.shapeY).arg(s.shapeZ)) : QStringLiteral("—"),
            framed ? ReadinessText::number(s.lastFrameBytes) : QStringLiteral("—"),
            framed ? scaleText(s) : QStringLiteral("—"),
            framed ? ltrIsolate(QStringLiteral("%1 … %2").arg(value(s.decodedMin), value(s.decodedMax))) : QStringLiteral("—"),
            framed ? QLocale().toString(s.framesPerSecond, 'f', 1) : QStringLiteral("—"),
            ReadinessText::number(s.reconnects),
            ReadinessText::number(s.badFrames),
            ReadinessText::number(s.framesDropped),
            ReadinessText::number(s.nonFiniteScales),
        };
        for (int f = 0; f < kFields; ++f) {
            QTableWidgetItem *item = m_table->item(f, int(i));
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(f, int(i), item);
            }
            item->setText(cells[f]);
            // Refused frames in red; values outside the server's scale are data, never marked.
            const bool bad = (f == BadFrames && s.badFrames > 0) || (f == FramesDropped && s.framesDropped > 0);
            item->setForeground(bad ? QBrush(QColor(0xc6, 0x28, 0x28)) : QBrush());
        }
    }
}

} // namespace wf
