#include "rejectionnote.h"

#include "configuretext.h"

#include <QEvent>

namespace wf {

RejectionNote::RejectionNote(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void RejectionNote::showRejection(int httpStatus, const QString &message)
{
    m_rejected = Rejection{httpStatus, message};
    const bool fiber = ConfigureText::waitingForFiber(httpStatus, message);
    setText(ConfigureText::rejectionText(httpStatus, message));
    setStyleSheet(fiber ? QStringLiteral("QLabel { background: #fff8e1; color: #6d4c00; border: 1px solid #ffb300; "
                                         "border-radius: 4px; padding: 6px; }")
                        : QStringLiteral("QLabel { background: #fdecea; color: #b71c1c; border: 1px solid #e57373; "
                                         "border-radius: 4px; padding: 6px; }"));
    show();
}

void RejectionNote::clearRejection()
{
    m_rejected.reset();
    clear();
    hide();
}

QString RejectionNote::rejectionText() const
{
    return m_rejected ? ConfigureText::rejectionText(m_rejected->httpStatus, m_rejected->message) : QString();
}

void RejectionNote::changeEvent(QEvent *event)
{
    if ((event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) && m_rejected)
        showRejection(m_rejected->httpStatus, m_rejected->message);
    QLabel::changeEvent(event);
}

} // namespace wf
