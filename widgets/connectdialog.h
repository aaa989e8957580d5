#pragma once
// ConnectDialog: File → Connect to server. The server URL (with the remembered list) and how to
// trust its certificate: the system's authorities, a CA file, a pinned SHA-256 fingerprint (fetched
// from the server and shown for the user to compare), or no verification at all (marked insecure).
// The pin or CA file is remembered per server in the QSettings the caller passes; insecure never is.
#include "net/tlsoptions.h"

#include <QDialog>
#include <QUrl>
#include <memory>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSettings;

namespace wf {

class FocusClient;

class ConnectDialog : public QDialog
{
    Q_OBJECT
  public:
    ConnectDialog(QSettings &settings, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    void setServer(const QString &url); // shows what is remembered for it
    QString serverText() const;
    void setTls(const TlsOptions &tls);
    // The choice as entered; false with words in `error` when it is not usable.
    bool choice(QUrl &server, TlsOptions &tls, QString &error) const;
    // Validates, remembers the server and its trust, and closes. What the OK button does.
    bool commit(QString *error = nullptr);
    void fetchFingerprint();           // asks the server for its certificate (asynchronous)
    QString fingerprintNote() const;   // what fetchFingerprint found, in words

  signals:
    void fingerprintFetched(const QString &fingerprint); // empty when none could be read

  protected:
    void changeEvent(QEvent *event) override;

  private:
    void retranslate();
    void refreshEnabled();

    QSettings &m_settings;
    QComboBox *m_server;
    QLabel *m_serverLabel;
    QLabel *m_trustLabel;
    QButtonGroup *m_modes;
    QRadioButton *m_system;
    QRadioButton *m_ca;
    QRadioButton *m_pin;
    QRadioButton *m_insecure;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    QLineEdit *m_pinEdit;
    QPushButton *m_fetch;
    QLabel *m_note;
    QLabel *m_saved;
    QPushButton *m_ok;
    QPushButton *m_cancel;
    std::unique_ptr<FocusClient> m_probe;
    QString m_fetched;
    bool m_fetchFailed = false;
};

} // namespace wf
