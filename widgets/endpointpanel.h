#pragma once
// EndpointPanel: which endpoints of the contract the server has, as badges with the evidence on
// hover, and a summary line that tells the incident's story at a glance.
#include "prober.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace wf {

class EndpointPanel : public QWidget
{
    Q_OBJECT
  public:
    explicit EndpointPanel(QWidget *parent = nullptr);

    void setProbing(bool probing);
    void setResult(const ProbeResult &result);
    std::optional<ProbeResult> result() const { return m_result; }
    QString summaryText() const;
    QString markdownTable() const;

  signals:
    void reprobeRequested();

  protected:
    void changeEvent(QEvent *event) override;

  private:
    void retranslate();
    void rebuild();

    QLabel *m_title;
    QLabel *m_summary;
    QPushButton *m_reprobe;
    QPushButton *m_copy;
    QTreeWidget *m_tree;
    std::optional<ProbeResult> m_result;
    bool m_probing = false;
};

QColor endpointStateColor(EndpointState state);

} // namespace wf
