// ConfigureForm: what the user can set, what is disabled for each view, the words shown when a
// request would be refused, the recordings list, remembered settings and screenshots (LTR, RTL).
#include "configureform.h"
#include "timewindowbox.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDir>
#include <QFocusEvent>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace wf;

namespace {

// The text a reader sees, without the invisible marks that keep numbers left-to-right in Hebrew.
QString visible(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]")));
    return text;
}

template <typename T> T *child(const QWidget &form, const char *name)
{
    T *w = form.findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

ConfigureRequest historicRequest()
{
    ConfigureRequest r;
    r.view = ViewType::MultiChannel;
    r.channelMin = 11;
    r.channelMax = 109;
    r.nfft = 512;
    r.freqMin = 20;
    r.freqMax = 800;
    r.height = 200;
    r.timeAxisDurationS = 45;
    r.startTimeS = 1764946703;
    r.endTimeS = 1764947303;
    return r;
}

QString grabDir()
{
    const QString dir = QDir::temp().filePath(QStringLiteral("focuswaterfall-tst_configureform"));
    QDir().mkpath(dir);
    return dir;
}

} // namespace

class TestConfigureForm : public QObject
{
    Q_OBJECT

  private slots:
    void roundTrip_data();
    void roundTrip();
    void waterfallDisablesSpectralFields();
    void singleChannelMaxFollowsMin();
    void channelRangeNamedNotEnforced();
    void typedValueStaysAndIsNamed_data();
    void typedValueStaysAndIsNamed();
    void reversedRangeFlaggedAtOnce();
    void emptiedFieldIsRequired();
    void dateEditsShow24Hours_data();
    void dateEditsShow24Hours();
    void metresBesideChannels();
    void disagreeingChannelCountsAreNamed();
    void refusesInvalid_data();
    void refusesInvalid();
    void emitsWhenValid();
    void recordingsListAndPick();
    void findRecordingsAsksOwner();
    void serverRejection_data();
    void serverRejection();
    void settingsRoundTrip();
    void languageChangeKeepsState();
    void wheelOverTheFormChangesNothing();
    void screenshots_data();
    void screenshots();
};

void TestConfigureForm::roundTrip_data()
{
    QTest::addColumn<ConfigureRequest>("request");
    ConfigureRequest live;
    live.channelMin = 1;
    live.channelMax = 50;
    QTest::newRow("live multichannel") << live;
    QTest::newRow("historic multichannel") << historicRequest();
    ConfigureRequest single = historicRequest();
    single.view = ViewType::SingleChannel;
    single.channelMin = single.channelMax = 7;
    single.nfft = 65536;
    QTest::newRow("historic single channel, large nfft") << single;
    ConfigureRequest waterfall;
    waterfall.view = ViewType::Waterfall;
    waterfall.nfft = 1;
    waterfall.channelMin = 100;
    waterfall.channelMax = 2321;
    QTest::newRow("live waterfall") << waterfall;
}

void TestConfigureForm::roundTrip()
{
    QFETCH(ConfigureRequest, request);
    ConfigureForm form;
    form.setRequest(request);
    QCOMPARE(form.request(), request);
    QVERIFY(form.validate().empty());
    QCOMPARE(child<QRadioButton>(form, "historic")->isChecked(), request.historic());
    QCOMPARE(child<QDateTimeEdit>(form, "startTime")->isEnabled(), request.historic());
}

void TestConfigureForm::waterfallDisablesSpectralFields()
{
    ConfigureForm form;
    form.setRequest(historicRequest()); // nfft 512
    auto *view = child<QComboBox>(form, "viewType");
    auto *nfft = child<QComboBox>(form, "nfft");
    view->setCurrentIndex(int(ViewType::Waterfall));
    QVERIFY(!nfft->isEnabled());
    QCOMPARE(nfft->currentData().toInt(), 1);
    QVERIFY(!child<QDoubleSpinBox>(form, "freqMin")->isEnabled());
    QVERIFY(!child<QDoubleSpinBox>(form, "freqMax")->isEnabled());
    QVERIFY(!child<QDoubleSpinBox>(form, "timeAxis")->isEnabled());
    QVERIFY(child<QSpinBox>(form, "height")->isEnabled());
    QCOMPARE(form.request().view, ViewType::Waterfall);
    QCOMPARE(form.request().nfft, 1);
    QVERIFY(form.validate().empty());

    // Back to a spectral view: the fields come back with the user's nfft.
    view->setCurrentIndex(int(ViewType::MultiChannel));
    QVERIFY(nfft->isEnabled());
    QVERIFY(child<QDoubleSpinBox>(form, "freqMin")->isEnabled());
    QCOMPARE(form.request().nfft, 512);
    QCOMPARE(nfft->itemData(nfft->count() - 1).toInt(), 2048);
    QCOMPARE(nfft->itemData(0).toInt(), 128);
}

