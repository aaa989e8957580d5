#include "nfftbox.h"

#include "configuretext.h"

namespace wf {

NfftBox::NfftBox(QWidget *parent) : QComboBox(parent)
{
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (m_view != ViewType::Waterfall)
            m_lastNfft = nfft();
    });
}

void NfftBox::setView(ViewType view)
{
    m_view = view;
    const QSignalBlocker block(this);
    clear();
    if (!viewTakesNfft(view)) {
        addItem(ConfigureText::number(1), 1);
        return;
    }
    for (int n = kMinNfft; n <= maxNfft(view); n *= 2)
        addItem(ConfigureText::number(n), n);
    const int keep = m_lastNfft;
    select(m_lastNfft);
    m_lastNfft = keep; // a detour through a narrower view does not forget a larger choice
}

void NfftBox::select(int nfft)
{
    int index = 0;
    for (int i = 0; i < count(); ++i)
        if (itemData(i).toInt() <= nfft)
            index = i;
    const QSignalBlocker block(this);
    setCurrentIndex(index);
    if (m_view != ViewType::Waterfall)
        m_lastNfft = this->nfft();
}

} // namespace wf
