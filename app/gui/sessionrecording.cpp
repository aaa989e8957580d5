#include "sessionrecording.h"

#include "apptext.h"

namespace wf {

SessionRecording::SessionRecording(JobRecording *recording, QObject *parent) : QObject(parent), m_recording(recording)
{
    connect(recording, &JobRecording::changed, this, &SessionRecording::changed);
    connect(recording, &JobRecording::stopped, this,
            [this](const RecordingNews &news) { emit stopped(AppText::recordingNews(news), news.failed()); });
}

bool SessionRecording::start(const QString &path, const SessionHeader &provisional, QString *error)
{
    RecordingNews news;
    if (m_recording->start(path, provisional, &news))
        return true;
    if (error)
        *error = AppText::recordingNews(news);
    return false;
}

} // namespace wf
