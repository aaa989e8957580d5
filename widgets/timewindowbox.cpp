#include "timewindowbox.h"

#include "apptext.h"
#include "datetext.h"

#include <QDateTime>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace wf {

namespace {

constexpr qint64 kDayS = 24 * 3600;

QDateTimeEdit *timeEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setTimeSpec(Qt::LocalTime);
    edit->setMinimumDateTime(QDateTime::fromSecsSinceEpoch(0));
    // A right-to-left edit reorders the sections of a date and time into nonsense ("34:08:01").
    edit->setLayoutDirection(Qt::LeftToRight);
    return edit;
}

QHBoxLayout *row(std::initializer_list<QWidget *> widgets)
{
    auto *layout = new QHBoxLayout;
    for (QWidget *w : widgets)
        layout->addWidget(w, qobject_cast<QDateTimeEdit *>(w) ? 1 : 0);
    return layout;
}

} // namespace

TimeWindowBox::TimeWindowBox(QWidget *parent)
    : QGroupBox(parent), m_live(new QRadioButton(this)), m_historic(new QRadioButton(this)),
      m_startLabel(new QLabel(this)), m_start(timeEdit(QStringLiteral("startTime"), this)),
      m_endLabel(new QLabel(this)), m_end(timeEdit(QStringLiteral("endTime"), this)), m_windowError(new QLabel(this)),
      m_fromLabel(new QLabel(this)),
      m_from(timeEdit(QStringLiteral("searchFrom"), this)), m_toLabel(new QLabel(this)),
      m_to(timeEdit(QStringLiteral("searchTo"), this)), m_find(new QPushButton(this)),
      m_table(new QTableWidget(0, 3, this)), m_status(new QLabel(this))
{
    m_live->setObjectName(QStringLiteral("live"));
    m_historic->setObjectName(QStringLiteral("historic"));
    m_find->setObjectName(QStringLiteral("findRecordings"));
    m_table->setObjectName(QStringLiteral("recordingsTable"));
    m_status->setObjectName(QStringLiteral("recordingsStatus"));
    m_windowError->setObjectName(QStringLiteral("timeWindowError"));
    m_live->setChecked(true);
    buildLayout();

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    setStartS(now - 3600);
    setEndS(now);
    setSearchRange(now - kDayS, now);

    connect(m_historic, &QRadioButton::toggled, this, [this] {
        updateEnabled();
        emit changed();
    });
    for (QDateTimeEdit *edit : {m_start, m_end})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &TimeWindowBox::changed);
    connect(m_find, &QPushButton::clicked, this, &TimeWindowBox::onFind);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TimeWindowBox::onSelection);
    updateEnabled();
    retranslate();
}

void TimeWindowBox::buildLayout()
{
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(110);
    m_status->setWordWrap(true);
    m_windowError->setWordWrap(true);
    m_windowError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_windowError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_windowError->hide();
    m_startLabel->setBuddy(m_start);
    m_endLabel->setBuddy(m_end);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);

    auto *mode = row({m_live, m_historic});
    mode->addStretch(1);
    // The historic part (the window and the recordings to pick it from) folds away in Live mode.
    // A label above or beside its field, one field per line: it fits a narrow dock.
    m_historicPart = new QWidget(this);
    auto *line = new QFrame(m_historicPart);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    for (QWidget *w : std::initializer_list<QWidget *>{m_startLabel, m_start, m_endLabel, m_end, m_windowError, m_fromLabel, m_from, m_toLabel, m_to, m_find, m_table, m_status})
        w->setParent(m_historicPart);
    auto *fields = new QGridLayout;
    fields->addWidget(m_startLabel, 0, 0);
    fields->addWidget(m_start, 0, 1);
    fields->addWidget(m_endLabel, 1, 0);
    fields->addWidget(m_end, 1, 1);
    fields->addWidget(m_windowError, 2, 1);
    fields->addWidget(line, 3, 0, 1, 2);
    fields->addWidget(m_fromLabel, 4, 0);
    fields->addWidget(m_from, 4, 1);
    fields->addWidget(m_toLabel, 5, 0);
    fields->addWidget(m_to, 5, 1);
    fields->addWidget(m_find, 6, 1, Qt::AlignLeading);
    fields->setColumnStretch(1, 1);
    auto *historicLayout = new QVBoxLayout(m_historicPart);
    historicLayout->setContentsMargins(0, 0, 0, 0);
    historicLayout->addLayout(fields);
    historicLayout->addWidget(m_table, 1);
    historicLayout->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(mode);
    layout->addWidget(m_historicPart, 1);
}

void TimeWindowBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

QString TimeWindowBox::dateTimeFormat(const QLocale &locale)
{
    Q_UNUSED(locale) // one format in every language (DateText): no two-digit year, no AM/PM
    return QLatin1String(DateText::kDateTimeFormat);
}

QString TimeWindowBox::dateTimeText(qint64 epochS)
{
    const QLocale locale;
    return ltr(locale.toString(QDateTime::fromSecsSinceEpoch(epochS), dateTimeFormat(locale)));
}

QString TimeWindowBox::durationText(qint64 seconds)
{
    const QLocale l;
    seconds = std::max<qint64>(seconds, 0);
    const qint64 d = seconds / kDayS, h = seconds % kDayS / 3600, m = seconds % 3600 / 60, s = seconds % 60;
    if (d > 0)
        return ltr(tr("%1 d %2 h").arg(l.toString(d), l.toString(h)));
    if (h > 0)
        return ltr(tr("%1 h %2 min").arg(l.toString(h), l.toString(m)));
    if (m > 0)
        return ltr(tr("%1 min %2 s").arg(l.toString(m), l.toString(s)));
    return ltr(tr("%1 s").arg(l.toString(s)));
}

std::pair<qint64, qint64> TimeWindowBox::windowOf(const Recording &r)
{
    const qint64 start = r.startMs / 1000;
    const qint64 end = r.stillRecording() ? QDateTime::currentSecsSinceEpoch() : (r.endMs + 999) / 1000;
    return {start, std::max(end, start + 1)};
}

bool TimeWindowBox::historic() const
{
    return m_historic->isChecked();
}

void TimeWindowBox::setHistoric(bool historic)
{
    (historic ? m_historic : m_live)->setChecked(true);
}

qint64 TimeWindowBox::startS() const
{
    return m_start->dateTime().toSecsSinceEpoch();
}

qint64 TimeWindowBox::endS() const
{
    return m_end->dateTime().toSecsSinceEpoch();
}

void TimeWindowBox::setStartS(qint64 startS)
{
    m_start->setDateTime(QDateTime::fromSecsSinceEpoch(startS));
}

void TimeWindowBox::setEndS(qint64 endS)
{
    m_end->setDateTime(QDateTime::fromSecsSinceEpoch(endS));
}

void TimeWindowBox::setSearchRange(qint64 startS, qint64 endS)
{
    m_from->setDateTime(QDateTime::fromSecsSinceEpoch(startS));
    m_to->setDateTime(QDateTime::fromSecsSinceEpoch(endS));
}

qint64 TimeWindowBox::searchStartS() const
{
    return m_from->dateTime().toSecsSinceEpoch();
}

qint64 TimeWindowBox::searchEndS() const
{
    return m_to->dateTime().toSecsSinceEpoch();
}

void TimeWindowBox::updateEnabled()
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_startLabel, m_start, m_endLabel, m_end})
        w->setEnabled(historic());
    m_historicPart->setVisible(historic());
    // Folded (live) the box is as tall as its two choices; the form puts the room under it.
    setSizePolicy(QSizePolicy::Preferred, historic() ? QSizePolicy::Expanding : QSizePolicy::Maximum);
}

