// The log file: every category's lines with time, level and category; rotation at the size limit
// keeps the newest files and drops the oldest; a folder that cannot be made is refused with the
// reason, and logging goes on without a file.
#include "base/logging.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace wf;

class TestLogging : public QObject
{
    Q_OBJECT

    static QString read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

  private slots:
    void cleanup() { FileLog::uninstall(); }

    void writesEveryCategory()
    {
        QTemporaryDir dir;
        QVERIFY(FileLog::install(dir.path(), QStringLiteral("app")));
        QCOMPARE(FileLog::directory(), dir.path());
        qCInfo(lcNet, "GET /channels -> 200");
        qCInfo(lcJob, "job 1-1: configuring -> waiting_for_consumer");
        qCWarning(lcGrpc, "stream 0 ended");
        qCInfo(lcRender, "frame");
        qCInfo(lcQuality, "first negative_values");
        const QString text = read(QDir(dir.path()).filePath(QStringLiteral("app.log")));
        for (const QString &want : {QStringLiteral("info focus.net: GET /channels -> 200"), QStringLiteral("info focus.job: job 1-1"),
                                    QStringLiteral("warning focus.grpc: stream 0 ended"), QStringLiteral("info focus.render: frame"),
                                    QStringLiteral("info focus.quality: first negative_values")})
            QVERIFY2(text.contains(want), qPrintable(want + QStringLiteral(" not in\n") + text));
        // Each line starts with an ISO 8601 UTC time.
        const QString first = text.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(QDateTime::fromString(first.section(QLatin1Char(' '), 0, 0), Qt::ISODateWithMs).isValid(), qPrintable(first));
    }

    void rotatesAtTheLimit()
    {
        QTemporaryDir dir;
        QVERIFY(FileLog::install(dir.path(), QStringLiteral("app"), nullptr, 4096, 2));
        for (int i = 0; i < 400; ++i)
            qCInfo(lcNet, "line %d of the rotation test, padded to be long enough", i);
        const QDir d(dir.path());
        QVERIFY(d.exists(QStringLiteral("app.log")));
        QVERIFY(d.exists(QStringLiteral("app.1.log")));
        QVERIFY(d.exists(QStringLiteral("app.2.log")));
        QVERIFY(!d.exists(QStringLiteral("app.3.log"))); // only `keep` older files
        for (const QString &name : d.entryList(QDir::Files))
            QVERIFY2(QFileInfo(d.filePath(name)).size() <= 4096, qPrintable(name));
        QVERIFY(read(d.filePath(QStringLiteral("app.log"))).contains(QStringLiteral("line 399 ")));
        QVERIFY(read(d.filePath(QStringLiteral("app.1.log"))).contains(QStringLiteral("line ")));
    }

    void unwritableFolderIsRefused()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QString error;
        QVERIFY(!FileLog::install(dir.filePath(QStringLiteral("file/logs")), QStringLiteral("app"), &error));
        QVERIFY2(error.contains(QStringLiteral("log folder")), qPrintable(error));
        QVERIFY(FileLog::directory().isEmpty());
        qCWarning(lcNet, "still fine without a file");
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
