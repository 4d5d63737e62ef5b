// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "historystore.h"

#include "logging_p.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

namespace {

QAtomicInteger<quint64> connectionCounter;

const char *const SchemaStatements[] = {
    "CREATE TABLE refreshes ("
    " id INTEGER PRIMARY KEY,"
    " keyset TEXT NOT NULL,"
    " time_ms INTEGER NOT NULL,"
    " total_channels INTEGER NOT NULL,"
    " total_occupancy INTEGER NOT NULL)",
    "CREATE INDEX refreshes_time ON refreshes (time_ms)",
    "CREATE TABLE occupancy ("
    " refresh_id INTEGER NOT NULL,"
    " keyset TEXT NOT NULL,"
    " channel TEXT NOT NULL,"
    " time_ms INTEGER NOT NULL,"
    " occupancy INTEGER NOT NULL)",
    // Covers the chart and sparkline queries, so that they never read the table itself.
    "CREATE INDEX occupancy_channel_time ON occupancy (keyset, channel, time_ms, occupancy)",
    // Covers the CSV export, which reads in time and channel order, and serves retention.
    "CREATE INDEX occupancy_time ON occupancy (time_ms, channel, keyset, occupancy)",
    // Minimum and maximum per channel and minute, kept up to date by a trigger, so that
    // charts of long ranges read one row per minute instead of one per refresh.
    "CREATE TABLE occupancy_minutes ("
    " keyset TEXT NOT NULL,"
    " channel TEXT NOT NULL,"
    " time_ms INTEGER NOT NULL,"
    " first_ms INTEGER NOT NULL,"
    " last_ms INTEGER NOT NULL,"
    " minimum INTEGER NOT NULL,"
    " maximum INTEGER NOT NULL,"
    " samples INTEGER NOT NULL,"
    " UNIQUE (keyset, channel, time_ms))",
    "CREATE INDEX occupancy_minutes_time ON occupancy_minutes (time_ms)",
    "CREATE TRIGGER occupancy_minutes_insert AFTER INSERT ON occupancy BEGIN"
    " INSERT INTO occupancy_minutes (keyset, channel, time_ms, first_ms, last_ms, minimum,"
    " maximum, samples) VALUES (NEW.keyset, NEW.channel, NEW.time_ms - NEW.time_ms % 60000,"
    " NEW.time_ms, NEW.time_ms, NEW.occupancy, NEW.occupancy, 1)"
    " ON CONFLICT (keyset, channel, time_ms) DO UPDATE SET"
    " first_ms = MIN(first_ms, excluded.first_ms), last_ms = MAX(last_ms, excluded.last_ms),"
    " minimum = MIN(minimum, excluded.minimum), maximum = MAX(maximum, excluded.maximum),"
    " samples = samples + 1;"
    " END",
    "CREATE TABLE occupants ("
    " refresh_id INTEGER NOT NULL,"
    " keyset TEXT NOT NULL,"
    " channel TEXT NOT NULL,"
    " time_ms INTEGER NOT NULL,"
    " user_id TEXT NOT NULL,"
    " state TEXT NOT NULL)",
    "CREATE INDEX occupants_channel_time ON occupants (keyset, channel, time_ms)",
    "CREATE INDEX occupants_time ON occupants (time_ms)",
    "CREATE TABLE marked_channels ("
    " keyset TEXT NOT NULL,"
    " channel TEXT NOT NULL,"
    " PRIMARY KEY (keyset, channel))",
};

// The tables that retention trims, children before the refreshes they belong to.
const char *const RetentionTables[] = { "occupants", "occupancy", "occupancy_minutes",
                                        "refreshes" };

// From this bucket width on, buckets() reads the per-minute table. A sample then counts in
// the bucket of its minute's start, which shifts it by less than a tenth of a bucket.
constexpr qint64 MinuteTableBucketMs = 10 * 60 * 1000;
constexpr qint64 MsecsPerMinute = 60 * 1000;

qint64 toMs(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

// A null QString binds as SQL NULL, which the NOT NULL keyset column rejects and `=` never
// matches, so "no keyset" is stored and queried as the empty string.
QString keysetValue(const QString &keyset)
{
    return keyset.isNull() ? QString::fromLatin1("") : keyset;
}

// The rows of a table, of one keyset or of all when `keyset` is empty; -1 when the query fails.
qint64 rowCount(const QSqlDatabase &database, const QString &table, const QString &keyset)
{
    QSqlQuery query(database);
    if (keyset.isEmpty()) {
        query.exec(u"SELECT COUNT(*) FROM "_s + table);
    } else {
        query.prepare(u"SELECT COUNT(*) FROM "_s + table + u" WHERE keyset = ?"_s);
        query.addBindValue(keysetValue(keyset));
        query.exec();
    }
    return query.next() ? query.value(0).toLongLong() : -1;
}

// The first column of a query over one keyset, such as a list of channel names.
QStringList channelList(const QSqlDatabase &database, const QString &sql, const QString &keyset)
{
    QStringList channels;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(keysetValue(keyset));
    if (!query.exec())
        return channels;
    while (query.next())
        channels.append(query.value(0).toString());
    return channels;
}

} // namespace

HistoryStore::HistoryStore()
    : m_connectionName(u"presence-history-%1"_s.arg(++connectionCounter))
{
}

HistoryStore::~HistoryStore()
{
    close();
}

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + u"/history.sqlite"_s;
}

