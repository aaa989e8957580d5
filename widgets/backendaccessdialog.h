#pragma once
// BackendAccessDialog: Job → Backend access…: what opens the followed server's backend to the ladder,
// read-only. The RabbitMQ management URL, user and password; the Kubernetes API URL (a `kubectl
// proxy` through an SSH tunnel is the documented way in), a bearer token file and the namespace.
// "Check access" asks the backend what needs no job (the broker answers, the live source, the
// focus-server pods). It stores nothing itself: the window saves the access (backendsettings.h) and
// gives the password to the PasswordStore.
#include "backend/backendclient.h"

#include <QDialog>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace wf {

class BackendAccessDialog : public QDialog
{
    Q_OBJECT
  public:
    explicit BackendAccessDialog(const QString &server, QWidget *parent = nullptr);
    ~BackendAccessDialog() override;

    // Shows a saved access; `passwordKnown`: the password field says it is kept and may stay empty.
    void setAccess(const std::optional<BackendAccess> &access, bool passwordKnown);
    // The access as entered (the password too, when typed); false with words in `error`.
    bool access(BackendAccess &out, QString &error) const;
    bool passwordTyped() const;
    bool forgetRequested() const { return m_forget; }
    void checkAccess();          // asynchronous; the result in note()
    QString note() const;

    QLineEdit *rabbitUrlEdit() const { return m_rabbitUrl; }
    QLineEdit *rabbitUserEdit() const { return m_rabbitUser; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *kubeUrlEdit() const { return m_kubeUrl; }
    QLineEdit *tokenFileEdit() const { return m_tokenFile; }
    QLineEdit *namespaceEdit() const { return m_namespace; }
    QPushButton *okButton() const { return m_ok; }

  signals:
    void checked(); // checkAccess() finished

  protected:
    void changeEvent(QEvent *event) override;

  private:
    void retranslate();
    QString m_serverText;
    bool m_passwordKnown = false;
    bool m_forget = false;
    QLabel *m_intro, *m_rabbitTitle, *m_kubeTitle, *m_rabbitUrlLabel, *m_userLabel, *m_passwordLabel;
    QLabel *m_kubeUrlLabel, *m_tokenLabel, *m_namespaceLabel, *m_tunnelHint, *m_note;
    QLineEdit *m_rabbitUrl, *m_rabbitUser, *m_password, *m_kubeUrl, *m_tokenFile, *m_namespace;
    QPushButton *m_browse, *m_check, *m_forgetButton, *m_ok, *m_cancel;
    std::unique_ptr<BackendClient> m_client;
};

} // namespace wf
