// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "helpdialogs.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Presence Dashboard"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/app.svg"_s).pixmap(64, 64));
    icon->setAccessibleName(tr("Application icon"));

    m_text = tr("<h3>Presence Dashboard %1</h3>"
                "<p>Shows who is online in which PubNub channels, reads and edits presence "
                "state, and records occupancy over time.</p>"
                "<p>Built with Qt %2, running on Qt %3.</p>"
                "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                     .arg(QStringLiteral(PRESENCE_VERSION), QStringLiteral(QT_VERSION_STR),
                          QString::fromLatin1(qVersion()));
    auto *label = new QLabel(m_text, this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(tr("About text"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(label, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

QString AboutDialog::text() const
{
    return m_text;
}

ShortcutsDialog::ShortcutsDialog(const QList<QPair<QString, QKeySequence>> &shortcuts,
                                 QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));

    m_table = new QTableWidget(int(shortcuts.size()), 2, this);
    m_table->setHorizontalHeaderLabels({ tr("Shortcut"), tr("Action") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    for (int row = 0; row < shortcuts.size(); ++row) {
        const auto &[description, keys] = shortcuts.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(keys.toString(QKeySequence::NativeText)));
        m_table->setItem(row, 1, new QTableWidgetItem(description));
    }
    m_table->resizeColumnToContents(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(460, 360);
}

} // namespace Presence
