#pragma once
// VerdictBar: the job's verdict in one line above the waterfall — the state badge, the headline,
// the elapsed time and, when the picture is not the present, "PAUSED" or "N s behind live". Shown
// when the job status panel is not on screen (a small window tabs it away) and, in large type, in
// presentation mode. It asks its source for the present every quarter second while visible, so
// nothing it says is older than that. Thread: GUI thread.
#include <QColor>
#include <QWidget>
#include <functional>

class QLabel;
class QTimer;

namespace wf {

class ElidedLabel;

struct VerdictView {
    QString badge;      // "streaming"
    QColor badgeColor;  // the job state's colour
    QString headline;   // the diagnosis sentence
    QColor headlineColor;
    QString elapsed;    // "6.0 s elapsed", "took 12.3 s"
    QString viewLag;    // "" while the picture is live; "PAUSED · 12.0 s behind live", ...
};

class VerdictBar : public QWidget
{
    Q_OBJECT
  public:
    static constexpr int kRefreshMs = 250;
    explicit VerdictBar(QWidget *parent = nullptr);

    void setSource(std::function<VerdictView()> source);
    // Large type, the headline wrapped over lines (presentation mode); otherwise one line, elided.
    void setLarge(bool large);
    bool isLarge() const { return m_large; }
    void refresh(); // now, not at the next tick
    QString headlineText() const;
    QString viewLagText() const;

  protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

  private:
    std::function<VerdictView()> m_source;
    bool m_large = false;
    QLabel *m_badge;
    ElidedLabel *m_headline;  // compact
    QLabel *m_headlineWrapped; // large
    QLabel *m_elapsed;
    QLabel *m_lag;
    QTimer *m_timer;
};

} // namespace wf
