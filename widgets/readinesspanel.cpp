#include "readinesspanel.h"

#include "ladderview.h"

#include "apptext.h"
#include "flowlayout.h"
#include "jobparamsview.h"
#include "jobtimelineview.h"
#include "streaminspector.h"
#include "repliesbox.h"
#include "requestlogview.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace wf {

namespace {

QLabel *selectableLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setTextColor(QWidget *w, const QColor &color)
{
    QPalette p = w->palette();
    p.setColor(QPalette::WindowText, color);
    w->setPalette(p);
}

} // namespace

ReadinessPanel::ReadinessPanel(QWidget *parent) : QWidget(parent), m_refresh(new QTimer(this))
{
    m_refresh->setInterval(kRefreshMs);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        refreshElapsed();
        refreshTimeline();
        m_streams->refresh(m_controller);
    });

    // The verdict and the buttons stay in view; the details scroll when the window is short.
    auto *details = new QWidget(this);
    m_job = new JobParamsView(details);
    buildTimelineBox();
    m_countersBox = new RepliesBox(this);
    buildLogBox();
    m_streams = new StreamInspector(details);
    m_ladder = new LadderView(details);
    connect(m_ladder, &LadderView::accessRequested, this, &ReadinessPanel::backendAccessRequested);
    m_details = new QGridLayout(details);
    m_details->setContentsMargins(0, 0, 0, 0);
    arrange(false);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(scroll, 1);
    retranslate();
}

QWidget *ReadinessPanel::buildHeader()
{
    auto *header = new QWidget(this);
    m_title = new QLabel(header);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_badge = new QLabel(header);
    m_badge->setAlignment(Qt::AlignCenter);
    m_elapsed = new QLabel(header);

    // The verdict is the first thing a tester reads: large, coloured, with its code under it.
    m_diagnosis = selectableLabel(header);
    m_diagnosis->setWordWrap(true);
    QFont big = m_diagnosis->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_diagnosis->setFont(big);
    alignToLeadingEdge(m_diagnosis);
    m_code = selectableLabel(header);
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    alignToLeadingEdge(m_code);

    // One button starts a job and stops it: its words say which it will do now.
    m_startStop = new QPushButton(header);
    m_startStop->setObjectName(QStringLiteral("startStop"));
    m_copy = new QPushButton(header);
    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (jobActive())
            emit stopRequested();
        else
            emit startRequested();
    });
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(markdownReport()); });

    // Title, elapsed time and state badge wrap in a narrow dock ("waiting for the stream" beside
    // "3.8 s elapsed" was wider than the dock at 1366x768): they never widen it.
    auto *topBox = new QWidget(header);
    auto *top = new FlowLayout(topBox, 8, 2);
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_title);
    top->addWidget(m_elapsed);
    top->addWidget(m_badge);
    // The code under the sentence, not beside it: in a narrow dock the sentence keeps the width.
    auto *verdict = new QVBoxLayout;
    verdict->setSpacing(0);
    verdict->addWidget(m_diagnosis);
    verdict->addWidget(m_code);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startStop);
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    auto *v = new QVBoxLayout(header);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(topBox);
    v->addLayout(verdict);
    m_endpointSummary = new QLabel(header);
    m_endpointSummary->setWordWrap(true);
    m_endpointSummary->setVisible(false);
    v->addWidget(m_endpointSummary);
    v->addLayout(buttons);
    return header;
}

void ReadinessPanel::buildTimelineBox()
{
    m_timelineBox = new QGroupBox(this);
    m_timeline = new JobTimelineView(m_timelineBox);
    auto *v = new QVBoxLayout(m_timelineBox);
    v->addWidget(m_timeline);
    v->addStretch(1); // rows stay together when the box beside it is taller
}

void ReadinessPanel::buildLogBox()
{
    m_logBox = new QGroupBox(this);
    m_log = new RequestLogView(kMaxLogLines, m_logBox);
    m_log->setMinimumHeight(120);
    m_save = new QPushButton(m_logBox);
    connect(m_save, &QPushButton::clicked, this, &ReadinessPanel::saveLogInteractively);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto *v = new QVBoxLayout(m_logBox);
    v->addWidget(m_log, 1);
    v->addLayout(buttons);
}

void ReadinessPanel::arrange(bool wide)
{
    // Wide (beside a plot in a large window): timeline and counters side by side, so the log stays
    // in view; narrow: one column.
    if (m_wide == wide && m_details->count() > 0)
        return;
    m_wide = wide;
    for (QWidget *w : {static_cast<QWidget *>(m_job), static_cast<QWidget *>(m_ladder), static_cast<QWidget *>(m_timelineBox),
                       static_cast<QWidget *>(m_countersBox), static_cast<QWidget *>(m_streams),
                       static_cast<QWidget *>(m_logBox)})
        m_details->removeWidget(w);
    // The ladder first: under the verdict, where a tester looks for why; the job's values after it.
    m_details->addWidget(m_ladder, 0, 0, 1, wide ? 2 : 1);
    m_details->addWidget(m_job, 1, 0, 1, wide ? 2 : 1);
    m_details->addWidget(m_timelineBox, 2, 0);
    m_details->addWidget(m_countersBox, wide ? 2 : 3, wide ? 1 : 0);
    m_details->addWidget(m_streams, wide ? 3 : 4, 0, 1, wide ? 2 : 1);
    m_details->addWidget(m_logBox, wide ? 4 : 5, 0, 1, wide ? 2 : 1);
    for (int row = 0; row < 6; ++row)
        m_details->setRowStretch(row, row == (wide ? 4 : 5) ? 1 : 0);
    m_details->setColumnStretch(1, wide ? 1 : 0);
    m_details->setColumnStretch(0, 1);
}

