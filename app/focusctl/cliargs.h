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

class CliArgs
{
    Q_DECLARE_TR_FUNCTIONS(CliArgs)
  public:
    // `arguments` starts after the sub-command name.
    static ParsedProbe parseProbe(const QStringList &arguments);
    static QString usage();
};

} // namespace wf::cli
