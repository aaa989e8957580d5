#include "endpointsummaryline.h"

#include "apptext.h"
#include "job/servercheck.h"
#include "readinesspanel.h"
#include "session/shownsession.h"

#include <QDateTime>
#include <QTimer>

namespace wf {

EndpointSummaryLine::EndpointSummaryLine(ReadinessPanel *panel, const ServerCheck *check, const ShownSession *shown,
                                         QObject *parent)
    : QObject(parent), m_panel(panel), m_check(check), m_shown(shown), m_age(new QTimer(this))
{
    m_age->setInterval(10'000);
    connect(m_age, &QTimer::timeout, this, &EndpointSummaryLine::show);
    m_age->start();
}

void EndpointSummaryLine::setResult(const ProbeResult &result)
{
    m_summary = AppText::probeSummary(result);
}

void EndpointSummaryLine::show()
{
    if (m_shown->isReplay() || (m_summary.isEmpty() && !m_check->rechecking()))
        return; // the live server's summary says nothing about a recorded one
    if (m_check->rechecking()) {
        m_panel->setEndpointSummary(tr("checking the server again after the job's failure…"), false);
        return;
    }
    const qint64 age = QDateTime::currentMSecsSinceEpoch() - m_check->checkedAtMs();
    m_panel->setEndpointSummary(tr("%1 · checked %2").arg(m_summary, AppText::ageText(age)), m_check->waterfallNotDeployed());
}

} // namespace wf
