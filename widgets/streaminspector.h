#pragma once
// StreamInspector: the frame inspector of a job read from its gRPC DataStream. One column per
// stream: its channels, when it connected and sent its first frame, frames and lines, the latest
// frame's shape and bytes, the server's colour scale (global_minimum/maximum and its changes) beside
// the values as we read them (data: never marked against the scale), rate, reconnects and bad frames,
// and, once non-zero, frames this viewer dropped and scales that were not finite — so a tester pointing
// the viewer at a real server sees at once whether our reading of the bytes fits it. Hidden unless the
// rows come from the stream. GUI thread.
#include <QGroupBox>

class QLabel;
class QTableWidget;

namespace wf {

class ReadinessController;
struct StreamStatus;

class StreamInspector : public QGroupBox
{
    Q_OBJECT
  public:
    explicit StreamInspector(QWidget *parent = nullptr);

    void refresh(const ReadinessController *controller); // null or a REST job: hidden
    QString cellText(int field, int stream) const;        // for tests
    bool fieldShown(int field) const;                      // for tests: rare counters show once non-zero
    static constexpr int kFramesDroppedField = 13, kNonFiniteScalesField = 14;
    // "0 – 1143.47, changed 3 times, last at row 291": the scale the server keeps for its colours.
    static QString scaleText(const StreamStatus &status);
    int streamCount() const;

  protected:
    void changeEvent(QEvent *event) override;

  private:
    void retranslate();

    QLabel *m_summary;
    QTableWidget *m_table;
    const ReadinessController *m_last = nullptr;
};

} // namespace wf
