// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QPair>

class QTableWidget;

namespace Presence {

// Help > About: the name, the version, what the program is for and its licence.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    QString text() const;

private:
    QString m_text;
};

// Help > Keyboard shortcuts: a table of the shortcuts and what each does.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    // Each entry is a description and its key sequence.
    explicit ShortcutsDialog(const QList<QPair<QString, QKeySequence>> &shortcuts,
                             QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace Presence
