#pragma once
// QualityMonitor: runs the data-quality checks on the job a ReadinessController follows: every
// reply's blocks as they arrive, /live_metadata sampled while the job runs, and the consumer's
// creation time against its threshold. Owner: focusctl watch or the GUI's main window; lives on
// their thread. Invariants: the checker is reset when the controller starts a new job; nothing is
// sampled after the job reached a terminal state; sampling runs on the controller's Clock, so a
// replay on a virtual clock samples when the recorded session did.
#include "net/jobapi.h"
#include "data/quality.h"

#include <QObject>

namespace wf {

class ReadinessController;

class QualityMonitor : public QObject
{
    Q_OBJECT
  public:
    // `api` may be null (no metadata sampling); neither is owned.
    QualityMonitor(ReadinessController *controller, JobApi *api, QObject *parent = nullptr);
    ~QualityMonitor() override;

    void setThresholds(const QualityThresholds &thresholds);
    const QualityThresholds &thresholds() const { return m_thresholds; }
    void setMetadataIntervalMs(int ms); // 0 turns sampling off; default 2000
    const QualityChecker &checker() const { return m_checker; }

  signals:
    void updated();    // a count or a detail changed
    void restarted();  // a new job began: every count is back to zero

  private:
    void onState();
    void onTimeline();
    void sampleMetadata();
    void armSampling();
    void stopSampling();
    qint64 now() const;

    ReadinessController *m_controller;
    JobApi *m_api;
    QualityChecker m_checker;
    QualityThresholds m_thresholds;
    int m_metadataIntervalMs = 2000;
    quint64 m_sampleTimer = 0; // a Clock handle, 0 when not sampling
    JobApi::Id m_metadataCall = 0;
    bool m_consumerSeen = false;
    bool m_sampling = false; // a /live_metadata call is out
};

} // namespace wf
