// ConfigureForm's rules and how it shows them: beside each field, on its frame and tool tip, and
// listed by the Start button after a refused start.
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

bool marks(ConfigEnd violated, ConfigEnd field)
{
    return violated == ConfigEnd::Both || violated == field;
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
    struct Slot {
        ConfigField field;
        QLabel *label;
        QWidget *min;
        QWidget *max;
    };
    const Slot fieldSlots[] = {{ConfigField::Channels, m_channelsError, m_channelMin, m_channelMax},
                          {ConfigField::Nfft, m_nfftError, m_nfft, m_nfft},
                          {ConfigField::FrequencyRange, m_freqError, m_freqMin, m_freqMax},
                          {ConfigField::Height, m_heightError, m_height, m_height},
                          {ConfigField::TimeAxisDuration, m_timeAxisError, m_timeAxis, m_timeAxis}};
    const ConfigureRequest q = request();
    QStringList windowLines;
    bool startBad = false, endBad = false;
    for (const Slot &slot : fieldSlots) {
        QStringList lines, minLines, maxLines;
        for (const ConfigViolation &v : violations) {
            if (v.field != slot.field)
                continue;
            const QString text = capitalised(ConfigureText::sentence(v, q, m_channelRange));
            lines << text;
            if (marks(v.end, ConfigEnd::Min))
                minLines << text;
            if (marks(v.end, ConfigEnd::Max))
                maxLines << text;
        }
        lines.removeDuplicates();
        slot.label->setText(lines.join(QLatin1Char('\n')));
        slot.label->setVisible(!lines.isEmpty());
        if (slot.min == slot.max) {
            markField(slot.min, lines.join(QLatin1Char('\n')));
        } else {
            markField(slot.min, minLines.join(QLatin1Char('\n')));
            markField(slot.max, maxLines.join(QLatin1Char('\n')));
        }
    }
    for (const ConfigViolation &v : violations) {
        if (v.field != ConfigField::TimeWindow)
            continue;
        windowLines << capitalised(ConfigureText::sentence(v, q, m_channelRange));
        startBad |= marks(v.end, ConfigEnd::Min);
        endBad |= marks(v.end, ConfigEnd::Max);
    }
    m_time->setWindowError(windowLines.join(QLatin1Char('\n')), startBad, endBad);
}

void ConfigureForm::markField(QWidget *field, const QString &error)
{
    const bool bad = !error.isEmpty();
    field->setProperty("invalid", bad);
    field->setStyleSheet(bad ? QStringLiteral("border: 2px solid #c62828; border-radius: 3px;") : QString());
    const QString tip = m_tips.value(field);
    field->setToolTip(bad ? (tip.isEmpty() ? error : error + QLatin1Char('\n') + tip) : tip);
    field->setAccessibleDescription(error);
}

QWidget *ConfigureForm::firstInvalidField() const
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_channelMin, m_channelMax, m_nfft, m_freqMin, m_freqMax, m_height, m_timeAxis})
        if (w->property("invalid").toBool() && w->isEnabled())
            return w;
    return nullptr;
}

QStringList ConfigureForm::violationTexts() const
{
    return ConfigureText::violationTexts(validate(), request(), m_channelRange);
}

} // namespace wf
