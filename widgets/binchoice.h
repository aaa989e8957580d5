#pragma once
// BinChoice: how a gRPC multichannel line's frequency bins per channel become one value (mean, max,
// or one bin with its number), as two controls for the waterfall's toolbar, and the note the colour
// bar carries for it ("mean of 8 bins", "bin 3, 125.0 Hz"). Shown only for rows that hold more than
// one bin per channel. GUI thread; translated (context "BinChoice").
#include "data/rowshape.h"
#include "data/rowsource.h"

#include <QObject>
#include <QString>

class QComboBox;
class QSpinBox;
class QWidget;

namespace wf {

class BinChoice : public QObject
{
    Q_OBJECT
  public:
    // The combo ("binReduction") and the spin box ("reductionBin") are children of parent.
    explicit BinChoice(QWidget *parent);
    QComboBox *modeBox() const { return m_mode; }
    QSpinBox *binBox() const { return m_bin; }

    // Shows the controls that apply to rows of this geometry (none unless binned).
    void setGeometry(const RowGeometry &g);
    BinReduction mode() const;
    int bin() const;
    // What the colour bar says about the bins; empty when the rows are not binned.
    QString scaleNote() const;
    void retranslate();

  signals:
    void changed(); // the user chose another mode or bin

  private:
    bool binned() const;
    void showControls();
    QComboBox *m_mode;
    QSpinBox *m_bin;
    RowGeometry m_geometry;
};

} // namespace wf
