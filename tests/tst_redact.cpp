// Masking secrets (redact.h): literal strings in, literal strings out. Passwords of URL-like
// strings and values of secret-named keys go; users, hosts, e-mail addresses and everything else
// stay, so a bug report keeps what helps. The waterfall's rows are never scanned.
#include "api/codecs.h"
#include "net/focusclient.h"
#include "base/redact.h"
#include "net/replydecode.h"
#include "session/sessionrecorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace wf;

namespace {
const QString kPassword = QStringLiteral("S3cr3t-Pa55");

QJsonValue json(const char *text)
{
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray(text));
    return d.isObject() ? QJsonValue(d.object()) : QJsonValue(d.array());
}

QByteArray compact(const QJsonValue &v)
{
    return (v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(v.toArray())).toJson(QJsonDocument::Compact);
}
} // namespace

class TestRedact : public QObject
{
    Q_OBJECT
  private slots:
    void text_data();
    void text();
    void textIsIdempotent_data() { text_data(); }
    void textIsIdempotent();
    void nothingToMaskGivesTheSameString();
    void secretKeys_data();
    void secretKeys();
    void jsonValues_data();
    void jsonValues();
    void bodies_data();
    void bodies();
    void cleanJsonBodyIsUntouched();
    void errorBodyIsMaskedBeforeItIsCut();
    void replyMasksEverythingButTheRows();
    void recordingMasksRepliesAndStreamEvidence();
    void longRunsDoNotStall();
};

void TestRedact::text_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("amqp in a command line")
        << "/usr/bin/analyzer --amqp amqp://prisma:S3cr3t-Pa55@rabbitmq-panda:5672/ --log info"
        << "/usr/bin/analyzer --amqp amqp://prisma:***@rabbitmq-panda:5672/ --log info";
    QTest::newRow("mongodb with a query")
        << "mongodb://focus:S3cr3t-Pa55@mongo-panda:27017/prisma?authSource=admin"
        << "mongodb://focus:***@mongo-panda:27017/prisma?authSource=admin";
    QTest::newRow("several URLs in one line")
        << "run --amqp amqp://a:p1@h1:5672/ --db mongodb://b:p2@h2/x --redis redis://:p3@h3:6379"
        << "run --amqp amqp://a:***@h1:5672/ --db mongodb://b:***@h2/x --redis redis://:***@h3:6379";
    QTest::newRow("percent-encoded password") << "amqp://prisma:S3cr%40t%2FPa55@rabbit/" << "amqp://prisma:***@rabbit/";
    QTest::newRow("unencoded @ in the password") << "mongodb://focus:p@ss@mongo:27017/db" << "mongodb://focus:***@mongo:27017/db";
    QTest::newRow("IPv6 host") << "amqp://prisma:S3cr3t-Pa55@[fe80::1%25eth0]:5672/" << "amqp://prisma:***@[fe80::1%25eth0]:5672/";
    QTest::newRow("IPv6 host, no userinfo") << "http://[::1]:8080/path?a=b" << "http://[::1]:8080/path?a=b";
    QTest::newRow("URL without password") << "ssh://git@github.com:22/repo.git" << "ssh://git@github.com:22/repo.git";
    QTest::newRow("URL with a port only") << "http://10.10.100.113:5000/focus-server/" << "http://10.10.100.113:5000/focus-server/";
    QTest::newRow("@ after the path") << "https://host:443/users/@me" << "https://host:443/users/@me";
    QTest::newRow("e-mail") << "mail qa-team@prismaphotonics.com about it" << "mail qa-team@prismaphotonics.com about it";
    QTest::newRow("user@host without scheme") << "ssh prisma@rabbitmq-panda" << "ssh prisma@rabbitmq-panda";
    QTest::newRow("empty password") << "amqp://guest:@rabbit/" << "amqp://guest:@rabbit/";
    QTest::newRow("JSON-escaped slashes") << R"(amqp:\/\/prisma:S3cr3t-Pa55@rabbit\/)" << R"(amqp:\/\/prisma:***@rabbit\/)";
    QTest::newRow("in quotes") << R"(cmd='amqp://u:S3cr3t-Pa55@h/' next)" << R"(cmd='amqp://u:***@h/' next)";
    QTest::newRow("key=value") << "PASSWORD=S3cr3t-Pa55 other=1" << "PASSWORD=*** other=1";
    QTest::newRow("query token") << "https://h/api?access_token=S3cr3t-Pa55&x=1" << "https://h/api?access_token=***&x=1";
    QTest::newRow("--flag=value") << "analyzer --db-password=S3cr3t-Pa55 --log info" << "analyzer --db-password=*** --log info";
    QTest::newRow("--flag value") << "analyzer --api-key S3cr3t-Pa55 --log info" << "analyzer --api-key *** --log info";
    QTest::newRow("quoted key: value") << R"(config {"secretKey": "S3cr3t-Pa55"})" << R"(config {"secretKey": "***"})";
    QTest::newRow("yaml-like") << "credentials: S3cr3t-Pa55" << "credentials: ***";
    QTest::newRow("secret word in prose") << "the token expired, log in again" << "the token expired, log in again";
    QTest::newRow("503 text") << "Cannot configure job - validation failed: Cannot proceed: Missing required fiber metadata fields: prr"
                              << "Cannot configure job - validation failed: Cannot proceed: Missing required fiber metadata fields: prr";
    // Found by fuzzing: masking the key's value up to the '@' made the text before it read as a URL's
    // userinfo, so a second masking changed it again. The rules now run to their fixed point.
    QTest::newRow("masked value completes a URL")
        << "x://;;y-db-password://;;z;@;;" << "x://;;y-db-password:***;;";
    QTest::newRow("nothing") << "" << "";
}