void TestConfigureForm::singleChannelMaxFollowsMin()
{
    ConfigureForm form;
    auto *min = child<QSpinBox>(form, "channelMin");
    auto *max = child<QSpinBox>(form, "channelMax");
    auto *nfft = child<QComboBox>(form, "nfft");
    child<QComboBox>(form, "viewType")->setCurrentIndex(int(ViewType::SingleChannel));
    QVERIFY(!max->isEnabled());
    QCOMPARE(max->value(), min->value());
    min->setValue(42);
    QCOMPARE(max->value(), 42);
    QCOMPARE(form.request().channelMin, 42);
    QCOMPARE(form.request().channelMax, 42);
    QCOMPARE(nfft->itemData(nfft->count() - 1).toInt(), 65536);
    nfft->setCurrentIndex(nfft->count() - 1);
    QVERIFY(form.validate().empty());

    // Multichannel caps nfft at 2048; back to single channel the larger choice returns.
    child<QComboBox>(form, "viewType")->setCurrentIndex(int(ViewType::MultiChannel));
    QVERIFY(max->isEnabled());
    QCOMPARE(form.request().nfft, 2048);
    child<QComboBox>(form, "viewType")->setCurrentIndex(int(ViewType::SingleChannel));
    QCOMPARE(form.request().nfft, 65536);
}

void TestConfigureForm::channelRangeNamedNotEnforced()
{
    ConfigureForm form;
    auto *min = child<QSpinBox>(form, "channelMin");
    auto *max = child<QSpinBox>(form, "channelMax");
    auto *error = child<QLabel>(form, "channelsError");
    max->setValue(2000);
    QVERIFY(error->isHidden());
    max->setValue(5000); // e.g. remembered from another server
    QVERIFY(!error->isHidden()); // 5000 channels in one job
    form.setChannelRange({1, 2337});
    QCOMPARE(max->value(), 5000); // kept, not cut to the fiber behind the user's back
    QCOMPARE(form.request().channelMax, 5000);
    QString shown = visible(error->text());
    QVERIFY2(shown.contains(QStringLiteral("1 to 2337")) && shown.contains(QStringLiteral("5000")), qPrintable(shown));
    QVERIFY(max->property("invalid").toBool());
    QVERIFY2(visible(max->toolTip()).contains(QStringLiteral("1 to 2337")), qPrintable(max->toolTip()));
    const QString bounds = visible(child<QLabel>(form, "channelBounds")->text());
    QVERIFY2(bounds.contains(QStringLiteral("1 to 2337")) && bounds.contains(QStringLiteral("2222")), qPrintable(bounds));

    min->setValue(1000);
    max->setValue(2400); // 1401 channels: only the last one is off the fiber
    QVERIFY(max->property("invalid").toBool());
    QVERIFY(!min->property("invalid").toBool());

    ConfigureRequest r;
    r.channelMin = 2000;
    r.channelMax = 3000;
    form.setRequest(r);
    QCOMPARE(form.request().channelMax, 3000);
    QVERIFY(!form.validate().empty());
    max->setValue(2337);
    QVERIFY(form.validate().empty());
    QVERIFY(error->isHidden());
    QVERIFY(!max->property("invalid").toBool());

    // The arrows stay on the fiber.
    max->stepUp();
    QCOMPARE(max->value(), 2337);
    form.setChannelRange({5, 2}); // nonsense from a server is ignored
    QVERIFY(visible(child<QLabel>(form, "channelBounds")->text()).contains(QStringLiteral("1 to 2337")));
}

