// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Shared by the history benchmarks: fills a history database with synthetic samples and
// reads the process's memory figures.

#include "historystore.h"

#include <QFile>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace HistoryBench {

// Samples every 5 s for `channels` channels until `rows` rows exist, ending at `end`. Returns
// false if the database could not be written.
inline bool fillDatabase(const QString &path, qint64 rows, int channels, const QDateTime &end)
{
    Presence::HistoryStore store;
    if (!store.open(path))
        return false;
    QSqlDatabase db = store.database();
    QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    if (!db.transaction())
        return false;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO occupancy (refresh_id, keyset, channel, time_ms,"
                                  " occupancy) VALUES (?, 'bench', ?, ?, ?)"));
    QStringList names;
    for (int c = 0; c < channels; ++c)
        names.append(QStringLiteral("channel-%1").arg(c));
    const qint64 refreshes = (rows + channels - 1) / channels;
    const qint64 endMs = end.toMSecsSinceEpoch();
    qint64 written = 0;
    for (qint64 r = 0; r < refreshes && written < rows; ++r) {
        const qint64 timeMs = endMs - (refreshes - 1 - r) * 5000;
        for (int c = 0; c < channels && written < rows; ++c, ++written) {
            insert.bindValue(0, r);
            insert.bindValue(1, names.at(c));
            insert.bindValue(2, timeMs);
            // A daily wave per channel with a little noise.
            const double day = 2 * M_PI * double(r) / (24 * 720);
            insert.bindValue(3, int(100 + 25 * c + 40 * std::sin(day + c) + (r * 7919 + c) % 5));
            if (!insert.exec())
                return false;
        }
    }
    return db.commit();
}

// A field of /proc/self/status in KiB (VmHWM is the peak resident set size), or -1.
inline qint64 statusKib(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // Files in /proc report a size of 0, so read them whole instead of testing atEnd().
    const QByteArray prefix = QByteArray(field) + ':';
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace HistoryBench
