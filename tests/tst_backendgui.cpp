// The backend ladder in the viewer (issue 26): the job panel's ladder follows a real job against the
// in-process emulator whose simulated backend (BackendEmulator) tells a story — the pod Pending for
// lack of a GPU slice — and names that rung while the job still waits, in English and in Hebrew;
// the Markdown, HTML and JSON reports carry the ladder and the logs; only GETs reach the backend;
// the access dialog refuses nonsense in words; the broker password is in no settings file, report
// or log, and where no keyring answers it is kept in memory only.
#include "apptext.h"
#include "backend/backendsettings.h"
#include "backendaccessdialog.h"
#include "backendemulator.h"
#include "focusemulator.h"
#include "job/backendwatch.h"
#include "job/readinesscontroller.h"
#include "ladderview.h"
#include "net/jobapi.h"
#include "passwordstore.h"
#include "readinesspanel.h"
#include "sessionreport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wf;
using namespace wf::emu;

namespace {

const QString kPassword = QStringLiteral("Zx9-not-guest-Pw");

bool hasHebrew(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x0590 && c.unicode() <= 0x05FF)
            return true;
    return false;
}

struct Rig {
    explicit Rig(BackendScenario story)
    {
        EmulatorOptions o;
        o.consumerDelayMs = 300;
        applyBackendScenario(story, o);
        emulator = std::make_unique<FocusEmulator>(o);
        backend = std::make_unique<BackendEmulator>(*emulator, story);
        backend->setRabbitCredentials(QStringLiteral("guest"), kPassword);
        if (emulator->start() == 0 || backend->start() == 0)
            return;
        ClientOptions c;
        c.baseUrl = QUrl(emulator->baseUrl());
        c.timeoutMs = 5000;
        client = std::make_unique<FocusClient>(c);
        api = std::make_unique<ClientJobApi>(client.get());
        controller = std::make_unique<ReadinessController>(api.get(), &clock);
        request.channelMin = 1;
        request.channelMax = 8;
        settings.rowsFrom = RowsFrom::Rest;
        settings.readyTimeoutMs = 3'000;
        settings.maxPollMs = 300;
        access.rabbitUrl = QUrl(backend->url());
        access.rabbitUser = QStringLiteral("guest");
        access.rabbitPassword = kPassword;
        access.kubeUrl = QUrl(backend->url());
        watch.setLookEveryMs(400);
        watch.follow(controller.get());
    }
    bool ok() const { return controller != nullptr; }

    SystemClock clock;
    std::unique_ptr<FocusEmulator> emulator;
    std::unique_ptr<BackendEmulator> backend;
    std::unique_ptr<FocusClient> client;
    std::unique_ptr<ClientJobApi> api;
    std::unique_ptr<ReadinessController> controller;
    ConfigureRequest request;
    ReadinessSettings settings;
    BackendAccess access;
    BackendWatch watch;
};

QString rowOf(const LadderView &v, const QString &prefix)
{
    for (const QString &r : v.rowTexts())
        if (r.startsWith(prefix))
            return r;
    return QString();
}

} // namespace

