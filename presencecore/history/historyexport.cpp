// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "historyexport.h"

#include "csv/csvwriter.h"
#include "historystore.h"
#include "logging_p.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

namespace {

constexpr qint64 ProgressEveryRows = 5000;

// The WHERE clause shared by the count and the row query, with its values in bind order.
QString whereClause(const HistoryExportRequest &request, QVariantList *values)
{
    QString clause = u" WHERE time_ms BETWEEN ? AND ?"_s;
    values->append(request.from.toMSecsSinceEpoch());
    values->append(request.to.toMSecsSinceEpoch());
    if (!request.keyset.isEmpty()) {
        clause += u" AND keyset = ?"_s;
        values->append(request.keyset);
    }
    if (!request.channels.isEmpty()) {
        QStringList marks;
        for (const QString &channel : request.channels) {
            marks.append(u"?"_s);
            values->append(channel);
        }
        clause += u" AND channel IN (%1)"_s.arg(marks.join(u','));
    }
    return clause;
}

bool prepareAndRun(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace

QString HistoryExport::validate(const HistoryExportRequest &request)
{
    if (request.outputPath.isEmpty())
        return tr("No output file is given: choose the CSV file to write.");
    if (!request.from.isValid() || !request.to.isValid())
        return tr("The export range needs a valid start and end time.");
    if (request.from > request.to)
        return tr("The export range starts at %1, after its end at %2: swap the two times.")
                .arg(request.from.toUTC().toString(Qt::ISODate),
                     request.to.toUTC().toString(Qt::ISODate));
    if (!request.databasePath.isEmpty() && !QFileInfo::exists(request.databasePath))
        return tr("The history database %1 does not exist: record some refreshes first or "
                  "give another file.")
                .arg(QDir::toNativeSeparators(request.databasePath));
    return {};
}

OccupancyCsv::Outcome HistoryExport::run(const HistoryExportRequest &request,
                                         const ProgressFunction &progress, QString *error,
                                         qint64 *rowsWritten)
{
    if (rowsWritten)
        *rowsWritten = 0;
    if (const QString problem = validate(request); !problem.isEmpty()) {
        *error = problem;
        return OccupancyCsv::Outcome::Failed;
    }

    HistoryStore store;
    if (!store.open(request.databasePath)) {
        *error = store.errorString();
        return OccupancyCsv::Outcome::Failed;
    }

    QVariantList values;
    const QString where = whereClause(request, &values);

    QSqlQuery count(store.database());
    if (!prepareAndRun(count, u"SELECT COUNT(*) FROM occupancy"_s + where, values)
        || !count.next()) {
        *error = tr("Could not read the occupancy history %1: %2.")
                         .arg(QDir::toNativeSeparators(store.path()), count.lastError().text());
        return OccupancyCsv::Outcome::Failed;
    }
    const qint64 totalRows = count.value(0).toLongLong();
    count.finish();

    QSqlQuery rows(store.database());
    if (!prepareAndRun(rows,
                       // The time index is already in the order of the output, so rows
                       // stream without a sort. Without the hint SQLite may pick the channel
                       // index and sort the whole result first.
                       u"SELECT time_ms, channel, occupancy FROM occupancy"
                       " INDEXED BY occupancy_time"_s
                               + where + u" ORDER BY time_ms, channel"_s,
                       values)) {
        *error = tr("Could not read the occupancy history %1: %2.")
                         .arg(QDir::toNativeSeparators(store.path()), rows.lastError().text());
        return OccupancyCsv::Outcome::Failed;
    }

    qint64 written = 0;
    QString readError;
    const auto outcome = OccupancyCsv::saveAtomically(
            request.outputPath,
            [&](CsvWriter &writer) {
                // Channel names repeat on every refresh: encode each one once.
                QHash<QString, QByteArray> encodedChannels;
                // Every channel of a refresh shares its time, so format each time once.
                qint64 lastTimeMs = 0;
                QByteArray lastTime;
                writer.writeHeader(OccupancyCsv::occupancyHeader());
                while (rows.next()) {
                    const QString channel = rows.value(1).toString();
                    auto encoded = encodedChannels.find(channel);
                    if (encoded == encodedChannels.end())
                        encoded = encodedChannels.insert(channel, CsvWriter::encodeText(channel));
                    const qint64 timeMs = rows.value(0).toLongLong();
                    if (lastTime.isEmpty() || timeMs != lastTimeMs) {
                        lastTimeMs = timeMs;
                        lastTime = CsvWriter::formatTimeMs(timeMs);
                    }

                    writer.addEncoded(lastTime);
                    writer.addEncoded(*encoded);
                    writer.addNumber(rows.value(2).toLongLong());
                    writer.endRow();
                    ++written;
                    if (writer.hasError())
                        return false;
                    if (progress && written % ProgressEveryRows == 0
                        && !progress(written, totalRows))
                        return false;
                }
                if (rows.lastError().isValid()) {
                    readError = rows.lastError().text();
                    return false;
                }
                return !progress || progress(written, totalRows);
            },
            error);

    if (!readError.isEmpty()) {
        *error = tr("Could not read the occupancy history %1: %2.")
                         .arg(QDir::toNativeSeparators(store.path()), readError);
        return OccupancyCsv::Outcome::Failed;
    }
    if (rowsWritten)
        *rowsWritten = written;
    return outcome;
}

} // namespace Presence
