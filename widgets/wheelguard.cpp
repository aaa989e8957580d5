#include "wheelguard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace wf {

void WheelGuard::install(QWidget *root)
{
    auto *guard = new WheelGuard(root);
    guard->setObjectName(QStringLiteral("wheelGuard"));
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!qobject_cast<QAbstractSpinBox *>(w) && !qobject_cast<QComboBox *>(w))
            continue; // (QDateTimeEdit is a spin box)
        w->setFocusPolicy(Qt::StrongFocus); // a click or Tab focuses it; the wheel alone does not
        w->installEventFilter(guard);
    }
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    auto *w = qobject_cast<QWidget *>(watched);
    if (event->type() == QEvent::Wheel && w && !w->hasFocus()) {
        // Not this field's: the panel under it scrolls instead (the event goes up from its parent).
        if (QWidget *parent = w->parentWidget())
            QCoreApplication::sendEvent(parent, event);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace wf
