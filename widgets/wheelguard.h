#pragma once
// WheelGuard: spin boxes, combos and date fields take the mouse wheel only when focused. Scrolling
// a panel over its form used to change channels, NFFT or a date's month, silently (and the form is
// remembered and reused by --autostart). An unfocused field passes the wheel on to its panel,
// which scrolls. Thread: GUI thread.
#include <QObject>

class QWidget;

namespace wf {

class WheelGuard : public QObject
{
    Q_OBJECT
  public:
    // Guards every spin box, combo and date field under `root` (those that exist now); the guard
    // is a child of `root`.
    static void install(QWidget *root);

  protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

  private:
    using QObject::QObject;
};

} // namespace wf
