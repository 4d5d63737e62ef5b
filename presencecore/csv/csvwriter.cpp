// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "csvwriter.h"

#include "logging_p.h"

#include <QDate>
#include <QIODevice>

namespace Presence {

namespace {

constexpr qsizetype FlushThresholdBytes = 64 * 1024;
constexpr qint64 MsecsPerDay = 24 * 60 * 60 * 1000;
// The Julian day number of 1970-01-01.
constexpr qint64 UnixEpochJulianDay = 2440588;

bool startsLikeFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

bool needsQuotes(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u',' || u == u'"' || u == u'\n' || u == u'\r')
            return true;
    }
    return false;
}

void appendDigits(QByteArray &out, int value, int width)
{
    char digits[8];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(digits, width);
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
    m_buffer.reserve(FlushThresholdBytes + 4096);
}

CsvWriter::~CsvWriter() = default;

void CsvWriter::writeHeader(const QStringList &names)
{
    for (const QString &name : names)
        addText(name);
    endRow();
}

void CsvWriter::addText(QStringView text)
{
    appendSeparator();

    const bool formula = startsLikeFormula(text);
    if (!formula && !needsQuotes(text)) {
        m_buffer.append(text.toUtf8());
        return;
    }

    m_buffer.append('"');
    if (formula)
        m_buffer.append('\'');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        if (c == '"')
            m_buffer.append('"');
        m_buffer.append(c);
    }
    m_buffer.append('"');
}

void CsvWriter::addEncoded(const QByteArray &field)
{
    appendSeparator();
    m_buffer.append(field);
}

void CsvWriter::addNumber(qint64 value)
{
    appendSeparator();

    // Digits are written backwards into a local buffer, which avoids an allocation per cell.
    char digits[24];
    char *end = digits + sizeof(digits);
    char *begin = end;
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        *--begin = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0)
        *--begin = '-';
    m_buffer.append(begin, end - begin);
}

void CsvWriter::addTime(const QDateTime &time)
{
    if (!time.isValid()) {
        appendSeparator();
        return;
    }
    addTimeMs(time.toMSecsSinceEpoch());
}

void CsvWriter::addTimeMs(qint64 msecsSinceEpoch)
{
    appendSeparator();
    m_buffer.append(formatTimeMs(msecsSinceEpoch));
}

void CsvWriter::endRow()
{
    m_buffer.append("\r\n", 2);
    m_rowStarted = false;
    ++m_rows;
    flushIfFull();
}

bool CsvWriter::flush()
{
    if (m_failed)
        return false;
    if (m_buffer.isEmpty())
        return true;

    const qint64 written = m_device->write(m_buffer);
    if (written != m_buffer.size()) {
        qCWarning(lcCsv) << "Writing CSV data failed:" << m_device->errorString();
        m_failed = true;
        return false;
    }
    // resize() keeps the capacity, unlike clear(), so the next rows need no reallocation.
    m_buffer.resize(0);
    return true;
}

QByteArray CsvWriter::encodeText(QStringView text)
{
    CsvWriter writer(nullptr);
    writer.addText(text);
    return writer.m_buffer;
}

QByteArray CsvWriter::formatTimeMs(qint64 msecsSinceEpoch)
{
    // Written by hand because QDateTime::toString() dominates the cost of a large export.
    qint64 days = msecsSinceEpoch / MsecsPerDay;
    qint64 msOfDay = msecsSinceEpoch % MsecsPerDay;
    if (msOfDay < 0) {
        msOfDay += MsecsPerDay;
        --days;
    }
    const QDate date = QDate::fromJulianDay(days + UnixEpochJulianDay);
    const int ms = int(msOfDay % 1000);
    const int seconds = int(msOfDay / 1000);

    QByteArray out;
    out.reserve(24);
    const int year = date.year();
    if (year < 0 || year > 9999) {
        // Years outside 0000 to 9999 need a sign and more digits, which QDateTime writes.
        return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC)
                .toString(Qt::ISODateWithMs)
                .toUtf8();
    }
    appendDigits(out, year, 4);
    out.append('-');
    appendDigits(out, date.month(), 2);
    out.append('-');
    appendDigits(out, date.day(), 2);
    out.append('T');
    appendDigits(out, seconds / 3600, 2);
    out.append(':');
    appendDigits(out, seconds / 60 % 60, 2);
    out.append(':');
    appendDigits(out, seconds % 60, 2);
    out.append('.');
    appendDigits(out, ms, 3);
    out.append('Z');
    return out;
}

void CsvWriter::appendSeparator()
{
    if (m_rowStarted)
        m_buffer.append(',');
    m_rowStarted = true;
}

void CsvWriter::flushIfFull()
{
    if (m_buffer.size() >= FlushThresholdBytes && m_device)
        flush();
}

} // namespace Presence
