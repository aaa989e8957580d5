// LadderView: see ladderview.h.
#include "ladderview.h"

#include "apptext.h"
#include "laddertext.h"
#include "job/readinesscontroller.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace wf {

LadderView::LadderView(QWidget *parent)
    : QGroupBox(parent), m_detail(new QLabel(this)), m_access(new QPushButton(this)), m_rows(new QLabel(this)),
      m_logsToggle(new QToolButton(this)), m_logs(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("ladder"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setObjectName(QStringLiteral("ladderDetail"));
    m_access->setObjectName(QStringLiteral("backendAccess"));
    // One rung a line, its evidence under it, wrapped: the evidence is the point, and the panel is narrow.
    m_rows->setWordWrap(true);
    m_rows->setTextFormat(Qt::RichText);
    m_rows->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rows->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_rows->setObjectName(QStringLiteral("ladderRows"));
    m_logsToggle->setCheckable(true);
    m_logsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_logsToggle->setAutoRaise(true);
    m_logsToggle->setObjectName(QStringLiteral("ladderLogsToggle"));
    m_logs->setReadOnly(true);
    m_logs->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_logs->setLayoutDirection(Qt::LeftToRight); // log lines are the pods' own, left to right
    m_logs->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_logs->setMaximumBlockCount(2000);
    m_logs->setObjectName(QStringLiteral("ladderLogs"));
    m_logs->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_detail);
    layout->addWidget(m_access, 0, Qt::AlignLeading);
    layout->addWidget(m_rows);
    layout->addWidget(m_logsToggle);
    layout->addWidget(m_logs);
    connect(m_access, &QPushButton::clicked, this, &LadderView::accessRequested);
    connect(m_logsToggle, &QToolButton::toggled, this, [this](bool on) {
        m_logs->setVisible(on);
        m_logsToggle->setArrowType(on ? Qt::DownArrow : (layoutDirection() == Qt::RightToLeft ? Qt::LeftArrow : Qt::RightArrow));
    });
    retranslate();
}

void LadderView::setWatch(const BackendWatch *watch)
{
    if (m_watch)
        disconnect(m_watch, nullptr, this, nullptr);
    m_watch = watch;
    if (watch) {
        connect(watch, &BackendWatch::looked, this, &LadderView::refresh);
        connect(watch, &BackendWatch::accessChanged, this, &LadderView::refresh);
    }
    refresh();
}

void LadderView::setController(const ReadinessController *controller)
{
    m_controller = controller;
    refresh();
}

QColor LadderView::stateColor(RungState s) const
{
    switch (s) {
    case RungState::Passed: return QColor(0x2e, 0x7d, 0x32);
    case RungState::Failed: return QColor(0xc6, 0x28, 0x28);
    case RungState::Waiting: return QColor(0xa8, 0x62, 0x00);
    case RungState::Unknown:
    case RungState::NotApplicable: break;
    }
    return palette().color(QPalette::Disabled, QPalette::Text);
}

