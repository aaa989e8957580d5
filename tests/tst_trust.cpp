// TLS trust, end to end against the emulator's HTTPS: a pin that matches connects; a pinned
// certificate that changed is refused with both fingerprints, in core and in words; the pin is
// remembered per server and comes back; --insecure is marked in the title, status bar and report.
#include "apptext.h"
#include "commonargs.h"
#include "connectdialog.h"
#include "net/focusclient.h"
#include "focusemulator.h"
#include "mainwindow.h"
#include "readinesspanel.h"
#include "support/heartbeat.h"
#include "net/truststore.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace wf;
using namespace wf::emu;

namespace {

template <typename T, typename Start> Reply<T> await(Start start)
{
    std::optional<Reply<T>> got;
    start([&got](const Reply<T> &r) { got = r; });
    QElapsedTimer t;
    t.start();
    while (!got && t.elapsed() < 20'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return got.value_or(Reply<T>{});
}

ClientOptions pinned(const FocusEmulator &emu, const QString &fingerprint)
{
    ClientOptions co;
    co.baseUrl = QUrl(emu.baseUrl());
    co.timeoutMs = 10'000;
    co.tls.mode = TlsOptions::Mode::Pin;
    co.tls.pinSha256 = *parseSha256Fingerprint(fingerprint);
    return co;
}

std::unique_ptr<FocusEmulator> httpsEmulator()
{
    EmulatorOptions o;
    o.https = true;
    o.consumerDelayMs = 0;
    auto emu = std::make_unique<FocusEmulator>(o);
    if (emu->start() == 0)
        return nullptr;
    return emu;
}

} // namespace

class TestTrust : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

