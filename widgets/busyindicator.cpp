#include "busyindicator.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace wf {

BusyIndicator::BusyIndicator(QWidget *parent)
    : QWidget(parent), m_bar(new QProgressBar(this)), m_label(new QLabel(this)), m_cancel(new QToolButton(this))
{
    m_bar->setRange(0, 0); // busy: no percentage to give
    m_bar->setMaximumWidth(80);
    m_bar->setMaximumHeight(14);
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("busyCancel"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_bar);
    row->addWidget(m_label);
    row->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &BusyIndicator::cancelShown);
    refresh();
}

void BusyIndicator::begin(const QString &key, std::function<QString()> text, std::function<void()> cancel)
{
    end(key);
    m_activities.append({key, std::move(text), std::move(cancel)});
    refresh();
}

void BusyIndicator::end(const QString &key)
{
    m_activities.removeIf([&key](const Activity &a) { return a.key == key; });
    refresh();
}

bool BusyIndicator::isBusy(const QString &key) const
{
    return std::any_of(m_activities.cbegin(), m_activities.cend(), [&key](const Activity &a) { return a.key == key; });
}

QString BusyIndicator::shownText() const
{
    return m_activities.isEmpty() ? QString() : m_label->text();
}

void BusyIndicator::cancelShown()
{
    if (m_activities.isEmpty())
        return;
    const Activity a = m_activities.takeLast();
    refresh();
    if (a.cancel)
        a.cancel();
}

void BusyIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void BusyIndicator::refresh()
{
    setVisible(!m_activities.isEmpty());
    m_cancel->setText(tr("Cancel"));
    if (m_activities.isEmpty())
        return;
    const Activity &a = m_activities.last();
    m_label->setText(a.text ? a.text() : QString());
    m_cancel->setVisible(bool(a.cancel));
}

} // namespace wf
