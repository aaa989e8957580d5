// ConfigureForm's remembered settings (QSettings group "configure").
#include "configureform.h"

#include "configureformfields.h"
#include "nfftbox.h"
#include "timewindowbox.h"

#include <QComboBox>
#include <QSettings>

#include <algorithm>

namespace wf {

void ConfigureForm::saveSettings(QSettings &settings) const
{
    const ConfigureRequest q = request();
    settings.beginGroup(QStringLiteral("configure"));
    // An emptied field keeps what was remembered before, rather than remembering nothing as a number.
    auto save = [&](const char *key, const QVariant &value, bool empty) {
        if (!empty)
            settings.setValue(QString::fromLatin1(key), value);
    };
    settings.setValue(QStringLiteral("view"), int(q.view));
    settings.setValue(QStringLiteral("rowsFrom"), rowsFromName(rowsFrom()));
    settings.setValue(QStringLiteral("streamReadyTimeoutS"), streamReadyTimeoutMs() / 1000);
    save("channelMin", q.channelMin, m_channelMin->isEmpty());
    save("channelMax", m_channelMax->value(), m_channelMax->isEmpty());
    settings.setValue(QStringLiteral("nfft"), m_nfft->remembered());
    save("freqMin", q.freqMin, m_freqMin->isEmpty());
    save("freqMax", q.freqMax, m_freqMax->isEmpty());
    save("height", q.height, m_height->isEmpty());
    save("timeAxisS", q.timeAxisDurationS, m_timeAxis->isEmpty());
    settings.setValue(QStringLiteral("historic"), q.historic());
    settings.setValue(QStringLiteral("startS"), m_time->startS());
    settings.setValue(QStringLiteral("endS"), m_time->endS());
    settings.endGroup();
}

void ConfigureForm::loadSettings(QSettings &settings)
{
    const ConfigureRequest cur = request();
    settings.beginGroup(QStringLiteral("configure"));
    ConfigureRequest q;
    q.view = ViewType(std::clamp(settings.value(QStringLiteral("view"), int(cur.view)).toInt(), 0, 2));
    setRowsFrom(rowsFromFromName(settings.value(QStringLiteral("rowsFrom")).toString()).value_or(RowsFrom::Auto));
    // Nothing remembered: the default the form was given (--stream-ready-timeout, else 45 s).
    setStreamReadyTimeoutMs(settings.value(QStringLiteral("streamReadyTimeoutS"), streamReadyTimeoutMs() / 1000).toInt() * 1000);
    q.channelMin = settings.value(QStringLiteral("channelMin"), cur.channelMin).toInt();
    q.channelMax = settings.value(QStringLiteral("channelMax"), m_channelMax->value()).toInt();
    q.nfft = settings.value(QStringLiteral("nfft"), m_nfft->remembered()).toInt();
    q.freqMin = settings.value(QStringLiteral("freqMin"), cur.freqMin).toDouble();
    q.freqMax = settings.value(QStringLiteral("freqMax"), cur.freqMax).toDouble();
    q.height = settings.value(QStringLiteral("height"), cur.height).toInt();
    q.timeAxisDurationS = settings.value(QStringLiteral("timeAxisS"), cur.timeAxisDurationS).toDouble();
    q.startTimeS = settings.value(QStringLiteral("startS"), m_time->startS()).toLongLong();
    q.endTimeS = settings.value(QStringLiteral("endS"), m_time->endS()).toLongLong();
    const bool historic = settings.value(QStringLiteral("historic"), cur.historic()).toBool();
    settings.endGroup();
    m_nfft->setRemembered(q.nfft);
    m_nfft->setView(view());
    setRequest(q); // fills both time edits
    m_time->setHistoric(historic);
}

} // namespace wf
