#pragma once
// Argument parsing of focusctl, separate from running so it can be tested and fuzzed on its own.
#include "backend/backendclient.h"
#include "net/focusclient.h"
#include "job/readinesscontroller.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace wf::cli {

struct ProbeArgs {
    QUrl server;
    QString lang;        // "en", "he" or empty (system locale)
    int timeoutMs = 5000;
    TlsOptions tls;
    bool json = false;
    BackendAccess backend; // --rabbitmq, --kube-api: the backend checks that need no job (no password yet)
};

struct ParsedProbe {
    enum class Outcome { Run, Help, Error } outcome = Outcome::Error;
    ProbeArgs args;
    QString text; // help text or the error message
};

struct WatchArgs {
    QUrl server;
    QString lang;                  // "en", "he" or empty (system locale)
    TlsOptions tls;
    ConfigureRequest request;      // validated with validateConfigure()
    int rows = 100;                // stop once this many rows have arrived
    int rowCount = 100;            // rows asked per waterfall poll
    int readyTimeoutMs = 60'000;
    int dataTimeoutMs = 30'000;
    int maxBadReplies = 5;         // malformed replies in a row before bad_response
    RowsFrom rowsFrom = RowsFrom::Auto; // REST waterfall, the job's gRPC stream, or auto
    QString report;                // empty: no report; "-": stdout; else a file
    bool failOnFindings = false;   // exit 1 instead of 0 when any quality count is not zero
    int consumerThresholdMs = 5000;// a slower consumer is a quality finding (REST rows)
    int streamConsumerThresholdMs = 25'000; // the same for rows from the gRPC stream (both set by --consumer-threshold)
    int streamReadyTimeoutMs = 45'000;      // configure -> the job's gRPC stream accepts a connection
    QString record;                // empty: no recording; else the session file to write
    BackendAccess backend;         // --rabbitmq, --kube-api: read a failed job's backend (no password yet)
};

struct ParsedWatch {
    enum class Outcome { Run, Help, Error } outcome = Outcome::Error;
    WatchArgs args;
    QString text; // help text or the error message
};

struct ReplayArgs {
    QString file;                  // the session file `watch --record` wrote
    QString lang;                  // "en", "he" or empty (system locale)
    QString report;                // empty: no report; "-": stdout; else a file
    bool failOnFindings = false;
};

struct ParsedReplay {
    enum class Outcome { Run, Help, Error } outcome = Outcome::Error;
    ReplayArgs args;
    QString text; // help text or the error message
};

// The whole command line (after the program name): which command, and that command's parse.
struct ParsedCommand {
    enum class Command {
        Usage,   // no arguments: usage on stderr, exit 2
        Help,    // --help / -h first: usage on stdout, exit 0
        Version, // --version first
        Probe,   // see `probe`
        Watch,   // see `watch`
        Replay,  // see `replay`
        Unknown, // `text` names the unknown command
    } command = Command::Usage;
    ParsedProbe probe;
    ParsedWatch watch;
    ParsedReplay replay;
    QString text;
};

class CliArgs
{
    Q_DECLARE_TR_FUNCTIONS(CliArgs)
  public:
    // Pure: prints nothing and never exits, so it can be tested and fuzzed. `arguments` excludes argv[0].
    static ParsedCommand parse(const QStringList &arguments);
    // The --lang value given anywhere on the line (read first: it decides the language of every message).
    static QString requestedLanguage(const QStringList &arguments);
    // `arguments` starts after the sub-command name.
    static ParsedProbe parseProbe(const QStringList &arguments);
    // Every argument checked, and the configuration through validateConfigure(), before anything is sent.
    static ParsedWatch parseWatch(const QStringList &arguments);
    static ParsedReplay parseReplay(const QStringList &arguments);
    static QString usage();
    // The option that sets a field ("--channels"): how focusctl names it in a refused configuration,
    // whose words are ValidationText's ("--nfft: must be a power of two from 128 to 2048 (1000 given)").
    static QString optionForField(ConfigField field);
};

} // namespace wf::cli
