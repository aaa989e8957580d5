// The language switch at run time, on the widgets a tester meets first: the configure form, the
// endpoint panel and the waterfall panel. Visible texts change to Hebrew and back, the layout
// mirrors while the plot stays left-to-right, and a picture of each language is saved.
#include "apptext.h"
#include "configureform.h"
#include "endpointpanel.h"
#include "waterfallpanel.h"
#include "waterfallplot.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace wf;

namespace {

// The text a reader sees, without the invisible marks that keep paths left-to-right.
QString visible(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]")));
    return text.trimmed();
}

bool hasHebrew(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x0590 && c.unicode() <= 0x05FF)
            return true;
    return false;
}

// Labels, buttons, group titles, tab titles and table headers, keyed by where they are.
QMap<QString, QString> visibleTexts(const QWidget *root)
{
    QMap<QString, QString> texts;
    int n = 0;
    auto add = [&texts, &n](const QString &kind, const QString &text) {
        const QString t = visible(text);
        if (!t.isEmpty())
            texts.insert(QStringLiteral("%1#%2").arg(kind).arg(n, 4, 10, QLatin1Char('0')), t);
    };
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        ++n;
        if (auto *l = qobject_cast<const QLabel *>(w))
            add(QStringLiteral("label"), l->text());
        else if (auto *b = qobject_cast<const QAbstractButton *>(w))
            add(QStringLiteral("button"), b->text());
        else if (auto *g = qobject_cast<const QGroupBox *>(w))
            add(QStringLiteral("group"), g->title());
        if (auto *tabs = qobject_cast<const QTabWidget *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                add(QStringLiteral("tab%1").arg(i), tabs->tabText(i));
        if (auto *tree = qobject_cast<const QTreeWidget *>(w))
            for (int c = 0; c < tree->columnCount(); ++c)
                add(QStringLiteral("header%1").arg(c), tree->headerItem()->text(c));
    }
    return texts;
}

// A probe where every route answered, so the table and summary hold translated words.
ProbeResult allAvailable()
{
    ProbeResult r;
    r.server = QStringLiteral("http://127.0.0.1:8500");
    r.reachable = true;
    r.openApiAvailable = true;
    r.checkedAtMs = QDateTime(QDate(2024, 5, 1), QTime(12, 3, 41)).toMSecsSinceEpoch();
    for (const EndpointSpec &spec : endpoints()) {
        EndpointProbe e;
        e.id = spec.id;
        e.state = EndpointState::Available;
        e.reason = ProbeReason::ExpectedReply;
        e.openApi = OpenApiFact::Listed;
        e.info.endpoint = spec.id;
        e.info.httpStatus = 200;
        e.info.latencyMs = 12.5;
        e.detail = QStringLiteral("route in openapi.json");
        r.endpoints.append(e);
    }
    return r;
}

