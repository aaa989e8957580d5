#include "net/tlspolicy.h"

#include <QSslCertificate>

namespace wf {

TlsPolicy::TlsPolicy(const TlsOptions &options)
    : m_options(options), m_ssl(QSslConfiguration::defaultConfiguration())
{
    switch (m_options.mode) {
    case TlsOptions::Mode::CaFile: {
        QList<QSslCertificate> certs = QSslCertificate::fromPath(m_options.caFile, QSsl::Pem);
        if (certs.isEmpty())
            certs = QSslCertificate::fromPath(m_options.caFile, QSsl::Der);
        if (certs.isEmpty())
            m_caLoadError = QStringLiteral("no certificate could be read from %1").arg(m_options.caFile);
        m_ssl.addCaCertificates(certs);
        break;
    }
    case TlsOptions::Mode::Insecure:
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        break;
    case TlsOptions::Mode::System:
    case TlsOptions::Mode::Pin:
        break;
    }
}

bool TlsPolicy::ignoresErrorsFrom(const QSslCertificate &peer) const
{
    if (m_options.mode == TlsOptions::Mode::Insecure)
        return true;
    return m_options.mode == TlsOptions::Mode::Pin && !peer.isNull()
           && peer.digest(QCryptographicHash::Sha256) == m_options.pinSha256;
}

bool TlsPolicy::refuses(const QSslCertificate &peer) const
{
    // A pin is a promise about this exact certificate, even when a CA would vouch for another one.
    return m_options.mode == TlsOptions::Mode::Pin && peer.digest(QCryptographicHash::Sha256) != m_options.pinSha256;
}

bool TlsPolicy::refusesFingerprint(const QString &peerFingerprint) const
{
    return m_options.mode == TlsOptions::Mode::Pin && !peerFingerprint.isEmpty()
           && peerFingerprint != formatFingerprint(m_options.pinSha256);
}

QString TlsPolicy::pinMismatch(const QString &peerFingerprint) const
{
    if (m_options.mode != TlsOptions::Mode::Pin)
        return {};
    return QStringLiteral("certificate changed: the server presents SHA-256 %1, the pinned certificate is %2")
        .arg(peerFingerprint.isEmpty() ? QStringLiteral("(none)") : peerFingerprint, pinnedFingerprint());
}

QString TlsPolicy::pinnedFingerprint() const
{
    return m_options.mode == TlsOptions::Mode::Pin ? formatFingerprint(m_options.pinSha256) : QString();
}

} // namespace wf
