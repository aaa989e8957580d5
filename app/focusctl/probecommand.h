#pragma once
// `focusctl probe`: runs the endpoint prober once and prints a table or JSON.
#include "cliargs.h"
#include "net/prober.h"

#include <QTextStream>

namespace wf::cli {

// How the human output is laid out: at most `width` columns a line (the reason wraps under its
// column), states coloured with ANSI escapes only when `colour` is set.
struct ProbeTableStyle {
    int width = 100;
    bool colour = false;
};

class ProbeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProbeCommand)
  public:
    using Style = ProbeTableStyle;

    // Runs the event loop until the probe is done; returns the exit status.
    static int run(const ProbeArgs &args, QTextStream &out);
    static QString table(const ProbeResult &result, const Style &style = {});
    // Colour only for a terminal on stdout, never when NO_COLOR is set (https://no-color.org) or TERM=dumb.
    static bool colourWanted();
    // Columns a terminal gives the text: escapes, bidi marks and combining marks take none.
    static qsizetype displayWidth(const QString &text);
    // Word-wrapped to `width` columns, continuation lines indented by `indent` spaces.
    static QStringList wrap(const QString &text, qsizetype width, qsizetype indent = 0);
};

} // namespace wf::cli
