#include "qualitypanel.h"

#include "apptext.h"
#include "job/qualitymonitor.h"
#include "qualitytext.h"
#include "readinesstext.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <numeric>

namespace wf {

namespace {
constexpr int kRefreshMs = 250;
constexpr int kSiteRole = Qt::UserRole + 1;
} // namespace

QualityPanel::QualityPanel(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_consumerLabel(new QLabel(this)),
      m_consumerThreshold(new QDoubleSpinBox(this)), m_table(new QTableWidget(this)), m_logLabel(new QLabel(this)),
      m_log(new QPlainTextEdit(this)), m_refresh(new QTimer(this))
{
    m_summary->setObjectName(QStringLiteral("qualitySummary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_consumerThreshold->setObjectName(QStringLiteral("consumerThreshold"));
    m_consumerThreshold->setRange(0.1, 3600);
    m_consumerThreshold->setDecimals(1);
    m_consumerThreshold->setValue(5.0);

    m_table->setObjectName(QStringLiteral("qualityTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setRowCount(kQualityCheckCount);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The check's name is what a tester reads first: it keeps its width; occurrences share the rest.
    m_table->horizontalHeader()->setSectionResizeMode(First, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Latest, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    buildRows();

    m_log->setReadOnly(true);
    m_log->setObjectName(QStringLiteral("qualityLog"));
    m_log->setMaximumBlockCount(500);
    m_log->setMaximumHeight(110);

    // The summary wraps over the panel's width; the threshold is on its own line under it.
    m_summary->setWordWrap(true);
    auto *threshold = new QHBoxLayout;
    threshold->addWidget(m_consumerLabel);
    threshold->addWidget(m_consumerThreshold);
    threshold->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(threshold);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_logLabel);
    layout->addWidget(m_log);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(kRefreshMs);
    connect(m_refresh, &QTimer::timeout, this, &QualityPanel::refresh);
    connect(m_consumerThreshold, &QDoubleSpinBox::valueChanged, this, &QualityPanel::applyThresholds);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        jump(row, column == Latest);
    });
    retranslate();
    refresh();
}

void QualityPanel::buildRows()
{
    const QualityThresholds defaults;
    for (int r = 0; r < kQualityCheckCount; ++r) {
        for (int c = 0; c < ColumnCount; ++c) {
            if (c == FailAt)
                continue;
            auto *item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (c == Count)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
        auto *spin = new QSpinBox(m_table);
        spin->setRange(0, 1'000'000'000);
        spin->setMaximumWidth(80);
        spin->setFrame(false);
        spin->setValue(int(defaults.failAt[size_t(r)]));
        spin->setObjectName(QStringLiteral("failAt_%1").arg(QLatin1String(qualityCheckKey(QualityCheck(r)))));
        connect(spin, &QSpinBox::valueChanged, this, &QualityPanel::applyThresholds);
        m_table->setCellWidget(r, FailAt, spin);
    }
}

void QualityPanel::setMonitor(QualityMonitor *monitor)
{
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    m_monitor = monitor;
    if (m_monitor) {
        auto later = [this] {
            if (!m_refresh->isActive())
                m_refresh->start();
        };
        connect(m_monitor, &QualityMonitor::updated, this, later);
        connect(m_monitor, &QualityMonitor::restarted, this, &QualityPanel::refresh);
        connect(m_monitor, &QObject::destroyed, this, [this] {
            m_monitor = nullptr;
            refresh();
        });
        applyThresholds();
    }
    refresh();
}

void QualityPanel::applyThresholds()
{
    if (m_updatingThresholds)
        return;
    QualityThresholds t;
    t.consumerCreationMs = qRound64(m_consumerThreshold->value() * 1000);
    for (int r = 0; r < kQualityCheckCount; ++r)
        if (auto *spin = qobject_cast<QSpinBox *>(m_table->cellWidget(r, FailAt)))
            t.failAt[size_t(r)] = spin->value();
    if (m_monitor)
        m_monitor->setThresholds(t);
    emit thresholdsChanged(t);
    refresh();
}

void QualityPanel::refresh()
{
    m_refresh->stop();
    QualityChecker empty;
    const QualityChecker &c = m_monitor ? m_monitor->checker() : empty;
    m_summary->setText(m_monitor ? QualityText::summary(c) : tr("No job followed yet"));
    for (int r = 0; r < kQualityCheckCount; ++r) {
        const auto check = QualityCheck(r);
        const Finding &f = c.finding(check);
        const QualityVerdict v = m_monitor ? c.verdict(check) : QualityVerdict::Pass;
        QTableWidgetItem *verdict = m_table->item(r, Verdict);
        verdict->setText(m_monitor ? QualityText::verdictName(v) : QStringLiteral("–"));
        verdict->setForeground(QualityText::verdictColor(v));
        QFont font = verdict->font();
        font.setBold(v != QualityVerdict::Pass);
        verdict->setFont(font);
        m_table->item(r, Count)->setText(ltrIsolate(QLocale().toString(f.count)));
        m_table->item(r, First)->setText(f.first ? QualityText::siteText(*f.first) : QString());
        m_table->item(r, Latest)->setText(f.latest ? QualityText::siteText(*f.latest) : QString());
        const bool canJump = QualityText::isRowCheck(check) && f.first;
        m_table->item(r, First)->setToolTip(canJump ? tr("Double-click to show it in the waterfall") : QString());
        m_table->item(r, Latest)->setToolTip(canJump ? tr("Double-click to show it in the waterfall") : QString());
    }
    // Failing checks first, then warnings, then passes (each group in the checks' order): a single
    // failing check sat below the visible list. Rows move on screen only; row r stays check r.
    std::array<int, kQualityCheckCount> order{};
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&c, this](int a, int b) {
        const auto severity = [&c, this](int r) { return m_monitor ? int(c.verdict(QualityCheck(r))) : 0; };
        return severity(a) > severity(b);
    });
    QHeaderView *rows = m_table->verticalHeader();
    for (int visual = 0; visual < kQualityCheckCount; ++visual)
        if (rows->logicalIndex(visual) != order[size_t(visual)])
            rows->moveSection(rows->visualIndex(order[size_t(visual)]), visual);
    QStringList log;
    for (const MetadataChange &m : c.metadataChanges())
        log << tr("%1  %2 changed from %3 to %4")
                   .arg(ReadinessText::sinceConfigure(m.atMs), QualityText::metadataFieldName(m.field),
                        ltrIsolate(m.before), ltrIsolate(m.after));
    for (const FiberWaitPeriod &w : c.fiberWaits())
        log << (w.toMs ? tr("%1  waiting for fiber until %2").arg(ReadinessText::sinceConfigure(w.fromMs), ReadinessText::sinceConfigure(*w.toMs))
                       : tr("%1  waiting for fiber (still)").arg(ReadinessText::sinceConfigure(w.fromMs)));
    if (c.consumerCreationMs())
        log << tr("Consumer came alive after %1 (threshold %2)")
                   .arg(ReadinessText::seconds(*c.consumerCreationMs()), ReadinessText::seconds(c.thresholds().consumerCreationMs));
    const QString text = log.join(QLatin1Char('\n'));
    if (m_log->toPlainText() != text)
        m_log->setPlainText(text);
}

void QualityPanel::loadSettings(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("quality"));
    m_updatingThresholds = true;
    bool ok = false;
    const double consumer = settings.value(QStringLiteral("consumer_threshold_s")).toDouble(&ok);
    if (ok)
        m_consumerThreshold->setValue(consumer);
    for (int r = 0; r < kQualityCheckCount; ++r) {
        const int failAt = settings.value(QLatin1String(qualityCheckKey(QualityCheck(r)))).toInt(&ok);
        if (auto *spin = qobject_cast<QSpinBox *>(m_table->cellWidget(r, FailAt)); spin && ok)
            spin->setValue(failAt);
    }
    m_updatingThresholds = false;
    settings.endGroup();
    applyThresholds();
}

void QualityPanel::saveSettings(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("quality"));
    settings.setValue(QStringLiteral("consumer_threshold_s"), m_consumerThreshold->value());
    for (int r = 0; r < kQualityCheckCount; ++r)
        if (auto *spin = qobject_cast<QSpinBox *>(m_table->cellWidget(r, FailAt)))
            settings.setValue(QLatin1String(qualityCheckKey(QualityCheck(r))), spin->value());
    settings.endGroup();
}

QString QualityPanel::summaryText() const
{
    return m_summary->text();
}

void QualityPanel::jump(int row, bool latest)
{
    if (!m_monitor || row < 0 || row >= kQualityCheckCount)
        return;
    const auto check = QualityCheck(row);
    const Finding &f = m_monitor->checker().finding(check);
    const std::optional<FindingSite> &site = latest ? f.latest : f.first;
    if (QualityText::isRowCheck(check) && site)
        emit jumpRequested(check, *site);
}

void QualityPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QualityPanel::retranslate()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Verdict"), tr("Check"), tr("Count"), tr("First seen"), tr("Latest"), tr("Fail at")});
    for (int r = 0; r < kQualityCheckCount; ++r) {
        const auto check = QualityCheck(r);
        m_table->item(r, Check)->setText(QualityText::checkName(check));
        m_table->item(r, Check)->setToolTip(QualityText::checkDescription(check));
        if (auto *spin = m_table->cellWidget(r, FailAt))
            spin->setToolTip(tr("A count at or above this fails the check; below it, a non-zero count warns. 0: only warn."));
    }
    m_consumerLabel->setText(tr("Consumer threshold:"));
    m_consumerThreshold->setSuffix(tr(" s"));
    m_consumerThreshold->setToolTip(tr("A consumer slower than this to come alive is a finding."));
    m_logLabel->setText(tr("Metadata and consumer"));
    refresh();
}

} // namespace wf
