#include "repliesbox.h"

#include "job/readinesscontroller.h"
#include "readinesstext.h"
#include "replycounterstable.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace wf {

RepliesBox::RepliesBox(QWidget *parent)
    : QGroupBox(parent), m_counters(new ReplyCountersTable(this)), m_rows(new QLabel(this)), m_latency(new QLabel(this))
{
    m_latency->setWordWrap(true);
    for (QLabel *l : {m_rows, m_latency}) {
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        alignToLeadingEdge(l);
    }
    auto *v = new QVBoxLayout(this);
    v->addWidget(m_counters, 0, Qt::AlignLeading);
    v->addWidget(m_rows);
    v->addWidget(m_latency);
    retranslate();
}

void RepliesBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::LayoutDirectionChange)
        for (QLabel *l : {m_rows, m_latency})
            alignToLeadingEdge(l);
    QGroupBox::changeEvent(event);
}

void RepliesBox::retranslate()
{
    // A short title: a group box never wraps its title, and a narrow dock must not scroll sideways.
    setTitle(tr("Replies"));
    setToolTip(tr("Replies per endpoint and status"));
}

void RepliesBox::refresh(const ReadinessController *c)
{
    m_counters->setPolls(c ? c->polls() : ReplyCountersTable::Polls());
    m_counters->setVisible(m_counters->rowCount() > 0);
    const qint64 rows = c ? c->rowsReceived() : 0;
    const qint64 blocks = c ? c->blocksReceived() : 0;
    m_rows->setText(
        tr("Rows received: %1 in %2").arg(ReadinessText::number(rows), tr("%Ln block(s)", nullptr, int(blocks))));
    const QString none = QStringLiteral("—");
    auto ms = [&none](const std::optional<double> &v) { return v ? ReadinessText::milliseconds(*v) : none; };
    if (c && c->rowSource() == RowSourceKind::Grpc && c->streamSource()) {
        const StreamRowSource *src = c->streamSource();
        qint64 frames = 0;
        for (const StreamStatus &st : src->status())
            frames += st.frames;
        m_latency->setText(tr("Rows from the gRPC stream at %1: %2 · %3")
                               .arg(QChar(0x2066) + src->endpoint() + QChar(0x2069), tr("%Ln frame(s)", nullptr, int(frames)),
                                    tr("%Ln reconnect(s)", nullptr, int(src->reconnects()))));
        return;
    }
    m_latency->setText(tr("Waterfall polls: last %1 · p95 %2 · poll interval %3")
                           .arg(c ? ms(c->lastPollLatencyMs()) : none, c ? ms(c->p95PollLatencyMs()) : none,
                                c && c->configureReply() ? ms(double(c->currentPollIntervalMs())) : none));
}

} // namespace wf
