// Record and replay end to end: the real `focusctl watch --record` against the in-process emulator
// with injected defects, then `focusctl replay` of that file offline; the replay must tell the same
// story — the same report (counts, polls, diagnosis, timeline, the whole "quality" object) and the
// same human timeline. Malformed session files end in exit status 2 with a clear message.
#include "focusemulator.h"

#include "support/focusctlrun.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QDateTime>
#include <QtTest>

using wf::emu::EmulatorOptions;
using wf::emu::FocusEmulator;

namespace {

using Run = wf::test::FocusctlRun;
using wf::test::historicWindow;

// The human timeline without what depends on wall time or on the command itself.
QStringList story(const QString &text)
{
    static const QRegularExpression skip(QStringLiteral(
        "still waiting for the consumer|consumer alive, no data yet|rows so far|rows received \\(--rows|^Replaying |"
        "has no end"));
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!skip.match(line).hasMatch())
            out << line;
    return out;
}

// Both stories, line by line, when they differ (QCOMPARE of two lists of unequal size shows neither).
QString storyDiff(const QString &live, const QString &replay)
{
    const QStringList a = story(live), b = story(replay);
    if (a == b)
        return {};
    return QStringLiteral("the stories differ:\n--- live\n%1\n--- replay\n%2").arg(a.join(QLatin1Char('\n')), b.join(QLatin1Char('\n')));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The keys on which two reports differ, each with both values: a failure message a reader can act on
// (QCOMPARE of two QJsonObjects prints only their first few hundred characters).
QString reportDiff(const QJsonObject &live, QJsonObject replay)
{
    replay.remove(QStringLiteral("replayed_from"));
    QStringList keys = live.keys() + replay.keys();
    keys.removeDuplicates();
    keys.sort();
    QString out;
    for (const QString &key : keys)
        if (live.value(key) != replay.value(key))
            out += QStringLiteral("\n%1 differs:\n  live   %2\n  replay %3")
                       .arg(key,
                            QString::fromUtf8(QJsonDocument(QJsonObject{{key, live.value(key)}}).toJson(QJsonDocument::Compact)),
                            QString::fromUtf8(QJsonDocument(QJsonObject{{key, replay.value(key)}}).toJson(QJsonDocument::Compact)));
    return out;
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

} // namespace

class TestReplay : public QObject
{
    Q_OBJECT
  private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void defectsReplayToTheSameReport();
    void grpcSessionReplaysToTheSameReport();
    void verdictsReplay_data();
    void verdictsReplay();
    void trailerlessFileStillReplays();
    void malformedFiles_data();
    void malformedFiles();
    void unwritableRecordIsRefusedBeforeSending();

  private:
    void focusctl(const QStringList &args, Run &run, bool json = true);
    // Records a watch of `emu` into `file`, then replays it; both runs' results out.
    void recordAndReplay(FocusEmulator &emu, const QStringList &watchArgs, const QString &file, Run &live, Run &replay);
    QTemporaryDir m_dir;
};

void TestReplay::focusctl(const QStringList &args, Run &run, bool json)
{
    WF_RUN_FOCUSCTL(run, QStringLiteral(FOCUSCTL_PATH), args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")},
                    json ? wf::test::Stdout::Json : wf::test::Stdout::Text);
}

void TestReplay::recordAndReplay(FocusEmulator &emu, const QStringList &watchArgs, const QString &file, Run &live,
                                 Run &replay)
{
    focusctl(QStringList{QStringLiteral("watch"), QStringLiteral("--server"), emu.baseUrl(), QStringLiteral("--record"),
                         file, QStringLiteral("--report"), QStringLiteral("-")}
                 + watchArgs,
             live);
    if (QTest::currentTestFailed())
        return;
    focusctl(QStringList{QStringLiteral("replay"), file, QStringLiteral("--report"), QStringLiteral("-")}
                 + (watchArgs.contains(QStringLiteral("--fail-on-findings")) ? QStringList{QStringLiteral("--fail-on-findings")}
                                                                             : QStringList{}),
             replay);
}

// A job read from its gRPC stream (the REST route absent): the frames are recorded as they came and
// the replay, fed the same frames at the same times, gives the same report.
void TestReplay::grpcSessionReplaysToTheSameReport()
{
    EmulatorOptions o;
    o.waterfallRouteAbsent = true;
    o.historicSpeed = 8;
    o.negativeRowRate = 0.05;
    o.streamBadFrameRate = 0.02;
    o.consumerDelayMs = 100;
    FocusEmulator emu(o);
    QVERIFY2(emu.start() != 0, qPrintable(emu.startError()));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString file = m_dir.filePath(QStringLiteral("grpc.jsonl"));
    Run live, replay;
    recordAndReplay(emu, {QStringLiteral("--channels"), QStringLiteral("1-6"), QStringLiteral("--nfft"), QStringLiteral("128"),
                          QStringLiteral("--historic"), QStringLiteral("%1-%2").arg(now - 300).arg(now - 296),
                          QStringLiteral("--rows"), QStringLiteral("100000")},
                    file, live, replay);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(live.json.value("row_source").toString(), QStringLiteral("grpc"));
    QCOMPARE(live.json.value("diagnosis").toString(), QStringLiteral("analyzer_exited"));
    QVERIFY(live.json.value("quality").toObject().value("negative_values").toDouble() > 0);
    QVERIFY(live.json.value("quality").toObject().value("malformed_replies").toDouble() > 0);
    QCOMPARE(replay.exitCode, live.exitCode);
    const QString diff = reportDiff(live.json, replay.json);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestReplay::defectsReplayToTheSameReport()
{
    EmulatorOptions o;
    o.historicSpeed = 40;
    o.samplesPerSensor = 2;
    o.negativeRowRate = 0.05;
    o.negativeBlockRangeRate = 0.1;
    o.rangeViolationRate = 0.1;
    o.gapRate = 0.03;
    o.overlapRate = 0.03;
    o.backwardsRate = 0.03;
    o.droppedChannelRate = 0.05;
    o.duplicateChannelRate = 0.05;
    o.raggedRowRate = 0.05;
    o.nanRate = 0.05;
    o.metadataChangeAfterMs = 300;
    FocusEmulator emu(o);
    QVERIFY2(emu.start() != 0, qPrintable(emu.startError()));
    const auto window = historicWindow(emu, 20);
    QVERIFY(window);
    const QString file = m_dir.filePath(QStringLiteral("defects.jsonl"));
    Run live, replay;
    recordAndReplay(emu,
                    {QStringLiteral("--historic"), QStringLiteral("%1-%2").arg(window->first).arg(window->second),
                     QStringLiteral("--rows"), QStringLiteral("1000000"), QStringLiteral("--fail-on-findings")},
                    file, live, replay);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(live.json.value("diagnosis").toString(), QStringLiteral("analyzer_exited"));
    const QJsonObject q = live.json.value("quality").toObject();
    QVERIFY(q.value("negative_values").toDouble() > 0 && q.value("missing_channels").toDouble() > 0);
    QVERIFY(q.value("metadata_samples").toDouble() >= 1);
    QCOMPARE(replay.exitCode, live.exitCode); // 1: findings under --fail-on-findings
    QCOMPARE(replay.json.value("replayed_from").toString(), file);
    const QString diff = reportDiff(live.json, replay.json);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    const QString stories = storyDiff(live.err, replay.err);
    QVERIFY2(stories.isEmpty(), qPrintable(stories));
}

void TestReplay::verdictsReplay_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("diagnosis");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("consumer never created") << QStringLiteral("never") << QStringLiteral("consumer_not_created") << 4;
    QTest::newRow("route absent") << QStringLiteral("absent") << QStringLiteral("endpoint_not_deployed") << 3;
    QTest::newRow("stopped by --rows") << QStringLiteral("rows") << QStringLiteral("ok") << 0;
}

void TestReplay::verdictsReplay()
{
    QFETCH(QString, scenario);
    QFETCH(QString, diagnosis);
    QFETCH(int, exitCode);
    EmulatorOptions o;
    o.consumerNeverCreated = scenario == QLatin1String("never");
    o.waterfallRouteAbsent = scenario == QLatin1String("absent");
    o.consumerDelayMs = 100;
    FocusEmulator emu(o);
    QVERIFY2(emu.start() != 0, qPrintable(emu.startError()));
    const QString file = m_dir.filePath(scenario + QStringLiteral(".jsonl"));
    Run live, replay;
    // Recordings carry REST replies; the gRPC stream (auto's choice without the REST route) is not recorded yet.
    recordAndReplay(emu, {QStringLiteral("--ready-timeout"), QStringLiteral("1.5"), QStringLiteral("--rows"), QStringLiteral("30"),
                          QStringLiteral("--rows-from"), QStringLiteral("rest")},
                    file, live, replay);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(live.json.value("diagnosis").toString(), diagnosis);
    QCOMPARE(live.exitCode, exitCode);
    QCOMPARE(replay.exitCode, exitCode);
    const QString diff = reportDiff(live.json, replay.json);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    const QString stories = storyDiff(live.err, replay.err);
    QVERIFY2(stories.isEmpty(), qPrintable(stories));
}

void TestReplay::trailerlessFileStillReplays()
{
    EmulatorOptions o;
    o.consumerNeverCreated = true;
    FocusEmulator emu(o);
    QVERIFY2(emu.start() != 0, qPrintable(emu.startError()));
    const QString file = m_dir.filePath(QStringLiteral("cut.jsonl"));
    Run live, replay;
    recordAndReplay(emu, {QStringLiteral("--ready-timeout"), QStringLiteral("1")}, file, live, replay);
    if (QTest::currentTestFailed())
        return;
    QByteArray data = readAll(file);
    QVERIFY(data.endsWith("\n"));
    data.chop(1);
    data = data.left(data.lastIndexOf('\n') + 1); // as a crash leaves it: whole lines, no trailer
    QVERIFY(data.contains("\"type\":\"reply\"") && !data.contains("\"type\":\"end\""));
    writeAll(file, data);
    Run cut;
    focusctl({QStringLiteral("replay"), file, QStringLiteral("--report"), QStringLiteral("-")}, cut);
    QVERIFY2(cut.err.contains(QLatin1String("has no end")), qPrintable(cut.err));
    QVERIFY2(cut.exitCode != 2, qPrintable(cut.err));
    QCOMPARE(cut.json.value("job_id"), live.json.value("job_id"));
    QVERIFY(cut.err.contains(QLatin1String("Diagnosis: ")));
}

void TestReplay::malformedFiles_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    const QByteArray header =
        R"({"type":"header","format":"focus-waterfall-session","version":1,"server":"http://x","insecure":false,)"
        R"("started_at_ms":0,"request":{"view_type":"0","nfftSelection":1024,"displayInfo":{"height":1000},)"
        R"("channels":{"min":1,"max":50},"frequencyRange":{"min":0,"max":500},"displayTimeAxisDuration":30},)"
        R"("settings":{"ready_timeout_ms":1000,"data_timeout_ms":1000,"row_count":100,"initial_poll_ms":100,)"
        R"("backoff":1.5,"max_poll_ms":1000,"max_server_errors":10,"max_network_errors":5,"expiry_confirmations":3},)"
        R"("thresholds":{"fail_at":{},"consumer_creation_ms":5000}})";
    const QByteArray reply = R"({"type":"reply","at_ms":5,"endpoint":"/configure","method":"POST","path":"/configure",)"
                             R"("status":200,"transport":"none","started_at_ms":1,"latency_ms":3,"body":"e30="})";
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty file");
    QTest::newRow("truncated line") << header + '\n' + reply.left(40) << QStringLiteral("line 2: truncated");
    QTest::newRow("bad base64") << header + '\n' + QByteArray(reply).replace("e30=", "e30=%%") + '\n'
                                << QStringLiteral("line 2: body: not valid base64");
    QTest::newRow("wrong format") << QByteArray(header).replace("focus-waterfall-session", "har") + '\n'
                                  << QStringLiteral("not a session recording");
    QTest::newRow("wrong version") << QByteArray(header).replace("\"version\":1", "\"version\":2") + '\n'
                                   << QStringLiteral("version 2 is not supported");
    QTest::newRow("huge line") << header + '\n' + QByteArray((64 << 20) + 10, 'x') + '\n' << QStringLiteral("line 2: line longer than");
    QTest::newRow("not a file") << QByteArray("<missing>") << QStringLiteral("cannot read");
}

void TestReplay::malformedFiles()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    QString file = m_dir.filePath(QStringLiteral("bad.jsonl"));
    if (data == "<missing>")
        file = m_dir.filePath(QStringLiteral("no-such-file.jsonl"));
    else
        writeAll(file, data);
    Run run;
    focusctl({QStringLiteral("replay"), file, QStringLiteral("--report"), QStringLiteral("-")}, run, false);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("focusctl replay: cannot replay \"%1\"").arg(file)), qPrintable(run.err));
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QVERIFY2(run.err.count(QLatin1Char('\n')) <= 2, qPrintable(run.err)); // a message, not a flood
}

void TestReplay::unwritableRecordIsRefusedBeforeSending()
{
    FocusEmulator emu;
    QVERIFY2(emu.start() != 0, qPrintable(emu.startError()));
    Run run;
    focusctl({QStringLiteral("watch"), QStringLiteral("--server"), emu.baseUrl(), QStringLiteral("--record"),
              m_dir.filePath(QStringLiteral("no/such/dir/s.jsonl"))},
             run, false);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("--record: cannot write")), qPrintable(run.err));
    QCOMPARE(emu.stats().jobsCreated, qint64(0));
}

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