void TestConfigureForm::typedValueStaysAndIsNamed_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("words");
    QTest::newRow("999999 channels") << "channelMax" << "999999" << "channelsError" << "1 to 2337 (999999 requested)";
    QTest::newRow("channel 0") << "channelMin" << "0" << "channelsError" << "start at 1 (0 requested)";
    QTest::newRow("99999 Hz") << "freqMax" << "99999" << "frequencyError" << "1000 Hz";
    QTest::newRow("height 0") << "height" << "0" << "heightError" << "at least one row";
    QTest::newRow("time axis 0") << "timeAxis" << "0" << "timeAxisError" << "longer than zero";
}

void TestConfigureForm::typedValueStaysAndIsNamed()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, errorLabel);
    QFETCH(QString, words);
    ConfigureForm form;
    form.setChannelRange({1, 2337});
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QSignalSpy spy(&form, &ConfigureForm::configureRequested);
    auto *box = form.findChild<QAbstractSpinBox *>(field);
    QVERIFY(box);
    auto *error = form.findChild<QLabel *>(errorLabel);
    QVERIFY(error);
    QVERIFY(error->isHidden());

    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, typed);
    // Shown as typed, before the field is left, beside the field: red text, red frame, tool tip.
    QCOMPARE(box->text(), typed);
    QVERIFY(!error->isHidden());
    QVERIFY2(visible(error->text()).contains(words), qPrintable(error->text()));
    QVERIFY(box->property("invalid").toBool());
    QVERIFY(!box->styleSheet().isEmpty());
    QVERIFY2(visible(box->toolTip()).contains(words), qPrintable(box->toolTip()));
    QVERIFY(error->wordWrap());

    // Leaving the field changes nothing either.
    QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
    QApplication::sendEvent(box, &out);
    QCOMPARE(box->text(), typed);

    // Start refuses, lists the problem by the button and goes back to the field.
    child<QPushButton>(form, "configureJob")->click();
    QCOMPARE(spy.count(), 0);
    QVERIFY(!child<QLabel>(form, "violations")->isHidden());
    QCOMPARE(box->text(), typed);
}

void TestConfigureForm::reversedRangeFlaggedAtOnce()
{
    ConfigureForm form;
    form.setChannelRange({1, 2337});
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto *min = child<QSpinBox>(form, "channelMin");
    auto *max = child<QSpinBox>(form, "channelMax");
    min->selectAll();
    QTest::keyClicks(min, QStringLiteral("80"));
    max->selectAll();
    QTest::keyClicks(max, QStringLiteral("20"));
    // At once, beside the range, both ends marked; nothing clicked.
    QString shown = visible(child<QLabel>(form, "channelsError")->text());
    QVERIFY2(shown.contains(QStringLiteral("The last channel (20) comes before the first (80)")), qPrintable(shown));
    QVERIFY(min->property("invalid").toBool() && max->property("invalid").toBool());
    QVERIFY(child<QLabel>(form, "violations")->isHidden()); // the list by the button waits for Start
    QCOMPARE(min->value(), 80);
    QCOMPARE(max->value(), 20);

    auto *fmin = child<QDoubleSpinBox>(form, "freqMin");
    fmin->selectAll();
    QTest::keyClicks(fmin, QStringLiteral("700"));
    shown = visible(child<QLabel>(form, "frequencyError")->text());
    QVERIFY2(shown.contains(QStringLiteral("must be above the minimum (700 Hz)")), qPrintable(shown));

    // The time window too.
    form.setRequest(historicRequest());
    auto *windowError = child<QLabel>(form, "timeWindowError");
    QVERIFY(windowError->isHidden());
    auto *end = child<QDateTimeEdit>(form, "endTime");
    end->setDateTime(QDateTime::fromSecsSinceEpoch(*historicRequest().startTimeS - 60));
    QVERIFY(!windowError->isHidden());
    QVERIFY2(visible(windowError->text()).contains(QStringLiteral("must be after the start")), qPrintable(windowError->text()));
    QVERIFY(end->property("invalid").toBool());
    end->setDateTime(QDateTime::fromSecsSinceEpoch(*historicRequest().endTimeS));
    QVERIFY(windowError->isHidden());
    QVERIFY(!end->property("invalid").toBool());
}

