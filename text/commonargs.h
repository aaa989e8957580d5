#pragma once
// Validation of the switches every executable shares: --server and the TLS trust options.
#include "net/tlsoptions.h"

#include <QCoreApplication>
#include <QUrl>

namespace wf {

class CommonArgs
{
    Q_DECLARE_TR_FUNCTIONS(CommonArgs)
  public:
    // Who reads the error: a command line's user (it names the flag) or a form's (it names the field's
    // meaning; a window never names a command-line flag).
    enum class Said { ForCommandLine, ForForm };
    static bool parseServer(const QString &text, QUrl &out, QString &error, Said said = Said::ForCommandLine);
    // At most one of the three; empty strings mean "not given".
    static bool parseTls(bool insecure, const QString &caCert, const QString &pin, TlsOptions &out, QString &error,
                         Said said = Said::ForCommandLine);
};

} // namespace wf
