#include "cliargs.h"

#include <QCommandLineParser>
#include <cmath>

#include "apptext.h"
#include "backendargs.h"
#include "commonargs.h"
#include "optionvalues.h"
#include "validationtext.h"

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
              "the waterfall route is not deployed; 5 server unreachable or TLS failure.\n")
           + QLatin1Char('\n')
           + tr("  focusctl watch --server URL [--view multichannel|singlechannel|waterfall] [--channels A-B]\n"
                "                 [--nfft N] [--freq A-B] [--height N] [--duration S] [--historic START-END]\n"
                "                 [--rows N] [--row-count N] [--ready-timeout S] [--data-timeout S]\n"
                "                 [--report FILE|-] [--lang en|he] [--fail-on-findings]\n"
                "                 [--consumer-threshold S] [--record FILE] [--max-bad-replies N]\n"
                "                 [--rows-from auto|rest|grpc] [--stream-ready-timeout S]\n"
                "                 [--insecure | --ca-cert FILE | --pin-sha256 HEX]\n"
                "\n"
                "watch: configures one job and follows it until --rows rows have arrived, the job ends\n"
                "(208), or a timeout or fatal error, printing the timeline as it happens. Defaults: view\n"
                "multichannel, channels 1-50, nfft 1024, frequencies 0-500 Hz, height 1000, time axis\n"
                "(--duration) 30 s, live; --historic takes epoch seconds. --rows 100, --row-count 100\n"
                "rows asked per poll, --ready-timeout 60 s, --data-timeout 30 s. --report writes the JSON\n"
                "report to FILE, or to stdout with \"-\" (the timeline then goes to stderr). Ctrl-C stops\n"
                "the job and still writes the report. The report's \"quality\" object counts every\n"
                "data-quality finding; --fail-on-findings turns an exit status of 0 into 1 when any count\n"
                "is not zero. --consumer-threshold (default 5 s for REST rows, 25 s for the gRPC stream,\n"
                "whose port opens 7-21 s after configure on production servers): a consumer slower than\n"
                "this is a finding. --stream-ready-timeout (default 45 s): how long after configure the\n"
                "job's gRPC stream may refuse connections before the verdict. --record saves every raw reply to FILE for `focusctl replay`. A reply that\n"
                "cannot be read is a finding (quality.malformed_replies) and the job goes on; only\n"
                "--max-bad-replies (default 5) of them in a row end it as bad_response. --rows-from:\n"
                "where the rows are read; auto (default) takes the REST waterfall where the server has\n"
                "it and the job's gRPC stream (stream_url, stream_port) where it does not.\n"
                "Exit status: 0 ok or analyzer_exited; 1 stopped before a verdict, or the report could\n"
                "not be written; 2 bad usage or configuration refused before sending;\n"
                "3 endpoint_not_deployed; 4 consumer_not_created, job_expired, no_data,\n"
                "waiting_for_fiber, configure_rejected; 5 server_unreachable, tls_error, server_error,\n"
                "bad_response, client_error.\n")
           + QLatin1Char('\n')
           + tr("  backend options of watch (read-only, opt-in):\n") + BackendArgs::usageLines()
           + tr("\n"
                "With read access to the job's backend, a job that fails on the server's side (exit 3-5) gets\n"
                "one look at it: its pod, its service and port (the Kubernetes API, e.g. `kubectl proxy` through\n"
                "an SSH tunnel: ssh -L 8001:127.0.0.1:8001 NODE kubectl proxy, then http://127.0.0.1:8001), its\n"
                "RabbitMQ queue and the live source smart_recorder (the management API). The first rung that\n"
                "failed is the report's \"diagnosis_detail\" (pod_pending, port_held, queue_without_consumer,\n"
                "...). The password comes from FOCUS_RABBITMQ_PASSWORD or is asked for on a terminal; only GET\n"
                "requests are sent.\n")
           + QLatin1Char('\n')
           + tr("  focusctl replay FILE [--report FILE|-] [--fail-on-findings] [--lang en|he]\n"
                "\n"
                "replay: plays a session recorded with `watch --record FILE` through the same checks,\n"
                "offline and in virtual time (a timeout takes no real time): prints the same timeline and\n"
                "writes the same report, plus \"replayed_from\". Exit status as watch; 2 also when FILE\n"
                "cannot be read or is not a valid session recording.\n");
}

