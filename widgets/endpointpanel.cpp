#include "endpointpanel.h"

#include "apptext.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wf {

QColor endpointStateColor(EndpointState state)
{
    switch (state) {
    case EndpointState::Available: return QColor(0x2e, 0x7d, 0x32);
    case EndpointState::NotDeployed: return QColor(0xc6, 0x28, 0x28);
    case EndpointState::Error: return QColor(0xef, 0x6c, 0x00);
    case EndpointState::Timeout: return QColor(0x8e, 0x24, 0xaa);
    case EndpointState::Unreachable: return QColor(0x61, 0x61, 0x61);
    case EndpointState::TlsError: return QColor(0xad, 0x14, 0x57);
    }
    return Qt::black;
}

EndpointPanel::EndpointPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_summary(new QLabel(this)), m_reprobe(new QPushButton(this)),
      m_copy(new QPushButton(this)), m_tree(new QTreeWidget(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tree->setColumnCount(5);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_title, 1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_reprobe);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);

    connect(m_reprobe, &QPushButton::clicked, this, &EndpointPanel::reprobeRequested);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(markdownTable()); });
    retranslate();
}

void EndpointPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EndpointPanel::retranslate()
{
    m_title->setText(tr("Server endpoints"));
    m_reprobe->setText(tr("Probe again"));
    m_copy->setText(tr("Copy as Markdown"));
    m_tree->setHeaderLabels({tr("Endpoint"), tr("State"), tr("HTTP"), tr("Latency"), tr("Checked at")});
    rebuild();
}

void EndpointPanel::setProbing(bool probing)
{
    m_probing = probing;
    m_reprobe->setEnabled(!probing);
    rebuild();
}

void EndpointPanel::setResult(const ProbeResult &result)
{
    m_result = result;
    m_probing = false;
    m_reprobe->setEnabled(true);
    rebuild();
}

QString EndpointPanel::summaryText() const
{
    if (m_probing && !m_result)
        return tr("Probing the server…");
    return m_result ? AppText::probeSummary(*m_result) : tr("Not probed yet");
}

void EndpointPanel::rebuild()
{
    m_summary->setText(summaryText());
    m_tree->clear();
    m_copy->setEnabled(m_result.has_value());
    if (!m_result)
        return;
    const ProbeResult &r = *m_result;
    QTreeWidgetItem *groupItem = nullptr;
    std::optional<EndpointGroup> group;
    const QString checkedAt = QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.checkedAtMs).time(), QStringLiteral("HH:mm:ss"));
    for (const EndpointProbe &e : r.endpoints) {
        const EndpointSpec &spec = endpoint(e.id);
        if (!group || *group != spec.group) {
            group = spec.group;
            groupItem = new QTreeWidgetItem(m_tree, {AppText::groupName(spec.group)});
            QFont f = groupItem->font(0);
            f.setBold(true);
            groupItem->setFont(0, f);
            groupItem->setFirstColumnSpanned(true);
        }
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, ltr(QStringLiteral("%1 %2").arg(QLatin1String(spec.method), QLatin1String(spec.path))));
        item->setText(1, QStringLiteral("● ") + AppText::stateName(e.state));
        item->setForeground(1, endpointStateColor(e.state));
        QFont bold = item->font(1);
        bold.setBold(true);
        item->setFont(1, bold);
        item->setText(2, e.info.httpStatus > 0 ? QString::number(e.info.httpStatus) : QStringLiteral("—"));
        item->setText(3, ltr(AppText::milliseconds(e.info.latencyMs)));
        item->setText(4, ltr(checkedAt));
        const QString tip = AppText::reasonText(e) + QStringLiteral("\n") + e.detail;
        for (int c = 0; c < 5; ++c)
            item->setToolTip(c, tip);
        item->setData(0, Qt::UserRole, int(e.state));
    }
    for (int c = 0; c < 4; ++c)
        m_tree->resizeColumnToContents(c);
}

QString EndpointPanel::markdownTable() const
{
    if (!m_result)
        return {};
    QString md = QStringLiteral("**%1** — %2\n\n").arg(m_result->server, AppText::probeSummary(*m_result));
    md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n|---|---|---|---|---|\n")
              .arg(tr("Endpoint"), tr("State"), tr("HTTP"), tr("Latency"), tr("Why"));
    for (const EndpointProbe &e : m_result->endpoints) {
        const EndpointSpec &spec = endpoint(e.id);
        QString why = AppText::reasonText(e);
        why.replace(QLatin1Char('|'), QStringLiteral("\\|"));
        md += QStringLiteral("| `%1 %2` | %3 | %4 | %5 | %6 |\n")
                  .arg(QLatin1String(spec.method), QLatin1String(spec.path), AppText::stateName(e.state),
                       e.info.httpStatus > 0 ? QString::number(e.info.httpStatus) : QStringLiteral("—"),
                       AppText::milliseconds(e.info.latencyMs), why);
    }
    return md;
}

} // namespace wf
