#pragma once
// JobTimelineView: configure sent → job id → consumer ready → first data → ended, one row per
// step with its time; steps that have not happened yet are greyed, and the first one still
// awaited counts up while the job is active.
#include "readinesstext.h"

#include <QWidget>
#include <array>

class QLabel;

namespace wf {

class JobTimelineView : public QWidget
{
    Q_OBJECT
  public:
    static constexpr int kSteps = 5;

    explicit JobTimelineView(QWidget *parent = nullptr);

    void refresh(const ReadinessController *controller, const ReportContext &context); // null: no job
    bool happened(JobStep step) const;
    QString stepText(JobStep step) const; // name and time, as shown
    QString timeText(JobStep step) const;

  protected:
    void changeEvent(QEvent *event) override;

  private:
    std::array<QLabel *, kSteps> m_mark{};
    std::array<QLabel *, kSteps> m_name{};
    std::array<QLabel *, kSteps> m_time{};
};

} // namespace wf
