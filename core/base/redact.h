#pragma once
// Secrets a server may send (command lines and URIs with credentials in a configure reply's
// metadata, error texts naming a database URI) are masked before anything keeps them: the one
// place of that rule. Pure functions, any thread.
//   - the password of every URL-like string: scheme://user:PASSWORD@host -> scheme://user:***@host
//     (user and host kept: they help a bug report; `user@host` without a scheme is left alone);
//   - the value of every JSON key, and of `key=value` / `key: value` / `--key value` in text, whose
//     name holds password, passwd, secret, token, api_key (apikey, api-key) or credential, in any case.
// Idempotent, and the input itself (not a copy) comes back when there is nothing to mask.
#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace wf {

QString redactSecrets(const QString &text);
QJsonValue redactSecrets(const QJsonValue &value);
// A raw reply body: JSON (object or array) is masked value by value and written back compact only
// when something was masked; any other body (text, HTML) as text.
QByteArray redactSecrets(const QByteArray &body);

// True when a JSON key names a secret (case-insensitive).
bool isSecretKey(QStringView key);

} // namespace wf