QString CliArgs::requestedLanguage(const QStringList &arguments)
{
    QString lang;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
            lang = arguments[i + 1];
        else if (arguments[i].startsWith(QLatin1String("--lang=")))
            lang = arguments[i].mid(7);
    }
    return lang;
}

ParsedCommand CliArgs::parse(const QStringList &arguments)
{
    ParsedCommand r;
    if (arguments.isEmpty())
        return r;
    const QString &command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h"))
        r.command = ParsedCommand::Command::Help;
    else if (command == QLatin1String("--version"))
        r.command = ParsedCommand::Command::Version;
    else if (command == QLatin1String("probe")) {
        r.command = ParsedCommand::Command::Probe;
        r.probe = parseProbe(rest);
    } else if (command == QLatin1String("watch")) {
        r.command = ParsedCommand::Command::Watch;
        r.watch = parseWatch(rest);
    } else if (command == QLatin1String("replay")) {
        r.command = ParsedCommand::Command::Replay;
        r.replay = parseReplay(rest);
    } else {
        r.command = ParsedCommand::Command::Unknown;
        r.text = command;
    }
    return r;
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
    const BackendArgs backend;
    backend.addTo(p);
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
    if (!backend.read(p, r.args.backend, r.text))
        return r;
    r.args.json = p.isSet(json);
    r.outcome = ParsedProbe::Outcome::Run;
    return r;
}

QString CliArgs::optionForField(ConfigField field)
{
    switch (field) {
    case ConfigField::View: return QStringLiteral("--view");
    case ConfigField::Channels: return QStringLiteral("--channels");
    case ConfigField::Nfft: return QStringLiteral("--nfft");
    case ConfigField::FrequencyRange: return QStringLiteral("--freq");
    case ConfigField::Height: return QStringLiteral("--height");
    case ConfigField::TimeAxisDuration: return QStringLiteral("--duration");
    case ConfigField::TimeWindow: return QStringLiteral("--historic");
    }
    return {};
}

