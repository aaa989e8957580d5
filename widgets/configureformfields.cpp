#include "configureformfields.h"

#include <QLineEdit>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace wf {

namespace {

constexpr double kDoubleLimit = 1e9; // far beyond any bound, so a typed value is never cut short

// The widest of the texts the field shows for its range, trimmed to a few digits: a huge range
// must not widen the narrow dock the form lives in.
QSize trimmed(QSize hint, const QFontMetrics &fm, const QString &widest, int digits)
{
    const int extra = fm.horizontalAdvance(widest) - fm.horizontalAdvance(QString(digits, QLatin1Char('9')));
    hint.rwidth() -= std::max(0, extra);
    return hint;
}

} // namespace

FormSpinBox::FormSpinBox(QWidget *parent) : QSpinBox(parent)
{
    setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
}

void FormSpinBox::setSoftRange(int lowest, int highest)
{
    m_softMin = lowest;
    m_softMax = highest;
}

QValidator::State FormSpinBox::validate(QString &text, int &pos) const
{
    if (text.trimmed().isEmpty())
        return QValidator::Acceptable; // empty is a value the form reports ("required"), not reverts
    return QSpinBox::validate(text, pos);
}

int FormSpinBox::valueFromText(const QString &text) const
{
    return text.trimmed().isEmpty() ? minimum() : QSpinBox::valueFromText(text);
}

QString FormSpinBox::textFromValue(int value) const
{
    return value == minimum() ? QString() : QSpinBox::textFromValue(value);
}

void FormSpinBox::stepBy(int steps)
{
    const qint64 from = isEmpty() ? (steps > 0 ? m_softMin - 1 : m_softMax + 1) : value();
    setValue(int(std::clamp<qint64>(from + steps, m_softMin, m_softMax)));
    selectAll();
}

QAbstractSpinBox::StepEnabled FormSpinBox::stepEnabled() const
{
    if (isReadOnly())
        return StepNone;
    if (isEmpty())
        return StepUpEnabled | StepDownEnabled;
    StepEnabled e = StepNone;
    if (value() < m_softMax)
        e |= StepUpEnabled;
    if (value() > m_softMin)
        e |= StepDownEnabled;
    return e;
}

QSize FormSpinBox::sizeHint() const
{
    return trimmed(QSpinBox::sizeHint(), fontMetrics(), textFromValue(maximum()), m_hintDigits);
}

QSize FormSpinBox::minimumSizeHint() const
{
    return trimmed(QSpinBox::minimumSizeHint(), fontMetrics(), textFromValue(maximum()), m_hintDigits);
}

FormDoubleSpinBox::FormDoubleSpinBox(QWidget *parent) : QDoubleSpinBox(parent)
{
    setDecimals(6);
    setRange(-kDoubleLimit, kDoubleLimit);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
}

void FormDoubleSpinBox::setSoftRange(double lowest, double highest)
{
    m_softMin = lowest;
    m_softMax = highest;
}

QValidator::State FormDoubleSpinBox::validate(QString &text, int &pos) const
{
    if (text.trimmed().isEmpty())
        return QValidator::Acceptable;
    return QDoubleSpinBox::validate(text, pos);
}

double FormDoubleSpinBox::valueFromText(const QString &text) const
{
    return text.trimmed().isEmpty() ? minimum() : QDoubleSpinBox::valueFromText(text);
}

QString FormDoubleSpinBox::textFromValue(double value) const
{
    if (value == minimum())
        return {};
    // As short as the value is: 500, 0.5, 12.25 (not 500.000000).
    QLocale l = locale();
    l.setNumberOptions(l.numberOptions() | QLocale::OmitGroupSeparator);
    return l.toString(value, 'f', QLocale::FloatingPointShortest);
}

void FormDoubleSpinBox::stepBy(int steps)
{
    const double from = isEmpty() ? (steps > 0 ? m_softMin - singleStep() : m_softMax + singleStep()) : value();
    setValue(std::clamp(from + steps * singleStep(), m_softMin, m_softMax));
    selectAll();
}

QAbstractSpinBox::StepEnabled FormDoubleSpinBox::stepEnabled() const
{
    if (isReadOnly())
        return StepNone;
    if (isEmpty())
        return StepUpEnabled | StepDownEnabled;
    StepEnabled e = StepNone;
    if (value() < m_softMax)
        e |= StepUpEnabled;
    if (value() > m_softMin)
        e |= StepDownEnabled;
    return e;
}

QSize FormDoubleSpinBox::sizeHint() const
{
    return trimmed(QDoubleSpinBox::sizeHint(), fontMetrics(), textFromValue(maximum()), m_hintDigits);
}

QSize FormDoubleSpinBox::minimumSizeHint() const
{
    return trimmed(QDoubleSpinBox::minimumSizeHint(), fontMetrics(), textFromValue(maximum()), m_hintDigits);
}

} // namespace wf
