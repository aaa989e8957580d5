#pragma once
// Argument parsing of focusctl, separate from running so it can be tested and fuzzed on its own.
#include "focusclient.h"

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
    QString report;                // empty: no report; "-": stdout; else a file
    bool failOnFindings = false;   // accepted; the data-quality checks give it meaning
};

struct ParsedWatch {
    enum class Outcome { Run, Help, Error } outcome = Outcome::Error;
    WatchArgs args;
    QString text; // help text or the error message
};

class CliArgs
{
    Q_DECLARE_TR_FUNCTIONS(CliArgs)
  public:
    // `arguments` starts after the sub-command name.
    static ParsedProbe parseProbe(const QStringList &arguments);
    // Every argument checked, and the configuration through validateConfigure(), before anything is sent.
    static ParsedWatch parseWatch(const QStringList &arguments);
    static QString usage();
    static QString optionForField(ConfigField field); // "--channels"
    static QString wireField(ConfigField field);      // "channels", as /configure spells it
};

} // namespace wf::cli