void ReadinessPanel::resizeEvent(QResizeEvent *event)
{
    arrange(event->size().width() >= kWideWidth);
    m_job->setTwoColumns(event->size().width() >= kTwoColumnJobWidth);
    QWidget::resizeEvent(event);
}

void ReadinessPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::LayoutDirectionChange)
        for (QLabel *l : {m_diagnosis, m_code})
            alignToLeadingEdge(l);
    QWidget::changeEvent(event);
}

void ReadinessPanel::retranslate()
{
    m_title->setText(tr("Job status"));
    refreshButtons();
    m_copy->setText(tr("Copy report"));
    m_copy->setToolTip(tr("Copy a Markdown report of this job for a bug report"));
    m_save->setText(tr("Save log…"));
    // Short titles: a group box never wraps its title, and a narrow dock must not scroll sideways.
    m_timelineBox->setTitle(tr("Timeline"));
    m_timelineBox->setToolTip(tr("Timeline (after the configure reply)"));
    m_logBox->setTitle(tr("Requests"));
    refresh();
}

void ReadinessPanel::setController(ReadinessController *controller)
{
    m_ladder->setController(controller);
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    m_refresh->stop();
    m_log->clearLines();
    m_finishedAtMs.reset();
    m_finalElapsedMs.reset();
    m_startedAt = {};
    if (controller) {
        const bool active = controller->state() != JobState::Idle && !isTerminal(controller->state());
        if (active || m_recordedStart)
            m_startedAt = jobStart();
        connect(controller, &ReadinessController::stateChanged, this, &ReadinessPanel::onStateChanged);
        connect(controller, &ReadinessController::finished, this, [this] { refresh(); });
        connect(controller, &ReadinessController::timelineChanged, this, &ReadinessPanel::refreshTimeline);
        connect(controller, &ReadinessController::countersChanged, this, [this] {
            refreshCounters();
            m_job->setJob(m_controller); // the job id and lines_dt arrive with the configure reply
        });
        connect(controller, &ReadinessController::requestLogged, this,
                [this](const RequestLogEntry &e) { appendLog(ReadinessText::logLine(timeOf(e.atMs), e)); });
        connect(controller, &ReadinessController::errorLogged, this,
                [this](const JobErrorEntry &e) { appendLog(ReadinessText::errorLine(timeOf(e.atMs), e)); });
        connect(controller, &ReadinessController::observationLogged, this,
                [this](const JobErrorEntry &e) { appendLog(ReadinessText::observationLine(timeOf(e.atMs), e)); });
        connect(controller, &ReadinessController::eventLogged, this,
                [this](const JobErrorEntry &e) { appendLog(ReadinessText::eventLine(timeOf(e.atMs), e)); });
        connect(controller, &ReadinessController::rowSourceChanged, this, [this] { refresh(); });
        connect(controller, &QObject::destroyed, this, [this] {
            m_refresh->stop();
            refresh();
        });
        if (active)
            m_refresh->start();
    }
    refresh();
}

QDateTime ReadinessPanel::jobStart() const
{
    if (m_recordedStart)
        return *m_recordedStart;
    return m_controller && m_controller->startedAtEpochMs() > 0 ? QDateTime::fromMSecsSinceEpoch(m_controller->startedAtEpochMs())
                                                                : QDateTime::currentDateTime();
}

QTime ReadinessPanel::timeOf(qint64 sinceStartMs) const
{
    // Live, the present (the entry was just made); replayed, the recorded start plus the entry's time.
    return m_recordedStart ? m_recordedStart->addMSecs(sinceStartMs).time() : QTime::currentTime();
}

void ReadinessPanel::setServer(const QString &url, bool insecure)
{
    m_server = url;
    m_insecure = insecure;
    m_job->setServer(url, insecure);
}

void ReadinessPanel::setEndpointSummary(const QString &summary, bool waterfallNotDeployed)
{
    // The endpoint probe's verdict beside the job's: the incident reads the same in both panels.
    m_endpointSummaryText = summary;
    m_endpointSummary->setVisible(!summary.isEmpty());
    m_endpointSummary->setText(tr("Endpoints: %1").arg(summary));
    setTextColor(m_endpointSummary, waterfallNotDeployed ? QColor(0xc6, 0x28, 0x28) : palette().color(QPalette::WindowText));
}