void TestConfigureForm::emptiedFieldIsRequired()
{
    ConfigureForm form;
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QSignalSpy spy(&form, &ConfigureForm::configureRequested);
    auto *height = child<QSpinBox>(form, "height");
    auto *error = child<QLabel>(form, "heightError");
    height->setFocus();
    height->selectAll();
    QTest::keyClick(height, Qt::Key_Backspace);
    QCOMPARE(height->text(), QString());
    QVERIFY(!error->isHidden());
    QVERIFY2(visible(error->text()).startsWith(QStringLiteral("Required")), qPrintable(error->text()));
    QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
    QApplication::sendEvent(height, &out);
    QCOMPARE(height->text(), QString()); // not reverted to the last number
    QVERIFY(!error->isHidden());
    const auto violations = form.validate();
    QCOMPARE(violations.size(), size_t(1));
    QCOMPARE(violations.front().rule, ConfigRule::Required);
    QCOMPARE(violations.front().field, ConfigField::Height);
    child<QPushButton>(form, "configureJob")->click();
    QCOMPARE(spy.count(), 0);
    QVERIFY2(visible(child<QLabel>(form, "violations")->text()).contains(QStringLiteral("Display height: required")),
             qPrintable(child<QLabel>(form, "violations")->text()));

    // An emptied channel field is required too, and its other rules wait for a value.
    auto *min = child<QSpinBox>(form, "channelMin");
    min->selectAll();
    QTest::keyClick(min, Qt::Key_Delete);
    QCOMPARE(min->text(), QString());
    QCOMPARE(visible(child<QLabel>(form, "channelsError")->text()), QStringLiteral("Required: type a value"));

    QTest::keyClicks(height, QStringLiteral("300"));
    QTest::keyClicks(min, QStringLiteral("3"));
    QVERIFY(error->isHidden());
    QVERIFY(form.validate().empty());
    child<QPushButton>(form, "configureJob")->click();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(qvariant_cast<ConfigureRequest>(spy.at(0).at(0)).height, 300);
}

void TestConfigureForm::dateEditsShow24Hours_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("he_IL") << QLocale(QLocale::Hebrew, QLocale::Israel);
}

void TestConfigureForm::dateEditsShow24Hours()
{
    QFETCH(QLocale, locale);
    const QLocale previous;
    QLocale::setDefault(locale);
    ConfigureForm form;
    const QDateTime afternoon(QDate(2025, 12, 5), QTime(15, 4, 5));
    ConfigureRequest r = historicRequest();
    r.startTimeS = afternoon.toSecsSinceEpoch();
    r.endTimeS = afternoon.toSecsSinceEpoch() + 600;
    form.setRequest(r);
    form.setRecordings({{afternoon.toMSecsSinceEpoch(), afternoon.toMSecsSinceEpoch() + 60000}});
    const QString date = visible(locale.toString(afternoon.date(), TimeWindowBox::dateTimeFormat(locale).section(QLatin1Char(' '), 0, 0)));
    for (const char *name : {"startTime", "endTime", "searchFrom", "searchTo"}) {
        auto *edit = child<QDateTimeEdit>(form, name);
        QVERIFY2(edit->displayFormat().endsWith(QStringLiteral(" HH:mm:ss")), qPrintable(edit->displayFormat()));
        QVERIFY(!edit->displayFormat().contains(QLatin1Char('a'), Qt::CaseInsensitive)); // no AM/PM
    }
    const QString start = visible(child<QDateTimeEdit>(form, "startTime")->text());
    const QString cell = visible(child<QTableWidget>(form, "recordingsTable")->item(0, 0)->text());
    QLocale::setDefault(previous);
    QVERIFY2(start.contains(QStringLiteral("15:04:05")) && start.contains(QStringLiteral("2025")), qPrintable(start));
    QVERIFY2(start.startsWith(date), qPrintable(start + QStringLiteral(" / ") + date));
    QVERIFY2(cell.contains(QStringLiteral("15:04:05")) && cell.contains(QStringLiteral("2025")), qPrintable(cell));
    QVERIFY2(!cell.contains(QStringLiteral("PM")) && !start.contains(QStringLiteral("PM")), qPrintable(cell));
}

