// ConfigureForm's rules and how it shows them: beside each field, on its frame and tool tip
// (FieldErrorMarks), and listed by the Start button after a refused start.
#include "configureform.h"

#include "configureformfields.h"
#include "nfftbox.h"
#include "configuretext.h"
#include "timewindowbox.h"

#include <QComboBox>
#include <QLabel>

namespace wf {

namespace {

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

std::vector<ConfigViolation> ConfigureForm::validate() const
{
    const ViewType v = view();
    std::vector<ConfigViolation> out;
    QList<ConfigField> emptied;
    auto required = [&](ConfigField field, ConfigEnd end, bool empty) {
        if (!empty)
            return;
        out.push_back({field, QStringLiteral("required"), ConfigRule::Required, end});
        emptied << field;
    };
    required(ConfigField::Channels, ConfigEnd::Min, m_channelMin->isEmpty());
    required(ConfigField::Channels, ConfigEnd::Max, v != ViewType::SingleChannel && m_channelMax->isEmpty());
    if (viewTakesNfft(v)) {
        required(ConfigField::FrequencyRange, ConfigEnd::Min, m_freqMin->isEmpty());
        required(ConfigField::FrequencyRange, ConfigEnd::Max, m_freqMax->isEmpty());
        required(ConfigField::TimeAxisDuration, ConfigEnd::Both, m_timeAxis->isEmpty());
    }
    required(ConfigField::Height, ConfigEnd::Both, m_height->isEmpty());
    // An emptied field's value means nothing: its other rules wait until it has one.
    for (ConfigViolation &c : validateConfigure(request(), m_channelRange))
        if (!emptied.contains(c.field))
            out.push_back(std::move(c));
    return out;
}

void ConfigureForm::updateViolations()
{
    const std::vector<ConfigViolation> violations = validate();
    updateFieldErrors(violations);
    // The list by the button: after a refused Start only, until nothing is wrong any more.
    const QStringList texts =
        m_showViolations ? ConfigureText::violationTexts(violations, request(), m_channelRange) : QStringList();
    if (texts.isEmpty())
        m_showViolations = false;
    m_violations->setText(texts.isEmpty() ? QString() : QStringLiteral("• ") + texts.join(QStringLiteral("\n• ")));
    m_violations->setVisible(!texts.isEmpty());
}

QString ConfigureForm::fieldErrorText(ConfigField field) const
{
    const ConfigureRequest q = request();
    QStringList lines;
    for (const ConfigViolation &v : validate())
        if (v.field == field)
            lines << capitalised(ConfigureText::sentence(v, q, m_channelRange));
    lines.removeDuplicates();
    return lines.join(QLatin1Char('\n'));
}

void ConfigureForm::updateFieldErrors(const std::vector<ConfigViolation> &violations)
{
    const ConfigureRequest q = request();
    const auto words = [&](const ConfigViolation &v) { return capitalised(ConfigureText::sentence(v, q, m_channelRange)); };
    m_marks.show(violations, words);
    // The time window marks its own fields (start, end or both).
    QStringList windowLines;
    bool startBad = false, endBad = false;
    for (const ConfigViolation &v : violations) {
        if (v.field != ConfigField::TimeWindow)
            continue;
        windowLines << words(v);
        startBad |= v.end != ConfigEnd::Max;
        endBad |= v.end != ConfigEnd::Min;
    }
    m_time->setWindowError(windowLines.join(QLatin1Char('\n')), startBad, endBad);
}

QStringList ConfigureForm::violationTexts() const
{
    return ConfigureText::violationTexts(validate(), request(), m_channelRange);
}

} // namespace wf
