#include "net/tlsoptions.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSslCertificate>

namespace wf {

std::optional<QByteArray> parseSha256Fingerprint(const QString &text)
{
    QString t = text.trimmed();
    const qsizetype eq = t.lastIndexOf(QLatin1Char('='));
    if (eq >= 0)
        t = t.mid(eq + 1);
    t.remove(QLatin1Char(':'));
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!hex.match(t).hasMatch())
        return std::nullopt;
    return QByteArray::fromHex(t.toLatin1());
}

QString formatFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QString certificateFingerprint(const QSslCertificate &cert)
{
    if (cert.isNull())
        return {};
    return formatFingerprint(cert.digest(QCryptographicHash::Sha256));
}

} // namespace wf