void TestConfigureForm::metresBesideChannels()
{
    ConfigureForm form;
    form.show();
    ConfigureRequest r;
    r.channelMin = 11;
    r.channelMax = 109;
    form.setRequest(r);
    auto *distance = child<QLabel>(form, "channelDistance");
    QVERIFY(distance->isHidden());

    LiveMetadata ready;
    ready.dx = 1.0213698148727417;
    ready.prr = 2000;
    ready.fiberStartMeters = 100;
    form.setLiveMetadata(ready);
    QVERIFY(!distance->isHidden());
    const QLocale locale;
    QString text = visible(distance->text());
    QVERIFY2(text.contains(locale.toString(100 + 10 * ready.dx, 'f', 1) + QStringLiteral(" m")), qPrintable(text));
    QVERIFY2(text.contains(locale.toString(100 + 108 * ready.dx, 'f', 1) + QStringLiteral(" m")), qPrintable(text));

    // It follows the spin boxes.
    child<QSpinBox>(form, "channelMax")->setValue(1001);
    text = visible(distance->text());
    QVERIFY2(text.contains(locale.toString(100 + 1000 * ready.dx, 'f', 1)), qPrintable(text));

    // An invalid range (max below min) has no distance to tell: the line goes, the field's error says why.
    child<QSpinBox>(form, "channelMax")->setValue(5);
    QVERIFY2(distance->isHidden(), qPrintable(visible(distance->text())));
    child<QSpinBox>(form, "channelMax")->setValue(109);
    QVERIFY(!distance->isHidden());

    LiveMetadata waiting;
    waiting.swVersion = QStringLiteral("waiting for fiber");
    form.setLiveMetadata(waiting);
    QVERIFY(distance->isHidden());
    QVERIFY(!distance->text().contains(QStringLiteral(" m")));
}

void TestConfigureForm::refusesInvalid_data()
{
    QTest::addColumn<ConfigureRequest>("request");
    QTest::addColumn<QString>("message");

    ConfigureRequest tooMany;
    tooMany.channelMin = 1;
    tooMany.channelMax = 2300;
    QTest::newRow("2300 channels") << tooMany
                                   << QStringLiteral("Channels: at most 2222 channels per job (2300 requested)");
    ConfigureRequest freq;
    freq.freqMin = 600;
    freq.freqMax = 500;
    QTest::newRow("frequency max below min")
        << freq << QStringLiteral("Frequency range: the maximum (500 Hz) must be above the minimum (600 Hz)");
    ConfigureRequest reversed;
    reversed.channelMin = 80;
    reversed.channelMax = 20;
    QTest::newRow("channels reversed") << reversed
                                       << QStringLiteral("Channels: the last channel (20) comes before the first (80)");
    ConfigureRequest window = historicRequest();
    window.endTimeS = window.startTimeS;
    QTest::newRow("end == start") << window << QStringLiteral("Time window: the end (");
    window.endTimeS = *window.startTimeS - 60;
    QTest::newRow("end before start") << window << QStringLiteral("Time window: the end (");
}

