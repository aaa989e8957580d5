#include "configureform.h"
#include "wheelguard.h"

#include "apptext.h"
#include "configureformfields.h"
#include "configuretext.h"
#include "nfftbox.h"
#include "rejectionnote.h"
#include "timewindowbox.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace wf {

namespace {

QString num(qint64 value)
{
    return ConfigureText::number(value);
}

QHBoxLayout *pair(QWidget *a, QWidget *b, QWidget *parent)
{
    auto *row = new QHBoxLayout;
    row->addWidget(a);
    row->addWidget(new QLabel(QStringLiteral("–"), parent));
    row->addWidget(b);
    return row;
}

// A problem beside its field: red, wrapped to the dock's width, hidden while there is none.
QLabel *errorLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred); // the row's width, wrapped to it
    label->hide();
    return label;
}

} // namespace

ConfigureForm::ConfigureForm(QWidget *parent)
    : QWidget(parent), m_jobBox(new QGroupBox(this)), m_viewLabel(new QLabel(this)), m_view(new QComboBox(this)),
      m_channelsLabel(new QLabel(this)), m_channelMin(new FormSpinBox(this)), m_channelMax(new FormSpinBox(this)),
      m_channelsError(errorLabel("channelsError", this)), m_distance(new QLabel(this)), m_bounds(new QLabel(this)),
      m_nfftLabel(new QLabel(this)), m_nfft(new NfftBox(this)), m_nfftError(errorLabel("nfftError", this)),
      m_freqLabel(new QLabel(this)), m_freqMin(new FormDoubleSpinBox(this)), m_freqMax(new FormDoubleSpinBox(this)),
      m_freqError(errorLabel("frequencyError", this)), m_heightLabel(new QLabel(this)), m_height(new FormSpinBox(this)),
      m_heightError(errorLabel("heightError", this)), m_timeAxisLabel(new QLabel(this)),
      m_timeAxis(new FormDoubleSpinBox(this)), m_timeAxisError(errorLabel("timeAxisError", this)),
      m_rowsFromLabel(new QLabel(this)), m_rowsFrom(new QComboBox(this)),
      m_streamReadyLabel(new QLabel(this)), m_streamReady(new QSpinBox(this)), m_time(new TimeWindowBox(this)), m_violations(new QLabel(this)), m_rejection(new RejectionNote(this)),
      m_configure(new QPushButton(this))
{
    m_marks.setSlots({{ConfigField::Channels, m_channelsError, m_channelMin, m_channelMax},
                      {ConfigField::Nfft, m_nfftError, m_nfft, m_nfft},
                      {ConfigField::FrequencyRange, m_freqError, m_freqMin, m_freqMax},
                      {ConfigField::Height, m_heightError, m_height, m_height},
                      {ConfigField::TimeAxisDuration, m_timeAxisError, m_timeAxis, m_timeAxis}});
    m_view->addItems({QString(), QString(), QString()}); // texts in retranslate(), index == ViewType
    m_rowsFrom->addItems({QString(), QString(), QString()}); // index == RowsFrom
    m_streamReady->setRange(1, 600);
    setStreamReadyTimeoutMs(ReadinessSettings{}.streamReadyTimeoutMs);
    // Any value can be typed (and is then named as wrong); the arrows step within these.
    m_channelMin->setSoftRange(1, 99999);
    m_channelMax->setSoftRange(1, 99999);
    m_channelMin->setHintDigits(5);
    m_channelMax->setHintDigits(5);
    for (FormDoubleSpinBox *f : {m_freqMin, m_freqMax}) {
        f->setSoftRange(kMinFrequencyHz, kMaxFrequencyHz);
        f->setSingleStep(10);
        f->setHintDigits(4); // "1000": the pair fits the narrow dock
    }
    m_timeAxis->setHintDigits(5);
    m_height->setSoftRange(1, 100000);
    m_timeAxis->setSoftRange(1, 86400);

    m_view->setObjectName(QStringLiteral("viewType"));
    m_channelMin->setObjectName(QStringLiteral("channelMin"));
    m_channelMax->setObjectName(QStringLiteral("channelMax"));
    m_distance->setObjectName(QStringLiteral("channelDistance"));
    m_bounds->setObjectName(QStringLiteral("channelBounds"));
    m_nfft->setObjectName(QStringLiteral("nfft"));
    m_freqMin->setObjectName(QStringLiteral("freqMin"));
    m_freqMax->setObjectName(QStringLiteral("freqMax"));
    m_height->setObjectName(QStringLiteral("height"));
    m_timeAxis->setObjectName(QStringLiteral("timeAxis"));
    m_rowsFrom->setObjectName(QStringLiteral("rowsFrom"));
    m_streamReady->setObjectName(QStringLiteral("streamReadyTimeout"));
    m_violations->setObjectName(QStringLiteral("violations"));
    m_rejection->setObjectName(QStringLiteral("serverRejection"));
    m_configure->setObjectName(QStringLiteral("configureJob"));

    buildLayout();
    m_nfft->setView(view());

    connect(m_view, &QComboBox::currentIndexChanged, this, [this] {
        m_nfft->setView(view());
        if (view() == ViewType::SingleChannel)
            m_channelMax->setValue(m_channelMin->value());
        updateEnabled();
        onEdited();
    });
    connect(m_nfft, &QComboBox::currentIndexChanged, this, &ConfigureForm::onEdited); // after it remembers the choice
    connect(m_channelMin, &FormSpinBox::valueChanged, this, [this](int value) {
        if (view() == ViewType::SingleChannel)
            m_channelMax->setValue(value);
        onEdited();
    });
    connect(m_channelMax, &FormSpinBox::valueChanged, this, &ConfigureForm::onEdited);
    for (FormDoubleSpinBox *box : {m_freqMin, m_freqMax, m_timeAxis})
        connect(box, &FormDoubleSpinBox::valueChanged, this, &ConfigureForm::onEdited);
    connect(m_height, &FormSpinBox::valueChanged, this, &ConfigureForm::onEdited);
    connect(m_time, &TimeWindowBox::changed, this, &ConfigureForm::onEdited);
    connect(m_time, &TimeWindowBox::searchRequested, this, &ConfigureForm::recordingsRequested);
    connect(m_configure, &QPushButton::clicked, this, &ConfigureForm::onConfigureClicked);

    setRequest(ConfigureRequest{});
    retranslate();
    WheelGuard::install(this); // scrolling the dock over the form never edits it
}

