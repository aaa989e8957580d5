// WaterfallPanel, the keyboard: one action per way through the waterfall, each with its key, so
// that a demo needs no mouse. The window lists them (Waterfall menu, Help → Keyboard shortcuts).
#include "waterfallpanel.h"

#include "waterfallplot.h"

#include <QAction>
#include <QPushButton>

namespace wf {

void WaterfallPanel::buildKeyboardActions()
{
    auto add = [this](const char *name, const QList<QKeySequence> &keys, auto slot) {
        auto *a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut); // wherever the focus is in the panel's window
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        m_keyActions.append(a);
        return a;
    };
    add("pauseLive", {QKeySequence(Qt::Key_Space)}, [this] { m_pause->toggle(); });
    add("newest", {QKeySequence(Qt::Key_Home)}, [this] { m_plot->goLive(); });
    add("oldest", {QKeySequence(Qt::Key_End)}, [this] { m_plot->showOldest(); });
    add("pageNewer", {QKeySequence(Qt::Key_PageUp)}, [this] { m_plot->pageThroughHistory(-1); });
    add("pageOlder", {QKeySequence(Qt::Key_PageDown)}, [this] { m_plot->pageThroughHistory(1); });
    add("zoomIn", {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal), QKeySequence::ZoomIn},
        [this] { m_plot->zoomBy(0.8); });
    add("zoomOut", {QKeySequence(Qt::Key_Minus), QKeySequence::ZoomOut}, [this] { m_plot->zoomBy(1.25); });
    add("resetZoom", {QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { m_plot->resetZoom(); });
    add("export", {QKeySequence(Qt::CTRL | Qt::Key_E)}, [this] { m_export->showMenu(); });
}

void WaterfallPanel::retranslateKeyboardActions()
{
    const QStringList texts{tr("Pause / live"),          tr("Newest rows (live)"), tr("Oldest rows in the history"),
                            tr("A page newer"),          tr("A page older"),       tr("Zoom in"),
                            tr("Zoom out"),              tr("Reset zoom"),         tr("Export…")};
    for (int i = 0; i < m_keyActions.size() && i < texts.size(); ++i)
        m_keyActions[i]->setText(texts[i]);
}

} // namespace wf
