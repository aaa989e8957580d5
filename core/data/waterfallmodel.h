#pragma once
// WaterfallModel: what a waterfall view shows, kept apart from the view: the job's row history
// (rows shaped by a RowShaper into a RowStore), its automatic contrast (ContrastTracker), the history of a job followed in the
// background, and the arrival rate. Fed by one RowSource at a time; told the job's geometry by it.
// Owner: the waterfall panel (or a headless consumer such as the soak). Thread: the source's.
// Invariants: the store's channel range is the geometry's; the contrast window holds lines of the
// history shown; at most one background history is kept; arrival times are the source's clock.
#include "data/levels.h"
#include "data/playout.h"
#include "data/rowshape.h"
#include "data/rowsource.h"
#include "data/rowstore.h"

#include <QObject>
#include <QPointer>
#include <deque>
#include <memory>
#include <optional>

namespace wf {

class WaterfallModel : public QObject
{
    Q_OBJECT
  public:
    explicit WaterfallModel(QObject *parent = nullptr);
    ~WaterfallModel() override;

    // What becomes of the source followed before attach().
    enum class Previous {
        Drop,            // its rows go
        KeepInBackground // its rows go on into a history of their own, shown again when it is
                         // attached again (the live job behind a replay); at most one is kept
    };
    // Follows the source's rows; the history starts over with the next job the source tells (or,
    // attached mid-job, with its next batch). Not owned; replaces the source followed before
    // (nullptr: none). Attaching the source kept in the background shows its history again, with
    // the rows that arrived meanwhile.
    void attach(RowSource *source, Previous previous = Previous::Drop);
    RowSource *source() const { return m_source; }

    void setHistoryBudgetBytes(qint64 bytes); // default RowStore::kDefaultBudgetBytes; resets the history
    void resetJob(const RowGeometry &geometry);
    // What attach() does with each batch; public for tests and replays shown without a source.
    void appendBlocks(const WaterfallBlocks &blocks, const RowArrival &arrival);
    void appendBlocks(const WaterfallBlocks &blocks) { appendBlocks(blocks, RowArrival{now(), std::nullopt}); }
    void clear(); // drops the lines and the contrast window; keeps the geometry
    // How rows of frequency bins become one value per channel, from now on (stored lines keep theirs).
    void setBinReduction(BinReduction mode, int bin);

    const RowStore &store() const { return *m_store; }
    const RowShaper &shaper() const { return m_shaper; }
    const RowGeometry &geometry() const { return m_geometry; }
    ContrastTracker &contrast() { return m_contrast; }
    const ContrastTracker &contrast() const { return m_contrast; }
    // The playout of the history shown: told every batch's arrival and newest row; a view advances
    // it on now() (the source's clock, so a replay plays at its speed factor).
    Playout &playout() { return m_playout; }
    const Playout &playout() const { return m_playout; }
    double rowsPerSecond() const;                          // over the last 5 s of arrivals
    std::optional<double> latencyMs() const { return m_latencyMs; } // of the newest batch that said
    qint64 now() const;                                   // the source's clock (own clock without one)

  signals:
    void historyReplaced(); // reset, or a background history swapped in: geometry and store are new
    void linesAppended();   // lines were added to the history shown

  private:
    struct Background {
        QPointer<RowSource> source;
        std::unique_ptr<RowStore> store;
        RowGeometry geometry;
        bool resetPending = false;
    };
    void dropBackground();
    void refillContrast();
    void appendTo(RowStore &store, const RowGeometry &geometry, const WaterfallBlocks &blocks);
    void connectBackground();

    ContrastTracker m_contrast;
    qint64 m_budget = RowStore::kDefaultBudgetBytes;
    std::unique_ptr<RowStore> m_store;
    RowGeometry m_geometry;
    RowShaper m_shaper; // source -> shaper -> store, for the history shown and the one in the background
    std::optional<Background> m_background;
    QPointer<RowSource> m_source;
    bool m_resetPending = false; // attached mid-job: the next batch starts the history over
    std::optional<double> m_latencyMs;
    Playout m_playout;
    std::deque<std::pair<qint64, qint64>> m_arrivals; // (ms, rows) over the last seconds
    std::unique_ptr<Clock> m_ownClock;
};

} // namespace wf
