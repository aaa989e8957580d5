// The real focus-waterfall executable, as a user starts it: with no arguments it starts the
// built-in emulator and streams the demo; the screenshot it saves in each language shows the
// composed main window. Screenshots go to WF_SCREENSHOT_DIR when set (else a temp folder).
#include "support/heartbeat.h"

#include <QImage>
#include <algorithm>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    QString m_outDir;

    QImage runAndShoot(const QStringList &args, const QString &name, QString *stdoutText)
    {
        const QString path = QDir(m_outDir).filePath(name);
        QFile::remove(path);
        QProcess proc;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path()); // a first start: no remembered settings
        proc.setProcessEnvironment(env);
        // 8 s lets the demo stream a screenful; a slowed build (ASan: WF_TEST_TIME_SCALE) needs
        // longer for its first rows of 2222 channels, up to 30 s.
        const int shotAfterS = std::min(30, wf::test::scaledMs(8000) / 1000);
        proc.start(QStringLiteral(FOCUS_WATERFALL_PATH),
                   args + QStringList{QStringLiteral("--screenshot"), path, QStringLiteral("--screenshot-after"),
                                      QString::number(shotAfterS), QStringLiteral("--exit-after"),
                                      QString::number(shotAfterS + 1)});
        if (!proc.waitForFinished(60000 + shotAfterS * 1000)) {
            proc.kill();
            return {};
        }
        *stdoutText = QString::fromUtf8(proc.readAllStandardOutput());
        if (proc.exitCode() != 0) { // what went wrong, for the failure message
            *stdoutText += QStringLiteral("\nexit status %1; stderr:\n%2")
                               .arg(proc.exitCode())
                               .arg(QString::fromUtf8(proc.readAllStandardError()).right(4000));
            return {};
        }
        return QImage(path);
    }

    // The demo waterfall is drawn: many distinct colours where its newest rows are, the top of
    // the middle of the window. Only coloured pixels count (the colour map's), not the grey
    // shades of antialiased text.
    static int distinctColours(const QImage &img)
    {
        QSet<QRgb> colours;
        for (int y = img.height() / 8; y < img.height() * 2 / 5; y += 3)
            for (int x = img.width() / 3; x < img.width() * 2 / 3; x += 3) {
                const QColor c = img.pixelColor(x, y);
                if (std::max({c.red(), c.green(), c.blue()}) - std::min({c.red(), c.green(), c.blue()}) > 40)
                    colours.insert(c.rgb());
            }
        return int(colours.size());
    }

  private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        m_outDir = qEnvironmentVariable("WF_SCREENSHOT_DIR");
        if (m_outDir.isEmpty())
            m_outDir = m_config.filePath(QStringLiteral("shots"));
        QDir().mkpath(m_outDir);
    }

    void demoInEnglishAndHebrew_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("saved"); // the "screenshot saved" line, in the language
        QTest::addColumn<QSize>("size");    // the two screens a demo meets
        for (const QSize size : {QSize(1366, 768), QSize(1600, 1000)}) {
            const QString s = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
            QTest::newRow(qPrintable(QStringLiteral("en ") + s)) << QStringLiteral("en") << QStringLiteral("Screenshot saved") << size;
            QTest::newRow(qPrintable(QStringLiteral("he ") + s)) << QStringLiteral("he") << QStringLiteral("צילום המסך נשמר") << size;
        }
    }

    void demoInEnglishAndHebrew()
    {
        QFETCH(QString, lang);
        QFETCH(QString, saved);
        QFETCH(QSize, size);
        QString out;
        const QString s = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        const QImage img = runAndShoot({QStringLiteral("--lang"), lang, QStringLiteral("--window-size"), s},
                                       QStringLiteral("main-%1-%2.png").arg(lang, s), &out);
        QVERIFY2(!img.isNull(), qPrintable(out));
        // Exactly the size asked for: nothing in the window (a long text, a wide panel) widened it.
        QCOMPARE(img.size(), size);
        QVERIFY2(out.contains(saved), qPrintable(out));
        QVERIFY2(distinctColours(img) > 20, "the demo waterfall is not streaming in the screenshot");
    }

    void damagedSettingsStartFromDefaults()
    {
        // A settings file that cannot be parsed: the viewer starts with the defaults, keeps the old
        // file beside it and says so; it never crashes on it.
        QTemporaryDir config;
        QDir(config.path()).mkpath(QStringLiteral("FocusWaterfall"));
        const QString conf = config.filePath(QStringLiteral("FocusWaterfall/focus-waterfall.conf"));
        QFile f(conf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[General\nlanguage=\xff\xfe" "bad\n[window]\ngeometry=@ByteArray(\\x\n");
        f.close();
        QProcess proc;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), config.filePath(QStringLiteral("data")));
        proc.setProcessEnvironment(env);
        const QString shot = config.filePath(QStringLiteral("shot.png"));
        proc.start(QStringLiteral(FOCUS_WATERFALL_PATH), {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--screenshot"), shot,
                                                          QStringLiteral("--screenshot-after"), QStringLiteral("1"), QStringLiteral("--exit-after"),
                                                          QStringLiteral("2")});
        QVERIFY(proc.waitForFinished(60000));
        const QString err = QString::fromUtf8(proc.readAllStandardError());
        QCOMPARE(proc.exitCode(), 0);
        QVERIFY2(err.contains(QStringLiteral("could not be read")), qPrintable(err));
        const QStringList kept = QDir(config.filePath(QStringLiteral("FocusWaterfall"))).entryList({QStringLiteral("focus-waterfall.conf.damaged-*")});
        QCOMPARE(kept.size(), 1);
        QVERIFY(QFile::exists(shot));
        // The log file of the run is in the app-data folder.
        QVERIFY(QFile::exists(config.filePath(QStringLiteral("data/FocusWaterfall/focus-waterfall/logs/focus-waterfall.log"))));
    }

    void badArgumentsAreRefused()
    {
        QProcess proc;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        proc.setProcessEnvironment(env);
        proc.start(QStringLiteral(FOCUS_WATERFALL_PATH), {QStringLiteral("--server"), QStringLiteral("ftp://x")});
        QVERIFY(proc.waitForFinished(30000));
        QCOMPARE(proc.exitCode(), 2);
        QVERIFY(QString::fromUtf8(proc.readAllStandardError()).contains(QStringLiteral("--server")));
        proc.start(QStringLiteral(FOCUS_WATERFALL_PATH), {QStringLiteral("--window-size"), QStringLiteral("wide")});
        QVERIFY(proc.waitForFinished(30000));
        QCOMPARE(proc.exitCode(), 2);
        QVERIFY(QString::fromUtf8(proc.readAllStandardError()).contains(QStringLiteral("--window-size")));
        proc.start(QStringLiteral(FOCUS_WATERFALL_PATH), {QStringLiteral("--stream-ready-timeout"), QStringLiteral("0")});
        QVERIFY(proc.waitForFinished(30000));
        QCOMPARE(proc.exitCode(), 2);
        QVERIFY(QString::fromUtf8(proc.readAllStandardError()).contains(QStringLiteral("--stream-ready-timeout")));
    }
};

QTEST_GUILESS_MAIN(TestGui)
#include "tst_gui.moc"