void TestConfigureForm::refusesInvalid()
{
    QFETCH(ConfigureRequest, request);
    QFETCH(QString, message);
    ConfigureForm form;
    form.setChannelRange({1, 2337});
    form.setRequest(request);
    QSignalSpy spy(&form, &ConfigureForm::configureRequested);
    auto *violations = child<QLabel>(form, "violations");
    QVERIFY(violations->isHidden()); // nothing shown before the user asks
    QVERIFY(!form.validate().empty());

    child<QPushButton>(form, "configureJob")->click();
    QCOMPARE(spy.count(), 0);
    QVERIFY(!violations->isHidden());
    const QString shown = visible(violations->text());
    QVERIFY2(shown.contains(message), qPrintable(shown));
    const QStringList texts = form.violationTexts();
    QVERIFY(!texts.isEmpty());
    QVERIFY2(visible(texts.first()).startsWith(message), qPrintable(texts.first()));
    if (request.historic()) {
        // The times are named as dates and times (one 24-hour format everywhere), not as epoch seconds.
        QVERIFY2(!shown.contains(QString::number(*request.startTimeS)), qPrintable(shown));
        QVERIFY2(shown.contains(QDateTime::fromSecsSinceEpoch(*request.startTimeS).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                 qPrintable(shown));
    }

    // Fixing the field clears the message while the user edits.
    ConfigureRequest fixed;
    form.setRequest(fixed);
    QVERIFY(violations->isHidden());
    child<QPushButton>(form, "configureJob")->click();
    QCOMPARE(spy.count(), 1);
}

void TestConfigureForm::emitsWhenValid()
{
    ConfigureForm form;
    QVERIFY(form.validate().empty()); // a fresh form can be sent as it is
    QCOMPARE(form.request(), ConfigureRequest{});
    form.setChannelRange({1, 2337});
    QSignalSpy spy(&form, &ConfigureForm::configureRequested);
    const ConfigureRequest wanted = historicRequest();
    form.setRequest(wanted);
    child<QPushButton>(form, "configureJob")->click();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(qvariant_cast<ConfigureRequest>(spy.at(0).at(0)), wanted);
    QVERIFY(child<QLabel>(form, "violations")->isHidden());

    // While the job runs the same button stops it (one Start/Stop action), and says so.
    QSignalSpy stop(&form, &ConfigureForm::stopRequested);
    QCOMPARE(child<QPushButton>(form, "configureJob")->text(), QStringLiteral("Start job"));
    form.setBusy(true);
    QCOMPARE(child<QPushButton>(form, "configureJob")->text(), QStringLiteral("Stop job"));
    child<QPushButton>(form, "configureJob")->click();
    QCOMPARE(stop.count(), 1);
    QCOMPARE(spy.count(), 1);
    form.setBusy(false);
    QCOMPARE(child<QPushButton>(form, "configureJob")->text(), QStringLiteral("Start job"));
    child<QPushButton>(form, "configureJob")->click();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(stop.count(), 1);
}

void TestConfigureForm::recordingsListAndPick()
{
    ConfigureForm form;
    const QList<Recording> recs{{1764900000000, 1764903600000}, {1764946703500, -1}, {1764800000000, 1764800045000}};
    form.setRecordings(recs);
    auto *table = child<QTableWidget>(form, "recordingsTable");
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->columnCount(), 3);
    // Local time in the user's locale, to the second, with a four-digit year.
    const QDateTime first = QDateTime::fromSecsSinceEpoch(1764900000);
    const QString firstText = visible(table->item(0, 0)->text());
    QVERIFY2(firstText.contains(QString::number(first.date().year())) && firstText.contains(first.toString(QStringLiteral("mm:ss"))),
             qPrintable(firstText));
    QCOMPARE(visible(table->item(0, 2)->text()), QStringLiteral("1 h 0 min"));
    QCOMPARE(visible(table->item(2, 2)->text()), QStringLiteral("45 s"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("still recording"));
    QVERIFY2(visible(table->item(1, 2)->text()).endsWith(QStringLiteral("so far")), qPrintable(table->item(1, 2)->text()));
    QVERIFY(visible(child<QLabel>(form, "recordingsStatus")->text()).startsWith(QStringLiteral("3 recording(s) found")));

    QVERIFY(!form.request().historic());
    table->selectRow(0);
    ConfigureRequest r = form.request();
    QVERIFY(r.historic());
    QCOMPARE(*r.startTimeS, 1764900000);
    QCOMPARE(*r.endTimeS, 1764903600);
    QVERIFY(child<QRadioButton>(form, "historic")->isChecked());

    table->selectRow(1); // still recording: up to now
    r = form.request();
    QCOMPARE(*r.startTimeS, 1764946703);
    QVERIFY(qAbs(*r.endTimeS - QDateTime::currentSecsSinceEpoch()) <= 5);
    QVERIFY(form.validate().empty());

    form.setRecordings({});
    QCOMPARE(table->rowCount(), 0);
    QCOMPARE(visible(child<QLabel>(form, "recordingsStatus")->text()), QStringLiteral("No recordings in this range."));
    QCOMPARE(*form.request().startTimeS, 1764946703); // the picked window stays
}

void TestConfigureForm::findRecordingsAsksOwner()
{
    ConfigureForm form;
    QSignalSpy spy(&form, &ConfigureForm::recordingsRequested);
    auto *find = child<QPushButton>(form, "findRecordings");
    find->click();
    QCOMPARE(spy.count(), 1);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 start = spy.at(0).at(0).toLongLong(), end = spy.at(0).at(1).toLongLong();
    QVERIFY(qAbs(end - now) <= 5);
    QCOMPARE(end - start, 24 * 3600);
    QVERIFY(!find->isEnabled()); // one search at a time
    form.setRecordingsError(QStringLiteral("connection refused"));
    QVERIFY(find->isEnabled());
    const QString status = visible(child<QLabel>(form, "recordingsStatus")->text());
    QVERIFY2(status.contains(QStringLiteral("connection refused")), qPrintable(status));

    child<QDateTimeEdit>(form, "searchTo")->setDateTime(QDateTime::fromSecsSinceEpoch(start - 10));
    find->click();
    QCOMPARE(spy.count(), 1); // a backwards range is not sent
    QVERIFY(visible(child<QLabel>(form, "recordingsStatus")->text()).contains(QStringLiteral("must be after")));
}

void TestConfigureForm::serverRejection_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("words");
    QTest::newRow("404 no recording") << 404 << QStringLiteral("No recording found in given time range")
                                      << QStringLiteral("no recording in this time window (HTTP 404)");
    QTest::newRow("422 invalid") << 422 << QStringLiteral("body.channels: field required")
                                 << QStringLiteral("refused the job as invalid (HTTP 422)");
    QTest::newRow("503 waiting for fiber") << 503 << QStringLiteral("waiting for fiber")
                                           << QStringLiteral("waiting for the fiber (HTTP 503)");
    QTest::newRow("500") << 500 << QStringLiteral("Error parsing configuration")
                         << QStringLiteral("The server refused the job (HTTP 500).");
}

