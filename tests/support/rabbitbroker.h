#pragma once
// RabbitBroker: a real RabbitMQ broker (Debian's rabbitmq-server, with the management plugin) for
// one test, started in a scratch folder on 127.0.0.1 with free ports and its own node name, and
// stopped with the test. Queues are declared, fed and consumed with amqp-tools (amqp-declare-queue,
// amqp-publish, amqp-consume), as an operator would. The management API answers with basic auth
// guest/guest (the broker allows that user from loopback only).
#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>
#include <vector>

namespace wf::test {

class RabbitBroker
{
  public:
    RabbitBroker();
    ~RabbitBroker();
    RabbitBroker(const RabbitBroker &) = delete;
    RabbitBroker &operator=(const RabbitBroker &) = delete;

    // Starts the broker and waits until its management API answers (a cold start takes 5-20 s).
    // False, with the reason and the broker's last lines in error(), when it does not.
    bool start(int timeoutMs = 120'000);
    QString error() const { return m_error; }

    QUrl managementUrl() const; // http://127.0.0.1:PORT
    QString amqpUrl() const;    // amqp://guest:guest@127.0.0.1:PORT
    static QString user() { return QStringLiteral("guest"); }
    static QString password() { return QStringLiteral("guest"); }

    // A GET of the management API (path such as "/api/queues/%2F"), answered or not within 15 s:
    // the HTTP status (0: no answer) and the body.
    int get(const QString &path, QByteArray *body) const;

    bool declareQueue(const QString &name);
    bool publish(const QString &queue, int messages);
    // A consumer that stays attached until detachConsumers() or the broker stops.
    bool attachConsumer(const QString &queue);
    void detachConsumers();

  private:
    bool runTool(const QString &program, const QStringList &args);
    QTemporaryDir m_dir;
    QProcess m_server;
    std::vector<std::unique_ptr<QProcess>> m_consumers;
    int m_amqpPort = 0, m_managementPort = 0, m_distPort = 0, m_epmdPort = 0;
    QString m_error;
};

} // namespace wf::test
