// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "csv/csvwriter.h"
#include "csv/occupancycsv.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Presence;

namespace {

// Reads a CSV file with Python's csv module and prints the rows as a JSON array of arrays.
const char *const PythonReader = R"(
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    print(json.dumps([row for row in csv.reader(f)]))
)";

QList<QStringList> readWithPython(const QString &path, QString *problem)
{
    QList<QStringList> rows;
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty()) {
        *problem = u"python3 is not installed"_s;
        return rows;
    }
    QProcess process;
    process.start(python, { u"-c"_s, QString::fromLatin1(PythonReader), path });
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *problem = u"the Python reader failed: "_s + QString::fromUtf8(process.readAllStandardError());
        return rows;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *problem = u"the Python reader printed invalid JSON"_s;
        return rows;
    }
    const QJsonArray array = document.array();
    for (const QJsonValue &row : array) {
        QStringList cells;
        const QJsonArray rowArray = row.toArray();
        for (const QJsonValue &cell : rowArray)
            cells.append(cell.toString());
        rows.append(cells);
    }
    return rows;
}

HereNowResult sampleResult()
{
    HereNowResult result;
    result.fetchedAt = QDateTime(QDate(2026, 12, 4), QTime(19, 40, 0, 250), Qt::UTC);
    HereNowChannel lobby;
    lobby.name = u"lobby, main"_s;
    lobby.occupancy = 2;
    lobby.occupants = {
        { u"u-\"quoted\""_s, StateValue::fromJson(QJsonObject{ { u"mood"_s, u"busy, very"_s } }) },
        { u"=HYPERLINK(\"x\")"_s, StateValue() },
    };
    HereNowChannel support;
    support.name = u"support-\u00fc"_s;
    support.occupancy = 1;
    support.occupants = { { u"line\nbreak"_s, StateValue::fromRawBytes("not json") } };
    result.channels = { lobby, support };
    result.total_channels = 2;
    result.total_occupancy = 3;
    return result;
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textReadsBackInPython_data();
    void textReadsBackInPython();
    void bytesFollowRfc4180();
    void numbersAreNotNeutralised();
    void timeFormat_data();
    void timeFormat();
    void occupancyNowReadsBack();
    void occupantsNowReadsBack();
    void appendLogWritesHeaderOnce();
    void cancelledSaveKeepsEarlierFile();
    void unwritableFolderFails();

private:
    QTemporaryDir m_dir;
};

void TestCsvWriter::textReadsBackInPython_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::addRow("plain") << u"lobby"_s << u"lobby"_s;
    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("comma") << u"a,b"_s << u"a,b"_s;
    QTest::addRow("quotes") << u"say \"hi\""_s << u"say \"hi\""_s;
    QTest::addRow("line feed") << u"two\nlines"_s << u"two\nlines"_s;
    QTest::addRow("crlf inside") << u"two\r\nlines"_s << u"two\r\nlines"_s;
    QTest::addRow("non-ascii") << u"Zo\u00eb \u65e5\u672c \U0001F642"_s
                               << u"Zo\u00eb \u65e5\u672c \U0001F642"_s;
    QTest::addRow("formula equals") << u"=1+1"_s << u"'=1+1"_s;
    QTest::addRow("formula plus") << u"+SUM(A1:A9)"_s << u"'+SUM(A1:A9)"_s;
    QTest::addRow("minus text") << u"-2"_s << u"'-2"_s;
    QTest::addRow("at sign") << u"@x"_s << u"'@x"_s;
    QTest::addRow("leading tab") << u"\tx"_s << u"'\tx"_s;
    QTest::addRow("leading carriage return") << u"\rx"_s << u"'\rx"_s;
    QTest::addRow("formula with comma") << u"=A1,\"b\""_s << u"'=A1,\"b\""_s;
    QTest::addRow("equals inside") << u"a=b"_s << u"a=b"_s;
}

