#pragma once
// Per-server TLS trust remembered in the user's settings: the pinned certificate (SHA-256) or the
// CA file chosen for one server (scheme, host and port). "Insecure" is never remembered: it must be
// asked for explicitly on every run. Plain functions over a QSettings the caller owns; any thread.
#include "net/tlsoptions.h"

#include <QUrl>
#include <optional>

class QSettings;

namespace wf {

QString trustKey(const QUrl &server); // "https://host:443": what a trust decision belongs to
std::optional<TlsOptions> loadTrust(QSettings &settings, const QUrl &server); // nullopt: nothing saved
void saveTrust(QSettings &settings, const QUrl &server, const TlsOptions &tls); // System/Insecure: forgets
void forgetTrust(QSettings &settings, const QUrl &server);
// Keeps the last servers used (newest first, at most ten) for the "Connect to server" list.
void rememberServer(QSettings &settings, const QString &url);

} // namespace wf
