#include "connectdialog.h"

#include "apptext.h"
#include "commonargs.h"
#include "net/focusclient.h"
#include "net/truststore.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace wf {

ConnectDialog::ConnectDialog(QSettings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_server(new QComboBox(this)), m_serverLabel(new QLabel(this)),
      m_trustLabel(new QLabel(this)), m_modes(new QButtonGroup(this)), m_system(new QRadioButton(this)),
      m_ca(new QRadioButton(this)), m_pin(new QRadioButton(this)), m_insecure(new QRadioButton(this)),
      m_caFile(new QLineEdit(this)), m_browse(new QPushButton(this)), m_pinEdit(new QLineEdit(this)),
      m_fetch(new QPushButton(this)), m_note(new QLabel(this)), m_saved(new QLabel(this)),
      m_ok(new QPushButton(this)), m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("connectDialog"));
    m_server->setEditable(true);
    m_server->addItems(settings.value(QStringLiteral("servers/recent")).toStringList());
    m_server->setObjectName(QStringLiteral("server"));
    m_pinEdit->setObjectName(QStringLiteral("pin"));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_note->setObjectName(QStringLiteral("note"));
    m_saved->setObjectName(QStringLiteral("saved"));
    m_fetch->setObjectName(QStringLiteral("fetch"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saved->setWordWrap(true);
    // Fingerprints and paths read left to right in either language.
    for (QLineEdit *e : {m_caFile, m_pinEdit})
        e->setLayoutDirection(Qt::LeftToRight);
    m_server->setLayoutDirection(Qt::LeftToRight);
    int id = 0;
    for (QRadioButton *b : {m_system, m_ca, m_pin, m_insecure})
        m_modes->addButton(b, id++);
    m_system->setChecked(true);

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);
    auto *pinRow = new QHBoxLayout;
    pinRow->addWidget(m_pinEdit, 1);
    pinRow->addWidget(m_fetch);
    auto *form = new QFormLayout;
    form->addRow(m_serverLabel, m_server);
    auto *trust = new QVBoxLayout;
    trust->addWidget(m_system);
    trust->addWidget(m_ca);
    trust->addLayout(caRow);
    trust->addWidget(m_pin);
    trust->addLayout(pinRow);
    trust->addWidget(m_insecure);
    form->addRow(m_trustLabel, trust);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_ok, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saved);
    layout->addWidget(m_note);
    layout->addWidget(buttons);

    connect(m_modes, &QButtonGroup::idClicked, this, &ConnectDialog::refreshEnabled);
    connect(m_server, &QComboBox::currentTextChanged, this, &ConnectDialog::setServer);
    connect(m_fetch, &QPushButton::clicked, this, &ConnectDialog::fetchFingerprint);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("CA or server certificate"), m_caFile->text(),
                                                          tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!path.isEmpty())
            m_caFile->setText(path);
    });
    connect(m_ok, &QPushButton::clicked, this, [this] {
        QString error;
        if (!commit(&error))
            m_note->setText(error);
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
    setServer(m_server->currentText());
}

ConnectDialog::~ConnectDialog() = default;

QString ConnectDialog::serverText() const
{
    return m_server->currentText().trimmed();
}

void ConnectDialog::setServer(const QString &url)
{
    if (m_server->currentText() != url)
        m_server->setCurrentText(url);
    m_fetched.clear();
    m_fetchFailed = false;
    m_note->clear();
    QUrl parsed;
    QString error;
    std::optional<TlsOptions> saved;
    if (CommonArgs::parseServer(url, parsed, error, CommonArgs::Said::ForForm))
        saved = loadTrust(m_settings, parsed);
    setTls(saved.value_or(TlsOptions{}));
    retranslate();
}

void ConnectDialog::setTls(const TlsOptions &tls)
{
    switch (tls.mode) {
    case TlsOptions::Mode::System: m_system->setChecked(true); break;
    case TlsOptions::Mode::CaFile: m_ca->setChecked(true); break;
    case TlsOptions::Mode::Pin: m_pin->setChecked(true); break;
    case TlsOptions::Mode::Insecure: m_insecure->setChecked(true); break;
    }
    m_caFile->setText(tls.mode == TlsOptions::Mode::CaFile ? tls.caFile : QString());
    m_pinEdit->setText(tls.mode == TlsOptions::Mode::Pin ? formatFingerprint(tls.pinSha256) : QString());
    refreshEnabled();
}

bool ConnectDialog::choice(QUrl &server, TlsOptions &tls, QString &error) const
{
    if (!CommonArgs::parseServer(serverText(), server, error, CommonArgs::Said::ForForm))
        return false;
    const bool insecure = m_insecure->isChecked();
    const QString ca = m_ca->isChecked() ? m_caFile->text().trimmed() : QString();
    const QString pin = m_pin->isChecked() ? m_pinEdit->text().trimmed() : QString();
    if (m_ca->isChecked() && ca.isEmpty()) {
        error = tr("Choose the CA or certificate file to trust.");
        return false;
    }
    if (m_pin->isChecked() && pin.isEmpty()) {
        error = tr("Enter the SHA-256 fingerprint to pin, or fetch it from the server.");
        return false;
    }
    return CommonArgs::parseTls(insecure, ca, pin, tls, error, CommonArgs::Said::ForForm);
}

bool ConnectDialog::commit(QString *error)
{
    QUrl server;
    TlsOptions tls;
    QString why;
    if (!choice(server, tls, why)) {
        if (error)
            *error = why;
        return false;
    }
    saveTrust(m_settings, server, tls);
    rememberServer(m_settings, server.toString());
    accept();
    return true;
}

void ConnectDialog::fetchFingerprint()
{
    QUrl server;
    QString error;
    if (!CommonArgs::parseServer(serverText(), server, error, CommonArgs::Said::ForForm)) {
        m_note->setText(error);
        return;
    }
    if (server.scheme() != QLatin1String("https")) {
        m_note->setText(tr("%1 is plain HTTP: there is no certificate to pin.").arg(ltr(server.toString())));
        return;
    }
    // A pin that matches nothing: the handshake stops at the certificate and reports its fingerprint.
    ClientOptions o;
    o.baseUrl = server;
    o.timeoutMs = 10'000;
    o.tls.mode = TlsOptions::Mode::Pin;
    o.tls.pinSha256 = QByteArray(32, '\0');
    m_probe = std::make_unique<FocusClient>(o);
    m_fetch->setEnabled(false);
    m_note->setText(tr("Asking %1 for its certificate…").arg(ltr(server.toString())));
    m_probe->ack([this](const Reply<bool> &r) {
        m_fetch->setEnabled(true);
        m_fetched = r.info.peerFingerprint;
        m_fetchFailed = m_fetched.isEmpty();
        if (!m_fetched.isEmpty()) {
            m_pinEdit->setText(m_fetched);
            m_pin->setChecked(true);
            refreshEnabled();
            m_note->setText(fingerprintNote());
        } else {
            m_note->setText(tr("No certificate could be read: %1").arg(AppText::transportText(r.info)));
        }
        emit fingerprintFetched(m_fetched);
    });
}

QString ConnectDialog::fingerprintNote() const
{
    if (m_fetched.isEmpty())
        return {};
    return tr("The server presents the certificate SHA-256 %1. Compare it with the fingerprint from the server's "
              "administrator before trusting it.")
        .arg(ltr(m_fetched));
}

void ConnectDialog::refreshEnabled()
{
    m_caFile->setEnabled(m_ca->isChecked());
    m_browse->setEnabled(m_ca->isChecked());
    m_pinEdit->setEnabled(m_pin->isChecked());
}

void ConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ConnectDialog::retranslate()
{
    setWindowTitle(tr("Connect to server"));
    m_serverLabel->setText(tr("Focus Server base URL:"));
    m_server->setToolTip(tr("e.g. https://host/focus-server/"));
    m_trustLabel->setText(tr("Trust the certificate by:"));
    m_system->setText(tr("The system's certificate authorities"));
    m_ca->setText(tr("A CA or certificate file"));
    m_pin->setText(tr("A pinned certificate (SHA-256 fingerprint)"));
    m_insecure->setText(tr("Do not verify (insecure, marked in the window)"));
    m_browse->setText(tr("Browse…"));
    m_fetch->setText(tr("Fetch from server"));
    m_pinEdit->setPlaceholderText(QStringLiteral("AB:CD:EF:…"));
    m_ok->setText(tr("Connect"));
    m_cancel->setText(tr("Cancel"));
    QUrl server;
    QString error;
    std::optional<TlsOptions> saved;
    if (CommonArgs::parseServer(serverText(), server, error, CommonArgs::Said::ForForm))
        saved = loadTrust(m_settings, server);
    if (saved && saved->mode == TlsOptions::Mode::Pin)
        m_saved->setText(tr("Remembered for this server: the certificate pinned as SHA-256 %1.").arg(ltr(formatFingerprint(saved->pinSha256))));
    else if (saved && saved->mode == TlsOptions::Mode::CaFile)
        m_saved->setText(tr("Remembered for this server: trust the CA file %1.").arg(ltr(saved->caFile)));
    else
        m_saved->setText(tr("Nothing remembered for this server: the system's certificate authorities decide."));
    if (!m_fetched.isEmpty())
        m_note->setText(fingerprintNote());
}

} // namespace wf
