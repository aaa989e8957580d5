// PasswordStore: see passwordstore.h.
#include "passwordstore.h"

#include <qt6keychain/keychain.h>

namespace wf {

PasswordStore::PasswordStore(QObject *parent) : QObject(parent)
{
    m_keyring = qEnvironmentVariableIntValue("FOCUS_NO_KEYRING") == 0;
}

std::optional<QString> PasswordStore::forSession(const QString &key) const
{
    const auto it = m_memory.constFind(key);
    return it == m_memory.constEnd() ? std::nullopt : std::optional<QString>(*it);
}

void PasswordStore::read(const QString &key, std::function<void(std::optional<QString>)> done)
{
    if (const auto known = forSession(key)) {
        done(known);
        return;
    }
    if (!m_keyring) {
        done(std::nullopt);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(QLatin1String(kService), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain file
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key, done = std::move(done)](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() != QKeychain::NoError) {
            if (read->error() != QKeychain::EntryNotFound)
                m_lastError = read->errorString();
            done(std::nullopt);
            return;
        }
        m_memory.insert(key, read->textData());
        done(read->textData());
    });
    job->start();
}

void PasswordStore::write(const QString &key, const QString &password, std::function<void(bool, QString)> done)
{
    m_memory.insert(key, password);
    if (!m_keyring) {
        done(false, QStringLiteral("the keyring is not used (FOCUS_NO_KEYRING)"));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(QLatin1String(kService), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError) {
            m_lastError = j->errorString();
            done(false, j->errorString());
            return;
        }
        done(true, QString());
    });
    job->start();
}

void PasswordStore::forget(const QString &key)
{
    m_memory.remove(key);
    if (!m_keyring)
        return;
    auto *job = new QKeychain::DeletePasswordJob(QLatin1String(kService), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->start();
}

} // namespace wf