bool HistoryStore::open(const QString &path)
{
    close();
    m_path = path.isEmpty() ? defaultPath() : path;
    m_error.clear();

    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder)) {
        m_error = tr("Could not create the folder %1 for the occupancy history.")
                          .arg(QDir::toNativeSeparators(folder));
        return false;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    // Another connection may hold the write lock for a moment; wait for it instead of failing.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return fail(tr("Could not open the occupancy history %1: %2.")
                            .arg(QDir::toNativeSeparators(m_path), db.lastError().text()));

    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA journal_mode=WAL"_s) || !query.next()
        || query.value(0).toString().compare("wal"_L1, Qt::CaseInsensitive) != 0) {
        qCWarning(lcHistory) << "The history database did not switch to WAL mode:"
                             << query.lastError().text();
    }
    query.exec(u"PRAGMA synchronous=FULL"_s);
    query.exec(u"PRAGMA foreign_keys=OFF"_s);

    if (!createSchema()) {
        close();
        return false;
    }
    qCDebug(lcHistory) << "Opened the history database" << m_path << "as" << m_connectionName;
    return true;
}

void HistoryStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
            && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase HistoryStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool HistoryStore::createSchema()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    const auto readVersion = [&query]() {
        const int version = query.exec(u"PRAGMA user_version"_s) && query.next()
                ? query.value(0).toInt()
                : -1;
        query.finish();
        return version;
    };
    const auto failCreating = [this, &query](const QString &detail) {
        query.exec(u"ROLLBACK"_s);
        return fail(tr("Could not create the occupancy history %1: %2.")
                            .arg(QDir::toNativeSeparators(m_path), detail));
    };

    int version = readVersion();
    if (version < 0)
        return fail(tr("Could not read the occupancy history %1: %2.")
                            .arg(QDir::toNativeSeparators(m_path), query.lastError().text()));
    if (version == SchemaVersion)
        return true;
    if (version > SchemaVersion)
        return fail(tr("The occupancy history %1 was written by a newer version of Presence "
                       "Dashboard (schema %2); update the application or choose another file.")
                            .arg(QDir::toNativeSeparators(m_path))
                            .arg(version));

    // Two connections may open a new file at once (the recorder and a chart loader at the
    // first start), so take the write lock first and check the version again under it.
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return fail(tr("Could not create the occupancy history %1: %2.")
                            .arg(QDir::toNativeSeparators(m_path), query.lastError().text()));
    version = readVersion();
    if (version == SchemaVersion) {
        query.exec(u"COMMIT"_s);
        return true;
    }
    for (const char *statement : SchemaStatements) {
        if (!query.exec(QString::fromLatin1(statement)))
            return failCreating(query.lastError().text());
    }
    if (!query.exec(u"PRAGMA user_version = %1"_s.arg(SchemaVersion)))
        return failCreating(query.lastError().text());
    if (!query.exec(u"COMMIT"_s))
        return failCreating(query.lastError().text());
    qCInfo(lcHistory) << "Created history schema version" << SchemaVersion << "in" << m_path;
    return true;
}