void TestRedact::text()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(redactSecrets(in), out);
}

void TestRedact::textIsIdempotent()
{
    QFETCH(QString, out);
    QCOMPARE(redactSecrets(out), out);
}

void TestRedact::nothingToMaskGivesTheSameString()
{
    const QString clean = QString::fromUtf8(R"(HTTP 404 {"error": "Invalid job_id"} qa@site)"); // not a literal: shared data
    QVERIFY(redactSecrets(clean).isSharedWith(clean));
}

void TestRedact::secretKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("secret");
    for (const char *k : {"password", "Password", "db_password", "rabbit_password", "PASSWD", "secretKey", "client_secret",
                          "access_token", "Token", "api_key", "apiKey", "x-api-key", "credentials", "aws_credential_file"})
        QTest::newRow(k) << QString::fromLatin1(k) << true;
    for (const char *k : {"cmd", "db_uri", "user", "dx", "prr", "job_id", "stream_url", "pass", "key", "security"})
        QTest::newRow(k) << QString::fromLatin1(k) << false;
}

void TestRedact::secretKeys()
{
    QFETCH(QString, key);
    QTEST(isSecretKey(key), "secret");
}

void TestRedact::jsonValues_data()
{
    QTest::addColumn<QJsonValue>("in");
    QTest::addColumn<QJsonValue>("out");
    QTest::newRow("nested layers") << json(R"({"dx": 1.02, "layers": [{"name": "analyzer",
            "cmd": "/usr/bin/analyzer --amqp amqp://prisma:S3cr3t-Pa55@rabbitmq-panda:5672/ --log info",
            "db": {"db_uri": "mongodb://focus:S3cr3t-Pa55@mongo-panda:27017/prisma?authSource=admin",
                   "rabbit_password": "S3cr3t-Pa55"}}]})")
                                   << json(R"({"dx": 1.02, "layers": [{"name": "analyzer",
            "cmd": "/usr/bin/analyzer --amqp amqp://prisma:***@rabbitmq-panda:5672/ --log info",
            "db": {"db_uri": "mongodb://focus:***@mongo-panda:27017/prisma?authSource=admin",
                   "rabbit_password": "***"}}]})");
    QTest::newRow("secret keys of every type")
        << json(R"({"Password": "x", "db_password": 12345, "secretKey": true, "access_token": null, "api_key": ""})")
        << json(R"({"Password": "***", "db_password": "***", "secretKey": "***", "access_token": null, "api_key": ""})");
    QTest::newRow("object under a secret key keeps its keys")
        << json(R"({"credentials": {"user": "focus", "pass": "S3cr3t-Pa55", "hosts": ["a", "b"]}})")
        << json(R"({"credentials": {"user": "***", "pass": "***", "hosts": ["***", "***"]}})");
    QTest::newRow("arrays of strings") << json(R"([["amqp://u:S3cr3t-Pa55@h/"], {"x": ["redis://:S3cr3t-Pa55@r:6379"]}])")
                                       << json(R"([["amqp://u:***@h/"], {"x": ["redis://:***@r:6379"]}])");
    QTest::newRow("nothing to mask") << json(R"({"prr": 2000, "sw_version": "11.17", "fiber_description": "qa@site"})")
                                     << json(R"({"prr": 2000, "sw_version": "11.17", "fiber_description": "qa@site"})");
}

void TestRedact::jsonValues()
{
    QFETCH(QJsonValue, in);
    QFETCH(QJsonValue, out);
    QCOMPARE(compact(redactSecrets(in)), compact(out));
}

void TestRedact::bodies_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("mustHave");
    QTest::newRow("configure reply")
        << QByteArray(R"({"job_id": "1-1603", "metadata": {"prr": 2000, "cmd": "an --amqp amqp://prisma:S3cr3t-Pa55@rabbitmq-panda:5672/",
                      "rabbit_password": "S3cr3t-Pa55"}})")
        << QByteArray(R"("cmd":"an --amqp amqp://prisma:***@rabbitmq-panda:5672/")");
    QTest::newRow("error body") << QByteArray(R"({"error": "cannot reach amqp://prisma:S3cr3t-Pa55@rabbitmq-panda:5672/"})")
                                << QByteArray(R"({"error":"cannot reach amqp://prisma:***@rabbitmq-panda:5672/"})");
    QTest::newRow("503 text") << QByteArray("Cannot configure job: mongodb://focus:S3cr3t-Pa55@mongo-panda:27017/ down")
                              << QByteArray("mongodb://focus:***@mongo-panda:27017/ down");
    QTest::newRow("HTML page") << QByteArray("<html><head><title>502 amqp://prisma:S3cr3t-Pa55@rabbitmq-panda</title></head></html>")
                               << QByteArray("<title>502 amqp://prisma:***@rabbitmq-panda</title>");
    QTest::newRow("broken JSON") << QByteArray(R"({"rabbit_password": "S3cr3t-Pa55", )")
                                 << QByteArray(R"({"rabbit_password": "***", )");
}

void TestRedact::bodies()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, mustHave);
    const QByteArray out = redactSecrets(in);
    QVERIFY2(!out.contains(kPassword.toUtf8()), out.constData());
    QVERIFY2(out.contains(mustHave), out.constData());
    QCOMPARE(redactSecrets(out), out);
}

