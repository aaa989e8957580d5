#pragma once
// The configure form's number fields: whatever the user types stays as typed (no clamping to a
// range, no silent revert of an emptied field); the form says what is wrong beside the field.
// The arrows step within a soft range (the fiber's channels, the contract's band) only.
#include <QDoubleSpinBox>
#include <QSpinBox>

namespace wf {

class FormSpinBox : public QSpinBox
{
  public:
    explicit FormSpinBox(QWidget *parent = nullptr);
    bool isEmpty() const { return value() == minimum(); } // the empty text is the minimum
    void setSoftRange(int lowest, int highest);
    void setHintDigits(int digits) { m_hintDigits = digits; }
    void stepBy(int steps) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  protected:
    QValidator::State validate(QString &text, int &pos) const override;
    int valueFromText(const QString &text) const override;
    QString textFromValue(int value) const override;
    StepEnabled stepEnabled() const override;

  private:
    int m_softMin = 1;
    int m_softMax = 99999;
    int m_hintDigits = 6;
};

class FormDoubleSpinBox : public QDoubleSpinBox
{
  public:
    explicit FormDoubleSpinBox(QWidget *parent = nullptr);
    bool isEmpty() const { return value() == minimum(); }
    void setSoftRange(double lowest, double highest);
    void setHintDigits(int digits) { m_hintDigits = digits; }
    void stepBy(int steps) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  protected:
    QValidator::State validate(QString &text, int &pos) const override;
    double valueFromText(const QString &text) const override;
    QString textFromValue(double value) const override;
    StepEnabled stepEnabled() const override;

  private:
    double m_softMin = 0;
    double m_softMax = 1000;
    int m_hintDigits = 6;
};

} // namespace wf