bool HistoryStore::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcHistory).noquote() << message;
    return false;
}

bool HistoryStore::recordRefresh(const QString &keyset, const QDateTime &time,
                                 const QList<HereNowChannel> &channels,
                                 const QHash<QString, QList<HereNowUser>> &occupantsOfMarked)
{
    if (!isOpen())
        return fail(tr("The occupancy history is not open."));
    if (!time.isValid())
        return fail(tr("The refresh has no valid time, so it was not recorded."));

    QSqlDatabase db = database();
    const qint64 timeMs = toMs(time);
    int totalOccupancy = 0;
    for (const HereNowChannel &channel : channels)
        totalOccupancy += channel.occupancy;

    if (!db.transaction())
        return fail(tr("Could not record the refresh: %1.").arg(db.lastError().text()));

    const auto rollback = [&](const QSqlQuery &failed) {
        const QString detail = failed.lastError().text();
        db.rollback();
        return fail(tr("Could not record the refresh: %1.").arg(detail));
    };

    QSqlQuery refresh(db);
    refresh.prepare(u"INSERT INTO refreshes (keyset, time_ms, total_channels, total_occupancy)"
                    " VALUES (?, ?, ?, ?)"_s);
    refresh.addBindValue(keysetValue(keyset));
    refresh.addBindValue(timeMs);
    refresh.addBindValue(int(channels.size()));
    refresh.addBindValue(totalOccupancy);
    if (!refresh.exec())
        return rollback(refresh);
    const qint64 refreshId = refresh.lastInsertId().toLongLong();

    QSqlQuery sample(db);
    sample.prepare(u"INSERT INTO occupancy (refresh_id, keyset, channel, time_ms, occupancy)"
                   " VALUES (?, ?, ?, ?, ?)"_s);
    QSqlQuery occupant(db);
    occupant.prepare(u"INSERT INTO occupants (refresh_id, keyset, channel, time_ms, user_id,"
                     " state) VALUES (?, ?, ?, ?, ?, ?)"_s);
    const QStringList marked = markedChannels(keyset);

    for (const HereNowChannel &channel : channels) {
        sample.bindValue(0, refreshId);
        sample.bindValue(1, keysetValue(keyset));
        sample.bindValue(2, channel.name);
        sample.bindValue(3, timeMs);
        sample.bindValue(4, channel.occupancy);
        if (!sample.exec())
            return rollback(sample);

        if (!marked.contains(channel.name))
            continue;
        const auto listed = occupantsOfMarked.constFind(channel.name);
        const QList<HereNowUser> &users =
                listed != occupantsOfMarked.cend() ? *listed : channel.occupants;
        for (const HereNowUser &user : users) {
            occupant.bindValue(0, refreshId);
            occupant.bindValue(1, keysetValue(keyset));
            occupant.bindValue(2, channel.name);
            occupant.bindValue(3, timeMs);
            occupant.bindValue(4, user.user_id);
            occupant.bindValue(5, QString::fromUtf8(user.state.toCompactJson()));
            if (!occupant.exec())
                return rollback(occupant);
        }
    }

    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        return fail(tr("Could not record the refresh: %1.").arg(detail));
    }
    return true;
}

bool HistoryStore::setMarked(const QString &keyset, const QString &channel, bool marked)
{
    if (!isOpen())
        return fail(tr("The occupancy history is not open."));

    QSqlQuery query(database());
    query.prepare(marked ? u"INSERT OR IGNORE INTO marked_channels (keyset, channel)"
                           " VALUES (?, ?)"_s
                         : u"DELETE FROM marked_channels WHERE keyset = ? AND channel = ?"_s);
    query.addBindValue(keysetValue(keyset));
    query.addBindValue(channel);
    if (!query.exec())
        return fail(tr("Could not save the marking of channel %1: %2.")
                            .arg(channel, query.lastError().text()));
    return true;
}

