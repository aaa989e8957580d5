#include "base/redact.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <array>

namespace wf {

namespace {

const QString &masked()
{
    static const QString m = QStringLiteral("***");
    return m;
}

constexpr std::array kSecretWords{"password", "passwd", "secret", "token", "api_key", "apikey", "api-key", "credential"};

// A cheap look for anything the expressions below could match: most bodies and lines have none,
// and then no expression runs and nothing is copied.
template <typename View> bool mayHoldSecrets(View s)
{
    if (s.contains(QLatin1Char('@'))
        && (s.contains(QLatin1StringView("://")) || s.contains(QLatin1StringView(":\\/\\/"))))
        return true;
    for (const char *word : kSecretWords)
        if (s.contains(QLatin1StringView(word), Qt::CaseInsensitive))
            return true;
    return false;
}

// scheme://user:PASSWORD@ (also scheme:\/\/ as JSON may escape it). The password runs to the last
// '@' before the host (an unescaped '@' in a password is masked whole); '/', '?', '#', spaces and
// quotes end it, so `scheme://host:port/a@b` and `[v6]` hosts without userinfo are left alone.
// A scheme starts where a run of its characters starts, not inside one (a megabyte of base64 is
// one place to try, not a million).
const QRegularExpression &urlUserInfo()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![A-Za-z0-9+.\-])([A-Za-z][A-Za-z0-9+.\-]*:(?:\\?/){2})([^\s/\\?#@:"'<>\[\]]*):([^\s/\\?#"'<>]+)@)"));
    return re;
}

#define WF_SECRET_WORDS R"((?:password|passwd|secret|token|api[_\-]?key|credential))"

// key=value, key: value, "key": "value", --key=value (the key not part of a longer path or URL).
const QRegularExpression &keyValue()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w.\-/])((?:--?)?[\w.\-]*)" WF_SECRET_WORDS R"([\w.\-]*)(["']?\s*[=:]\s*["']?)([^\s"'&,;<>]+))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// --key value on a command line.
const QRegularExpression &flagValue()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w.\-/])(--[\w.\-]*)" WF_SECRET_WORDS R"([\w.\-]*\s+)([^\s"'\-][^\s"']*))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

#undef WF_SECRET_WORDS

// Every scalar under a secret key is masked (an object's keys stay: they say what was there);
// null and empty strings stay, there is nothing to hide in them.
QJsonValue redactValue(const QJsonValue &v, bool secret, bool &changed)
{
    switch (v.type()) {
    case QJsonValue::Object: {
        QJsonObject o = v.toObject();
        bool any = false;
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool c = false;
            const QJsonValue r = redactValue(it.value(), secret || isSecretKey(it.key()), c);
            if (c) {
                it.value() = r;
                any = true;
            }
        }
        changed = changed || any;
        return any ? QJsonValue(o) : v;
    }
    case QJsonValue::Array: {
        QJsonArray a = v.toArray();
        bool any = false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            bool c = false;
            const QJsonValue r = redactValue(a.at(i), secret, c);
            if (c) {
                a.replace(i, r);
                any = true;
            }
        }
        changed = changed || any;
        return any ? QJsonValue(a) : v;
    }
    case QJsonValue::String: {
        const QString s = v.toString();
        const QString r = secret ? (s.isEmpty() ? s : masked()) : redactSecrets(s);
        if (r == s)
            return v;
        changed = true;
        return r;
    }
    case QJsonValue::Double:
    case QJsonValue::Bool:
        if (!secret)
            return v;
        changed = true;
        return masked();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return v;
}

} // namespace

bool isSecretKey(QStringView key)
{
    for (const char *word : kSecretWords)
        if (key.contains(QLatin1StringView(word), Qt::CaseInsensitive))
            return true;
    return false;
}

QString redactSecrets(const QString &text)
{
    if (!mayHoldSecrets(QStringView(text)))
        return text;
    // The rules run until nothing changes: one rule's mask can complete another's match (a key's
    // value masked up to a later '@' reads as a URL's password), and masking twice must change
    // nothing. Each round only masks; a few rounds reach the fixed point.
    QString s = text;
    for (int round = 0; round < 8; ++round) {
        const QString before = s;
        s.replace(urlUserInfo(), QStringLiteral("\\1\\2:***@"));
        s.replace(keyValue(), QStringLiteral("\\1\\2***"));
        s.replace(flagValue(), QStringLiteral("\\1***"));
        if (s == before)
            break;
    }
    return s == text ? text : s;
}

QJsonValue redactSecrets(const QJsonValue &value)
{
    bool changed = false;
    return redactValue(value, false, changed);
}

namespace {

QByteArray redactBodyOnce(const QByteArray &body)
{
    if (!mayHoldSecrets(QLatin1StringView(body.constData(), body.size())))
        return body;
    qsizetype i = 0;
    while (i < body.size() && QChar::isSpace(uchar(body.at(i))))
        ++i;
    if (i < body.size() && (body.at(i) == '{' || body.at(i) == '[')) {
        // A byte that is not UTF-8 (a hostile or broken server) must not send JSON to the text rules,
        // which miss a secret key's array values: read it as the text path would, with U+FFFD.
        QJsonParseError pe{};
        const QJsonDocument doc = QJsonDocument::fromJson(QString::fromUtf8(body).toUtf8(), &pe);
        if (pe.error == QJsonParseError::NoError) {
            bool changed = false;
            const QJsonValue r = redactValue(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), false, changed);
            if (!changed)
                return body;
            return (r.isObject() ? QJsonDocument(r.toObject()) : QJsonDocument(r.toArray())).toJson(QJsonDocument::Compact);
        }
    }
    const QString text = QString::fromUtf8(body);
    const QString r = redactSecrets(text);
    return r == text ? body : r.toUtf8();
}

} // namespace

QByteArray redactSecrets(const QByteArray &body)
{
    // Until nothing changes: a body that was not JSON can become JSON once masked (a key's value
    // masked up to its closing quote), and then its secret key's values are masked too; masking
    // twice must change nothing (fuzz_redact found the second pass).
    QByteArray r = redactBodyOnce(body);
    for (int round = 0; round < 4; ++round) {
        QByteArray next = redactBodyOnce(r);
        if (next == r)
            break;
        r = std::move(next);
    }
    return r;
}

} // namespace wf