void TestConfigureForm::serverRejection()
{
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(QString, words);
    ConfigureForm form;
    auto *line = child<QLabel>(form, "serverRejection");
    QVERIFY(line->isHidden());
    form.showServerRejection(status, message);
    QVERIFY(!line->isHidden());
    const QString text = visible(line->text());
    QVERIFY2(text.contains(words), qPrintable(text));
    QVERIFY2(text.contains(message), qPrintable(text));
    QVERIFY(!line->styleSheet().isEmpty());
    // A new attempt clears the old refusal.
    child<QPushButton>(form, "configureJob")->click();
    QVERIFY(line->isHidden());
}

void TestConfigureForm::settingsRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    ConfigureRequest wanted = historicRequest();
    wanted.view = ViewType::SingleChannel;
    wanted.channelMin = wanted.channelMax = 33;
    wanted.nfft = 8192;
    {
        ConfigureForm form;
        form.setRequest(wanted);
        QSettings settings(file, QSettings::IniFormat);
        form.saveSettings(settings);
        QVERIFY(settings.childGroups().contains(QStringLiteral("configure")));
        QCOMPARE(settings.value(QStringLiteral("configure/nfft")).toInt(), 8192);
    }
    {
        ConfigureForm form;
        QSettings settings(file, QSettings::IniFormat);
        form.loadSettings(settings);
        QCOMPARE(form.request(), wanted);
    }
    {
        // Live: the typed window is remembered too, for the next switch to historic.
        ConfigureForm form;
        ConfigureRequest live = wanted;
        live.startTimeS.reset();
        live.endTimeS.reset();
        form.setRequest(wanted);
        form.setRequest(live);
        QSettings settings(file, QSettings::IniFormat);
        form.saveSettings(settings);
        ConfigureForm other;
        other.loadSettings(settings);
        QCOMPARE(other.request(), live);
        child<QRadioButton>(other, "historic")->setChecked(true);
        QCOMPARE(other.request(), wanted);
    }
    {
        // Nothing stored yet: the defaults stay.
        ConfigureForm form;
        const ConfigureRequest before = form.request();
        QSettings empty(dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
        form.loadSettings(empty);
        QCOMPARE(form.request(), before);
    }
}