void TimeWindowBox::setWindowError(const QString &text, bool startWrong, bool endWrong)
{
    m_windowError->setText(text);
    m_windowError->setVisible(!text.isEmpty());
    for (auto [edit, wrong] : {std::pair{m_start, startWrong}, std::pair{m_end, endWrong}}) {
        edit->setProperty("invalid", wrong);
        edit->setStyleSheet(wrong ? QStringLiteral("border: 2px solid #c62828; border-radius: 3px;") : QString());
        edit->setToolTip(wrong ? text : QString());
        edit->setAccessibleDescription(wrong ? text : QString());
    }
}

void TimeWindowBox::onFind()
{
    m_state = searchEndS() > searchStartS() ? State::Searching : State::BadRange;
    m_find->setEnabled(m_state != State::Searching);
    rebuild();
    if (m_state == State::Searching)
        emit searchRequested(searchStartS(), searchEndS());
}

void TimeWindowBox::setRecordings(const QList<Recording> &recordings)
{
    m_table->setCurrentItem(nullptr);
    m_recordings = recordings;
    m_state = State::Results;
    m_find->setEnabled(true);
    rebuild();
}

void TimeWindowBox::setError(const QString &message)
{
    m_table->setCurrentItem(nullptr);
    m_recordings.clear();
    m_error = message;
    m_state = State::Error;
    m_find->setEnabled(true);
    rebuild();
}

void TimeWindowBox::onSelection()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    const qsizetype index = selected.isEmpty() ? -1 : selected.first()->data(Qt::UserRole).toLongLong();
    if (index < 0 || index >= m_recordings.size())
        return;
    const auto [start, end] = windowOf(m_recordings.at(index));
    const QSignalBlocker blockStart(m_start), blockEnd(m_end), blockMode(m_historic);
    setStartS(start);
    setEndS(end);
    setHistoric(true);
    updateEnabled();
    emit changed();
}

void TimeWindowBox::retranslate()
{
    setTitle(tr("Time window"));
    m_live->setText(tr("Live"));
    m_historic->setText(tr("Historic (recorded)"));
    m_startLabel->setText(tr("Start"));
    m_endLabel->setText(tr("End"));
    m_fromLabel->setText(tr("Recordings from"));
    m_toLabel->setText(tr("to"));
    m_find->setText(tr("Find recordings"));
    m_find->setToolTip(tr("Ask the server which recordings exist in this range"));
    m_table->setHorizontalHeaderLabels({tr("Start"), tr("End"), tr("Duration")});
    const QString format = dateTimeFormat(QLocale());
    for (QDateTimeEdit *edit : {m_start, m_end, m_from, m_to})
        edit->setDisplayFormat(format);
    rebuild();
}

QString TimeWindowBox::statusText() const
{
    switch (m_state) {
    case State::Idle: return tr("Type the window above, or find the recordings of a range and pick one.");
    case State::Searching: return tr("Searching for recordings…");
    case State::Results:
        return m_recordings.isEmpty() ? tr("No recordings in this range.")
                                      : tr("%n recording(s) found. Pick one to fill the time window.", "",
                                           int(m_recordings.size()));
    case State::Error: return tr("Could not list the recordings: %1").arg(m_error);
    case State::BadRange: return tr("The end of the search range must be after its start.");
    }
    return {};
}

void TimeWindowBox::rebuild()
{
    const bool bad = m_state == State::Error || m_state == State::BadRange;
    m_status->setText(statusText());
    m_status->setStyleSheet(bad ? QStringLiteral("color: #c62828;") : QString());

    const QSignalBlocker block(m_table);
    const int selected = m_table->currentRow();
    m_table->setRowCount(int(m_recordings.size()));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < m_recordings.size(); ++i) {
        const Recording &r = m_recordings.at(i);
        const qint64 startS = r.startMs / 1000;
        QStringList cells{dateTimeText(startS)};
        if (r.stillRecording())
            cells << tr("still recording") << tr("%1 so far").arg(durationText(now - startS));
        else
            cells << dateTimeText(r.endMs / 1000) << durationText((r.endMs - r.startMs) / 1000);
        for (int c = 0; c < 3; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, i);
            m_table->setItem(i, c, item);
        }
    }
    if (selected >= 0 && selected < m_table->rowCount())
        m_table->selectRow(selected);
}

} // namespace wf
