#pragma once
// TimeWindowBox: live or historic, and the historic window. The window is typed (local time) or
// picked from the recordings the owner reports for a search range (searchRequested); the box
// lists them with start, end and duration in the user's locale. No network of its own.
#include "api/models.h"

#include <QGroupBox>
#include <QList>
#include <utility>

class QDateTimeEdit;
class QLabel;
class QLocale;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace wf {

class TimeWindowBox : public QGroupBox
{
    Q_OBJECT
  public:
    explicit TimeWindowBox(QWidget *parent = nullptr);

    bool historic() const;
    void setHistoric(bool historic);
    // The typed window in epoch seconds; kept while live so that switching back restores it.
    qint64 startS() const;
    qint64 endS() const;
    void setStartS(qint64 startS);
    void setEndS(qint64 endS);

    // The range "Find recordings" asks for; defaults to the last 24 hours.
    void setSearchRange(qint64 startS, qint64 endS);
    qint64 searchStartS() const;
    qint64 searchEndS() const;

    void setRecordings(const QList<Recording> &recordings);
    void setError(const QString &message);
    // What is wrong with the typed window, shown under it at once (red frames on the wrong ends).
    void setWindowError(const QString &text, bool startWrong, bool endWrong);
    QList<Recording> recordings() const { return m_recordings; }
    QString statusText() const;

    // Locale-aware formatting, shared with the rest of the form.
    // "yyyy-MM-dd HH:mm:ss" in every language (DateText::kDateTimeFormat), like the plot's axes.
    static QString dateTimeFormat(const QLocale &locale);
    static QString dateTimeText(qint64 epochS);
    static QString durationText(qint64 seconds);
    // The epoch-second window that covers a recording; "still recording" ends now.
    static std::pair<qint64, qint64> windowOf(const Recording &recording);

  signals:
    void changed(); // live/historic or the window was edited
    void searchRequested(qint64 startS, qint64 endS);

  protected:
    void changeEvent(QEvent *event) override;

  private:
    enum class State { Idle, Searching, Results, Error, BadRange };
    void buildLayout();
    void retranslate();
    void rebuild();
    void updateEnabled();
    void onFind();
    void onSelection();

    QWidget *m_historicPart = nullptr; // shown in historic mode only
    QRadioButton *m_live;
    QRadioButton *m_historic;
    QLabel *m_startLabel;
    QDateTimeEdit *m_start;
    QLabel *m_endLabel;
    QDateTimeEdit *m_end;
    QLabel *m_windowError;
    QLabel *m_fromLabel;
    QDateTimeEdit *m_from;
    QLabel *m_toLabel;
    QDateTimeEdit *m_to;
    QPushButton *m_find;
    QTableWidget *m_table;
    QLabel *m_status;
    QList<Recording> m_recordings;
    State m_state = State::Idle;
    QString m_error;
};

} // namespace wf
