#pragma once
// Generates a fresh self-signed certificate for 127.0.0.1 / localhost, so the emulator can serve
// HTTPS the way real deployments do (self-signed). Any thread.
#include <QByteArray>
#include <QString>

namespace wf::emu {

struct GeneratedCertificate {
    QByteArray certificatePem;
    QByteArray privateKeyPem;
    QString error; // empty on success
};

GeneratedCertificate generateSelfSignedCertificate(const QString &commonName = QStringLiteral("localhost"),
                                                   int validDays = 30);

} // namespace wf::emu
