// Where a server's backend access is remembered: see backendsettings.h.
#include "backend/backendsettings.h"

#include "net/truststore.h"

#include <QRegularExpression>
#include <QSettings>

namespace wf {

namespace {
QString group(const QUrl &server)
{
    return QStringLiteral("backend/") + QString::fromLatin1(QUrl::toPercentEncoding(trustKey(server)));
}
} // namespace

std::optional<BackendAccess> loadBackendAccess(QSettings &settings, const QUrl &server)
{
    settings.beginGroup(group(server));
    BackendAccess a;
    a.rabbitUrl = QUrl(settings.value(QStringLiteral("rabbitmq_url")).toString());
    a.rabbitUser = settings.value(QStringLiteral("rabbitmq_user")).toString();
    a.kubeUrl = QUrl(settings.value(QStringLiteral("kube_api")).toString());
    a.kubeTokenFile = settings.value(QStringLiteral("kube_token_file")).toString();
    const QString ns = settings.value(QStringLiteral("kube_namespace")).toString();
    if (!ns.isEmpty())
        a.kubeNamespace = ns;
    settings.endGroup();
    if (!a.readsRabbit() && !a.readsKube())
        return std::nullopt;
    return a;
}

void saveBackendAccess(QSettings &settings, const QUrl &server, const BackendAccess &access)
{
    forgetBackendAccess(settings, server);
    if (!access.readsRabbit() && !access.readsKube())
        return;
    settings.beginGroup(group(server));
    if (access.readsRabbit()) {
        settings.setValue(QStringLiteral("rabbitmq_url"), access.rabbitUrl.toString(QUrl::RemoveUserInfo));
        settings.setValue(QStringLiteral("rabbitmq_user"), access.rabbitUser);
    }
    if (access.readsKube()) {
        settings.setValue(QStringLiteral("kube_api"), access.kubeUrl.toString(QUrl::RemoveUserInfo));
        settings.setValue(QStringLiteral("kube_token_file"), access.kubeTokenFile);
        settings.setValue(QStringLiteral("kube_namespace"), access.kubeNamespace);
    }
    settings.endGroup();
}

void forgetBackendAccess(QSettings &settings, const QUrl &server)
{
    settings.remove(group(server));
}

bool parseBackendUrl(const QString &text, QUrl &out)
{
    out = QUrl(text.trimmed(), QUrl::StrictMode);
    return out.isValid() && (out.scheme() == QLatin1String("http") || out.scheme() == QLatin1String("https"))
           && !out.host().isEmpty() && out.userInfo().isEmpty();
}

bool validKubeNamespace(const QString &name)
{
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"));
    return label.match(name).hasMatch();
}

QString backendPasswordKey(const BackendAccess &access)
{
    return QStringLiteral("rabbitmq %1 %2").arg(access.rabbitUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash), access.rabbitUser);
}

} // namespace wf
