#include "jobtimelineview.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

namespace wf {

JobTimelineView::JobTimelineView(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int s = 0; s < kSteps; ++s) {
        m_mark[s] = new QLabel(this);
        m_name[s] = new QLabel(this);
        m_time[s] = new QLabel(this);
        m_name[s]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_time[s]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        alignToLeadingEdge(m_name[s]);
        alignToLeadingEdge(m_time[s]);
        m_name[s]->setWordWrap(true); // "Job id 3-1757" beside "85 ms round trip" wraps in a narrow dock
        m_time[s]->setWordWrap(true);
        grid->addWidget(m_mark[s], s, 0);
        grid->addWidget(m_name[s], s, 1);
        grid->addWidget(m_time[s], s, 2);
    }
    grid->setHorizontalSpacing(12);
    grid->setColumnStretch(3, 1); // times next to their steps, not at the far edge
}

void JobTimelineView::refresh(const ReadinessController *c, const ReportContext &context)
{
    const bool active = c && c->state() != JobState::Idle && !isTerminal(c->state());
    bool pendingShown = false;
    for (int s = 0; s < kSteps; ++s) {
        const auto step = JobStep(s);
        const bool done = ReadinessText::stepHappened(step, c, context);
        QString time = ReadinessText::stepTime(step, c, context);
        if (!done && active && !pendingShown && step != JobStep::Finished) {
            pendingShown = true;
            time = ReadinessText::awaitedStepTime(step, *c);
        }
        m_name[s]->setText(ReadinessText::stepName(step, c));
        m_time[s]->setText(time);
        m_mark[s]->setText(done ? QStringLiteral("●") : QStringLiteral("○"));
        const QColor mark =
            step == JobStep::Finished && c ? jobStateColor(c->state()) : jobStateColor(JobState::StreamingData);
        QPalette p = m_mark[s]->palette();
        p.setColor(QPalette::WindowText, mark);
        m_mark[s]->setPalette(p);
        for (QLabel *l : {m_mark[s], m_name[s], m_time[s]})
            l->setEnabled(done); // greyed until it happens
    }
}

void JobTimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LayoutDirectionChange) {
        for (int s = 0; s < kSteps; ++s) {
            alignToLeadingEdge(m_name[s]);
            alignToLeadingEdge(m_time[s]);
        }
    }
    QWidget::changeEvent(event);
}

bool JobTimelineView::happened(JobStep step) const
{
    return m_name[int(step)]->isEnabled();
}

QString JobTimelineView::stepText(JobStep step) const
{
    return m_name[int(step)]->text() + QLatin1Char(' ') + m_time[int(step)]->text();
}

QString JobTimelineView::timeText(JobStep step) const
{
    return m_time[int(step)]->text();
}

} // namespace wf
