#pragma once
// focusctl's backend options, shared by watch and probe: --rabbitmq URL --rabbitmq-user USER (the
// password from FOCUS_RABBITMQ_PASSWORD or a prompt on a terminal, never an option: it would show in
// the process list and the shell's history) and --kube-api URL [--kube-token-file F]
// [--kube-namespace NS]. Parsing is pure (the fuzz build runs it); the password is asked for at run
// time by rabbitPassword().
#include "backend/backendclient.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>

namespace wf::cli {

class BackendArgs
{
    Q_DECLARE_TR_FUNCTIONS(BackendArgs)
  public:
    BackendArgs();
    void addTo(QCommandLineParser &parser) const;
    // Reads the options into `access` (no password yet); false with the reason in `error`.
    bool read(const QCommandLineParser &parser, BackendAccess &access, QString &error) const;
    // The broker's password: FOCUS_RABBITMQ_PASSWORD, else asked on the terminal without echo; false
    // with the reason when neither is there (a script without the variable, stdin not a terminal).
    static bool rabbitPassword(QString &password, QString &error);
    static QString usageLines(); // the options as the usage text lists them

  private:
    QCommandLineOption m_rabbit, m_rabbitUser, m_kube, m_kubeToken, m_kubeNamespace;
};

} // namespace wf::cli