bool HistoryStore::isMarked(const QString &keyset, const QString &channel) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT 1 FROM marked_channels WHERE keyset = ? AND channel = ?"_s);
    query.addBindValue(keysetValue(keyset));
    query.addBindValue(channel);
    return query.exec() && query.next();
}

QStringList HistoryStore::markedChannels(const QString &keyset) const
{
    return channelList(database(),
                       u"SELECT channel FROM marked_channels WHERE keyset = ? ORDER BY channel"_s,
                       keyset);
}

QStringList HistoryStore::recordedChannels(const QString &keyset) const
{
    return channelList(
            database(),
            u"SELECT DISTINCT channel FROM occupancy WHERE keyset = ? ORDER BY channel"_s,
            keyset);
}

qint64 HistoryStore::refreshCount(const QString &keyset) const
{
    return rowCount(database(), u"refreshes"_s, keyset);
}

qint64 HistoryStore::sampleCount(const QString &keyset) const
{
    return rowCount(database(), u"occupancy"_s, keyset);
}

QList<OccupancySample> HistoryStore::samples(const QString &keyset, const QString &channel,
                                             const QDateTime &from, const QDateTime &to) const
{
    QList<OccupancySample> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT time_ms, occupancy FROM occupancy"
                  " WHERE keyset = ? AND channel = ? AND time_ms BETWEEN ? AND ?"
                  " ORDER BY time_ms"_s);
    query.addBindValue(keysetValue(keyset));
    query.addBindValue(channel);
    query.addBindValue(toMs(from));
    query.addBindValue(toMs(to));
    if (!query.exec()) {
        qCWarning(lcHistory) << "Reading samples failed:" << query.lastError().text();
        return result;
    }
    while (query.next())
        result.append({ query.value(0).toLongLong(), query.value(1).toInt() });
    return result;
}

QList<OccupancyBucket> HistoryStore::buckets(const QString &keyset, const QString &channel,
                                             const QDateTime &from, const QDateTime &to,
                                             qint64 bucketMs) const
{
    QList<OccupancyBucket> result;
    if (bucketMs < 1)
        bucketMs = 1;
    const qint64 fromMs = toMs(from);

    const bool byMinute = bucketMs >= MinuteTableBucketMs;

    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (byMinute) {
        // A minute that starts before `from` counts in the first bucket (the integer division
        // rounds its negative offset to zero).
        query.prepare(u"SELECT (time_ms - :from) / :bucket AS bucket, MIN(first_ms),"
                      " MAX(last_ms), MIN(minimum), MAX(maximum), SUM(samples)"
                      " FROM occupancy_minutes"
                      " WHERE keyset = :keyset AND channel = :channel"
                      " AND time_ms BETWEEN :fromMinute AND :to"
                      " GROUP BY bucket ORDER BY bucket"_s);
        query.bindValue(u":fromMinute"_s, fromMs - fromMs % MsecsPerMinute);
    } else {
        query.prepare(u"SELECT (time_ms - :from) / :bucket AS bucket, MIN(time_ms),"
                      " MAX(time_ms), MIN(occupancy), MAX(occupancy), COUNT(*) FROM occupancy"
                      " WHERE keyset = :keyset AND channel = :channel"
                      " AND time_ms BETWEEN :from AND :to"
                      " GROUP BY bucket ORDER BY bucket"_s);
    }
    query.bindValue(u":from"_s, fromMs);
    query.bindValue(u":bucket"_s, bucketMs);
    query.bindValue(u":keyset"_s, keysetValue(keyset));
    query.bindValue(u":channel"_s, channel);
    query.bindValue(u":to"_s, toMs(to));
    if (!query.exec()) {
        qCWarning(lcHistory) << "Reading buckets failed:" << query.lastError().text();
        return result;
    }
    while (query.next()) {
        OccupancyBucket bucket;
        bucket.startMs = fromMs + query.value(0).toLongLong() * bucketMs;
        bucket.firstMs = query.value(1).toLongLong();
        bucket.lastMs = query.value(2).toLongLong();
        bucket.minimum = query.value(3).toInt();
        bucket.maximum = query.value(4).toInt();
        bucket.sampleCount = query.value(5).toInt();
        result.append(bucket);
    }
    return result;
}

