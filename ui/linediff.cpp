// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "linediff.h"

#include <algorithm>
#include <vector>

namespace Presence {

QList<DiffLine> diffLines(const QStringList &before, const QStringList &after)
{
    // Lines shared at both ends are taken out first, so that the quadratic table only covers
    // the changed middle of two formatted states.
    qsizetype head = 0;
    while (head < before.size() && head < after.size() && before.at(head) == after.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < before.size() - head && tail < after.size() - head
           && before.at(before.size() - 1 - tail) == after.at(after.size() - 1 - tail))
        ++tail;

    const qsizetype rows = before.size() - head - tail;
    const qsizetype columns = after.size() - head - tail;

    // common[i][j] is the length of the longest common subsequence of the middle parts
    // starting at before[head + i] and after[head + j].
    std::vector<std::vector<int>> common(size_t(rows + 1), std::vector<int>(size_t(columns + 1), 0));
    for (qsizetype i = rows - 1; i >= 0; --i) {
        for (qsizetype j = columns - 1; j >= 0; --j) {
            if (before.at(head + i) == after.at(head + j))
                common[size_t(i)][size_t(j)] = common[size_t(i + 1)][size_t(j + 1)] + 1;
            else
                common[size_t(i)][size_t(j)] = std::max(common[size_t(i + 1)][size_t(j)],
                                                        common[size_t(i)][size_t(j + 1)]);
        }
    }

    QList<DiffLine> result;
    result.reserve(before.size() + after.size());
    for (qsizetype k = 0; k < head; ++k)
        result.append({DiffLine::Change::Unchanged, before.at(k)});

    qsizetype i = 0;
    qsizetype j = 0;
    while (i < rows || j < columns) {
        if (i < rows && j < columns && before.at(head + i) == after.at(head + j)) {
            result.append({DiffLine::Change::Unchanged, before.at(head + i)});
            ++i;
            ++j;
        } else if (j >= columns || (i < rows && common[size_t(i + 1)][size_t(j)] >= common[size_t(i)][size_t(j + 1)])) {
            result.append({DiffLine::Change::Removed, before.at(head + i)});
            ++i;
        } else {
            result.append({DiffLine::Change::Added, after.at(head + j)});
            ++j;
        }
    }

    for (qsizetype k = before.size() - tail; k < before.size(); ++k)
        result.append({DiffLine::Change::Unchanged, before.at(k)});
    return result;
}

} // namespace Presence
