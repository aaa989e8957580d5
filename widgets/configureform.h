#pragma once
// ConfigureForm: every parameter of POST /configure, bounded by /channels and annotated with the
// distances /live_metadata gives. What the user types stays as typed: every problem is named in
// words beside its field as they type (red text, red frame, tool tip), and the request is emitted
// only when validate() finds none. Talks to no server: its owner answers recordingsRequested and
// reports rejections back.
#include "api/models.h"
#include "job/readinesscontroller.h"
#include "fielderrormarks.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>
#include <optional>
#include <vector>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSettings;
class QSpinBox;

namespace wf {

class FormDoubleSpinBox;
class FormSpinBox;
class NfftBox;
class RejectionNote;
class TimeWindowBox;

class ConfigureForm : public QWidget
{
    Q_OBJECT
  public:
    explicit ConfigureForm(QWidget *parent = nullptr);

    ConfigureRequest request() const;
    void setRequest(const ConfigureRequest &request);
    // The one home of the form's rules: an emptied field (required), core's validateConfigure and the
    // fiber's channel range from /channels.
    std::vector<ConfigViolation> validate() const;
    // The translated sentences for validate()'s violations, each naming its field.
    QStringList violationTexts() const;
    // What the form shows beside a field, one sentence a line (empty: nothing wrong).
    QString fieldErrorText(ConfigField field) const;

    void setChannelRange(const ChannelRange &range);
    void setLiveMetadata(const LiveMetadata &metadata);
    void setBusy(bool busy);
    // A refusal by the server (404 no recording, 422 invalid, 503 waiting for fiber, ...).
    void showServerRejection(int httpStatus, const QString &message);
    void clearServerRejection();
    QString serverRejectionText() const;

    // Where the job's rows are read (a reading setting, not part of the request); remembered.
    RowsFrom rowsFrom() const;
    void setRowsFrom(RowsFrom rowsFrom);
    // How long after configure the job's gRPC stream may refuse connections (whole seconds, 1-600);
    // remembered. ReadinessSettings::streamReadyTimeoutMs of the jobs started from the form.
    int streamReadyTimeoutMs() const;
    void setStreamReadyTimeoutMs(int ms);

    void saveSettings(QSettings &settings) const;
    void loadSettings(QSettings &settings);

  public slots:
    void setRecordings(const QList<wf::Recording> &recordings);
    void setRecordingsError(const QString &message);

  signals:
    void configureRequested(const wf::ConfigureRequest &request);
    void stopRequested(); // the button while busy: stop the job
    void recordingsRequested(qint64 startS, qint64 endS);

  protected:
    void changeEvent(QEvent *event) override;

  private:
    void buildLayout();
    void retranslate();
    ViewType view() const;
    void updateEnabled();
    void updateDistances();
    void updateBounds();
    void updateViolations();
    void updateFieldErrors(const std::vector<ConfigViolation> &violations);
    void onEdited();
    void onConfigureClicked();
    QString metres(int channel) const;

    QGroupBox *m_jobBox;
    QLabel *m_viewLabel;
    QComboBox *m_view;
    QLabel *m_channelsLabel;
    FormSpinBox *m_channelMin;
    FormSpinBox *m_channelMax;
    QLabel *m_channelsError;
    QLabel *m_distance;
    QLabel *m_bounds;
    QLabel *m_nfftLabel;
    NfftBox *m_nfft;
    QLabel *m_nfftError;
    QLabel *m_freqLabel;
    FormDoubleSpinBox *m_freqMin;
    FormDoubleSpinBox *m_freqMax;
    QLabel *m_freqError;
    QLabel *m_heightLabel;
    FormSpinBox *m_height;
    QLabel *m_heightError;
    QLabel *m_timeAxisLabel;
    FormDoubleSpinBox *m_timeAxis;
    QLabel *m_timeAxisError;
    QLabel *m_rowsFromLabel;
    QComboBox *m_rowsFrom;
    QLabel *m_streamReadyLabel;
    QSpinBox *m_streamReady;

    TimeWindowBox *m_time;

    QLabel *m_violations;
    RejectionNote *m_rejection;
    QPushButton *m_configure;

    FieldErrorMarks m_marks; // each field's errors: its label, its frame, its tool tip
    std::optional<ChannelRange> m_channelRange;
    std::optional<LiveMetadata> m_metadata;
    bool m_showViolations = false;
    bool m_busy = false;
};

} // namespace wf
