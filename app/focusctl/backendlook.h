#pragma once
// One look at a failed job's backend for `focusctl watch` (BackendWatch: the backend's rungs and the
// logs that explain the failure): taken once the job has its verdict, printed under the diagnosis as
// the job's whole ladder, and added to the JSON report as `backend`, `ladder` and `diagnosis_detail`
// (addLadderToReport: the keys the viewer's report has too).
#include "job/backendwatch.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace wf::cli {

class BackendLook
{
    Q_DECLARE_TR_FUNCTIONS(BackendLook)
  public:
    BackendLookResult result;
    std::vector<LadderStep> steps;
    LadderDetail detail = LadderDetail::None;

    // Reads what `access` opens about the controller's job, with the logs (waits on a local event
    // loop, at most about twice the access's timeout).
    static BackendLook take(const BackendAccess &access, const ReadinessController &controller);
    void print(const std::function<void(const QString &)> &say) const;
    // The report's keys; `look` null: the backend was not read (no job to look for, or no failure).
    static void addToReport(QJsonObject &report, const JobRun &run, const BackendAccess &access, const BackendLook *look);
};

} // namespace wf::cli
