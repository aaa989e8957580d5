#pragma once
// How the client trusts a server's certificate. Verification is on unless the user says otherwise.
#include <QByteArray>
#include <QString>
#include <optional>

class QSslCertificate;

namespace wf {

struct TlsOptions {
    enum class Mode { System, CaFile, Pin, Insecure };
    Mode mode = Mode::System;
    QString caFile;          // Mode::CaFile: PEM or DER certificate(s) to trust
    QByteArray pinSha256;    // Mode::Pin: 32 raw bytes of the certificate's SHA-256

    bool insecure() const { return mode == Mode::Insecure; }
};

// Accepts "AB:CD:..." (as `openssl x509 -fingerprint -sha256` prints it, with or without the
// "sha256 Fingerprint=" prefix), with or without colons, any case. nullopt unless 32 bytes.
std::optional<QByteArray> parseSha256Fingerprint(const QString &text);
QString formatFingerprint(const QByteArray &sha256); // "AB:CD:..."
QString certificateFingerprint(const QSslCertificate &cert);

} // namespace wf
