#include "mainwindow.h"

#include "apptext.h"
#include "endpointpanel.h"
#include "prober.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

namespace wf {

MainWindow::MainWindow(FocusClient *client, const QString &serverLabel, const QString &language, QWidget *parent)
    : QMainWindow(parent), m_client(client), m_serverLabel(serverLabel), m_prober(new EndpointProber(client, this)),
      m_endpoints(new EndpointPanel(this)), m_serverStatus(new QLabel(this)), m_insecureBadge(new QLabel(this))
{
    setCentralWidget(m_endpoints);
    m_insecureBadge->setStyleSheet(QStringLiteral("QLabel { background: #c62828; color: white; padding: 2px 6px; font-weight: bold; }"));
    m_insecureBadge->setVisible(client->options().tls.insecure());
    statusBar()->addWidget(m_serverStatus, 1);
    statusBar()->addPermanentWidget(m_insecureBadge);

    m_fileMenu = menuBar()->addMenu(QString());
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);
    m_languageMenu = menuBar()->addMenu(QString());
    auto *group = new QActionGroup(this);
    m_english = m_languageMenu->addAction(QStringLiteral("English"));
    m_hebrew = m_languageMenu->addAction(QStringLiteral("עברית"));
    for (QAction *a : {m_english, m_hebrew}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    (language == QLatin1String("he") ? m_hebrew : m_english)->setChecked(true);
    connect(m_english, &QAction::triggered, this, [this] { emit languageRequested(QStringLiteral("en")); });
    connect(m_hebrew, &QAction::triggered, this, [this] { emit languageRequested(QStringLiteral("he")); });

    connect(m_endpoints, &EndpointPanel::reprobeRequested, this, &MainWindow::probe);
    connect(m_prober, &EndpointProber::finished, m_endpoints, &EndpointPanel::setResult);
    resize(1100, 640);
    retranslate();
}

void MainWindow::probe()
{
    m_endpoints->setProbing(true);
    m_prober->start();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const bool insecure = m_client->options().tls.insecure();
    setWindowTitle(insecure ? tr("Focus Waterfall Viewer — INSECURE TLS") : tr("Focus Waterfall Viewer"));
    m_fileMenu->setTitle(tr("&File"));
    m_quit->setText(tr("&Quit"));
    m_languageMenu->setTitle(tr("&Language"));
    m_serverStatus->setText(tr("Server: %1").arg(m_serverLabel));
    m_insecureBadge->setText(tr("TLS verification OFF"));
    m_insecureBadge->setToolTip(AppText::insecureWarning());
}

} // namespace wf
