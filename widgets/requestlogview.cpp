#include "requestlogview.h"

#include <QFontDatabase>
#include <QResizeEvent>
#include <QSaveFile>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextOption>

namespace wf {

RequestLogView::RequestLogView(int maxLines, QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setMaximumBlockCount(maxLines); // the oldest lines go first
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // An explicit direction: the widget no longer follows the application's right-to-left layout.
    setLayoutDirection(Qt::LeftToRight);
    QTextOption option = document()->defaultTextOption();
    option.setTextDirection(Qt::LeftToRight);
    option.setAlignment(Qt::AlignLeft | Qt::AlignAbsolute);
    document()->setDefaultTextOption(option);
    // Only the reader's own scrolling (wheel, keys, drag) decides whether the view follows new lines.
    connect(verticalScrollBar(), &QAbstractSlider::actionTriggered, this,
            [this] { m_following = verticalScrollBar()->sliderPosition() >= verticalScrollBar()->maximum(); });
}

void RequestLogView::appendLine(const QString &line)
{
    QScrollBar *h = horizontalScrollBar();
    const int sideways = h->value();
    appendPlainText(line);
    h->setValue(sideways); // a long error line must not pull the view sideways and hide the time column
    if (m_following)
        scrollToNewest();
}

void RequestLogView::clearLines()
{
    clear();
    m_following = true;
}

void RequestLogView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event); // keeps the top line: a following view would fall behind
    if (m_following)
        scrollToNewest();
}

void RequestLogView::scrollToNewest()
{
    // The cursor decides what a later show scrolls to: the start of the newest line.
    if (!textCursor().hasSelection())
        setTextCursor(QTextCursor(document()->lastBlock()));
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

int RequestLogView::lineCount() const
{
    return document()->isEmpty() ? 0 : document()->blockCount();
}

bool RequestLogView::save(const QString &path, const QString &header, QString *error) const
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        const QString text = toPlainText();
        file.write(header.toUtf8());
        if (!text.isEmpty())
            file.write((text + QLatin1Char('\n')).toUtf8());
        if (file.commit())
            return true;
    }
    if (error)
        *error = file.errorString();
    return false;
}

} // namespace wf
