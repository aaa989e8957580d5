// libFuzzer target for focusctl's argument parser (app/focusctl/cliargs.h). The input is the command
// line after the program name, one argument per line. Whatever it holds, parsing returns a verdict
// and never crashes; a line it would run passes the same checks the server-facing code relies on.
#include "cliargs.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

namespace {

using wf::fuzz::require;

void checkWatch(const wf::cli::ParsedWatch &w)
{
    if (w.outcome != wf::cli::ParsedWatch::Outcome::Run) {
        require(!w.text.isEmpty(), "watch: refused or helped without any text");
        return;
    }
    require(w.args.server.isValid() && !w.args.server.host().isEmpty(), "watch runs without a valid server");
    require(wf::validateConfigure(w.args.request).empty(), "watch runs a configuration validateConfigure refuses");
    require(w.args.rows >= 1 && w.args.rowCount >= 1, "watch runs with no rows to wait for");
    require(w.args.readyTimeoutMs >= 1 && w.args.dataTimeoutMs >= 1, "watch runs with a non-positive timeout");
}

void checkProbe(const wf::cli::ParsedProbe &p)
{
    if (p.outcome != wf::cli::ParsedProbe::Outcome::Run) {
        require(!p.text.isEmpty(), "probe: refused or helped without any text");
        return;
    }
    require(p.args.server.isValid() && !p.args.server.host().isEmpty(), "probe runs without a valid server");
    require(p.args.timeoutMs >= 1 && p.args.timeoutMs <= 600'000, "probe runs with a timeout out of range");
}

void checkReplay(const wf::cli::ParsedReplay &r)
{
    if (r.outcome != wf::cli::ParsedReplay::Outcome::Run) {
        require(!r.text.isEmpty(), "replay: refused or helped without any text");
        return;
    }
    require(!r.args.file.trimmed().isEmpty(), "replay runs without a session file");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList arguments = size == 0 ? QStringList() : text.split(QLatin1Char('\n'));
    (void)wf::cli::CliArgs::requestedLanguage(arguments);
    const wf::cli::ParsedCommand parsed = wf::cli::CliArgs::parse(arguments);
    using Command = wf::cli::ParsedCommand::Command;
    switch (parsed.command) {
    case Command::Probe: checkProbe(parsed.probe); break;
    case Command::Watch: checkWatch(parsed.watch); break;
    case Command::Replay: checkReplay(parsed.replay); break;
    case Command::Unknown: require(!arguments.isEmpty(), "unknown command without arguments"); break;
    case Command::Usage: require(arguments.isEmpty(), "usage for a non-empty line"); break;
    case Command::Help:
    case Command::Version: break;
    }
    return 0;
}
