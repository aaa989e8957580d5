#include "tlsbadges.h"

#include "apptext.h"

#include <QHBoxLayout>
#include <QLabel>

namespace wf {

TlsBadges::TlsBadges(const TlsOptions &tls, const QString &trustOrigin, QWidget *parent)
    : QWidget(parent), m_tls(tls), m_origin(trustOrigin), m_trust(new QLabel(this)), m_insecure(new QLabel(this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_trust);
    row->addWidget(m_insecure);
    m_insecure->setStyleSheet(QStringLiteral("QLabel { background: #c62828; color: white; padding: 2px 6px; font-weight: bold; }"));
    m_insecure->setVisible(tls.insecure());
    m_trust->setVisible(tls.mode == TlsOptions::Mode::Pin || tls.mode == TlsOptions::Mode::CaFile);
    m_trust->setTextInteractionFlags(Qt::TextSelectableByMouse);
    retranslate();
}

void TlsBadges::retranslate()
{
    m_insecure->setText(tr("TLS verification OFF"));
    m_insecure->setToolTip(AppText::insecureWarning());
    if (m_tls.mode == TlsOptions::Mode::Pin) {
        m_trust->setText(tr("Pinned certificate SHA-256 %1").arg(ltr(formatFingerprint(m_tls.pinSha256))));
        m_trust->setToolTip(m_origin == QLatin1String("settings")
                                ? tr("The pin remembered for this server (File → Connect to server changes it).")
                                : tr("The pin given on the command line."));
    } else if (m_tls.mode == TlsOptions::Mode::CaFile) {
        m_trust->setText(tr("Trusting the CA file %1").arg(ltr(m_tls.caFile)));
        m_trust->setToolTip(QString());
    }
}

} // namespace wf
