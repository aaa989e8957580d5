#include "replaybar.h"

#include "apptext.h"
#include "datetext.h"
#include "session/sessionreplay.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <algorithm>

namespace wf {

namespace {
constexpr double kSpeeds[] = {1, 4, 16, 0}; // 0: as fast as possible, last in the list
} // namespace

ReplayBar::ReplayBar(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_details(new QLabel(this)), m_play(new QPushButton(this)),
      m_speedLabel(new QLabel(this)), m_speed(new QComboBox(this)), m_position(new QLabel(this)),
      m_live(new QPushButton(this))
{
    setObjectName(QStringLiteral("replayBar"));
    // Amber: no colour map, badge or state of a live job uses it.
    setStyleSheet(QStringLiteral("#replayBar { background: #ffca28; border-bottom: 1px solid #c79a00; }"
                                 "#replayBar QLabel { color: #3e2723; }"));
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_speed->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_speedLabel->setBuddy(m_speed);
    m_position->setMinimumWidth(
        m_position->fontMetrics().horizontalAdvance(QStringLiteral("0000.0 s / 0000.0 s")));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 3, 8, 3);
    layout->addWidget(m_title);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_play);
    layout->addWidget(m_speedLabel);
    layout->addWidget(m_speed);
    layout->addWidget(m_position);
    layout->addWidget(m_live);

    connect(m_play, &QPushButton::clicked, this, &ReplayBar::onPlay);
    connect(m_speed, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int i) {
        if (m_replay && i >= 0)
            m_replay->setSpeed(m_speed->itemData(i).toDouble());
    });
    connect(m_live, &QPushButton::clicked, this, &ReplayBar::backToLiveRequested);
    fillSpeeds();
    retranslate();
    setVisible(false);
}

SessionReplay *ReplayBar::replay() const
{
    return m_replay;
}

void ReplayBar::setReplay(SessionReplay *replay, const QString &fileName)
{
    if (m_replay)
        disconnect(m_replay, nullptr, this, nullptr);
    m_replay = replay;
    m_fileName = fileName;
    if (replay) {
        connect(replay, &SessionReplay::progress, this, &ReplayBar::refresh);
        connect(replay, &SessionReplay::finished, this, &ReplayBar::refresh);
        showSpeed(replay->speed());
    }
    setVisible(replay != nullptr);
    retranslate();
}

void ReplayBar::showSpeed(double shown)
{
    const QSignalBlocker block(m_speed);
    int index = m_speed->findData(shown);
    if (index < 0) { // a speed from the command line that the list does not offer, in its place
        index = 0;
        while (index < m_speed->count() && m_speed->itemData(index).toDouble() > 0 &&
               m_speed->itemData(index).toDouble() < shown)
            ++index;
        m_speed->insertItem(index, ltr(QStringLiteral("%1×").arg(QLocale().toString(shown))), shown);
    }
    m_speed->setCurrentIndex(index);
}

QString ReplayBar::titleText() const
{
    return m_title->text();
}

QString ReplayBar::positionText() const
{
    return m_position->text();
}

void ReplayBar::onPlay()
{
    if (!m_replay)
        return;
    if (m_replay->isFinished()) {
        emit replayAgainRequested();
        return;
    }
    if (m_replay->isRunning()) {
        m_replay->pause();
    } else {
        m_replay->start(); // only the first time; then resume() goes on from the position
        m_replay->resume();
    }
    refresh();
}

void ReplayBar::fillSpeeds()
{
    const QSignalBlocker block(m_speed);
    const QVariant current = m_speed->currentData();
    m_speed->clear();
    for (double s : kSpeeds)
        m_speed->addItem(
            s > 0 ? ltr(QStringLiteral("%1×").arg(QLocale().toString(s))) : tr("As fast as possible"), s);
    if (m_replay)
        showSpeed(m_replay->speed());
    else if (current.isValid())
        m_speed->setCurrentIndex(std::max(0, m_speed->findData(current)));
}

void ReplayBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void ReplayBar::retranslate()
{
    fillSpeeds();
    m_speedLabel->setText(tr("Speed:"));
    m_live->setText(tr("Back to live"));
    m_live->setToolTip(tr("Close the replay and show the live job again."));
    m_title->setText(tr("Replay: %1").arg(ltr(m_fileName)));
    if (m_replay) {
        const SessionHeader &h = m_replay->session().header;
        const QString when = DateText::dateTimeMs(h.startedAtMs);
        QString details = tr("recorded %1 from %2").arg(ltr(when), ltr(h.server));
        if (!m_replay->session().trailer)
            details = tr("%1 · cut short: replayed up to its last reply").arg(details);
        m_details->setText(details);
    } else {
        m_details->clear();
    }
    refresh();
}

void ReplayBar::refresh()
{
    if (!m_replay) {
        m_position->clear();
        return;
    }
    if (m_replay->isFinished())
        m_play->setText(tr("Replay again"));
    else
        m_play->setText(m_replay->isRunning() ? tr("Pause") : tr("Play"));
    const QLocale locale;
    m_position->setText(ltr(tr("%1 s / %2 s")
                                .arg(locale.toString(double(m_replay->positionMs()) / 1000.0, 'f', 1),
                                     locale.toString(double(m_replay->endMs()) / 1000.0, 'f', 1))));
}

} // namespace wf
