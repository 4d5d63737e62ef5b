// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "historyexport.h"
#include "historystore.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Presence;

namespace {

const QDateTime BaseTime(QDate(2026, 11, 30), QTime(23, 0), Qt::UTC);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestHistoryExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void exportsSelectedChannelsInRange();
    void exportsEveryChannelWhenNoneSelected();
    void progressCountsUpToTotal();
    void cancelHalfwayKeepsEarlierFile();
    void invalidRequestIsRejected_data();
    void invalidRequestIsRejected();

private:
    QTemporaryDir m_dir;
    QString m_databasePath;
    static constexpr int Refreshes = 4000;
};

void TestHistoryExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_databasePath = m_dir.filePath(u"history.sqlite"_s);
    HistoryStore store;
    QVERIFY(store.open(m_databasePath));
    // Durability is not under test here, and skipping the fsync per refresh keeps set-up fast.
    QSqlQuery(store.database()).exec(u"PRAGMA synchronous=OFF"_s);
    for (int i = 0; i < Refreshes; ++i) {
        HereNowChannel a;
        a.name = u"a"_s;
        a.occupancy = i;
        HereNowChannel b;
        b.name = u"b, \"quoted\""_s;
        b.occupancy = i % 7;
        HereNowChannel formula;
        formula.name = u"=cmd"_s;
        formula.occupancy = 1;
        QVERIFY(store.recordRefresh(u"demo"_s, BaseTime.addSecs(i * 5), { a, b, formula }));
    }
    QVERIFY(store.recordRefresh(u"other"_s, BaseTime, { HereNowChannel{ u"a"_s, 77, {} } }));
}

void TestHistoryExport::exportsSelectedChannelsInRange()
{
    HistoryExportRequest request;
    request.databasePath = m_databasePath;
    request.keyset = u"demo"_s;
    request.channels = { u"b, \"quoted\""_s, u"a"_s };
    request.from = BaseTime.addSecs(10);
    request.to = BaseTime.addSecs(20);
    request.outputPath = m_dir.filePath(u"range.csv"_s);

    QString error;
    qint64 rows = 0;
    QCOMPARE(HistoryExport::run(request, {}, &error, &rows), OccupancyCsv::Outcome::Saved);
    QCOMPARE(rows, 6);
    QCOMPARE(readFile(request.outputPath),
             QByteArray("time,channel,occupancy\r\n"
                        "2026-11-30T23:00:10.000Z,a,2\r\n"
                        "2026-11-30T23:00:10.000Z,\"b, \"\"quoted\"\"\",2\r\n"
                        "2026-11-30T23:00:15.000Z,a,3\r\n"
                        "2026-11-30T23:00:15.000Z,\"b, \"\"quoted\"\"\",3\r\n"
                        "2026-11-30T23:00:20.000Z,a,4\r\n"
                        "2026-11-30T23:00:20.000Z,\"b, \"\"quoted\"\"\",4\r\n"));
}

void TestHistoryExport::exportsEveryChannelWhenNoneSelected()
{
    HistoryExportRequest request;
    request.databasePath = m_databasePath;
    request.from = BaseTime;
    request.to = BaseTime;
    request.outputPath = m_dir.filePath(u"all.csv"_s);

    QString error;
    QCOMPARE(HistoryExport::run(request, {}, &error), OccupancyCsv::Outcome::Saved);
    const QByteArray text = readFile(request.outputPath);
    // Three channels of "demo" and one of "other" at the same time; the formula is neutralised.
    QCOMPARE(text.count("\r\n"), 5);
    QVERIFY(text.contains(",\"'=cmd\",1\r\n"));
    QVERIFY(text.contains(",a,77\r\n"));
}

void TestHistoryExport::progressCountsUpToTotal()
{
    HistoryExportRequest request;
    request.databasePath = m_databasePath;
    request.keyset = u"demo"_s;
    request.from = BaseTime;
    request.to = BaseTime.addDays(1);
    request.outputPath = m_dir.filePath(u"progress.csv"_s);

    QList<qint64> seen;
    qint64 reportedTotal = 0;
    QString error;
    const auto outcome = HistoryExport::run(
            request,
            [&](qint64 written, qint64 total) {
                seen.append(written);
                reportedTotal = total;
                return true;
            },
            &error);
    QCOMPARE(outcome, OccupancyCsv::Outcome::Saved);
    QCOMPARE(reportedTotal, qint64(Refreshes) * 3);
    QVERIFY(seen.size() > 1);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(seen.constLast(), qint64(Refreshes) * 3);
}

void TestHistoryExport::cancelHalfwayKeepsEarlierFile()
{
    const QString path = m_dir.filePath(u"earlier.csv"_s);
    const QByteArray earlier = "time,channel,occupancy\r\n2020-01-01T00:00:00.000Z,old,1\r\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(earlier);
    }

    HistoryExportRequest request;
    request.databasePath = m_databasePath;
    request.from = BaseTime;
    request.to = BaseTime.addDays(1);
    request.outputPath = path;

    qint64 cancelledAt = 0;
    QString error;
    const auto outcome = HistoryExport::run(
            request,
            [&](qint64 written, qint64 total) {
                cancelledAt = written;
                return written < total / 2;
            },
            &error);
    QCOMPARE(outcome, OccupancyCsv::Outcome::Cancelled);
    QVERIFY(cancelledAt > 0);
    QVERIFY(cancelledAt < qint64(Refreshes) * 3);
    QVERIFY(error.contains(u"cancelled"_s));
    QCOMPARE(readFile(path), earlier);
    // No temporary file is left beside it.
    QCOMPARE(QDir(m_dir.path()).entryList({ u"earlier.csv*"_s }, QDir::Files | QDir::Hidden),
             QStringList({ u"earlier.csv"_s }));
}

void TestHistoryExport::invalidRequestIsRejected_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("fragment");

    QTest::addRow("no output") << u"output"_s << u"output file"_s;
    QTest::addRow("no start") << u"from"_s << u"valid start"_s;
    QTest::addRow("reversed range") << u"reversed"_s << u"swap"_s;
    QTest::addRow("missing database") << u"database"_s << u"does not exist"_s;
}

void TestHistoryExport::invalidRequestIsRejected()
{
    QFETCH(QString, field);
    QFETCH(QString, fragment);

    HistoryExportRequest request;
    request.databasePath = m_databasePath;
    request.from = BaseTime;
    request.to = BaseTime.addSecs(60);
    request.outputPath = m_dir.filePath(u"invalid.csv"_s);
    if (field == "output"_L1)
        request.outputPath.clear();
    else if (field == "from"_L1)
        request.from = {};
    else if (field == "reversed"_L1)
        std::swap(request.from, request.to);
    else if (field == "database"_L1)
        request.databasePath = m_dir.filePath(u"missing.sqlite"_s);

    QString error;
    QCOMPARE(HistoryExport::run(request, {}, &error), OccupancyCsv::Outcome::Failed);
    QVERIFY2(error.contains(fragment), qPrintable(error));
    QVERIFY(!QFile::exists(m_dir.filePath(u"invalid.csv"_s)));
    QVERIFY(!QFile::exists(m_dir.filePath(u"missing.sqlite"_s)));
}

QTEST_GUILESS_MAIN(TestHistoryExport)

#include "tst_historyexport.moc"
