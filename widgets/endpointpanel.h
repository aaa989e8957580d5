#pragma once
// EndpointPanel: which endpoints of the contract the server has, as badges with the evidence on
// hover, and a summary line that tells the incident's story at a glance. It also re-probes on its
// own timer (off by default), logs every state change with its time, and shows /live_metadata and
// /channels beside the routes.
#include "api/models.h"
#include "net/prober.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeWidget;

namespace wf {

class RequestLogView;

class EndpointPanel : public QWidget
{
    Q_OBJECT
  public:
    explicit EndpointPanel(QWidget *parent = nullptr);

    void setProbing(bool probing);
    void setResult(const ProbeResult &result);
    std::optional<ProbeResult> result() const { return m_result; }
    QString summaryText() const;
    QString markdownTable() const;

    // Seconds between automatic probes; 0 turns them off (the default: real servers are shared).
    void setAutoProbeInterval(int seconds);
    int autoProbeInterval() const;
    // What /live_metadata and /channels said; nullopt = that request failed. metadataShape: the
    // evidence when /live_metadata answered in a shape this viewer does not know (a note, not a failure).
    void setServerInfo(const std::optional<LiveMetadata> &metadata, const std::optional<ChannelRange> &channels,
                       const QString &metadataShape = QString());
    QStringList stateChangeLog() const; // one line per change, oldest first

  signals:
    void reprobeRequested();

  protected:
    void changeEvent(QEvent *event) override;

  private:
    void retranslate();
    void rebuild();
    void rebuildServerInfo();
    void logChanges(const std::optional<ProbeResult> &previous, const ProbeResult &current);
    void onAutoToggled(bool on);

    QLabel *m_title;
    QLabel *m_summary;
    QPushButton *m_reprobe;
    QPushButton *m_copy;
    QTreeWidget *m_tree;
    QCheckBox *m_auto;
    QSpinBox *m_interval;
    QTimer *m_autoTimer;
    QGroupBox *m_serverBox;
    QFormLayout *m_serverForm;
    QLabel *m_fiberState;
    QLabel *m_version;
    QLabel *m_fiber;
    QLabel *m_dx;
    QLabel *m_prr;
    QLabel *m_channelCount;
    QLabel *m_channelRange;
    QLabel *m_notes; // what the server said that does not fit: an observation, never an alarm
    QLabel *m_logTitle;
    RequestLogView *m_log;
    std::optional<ProbeResult> m_result;
    std::optional<LiveMetadata> m_metadata;
    std::optional<ChannelRange> m_channels;
    QString m_metadataShape;
    bool m_serverInfoSet = false;
    bool m_probing = false;
};

QColor endpointStateColor(EndpointState state);

} // namespace wf