void LadderView::refresh()
{
    const bool enabled = m_watch && m_watch->enabled();
    static const std::optional<BackendLookResult> none;
    const std::optional<BackendLookResult> &look = m_watch ? m_watch->latest() : none;
    const bool started = m_controller && m_controller->state() != JobState::Idle;
    const std::vector<LadderStep> steps = started ? jobLadder(m_controller->run(), look ? &*look : nullptr) : std::vector<LadderStep>{};
    // The sentence: the detail of the first failed rung, else what is known of the backend.
    const LadderDetail detail = ladderDetail(steps);
    QString sentence;
    QColor colour = palette().color(QPalette::WindowText);
    if (detail != LadderDetail::None) {
        for (const LadderStep &s : steps)
            if (s.detail == detail) {
                sentence = tr("Why: %1 (%2).").arg(LadderText::detail(detail), ltrUnderRtl(ladderDetailKey(detail)));
                colour = stateColor(RungState::Failed);
                break;
            }
    } else if (!enabled) {
        sentence = tr("The backend is not opened: its rungs are not read.");
    } else if (!look) {
        sentence = steps.empty() ? tr("The backend will be read while a job waits for its consumer.")
                                 : tr("Reading the backend…");
    } else {
        sentence = tr("Backend read %1 after configure; nothing on it failed.").arg(ltrUnderRtl(AppText::milliseconds(double(look->atMs))));
    }
    if (look && !look->problems.isEmpty())
        sentence += QLatin1Char(' ') + tr("Could not read: %1").arg(ltrUnderRtl(look->problems.join(QStringLiteral("; "))));
    m_detail->setText(sentence);
    QPalette p = m_detail->palette();
    p.setColor(QPalette::WindowText, colour);
    m_detail->setPalette(p);
    m_access->setVisible(!enabled);

    m_rowTexts.clear();
    QString html;
    // The evidence between the text's colour and the background's: quieter than the rung, readable.
    const QColor text = palette().color(QPalette::WindowText), back = palette().color(QPalette::Window);
    const QString grey = QColor((text.red() * 2 + back.red()) / 3, (text.green() * 2 + back.green()) / 3, (text.blue() * 2 + back.blue()) / 3).name();
    for (const LadderStep &st : steps) {
        const QString when = LadderText::at(st.atMs);
        const QString evidence = LadderText::evidence(st);
        m_rowTexts << QStringList{LadderText::rung(st.rung), LadderText::state(st.state), when, evidence}.join(QStringLiteral(" | "));
        html += QStringLiteral("<div><span style=\"color:%1;%2\">%3</span> %4%5</div>")
                    .arg(stateColor(st.state).name(), st.state == RungState::Failed ? QStringLiteral("font-weight:bold") : QString(),
                         LadderText::state(st.state).toHtmlEscaped(), LadderText::rung(st.rung).toHtmlEscaped(),
                         when.isEmpty() ? QString() : QStringLiteral(" <span style=\"color:%1\">· %2</span>").arg(grey, when.toHtmlEscaped()));
        if (!evidence.isEmpty())
            html += QStringLiteral("<div style=\"margin-left:1.2em;margin-right:1.2em;color:%1\">%2</div>").arg(grey, evidence.toHtmlEscaped());
    }
    m_rows->setText(html);
    m_rows->setVisible(!steps.empty());

    QStringList logLines;
    if (look)
        for (const LogExcerpt &l : look->logs) {
            if (!l.problem.isEmpty())
                logLines << tr("%1: not read: %2").arg(l.pod, l.problem);
            else if (l.lines.isEmpty())
                logLines << tr("%1: no line names the job or an error").arg(l.pod);
            else {
                logLines << QStringLiteral("%1:").arg(l.pod);
                for (const QString &line : l.lines)
                    logLines << QStringLiteral("  ") + line;
            }
            logLines << QString();
        }
    const bool haveLogs = look && look->logsRead;
    if (m_logs->toPlainText() != logLines.join(QLatin1Char('\n')))
        m_logs->setPlainText(logLines.join(QLatin1Char('\n')));
    m_logsToggle->setVisible(haveLogs);
    if (!haveLogs)
        m_logs->setVisible(false);
    else
        m_logs->setVisible(m_logsToggle->isChecked());
}

QString LadderView::detailText() const
{
    return m_detail->text();
}

QStringList LadderView::rowTexts() const
{
    return m_rowTexts;
}

QString LadderView::logsText() const
{
    return m_logs->toPlainText();
}

bool LadderView::logsShown() const
{
    return m_logsToggle->isChecked();
}

void LadderView::setLogsShown(bool shown)
{
    m_logsToggle->setChecked(shown);
}

void LadderView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    if (event->type() == QEvent::LayoutDirectionChange)
        m_logsToggle->setArrowType(m_logsToggle->isChecked() ? Qt::DownArrow
                                                             : (layoutDirection() == Qt::RightToLeft ? Qt::LeftArrow : Qt::RightArrow));
    QGroupBox::changeEvent(event);
}

void LadderView::retranslate()
{
    setTitle(tr("Ladder"));
    setToolTip(tr("From the route to the first frame: each step the job needs, with its state, when it was seen and its evidence."));
    m_access->setText(tr("Backend access…"));
    m_access->setToolTip(tr("Open the server's RabbitMQ and Kubernetes to read why a consumer is not there (read-only)."));
    m_logsToggle->setText(tr("Logs that explain it"));
    m_logsToggle->setArrowType(m_logsToggle->isChecked() ? Qt::DownArrow
                                                         : (layoutDirection() == Qt::RightToLeft ? Qt::LeftArrow : Qt::RightArrow));
}

} // namespace wf
