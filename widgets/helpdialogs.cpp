#include "helpdialogs.h"

#include "apptext.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace wf {

QList<QPair<QString, QString>> ShortcutsDialog::shortcutsOf(const QWidget *window)
{
    QList<QPair<QString, QString>> out;
    QSet<const QAction *> seen;
    QList<const QWidget *> widgets{window};
    for (const QWidget *w : window->findChildren<QWidget *>())
        widgets << w;
    for (const QWidget *w : widgets) {
        for (const QAction *a : w->actions()) {
            if (seen.contains(a) || a->shortcuts().isEmpty() || a->isSeparator())
                continue;
            seen.insert(a);
            QStringList keys;
            for (const QKeySequence &k : a->shortcuts())
                keys << k.toString(QKeySequence::NativeText);
            QString text = a->text();
            text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
            text.remove(QStringLiteral("…"));
            out.append({text.trimmed(), keys.join(QStringLiteral(", "))});
        }
    }
    return out;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent) : QDialog(parent), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    const auto rows = shortcutsOf(window);
    m_table->setColumnCount(2);
    m_table->setRowCount(int(rows.size()));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        auto *keys = new QTableWidgetItem(rows[i].second);
        // Key names read left to right in every language ("Ctrl+R").
        keys->setText(QStringLiteral("\u2066%1\u2069").arg(rows[i].second));
        m_table->setItem(i, 1, keys);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("The waterfall's keys work wherever the focus is, except while typing in a field."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(460, 520);
}

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_text(new QLabel(this))
{
    setWindowTitle(tr("About Focus Waterfall Viewer"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setOpenExternalLinks(true);
    m_text->setText(
        QStringLiteral("<h3>%1</h3><p>%2</p><p>%3<br>%4<br>%5</p><p>%6</p>")
            .arg(tr("Focus Waterfall Viewer"),
                 tr("Watch a Focus Server job come alive and stream: its status, every poll, and its rows as a live "
                    "spectrogram with negative amplitudes highlighted."),
                 tr("Version %1").arg(ltrIsolate(QCoreApplication::applicationVersion())),
                 tr("Qt %1 (built with %2)").arg(ltrIsolate(QString::fromLatin1(qVersion())), ltrIsolate(QStringLiteral(QT_VERSION_STR))),
                 tr("QCustomPlot %1").arg(ltrIsolate(QStringLiteral(QCUSTOMPLOT_VERSION_STR))),
                 tr("Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later), as QCustomPlot and "
                    "Qt HttpServer require. This program comes with no warranty.")));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(460, 300);
}

QString AboutDialog::text() const
{
    return m_text->text();
}

} // namespace wf