QString screenshotDir()
{
    QString dir = qEnvironmentVariable("WF_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(QStringLiteral("focuswaterfall-tst_language"));
    QDir().mkpath(dir);
    return dir;
}

void switchTo(const QString &lang)
{
    installTranslations(*qApp, lang);
    QApplication::setLayoutDirection(lang == QLatin1String("he") ? Qt::RightToLeft : Qt::LeftToRight);
    QCoreApplication::processEvents(); // language-change events, and the old translators' deletion
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

  private slots:
    void switchesAtRunTime();
    void jobLogLinesFollowTheLanguage();

  private:
    void saveGrab(QWidget *w, const QString &name);
};

void TestLanguage::saveGrab(QWidget *w, const QString &name)
{
    const QPixmap shot = w->grab();
    QVERIFY(!shot.isNull());
    const QString file = screenshotDir() + QLatin1Char('/') + name;
    QVERIFY2(shot.save(file), qPrintable(file));
    qInfo("screenshot: %s", qPrintable(file));
}

void TestLanguage::switchesAtRunTime()
{
    switchTo(QStringLiteral("en"));
    QWidget window;
    auto *form = new ConfigureForm(&window);
    auto *endpoints = new EndpointPanel(&window);
    auto *waterfall = new WaterfallPanel(&window);
    auto *layout = new QHBoxLayout(&window);
    layout->addWidget(form);
    layout->addWidget(endpoints);
    layout->addWidget(waterfall, 1);
    endpoints->setResult(allAvailable());
    LiveMetadata metadata;
    metadata.swVersion = QStringLiteral("3.4.1");
    metadata.fiberDescription = QStringLiteral("North perimeter");
    metadata.dx = 1.02;
    metadata.prr = 2000;
    metadata.numberOfChannels = 2222;
    endpoints->setServerInfo(metadata, ChannelRange{1, 2222});
    form->setLiveMetadata(metadata);
    form->setChannelRange(ChannelRange{1, 2222});
    waterfall->resetJob(1, 200, 1.02);
    window.resize(1900, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QMap<QString, QString> english = visibleTexts(&window);
    QVERIFY2(english.size() > 20, qPrintable(QString::number(english.size())));
    QCOMPARE(window.layoutDirection(), Qt::LeftToRight);
    QVERIFY(form->x() < waterfall->x());
    saveGrab(&window, QStringLiteral("language_en.png"));

    // Hebrew, without a restart.
    switchTo(QStringLiteral("he"));
    const QMap<QString, QString> hebrew = visibleTexts(&window);
    QCOMPARE(hebrew.keys(), english.keys());
    QStringList changed;
    QStringList stillEnglish;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        const QString he = hebrew.value(it.key());
        if (he != it.value()) {
            changed << he;
            QVERIFY2(hasHebrew(he), qPrintable(QStringLiteral("\"%1\" became \"%2\"").arg(it.value(), he)));
        } else if (it.value().contains(QRegularExpression(QStringLiteral("\\b[a-z]{4,}\\b")))) {
            stillEnglish << it.value(); // a sentence with an English word, untranslated
        }
    }
    QVERIFY2(changed.size() * 10 >= english.size() * 8,
             qPrintable(QStringLiteral("%1 of %2 texts changed").arg(changed.size()).arg(english.size())));
    // Server-given text (the fiber description) is the only English a Hebrew reader may meet.
    stillEnglish.removeAll(QStringLiteral("North perimeter"));
    QVERIFY2(stillEnglish.isEmpty(), qPrintable(stillEnglish.join(QStringLiteral(" | "))));

    // The whole layout mirrors; the plot keeps time and channels left-to-right.
    for (QWidget *w : {&window, static_cast<QWidget *>(form), static_cast<QWidget *>(endpoints),
                       static_cast<QWidget *>(waterfall)})
        QCOMPARE(w->layoutDirection(), Qt::RightToLeft);
    QCOMPARE(waterfall->plot()->layoutDirection(), Qt::LeftToRight);
    QCoreApplication::processEvents();
    layout->activate();
    QVERIFY2(form->x() > waterfall->x(), "the form did not move to the right-hand side");
    saveGrab(&window, QStringLiteral("language_he.png"));

    // And back: the same words (the HUD's live figures such as fps move on meanwhile).
    switchTo(QStringLiteral("en"));
    const QMap<QString, QString> back = visibleTexts(&window);
    auto words = [](QString text) { return text.replace(QRegularExpression(QStringLiteral("[0-9]+")), QStringLiteral("#")); };
    for (auto it = english.cbegin(); it != english.cend(); ++it)
        QVERIFY2(words(back.value(it.key())) == words(it.value()),
                 qPrintable(QStringLiteral("\"%1\" came back as \"%2\"").arg(it.value(), back.value(it.key()))));
    QCOMPARE(back.keys(), english.keys());
    QCOMPARE(window.layoutDirection(), Qt::LeftToRight);
    QCOMPARE(waterfall->plot()->layoutDirection(), Qt::LeftToRight);
}

void TestLanguage::jobLogLinesFollowTheLanguage()
{
    // focusctl watch --lang he printed "1 of 20 rows are no newer than rows already received
    // (repeated or backwards)" and "…after the consumer was alive" in English.
    QList<JobErrorEntry> lines;
    lines << JobErrorEntry{0, QStringLiteral("/waterfall/{task_id}/{row_count}"), QStringLiteral("x"), JobErrorKind::RowsNotNewer, {1, 20}, {}}
          << JobErrorEntry{0, {}, QStringLiteral("x"), JobErrorKind::RowsNotNewerSoFar, {100}, {}}
          << JobErrorEntry{0, {}, QStringLiteral("x"), JobErrorKind::NotFoundAfterAlive, {}, QStringLiteral("{}")}
          << JobErrorEntry{0, {}, QStringLiteral("x"), JobErrorKind::Flapping, {3, 201}, {}};
    switchTo(QStringLiteral("he"));
    for (const JobErrorEntry &e : lines) {
        const QString text = AppText::jobErrorText(e);
        QVERIFY2(hasHebrew(text) && !text.contains(QRegularExpression(QStringLiteral("\\b[a-z]{4,}\\b"))), qPrintable(text));
        QVERIFY2(text.contains(QString::number(e.numbers.value(0, 0))) || e.numbers.isEmpty(), qPrintable(text));
    }
    switchTo(QStringLiteral("en"));
    QCOMPARE(AppText::jobErrorText(lines[0]), QStringLiteral("1 of 20 rows are no newer than rows already received (repeated or backwards)"));
    JobErrorEntry evidence;
    evidence.message = QStringLiteral("HTTP 400 {\"detail\":\"bad\"}");
    QCOMPARE(AppText::jobErrorText(evidence), evidence.message); // the server's words, as they are
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
