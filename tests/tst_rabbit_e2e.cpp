// The ladder's queue and live-source rungs against a real RabbitMQ broker (RabbitBroker: Debian's
// rabbitmq-server with the management plugin, on loopback), its queues declared, fed and consumed
// with amqp-tools: the job's queue missing, there without a consumer, consumed; smart_recorder
// without and with a consumer. What the broker says is read through its management API and judged
// by judgeBackend(), as the viewer will.
#include "backend/backendjson.h"
#include "backend/ladder.h"
#include "support/rabbitbroker.h"

#include <QTest>

using namespace wf;
using wf::test::RabbitBroker;

class TestRabbitE2e : public QObject
{
    Q_OBJECT
    RabbitBroker m_broker;

    // The queue rungs as the broker says them now.
    std::vector<RungResult> look(const QString &job)
    {
        QByteArray body;
        const int status = m_broker.get(QStringLiteral("/api/queues/%2F"), &body);
        if (status != 200)
            qWarning("GET /api/queues/%%2F: %d %s", status, body.constData());
        BackendObservation o;
        o.jobId = job;
        const Result<std::vector<RabbitQueue>> queues = decodeRabbitQueues(body);
        if (queues.ok())
            o.queues = queues.value();
        else
            qWarning("%s", qPrintable(queues.error().toString()));
        return judgeBackend(o);
    }
    static RungResult rung(const std::vector<RungResult> &rungs, Rung which)
    {
        for (const RungResult &r : rungs)
            if (r.rung == which)
                return r;
        return {};
    }

  private slots:
    void initTestCase()
    {
        QVERIFY2(m_broker.start(), qPrintable(m_broker.error()));
    }

    void theJobsQueueRung()
    {
        const QString job = QStringLiteral("3-1757");
        QCOMPARE(rung(look(job), Rung::Queue).detail, LadderDetail::QueueMissing);

        const QString queue = QStringLiteral("grpc-job-3-1757-1764843302");
        QVERIFY2(m_broker.declareQueue(queue), qPrintable(m_broker.error()));
        QVERIFY2(m_broker.publish(queue, 3), qPrintable(m_broker.error()));
        // The broker's statistics follow within its collection interval.
        QTRY_COMPARE_WITH_TIMEOUT(rung(look(job), Rung::Queue).evidence,
                                  QStringLiteral("queue grpc-job-3-1757-1764843302 has 0 consumers (3 messages)"), 30'000);
        QCOMPARE(ladderDetailKey(rung(look(job), Rung::Queue).detail), QStringLiteral("queue_without_consumer"));

        QVERIFY2(m_broker.attachConsumer(queue), qPrintable(m_broker.error()));
        QTRY_COMPARE_WITH_TIMEOUT(rung(look(job), Rung::Queue).state, RungState::Passed, 30'000);
        QVERIFY(rung(look(job), Rung::Queue).evidence.startsWith(QStringLiteral("queue grpc-job-3-1757-1764843302 has 1 consumer(s)")));
        // Another job's name that merely starts the same is not this job's queue.
        QCOMPARE(rung(look(QStringLiteral("3-175")), Rung::Queue).detail, LadderDetail::QueueMissing);
        m_broker.detachConsumers();
    }

    void theLiveSourceRung()
    {
        const QString job = QStringLiteral("4-1");
        QCOMPARE(rung(look(job), Rung::LiveSource).evidence, QStringLiteral("no queue smart_recorder on the broker"));
        QVERIFY2(m_broker.declareQueue(QStringLiteral("smart_recorder")), qPrintable(m_broker.error()));
        QTRY_COMPARE_WITH_TIMEOUT(rung(look(job), Rung::LiveSource).evidence, QStringLiteral("queue smart_recorder has 0 consumers"), 30'000);
        QCOMPARE(firstFailure(look(job)), LadderDetail::QueueMissing); // the job's own queue is the first rung that failed
        QVERIFY2(m_broker.attachConsumer(QStringLiteral("smart_recorder")), qPrintable(m_broker.error()));
        QTRY_COMPARE_WITH_TIMEOUT(rung(look(job), Rung::LiveSource).state, RungState::Passed, 30'000);
        m_broker.detachConsumers();
    }
};

QTEST_GUILESS_MAIN(TestRabbitE2e)
#include "tst_rabbit_e2e.moc"
