#pragma once
// Help → Keyboard shortcuts and Help → About: read off the window itself (every action that has
// a key), so the list never drifts from what the keys do.
#include <QDialog>

class QTableWidget;
class QLabel;

namespace wf {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
  public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    // Each action of `window` (and its children) with a shortcut: its words, without the menu's
    // '&', and its keys in the platform's notation; sorted as they appear in the menus.
    static QList<QPair<QString, QString>> shortcutsOf(const QWidget *window);

  private:
    QTableWidget *m_table;
};

class AboutDialog : public QDialog
{
    Q_OBJECT
  public:
    explicit AboutDialog(QWidget *parent = nullptr);
    QString text() const; // what it says (tests)

  private:
    QLabel *m_text;
};

} // namespace wf
