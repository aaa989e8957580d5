#pragma once
// BusyIndicator: the status bar's "something is going on" — a moving bar, what is awaited in
// words, and Cancel — for anything that takes more than a moment (probing the endpoints, waiting
// for a job's consumer, loading a recording). Several may run at once; the newest is shown.
#include <QWidget>
#include <functional>

class QLabel;
class QProgressBar;
class QToolButton;

namespace wf {

class BusyIndicator : public QWidget
{
    Q_OBJECT
  public:
    explicit BusyIndicator(QWidget *parent = nullptr);
    // `text` is asked again on a language change; `cancel` runs when the user presses Cancel
    // (then the activity ends: end() need not be called).
    void begin(const QString &key, std::function<QString()> text, std::function<void()> cancel);
    void end(const QString &key);
    bool isBusy(const QString &key) const;
    QString shownText() const;
    void cancelShown(); // what Cancel does

  protected:
    void changeEvent(QEvent *event) override;

  private:
    struct Activity {
        QString key;
        std::function<QString()> text;
        std::function<void()> cancel;
    };
    void refresh();
    QList<Activity> m_activities; // oldest first
    QProgressBar *m_bar;
    QLabel *m_label;
    QToolButton *m_cancel;
};

} // namespace wf
