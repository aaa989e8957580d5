#pragma once
// ConfigureForm: every parameter of POST /configure, bounded by /channels and annotated with the
// distances /live_metadata gives. Emits a request only when core's validateConfigure accepts it;
// otherwise it names the wrong field in words. Talks to no server: its owner answers
// recordingsRequested and reports rejections back.
#include "models.h"
#include "readinesscontroller.h"

#include <QList>
#include <QStringList>
#include <QWidget>
#include <optional>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSettings;
class QSpinBox;

namespace wf {

class TimeWindowBox;

class ConfigureForm : public QWidget
{
    Q_OBJECT
  public:
    explicit ConfigureForm(QWidget *parent = nullptr);

    ConfigureRequest request() const;
    void setRequest(const ConfigureRequest &request);
    std::vector<ConfigViolation> validate() const;
    // The translated sentences for validate()'s violations, each naming its field.
    QStringList violationTexts() const;

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
    struct Rejection {
        int httpStatus = 0;
        QString message;
    };

    void buildLayout();
    void retranslate();
    ViewType view() const;
    void fillNfft();
    void selectNfft(int nfft);
    void updateEnabled();
    void updateDistances();
    void updateViolations();
    void onEdited();
    void onConfigureClicked();
    QString metres(int channel) const;

    QGroupBox *m_jobBox;
    QLabel *m_viewLabel;
    QComboBox *m_view;
    QLabel *m_channelsLabel;
    QSpinBox *m_channelMin;
    QSpinBox *m_channelMax;
    QLabel *m_distance;
    QLabel *m_bounds;
    QLabel *m_nfftLabel;
    QComboBox *m_nfft;
    QLabel *m_freqLabel;
    QDoubleSpinBox *m_freqMin;
    QDoubleSpinBox *m_freqMax;
    QLabel *m_heightLabel;
    QSpinBox *m_height;
    QLabel *m_timeAxisLabel;
    QDoubleSpinBox *m_timeAxis;
    QLabel *m_rowsFromLabel;
    QComboBox *m_rowsFrom;

    TimeWindowBox *m_time;

    QLabel *m_violations;
    QLabel *m_rejection;
    QPushButton *m_configure;

    std::optional<ChannelRange> m_channelRange;
    std::optional<LiveMetadata> m_metadata;
    std::optional<Rejection> m_rejected;
    int m_lastNfft = 1024; // the user's choice for the spectral views, kept across a waterfall detour
    bool m_showViolations = false;
    bool m_busy = false;
};

} // namespace wf
