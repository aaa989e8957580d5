// BackendArgs: see backendargs.h.
#include "backendargs.h"

#include "backend/backendsettings.h"

#include <QRegularExpression>
#include <QUrl>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace wf::cli {

namespace {

QCommandLineOption valued(const char *name, const char *valueName)
{
    return QCommandLineOption(QLatin1String(name), QString(), QLatin1String(valueName));
}

} // namespace

BackendArgs::BackendArgs()
    : m_rabbit(valued("rabbitmq", "URL")), m_rabbitUser(valued("rabbitmq-user", "USER")), m_kube(valued("kube-api", "URL")),
      m_kubeToken(valued("kube-token-file", "FILE")), m_kubeNamespace(valued("kube-namespace", "NS"))
{
}

void BackendArgs::addTo(QCommandLineParser &parser) const
{
    for (const QCommandLineOption *o : {&m_rabbit, &m_rabbitUser, &m_kube, &m_kubeToken, &m_kubeNamespace})
        parser.addOption(*o);
}

bool BackendArgs::read(const QCommandLineParser &p, BackendAccess &access, QString &error) const
{
    if (p.isSet(m_rabbit)) {
        if (!parseBackendUrl(p.value(m_rabbit), access.rabbitUrl)) {
            error = tr("--rabbitmq must be the management API's http:// or https:// URL, without a user or password, "
                       "not \"%1\"").arg(p.value(m_rabbit));
            return false;
        }
        access.rabbitUser = p.value(m_rabbitUser).trimmed();
        if (access.rabbitUser.isEmpty()) {
            error = tr("--rabbitmq needs --rabbitmq-user (the password comes from FOCUS_RABBITMQ_PASSWORD or a prompt)");
            return false;
        }
    } else if (p.isSet(m_rabbitUser)) {
        error = tr("--rabbitmq-user needs --rabbitmq URL");
        return false;
    }
    if (p.isSet(m_kube)) {
        if (!parseBackendUrl(p.value(m_kube), access.kubeUrl)) {
            error = tr("--kube-api must be an http:// or https:// URL (e.g. http://127.0.0.1:8001 for kubectl proxy), not \"%1\"")
                        .arg(p.value(m_kube));
            return false;
        }
        access.kubeTokenFile = p.value(m_kubeToken);
        if (p.isSet(m_kubeNamespace)) {
            access.kubeNamespace = p.value(m_kubeNamespace);
            if (!validKubeNamespace(access.kubeNamespace)) {
                error = tr("--kube-namespace must be a Kubernetes namespace name (lower-case letters, digits and '-'), not \"%1\"")
                            .arg(access.kubeNamespace);
                return false;
            }
        }
    } else if (p.isSet(m_kubeToken) || p.isSet(m_kubeNamespace)) {
        error = tr("--kube-token-file and --kube-namespace need --kube-api URL");
        return false;
    }
    return true;
}

bool BackendArgs::rabbitPassword(QString &password, QString &error)
{
    const QByteArray env = qgetenv("FOCUS_RABBITMQ_PASSWORD");
    if (!env.isEmpty()) {
        password = QString::fromUtf8(env);
        return true;
    }
    if (!isatty(STDIN_FILENO)) {
        error = tr("the RabbitMQ password is needed: set FOCUS_RABBITMQ_PASSWORD (standard input is not a terminal to ask on)");
        return false;
    }
    std::fprintf(stderr, "%s", qPrintable(tr("RabbitMQ password: ")));
    std::fflush(stderr);
    termios old{};
    const bool echoOff = tcgetattr(STDIN_FILENO, &old) == 0;
    if (echoOff) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    char line[1024];
    const bool got = std::fgets(line, sizeof line, stdin) != nullptr;
    if (echoOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fprintf(stderr, "\n");
    if (!got) {
        error = tr("no RabbitMQ password was given");
        return false;
    }
    password = QString::fromUtf8(line).chopped(QString::fromUtf8(line).endsWith(QLatin1Char('\n')) ? 1 : 0);
    std::fill(std::begin(line), std::end(line), '\0');
    return true;
}

QString BackendArgs::usageLines()
{
    return tr("                 [--rabbitmq URL --rabbitmq-user USER]\n"
              "                 [--kube-api URL [--kube-token-file FILE] [--kube-namespace NS]]\n");
}

} // namespace wf::cli
