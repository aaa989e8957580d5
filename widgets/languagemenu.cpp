#include "languagemenu.h"

#include <QActionGroup>

namespace wf {

LanguageMenu::LanguageMenu(const QString &language, QWidget *parent) : QMenu(parent)
{
    auto *group = new QActionGroup(this);
    m_english = addAction(QStringLiteral("English"));
    m_hebrew = addAction(QStringLiteral("עברית"));
    for (QAction *a : {m_english, m_hebrew}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    (language == QLatin1String("he") ? m_hebrew : m_english)->setChecked(true);
    connect(m_english, &QAction::triggered, this, [this] { emit languageRequested(QStringLiteral("en")); });
    connect(m_hebrew, &QAction::triggered, this, [this] { emit languageRequested(QStringLiteral("he")); });
    addSeparator();
    m_switch = addAction(QString(), this, [this] {
        emit languageRequested(m_hebrew->isChecked() ? QStringLiteral("en") : QStringLiteral("he"));
        (m_hebrew->isChecked() ? m_english : m_hebrew)->setChecked(true);
    });
    m_switch->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    m_switch->setText(tr("Switch language"));
}

} // namespace wf
