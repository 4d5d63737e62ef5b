// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "occupancycsv.h"

#include "csvwriter.h"
#include "logging_p.h"

#include <QDir>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

QStringList OccupancyCsv::occupancyHeader()
{
    return { u"time"_s, u"channel"_s, u"occupancy"_s };
}

QStringList OccupancyCsv::occupantsHeader()
{
    return { u"time"_s, u"channel"_s, u"user_id"_s, u"state"_s };
}

QDateTime OccupancyCsv::snapshotTime(const HereNowResult &result)
{
    if (result.fetchedAt.isValid())
        return result.fetchedAt.toUTC();
    return QDateTime::currentDateTimeUtc();
}

void OccupancyCsv::writeOccupancyRows(CsvWriter &writer, const QDateTime &time,
                                      const HereNowResult &result)
{
    for (const HereNowChannel &channel : result.channels) {
        writer.addTime(time);
        writer.addText(channel.name);
        writer.addNumber(channel.occupancy);
        writer.endRow();
    }
}

void OccupancyCsv::writeOccupantRows(CsvWriter &writer, const QDateTime &time,
                                     const HereNowResult &result)
{
    for (const HereNowChannel &channel : result.channels) {
        const QByteArray channelField = CsvWriter::encodeText(channel.name);
        for (const HereNowUser &user : channel.occupants) {
            writer.addTime(time);
            writer.addEncoded(channelField);
            writer.addText(user.user_id);
            writer.addText(QString::fromUtf8(user.state.toCompactJson()));
            writer.endRow();
        }
    }
}

bool OccupancyCsv::saveOccupancyNow(const QString &path, const HereNowResult &result,
                                    QString *error)
{
    const QDateTime time = snapshotTime(result);
    const auto outcome = saveAtomically(
            path,
            [&](CsvWriter &writer) {
                writer.writeHeader(occupancyHeader());
                writeOccupancyRows(writer, time, result);
                return true;
            },
            error);
    return outcome == Outcome::Saved;
}

bool OccupancyCsv::saveOccupantsNow(const QString &path, const HereNowResult &result,
                                    QString *error)
{
    const QDateTime time = snapshotTime(result);
    const auto outcome = saveAtomically(
            path,
            [&](CsvWriter &writer) {
                writer.writeHeader(occupantsHeader());
                writeOccupantRows(writer, time, result);
                return true;
            },
            error);
    return outcome == Outcome::Saved;
}

OccupancyCsv::Outcome OccupancyCsv::saveAtomically(
        const QString &path, const std::function<bool(CsvWriter &writer)> &writeRows,
        QString *error)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Could not write the CSV file %1: %2.").arg(shownPath, file.errorString());
        return Outcome::Failed;
    }

    CsvWriter writer(&file);
    const bool completed = writeRows(writer);
    if (!completed && !writer.hasError()) {
        file.cancelWriting();
        *error = tr("The export to %1 was cancelled; any earlier file there is unchanged.")
                         .arg(shownPath);
        qCInfo(lcCsv) << "CSV export cancelled after" << writer.rowsWritten() << "rows";
        return Outcome::Cancelled;
    }
    if (!completed || !writer.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        *error = tr("Could not write the CSV file %1: %2.").arg(shownPath, reason);
        return Outcome::Failed;
    }
    if (!file.commit()) {
        *error = tr("Could not save the CSV file %1: %2.").arg(shownPath, file.errorString());
        return Outcome::Failed;
    }

    qCDebug(lcCsv) << "Wrote" << writer.rowsWritten() << "CSV rows to" << path;
    return Outcome::Saved;
}

CsvAppendLog::CsvAppendLog() = default;

CsvAppendLog::~CsvAppendLog() = default;

bool CsvAppendLog::open(const QString &path, QString *error)
{
    close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Append)) {
        *error = tr("Could not open the CSV file %1 for recording: %2.")
                         .arg(QDir::toNativeSeparators(path), m_file.errorString());
        return false;
    }

    const qint64 size = m_file.size();
    if (size == 0) {
        CsvWriter writer(&m_file);
        writer.writeHeader(OccupancyCsv::occupancyHeader());
        writer.flush();
    } else {
        // A crash while a row was written can leave the last line unfinished. The next
        // snapshot starts on a line of its own, so the broken row stays the only bad one.
        m_file.seek(size - 1);
        if (m_file.read(1) != "\n")
            m_file.write("\r\n");
    }
    if (!m_file.flush()) {
        *error = tr("Could not write the CSV file %1: %2.")
                         .arg(QDir::toNativeSeparators(path), m_file.errorString());
        m_file.close();
        return false;
    }
    return true;
}

void CsvAppendLog::close()
{
    if (m_file.isOpen())
        m_file.close();
}

bool CsvAppendLog::append(const QDateTime &time, const HereNowResult &result, QString *error)
{
    if (!m_file.isOpen()) {
        *error = tr("No CSV file is open for recording.");
        return false;
    }

    CsvWriter writer(&m_file);
    OccupancyCsv::writeOccupancyRows(writer, time, result);
    if (!writer.flush() || !m_file.flush()) {
        *error = tr("Could not append to the CSV file %1: %2.")
                         .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        return false;
    }
    return true;
}

} // namespace Presence
