#include "endpointpanel.h"

#include "apptext.h"
#include "configuretext.h"
#include "datetext.h"
#include "requestlogview.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include "flowlayout.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
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

namespace {

constexpr int kDefaultAutoProbeSeconds = 30;
constexpr int kLogLines = 500;

QString timeOfDay(qint64 msSinceEpoch)
{
    return DateText::timeOfEpochMs(msSinceEpoch);
}

QString routeText(EndpointId id)
{
    const EndpointSpec &spec = endpoint(id);
    return QStringLiteral("%1 %2").arg(QLatin1String(spec.method), QLatin1String(spec.path));
}

} // namespace

EndpointPanel::EndpointPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_summary(new QLabel(this)), m_reprobe(new QPushButton(this)),
      m_copy(new QPushButton(this)), m_tree(new QTreeWidget(this)), m_auto(new QCheckBox(this)),
      m_interval(new QSpinBox(this)), m_autoTimer(new QTimer(this)), m_serverBox(new QGroupBox(this)),
      m_serverForm(new QFormLayout(m_serverBox)), m_fiberState(new QLabel(m_serverBox)),
      m_version(new QLabel(m_serverBox)), m_fiber(new QLabel(m_serverBox)), m_dx(new QLabel(m_serverBox)),
      m_prr(new QLabel(m_serverBox)), m_channelCount(new QLabel(m_serverBox)), m_channelRange(new QLabel(m_serverBox)),
      m_notes(new QLabel(m_serverBox)),
      m_logTitle(new QLabel(this)), m_log(new RequestLogView(kLogLines, this))
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

    // The title, then the buttons, wrapping in a narrow dock (side by side they were 368 px: the
    // Endpoints tab scrolled sideways at 1366x768).
    auto *buttons = new FlowLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_reprobe);

    m_fiberState->setWordWrap(true);
    m_serverForm->addRow(m_fiberState);
    for (QLabel *value : {m_version, m_fiber, m_dx, m_prr, m_channelCount, m_channelRange}) {
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_serverForm->addRow(new QLabel(m_serverBox), value);
    }
    m_notes->setObjectName(QStringLiteral("serverInfoNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setStyleSheet(QStringLiteral("QLabel { color: #6d4c00; }"));
    m_serverForm->addRow(m_notes);

    // Off by default: a real server is shared, and nobody asked it to be polled.
    m_interval->setRange(1, 3600);
    m_interval->setValue(kDefaultAutoProbeSeconds);
    m_interval->setSuffix(QStringLiteral(" s"));
    m_interval->setEnabled(false);
    m_autoTimer->setTimerType(Qt::CoarseTimer);
    auto *autoRow = new FlowLayout;
    autoRow->addWidget(m_auto);
    autoRow->addWidget(m_interval);

    m_log->setMaximumHeight(m_log->fontMetrics().lineSpacing() * 6 + 2 * m_log->frameWidth() + 8);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_serverBox);
    layout->addLayout(autoRow);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_logTitle);
    layout->addWidget(m_log);

    connect(m_reprobe, &QPushButton::clicked, this, &EndpointPanel::reprobeRequested);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(markdownTable()); });
    connect(m_auto, &QCheckBox::toggled, this, &EndpointPanel::onAutoToggled);
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int seconds) { m_autoTimer->setInterval(seconds * 1000); });
    connect(m_autoTimer, &QTimer::timeout, this, [this] {
        if (!m_probing) // one probe at a time: a slow server must not pile them up
            emit reprobeRequested();
    });
    m_autoTimer->setInterval(m_interval->value() * 1000);
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
    m_auto->setText(tr("Probe again every"));
    m_auto->setToolTip(tr("Probe the server periodically, to see when a route appears after a deployment"));
    m_serverBox->setTitle(tr("Server information"));
    const QList<std::pair<QLabel *, QString>> rows{
        {m_version, tr("Software version")}, {m_fiber, tr("Fiber")},
        {m_dx, tr("Channel spacing (dx)")},  {m_prr, tr("Pulse rate (PRR)")},
        {m_channelCount, tr("Channels (%1)").arg(ltr(QStringLiteral("/live_metadata")))},
        {m_channelRange, tr("Channel range (%1)").arg(ltr(QStringLiteral("/channels")))}};
    for (const auto &[value, name] : rows)
        if (auto *label = qobject_cast<QLabel *>(m_serverForm->labelForField(value)))
            label->setText(name);
    m_logTitle->setText(tr("State changes"));
    rebuild();
    rebuildServerInfo();
}

