#include "validationtext.h"

#include "apptext.h"
#include "datetext.h"

#include <QLocale>

namespace wf {

namespace {

using Style = ValidationText::Style;

// The form's numbers: locale digits without group separators, as its fields show them.
QLocale formLocale()
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale;
}

// A value's digits as the style writes them, not yet kept left-to-right.
QString digits(double value, Style style)
{
    return style == Style::Form ? formLocale().toString(value) : QString::number(value);
}

// The rule's words for this reader: the form's and focusctl's, side by side where they differ.
QString say(Style style, const QString &form, const QString &commandLine)
{
    return style == Style::Form ? form : commandLine;
}

} // namespace

QString ValidationText::number(qint64 value, Style style)
{
    return style == Style::Form ? ltr(formLocale().toString(value)) : QString::number(value);
}

QString ValidationText::sentence(const ConfigViolation &v, const ConfigureRequest &q, Style style,
                                 const std::optional<ChannelRange> &fiber)
{
    const bool form = style == Style::Form;
    auto n = [style](qint64 value) { return number(value, style); };
    // A frequency: the form's carries its unit, kept left-to-right; focusctl's sentences say "Hz" themselves.
    auto hz = [&](double f) { return form ? ltr(tr("%1 Hz").arg(digits(f, style))) : digits(f, style); };
    auto seconds = [&](double s) { return form ? ltr(tr("%1 s").arg(digits(s, style))) : digits(s, style); };
    using R = ConfigRule;
    if (v.rule == R::Required) // the form's only: an emptied field
        return tr("required: type a value");
    switch (v.field) {
    case ConfigField::View: break;
    case ConfigField::Channels: {
        const int channel = v.end == ConfigEnd::Max ? q.channelMax : q.channelMin;
        switch (v.rule) {
        case R::BelowOne:
            return say(style, tr("channel numbers start at 1 (%1 requested)"), tr("channel numbers start at 1 (%1 given)"))
                .arg(n(q.channelMin));
        case R::OutsideFiber:
            if (fiber)
                return tr("the fiber has channels %1 to %2 (%3 requested)")
                    .arg(n(fiber->lowest), n(fiber->highest), n(channel));
            break;
        case R::Reversed:
            return say(style, tr("the last channel (%1) comes before the first (%2)", "form"),
                       tr("the last channel (%1) comes before the first (%2)", "focusctl"))
                .arg(n(q.channelMax), n(q.channelMin));
        case R::TooMany:
            return say(style, tr("at most %1 channels per job (%2 requested)"), tr("at most %1 channels per job (%2 given)"))
                .arg(n(kMaxChannelsPerJob), n(q.channelCount()));
        case R::SingleNeedsOne:
            return say(style, tr("a single-channel view takes exactly one channel"),
                       tr("a single-channel view takes exactly one channel (e.g. 7-7)"));
        default: break;
        }
        break;
    }
    case ConfigField::Nfft:
        return say(style, tr("must be a power of two from %1 to %2 (%3 chosen)"),
                   tr("must be a power of two from %1 to %2 (%3 given)"))
            .arg(n(kMinNfft), n(maxNfft(q.view)), n(q.nfft));
    case ConfigField::FrequencyRange:
        if (v.rule == R::Reversed)
            return say(style, tr("the maximum (%1) must be above the minimum (%2)"),
                       tr("the maximum (%1 Hz) must be above the minimum (%2 Hz)"))
                .arg(hz(q.freqMax), hz(q.freqMin));
        return say(style, tr("must lie within %1 to %2 (%3 to %4 requested)"), tr("must lie within %1-%2 Hz (%3-%4 given)"))
            .arg(hz(kMinFrequencyHz), hz(kMaxFrequencyHz), hz(q.freqMin), hz(q.freqMax));
    case ConfigField::Height:
        return say(style, tr("must be at least one row (%1 requested)"), tr("must be at least 1 row (%1 given)")).arg(n(q.height));
    case ConfigField::TimeAxisDuration:
        return say(style, tr("must be longer than zero (%1 requested)"), tr("must be above 0 s (%1 given)"))
            .arg(seconds(q.timeAxisDurationS));
    case ConfigField::TimeWindow:
        switch (v.rule) {
        case R::NeedsBoth: return say(style, tr("a historic job needs both a start and an end"), tr("needs both a start and an end"));
        case R::BeforeEpoch: return tr("the start must not be before 1970");
        case R::Reversed:
            if (!form) // focusctl's user typed the two epoch seconds just now
                return tr("the end must be after the start");
            return tr("the end (%1) must be after the start (%2)")
                .arg(ltr(DateText::dateTimeS(*q.endTimeS)), ltr(DateText::dateTimeS(*q.startTimeS)));
        default: break;
        }
        break;
    }
    return form ? ltr(v.detail) : v.detail; // a limit core knows and these words do not cover yet
}

QStringList ValidationText::lines(const std::vector<ConfigViolation> &violations, const ConfigureRequest &q, Style style,
                                  FieldName fieldName, const std::optional<ChannelRange> &fiber)
{
    QStringList out;
    for (const ConfigViolation &v : violations)
        out << tr("%1: %2", "a field's label or option: what is wrong with it").arg(fieldName(v.field), sentence(v, q, style, fiber));
    out.removeDuplicates();
    return out;
}

} // namespace wf
