// focus-soak: the long-run (soak) check of the live path. See soakrun.h; --help for the switches.
#include "soakoptions.h"
#include "soakrun.h"

#include <QApplication>
#include <QJsonDocument>
#include <QTextStream>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    wf::soak::SoakOptions options;
    QString text;
    switch (wf::soak::SoakOptions::parse(app.arguments(), options, text)) {
    case wf::soak::SoakOptions::Outcome::Help: out << text; return 0;
    case wf::soak::SoakOptions::Outcome::Error: err << "focus-soak: " << text << "\n"; return 2;
    case wf::soak::SoakOptions::Outcome::Run: break;
    }
    using Path = wf::soak::SoakRun::Path;
    QList<Path> paths;
    if (options.rest)
        paths << Path::Rest;
    if (options.grpc)
        paths << Path::Grpc;
    // One run after the other, each with its own emulator and viewer: {"passed", "rest": {...}, "grpc": {...}}.
    QJsonObject report;
    bool passed = true;
    for (const Path path : paths) {
        const QString name = path == Path::Grpc ? QStringLiteral("grpc") : QStringLiteral("rest");
        err << "soak: the " << name << " path\n";
        err.flush();
        wf::soak::SoakRun run(options, path);
        QString error;
        if (!run.start(error)) {
            err << "focus-soak: " << error << "\n";
            return 2;
        }
        QObject::connect(&run, &wf::soak::SoakRun::finished, &app, &QCoreApplication::quit);
        app.exec();
        report.insert(name, run.report());
        passed = passed && run.passed();
    }
    report.insert(QStringLiteral("passed"), passed);
    out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    return passed ? 0 : 1;
}
