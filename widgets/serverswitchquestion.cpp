#include "serverswitchquestion.h"

#include "apptext.h"

#include <QPushButton>
#include <algorithm>
#include <climits>

namespace wf {

ServerSwitchQuestion::ServerSwitchQuestion(bool active, const QString &jobId, qint64 rows, QWidget *parent)
    : QMessageBox(QMessageBox::Question, QString(), QString(), QMessageBox::Cancel, parent)
{
    const QString job = jobId.isEmpty() ? tr("(no id yet)") : jobId;
    const int n = int(std::min<qint64>(rows, INT_MAX));
    setWindowTitle(tr("Connect to server"));
    setText(active ? tr("Stop job %1 and discard %Ln row(s)?", nullptr, n).arg(ltr(job))
                   : tr("Discard job %1 and its %Ln row(s)?", nullptr, n).arg(ltr(job)));
    setObjectName(QStringLiteral("confirmServerSwitch"));
    setInformativeText(tr("The other server opens in this window: this job's rows, verdict and log are not kept. "
                          "Save the session report first to keep them."));
    m_save = addButton(tr("Save report, then switch…"), QMessageBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveThenSwitch"));
    m_discard = addButton(active ? tr("Stop job and switch") : tr("Discard and switch"), QMessageBox::DestructiveRole);
    m_discard->setObjectName(QStringLiteral("discardAndSwitch"));
    setDefaultButton(QMessageBox::Cancel);
}

ServerSwitchQuestion::Answer ServerSwitchQuestion::ask()
{
    exec();
    if (clickedButton() == m_discard)
        return Answer::Discard;
    return clickedButton() == m_save ? Answer::SaveReportFirst : Answer::Cancel;
}

} // namespace wf
