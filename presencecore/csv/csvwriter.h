// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QStringList>
#include <QStringView>

class QIODevice;

namespace Presence {

/**
 * A streaming RFC 4180 CSV writer: UTF-8 without a byte order mark, CRLF after every row,
 * fields quoted when they contain a comma, a quote or a line break, and quotes doubled.
 *
 * Text cells that begin with `=`, `+`, `-`, `@`, a tab or a carriage return are neutralised
 * against spreadsheet formula injection: they get a leading `'` and are quoted. Only text
 * cells are neutralised. Numbers written with `addNumber()` stay as they are, so a negative
 * number remains a number, although occupancy columns are never negative.
 *
 * Times are written as ISO 8601 UTC with milliseconds, `2026-12-04T19:40:00.000Z`, so a
 * value read back compares equal to the millisecond time the history stores.
 *
 * Rows are buffered and written to the device in blocks of about 64 KiB; call `flush()` at
 * the end (and wherever the data must reach the device). The writer does not own the device.
 */
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device);
    ~CsvWriter();

    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void writeHeader(const QStringList &names);

    void addText(QStringView text);
    // Adds a field made by encodeText(), for values repeated on many rows.
    void addEncoded(const QByteArray &field);
    void addNumber(qint64 value);
    // Writes the time in UTC; an invalid time gives an empty cell.
    void addTime(const QDateTime &time);
    void addTimeMs(qint64 msecsSinceEpoch);
    void endRow();

    // Writes the buffered rows to the device. Returns false when the device failed, and
    // stays failed from then on.
    bool flush();
    bool hasError() const { return m_failed; }
    qint64 rowsWritten() const { return m_rows; }

    // The field as it is written, quoted and neutralised where needed.
    static QByteArray encodeText(QStringView text);
    static QByteArray formatTimeMs(qint64 msecsSinceEpoch);

private:
    void appendSeparator();
    void flushIfFull();

    QIODevice *m_device = nullptr;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    bool m_rowStarted = false;
    bool m_failed = false;
};

} // namespace Presence
