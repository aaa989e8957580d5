#pragma once
// ReplayBar: the strip above the panels while a recorded session is shown instead of the live job:
// what is shown ("Replay: file", when and from which server it was recorded, on a colour no live
// view uses, so a screenshot cannot pass for live data), play / pause, speed, the position
// "12.3 s / 60.0 s" and "Back to live". Follows a SessionReplay it does not own; the composition
// root swaps replays and goes back to live when the bar asks. Thread: GUI thread.
#include <QFrame>
#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;

namespace wf {

class SessionReplay;

class ReplayBar : public QFrame
{
    Q_OBJECT
  public:
    explicit ReplayBar(QWidget *parent = nullptr);

    // Follows `replay` (nullptr: none, and the bar hides itself) and shows its speed; `fileName` is
    // what the title names.
    void setReplay(SessionReplay *replay, const QString &fileName);
    SessionReplay *replay() const;

    QString titleText() const;
    QString positionText() const; // "12.3 s / 60.0 s"
    QPushButton *playButton() const { return m_play; }
    QComboBox *speedBox() const { return m_speed; }
    QPushButton *liveButton() const { return m_live; }

  signals:
    void backToLiveRequested();
    void replayAgainRequested(); // the replay ran to its end and the user wants to see it again

  protected:
    void changeEvent(QEvent *event) override;

  private:
    void retranslate();
    void fillSpeeds();
    void showSpeed(double factor);
    void refresh();
    void onPlay();

    QPointer<SessionReplay> m_replay;
    QString m_fileName;
    QLabel *m_title;
    QLabel *m_details;
    QPushButton *m_play;
    QLabel *m_speedLabel;
    QComboBox *m_speed;
    QLabel *m_position;
    QPushButton *m_live;
};

} // namespace wf
