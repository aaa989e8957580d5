// FieldErrorMarks: see fielderrormarks.h.
#include "fielderrormarks.h"

#include <QLabel>
#include <QStringList>
#include <QVariant>
#include <QWidget>

namespace wf {

namespace {

bool marks(ConfigEnd violated, ConfigEnd field)
{
    return violated == ConfigEnd::Both || violated == field;
}

} // namespace

void FieldErrorMarks::show(const std::vector<ConfigViolation> &violations, const Words &words)
{
    for (const Slot &slot : m_slots) {
        QStringList lines, minLines, maxLines;
        for (const ConfigViolation &v : violations) {
            if (v.field != slot.field)
                continue;
            const QString text = words(v);
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
            mark(slot.min, lines.join(QLatin1Char('\n')));
        } else {
            mark(slot.min, minLines.join(QLatin1Char('\n')));
            mark(slot.max, maxLines.join(QLatin1Char('\n')));
        }
    }
}

void FieldErrorMarks::mark(QWidget *field, const QString &error)
{
    const bool bad = !error.isEmpty();
    field->setProperty("invalid", bad);
    field->setStyleSheet(bad ? QStringLiteral("border: 2px solid #c62828; border-radius: 3px;") : QString());
    const QString tip = m_tips.value(field);
    field->setToolTip(bad ? (tip.isEmpty() ? error : error + QLatin1Char('\n') + tip) : tip);
    field->setAccessibleDescription(error);
}

QWidget *FieldErrorMarks::firstInvalid() const
{
    for (const Slot &slot : m_slots)
        for (QWidget *w : {slot.min, slot.max})
            if (w->property("invalid").toBool() && w->isEnabled())
                return w;
    return nullptr;
}

} // namespace wf
