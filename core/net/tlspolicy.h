#pragma once
// TlsPolicy: how FocusClient's calls trust a server, from its TlsOptions: the TLS configuration its
// requests carry (the system's CAs, or a CA file's too), which certificate errors a call ignores
// (all when insecure, none but the pinned certificate's when pinned), and when a pin refuses one.
// Owner: FocusClient. Thread: its. Technical words only (they go into CallInfo::transportDetail).
#include "net/tlsoptions.h"

#include <QSslConfiguration>

namespace wf {

class TlsPolicy
{
  public:
    explicit TlsPolicy(const TlsOptions &options);

    const QSslConfiguration &configuration() const { return m_ssl; }
    // Why the CA file gave no certificate; empty when it did (or there is none): every call fails with it.
    const QString &caLoadError() const { return m_caLoadError; }
    // A handshake's certificate errors are ignored: insecure, or `peer` is the pinned certificate.
    bool ignoresErrorsFrom(const QSslCertificate &peer) const;
    // Pinned and `peer` (or the certificate of this fingerprint; empty: unknown) is another one.
    bool refuses(const QSslCertificate &peer) const;
    bool refusesFingerprint(const QString &peerFingerprint) const;
    // Pinned: why a certificate of `peerFingerprint` was refused; empty when not pinned.
    QString pinMismatch(const QString &peerFingerprint) const;
    QString pinnedFingerprint() const; // "AB:CD:..."; empty when not pinned

  private:
    TlsOptions m_options;
    QSslConfiguration m_ssl;
    QString m_caLoadError;
};

} // namespace wf
