#pragma once
// WaterfallTraces: the two linked trace plots under the waterfall: the line under the cursor across
// the channels shown ("rowTrace") and the channel under it through the lines shown ("channelTrace").
// Before a row is picked they show the job's ranges, not 1970: the channels of the job, and the 30 s
// up to the newest line held (or, empty, up to the job's first line: a historic job or a replay is
// not "now"). Axes left to right whatever the language; the plots follow the palette and the
// language themselves. Owner: WaterfallPanel; GUI thread.
#include <QWidget>

#include <vector>

class QCustomPlot;

namespace wf {

class RowStore;

class WaterfallTraces : public QWidget
{
    Q_OBJECT
  public:
    explicit WaterfallTraces(QWidget *parent = nullptr);

    static constexpr int kTraceHeight = 110; // each plot's minimum height

    // A new history (job, replay, clear): the empty traces on the job's channels and times.
    void resetForHistory(const RowStore &store, int channelLo, int channelHi);
    // Lines were appended: the empty channel trace's time axis takes the job's first line.
    void linesAppended(const RowStore &store);
    // Line `seq` across channels first..last (when still held), channel `channel` through `lines`.
    void showLineAndChannel(const RowStore &store, qint64 seq, int channel, int firstChannel, int lastChannel,
                            const std::vector<qint64> &lines);

  protected:
    void changeEvent(QEvent *event) override;

  private:
    void retranslate();

    QCustomPlot *m_rowTrace;
    QCustomPlot *m_channelTrace;
    bool m_rangePending = true; // the channel trace's time axis waits for the job's first line
};

} // namespace wf
