#include "cliargs.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include "apptext.h"
#include "commonargs.h"

namespace wf::cli {

QString CliArgs::usage()
{
    return tr("Usage:\n"
              "  focusctl probe --server URL [--json] [--lang en|he] [--timeout-ms N]\n"
              "                 [--insecure | --ca-cert FILE | --pin-sha256 HEX]\n"
              "\n"
              "probe: checks which endpoints of the Focus Server contract the server really has,\n"
              "without creating any job. Exit status: 0 all deployed endpoints available;\n"
              "1 reachable but a deployed endpoint failed; 2 bad usage; 3 a deployed endpoint or\n"
              "the waterfall route is not deployed; 5 server unreachable or TLS failure.\n");
}

ParsedProbe CliArgs::parseProbe(const QStringList &arguments)
{
    ParsedProbe r;
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption server(QStringLiteral("server"), QString(), QStringLiteral("URL"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("LANG"));
    const QCommandLineOption timeout(QStringLiteral("timeout-ms"), QString(), QStringLiteral("N"));
    const QCommandLineOption insecure(QStringLiteral("insecure"));
    const QCommandLineOption ca(QStringLiteral("ca-cert"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption pin(QStringLiteral("pin-sha256"), QString(), QStringLiteral("HEX"));
    for (const auto *o : {&help, &server, &json, &lang, &timeout, &insecure, &ca, &pin})
        p.addOption(*o);
    if (!p.parse(QStringList{QStringLiteral("focusctl-probe")} + arguments)) {
        r.text = p.errorText();
        return r;
    }
    if (p.isSet(help)) {
        r.outcome = ParsedProbe::Outcome::Help;
        r.text = usage();
        return r;
    }
    if (!p.positionalArguments().isEmpty()) {
        r.text = tr("unexpected argument \"%1\"").arg(p.positionalArguments().first());
        return r;
    }
    if (!CommonArgs::parseServer(p.value(server), r.args.server, r.text))
        return r;
    if (p.isSet(lang)) {
        if (!isSupportedLanguage(p.value(lang))) {
            r.text = tr("--lang must be en or he");
            return r;
        }
        r.args.lang = p.value(lang);
    }
    if (p.isSet(timeout)) {
        bool ok = false;
        const int ms = p.value(timeout).toInt(&ok);
        if (!ok || ms < 1 || ms > 600'000) {
            r.text = tr("--timeout-ms must be an integer from 1 to 600000");
            return r;
        }
        r.args.timeoutMs = ms;
    }
    if (!CommonArgs::parseTls(p.isSet(insecure), p.value(ca), p.value(pin), r.args.tls, r.text))
        return r;
    r.args.json = p.isSet(json);
    r.outcome = ParsedProbe::Outcome::Run;
    return r;
}

} // namespace wf::cli
