#include "configuretext.h"

#include "apptext.h"
#include "timewindowbox.h"

#include <QList>
#include <QLocale>

#include <cmath>

namespace wf {

QString ConfigureText::number(qint64 value)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return ltr(locale.toString(value));
}

QString ConfigureText::dateTime(qint64 epochS)
{
    return TimeWindowBox::dateTimeText(epochS);
}

QString ConfigureText::fieldName(ConfigField field)
{
    switch (field) {
    case ConfigField::View: return tr("View");
    case ConfigField::Channels: return tr("Channels");
    case ConfigField::Nfft: return tr("NFFT");
    case ConfigField::FrequencyRange: return tr("Frequency range");
    case ConfigField::Height: return tr("Display height");
    case ConfigField::TimeAxisDuration: return tr("Time axis");
    case ConfigField::TimeWindow: return tr("Time window");
    }
    return {};
}

// Mirrors the checks of validateConfigure only to pick the words; core decides what is invalid.
QStringList ConfigureText::explain(ConfigField field, const ConfigureRequest &q)
{
    const QLocale l;
    auto hz = [&](double v) { return ltr(tr("%1 Hz").arg(l.toString(v))); };
    QStringList s;
    switch (field) {
    case ConfigField::View: break;
    case ConfigField::Channels:
        if (q.channelMin < 1)
            s << tr("channel numbers start at 1 (%1 requested)").arg(number(q.channelMin));
        if (q.channelMax < q.channelMin)
            s << tr("the last channel (%1) comes before the first (%2)").arg(number(q.channelMax), number(q.channelMin));
        else if (q.channelCount() > kMaxChannelsPerJob)
            s << tr("at most %1 channels per job (%2 requested)").arg(number(kMaxChannelsPerJob), number(q.channelCount()));
        if (q.view == ViewType::SingleChannel && q.channelMin != q.channelMax)
            s << tr("a single-channel view takes exactly one channel");
        break;
    case ConfigField::Nfft:
        s << tr("must be a power of two from %1 to %2 (%3 chosen)")
                 .arg(number(128), number(q.view == ViewType::SingleChannel ? 65536 : 2048), number(q.nfft));
        break;
    case ConfigField::FrequencyRange:
        if (!std::isfinite(q.freqMin) || !std::isfinite(q.freqMax) || q.freqMin < 0 || q.freqMax > 1000)
            s << tr("must lie within %1 to %2 (%3 to %4 requested)").arg(hz(0), hz(1000), hz(q.freqMin), hz(q.freqMax));
        else if (q.freqMax <= q.freqMin)
            s << tr("the maximum (%1) must be above the minimum (%2)").arg(hz(q.freqMax), hz(q.freqMin));
        break;
    case ConfigField::Height:
        s << tr("must be at least one row (%1 requested)").arg(number(q.height));
        break;
    case ConfigField::TimeAxisDuration:
        s << tr("must be longer than zero (%1 requested)").arg(ltr(tr("%1 s").arg(l.toString(q.timeAxisDurationS))));
        break;
    case ConfigField::TimeWindow:
        if (q.startTimeS.has_value() != q.endTimeS.has_value())
            s << tr("a historic job needs both a start and an end");
        else if (q.historic() && *q.startTimeS < 0)
            s << tr("the start must not be before 1970");
        else if (q.historic() && *q.endTimeS <= *q.startTimeS)
            s << tr("the end (%1) must be after the start (%2)").arg(dateTime(*q.endTimeS), dateTime(*q.startTimeS));
        break;
    }
    return s;
}

QStringList ConfigureText::violationTexts(const ConfigureRequest &q)
{
    QStringList out;
    QList<ConfigField> seen;
    for (const ConfigViolation &v : validateConfigure(q)) {
        if (seen.contains(v.field))
            continue;
        seen << v.field;
        QStringList sentences = explain(v.field, q);
        if (sentences.isEmpty())
            sentences << ltr(v.detail); // a limit core knows and these words do not cover yet
        for (const QString &sentence : std::as_const(sentences))
            out << tr("%1: %2", "field name: what is wrong with it").arg(fieldName(v.field), sentence);
    }
    return out;
}

bool ConfigureText::waitingForFiber(int httpStatus, const QString &message)
{
    return httpStatus == 503 || message.contains(QLatin1String("waiting for fiber"), Qt::CaseInsensitive);
}

QString ConfigureText::rejectionText(int status, const QString &message)
{
    const QString said = message.trimmed();
    const QString http = ltr(QString::number(status));
    QString text;
    if (waitingForFiber(status, said))
        text = tr("The server refused the job: it is waiting for the fiber (HTTP %1). There is no live data until "
                  "the fiber is back.")
                   .arg(http);
    else if (status == 404)
        text = tr("The server refused the job: no recording in this time window (HTTP %1).").arg(http);
    else if (status == 422)
        text = tr("The server refused the job as invalid (HTTP %1).").arg(http);
    else if (status > 0)
        text = tr("The server refused the job (HTTP %1).").arg(http);
    else
        text = tr("The server refused the job.");
    if (!said.isEmpty())
        text += QLatin1Char(' ') + tr("Server message: %1").arg(ltr(said));
    return text;
}

} // namespace wf
