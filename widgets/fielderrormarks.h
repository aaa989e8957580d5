#pragma once
// FieldErrorMarks: a form's rule violations shown where they apply. Each field's sentences go in the
// label under it; the input at the violated end (first, last or both) gets a red frame, the sentence
// before its own tool tip and as its accessible description; the first marked input can take the
// focus. The words come from the caller (see ConfigureText). GUI thread; no text of its own.
#include "api/models.h"

#include <QHash>
#include <QString>
#include <functional>
#include <vector>

class QLabel;
class QWidget;

namespace wf {

class FieldErrorMarks
{
  public:
    struct Slot {
        ConfigField field;
        QLabel *label; // under the field; hidden while the field is right
        QWidget *min;  // the input of the range's first end (or the only input)
        QWidget *max;  // of its last end (the same widget for a single input)
    };
    using Words = std::function<QString(const ConfigViolation &)>;

    void setSlots(std::vector<Slot> fieldSlots) { m_slots = std::move(fieldSlots); }
    // The field's own tool tip, shown under an error's sentence while it is marked.
    void setTip(QWidget *field, const QString &tip) { m_tips[field] = tip; }
    // Marks the slots' fields for these violations (the others' fields are cleared).
    void show(const std::vector<ConfigViolation> &violations, const Words &words);
    // Frames and explains one input (an empty error clears it).
    void mark(QWidget *field, const QString &error);
    QWidget *firstInvalid() const; // the first enabled marked input, in slot order

  private:
    std::vector<Slot> m_slots;
    QHash<QWidget *, QString> m_tips;
};

} // namespace wf
