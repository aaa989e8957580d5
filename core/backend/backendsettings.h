#pragma once
// Where a server's backend access is remembered: per server (trustKey), in the QSettings group
// "backend/<server>": the RabbitMQ management URL and user, the Kubernetes API URL, its token file
// and namespace. Never a password: that is the keyring's (or the session's memory), under
// backendPasswordKey(). Pure settings I/O, any thread that owns the QSettings.
#include "backend/backendclient.h"

#include <QUrl>
#include <optional>

class QSettings;

namespace wf {

std::optional<BackendAccess> loadBackendAccess(QSettings &settings, const QUrl &server); // nullopt: none saved
// Saves what opens the backend (an access that reads nothing forgets the server's). The password
// in `access` is ignored.
void saveBackendAccess(QSettings &settings, const QUrl &server, const BackendAccess &access);
void forgetBackendAccess(QSettings &settings, const QUrl &server);
// An http:// or https:// URL with a host and no user or password in it (the rules of --rabbitmq,
// --kube-api and the backend access dialog).
bool parseBackendUrl(const QString &text, QUrl &out);
// A Kubernetes namespace name: lower-case letters, digits and '-', at most 63, not starting or ending with '-'.
bool validKubeNamespace(const QString &name);
// The keyring entry's name of the broker password: "rabbitmq http://10.10.10.150:15672 guest".
QString backendPasswordKey(const BackendAccess &access);

} // namespace wf
