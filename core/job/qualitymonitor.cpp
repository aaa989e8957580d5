#include "job/qualitymonitor.h"

#include "job/readinesscontroller.h"

#include <algorithm>

namespace wf {

QualityMonitor::QualityMonitor(ReadinessController *controller, JobApi *api, QObject *parent)
    : QObject(parent), m_controller(controller), m_api(api)
{
    connect(controller, &ReadinessController::stateChanged, this, &QualityMonitor::onState);
    connect(controller, &ReadinessController::timelineChanged, this, &QualityMonitor::onTimeline);
    connect(controller, &ReadinessController::rowsReceivedBlocks, this,
            [this](const std::shared_ptr<const WaterfallBlocks> &blocks) {
                if (!blocks)
                    return;
                m_checker.addBlocks(*blocks, now());
                emit updated();
            });
    connect(controller, &ReadinessController::streamRangeMismatch, this, [this] {
        m_checker.observeRangeViolation(now());
        emit updated();
    });
    connect(controller, &ReadinessController::malformedReply, this, [this] {
        m_checker.observeMalformedReply(now());
        emit updated();
    });
}

QualityMonitor::~QualityMonitor()
{
    if (m_metadataCall && m_api)
        m_api->abort(m_metadataCall);
}

void QualityMonitor::setThresholds(const QualityThresholds &thresholds)
{
    m_thresholds = thresholds;
    m_checker.setThresholds(thresholds);
    emit updated();
}

void QualityMonitor::setMetadataIntervalMs(int ms)
{
    m_metadataIntervalMs = std::max(ms, 0);
    if (m_metadataIntervalMs == 0)
        stopSampling();
}

void QualityMonitor::armSampling()
{
    if (m_metadataIntervalMs <= 0)
        return;
    m_sampleTimer = m_controller->clock()->callAfter(m_metadataIntervalMs, this, [this] {
        m_sampleTimer = 0;
        sampleMetadata();
        armSampling();
    });
}

void QualityMonitor::stopSampling()
{
    if (m_sampleTimer)
        m_controller->clock()->cancel(m_sampleTimer);
    m_sampleTimer = 0;
}

qint64 QualityMonitor::now() const
{
    return m_controller->elapsedMs();
}

void QualityMonitor::onState()
{
    const JobState s = m_controller->state();
    if (s == JobState::Configuring) {
        stopSampling();
        m_checker.reset(m_controller->request(), m_thresholds);
        m_consumerSeen = false;
        emit restarted();
        return;
    }
    if (s == JobState::WaitingForConsumer && m_api && m_metadataIntervalMs > 0 && !m_sampleTimer) {
        sampleMetadata();
        armSampling();
    }
    if (!isTerminal(s))
        return;
    stopSampling();
    if (m_metadataCall && m_api)
        m_api->abort(m_metadataCall);
    m_metadataCall = 0;
    m_sampling = false;
    // A consumer that never came is slow only once the threshold has passed without it.
    const JobTimeline &t = m_controller->timeline();
    if (!m_consumerSeen && t.configured) {
        const qint64 waited = now() - *t.configured;
        const bool stream = m_controller->rowSource() == RowSourceKind::Grpc;
        if (waited > (stream ? m_thresholds.streamConsumerCreationMs : m_thresholds.consumerCreationMs))
            m_checker.observeConsumerCreation(std::nullopt, now(), stream);
    }
    emit updated();
}

void QualityMonitor::onTimeline()
{
    const JobTimeline &t = m_controller->timeline();
    if (m_consumerSeen || !t.consumerReady)
        return;
    m_consumerSeen = true;
    m_checker.observeConsumerCreation(*t.consumerReady, now(), m_controller->rowSource() == RowSourceKind::Grpc);
    emit updated();
}

void QualityMonitor::sampleMetadata()
{
    if (!m_api || m_sampling)
        return;
    m_sampling = true;
    const JobApi::Id id = m_api->liveMetadata([this](const Reply<LiveMetadata> &r) {
        m_sampling = false;
        m_metadataCall = 0;
        if (!r.value)
            return; // failures are the endpoint panel's and the request log's business
        m_controller->observe(r.info.route, r.value->quirks);
        m_checker.observeMetadata(*r.value, now());
        emit updated();
    });
    // The answer may have come already (a replay answers at once); 0: this source has no metadata.
    if (m_sampling)
        m_metadataCall = id;
    if (id == 0)
        m_sampling = false;
}

} // namespace wf
