#include "net/truststore.h"

#include <QSettings>

namespace wf {

namespace {
QString group(const QUrl &server)
{
    // '/' separates QSettings groups: keep the server key in one level.
    return QStringLiteral("tls/") + QString::fromLatin1(QUrl::toPercentEncoding(trustKey(server)));
}
} // namespace

QString trustKey(const QUrl &server)
{
    const QString scheme = server.scheme().toLower();
    const int port = server.port(scheme == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("%1://%2:%3").arg(scheme, server.host().toLower()).arg(port);
}

std::optional<TlsOptions> loadTrust(QSettings &settings, const QUrl &server)
{
    settings.beginGroup(group(server));
    const QString mode = settings.value(QStringLiteral("mode")).toString();
    const QString pin = settings.value(QStringLiteral("pin_sha256")).toString();
    const QString ca = settings.value(QStringLiteral("ca_file")).toString();
    settings.endGroup();
    TlsOptions tls;
    if (mode == QLatin1String("pin")) {
        const auto fp = parseSha256Fingerprint(pin);
        if (!fp)
            return std::nullopt;
        tls.mode = TlsOptions::Mode::Pin;
        tls.pinSha256 = *fp;
        return tls;
    }
    if (mode == QLatin1String("ca") && !ca.isEmpty()) {
        tls.mode = TlsOptions::Mode::CaFile;
        tls.caFile = ca;
        return tls;
    }
    return std::nullopt;
}

void saveTrust(QSettings &settings, const QUrl &server, const TlsOptions &tls)
{
    forgetTrust(settings, server);
    if (tls.mode != TlsOptions::Mode::Pin && tls.mode != TlsOptions::Mode::CaFile)
        return;
    settings.beginGroup(group(server));
    if (tls.mode == TlsOptions::Mode::Pin) {
        settings.setValue(QStringLiteral("mode"), QStringLiteral("pin"));
        settings.setValue(QStringLiteral("pin_sha256"), formatFingerprint(tls.pinSha256));
    } else {
        settings.setValue(QStringLiteral("mode"), QStringLiteral("ca"));
        settings.setValue(QStringLiteral("ca_file"), tls.caFile);
    }
    settings.endGroup();
}

void forgetTrust(QSettings &settings, const QUrl &server)
{
    settings.remove(group(server));
}

void rememberServer(QSettings &settings, const QString &url)
{
    QStringList recent = settings.value(QStringLiteral("servers/recent")).toStringList();
    recent.removeAll(url);
    recent.prepend(url);
    while (recent.size() > 10)
        recent.removeLast();
    settings.setValue(QStringLiteral("servers/recent"), recent);
}

} // namespace wf
