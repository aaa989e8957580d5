#pragma once
// Validation of the switches every executable shares: --server and the TLS trust options.
#include "tlsoptions.h"

#include <QCoreApplication>
#include <QUrl>

namespace wf {

class CommonArgs
{
    Q_DECLARE_TR_FUNCTIONS(CommonArgs)
  public:
    static bool parseServer(const QString &text, QUrl &out, QString &error);
    // At most one of the three; empty strings mean "not given".
    static bool parseTls(bool insecure, const QString &caCert, const QString &pin, TlsOptions &out, QString &error);
};

} // namespace wf
