#pragma once
// TlsBadges: the status bar's word on how the server's certificate is trusted: a red "TLS
// verification OFF" badge when verification is off, the pinned SHA-256 fingerprint or the CA file
// when one of those is trusted, nothing for the system's CAs. Its texts are selectable (a tester
// pastes the fingerprint). Owner: the main window's status bar; GUI thread.
#include "net/tlsoptions.h"

#include <QWidget>

class QLabel;

namespace wf {

class TlsBadges : public QWidget
{
    Q_OBJECT
  public:
    // trustOrigin: "settings" when the pin is the one remembered for this server, else the command line's.
    TlsBadges(const TlsOptions &tls, const QString &trustOrigin, QWidget *parent = nullptr);
    void retranslate();

  private:
    TlsOptions m_tls;
    QString m_origin;
    QLabel *m_trust;
    QLabel *m_insecure;
};

} // namespace wf