void TestRedact::cleanJsonBodyIsUntouched()
{
    // Bytes as they came (spacing, key order) when there is nothing to mask.
    const QByteArray body(R"({ "lowest_channel": 1,  "highest_channel": 2337, "note": "qa@site" })");
    QVERIFY(redactSecrets(body).isSharedWith(body));
    const QByteArray mentions(R"({"z": 1, "a": "the token expired"})");
    QVERIFY(redactSecrets(mentions).isSharedWith(mentions));
}

void TestRedact::errorBodyIsMaskedBeforeItIsCut()
{
    // The raw text is cut at 300 bytes: a URL across the cut must not leave half a password.
    const QByteArray body = "{\"error\": \"" + QByteArray(270, 'x') + " amqp://prisma:S3cr3t-Pa55@rabbitmq-panda:5672/\"}";
    const ErrorBody e = decodeErrorBody(body);
    QCOMPARE(e.shape, ErrorShape::Application);
    QVERIFY(!e.raw.contains(QStringLiteral("S3cr")));
    QVERIFY(e.raw.contains(QStringLiteral("amqp://prisma:***@")));
    QVERIFY(!e.message.contains(kPassword));
    QVERIFY(e.message.endsWith(QStringLiteral("amqp://prisma:***@rabbitmq-panda:5672/")));
}

void TestRedact::replyMasksEverythingButTheRows()
{
    const QByteArray secret("{\"error\": \"amqp://prisma:S3cr3t-Pa55@rabbitmq-panda/\"}");
    CallInfo info;
    info.endpoint = EndpointId::Waterfall;
    info.httpStatus = 500;
    info.transportDetail = QStringLiteral("redirect to https://u:S3cr3t-Pa55@h/");
    QByteArray body = secret;
    redactReply(info, body);
    QVERIFY(!body.contains("S3cr3t-Pa55"));
    QVERIFY(!info.transportDetail.contains(kPassword));

    // A 201 of rows is large and never carries a secret: it is not scanned at all (the hot path).
    info.httpStatus = 201;
    QByteArray rows = secret;
    redactReply(info, rows);
    QVERIFY(rows.isSharedWith(secret));
}

void TestRedact::recordingMasksRepliesAndStreamEvidence()
{
    // Whoever hands the recorder a reply or a stream's status text, the file holds no password.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.session"));
    SessionRecorder recorder([] { return qint64(0); });
    QVERIFY(recorder.open(path, SessionHeader{}));
    CallInfo info;
    info.endpoint = EndpointId::Configure;
    info.httpStatus = 503;
    recorder.record(info, "Cannot configure job: mongodb://focus:S3cr3t-Pa55@mongo-panda:27017/ down");
    StreamEvent problem;
    problem.kind = StreamEvent::Kind::Problem;
    problem.evidence = QStringLiteral("UNAVAILABLE: upstream amqp://prisma:S3cr3t-Pa55@rabbitmq-panda:5672/ gone");
    recorder.recordStream(problem);
    recorder.finish({});
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        text += line + QByteArray::fromBase64(o.value(QLatin1String("body")).toString().toLatin1());
    }
    QVERIFY2(!text.contains("S3cr3t-Pa55"), text.constData());
    QVERIFY(text.contains("mongodb://focus:***@mongo-panda"));
    QVERIFY(text.contains("amqp://prisma:***@rabbitmq-panda"));
}

void TestRedact::longRunsDoNotStall()
{
    // A megabyte of base64 beside a URL and a secret key: masked at once, not stalled on (an
    // expression that backtracks over the run would hit the test's timeout).
    const QByteArray run = QByteArray(1 << 20, 'A');
    const QByteArray body = "{\"error\": \"" + run + " amqp://prisma:S3cr3t-Pa55@rabbitmq-panda/ token=" + run + "\"}";
    const QByteArray out = redactSecrets(body);
    QVERIFY(!out.contains("S3cr3t-Pa55"));
    QVERIFY(out.contains("amqp://prisma:***@rabbitmq-panda/ token=***"));
    QCOMPARE(redactSecrets(QString::fromLatin1(run + "://x@y")), QString::fromLatin1(run + "://x@y"));
}

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_redact.moc"