  private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FocusWaterfallTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_trust"));
        QVERIFY(m_dir.isValid());
    }

    void pinMatchConnects()
    {
        auto emu = httpsEmulator();
        QVERIFY(emu);
        FocusClient client(pinned(*emu, emu->certificateFingerprint()));
        const auto r = await<ChannelRange>([&](auto cb) { client.channels(cb); });
        QCOMPARE(transportErrorName(r.info.transport), QStringLiteral("none"));
        QCOMPARE(r.info.httpStatus, 200);
        QCOMPARE(r.info.peerFingerprint, emu->certificateFingerprint());
        QVERIFY(!r.info.insecure);
    }

    void changedCertificateIsRefusedWithBothFingerprints()
    {
        auto emu = httpsEmulator();
        QVERIFY(emu);
        const QString before = emu->certificateFingerprint();
        QVERIFY(emu->regenerateCertificate());
        const QString after = emu->certificateFingerprint();
        QVERIFY(before != after);

        FocusClient client(pinned(*emu, before));
        const auto r = await<ChannelRange>([&](auto cb) { client.channels(cb); });
        QCOMPARE(r.info.transport, TransportError::Tls);
        QVERIFY(r.info.pinMismatch());
        QCOMPARE(r.info.pinnedFingerprint, before);
        QCOMPARE(r.info.peerFingerprint, after);
        QVERIFY(!r.value);
        // Core's evidence and the user's words both carry the old and the new fingerprint.
        QVERIFY2(r.info.transportDetail.contains(before) && r.info.transportDetail.contains(after), qPrintable(r.info.transportDetail));
        const QString words = AppText::transportText(r.info);
        QVERIFY2(words.contains(before) && words.contains(after), qPrintable(words));
        QVERIFY(words.contains(QStringLiteral("changed")));

        // The job panel says it too, beside the diagnosis.
        ClientJobApi api(&client);
        SystemClock clock;
        ReadinessController ctl(&api, &clock);
        ReadinessPanel panel;
        panel.setController(&ctl);
        ctl.start(ConfigureRequest{});
        QTRY_VERIFY_WITH_TIMEOUT(isTerminal(ctl.state()), 20'000);
        QCOMPARE(panel.diagnosisCode(), QStringLiteral("tls_error"));
        QVERIFY2(ctl.configureInfo().pinMismatch(), qPrintable(ctl.configureInfo().transportDetail));
        QTRY_VERIFY(panel.diagnosisSentence().contains(before));
        QVERIFY2(panel.diagnosisSentence().contains(after), qPrintable(panel.diagnosisSentence()));
        QVERIFY(panel.markdownReport().contains(after));
    }

    // The window says what is wrong with the address in its own words: never a command-line flag.
    void connectDialogsErrorsNameNoFlag()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("errors.ini")), QSettings::IniFormat);
        ConnectDialog dialog(settings);
        QString error;
        for (const QString &url : {QString(), QStringLiteral("ftp://host/x")}) {
            dialog.setServer(url);
            QVERIFY(!dialog.commit(&error));
            QVERIFY2(!error.isEmpty() && !error.contains(QStringLiteral("--")), qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("http://")), qPrintable(error));
        }
        // The command line keeps naming its flag.
        QUrl url;
        QVERIFY(!CommonArgs::parseServer(QStringLiteral("ftp://host/x"), url, error));
        QVERIFY2(error.startsWith(QStringLiteral("--server")), qPrintable(error));
    }

    void pinIsSavedAndReloadedPerServer()
    {
        auto emu = httpsEmulator();
        QVERIFY(emu);
        QSettings settings(m_dir.filePath(QStringLiteral("pins.ini")), QSettings::IniFormat);
        const QString other = QStringLiteral("https://other.example:8443/focus-server");
        {
            ConnectDialog dialog(settings);
            dialog.setServer(emu->baseUrl());
            wf::test::Heartbeat beat;
            QSignalSpy fetched(&dialog, &ConnectDialog::fingerprintFetched);
            dialog.findChild<QPushButton *>(QStringLiteral("fetch"))->click();
            QVERIFY(fetched.wait(20'000));
            QVERIFY2(beat.maxGapMs() < wf::test::Heartbeat::freezeLimitMs(), "the dialog does not block while it asks");
            QCOMPARE(fetched.first().first().toString(), emu->certificateFingerprint());
            QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("pin"))->text(), emu->certificateFingerprint());
            QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("note"))->text().contains(emu->certificateFingerprint()));
            QString error;
            QVERIFY2(dialog.commit(&error), qPrintable(error));
        }
        settings.sync();
        // A new dialog (a later run) shows the pin for that server, and nothing for another one.
        ConnectDialog again(settings);
        again.setServer(emu->baseUrl());
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("pin"))->text(), emu->certificateFingerprint());
        QVERIFY(again.findChild<QLabel *>(QStringLiteral("saved"))->text().contains(emu->certificateFingerprint()));
        QUrl url;
        TlsOptions tls;
        QString error;
        QVERIFY(again.choice(url, tls, error));
        QCOMPARE(tls.mode, TlsOptions::Mode::Pin);
        again.setServer(other);
        QVERIFY(again.findChild<QLineEdit *>(QStringLiteral("pin"))->text().isEmpty());
        QVERIFY(again.choice(url, tls, error));
        QCOMPARE(tls.mode, TlsOptions::Mode::System);

        const auto saved = loadTrust(settings, QUrl(emu->baseUrl()));
        QVERIFY(saved);
        QCOMPARE(formatFingerprint(saved->pinSha256), emu->certificateFingerprint());
        QVERIFY(!loadTrust(settings, QUrl(other)));
        QCOMPARE(settings.value(QStringLiteral("servers/recent")).toStringList().value(0), QUrl(emu->baseUrl()).toString());
        // The remembered pin works as a client's trust.
        ClientOptions co;
        co.baseUrl = QUrl(emu->baseUrl());
        co.tls = *saved;
        FocusClient client(co);
        QCOMPARE(await<bool>([&](auto cb) { client.ack(cb); }).info.httpStatus, 200);
    }

    void insecureIsNeverRemembered()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("insecure.ini")), QSettings::IniFormat);
        const QUrl server(QStringLiteral("https://host.example"));
        TlsOptions pin;
        pin.mode = TlsOptions::Mode::Pin;
        pin.pinSha256 = QByteArray(32, '\x42');
        saveTrust(settings, server, pin);
        QVERIFY(loadTrust(settings, server));
        TlsOptions insecure;
        insecure.mode = TlsOptions::Mode::Insecure;
        saveTrust(settings, server, insecure);
        QVERIFY(!loadTrust(settings, server));
    }

    void insecureIsMarkedInTitleStatusBarAndReport()
    {
        auto emu = httpsEmulator();
        QVERIFY(emu);
        ClientOptions co;
        co.baseUrl = QUrl(emu->baseUrl());
        co.tls.mode = TlsOptions::Mode::Insecure;
        FocusClient client(co);
        MainWindowSetup setup;
        setup.client = &client;
        setup.serverUrl = emu->baseUrl();
        setup.serverLabel = emu->baseUrl();
        setup.language = QStringLiteral("en");
        MainWindow window(setup);
        window.show();
        QVERIFY2(window.windowTitle().contains(QStringLiteral("INSECURE")), qPrintable(window.windowTitle()));
        bool badge = false;
        for (QLabel *l : window.statusBar()->findChildren<QLabel *>())
            badge = badge || (l->isVisible() && l->text().contains(QStringLiteral("TLS verification OFF")));
        QVERIFY(badge);
        QVERIFY(window.readinessPanel()->markdownReport().contains(QStringLiteral("insecure")));

        // A verified window says nothing of the kind.
        FocusClient verified(pinned(*emu, emu->certificateFingerprint()));
        setup.client = &verified;
        MainWindow safe(setup);
        safe.show();
        QVERIFY(!safe.windowTitle().contains(QStringLiteral("INSECURE")));
        bool pinShown = false;
        for (QLabel *l : safe.statusBar()->findChildren<QLabel *>()) {
            QVERIFY(!(l->isVisible() && l->text().contains(QStringLiteral("TLS verification OFF"))));
            pinShown = pinShown || (l->isVisible() && l->text().contains(emu->certificateFingerprint()));
        }
        QVERIFY2(pinShown, "the pinned fingerprint is shown in the status bar");
    }
};

QTEST_MAIN(TestTrust)
#include "tst_trust.moc"