void EndpointPanel::setAutoProbeInterval(int seconds)
{
    if (seconds > 0)
        m_interval->setValue(seconds);
    m_auto->setChecked(seconds > 0);
}

int EndpointPanel::autoProbeInterval() const
{
    return m_auto->isChecked() ? m_interval->value() : 0;
}

void EndpointPanel::onAutoToggled(bool on)
{
    m_interval->setEnabled(on);
    if (on)
        m_autoTimer->start();
    else
        m_autoTimer->stop();
}

void EndpointPanel::setServerInfo(const std::optional<LiveMetadata> &metadata, const std::optional<ChannelRange> &channels,
                                  const QString &metadataShape)
{
    m_metadata = metadata;
    m_channels = channels;
    m_metadataShape = metadata ? QString() : metadataShape;
    m_serverInfoSet = true;
    rebuildServerInfo();
}

void EndpointPanel::rebuildServerInfo()
{
    const QLocale locale;
    const QString none = QStringLiteral("—");
    auto text = [&none](const QString &s) { return s.trimmed().isEmpty() ? none : ltr(s.trimmed()); };
    const bool waiting = m_metadata && m_metadata->waitingForFiber();
    QString state;
    if (!m_serverInfoSet)
        state = tr("Server information not loaded yet");
    else if (!m_metadata && !m_metadataShape.isEmpty())
        state = tr("The fiber state is unknown: %1 answered in a shape this viewer does not know.").arg(ltr(QStringLiteral("/live_metadata")));
    else if (!m_metadata)
        state = tr("The server did not give its live metadata (%1).").arg(ltr(QStringLiteral("/live_metadata")));
    else if (waiting)
        state = tr("Waiting for fiber: the server has no live data until the fiber is connected.");
    else
        state = tr("Fiber connected: live data available.");
    m_fiberState->setText(state);
    m_fiberState->setStyleSheet(waiting ? QStringLiteral("QLabel { color: #c62828; font-weight: bold; }") : QString());
    m_version->setText(m_metadata ? text(m_metadata->swVersion) : none);
    m_fiber->setText(m_metadata ? text(m_metadata->fiberDescription) : none);
    m_dx->setText(m_metadata && m_metadata->dxKnown() ? ltr(locale.toString(m_metadata->dx, 'g', 6) + QStringLiteral(" m")) : none);
    m_prr->setText(m_metadata && m_metadata->prr > 0 ? ltr(locale.toString(m_metadata->prr, 'g', 6) + QStringLiteral(" Hz")) : none);
    m_channelCount->setText(m_metadata && m_metadata->numberOfChannels > 0 ? locale.toString(m_metadata->numberOfChannels) : none);
    m_channelRange->setText(m_channels ? tr("%1 to %2").arg(locale.toString(m_channels->lowest), locale.toString(m_channels->highest))
                                       : none);
    QStringList notes;
    if (!m_metadataShape.isEmpty())
        notes << tr("Note: %1 answered in a shape this viewer does not know (%2). An observation, not a failure: "
                    "distances and the fiber state are not shown; the form is bounded by %3.")
                     .arg(ltr(QStringLiteral("/live_metadata")), ltr(m_metadataShape), ltr(QStringLiteral("/channels")));
    if (const auto other = ConfigureText::disagreeingChannelCount(m_metadata, m_channels))
        notes << tr("Note: the server disagrees with itself. %1.").arg(ConfigureText::channelSources(*m_channels, *other));
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
}

QStringList EndpointPanel::stateChangeLog() const
{
    const QString text = m_log->toPlainText();
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'));
}

void EndpointPanel::logChanges(const std::optional<ProbeResult> &previous, const ProbeResult &current)
{
    const QString at = timeOfDay(current.checkedAtMs);
    if (!previous) {
        m_log->appendLine(tr("%1 first probe: %2").arg(at, AppText::probeSummary(current)));
        return;
    }
    for (const EndpointProbe &e : current.endpoints) {
        const EndpointProbe *before = previous->find(e.id);
        if (before && before->state == e.state)
            continue;
        const QString was = before ? AppText::stateName(before->state) : QStringLiteral("—");
        m_log->appendLine(QStringLiteral("%1 %2: %3 → %4").arg(at, routeText(e.id), was, AppText::stateName(e.state)));
    }
}

void EndpointPanel::setProbing(bool probing)
{
    m_probing = probing;
    m_reprobe->setEnabled(!probing);
    rebuild();
}

void EndpointPanel::setResult(const ProbeResult &result)
{
    logChanges(m_result, result);
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
    const QString checkedAt = DateText::timeOfEpochMs(r.checkedAtMs);
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
        item->setText(0, ltr(routeText(e.id)));
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
