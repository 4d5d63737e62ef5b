// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "csv/occupancycsv.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>

namespace Presence {

// The channels, time range and files of a history export.
struct HistoryExportRequest
{
    // The history database; empty means HistoryStore::defaultPath().
    QString databasePath;
    // Empty means every keyset in the database.
    QString keyset;
    // Empty means every recorded channel.
    QStringList channels;
    QDateTime from;
    QDateTime to;
    QString outputPath;
};

/**
 * Exports recorded occupancy to CSV with the columns time, channel, occupancy, ordered by
 * time and then channel. Rows are streamed from a forward-only query into a QSaveFile, so
 * memory stays flat however many rows there are, and a failed or cancelled export leaves
 * any earlier file untouched.
 *
 * run() works in the calling thread on a connection of its own, so it may run in a worker
 * thread while the GUI thread keeps its own HistoryStore.
 */
class HistoryExport
{
    Q_DECLARE_TR_FUNCTIONS(HistoryExport)

public:
    // Called every few thousand rows and once at the end; returning false cancels the export.
    using ProgressFunction = std::function<bool(qint64 rowsWritten, qint64 totalRows)>;

    // A sentence about the first invalid field of the request, or empty.
    static QString validate(const HistoryExportRequest &request);

    static OccupancyCsv::Outcome run(const HistoryExportRequest &request,
                                     const ProgressFunction &progress, QString *error,
                                     qint64 *rowsWritten = nullptr);
};

} // namespace Presence

Q_DECLARE_METATYPE(Presence::HistoryExportRequest)
