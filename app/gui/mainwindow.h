#pragma once
// MainWindow: composes the panels; owns no logic of its own beyond wiring.
#include "focusclient.h"

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QMenu;

namespace wf {

class EndpointPanel;
class EndpointProber;

class MainWindow : public QMainWindow
{
    Q_OBJECT
  public:
    MainWindow(FocusClient *client, const QString &serverLabel, const QString &language, QWidget *parent = nullptr);

    EndpointPanel *endpointPanel() const { return m_endpoints; }
    void probe();

  signals:
    void languageRequested(const QString &lang);

  protected:
    void changeEvent(QEvent *event) override;

  private:
    void retranslate();

    FocusClient *m_client;
    QString m_serverLabel;
    EndpointProber *m_prober;
    EndpointPanel *m_endpoints;
    QLabel *m_serverStatus;
    QLabel *m_insecureBadge;
    QMenu *m_fileMenu;
    QMenu *m_languageMenu;
    QAction *m_quit;
    QAction *m_english;
    QAction *m_hebrew;
};

} // namespace wf
