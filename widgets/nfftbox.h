#pragma once
// NfftBox: the configure form's FFT size: the powers of two a view takes (1 alone for the
// waterfall view), keeping the user's choice for the spectral views across a detour through the
// waterfall view or a view with a smaller largest size.
// Owner: ConfigureForm. Thread: GUI thread.
#include "api/models.h"

#include <QComboBox>

namespace wf {

class NfftBox : public QComboBox
{
    Q_OBJECT
  public:
    explicit NfftBox(QWidget *parent = nullptr);

    // The sizes `view` takes, the remembered choice (or the largest below it) selected.
    void setView(ViewType view);
    // Selects `nfft`, or the largest size below it.
    void select(int nfft);
    int nfft() const { return currentData().toInt(); }
    // The user's choice for the spectral views (what the form's settings keep).
    int remembered() const { return m_lastNfft; }
    void setRemembered(int nfft) { m_lastNfft = nfft; }

  private:
    ViewType m_view = ViewType::MultiChannel;
    int m_lastNfft = 1024;
};

} // namespace wf