void TestCsvWriter::textReadsBackInPython()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QVERIFY(m_dir.isValid());

    const QString path = m_dir.filePath(u"text.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    CsvWriter writer(&file);
    writer.writeHeader({ u"before"_s, u"value"_s, u"after"_s });
    writer.addText(u"x"_s);
    writer.addText(text);
    writer.addNumber(7);
    writer.endRow();
    QVERIFY(writer.flush());
    file.close();

    QString problem;
    const QList<QStringList> rows = readWithPython(path, &problem);
    if (!problem.isEmpty())
        QSKIP(qPrintable(problem));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0), QStringList({ u"before"_s, u"value"_s, u"after"_s }));
    QCOMPARE(rows.at(1).size(), 3);
    QCOMPARE(rows.at(1).at(0), u"x"_s);
    QCOMPARE(rows.at(1).at(1), expected);
    QCOMPARE(rows.at(1).at(2), u"7"_s);
}

void TestCsvWriter::bytesFollowRfc4180()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.writeHeader({ u"time"_s, u"channel"_s, u"occupancy"_s });
    writer.addTime(QDateTime(QDate(2026, 12, 4), QTime(19, 40), Qt::UTC));
    writer.addText(u"a \"b\", c"_s);
    writer.addNumber(12);
    writer.endRow();
    writer.addText(u"=x"_s);
    writer.addText(u"\u00e4"_s);
    writer.addNumber(0);
    writer.endRow();
    QVERIFY(writer.flush());

    QCOMPARE(writer.rowsWritten(), 3);
    QCOMPARE(buffer.data(),
             QByteArray("time,channel,occupancy\r\n"
                        "2026-12-04T19:40:00.000Z,\"a \"\"b\"\", c\",12\r\n"
                        "\"'=x\",\xc3\xa4,0\r\n"));
}

void TestCsvWriter::numbersAreNotNeutralised()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.addNumber(-2);
    writer.addText(u"-2"_s);
    writer.endRow();
    QVERIFY(writer.flush());
    QCOMPARE(buffer.data(), QByteArray("-2,\"'-2\"\r\n"));
}

void TestCsvWriter::timeFormat_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QByteArray>("expected");

    QTest::addRow("epoch") << QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)
                           << QByteArray("1970-01-01T00:00:00.000Z");
    QTest::addRow("milliseconds") << QDateTime(QDate(2026, 12, 4), QTime(19, 40, 5, 7), Qt::UTC)
                                  << QByteArray("2026-12-04T19:40:05.007Z");
    QTest::addRow("leap day end") << QDateTime(QDate(2028, 2, 29), QTime(23, 59, 59, 999), Qt::UTC)
                                  << QByteArray("2028-02-29T23:59:59.999Z");
    QTest::addRow("before epoch") << QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 500), Qt::UTC)
                                  << QByteArray("1969-12-31T23:59:59.500Z");
    QTest::addRow("offset converted to utc")
            << QDateTime(QDate(2026, 12, 4), QTime(21, 40), Qt::OffsetFromUTC, 2 * 3600)
            << QByteArray("2026-12-04T19:40:00.000Z");
}

void TestCsvWriter::timeFormat()
{
    QFETCH(QDateTime, time);
    QFETCH(QByteArray, expected);
    QCOMPARE(CsvWriter::formatTimeMs(time.toMSecsSinceEpoch()), expected);
    QCOMPARE(QDateTime::fromString(QString::fromLatin1(expected), Qt::ISODateWithMs), time);
}

void TestCsvWriter::occupancyNowReadsBack()
{
    const QString path = m_dir.filePath(u"occupancy.csv"_s);
    QString error;
    QVERIFY2(OccupancyCsv::saveOccupancyNow(path, sampleResult(), &error), qPrintable(error));

    QString problem;
    const QList<QStringList> rows = readWithPython(path, &problem);
    if (!problem.isEmpty())
        QSKIP(qPrintable(problem));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0), QStringList({ u"time"_s, u"channel"_s, u"occupancy"_s }));
    QCOMPARE(rows.at(1),
             QStringList({ u"2026-12-04T19:40:00.250Z"_s, u"lobby, main"_s, u"2"_s }));
    QCOMPARE(rows.at(2),
             QStringList({ u"2026-12-04T19:40:00.250Z"_s, u"support-\u00fc"_s, u"1"_s }));
}

