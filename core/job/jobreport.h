#pragma once
// The machine-readable report of one followed job (focusctl watch --report, the GUI's "copy
// report"). Keys are a contract: add freely, never rename or drop. The translated
// "diagnosis_text" is added by the caller (core holds no user-visible text).
#include "job/readinesscontroller.h"

#include <QJsonObject>

namespace wf {

QJsonObject configJson(const ConfigureRequest &request);
// Over the job's gRPC streams, the longest wait from a stream's connection to its first frame.
std::optional<qint64> firstFrameAfterConnectMs(const ReadinessController &controller);
QJsonObject jobReportJson(const ReadinessController &controller, const QString &server, bool insecure);

} // namespace wf
