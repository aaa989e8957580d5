#pragma once
// JobParamsView: the server, the job id and the parameters the job was configured with (view,
// channels, nfft, frequency, height, time axis, live or historic window, lines_dt), selectable so
// a tester can copy any of them. Retranslates itself on a language change.
#include "job/readinesscontroller.h"

#include <QGroupBox>
#include <QPointer>
#include <array>

class QGridLayout;
class QHBoxLayout;
class QLabel;

namespace wf {

class JobParamsView : public QGroupBox
{
    Q_OBJECT
  public:
    enum Field { Server, JobId, View, Channels, Nfft, Freq, Height, Duration, Window, LinesDt, FieldCount };

    explicit JobParamsView(QWidget *parent = nullptr);

    void setServer(const QString &url, bool insecure);
    void setJob(const ReadinessController *controller); // null or idle: no job
    QString value(Field field) const;
    bool insecureShown() const;
    // Two name/value pairs per row (default) or one, for a narrow panel.
    void setTwoColumns(bool two);
    bool twoColumns() const { return m_twoColumns; }

  protected:
    void changeEvent(QEvent *event) override;

  private:
    void retranslate();
    void place(bool two);
    void refresh();

    QPointer<const ReadinessController> m_controller;
    QString m_server;
    bool m_insecure = false;
    std::array<QLabel *, FieldCount> m_name{};
    std::array<QLabel *, FieldCount> m_value{};
    QLabel *m_insecureMark;
    QGridLayout *m_grid = nullptr;
    QHBoxLayout *m_serverRow = nullptr;
    bool m_twoColumns = true;
};

} // namespace wf
