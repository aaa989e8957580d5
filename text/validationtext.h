#pragma once
// ValidationText: the words for core's validation results (validateConfigure's ConfigViolation),
// one sentence per rule, for both readers of them: the Configure form and focusctl watch. Pure
// functions of their arguments, translated (context "ValidationText"). The limits themselves are
// core's (api/models.h); these words read them from there.
#include "api/models.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace wf {

class ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(ValidationText)
  public:
    // Who reads the words, and so how they are said:
    // Form: for the form's fields; numbers in locale digits kept left-to-right, the value "requested".
    // CommandLine: for focusctl's options; plain numbers a script can grep, the value "given".
    // Where the two wordings differ, each keeps its own words (and its own Hebrew) under the one rule.
    enum class Style { Form, CommandLine };
    // How the reader knows a field: the form's label ("Channels") or focusctl's option ("--channels").
    using FieldName = QString (*)(ConfigField field);

    // One violation in words, without its field's name: "at most 2222 channels per job (2300 requested)".
    // fiber: the channel range /channels reported, named by OutsideFiber (the form's words: focusctl
    // does not know the fiber before it sends).
    static QString sentence(const ConfigViolation &violation, const ConfigureRequest &request, Style style,
                            const std::optional<ChannelRange> &fiber = std::nullopt);
    // The violations in words, one sentence each naming its field, duplicates dropped:
    // "Channels: at most 2222 channels per job (2300 requested)", "--nfft: must be a power of two ...".
    static QStringList lines(const std::vector<ConfigViolation> &violations, const ConfigureRequest &request,
                             Style style, FieldName fieldName, const std::optional<ChannelRange> &fiber = std::nullopt);
    // A count or channel number as the style writes it: Form "2222" in locale digits, no group
    // separators, kept left-to-right; CommandLine plain digits.
    static QString number(qint64 value, Style style);
};

} // namespace wf
