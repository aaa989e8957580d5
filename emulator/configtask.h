#pragma once
// The body of the newer POST /config/{task_id} as the contract documents it (not /configure's):
// {displayTimeAxisDuration, nfftSelection, canvasInfo: {height}, sensors: {min, max},
//  frequencyRange: {min, max}, start_time, end_time}, times as "yymmddHHMMSS" strings (UTC) or null.
// Pure, any thread; used by the emulator, which answers 500 "Error parsing configuration" on an error.
#include "api/models.h"
#include "base/result.h"

#include <QByteArray>

namespace wf::emu {

Result<ConfigureRequest> decodeConfigTaskRequest(const QByteArray &body);

// "251007120000" → epoch seconds (UTC); nullopt when it is not such a time.
std::optional<qint64> parseYymmddHHMMSS(const QString &text);

} // namespace wf::emu