void ConfigureForm::buildLayout()
{
    m_distance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bounds->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_bounds->hide();
    m_distance->hide();
    m_violations->setWordWrap(true);
    m_violations->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_violations->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_violations->hide();
    m_configure->setDefault(true);

    auto *channels = pair(m_channelMin, m_channelMax, this);
    channels->addStretch(1);
    // The notes under a field wrap to the form's width instead of widening it.
    m_distance->setWordWrap(true);
    m_bounds->setWordWrap(true);
    for (QLabel *note : {m_distance, m_bounds})
        note->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *freq = pair(m_freqMin, m_freqMax, this);
    freq->addStretch(1);

    auto *job = new QFormLayout(m_jobBox);
    job->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow); // only the notes take the row's width
    job->setRowWrapPolicy(QFormLayout::WrapLongRows); // a narrow dock puts a long label above its field
    job->addRow(m_viewLabel, m_view);
    job->addRow(m_channelsLabel, channels);
    job->addRow(QString(), m_channelsError);
    job->addRow(QString(), m_distance);
    job->addRow(QString(), m_bounds);
    job->addRow(m_nfftLabel, m_nfft);
    job->addRow(QString(), m_nfftError);
    job->addRow(m_freqLabel, freq);
    job->addRow(QString(), m_freqError);
    job->addRow(m_heightLabel, m_height);
    job->addRow(QString(), m_heightError);
    job->addRow(m_timeAxisLabel, m_timeAxis);
    job->addRow(QString(), m_timeAxisError);
    job->addRow(m_rowsFromLabel, m_rowsFrom);
    job->addRow(m_streamReadyLabel, m_streamReady);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_configure);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_jobBox);
    layout->addWidget(m_time, 1);
    layout->addWidget(m_violations);
    layout->addWidget(m_rejection);
    layout->addLayout(buttons);
    layout->addStretch(0); // what the folded time window leaves
}

void ConfigureForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConfigureForm::retranslate()
{
    m_jobBox->setTitle(tr("Job"));
    m_viewLabel->setText(tr("View"));
    m_view->setItemText(int(ViewType::MultiChannel), tr("Multichannel"));
    m_view->setItemText(int(ViewType::SingleChannel), tr("Single channel"));
    m_view->setItemText(int(ViewType::Waterfall), tr("Waterfall"));
    m_channelsLabel->setText(tr("Channels"));
    m_marks.setTip(m_channelMin, tr("First channel (1-based)"));
    m_marks.setTip(m_channelMax, tr("Last channel; a single-channel view uses the first one only"));
    m_nfftLabel->setText(tr("NFFT"));
    m_marks.setTip(m_nfft, tr("FFT size: a power of two, 128 to 2048 for multichannel, up to 65536 for a single "
                        "channel; always 1 for the waterfall view"));
    m_marks.setTip(m_freqMin, tr("Lowest frequency, %1 to %2").arg(ltr(tr("%1 Hz").arg(num(qint64(kMinFrequencyHz)))), ltr(tr("%1 Hz").arg(num(qint64(kMaxFrequencyHz))))));
    m_marks.setTip(m_freqMax, tr("Highest frequency, above the lowest and at most %1").arg(ltr(tr("%1 Hz").arg(num(qint64(kMaxFrequencyHz))))));
    m_freqLabel->setText(tr("Frequency range (Hz)"));
    m_heightLabel->setText(tr("Display height (rows)"));
    m_timeAxisLabel->setText(tr("Time axis (s)"));
    m_rowsFromLabel->setText(tr("Rows from"));
    m_rowsFrom->setItemText(int(RowsFrom::Auto), tr("Automatic"));
    m_rowsFrom->setItemText(int(RowsFrom::Rest), tr("REST waterfall"));
    m_rowsFrom->setItemText(int(RowsFrom::Grpc), tr("gRPC stream"));
    m_rowsFrom->setToolTip(tr("Automatic reads the REST waterfall where the server has it and the job's gRPC "
                              "stream (stream_url, stream_port) where it does not."));
    m_streamReadyLabel->setText(tr("Stream ready within (s)"));
    // The combos as wide as their words in this language (a combo's own size hints are cached and
    // kept the other language's width after a switch).
    for (QComboBox *box : {m_view, m_rowsFrom}) {
        int text = 0;
        for (int i = 0; i < box->count(); ++i)
            text = std::max(text, box->fontMetrics().horizontalAdvance(box->itemText(i)));
        QStyleOptionComboBox option;
        option.initFrom(box);
        const QSize size = box->style()->sizeFromContents(QStyle::CT_ComboBox, &option,
                                                          QSize(text + 8, box->fontMetrics().height()), box);
        box->setFixedWidth(size.width());
    }
    m_streamReady->setToolTip(tr("How long after configure the job's gRPC stream may refuse connections before the "
                                 "job is given up: production servers open a job's stream 7–21 s after configure."));
    m_configure->setText(AppText::startStopText(m_busy));
    m_configure->setToolTip(AppText::startStopToolTip(m_busy));
    if (m_channelRange) {
        updateBounds();
        m_marks.setTip(m_channelMin, tr("First channel, %1 to %2").arg(num(m_channelRange->lowest), num(m_channelRange->highest)));
        m_marks.setTip(m_channelMax, tr("Last channel, %1 to %2; a single-channel view uses the first one only")
                                   .arg(num(m_channelRange->lowest), num(m_channelRange->highest)));
    }
    updateDistances();
    updateViolations(); // (the rejection note retranslates itself)
}

RowsFrom ConfigureForm::rowsFrom() const
{
    return RowsFrom(std::clamp(m_rowsFrom->currentIndex(), 0, 2));
}

void ConfigureForm::setRowsFrom(RowsFrom rowsFrom)
{
    m_rowsFrom->setCurrentIndex(int(rowsFrom));
}

int ConfigureForm::streamReadyTimeoutMs() const
{
    return m_streamReady->value() * 1000;
}

void ConfigureForm::setStreamReadyTimeoutMs(int ms)
{
    m_streamReady->setValue(std::clamp((ms + 500) / 1000, m_streamReady->minimum(), m_streamReady->maximum()));
}

ViewType ConfigureForm::view() const
{
    return ViewType(std::clamp(m_view->currentIndex(), 0, 2));
}

void ConfigureForm::updateEnabled()
{
    const bool spectral = view() != ViewType::Waterfall;
    for (QWidget *w : std::initializer_list<QWidget *>{m_nfftLabel, m_nfft, m_freqLabel, m_freqMin, m_freqMax,
                                                        m_timeAxisLabel, m_timeAxis})
        w->setEnabled(spectral);
    m_channelMax->setEnabled(view() != ViewType::SingleChannel);
}

QString ConfigureForm::metres(int channel) const
{
    const double m = m_metadata->fiberStartMeters.value_or(0) + (channel - 1) * m_metadata->dx;
    return ltr(tr("%1 m").arg(QLocale().toString(m, 'f', 1)));
}