class TestBackendGui : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FocusWaterfallTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_backendgui"));
        installTranslations(*qApp, QStringLiteral("en"));
    }

    // "Consumer not created", answered while the job still waits: the pod's rung fails first.
    void aPendingPodIsNamedWhileTheJobWaits()
    {
        Rig rig(BackendScenario::PodPendingGpu);
        QVERIFY(rig.ok());
        ReadinessPanel panel;
        panel.resize(420, 900);
        panel.setController(rig.controller.get());
        panel.setBackendWatch(&rig.watch);
        panel.show();
        LadderView *ladder = panel.ladderView();
        QVERIFY(ladder->detailText().contains(QLatin1String("not opened")));
        rig.watch.setAccess(rig.access);
        rig.controller->start(rig.request, rig.settings);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(*ladder, QStringLiteral("job's pod | FAILED")).contains(QLatin1String("Insufficient nvidia.com/gpu.shared")), 5000);
        QCOMPARE(rig.controller->state(), JobState::WaitingForConsumer); // seen before the verdict
        QVERIFY2(ladder->detailText().startsWith(QLatin1String("Why: the job's pod cannot be scheduled (pod_pending)")),
                 qPrintable(ladder->detailText()));
        QVERIFY(rowOf(*ladder, QStringLiteral("configure accepted | ok")).contains(QLatin1String("stream port")));
        QVERIFY(rowOf(*ladder, QStringLiteral("first frame | not yet")).size() > 0);

        // The verdict: the ladder stays, the logs that explain it come (a Pending pod has none yet).
        QTRY_VERIFY_WITH_TIMEOUT(rig.controller->state() == JobState::Failed, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(rig.watch.latest() && rig.watch.latest()->logsRead, 5000);
        QVERIFY2(ladder->logsText().contains(QLatin1String("waiting to start")), qPrintable(ladder->logsText()));
        QVERIFY2(ladder->logsText().contains(QLatin1String("/metadata/") + rig.controller->jobId()), qPrintable(ladder->logsText()));
        ladder->setLogsShown(true);
        QVERIFY(ladder->findChild<QWidget *>(QStringLiteral("ladderLogs"))->isVisible());

        // Markdown (Copy report), HTML and JSON: the ladder, the detail; never the password.
        const QString md = panel.markdownReport();
        QVERIFY2(md.contains(QLatin1String("**Why:** the job's pod cannot be scheduled")), qPrintable(md));
        QVERIFY(md.contains(QLatin1String("\"diagnosis_detail\": \"pod_pending\"")));
        QualityChecker quality;
        SessionReportInput in;
        in.server = rig.emulator->baseUrl();
        in.controller = rig.controller.get();
        in.quality = &quality;
        in.backend = &rig.watch;
        in.generatedAt = QDateTime::currentDateTime();
        const QString html = SessionReport::html(in);
        QVERIFY(html.contains(QLatin1String("<table class=\"ladder\">")));
        QVERIFY(html.contains(QLatin1String("data-rung=\"pod\"")));
        QVERIFY(html.contains(QLatin1String("Logs that explain it")));
        const QJsonObject json = SessionReport::json(in);
        QCOMPARE(json.value(QLatin1String("diagnosis_detail")).toString(), QStringLiteral("pod_pending"));
        QCOMPARE(json.value(QLatin1String("ladder")).toArray().size(), 8);
        QCOMPARE(json.value(QLatin1String("backend")).toObject().value(QLatin1String("rabbitmq")).toObject().value(QLatin1String("user")).toString(),
                 QStringLiteral("guest"));
        for (const QString &out : {md, html, QString::fromUtf8(QJsonDocument(json).toJson()), panel.logText()})
            QVERIFY(!out.contains(kPassword));
        // Only GETs reached the backend.
        QCOMPARE(rig.backend->methods().keys(), QList<QString>{QStringLiteral("GET")});
        QVERIFY(rig.watch.looksTaken() >= 2);

        // The same panel in Hebrew: the rungs and the reason in words, right to left.
        QApplication::setLayoutDirection(Qt::RightToLeft);
        installTranslations(*qApp, QStringLiteral("he"));
        QCoreApplication::processEvents();
        QVERIFY2(hasHebrew(ladder->detailText()), qPrintable(ladder->detailText()));
        QVERIFY(ladder->detailText().contains(QLatin1String("pod_pending")));
        QVERIFY2(hasHebrew(ladder->rowTexts().value(2)), qPrintable(ladder->rowTexts().value(2)));
        QVERIFY(hasHebrew(SessionReport::html(in)));
        QApplication::setLayoutDirection(Qt::LeftToRight);
        installTranslations(*qApp, QStringLiteral("en"));
        QCoreApplication::processEvents();
    }

    // Without access nothing is sent; a healthy job's ladder is all passed, the backend's rungs read.
    void aHealthyJobPassesEveryRung()
    {
        Rig rig(BackendScenario::Healthy);
        QVERIFY(rig.ok());
        LadderView ladder;
        ladder.setController(rig.controller.get());
        ladder.setWatch(&rig.watch);
        rig.controller->start(rig.request, rig.settings);
        QTRY_VERIFY_WITH_TIMEOUT(rig.controller->state() == JobState::StreamingData, 10'000);
        QVERIFY(rig.backend->methods().isEmpty()); // no access: not one request
        rig.controller->stop();
        rig.watch.setAccess(rig.access);
        rig.controller->start(rig.request, rig.settings);
        QTRY_VERIFY_WITH_TIMEOUT(rig.controller->state() == JobState::StreamingData, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(rig.watch.looksTaken() >= 1 && !rig.watch.looking(), 5000);
        ladder.refresh();
        const QStringList rows = ladder.rowTexts();
        QCOMPARE(rows.size(), 8);
        for (const QString &r : rows)
            QVERIFY2(r.section(QStringLiteral(" | "), 1, 1) == QLatin1String("ok"), qPrintable(rows.join(QLatin1Char('\n'))));
        QCOMPARE(rig.watch.detail(), LadderDetail::None);
        QCOMPARE(rig.backend->methods().keys(), QList<QString>{QStringLiteral("GET")});
    }

    // The access as saved: per server, everything but the password.
    void accessIsSavedWithoutItsPassword()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("viewer.ini"));
        BackendAccess a;
        a.rabbitUrl = QUrl(QStringLiteral("http://10.10.10.150:15672"));
        a.rabbitUser = QStringLiteral("prisma");
        a.rabbitPassword = kPassword;
        a.kubeUrl = QUrl(QStringLiteral("http://127.0.0.1:8001"));
        a.kubeNamespace = QStringLiteral("panda-qa");
        const QUrl server(QStringLiteral("https://10.10.10.100/focus-server/"));
        {
            QSettings s(path, QSettings::IniFormat);
            saveBackendAccess(s, server, a);
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("prisma") && text.contains("panda-qa"));
        QVERIFY(!text.contains(kPassword.toUtf8()));
        QSettings s(path, QSettings::IniFormat);
        const auto back = loadBackendAccess(s, server);
        QVERIFY(back.has_value());
        QCOMPARE(back->rabbitUrl, a.rabbitUrl);
        QCOMPARE(back->rabbitUser, a.rabbitUser);
        QVERIFY(back->rabbitPassword.isEmpty());
        QCOMPARE(back->kubeNamespace, QStringLiteral("panda-qa"));
        QVERIFY(!loadBackendAccess(s, QUrl(QStringLiteral("http://other:8500"))).has_value()); // per server
        QCOMPARE(backendPasswordKey(a), QStringLiteral("rabbitmq http://10.10.10.150:15672 prisma"));
    }

    // No keyring service here (CI): the password is kept for the session, in memory, and found again.
    void noKeyringKeepsThePasswordInMemory()
    {
        PasswordStore store;
        bool answered = false;
        bool inKeyring = true;
        store.write(QStringLiteral("rabbitmq http://h:15672 u"), kPassword, [&](bool k, const QString &) {
            answered = true;
            inKeyring = k;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20'000);
        if (inKeyring)
            QSKIP("a keyring service answers on this machine: the memory-only path is not what runs here");
        std::optional<QString> read;
        bool readDone = false;
        store.read(QStringLiteral("rabbitmq http://h:15672 u"), [&](std::optional<QString> p) {
            read = p;
            readDone = true;
        });
        QVERIFY(readDone); // from memory, at once
        QCOMPARE(read, std::optional<QString>(kPassword));
        PasswordStore fresh; // another session knows nothing of it
        fresh.setKeyringEnabled(false);
        fresh.read(QStringLiteral("rabbitmq http://h:15672 u"), [&](std::optional<QString> p) { read = p; });
        QVERIFY(!read.has_value());
    }

    void theDialogRefusesNonsenseInWords_data()
    {
        QTest::addColumn<QString>("rabbit");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("kube");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::newRow("nothing") << "" << "" << "" << "" << "" << "Enter the RabbitMQ management URL";
        QTest::newRow("ftp") << "ftp://h:15672" << "u" << "p" << "" << "" << "must be an http:// or https://";
        QTest::newRow("password in url") << "http://u:p@h:15672" << "u" << "p" << "" << "" << "without a user or password";
        QTest::newRow("no user") << "http://h:15672" << "" << "p" << "" << "" << "Enter the RabbitMQ user.";
        QTest::newRow("no password") << "http://h:15672" << "u" << "" << "" << "" << "Enter the RabbitMQ password.";
        QTest::newRow("kube garbage") << "" << "" << "" << "127.0.0.1:8001" << "" << "Kubernetes API URL must be";
        QTest::newRow("bad namespace") << "" << "" << "" << "http://127.0.0.1:8001" << "Panda_QA" << "must be a Kubernetes name";
        QTest::newRow("kube only") << "" << "" << "" << "http://127.0.0.1:8001" << "" << "";
        QTest::newRow("both") << "https://h:15671" << "u" << "p" << "http://127.0.0.1:8001" << "panda" << "";
    }

    void theDialogRefusesNonsenseInWords()
    {
        QFETCH(QString, rabbit);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, kube);
        QFETCH(QString, ns);
        QFETCH(QString, error);
        BackendAccessDialog d(QStringLiteral("http://focus:8500"));
        d.rabbitUrlEdit()->setText(rabbit);
        d.rabbitUserEdit()->setText(user);
        d.passwordEdit()->setText(password);
        d.kubeUrlEdit()->setText(kube);
        d.namespaceEdit()->setText(ns);
        BackendAccess a;
        QString why;
        const bool ok = d.access(a, why);
        if (error.isEmpty()) {
            QVERIFY2(ok, qPrintable(why));
            QCOMPARE(a.kubeNamespace, ns.isEmpty() ? QStringLiteral("panda") : ns);
        } else {
            QVERIFY(!ok);
            QVERIFY2(why.contains(error), qPrintable(why));
        }
    }

    // "Check access" asks what needs no job, against the simulated backend.
    void checkAccessAsksTheBackend()
    {
        Rig rig(BackendScenario::LiveSourceIdle);
        QVERIFY(rig.ok());
        BackendAccessDialog d(rig.emulator->baseUrl());
        d.setAccess(rig.access, false);
        d.passwordEdit()->setText(kPassword);
        QSignalSpy checked(&d, &BackendAccessDialog::checked);
        d.checkAccess();
        QVERIFY(checked.wait(10'000));
        QVERIFY2(d.note().contains(QLatin1String("broker: ok")), qPrintable(d.note()));
        QVERIFY2(d.note().contains(QLatin1String("live source: FAILED")), qPrintable(d.note()));
        QVERIFY(!d.note().contains(kPassword));
        QCOMPARE(rig.backend->methods().keys(), QList<QString>{QStringLiteral("GET")});
    }
};

QTEST_MAIN(TestBackendGui)
#include "tst_backendgui.moc"