void ReadinessPanel::onStateChanged(JobState state)
{
    if (!m_controller)
        return;
    if (state == JobState::Configuring) {
        // A new job: its own log, start time and end mark.
        m_log->clearLines();
        m_startedAt = jobStart();
        m_finishedAtMs.reset();
        m_finalElapsedMs.reset();
        m_refresh->start();
    }
    if (isTerminal(state)) {
        m_refresh->stop();
        m_finalElapsedMs = m_controller->elapsedMs();
        m_finishedAtMs = *m_finalElapsedMs - m_controller->timeline().configured.value_or(0);
    }
    refresh();
}

ReportContext ReadinessPanel::context() const
{
    return {m_server, m_insecure, m_startedAt, m_finishedAtMs, m_backend};
}

void ReadinessPanel::refresh()
{
    const QString before = stateText() + diagnosisSentence();
    refreshState();
    refreshDiagnosis();
    if (stateText() + diagnosisSentence() != before)
        emit verdictChanged();
    m_job->setJob(m_controller);
    refreshTimeline();
    refreshCounters();
    refreshButtons();
    refreshElapsed();
    m_ladder->refresh();
}

QString ReadinessPanel::stateText() const
{
    return m_badge->text();
}

void ReadinessPanel::refreshState()
{
    const JobState state = m_controller ? m_controller->state() : JobState::Idle;
    m_badge->setText(m_controller ? AppText::jobStateText(*m_controller) : AppText::jobStateText(state));
    m_badge->setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: white; font-weight: bold;"
                                          " border-radius: 4px; padding: 2px 10px; }")
                               .arg(jobStateColor(state).name()));
}

QString ReadinessPanel::diagnosisCode() const
{
    const std::optional<Diagnosis> d = m_controller ? m_controller->diagnosis() : std::nullopt;
    return d ? diagnosisName(*d) : QString();
}

QString ReadinessPanel::diagnosisSentence() const
{
    return m_diagnosis->text();
}

QColor ReadinessPanel::stateColor() const
{
    return jobStateColor(m_controller ? m_controller->state() : JobState::Idle);
}

QString ReadinessPanel::elapsedText() const
{
    return m_elapsed->text();
}

bool ReadinessPanel::jobActive() const
{
    const JobState state = m_controller ? m_controller->state() : JobState::Idle;
    return state != JobState::Idle && !isTerminal(state);
}

QColor ReadinessPanel::verdictColor() const
{
    return m_diagnosis->palette().color(QPalette::WindowText);
}

void ReadinessPanel::refreshDiagnosis()
{

    const std::optional<Diagnosis> d = m_controller ? m_controller->diagnosis() : std::nullopt;
    const JobState state = m_controller ? m_controller->state() : JobState::Idle;
    QString sentence = d ? AppText::headlineText(*d, *m_controller) : ReadinessText::pendingText(state);
    if (!d && m_controller && !AppText::streamWaitText(*m_controller).isEmpty())
        sentence = AppText::streamWaitText(*m_controller); // the incident told at once, and what is awaited
    if (d == Diagnosis::TlsError && m_controller->configureInfo().pinMismatch())
        sentence += QLatin1Char(' ') + AppText::transportText(m_controller->configureInfo());
    m_diagnosis->setText(sentence);
    const QColor color = d ? diagnosisColor(*d) : palette().color(QPalette::Disabled, QPalette::WindowText);
    setTextColor(m_diagnosis, color);
    setTextColor(m_code, color);
    m_code->setText(d ? ltrIsolate(diagnosisName(*d)) : QString());
    m_code->setToolTip(d ? tr("Diagnosis code, as in focusctl watch's report") : QString());
}

void ReadinessPanel::refreshTimeline()
{
    m_timeline->refresh(m_controller, context());
}

void ReadinessPanel::refreshCounters()
{
    m_countersBox->refresh(m_controller);
}

void ReadinessPanel::refreshButtons()
{
    const JobState state = m_controller ? m_controller->state() : JobState::Idle;
    m_startStop->setText(AppText::startStopText(jobActive()));
    m_startStop->setToolTip(AppText::startStopToolTip(jobActive()));
    m_copy->setEnabled(m_controller && state != JobState::Idle);
}

void ReadinessPanel::refreshElapsed()
{
    const JobState state = m_controller ? m_controller->state() : JobState::Idle;
    if (state == JobState::Idle || (isTerminal(state) && !m_finalElapsedMs)) { // nothing, or an end not seen
        m_elapsed->clear();
        return;
    }
    const qint64 ms = m_finalElapsedMs ? *m_finalElapsedMs : m_controller->elapsedMs();
    m_elapsed->setText(m_finalElapsedMs ? tr("took %1").arg(ReadinessText::seconds(ms))
                                        : tr("%1 elapsed").arg(ReadinessText::seconds(ms)));
}

void ReadinessPanel::setBackendWatch(const BackendWatch *watch)
{
    m_backend = watch;
    m_ladder->setWatch(watch);
}

} // namespace wf
