// BackendAccessDialog: see backendaccessdialog.h.
#include "backendaccessdialog.h"

#include "apptext.h"
#include "backend/backendsettings.h"
#include "laddertext.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wf {

BackendAccessDialog::BackendAccessDialog(const QString &server, QWidget *parent)
    : QDialog(parent), m_serverText(server), m_intro(new QLabel(this)), m_rabbitTitle(new QLabel(this)),
      m_kubeTitle(new QLabel(this)), m_rabbitUrlLabel(new QLabel(this)), m_userLabel(new QLabel(this)),
      m_passwordLabel(new QLabel(this)), m_kubeUrlLabel(new QLabel(this)), m_tokenLabel(new QLabel(this)),
      m_namespaceLabel(new QLabel(this)), m_tunnelHint(new QLabel(this)), m_note(new QLabel(this)),
      m_rabbitUrl(new QLineEdit(this)), m_rabbitUser(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_kubeUrl(new QLineEdit(this)), m_tokenFile(new QLineEdit(this)), m_namespace(new QLineEdit(this)),
      m_browse(new QPushButton(this)), m_check(new QPushButton(this)), m_forgetButton(new QPushButton(this)),
      m_ok(new QPushButton(this)), m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("backendAccessDialog"));
    m_password->setEchoMode(QLineEdit::Password);
    m_namespace->setText(QStringLiteral("panda"));
    // URLs, names and paths read left to right in either language.
    for (QLineEdit *e : {m_rabbitUrl, m_rabbitUser, m_password, m_kubeUrl, m_tokenFile, m_namespace})
        e->setLayoutDirection(Qt::LeftToRight);
    m_rabbitUrl->setPlaceholderText(QStringLiteral("http://10.10.10.150:15672"));
    m_kubeUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:8001"));
    for (QLabel *l : {m_intro, m_tunnelHint, m_note})
        l->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setObjectName(QStringLiteral("note"));
    m_tunnelHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_rabbitTitle->font();
    bold.setBold(true);
    m_rabbitTitle->setFont(bold);
    m_kubeTitle->setFont(bold);

    auto *rabbit = new QFormLayout;
    rabbit->addRow(m_rabbitUrlLabel, m_rabbitUrl);
    rabbit->addRow(m_userLabel, m_rabbitUser);
    rabbit->addRow(m_passwordLabel, m_password);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokenFile, 1);
    tokenRow->addWidget(m_browse);
    auto *kube = new QFormLayout;
    kube->addRow(m_kubeUrlLabel, m_kubeUrl);
    kube->addRow(m_tokenLabel, tokenRow);
    kube->addRow(m_namespaceLabel, m_namespace);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_forgetButton, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_ok, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_rabbitTitle);
    layout->addLayout(rabbit);
    layout->addWidget(m_kubeTitle);
    layout->addLayout(kube);
    layout->addWidget(m_tunnelHint);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Bearer token file"), m_tokenFile->text());
        if (!path.isEmpty())
            m_tokenFile->setText(path);
    });
    connect(m_check, &QPushButton::clicked, this, &BackendAccessDialog::checkAccess);
    connect(m_forgetButton, &QPushButton::clicked, this, [this] {
        m_forget = true;
        accept();
    });
    connect(m_ok, &QPushButton::clicked, this, [this] {
        BackendAccess a;
        QString error;
        if (!access(a, error))
            m_note->setText(error);
        else
            accept();
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
}

BackendAccessDialog::~BackendAccessDialog() = default;

void BackendAccessDialog::setAccess(const std::optional<BackendAccess> &access, bool passwordKnown)
{
    m_passwordKnown = passwordKnown && access && access->readsRabbit();
    m_rabbitUrl->setText(access && access->readsRabbit() ? access->rabbitUrl.toString() : QString());
    m_rabbitUser->setText(access ? access->rabbitUser : QString());
    m_kubeUrl->setText(access && access->readsKube() ? access->kubeUrl.toString() : QString());
    m_tokenFile->setText(access ? access->kubeTokenFile : QString());
    m_namespace->setText(access ? access->kubeNamespace : QStringLiteral("panda"));
    m_password->clear();
    retranslate();
}

bool BackendAccessDialog::passwordTyped() const
{
    return !m_password->text().isEmpty();
}

bool BackendAccessDialog::access(BackendAccess &out, QString &error) const
{
    out = BackendAccess{};
    const QString rabbit = m_rabbitUrl->text().trimmed(), kube = m_kubeUrl->text().trimmed();
    if (rabbit.isEmpty() && kube.isEmpty()) {
        error = tr("Enter the RabbitMQ management URL, the Kubernetes API URL, or both.");
        return false;
    }
    if (!rabbit.isEmpty()) {
        if (!parseBackendUrl(rabbit, out.rabbitUrl)) {
            error = tr("The RabbitMQ management URL must be an http:// or https:// address without a user or password, "
                       "not \"%1\".").arg(ltr(rabbit));
            return false;
        }
        out.rabbitUser = m_rabbitUser->text().trimmed();
        if (out.rabbitUser.isEmpty()) {
            error = tr("Enter the RabbitMQ user.");
            return false;
        }
        out.rabbitPassword = m_password->text();
        if (out.rabbitPassword.isEmpty() && !m_passwordKnown) {
            error = tr("Enter the RabbitMQ password.");
            return false;
        }
    }
    if (!kube.isEmpty()) {
        if (!parseBackendUrl(kube, out.kubeUrl)) {
            error = tr("The Kubernetes API URL must be an http:// or https:// address (e.g. http://127.0.0.1:8001 for "
                       "kubectl proxy), not \"%1\".").arg(ltr(kube));
            return false;
        }
        out.kubeTokenFile = m_tokenFile->text().trimmed();
        out.kubeNamespace = m_namespace->text().trimmed().isEmpty() ? QStringLiteral("panda") : m_namespace->text().trimmed();
        if (!validKubeNamespace(out.kubeNamespace)) {
            error = tr("The namespace must be a Kubernetes name (lower-case letters, digits and '-'), not \"%1\".")
                        .arg(ltr(out.kubeNamespace));
            return false;
        }
    }
    return true;
}

void BackendAccessDialog::checkAccess()
{
    BackendAccess a;
    QString error;
    if (!access(a, error)) {
        m_note->setText(error);
        emit checked();
        return;
    }
    if (a.readsRabbit() && a.rabbitPassword.isEmpty()) {
        m_note->setText(tr("Type the password to check the broker with it."));
        emit checked();
        return;
    }
    m_check->setEnabled(false);
    m_note->setText(tr("Asking the backend…"));
    m_client = std::make_unique<BackendClient>(a);
    m_client->checkHealth([this](BackendHealth h, QStringList problems) {
        m_check->setEnabled(true);
        QStringList lines;
        const auto line = [&](const QString &what, RungState s, const QString &evidence) {
            if (s != RungState::Unknown)
                lines << tr("%1: %2 — %3").arg(what, LadderText::state(s), ltrUnderRtl(evidence));
        };
        line(tr("broker"), h.broker, h.brokerEvidence);
        line(LadderText::rung(Rung::LiveSource), h.liveSource.state, h.liveSource.evidence);
        line(tr("focus-server pods"), h.focusServer, h.focusServerEvidence);
        for (const QString &p : problems)
            lines << tr("could not read: %1").arg(ltrUnderRtl(p));
        m_note->setText(lines.join(QLatin1Char('\n')));
        emit checked();
    });
}

QString BackendAccessDialog::note() const
{
    return m_note->text();
}

void BackendAccessDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void BackendAccessDialog::retranslate()
{
    setWindowTitle(tr("Backend access"));
    m_intro->setText(tr("Read-only access to the backend of %1, for the job's ladder: why a consumer is not there. "
                        "Only GET requests are sent.").arg(ltr(m_serverText)));
    m_rabbitTitle->setText(tr("RabbitMQ management API"));
    m_kubeTitle->setText(tr("Kubernetes API"));
    m_rabbitUrlLabel->setText(tr("URL:"));
    m_userLabel->setText(tr("User:"));
    m_passwordLabel->setText(tr("Password:"));
    m_password->setPlaceholderText(m_passwordKnown ? tr("kept (type to replace)") : QString());
    m_password->setToolTip(tr("Kept in the desktop's keyring; where there is none, in memory until the viewer closes. "
                              "Never in a settings file, a log or a report."));
    m_kubeUrlLabel->setText(tr("URL:"));
    m_tokenLabel->setText(tr("Token file:"));
    m_tokenFile->setPlaceholderText(tr("none (kubectl proxy)"));
    m_namespaceLabel->setText(tr("Namespace:"));
    m_tunnelHint->setText(tr("Through SSH to a node: ssh -L 8001:127.0.0.1:8001 NODE kubectl proxy, then http://127.0.0.1:8001"));
    m_browse->setText(tr("Browse…"));
    m_check->setText(tr("Check access"));
    m_forgetButton->setText(tr("Forget"));
    m_ok->setText(tr("OK"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace wf
