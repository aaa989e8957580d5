#pragma once
// LanguageMenu: the menu bar's Language menu — English or עברית (the one in use ticked) and
// "Switch language" (Ctrl+L: the other one); it asks for a language, the application switches.
#include <QMenu>

namespace wf {

class LanguageMenu : public QMenu
{
    Q_OBJECT
  public:
    LanguageMenu(const QString &language, QWidget *parent = nullptr); // "en" / "he": ticked
    QAction *switchAction() const { return m_switch; } // also the window's, for Ctrl+L without a menu bar
    void retranslate();

  signals:
    void languageRequested(const QString &lang);

  private:
    QAction *m_english;
    QAction *m_hebrew;
    QAction *m_switch;
};

} // namespace wf
