#pragma once
// One look at a failed job's backend for `focusctl watch` (BackendClient, judged by the ladder):
// taken once the job has its verdict, printed under the diagnosis, and added to the JSON report as
// `backend`, `ladder` and `diagnosis_detail` (null when nothing was read or nothing failed).
#include "backend/backendclient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace wf::cli {

class BackendLook
{
    Q_DECLARE_TR_FUNCTIONS(BackendLook)
  public:
    BackendObservation observation;
    QStringList problems;
    std::vector<RungResult> rungs;
    LadderDetail detail = LadderDetail::None;
    qint64 tookMs = 0;

    // Reads what `access` opens (waits on a local event loop, at most the access's timeout).
    static BackendLook take(const BackendAccess &access, const QString &jobId, qint64 streamPort, bool live);
    void print(const std::function<void(const QString &)> &say) const;
    // The report's keys; `look` null: the backend was not read (no access given, or no job to look for).
    static void addToReport(QJsonObject &report, const BackendAccess &access, const BackendLook *look);

    static QString rungText(Rung r);
    static QString stateText(RungState s);
};

} // namespace wf::cli
