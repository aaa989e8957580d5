#include "commonargs.h"

#include <QFileInfo>

namespace wf {

bool CommonArgs::parseServer(const QString &text, QUrl &out, QString &error, Said said)
{
    const bool form = said == Said::ForForm;
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (text.trimmed().isEmpty()) {
        error = form ? tr("Enter the Focus Server's URL, e.g. http://127.0.0.1:5000")
                     : tr("--server is required, e.g. --server http://127.0.0.1:5000");
        return false;
    }
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        error = form ? tr("\"%1\" is not an http:// or https:// URL").arg(text)
                     : tr("--server \"%1\" is not an http:// or https:// URL").arg(text);
        return false;
    }
    out = url;
    return true;
}

bool CommonArgs::parseTls(bool insecure, const QString &caCert, const QString &pin, TlsOptions &out, QString &error,
                          Said said)
{
    const bool form = said == Said::ForForm;
    const int chosen = int(insecure) + int(!caCert.isEmpty()) + int(!pin.isEmpty());
    if (chosen > 1) {
        error = tr("choose one of --insecure, --ca-cert and --pin-sha256");
        return false;
    }
    out = TlsOptions{};
    if (insecure) {
        out.mode = TlsOptions::Mode::Insecure;
    } else if (!caCert.isEmpty()) {
        if (!QFileInfo(caCert).isReadable()) {
            error = form ? tr("Cannot read the certificate file \"%1\"").arg(caCert)
                         : tr("--ca-cert: cannot read \"%1\"").arg(caCert);
            return false;
        }
        out.mode = TlsOptions::Mode::CaFile;
        out.caFile = caCert;
    } else if (!pin.isEmpty()) {
        const auto fp = parseSha256Fingerprint(pin);
        if (!fp) {
            error = form ? tr("\"%1\" is not a SHA-256 fingerprint (64 hex digits, colons optional)").arg(pin)
                         : tr("--pin-sha256: \"%1\" is not a SHA-256 fingerprint (64 hex digits, colons optional)").arg(pin);
            return false;
        }
        out.mode = TlsOptions::Mode::Pin;
        out.pinSha256 = *fp;
    }
    return true;
}

} // namespace wf