ParsedReplay CliArgs::parseReplay(const QStringList &arguments)
{
    ParsedReplay r;
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption report(QStringLiteral("report"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("LANG"));
    const QCommandLineOption failOnFindings(QStringLiteral("fail-on-findings"));
    for (const auto *o : {&help, &report, &lang, &failOnFindings})
        p.addOption(*o);
    if (!p.parse(QStringList{QStringLiteral("focusctl-replay")} + arguments)) {
        r.text = p.errorText();
        return r;
    }
    if (p.isSet(help)) {
        r.outcome = ParsedReplay::Outcome::Help;
        r.text = usage();
        return r;
    }
    const QStringList files = p.positionalArguments();
    if (files.size() != 1 || files.first().trimmed().isEmpty()) {
        r.text = files.size() > 1 ? tr("unexpected argument \"%1\"").arg(files.at(1))
                                  : tr("replay needs the session file to play");
        return r;
    }
    r.args.file = files.first();
    if (p.isSet(lang)) {
        if (!isSupportedLanguage(p.value(lang))) {
            r.text = tr("--lang must be en or he");
            return r;
        }
        r.args.lang = p.value(lang);
    }
    if (p.isSet(report)) {
        r.args.report = p.value(report);
        if (r.args.report.trimmed().isEmpty()) {
            r.text = tr("--report needs a file name, or - for standard output");
            return r;
        }
    }
    r.args.failOnFindings = p.isSet(failOnFindings);
    r.outcome = ParsedReplay::Outcome::Run;
    return r;
}

ParsedWatch CliArgs::parseWatch(const QStringList &arguments)
{
    ParsedWatch r;
    WatchArgs &a = r.args;
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    auto valued = [](const char *name, const char *valueName) {
        return QCommandLineOption(QLatin1String(name), QString(), QLatin1String(valueName));
    };
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption server = valued("server", "URL");
    const QCommandLineOption view = valued("view", "VIEW");
    const QCommandLineOption channels = valued("channels", "A-B");
    const QCommandLineOption nfft = valued("nfft", "N");
    const QCommandLineOption freq = valued("freq", "A-B");
    const QCommandLineOption height = valued("height", "N");
    const QCommandLineOption duration = valued("duration", "S");
    const QCommandLineOption historic = valued("historic", "START-END");
    const QCommandLineOption rows = valued("rows", "N");
    const QCommandLineOption rowCount = valued("row-count", "N");
    const QCommandLineOption readyTimeout = valued("ready-timeout", "S");
    const QCommandLineOption dataTimeout = valued("data-timeout", "S");
    const QCommandLineOption report = valued("report", "FILE");
    const QCommandLineOption lang = valued("lang", "LANG");
    const QCommandLineOption failOnFindings(QStringLiteral("fail-on-findings"));
    const QCommandLineOption consumerThreshold = valued("consumer-threshold", "S");
    const QCommandLineOption record = valued("record", "FILE");
    const QCommandLineOption maxBadReplies = valued("max-bad-replies", "N");
    const QCommandLineOption rowsFrom = valued("rows-from", "SOURCE");
    const QCommandLineOption streamReadyTimeout = valued("stream-ready-timeout", "S");
    const QCommandLineOption insecure(QStringLiteral("insecure"));
    const QCommandLineOption ca = valued("ca-cert", "FILE");
    const QCommandLineOption pin = valued("pin-sha256", "HEX");
    const BackendArgs backend;
    backend.addTo(p);
    for (const auto *o : {&help, &server, &view, &channels, &nfft, &freq, &height, &duration, &historic, &rows,
                          &rowCount, &readyTimeout, &dataTimeout, &report, &lang, &failOnFindings, &consumerThreshold,
                          &record, &maxBadReplies, &rowsFrom, &streamReadyTimeout, &insecure, &ca, &pin})
        p.addOption(*o);
    if (!p.parse(QStringList{QStringLiteral("focusctl-watch")} + arguments)) {
        r.text = p.errorText();
        return r;
    }
    if (p.isSet(help)) {
        r.outcome = ParsedWatch::Outcome::Help;
        r.text = usage();
        return r;
    }
    if (!p.positionalArguments().isEmpty()) {
        r.text = tr("unexpected argument \"%1\"").arg(p.positionalArguments().first());
        return r;
    }
    if (!CommonArgs::parseServer(p.value(server), a.server, r.text))
        return r;
    if (p.isSet(lang)) {
        if (!isSupportedLanguage(p.value(lang))) {
            r.text = tr("--lang must be en or he");
            return r;
        }
        a.lang = p.value(lang);
    }

    ConfigureRequest &q = a.request;
    if (p.isSet(view)) {
        const auto v = viewTypeFromName(p.value(view).trimmed());
        if (!v) {
            r.text = tr("--view must be multichannel, singlechannel or waterfall, not \"%1\"").arg(p.value(view));
            return r;
        }
        q.view = *v;
    }
    if (q.view == ViewType::Waterfall) {
        // The waterfall view sends nfft 1 and no frequency range or time axis: a value given here would be dropped.
        for (const auto *o : {&nfft, &freq, &duration})
            if (p.isSet(*o)) {
                r.text = tr("--%1 does not apply to the waterfall view").arg(o->names().first());
                return r;
            }
        q.nfft = 1;
    }
    if (p.isSet(channels)) {
        qint64 lo = 0, hi = 0;
        if (!OptionValues::intRange(p.value(channels), lo, hi, true) || hi > 1'000'000) {
            r.text = tr("--channels must be A-B, channel numbers from 1 (e.g. 1-50), not \"%1\"").arg(p.value(channels));
            return r;
        }
        q.channelMin = int(lo);
        q.channelMax = int(hi);
    }
    if (p.isSet(nfft) && !OptionValues::integer(p.value(nfft), 1, 1 << 20, q.nfft)) {
        r.text = tr("--nfft must be a positive integer, not \"%1\"").arg(p.value(nfft));
        return r;
    }
    if (p.isSet(freq) && !OptionValues::doubleRange(p.value(freq), q.freqMin, q.freqMax)) {
        r.text = tr("--freq must be A-B in Hz (e.g. 0-500), not \"%1\"").arg(p.value(freq));
        return r;
    }
    if (p.isSet(height) && !OptionValues::integer(p.value(height), 1, 1'000'000, q.height)) {
        r.text = tr("--height must be a positive integer, not \"%1\"").arg(p.value(height));
        return r;
    }
    if (p.isSet(duration)) {
        bool ok = false;
        q.timeAxisDurationS = p.value(duration).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(q.timeAxisDurationS) || q.timeAxisDurationS <= 0) {
            r.text = tr("--duration must be a positive number of seconds, not \"%1\"").arg(p.value(duration));
            return r;
        }
    }
    if (p.isSet(historic)) {
        qint64 s = 0, e = 0;
        if (!OptionValues::intRange(p.value(historic), s, e, false)) {
            r.text = tr("--historic must be START-END in epoch seconds (e.g. 1764946700-1764946760), not \"%1\"")
                         .arg(p.value(historic));
            return r;
        }
        q.startTimeS = s;
        q.endTimeS = e;
    }
    if (p.isSet(rows) && !OptionValues::integer(p.value(rows), 1, 100'000'000, a.rows)) {
        r.text = tr("--rows must be an integer from 1 to 100000000, not \"%1\"").arg(p.value(rows));
        return r;
    }
    if (p.isSet(rowCount) && !OptionValues::integer(p.value(rowCount), 1, 100'000, a.rowCount)) {
        r.text = tr("--row-count must be an integer from 1 to 100000, not \"%1\"").arg(p.value(rowCount));
        return r;
    }
    if (p.isSet(readyTimeout) && !OptionValues::seconds(p.value(readyTimeout), 86'400, a.readyTimeoutMs)) {
        r.text = tr("--ready-timeout must be a number of seconds above 0 and at most 86400, not \"%1\"")
                     .arg(p.value(readyTimeout));
        return r;
    }
    if (p.isSet(dataTimeout) && !OptionValues::seconds(p.value(dataTimeout), 86'400, a.dataTimeoutMs)) {
        r.text = tr("--data-timeout must be a number of seconds above 0 and at most 86400, not \"%1\"")
                     .arg(p.value(dataTimeout));
        return r;
    }
    if (p.isSet(rowsFrom)) {
        const std::optional<RowsFrom> r2 = rowsFromFromName(p.value(rowsFrom));
        if (!r2) {
            r.text = tr("--rows-from must be auto, rest or grpc, not \"%1\"").arg(p.value(rowsFrom));
            return r;
        }
        a.rowsFrom = *r2;
    }
    if (p.isSet(maxBadReplies) && !OptionValues::integer(p.value(maxBadReplies), 1, 1'000'000, a.maxBadReplies)) {
        r.text = tr("--max-bad-replies must be an integer from 1 to 1000000, not \"%1\"").arg(p.value(maxBadReplies));
        return r;
    }
    if (p.isSet(report)) {
        a.report = p.value(report);
        if (a.report.trimmed().isEmpty()) {
            r.text = tr("--report needs a file name, or - for standard output");
            return r;
        }
    }
    a.failOnFindings = p.isSet(failOnFindings);
    if (p.isSet(consumerThreshold)) {
        if (!OptionValues::seconds(p.value(consumerThreshold), 86'400, a.consumerThresholdMs)) {
            r.text = tr("--consumer-threshold must be a number of seconds above 0 and at most 86400, not \"%1\"")
                         .arg(p.value(consumerThreshold));
            return r;
        }
        a.streamConsumerThresholdMs = a.consumerThresholdMs;
    }
    if (p.isSet(streamReadyTimeout) && !OptionValues::seconds(p.value(streamReadyTimeout), 86'400, a.streamReadyTimeoutMs)) {
        r.text = tr("--stream-ready-timeout must be a number of seconds above 0 and at most 86400, not \"%1\"")
                     .arg(p.value(streamReadyTimeout));
        return r;
    }
    if (p.isSet(record)) {
        a.record = p.value(record);
        if (a.record.trimmed().isEmpty()) {
            r.text = tr("--record needs a file name");
            return r;
        }
    }
    if (!CommonArgs::parseTls(p.isSet(insecure), p.value(ca), p.value(pin), a.tls, r.text))
        return r;
    if (!backend.read(p, a.backend, r.text))
        return r;

    const std::vector<ConfigViolation> violations = validateConfigure(q);
    if (!violations.empty()) {
        const QStringList lines = ValidationText::lines(violations, q, ValidationText::Style::CommandLine, &optionForField);
        r.text = tr("configuration refused before sending: %1").arg(lines.join(QStringLiteral("; ")));
        return r;
    }
    r.outcome = ParsedWatch::Outcome::Run;
    return r;
}

} // namespace wf::cli
