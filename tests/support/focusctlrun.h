#pragma once
// Running focusctl from a test, one way for every test: in the C.UTF-8 locale, never with
// waitForFinished() (the emulator the test started answers from the test's own event loop), with a
// timeout scaled by WF_TEST_TIME_SCALE, stdout optionally parsed as one JSON object.
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace wf::emu {
class FocusEmulator;
}

namespace wf::test {

struct FocusctlRun {
    QString problem;     // empty when focusctl ran to its end (and, when asked, printed one JSON object)
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json;    // stdout, when parsed
    qint64 wallMs = 0;
};

enum class Stdout { Text, Json };

// `program` is the path of focusctl (the test's FOCUSCTL_PATH); timeoutMs before scaling.
FocusctlRun runFocusctl(const QString &program, const QStringList &args, Stdout stdoutIs = Stdout::Text,
                        int timeoutMs = 60'000);

// A window of `seconds` inside a closed recording the emulator lists, a minute after its start
// (epoch seconds, as --start/--end take them).
std::optional<QPair<qint64, qint64>> historicWindow(const emu::FocusEmulator &emu, int seconds);

} // namespace wf::test

// In a test function: runs focusctl into `run` and stops the test when it did not run to its end.
#define WF_RUN_FOCUSCTL(run, ...)                                                                   \
    do {                                                                                            \
        run = wf::test::runFocusctl(__VA_ARGS__);                                                   \
        QVERIFY2(run.problem.isEmpty(), qPrintable(run.problem + QStringLiteral("\n") + run.err)); \
    } while (false)
