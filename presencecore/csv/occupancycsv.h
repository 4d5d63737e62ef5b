// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "presencetypes.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringList>

#include <functional>

namespace Presence {

class CsvWriter;

/**
 * The snapshot CSV exports and the atomic file writing they share.
 *
 * "Occupancy now" has the columns time, channel, occupancy. "Occupants now" has time, channel,
 * user_id, state, where state is the compact JSON of the user's state: `null` when the server
 * sent none, and a JSON string for bytes that are not JSON. Files are replaced
 * atomically through QSaveFile: a write that fails or is cancelled leaves any earlier file
 * as it was.
 */
class OccupancyCsv
{
    Q_DECLARE_TR_FUNCTIONS(OccupancyCsv)

public:
    enum class Outcome { Saved, Failed, Cancelled };

    static QStringList occupancyHeader();
    static QStringList occupantsHeader();

    // The time a snapshot stands for: when the server produced it, or now when unknown.
    static QDateTime snapshotTime(const HereNowResult &result);

    static void writeOccupancyRows(CsvWriter &writer, const QDateTime &time,
                                   const HereNowResult &result);
    static void writeOccupantRows(CsvWriter &writer, const QDateTime &time,
                                  const HereNowResult &result);

    static bool saveOccupancyNow(const QString &path, const HereNowResult &result,
                                 QString *error);
    static bool saveOccupantsNow(const QString &path, const HereNowResult &result,
                                 QString *error);

    /**
     * Writes `path` through QSaveFile. `writeRows` fills the writer and returns false to
     * cancel; the file is then discarded and the earlier file, if any, stays untouched.
     * `error` gets a sentence for Failed and Cancelled.
     */
    static Outcome saveAtomically(const QString &path,
                                  const std::function<bool(CsvWriter &writer)> &writeRows,
                                  QString *error);
};

/**
 * A CSV file that grows by one snapshot per refresh (the "record to CSV" mode). It is opened
 * in append mode and gets the header only while it is empty. Every snapshot is flushed, so a
 * crash loses at most the refresh being written. The columns are those of
 * OccupancyCsv::occupancyHeader().
 */
class CsvAppendLog
{
    Q_DECLARE_TR_FUNCTIONS(CsvAppendLog)

public:
    CsvAppendLog();
    ~CsvAppendLog();

    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }

    bool append(const QDateTime &time, const HereNowResult &result, QString *error);

private:
    QFile m_file;
};

} // namespace Presence
