// ReadinessPanel, what it hands on: the Markdown report of the job and the request log (shown,
// counted, saved). The panel's layout and its live refresh are in readinesspanel.cpp.
#include "readinesspanel.h"

#include "apptext.h"
#include "readinesstext.h"
#include "requestlogview.h"

#include <QFileDialog>
#include <QMessageBox>

namespace wf {

QString ReadinessPanel::markdownReport() const
{
    if (!m_controller)
        return tr("No job has been started.") + QLatin1Char('\n');
    QString report = ReadinessText::markdownReport(*m_controller, context());
    if (!m_endpointSummaryText.isEmpty())
        report += QLatin1Char('\n') + tr("Endpoints: %1").arg(m_endpointSummaryText) + QLatin1Char('\n');
    return report;
}

void ReadinessPanel::appendLog(const QString &line)
{
    m_log->appendLine(line);
}

QString ReadinessPanel::logText() const
{
    return m_log->toPlainText();
}

int ReadinessPanel::logLineCount() const
{
    return m_log->lineCount();
}

bool ReadinessPanel::saveLog(const QString &path, QString *error) const
{
    // A technical header, like the lines below: the same in every language.
    const ReadinessController *c = m_controller;
    const QString header = QStringLiteral("# focus-waterfall request log; server %1; job %2; state %3; diagnosis %4\n"
                                          "# wall time, method, path, status, latency, bytes\n")
                               .arg(m_server.isEmpty() ? QStringLiteral("-") : m_server,
                                    c && !c->jobId().isEmpty() ? c->jobId() : QStringLiteral("-"),
                                    jobStateName(c ? c->state() : JobState::Idle),
                                    diagnosisCode().isEmpty() ? QStringLiteral("-") : diagnosisCode());
    return m_log->save(path, header, error);
}

void ReadinessPanel::saveLogInteractively()
{
    const QString job =
        m_controller && !m_controller->jobId().isEmpty() ? m_controller->jobId() : QStringLiteral("job");
    const QString path =
        // Job ids repeat over time (counters restart with the server): the start time makes the name the job's.
        QFileDialog::getSaveFileName(this, tr("Save request log"),
                                     QStringLiteral("focus-%1-%2-requests.log").arg(job, jobStart().toString(QStringLiteral("yyyyMMdd-HHmmss"))),
                                     tr("Log files (*.log *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveLog(path, &error))
        QMessageBox::warning(this, tr("Save request log"), tr("Could not save %1: %2").arg(ltr(path), error));
}

} // namespace wf
