#pragma once
// QualityText: the words of the data-quality checks — names, what each one means, verdicts,
// occurrences — translated (context "QualityText"). Pure functions of their arguments.
#include "data/quality.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace wf {

class QualityText
{
    Q_DECLARE_TR_FUNCTIONS(QualityText)
  public:
    static QString checkName(QualityCheck check);
    static QString checkDescription(QualityCheck check); // one sentence for a tooltip and the report
    static QString verdictName(QualityVerdict verdict);
    static QColor verdictColor(QualityVerdict verdict);
    // "12:03:04.120 · channel 17" (row findings) or "+2.1 s" (session findings); empty when none.
    static QString siteText(const FindingSite &site);
    static QString metadataFieldName(const QString &field);
    // "3 checks fail, 2 warn, 11 pass · 12,345 rows checked"
    static QString summary(const QualityChecker &checker);
    // Whether the check is about rows of the waterfall (it can jump there).
    static bool isRowCheck(QualityCheck check);
};

} // namespace wf