void TestCsvWriter::occupantsNowReadsBack()
{
    const QString path = m_dir.filePath(u"occupants.csv"_s);
    QString error;
    QVERIFY2(OccupancyCsv::saveOccupantsNow(path, sampleResult(), &error), qPrintable(error));

    QString problem;
    const QList<QStringList> rows = readWithPython(path, &problem);
    if (!problem.isEmpty())
        QSKIP(qPrintable(problem));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0), QStringList({ u"time"_s, u"channel"_s, u"user_id"_s, u"state"_s }));
    QCOMPARE(rows.at(1).at(1), u"lobby, main"_s);
    QCOMPARE(rows.at(1).at(2), u"u-\"quoted\""_s);
    QCOMPARE(QJsonDocument::fromJson(rows.at(1).at(3).toUtf8()).object(),
             QJsonObject({ { u"mood"_s, u"busy, very"_s } }));
    QCOMPARE(rows.at(2).at(2), u"'=HYPERLINK(\"x\")"_s);
    QCOMPARE(rows.at(2).at(3), u"null"_s);
    QCOMPARE(rows.at(3).at(1), u"support-\u00fc"_s);
    QCOMPARE(rows.at(3).at(2), u"line\nbreak"_s);
    QCOMPARE(rows.at(3).at(3), u"\"not json\""_s);
}

void TestCsvWriter::appendLogWritesHeaderOnce()
{
    const QString path = m_dir.filePath(u"recording.csv"_s);
    QFile::remove(path);
    HereNowResult result = sampleResult();
    QString error;
    {
        CsvAppendLog log;
        QVERIFY2(log.open(path, &error), qPrintable(error));
        QVERIFY2(log.append(result.fetchedAt, result, &error), qPrintable(error));
    }
    {
        CsvAppendLog log;
        QVERIFY2(log.open(path, &error), qPrintable(error));
        QVERIFY2(log.append(result.fetchedAt.addSecs(5), result, &error), qPrintable(error));
        // Flushed per refresh: another reader sees the rows while the log is still open.
        QString problem;
        const QList<QStringList> rows = readWithPython(path, &problem);
        if (!problem.isEmpty())
            QSKIP(qPrintable(problem));
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(0), OccupancyCsv::occupancyHeader());
        QCOMPARE(rows.at(3).at(0), u"2026-12-04T19:40:05.250Z"_s);
        QCOMPARE(rows.at(4).at(1), u"support-\u00fc"_s);
    }
}

void TestCsvWriter::cancelledSaveKeepsEarlierFile()
{
    const QString path = m_dir.filePath(u"kept.csv"_s);
    QString error;
    QVERIFY(OccupancyCsv::saveOccupancyNow(path, sampleResult(), &error));
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray earlier = before.readAll();
    before.close();

    const auto outcome = OccupancyCsv::saveAtomically(
            path,
            [](CsvWriter &writer) {
                for (int i = 0; i < 100000; ++i) {
                    writer.addText(u"row"_s);
                    writer.endRow();
                }
                return false;
            },
            &error);
    QCOMPARE(outcome, OccupancyCsv::Outcome::Cancelled);
    QVERIFY(error.contains(u"cancelled"_s));

    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), earlier);
    QCOMPARE(QDir(m_dir.path()).entryList({ u"kept.csv*"_s }, QDir::Files | QDir::Hidden).size(), 1);
}

void TestCsvWriter::unwritableFolderFails()
{
    QString error;
    const QString path = m_dir.filePath(u"missing-folder/out.csv"_s);
    QVERIFY(!OccupancyCsv::saveOccupancyNow(path, sampleResult(), &error));
    QVERIFY(error.contains(u"out.csv"_s));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestCsvWriter)

#include "tst_csvwriter.moc"