void TestConfigureForm::wheelOverTheFormChangesNothing()
{
    // Scrolling the dock over the form used to turn channels 2222 into 2217, NFFT 1024 into 2048 and
    // a date's month, silently. Now only a field the user clicked or tabbed into takes the wheel.
    ConfigureForm form;
    ConfigureRequest historic = historicRequest();
    form.setRequest(historic);
    form.resize(420, 900);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto values = [&form] {
        QStringList out;
        for (QAbstractSpinBox *b : form.findChildren<QAbstractSpinBox *>())
            out << b->objectName() + QLatin1Char('=') + b->text();
        for (QComboBox *c : form.findChildren<QComboBox *>())
            out << c->objectName() + QLatin1Char('=') + c->currentText();
        return out;
    };
    const QStringList before = values();
    QList<QWidget *> fields;
    for (QAbstractSpinBox *b : form.findChildren<QAbstractSpinBox *>())
        fields << b;
    for (QComboBox *c : form.findChildren<QComboBox *>())
        fields << c;
    QVERIFY(fields.size() >= 10);
    form.setFocus();
    for (QWidget *f : fields) {
        QVERIFY2(!f->hasFocus(), qPrintable(f->objectName()));
        for (int delta : {120, -120, 360}) {
            const QPointF at(f->width() / 2.0, f->height() / 2.0);
            QWheelEvent wheel(at, f->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(f, &wheel);
        }
    }
    QCOMPARE(values(), before);
    QCOMPARE(form.request().channelMax, historic.channelMax);
    QCOMPARE(form.request().nfft, historic.nfft);
    // Focused (clicked or tabbed into), a field takes the wheel as usual.
    auto *height = form.findChild<QAbstractSpinBox *>(QStringLiteral("height"));
    QVERIFY(height);
    height->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(height->hasFocus());
    const QString was = height->text();
    const QPointF at(height->width() / 2.0, height->height() / 2.0);
    QWheelEvent wheel(at, height->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(height, &wheel);
    QVERIFY2(height->text() != was, qPrintable(height->text()));
}

void TestConfigureForm::languageChangeKeepsState()
{
    ConfigureForm form;
    ConfigureRequest bad = historicRequest();
    bad.freqMin = 900;
    bad.freqMax = 100;
    form.setRequest(bad);
    form.setRecordings({{1764900000000, -1}});
    form.showServerRejection(404, QStringLiteral("No recording found in given time range"));
    child<QPushButton>(form, "configureJob")->click();
    const QString violations = child<QLabel>(form, "violations")->text();
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&form, &change);
    QCOMPARE(form.request(), bad);
    QCOMPARE(child<QLabel>(form, "violations")->text(), violations);
    QVERIFY(!child<QLabel>(form, "serverRejection")->isHidden());
    QCOMPARE(child<QTableWidget>(form, "recordingsTable")->rowCount(), 1);
    QCOMPARE(child<QComboBox>(form, "viewType")->itemText(2), QStringLiteral("Waterfall"));
}

void TestConfigureForm::screenshots_data()
{
    QTest::addColumn<int>("direction");
    QTest::newRow("ltr") << int(Qt::LeftToRight);
    QTest::newRow("rtl") << int(Qt::RightToLeft);
}

void TestConfigureForm::screenshots()
{
    QFETCH(int, direction);
    QApplication::setLayoutDirection(Qt::LayoutDirection(direction));
    const QLocale previous;
    if (direction == Qt::RightToLeft) // Hebrew dates and digits, as a Hebrew user sees them
        QLocale::setDefault(QLocale(QLocale::Hebrew, QLocale::Israel));
    ConfigureForm form;
    form.resize(760, 720);
    form.setChannelRange({1, 2337});
    LiveMetadata md;
    md.dx = 1.0213698148727417;
    md.prr = 2000;
    md.fiberStartMeters = 0;
    form.setLiveMetadata(md);
    ConfigureRequest r = historicRequest();
    r.channelMax = 2300;
    form.setRequest(r);
    form.setRecordings({{1764900000000, 1764903600000}, {1764946703000, -1}});
    child<QPushButton>(form, "configureJob")->click();
    form.showServerRejection(503, QStringLiteral("waiting for fiber"));
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    const QPixmap shot = form.grab();
    QApplication::setLayoutDirection(Qt::LeftToRight);
    QLocale::setDefault(previous);
    QVERIFY(!shot.isNull());
    const QString file = grabDir() + QStringLiteral("/configureform-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(shot.save(file));
    qInfo("screenshot: %s", qPrintable(file));
}

void TestConfigureForm::disagreeingChannelCountsAreNamed()
{
    // The form is bounded by /channels; /live_metadata's other count is said beside it, not used.
    ConfigureForm form;
    form.setChannelRange(ChannelRange{1, 2337});
    LiveMetadata md;
    md.dx = 4.539;
    md.prr = 2000;
    md.numberOfChannels = 9791;
    form.setLiveMetadata(md);
    const QString bounds = visible(child<QLabel>(form, "channelBounds")->text());
    QVERIFY2(bounds.contains(QStringLiteral("1 to 2337")), qPrintable(bounds));
    QVERIFY2(bounds.contains(QStringLiteral("(/channels; bounds the form) · /live_metadata says 9791")), qPrintable(bounds));
    md.numberOfChannels = 2337;
    form.setLiveMetadata(md);
    QVERIFY(!visible(child<QLabel>(form, "channelBounds")->text()).contains(QStringLiteral("/live_metadata")));
}

QTEST_MAIN(TestConfigureForm)
#include "tst_configureform.moc"
