#pragma once
// Command line of focus-waterfall (also used by tests and demos).
#include "net/tlsoptions.h"

#include <QCoreApplication>
#include <QSize>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace wf {

struct GuiOptions {
    QUrl server;              // empty: start the built-in emulator
    QString lang;             // "en", "he" or empty (settings, then system locale)
    TlsOptions tls;
    bool autostart = false;   // configure the form's job at startup
    QString demoScenario = QStringLiteral("normal");
    QString screenshot;       // save the main window here after screenshotAfterS
    double screenshotAfterS = 3.0;
    double exitAfterS = 0;    // 0: run until closed
    QString tab;              // "configure", "endpoints" or "quality": the side tab shown at start
    QString report;           // write the HTML session report (and its JSON) here with the screenshot
    QString replay;           // a session recording to show at start instead of the live job
    double replaySpeed = 1.0; // 0: as fast as possible; 1: real time
    QSize windowSize;         // --window-size WxH: the window's size at start (invalid: remembered / screen)
    bool presentation = false; // --presentation: start in presentation mode (F11)
    std::optional<int> streamReadyTimeoutMs; // --stream-ready-timeout S: the form's "Stream ready within"
};

class GuiArgs
{
    Q_DECLARE_TR_FUNCTIONS(GuiArgs)
  public:
    enum class Outcome { Run, Help, Version, Error };
    static Outcome parse(const QStringList &arguments, GuiOptions &out, QString &text);
};

// Checks the settings file before anything reads it: when it cannot be read or parsed, it is
// renamed to "<name>.damaged-<time>" so that the program starts from defaults; returns the
// sentence to show (translated), empty when the file is fine or absent.
QString recoverSettings();

} // namespace wf
