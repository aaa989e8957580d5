#include "jobparamsview.h"

#include "apptext.h"
#include "readinesstext.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace wf {

JobParamsView::JobParamsView(QWidget *parent) : QGroupBox(parent), m_insecureMark(new QLabel(this))
{
    for (int f = 0; f < FieldCount; ++f) {
        m_name[f] = new QLabel(this);
        m_value[f] = new QLabel(this);
        m_value[f]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_value[f]->setWordWrap(true); // a narrow dock wraps "1–2222 (2222 channels)", never scrolls sideways
        alignToLeadingEdge(m_value[f]);
    }
    QPalette red = m_insecureMark->palette();
    red.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_insecureMark->setPalette(red);
    QFont bold = m_insecureMark->font();
    bold.setBold(true);
    m_insecureMark->setFont(bold);
    m_insecureMark->hide();
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_value[Server]);
    serverRow->addWidget(m_insecureMark);
    serverRow->addStretch(1);

    m_value[Window]->setWordWrap(true); // a historic window's two dates may not fit beside the plot
    m_grid = new QGridLayout(this);
    m_serverRow = serverRow;
    place(true);
    retranslate();
}

void JobParamsView::setTwoColumns(bool two)
{
    if (two != m_twoColumns)
        place(two);
}

void JobParamsView::place(bool two)
{
    // Two pairs per row when there is room; one per row in a narrow panel. The server and the time
    // window get a whole row each.
    m_twoColumns = two;
    for (int f = 0; f < FieldCount; ++f) {
        m_grid->removeWidget(m_name[f]);
        if (f != Server)
            m_grid->removeWidget(m_value[f]);
    }
    m_grid->removeItem(m_serverRow);
    for (int c = 0; c < 4; ++c)
        m_grid->setColumnStretch(c, 0);
    const int span = two ? 3 : 1;
    m_grid->addWidget(m_name[Server], 0, 0);
    m_grid->addLayout(m_serverRow, 0, 1, 1, span);
    const Field order[] = {JobId, View, Channels, Nfft, Freq, Height, Duration, LinesDt};
    int row = 1;
    for (int i = 0; i < int(std::size(order)); ++i) {
        const int column = two ? 2 * (i % 2) : 0;
        m_grid->addWidget(m_name[order[i]], row, column);
        m_grid->addWidget(m_value[order[i]], row, column + 1);
        if (!two || i % 2 == 1)
            ++row;
    }
    m_grid->addWidget(m_name[Window], row, 0);
    m_grid->addWidget(m_value[Window], row, 1, 1, span);
    m_grid->setColumnStretch(1, 1);
    if (two)
        m_grid->setColumnStretch(3, 1);
    m_grid->invalidate();
}

void JobParamsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::LayoutDirectionChange)
        for (QLabel *value : m_value)
            alignToLeadingEdge(value);
    QGroupBox::changeEvent(event);
}

void JobParamsView::retranslate()
{
    setTitle(tr("Job"));
    const QString names[FieldCount] = {tr("Server:"), tr("Job id:"),    tr("View:"),   tr("Channels:"),
                                       tr("NFFT:"),   tr("Frequency:"), tr("Height:"), tr("Time axis:"),
                                       tr("Window:"), tr("lines_dt:")};
    for (int f = 0; f < FieldCount; ++f)
        m_name[f]->setText(names[f]);
    m_insecureMark->setText(tr("INSECURE: certificate not verified"));
    m_insecureMark->setToolTip(AppText::insecureWarning());
    refresh();
}

void JobParamsView::setServer(const QString &url, bool insecure)
{
    m_server = url;
    m_insecure = insecure;
    refresh();
}

void JobParamsView::setJob(const ReadinessController *controller)
{
    m_controller = controller;
    refresh();
}

QString JobParamsView::value(Field field) const
{
    return m_value[field]->text();
}

bool JobParamsView::insecureShown() const
{
    return !m_insecureMark->isHidden();
}

void JobParamsView::refresh()
{
    const QString none = QStringLiteral("—");
    m_value[Server]->setText(m_server.isEmpty() ? none : ltrIsolate(m_server));
    m_insecureMark->setVisible(m_insecure);
    if (!m_controller || m_controller->state() == JobState::Idle) {
        for (int f = JobId; f < FieldCount; ++f)
            m_value[f]->setText(none);
        return;
    }
    const ConfigureRequest &q = m_controller->request();
    const bool waterfall = q.view == ViewType::Waterfall;
    const QString notApplicable = tr("n/a");
    const QString jobId = m_controller->jobId();
    m_value[JobId]->setText(jobId.isEmpty() ? none : ltrIsolate(jobId));
    m_value[View]->setText(ReadinessText::viewName(q.view));
    m_value[Channels]->setText(
        tr("%1 (%2 channels)")
            .arg(ReadinessText::range(q.channelMin, q.channelMax, 0), ReadinessText::number(q.channelCount())));
    m_value[Nfft]->setText(ReadinessText::number(waterfall ? 1 : q.nfft));
    m_value[Freq]->setText(waterfall ? notApplicable : ReadinessText::range(q.freqMin, q.freqMax, 1, tr("Hz")));
    m_value[Height]->setText(tr("%1 rows").arg(ReadinessText::number(q.height)));
    m_value[Duration]->setText(
        waterfall ? notApplicable
                  : ltrIsolate(tr("%1 s").arg(ReadinessText::decimal(q.timeAxisDurationS, 1))));
    m_value[Window]->setText(ReadinessText::windowText(q));
    const auto &reply = m_controller->configureReply();
    m_value[LinesDt]->setText(reply ? ltrIsolate(tr("%1 s").arg(ReadinessText::decimal(reply->linesDt, 4)))
                                    : none);
}

} // namespace wf