void ConfigureForm::updateDistances()
{
    // No distance for a channel range the server would refuse ("5,105.8 m to -2.0 m" read as a fact).
    const std::vector<ConfigViolation> violations = validate();
    const bool channelsInvalid = std::any_of(violations.begin(), violations.end(),
                                             [](const ConfigViolation &v) { return v.field == ConfigField::Channels; });
    if (!m_metadata || !m_metadata->dxKnown() || m_channelMin->isEmpty() || channelsInvalid
        || (view() != ViewType::SingleChannel && m_channelMax->isEmpty())) {
        m_distance->clear();
        m_distance->hide();
        return;
    }
    const int first = m_channelMin->value();
    const int last = view() == ViewType::SingleChannel ? first : m_channelMax->value();
    m_distance->setText(first == last ? tr("at %1 along the fiber").arg(metres(first))
                                      : tr("%1 to %2 along the fiber").arg(metres(first), metres(last)));
    m_distance->setToolTip(
        tr("Channel n lies at fiber start + (n − 1) × %1").arg(ltr(tr("%1 m").arg(QLocale().toString(m_metadata->dx, 'f', 3)))));
    m_distance->show();
}

void ConfigureForm::onEdited()
{
    updateDistances();
    updateViolations();
}

ConfigureRequest ConfigureForm::request() const
{
    ConfigureRequest r;
    r.view = view();
    r.channelMin = m_channelMin->value();
    r.channelMax = r.view == ViewType::SingleChannel ? r.channelMin : m_channelMax->value();
    r.nfft = r.view == ViewType::Waterfall ? 1 : m_nfft->nfft();
    r.freqMin = m_freqMin->value();
    r.freqMax = m_freqMax->value();
    r.height = m_height->value();
    r.timeAxisDurationS = m_timeAxis->value();
    if (m_time->historic()) {
        r.startTimeS = m_time->startS();
        r.endTimeS = m_time->endS();
    }
    return r;
}

void ConfigureForm::setRequest(const ConfigureRequest &q)
{
    m_view->setCurrentIndex(int(q.view));
    if (q.view != ViewType::Waterfall)
        m_nfft->select(q.nfft);
    m_channelMin->setValue(q.channelMin);
    m_channelMax->setValue(q.view == ViewType::SingleChannel ? q.channelMin : q.channelMax);
    m_freqMin->setValue(q.freqMin);
    m_freqMax->setValue(q.freqMax);
    m_height->setValue(q.height);
    m_timeAxis->setValue(q.timeAxisDurationS);
    if (q.startTimeS)
        m_time->setStartS(*q.startTimeS);
    if (q.endTimeS)
        m_time->setEndS(*q.endTimeS);
    m_time->setHistoric(q.historic());
    updateEnabled();
    onEdited();
}

void ConfigureForm::setChannelRange(const ChannelRange &range)
{
    if (range.highest < range.lowest)
        return;
    // Bounds the arrows and the words; a value the user typed or had remembered stays, named as wrong.
    m_channelRange = range;
    m_channelMin->setSoftRange(range.lowest, range.highest);
    m_channelMax->setSoftRange(range.lowest, range.highest);
    m_bounds->show();
    retranslate();
}

void ConfigureForm::setLiveMetadata(const LiveMetadata &metadata)
{
    m_metadata = metadata;
    updateBounds();
    updateDistances();
}

void ConfigureForm::updateBounds()
{
    if (!m_channelRange)
        return;
    QString text = tr("The fiber has channels %1 to %2; one job takes at most %3.")
                       .arg(num(m_channelRange->lowest), num(m_channelRange->highest), num(kMaxChannelsPerJob));
    // The server disagrees with itself: both numbers, and which one bounds the form.
    if (const auto other = ConfigureText::disagreeingChannelCount(m_metadata, m_channelRange))
        text += QLatin1Char('\n') + ConfigureText::channelSources(*m_channelRange, *other);
    m_bounds->setText(text);
}

void ConfigureForm::setBusy(bool busy)
{
    // While a job runs the button stops it: one Start/Stop action everywhere.
    m_busy = busy;
    m_configure->setText(AppText::startStopText(busy));
    m_configure->setToolTip(AppText::startStopToolTip(busy));
}

void ConfigureForm::onConfigureClicked()
{
    if (m_busy) {
        emit stopRequested();
        return;
    }
    if (!validate().empty()) {
        m_showViolations = true;
        updateViolations();
        if (QWidget *field = m_marks.firstInvalid())
            field->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_showViolations = false;
    updateViolations();
    clearServerRejection();
    emit configureRequested(request());
}

void ConfigureForm::showServerRejection(int httpStatus, const QString &message)
{
    m_rejection->showRejection(httpStatus, message);
}

void ConfigureForm::clearServerRejection()
{
    m_rejection->clearRejection();
}

QString ConfigureForm::serverRejectionText() const
{
    return m_rejection->rejectionText();
}

void ConfigureForm::setRecordings(const QList<Recording> &recordings)
{
    m_time->setRecordings(recordings);
}

void ConfigureForm::setRecordingsError(const QString &message)
{
    m_time->setError(message);
}

} // namespace wf