QHash<QString, QList<OccupancyBucket>> HistoryStore::buckets(const QString &keyset,
                                                             const QStringList &channels,
                                                             const QDateTime &from,
                                                             const QDateTime &to,
                                                             qint64 bucketMs) const
{
    QHash<QString, QList<OccupancyBucket>> result;
    for (const QString &channel : channels)
        result.insert(channel, buckets(keyset, channel, from, to, bucketMs));
    return result;
}

QHash<QString, QList<int>> HistoryStore::lastOccupancies(const QString &keyset,
                                                         const QStringList &channels,
                                                         int count) const
{
    QHash<QString, QList<int>> result;
    for (const QString &channel : channels)
        result.insert(channel, lastOccupancies(keyset, channel, count));
    return result;
}

QList<int> HistoryStore::lastOccupancies(const QString &keyset, const QString &channel,
                                         int count) const
{
    QList<int> result;
    if (count <= 0)
        return result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT occupancy FROM occupancy WHERE keyset = ? AND channel = ?"
                  " ORDER BY time_ms DESC LIMIT ?"_s);
    query.addBindValue(keysetValue(keyset));
    query.addBindValue(channel);
    query.addBindValue(count);
    if (!query.exec())
        return result;
    while (query.next())
        result.append(query.value(0).toInt());
    std::reverse(result.begin(), result.end());
    return result;
}

QList<RecordedOccupant> HistoryStore::occupants(const QString &keyset, const QString &channel,
                                                const QDateTime &from,
                                                const QDateTime &to) const
{
    QList<RecordedOccupant> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT time_ms, user_id, state FROM occupants"
                  " WHERE keyset = ? AND channel = ? AND time_ms BETWEEN ? AND ?"
                  " ORDER BY time_ms, rowid"_s);
    query.addBindValue(keysetValue(keyset));
    query.addBindValue(channel);
    query.addBindValue(toMs(from));
    query.addBindValue(toMs(to));
    if (!query.exec())
        return result;
    while (query.next())
        result.append({ query.value(0).toLongLong(), query.value(1).toString(),
                        query.value(2).toString().toUtf8() });
    return result;
}

int HistoryStore::removeRecordedBefore(const QDateTime &cutoff, int maxRows)
{
    if (!isOpen()) {
        fail(tr("The occupancy history is not open."));
        return -1;
    }

    QSqlDatabase db = database();
    const qint64 cutoffMs = toMs(cutoff);
    int removed = 0;
    if (!db.transaction()) {
        fail(tr("Could not remove old history: %1.").arg(db.lastError().text()));
        return -1;
    }
    for (const char *table : RetentionTables) {
        if (removed >= maxRows)
            break;
        QSqlQuery query(db);
        query.prepare(u"DELETE FROM %1 WHERE rowid IN"
                      " (SELECT rowid FROM %1 WHERE time_ms < ? LIMIT ?)"_s.arg(
                              QLatin1StringView(table)));
        // A minute row goes only once its whole minute is older than the cutoff.
        const bool minutes = qstrcmp(table, "occupancy_minutes") == 0;
        query.addBindValue(minutes ? cutoffMs - MsecsPerMinute + 1 : cutoffMs);
        query.addBindValue(maxRows - removed);
        if (!query.exec()) {
            const QString detail = query.lastError().text();
            db.rollback();
            fail(tr("Could not remove old history: %1.").arg(detail));
            return -1;
        }
        removed += query.numRowsAffected();
    }
    if (!db.commit()) {
        fail(tr("Could not remove old history: %1.").arg(db.lastError().text()));
        db.rollback();
        return -1;
    }
    if (removed > 0)
        qCDebug(lcHistory) << "Retention removed" << removed << "rows older than" << cutoff;
    return removed;
}

} // namespace Presence
