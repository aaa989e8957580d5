#pragma once
// The words of the backend ladder (jobladder.h), shared by the job panel, the HTML report and
// focusctl: a rung's name, a state, a diagnosis detail in plain words. Translated (context
// "LadderText"); the evidence stays the backend's own technical English.
#include "backend/ladder.h"
#include "job/jobladder.h"

#include <QCoreApplication>
#include <QString>

namespace wf {

class LadderText
{
    Q_DECLARE_TR_FUNCTIONS(LadderText)
  public:
    static QString rung(Rung r);          // "job's pod"
    static QString state(RungState s);    // "FAILED", "ok", "not yet", "not read", "does not apply"
    static QString detail(LadderDetail d); // "the job's pod cannot be scheduled"; empty for None
    // A step's evidence: in words when it is the job's own record, the backend's own otherwise
    // (kept left to right under a right-to-left language).
    static QString evidence(const LadderStep &step);
    // "after 3.2 s" (since the configure reply); empty without a time.
    static QString at(std::optional<qint64> ms);
};

} // namespace wf
