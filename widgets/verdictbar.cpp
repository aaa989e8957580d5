#include "verdictbar.h"

#include "elidedlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace wf {

namespace {

void setColor(QLabel *label, const QColor &color)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color.isValid() ? color : label->parentWidget()->palette().color(QPalette::WindowText));
    label->setPalette(p);
}

} // namespace

VerdictBar::VerdictBar(QWidget *parent)
    : QWidget(parent), m_badge(new QLabel(this)), m_headline(new ElidedLabel(this)), m_headlineWrapped(new QLabel(this)),
      m_elapsed(new QLabel(this)), m_lag(new QLabel(this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("verdictBar"));
    m_badge->setObjectName(QStringLiteral("verdictBadge"));
    m_headline->setObjectName(QStringLiteral("verdictHeadline"));
    m_headlineWrapped->setObjectName(QStringLiteral("verdictHeadlineWrapped"));
    m_headlineWrapped->setWordWrap(true);
    m_headlineWrapped->hide();
    m_elapsed->setObjectName(QStringLiteral("verdictElapsed"));
    m_lag->setObjectName(QStringLiteral("verdictLag"));
    m_lag->setStyleSheet(QStringLiteral("QLabel { background-color: #ef6c00; color: white; font-weight: bold;"
                                        " border-radius: 4px; padding: 2px 8px; }"));
    m_lag->hide();
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_headlineWrapped->setFont(bold);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(6, 3, 6, 3);
    row->addWidget(m_badge);
    row->addWidget(m_headline, 1);
    row->addWidget(m_headlineWrapped, 1);
    row->addWidget(m_lag);
    row->addWidget(m_elapsed);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &VerdictBar::refresh);
}

void VerdictBar::setSource(std::function<VerdictView()> source)
{
    m_source = std::move(source);
    refresh();
}

void VerdictBar::setLarge(bool large)
{
    m_large = large;
    QFont f = font();
    f.setPointSizeF(large ? QWidget::font().pointSizeF() * 1.6 : QWidget::font().pointSizeF());
    for (QLabel *l : {m_badge, static_cast<QLabel *>(m_headline), m_headlineWrapped, m_elapsed, m_lag}) {
        QFont lf = f;
        lf.setBold(l != m_elapsed);
        l->setFont(lf);
    }
    m_headline->setVisible(!large);
    m_headlineWrapped->setVisible(large);
    refresh();
}

void VerdictBar::refresh()
{
    if (!m_source)
        return;
    const VerdictView v = m_source();
    m_badge->setText(v.badge);
    m_badge->setVisible(!v.badge.isEmpty());
    m_badge->setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: white; border-radius: 4px; padding: 2px 10px; }")
                               .arg(v.badgeColor.isValid() ? v.badgeColor.name() : QStringLiteral("#757575")));
    m_headline->setText(v.headline);
    m_headlineWrapped->setText(v.headline);
    setColor(m_headline, v.headlineColor);
    setColor(m_headlineWrapped, v.headlineColor);
    m_elapsed->setText(v.elapsed);
    m_lag->setText(v.viewLag);
    m_lag->setVisible(!v.viewLag.isEmpty());
}

QString VerdictBar::headlineText() const
{
    return m_headline->text();
}

QString VerdictBar::viewLagText() const
{
    return m_lag->isVisibleTo(this) ? m_lag->text() : QString();
}

void VerdictBar::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
}

void VerdictBar::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

} // namespace wf
