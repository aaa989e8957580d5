#pragma once
// LadderView: the job's ladder in the job panel — one row per rung (state, when, evidence), the
// diagnosis detail in words above them, and a collapsible section with the logs that explain a
// failed job. Shows the job's own record (a ReadinessController, not owned) with what a BackendWatch
// (not owned) read of its backend, when it follows the same job; without backend
// access the backend rungs read "not read" and a button opens the access dialog.
#include "job/backendwatch.h"

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace wf {

class LadderView : public QGroupBox
{
    Q_OBJECT
  public:
    explicit LadderView(QWidget *parent = nullptr);

    void setController(const ReadinessController *controller); // the job whose ladder is shown
    void setWatch(const BackendWatch *watch);                   // what was read of its backend
    void refresh();

    QString detailText() const;   // the sentence above the rows
    QStringList rowTexts() const; // "job's pod | FAILED | | pod grpc-job-… is Pending: …", one per rung
    QString logsText() const;
    bool logsShown() const;
    void setLogsShown(bool shown);
    QColor stateColor(RungState s) const;

  signals:
    void accessRequested(); // "Backend access…"

  protected:
    void changeEvent(QEvent *event) override;

  private:
    void retranslate();
    QPointer<const BackendWatch> m_watch;
    QPointer<const ReadinessController> m_controller;
    QLabel *m_detail;
    QPushButton *m_access;
    QLabel *m_rows;
    QStringList m_rowTexts;
    QToolButton *m_logsToggle;
    QPlainTextEdit *m_logs;
};

} // namespace wf
