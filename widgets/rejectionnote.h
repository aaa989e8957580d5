#pragma once
// RejectionNote: the configure form's note saying why the server refused the last configure (404
// no recording, 422 invalid, ...; a 503 waiting for the fiber in amber, the rest in red), in the
// current language; hidden while there is none.
// Owner: ConfigureForm. Thread: GUI thread.
#include <QLabel>
#include <optional>

namespace wf {

class RejectionNote : public QLabel
{
    Q_OBJECT
  public:
    explicit RejectionNote(QWidget *parent = nullptr);

    void showRejection(int httpStatus, const QString &message);
    void clearRejection();
    QString rejectionText() const; // empty while there is none

  protected:
    void changeEvent(QEvent *event) override;

  private:
    struct Rejection {
        int httpStatus = 0;
        QString message;
    };
    std::optional<Rejection> m_rejected;
};

} // namespace wf
