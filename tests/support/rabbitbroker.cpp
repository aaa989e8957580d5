// RabbitBroker: see rabbitbroker.h.
#include "support/rabbitbroker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

namespace wf::test {

namespace {

const char *const kServer = "/usr/lib/rabbitmq/bin/rabbitmq-server";

int freePort()
{
    QTcpServer s;
    return s.listen(QHostAddress::LocalHost, 0) ? s.serverPort() : 0;
}

QString tail(const QByteArray &log, int lines)
{
    const QList<QByteArray> all = log.trimmed().split('\n');
    QStringList out;
    for (qsizetype i = std::max<qsizetype>(0, all.size() - lines); i < all.size(); ++i)
        out << QString::fromUtf8(all.at(i));
    return out.join(QLatin1Char('\n'));
}

} // namespace

RabbitBroker::RabbitBroker()
{
    m_server.setProcessChannelMode(QProcess::MergedChannels);
}

RabbitBroker::~RabbitBroker()
{
    detachConsumers();
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate(); // the script passes SIGTERM to the node, which stops cleanly
        if (!m_server.waitForFinished(30'000))
            m_server.kill();
        m_server.waitForFinished(5'000);
    }
    if (m_epmdPort > 0) {
        QProcess epmd;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ERL_EPMD_PORT"), QString::number(m_epmdPort));
        epmd.setProcessEnvironment(env);
        epmd.start(QStringLiteral("/usr/lib/erlang/bin/epmd"), {QStringLiteral("-kill")});
        epmd.waitForFinished(5'000);
    }
}

QUrl RabbitBroker::managementUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_managementPort));
}

QString RabbitBroker::amqpUrl() const
{
    return QStringLiteral("amqp://guest:guest@127.0.0.1:%1").arg(m_amqpPort);
}

bool RabbitBroker::start(int timeoutMs)
{
    if (!QFileInfo::exists(QLatin1String(kServer))) {
        m_error = QStringLiteral("%1 is not installed (packaging/install-deps.sh installs rabbitmq-server)").arg(QLatin1String(kServer));
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no scratch folder");
        return false;
    }
    m_amqpPort = freePort();
    m_managementPort = freePort();
    m_distPort = freePort();
    m_epmdPort = freePort(); // its own port mapper, stopped with it (a shared one would outlive the test)
    const QString d = m_dir.path();
    QFile plugins(d + QStringLiteral("/enabled_plugins"));
    QFile conf(d + QStringLiteral("/rabbitmq.conf"));
    if (!plugins.open(QIODevice::WriteOnly) || !conf.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("cannot write the broker's configuration in %1").arg(d);
        return false;
    }
    plugins.write("[rabbitmq_management].\n");
    conf.write(QStringLiteral("listeners.tcp.default = 127.0.0.1:%1\nmanagement.tcp.port = %2\nmanagement.tcp.ip = 127.0.0.1\n"
                              "distribution.listener.interface = 127.0.0.1\ncollect_statistics_interval = 500\n")
                   .arg(m_amqpPort)
                   .arg(m_managementPort)
                   .toUtf8());
    plugins.close();
    conf.close();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const auto set = [&env](const char *key, const QString &value) { env.insert(QLatin1String(key), value); };
    set("HOME", d); // the Erlang cookie
    set("RABBITMQ_HOME", QStringLiteral("/usr/lib/rabbitmq"));
    set("RABBITMQ_BASE", d);
    set("RABBITMQ_MNESIA_BASE", d + QStringLiteral("/mnesia"));
    set("RABBITMQ_LOG_BASE", d + QStringLiteral("/log"));
    set("RABBITMQ_NODENAME", QStringLiteral("wftest%1@localhost").arg(QCoreApplication::applicationPid()));
    set("RABBITMQ_DIST_PORT", QString::number(m_distPort));
    set("RABBITMQ_ENABLED_PLUGINS_FILE", d + QStringLiteral("/enabled_plugins"));
    set("RABBITMQ_CONFIG_FILE", d + QStringLiteral("/rabbitmq"));
    set("RABBITMQ_PID_FILE", d + QStringLiteral("/pid"));
    set("ERL_EPMD_ADDRESS", QStringLiteral("127.0.0.1"));
    set("ERL_EPMD_PORT", QString::number(m_epmdPort));
    m_server.setProcessEnvironment(env);
    m_server.setWorkingDirectory(d);
    m_server.start(QLatin1String(kServer), {});
    if (!m_server.waitForStarted(10'000)) {
        m_error = QStringLiteral("rabbitmq-server did not start: %1").arg(m_server.errorString());
        return false;
    }
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        QByteArray body;
        if (get(QStringLiteral("/api/overview"), &body) == 200)
            return true;
        if (m_server.state() == QProcess::NotRunning)
            break;
        QThread::msleep(250);
    }
    m_error = QStringLiteral("the broker's management API did not answer within %1 s%2; its last lines:\n%3")
                  .arg(t.elapsed() / 1000)
                  .arg(m_server.state() == QProcess::NotRunning ? QStringLiteral(" (it exited)") : QString())
                  .arg(tail(m_server.readAll(), 20));
    return false;
}

int RabbitBroker::get(const QString &path, QByteArray *body) const
{
    QNetworkAccessManager nam;
    QNetworkRequest request(managementUrl().resolved(QUrl(path)));
    request.setRawHeader("Authorization", "Basic " + QByteArray("guest:guest").toBase64());
    request.setTransferTimeout(15'000);
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    *body = reply->readAll();
    reply->deleteLater();
    return status;
}

bool RabbitBroker::runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(30'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 %2 failed: %3").arg(program, args.join(QLatin1Char(' ')), QString::fromUtf8(p.readAll()));
        return false;
    }
    return true;
}

bool RabbitBroker::declareQueue(const QString &name)
{
    return runTool(QStringLiteral("amqp-declare-queue"), {QStringLiteral("--url"), amqpUrl(), QStringLiteral("-q"), name});
}

bool RabbitBroker::publish(const QString &queue, int messages)
{
    for (int i = 0; i < messages; ++i)
        if (!runTool(QStringLiteral("amqp-publish"), {QStringLiteral("--url"), amqpUrl(), QStringLiteral("-r"), queue,
                                                       QStringLiteral("-b"), QStringLiteral("row %1").arg(i)}))
            return false;
    return true;
}

bool RabbitBroker::attachConsumer(const QString &queue)
{
    auto p = std::make_unique<QProcess>();
    p->setStandardOutputFile(QProcess::nullDevice());
    p->start(QStringLiteral("amqp-consume"), {QStringLiteral("--url"), amqpUrl(), QStringLiteral("-q"), queue, QStringLiteral("cat")});
    if (!p->waitForStarted(10'000)) {
        m_error = QStringLiteral("amqp-consume did not start: %1").arg(p->errorString());
        return false;
    }
    m_consumers.push_back(std::move(p));
    return true;
}

void RabbitBroker::detachConsumers()
{
    for (auto &p : m_consumers) {
        p->terminate();
        if (!p->waitForFinished(5'000))
            p->kill();
        p->waitForFinished(2'000);
    }
    m_consumers.clear();
}

} // namespace wf::test
