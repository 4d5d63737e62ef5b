// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Presence {

struct DiffLine
{
    enum class Change { Unchanged, Removed, Added };

    Change change = Change::Unchanged;
    QString text;

    friend bool operator==(const DiffLine &a, const DiffLine &b)
    {
        return a.change == b.change && a.text == b.text;
    }
};

// Compares two texts line by line (longest common subsequence). Removed lines of a changed
// run come before the added ones, as in a unified diff.
QList<DiffLine> diffLines(const QStringList &before, const QStringList &after);

} // namespace Presence
