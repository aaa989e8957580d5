// BinChoice: see binchoice.h.
#include "binchoice.h"

#include <QComboBox>
#include <QLocale>
#include <QSpinBox>
#include <algorithm>

namespace wf {

BinChoice::BinChoice(QWidget *parent) : QObject(parent), m_mode(new QComboBox(parent)), m_bin(new QSpinBox(parent))
{
    m_mode->addItems({QString(), QString(), QString()}); // index == BinReduction, texts in retranslate()
    m_mode->setObjectName(QStringLiteral("binReduction"));
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_mode->hide();
    m_bin->setObjectName(QStringLiteral("reductionBin"));
    m_bin->hide();
    // Lines from now on are reduced the new way; those stored keep theirs.
    connect(m_mode, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        showControls();
        emit changed();
    });
    connect(m_bin, qOverload<int>(&QSpinBox::valueChanged), this, &BinChoice::changed);
    retranslate();
}

void BinChoice::retranslate()
{
    m_mode->setItemText(int(BinReduction::Mean), tr("Mean of bins"));
    m_mode->setItemText(int(BinReduction::Max), tr("Max of bins"));
    m_mode->setItemText(int(BinReduction::Bin), tr("One bin"));
    m_mode->setToolTip(tr("How each channel's frequency bins (gRPC stream) become one value per line; a channel "
                          "holding a negative bin always shows it"));
    m_bin->setToolTip(tr("The frequency bin shown (0 = the lowest frequency)"));
}

bool BinChoice::binned() const
{
    return !m_geometry.spectrum && m_geometry.binsPerChannel > 1;
}

BinReduction BinChoice::mode() const
{
    return BinReduction(std::clamp(m_mode->currentIndex(), 0, 2));
}

int BinChoice::bin() const
{
    return m_bin->value();
}

void BinChoice::setGeometry(const RowGeometry &g)
{
    m_geometry = g;
    showControls();
}

void BinChoice::showControls()
{
    m_mode->setVisible(binned());
    m_bin->setVisible(binned() && mode() == BinReduction::Bin);
    m_bin->setRange(0, std::max(0, m_geometry.binsPerChannel - 1));
}

QString BinChoice::scaleNote() const
{
    if (!binned())
        return {};
    const QLocale loc;
    const int bins = m_geometry.binsPerChannel;
    switch (mode()) {
    case BinReduction::Mean:
        return tr("mean of %1 bins").arg(loc.toString(bins));
    case BinReduction::Max:
        return tr("max of %1 bins").arg(loc.toString(bins));
    case BinReduction::Bin:
        break;
    }
    const int b = m_bin->value();
    if (b < m_geometry.frequencies.size())
        return tr("bin %1, %2 Hz").arg(loc.toString(b), loc.toString(m_geometry.frequencies.at(b), 'f', 1));
    return tr("bin %1").arg(loc.toString(b));
}

} // namespace wf
