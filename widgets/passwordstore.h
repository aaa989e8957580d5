#pragma once
// PasswordStore: where the viewer keeps a backend password. In the desktop's keyring (QtKeychain:
// the Secret Service, KWallet, ...; never its plain-file fallback), and for this session in memory;
// where no keyring answers (CI, a bare desktop) in memory only, so it is asked for once per session.
// Never in a settings file, a log, a report or a recording. GUI thread; asynchronous like the
// keyring; keys as backendPasswordKey() makes them.
#include <QHash>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace wf {

class PasswordStore : public QObject
{
    Q_OBJECT
  public:
    static constexpr const char *kService = "focus-waterfall";
    explicit PasswordStore(QObject *parent = nullptr);

    // Off: memory only (FOCUS_NO_KEYRING=1 sets it off at start; the built-in demo's password never
    // goes to the keyring either).
    void setKeyringEnabled(bool on) { m_keyring = on; }
    bool keyringEnabled() const { return m_keyring; }

    // The password: this session's, else the keyring's (then kept for the session); nullopt when
    // neither has it.
    void read(const QString &key, std::function<void(std::optional<QString>)> done);
    // Kept for this session, and offered to the keyring: done(true) when the keyring took it, else
    // done(false) with the keyring's words (technical English).
    void write(const QString &key, const QString &password, std::function<void(bool inKeyring, QString why)> done);
    void rememberForSession(const QString &key, const QString &password) { m_memory.insert(key, password); }
    std::optional<QString> forSession(const QString &key) const;
    void forget(const QString &key); // from memory and the keyring
    QString lastKeyringError() const { return m_lastError; }

  private:
    QHash<QString, QString> m_memory;
    bool m_keyring = true;
    QString m_lastError;
};

} // namespace wf
