#pragma once
// RequestLogView: a read-only, capped, monospace log that always reads left-to-right (paths such
// as /metadata/{job_id} keep their braces under a Hebrew layout), and can be saved as text.
#include <QPlainTextEdit>

namespace wf {

class RequestLogView : public QPlainTextEdit
{
    Q_OBJECT
  public:
    explicit RequestLogView(int maxLines, QWidget *parent = nullptr);

    // Follows the newest line unless the reader scrolled up; never scrolls sideways by itself.
    void appendLine(const QString &line);
    void clearLines(); // a new job: empty, and following again
    int lineCount() const;
    // Writes `header` then every line, UTF-8, atomically. False with the reason in `error`.
    bool save(const QString &path, const QString &header, QString *error) const;
    bool following() const { return m_following; }

  protected:
    void resizeEvent(QResizeEvent *event) override;

  private:
    void scrollToNewest();

    bool m_following = true; // the reader has not scrolled away from the newest line
};

} // namespace wf
