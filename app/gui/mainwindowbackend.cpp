// MainWindow, the backend ladder's part: Job → Backend access…, the access saved per server (no
// password: that is the keyring's, or this session's), the password asked once per session where no
// keyring has it, and the BackendWatch that reads the live job's backend for the job panel and the
// report. The demo's simulated backend is used without saving anything (useBackendAccess).
#include "mainwindow.h"

#include "apptext.h"
#include "backend/backendsettings.h"
#include "backendaccessdialog.h"
#include "job/backendwatch.h"
#include "passwordstore.h"
#include "readinesspanel.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QSettings>
#include <QStatusBar>

namespace wf {

PasswordStore &MainWindow::passwords()
{
    // One per process: a password asked once is kept for every window of this session.
    static PasswordStore *store = new PasswordStore(QCoreApplication::instance());
    return *store;
}

void MainWindow::loadBackendAccess()
{
    QSettings settings;
    m_savedBackend = wf::loadBackendAccess(settings, QUrl(m_setup.serverUrl));
    m_backendPasswordNeeded = false;
    if (!m_savedBackend) {
        m_backend->setAccess(std::nullopt);
        return;
    }
    BackendAccess access = *m_savedBackend;
    if (!access.readsRabbit()) {
        m_backend->setAccess(access);
        return;
    }
    // Kubernetes at once; the broker when its password is known.
    BackendAccess withoutBroker = access;
    withoutBroker.rabbitUrl = QUrl();
    m_backend->setAccess(withoutBroker);
    passwords().read(backendPasswordKey(access), [this, guard = QPointer<MainWindow>(this), access](std::optional<QString> password) mutable {
        if (!guard || !m_savedBackend || backendPasswordKey(*m_savedBackend) != backendPasswordKey(access))
            return;
        if (!password) {
            m_backendPasswordNeeded = true; // asked for when a job starts, once per session
            return;
        }
        access.rabbitPassword = *password;
        m_backend->setAccess(access);
    });
}

bool MainWindow::askBackendPassword()
{
    if (!m_backendPasswordNeeded || !m_savedBackend || m_demoBackend)
        return false;
    m_backendPasswordNeeded = false; // asked once: a cancel is an answer for this session
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("RabbitMQ password"),
        tr("The password of %1 on %2, for the job's ladder. No keyring is available: it is kept in memory until the viewer closes.")
            .arg(ltr(m_savedBackend->rabbitUser), ltr(m_savedBackend->rabbitUrl.toString())),
        QLineEdit::Password, QString(), &ok);
    if (!ok || password.isEmpty())
        return false;
    passwords().rememberForSession(backendPasswordKey(*m_savedBackend), password);
    BackendAccess access = *m_savedBackend;
    access.rabbitPassword = password;
    m_backend->setAccess(access);
    return true;
}

void MainWindow::useBackendAccess(const BackendAccess &access)
{
    m_demoBackend = true;
    m_savedBackend = access;
    m_backendPasswordNeeded = false;
    m_backend->setAccess(access);
}

void MainWindow::openBackendAccess()
{
    BackendAccessDialog dialog(ltr(m_setup.serverUrl), this);
    const std::optional<BackendAccess> &current = m_backend->access();
    std::optional<BackendAccess> shown = m_savedBackend;
    if (shown && current)
        shown->rabbitPassword = current->rabbitPassword;
    dialog.setAccess(shown, shown && shown->readsRabbit() && current && !current->rabbitPassword.isEmpty());
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings settings;
    if (dialog.forgetRequested()) {
        if (m_savedBackend && m_savedBackend->readsRabbit())
            passwords().forget(backendPasswordKey(*m_savedBackend));
        if (!m_demoBackend)
            forgetBackendAccess(settings, QUrl(m_setup.serverUrl));
        m_savedBackend.reset();
        m_backendPasswordNeeded = false;
        m_backend->setAccess(std::nullopt);
        statusBar()->showMessage(tr("Backend access forgotten for %1.").arg(ltr(m_setup.serverUrl)), 8000);
        return;
    }
    BackendAccess access;
    QString error;
    if (!dialog.access(access, error))
        return; // the dialog does not close on an error
    if (access.readsRabbit() && access.rabbitPassword.isEmpty() && current)
        access.rabbitPassword = current->rabbitPassword; // kept, not retyped
    if (!m_demoBackend)
        saveBackendAccess(settings, QUrl(m_setup.serverUrl), access);
    m_savedBackend = access;
    m_savedBackend->rabbitPassword.clear();
    m_backendPasswordNeeded = false;
    m_backend->setAccess(access);
    if (access.readsRabbit() && dialog.passwordTyped() && !m_demoBackend) {
        passwords().write(backendPasswordKey(access), access.rabbitPassword, [guard = QPointer<MainWindow>(this)](bool inKeyring, const QString &why) {
            if (!guard)
                return;
            guard->statusBar()->showMessage(inKeyring ? tr("The RabbitMQ password is in the desktop's keyring.")
                                                      : tr("No keyring took the RabbitMQ password (%1): it is kept in memory until the viewer closes.")
                                                            .arg(ltrUnderRtl(why)),
                                            10000);
        });
    }
    // A job already waiting is looked at with the new access at once.
    m_backend->lookNow(m_controller->state() == JobState::Failed);
}

} // namespace wf
