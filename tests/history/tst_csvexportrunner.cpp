// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "csvexportrunner.h"
#include "historyexportdialog.h"
#include "historystore.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Presence;

namespace {

const QDateTime Start(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
constexpr int Rows = 60000;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestCsvExportRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void exportRunsInWorker();
    void cancelKeepsEarlierFile();
    void failureIsReported();
    void destroyingRunnerCancels();
    void progressHelperWritesFile();
    void dialogBuildsRequest();

private:
    HistoryExportRequest request() const;

    QTemporaryDir m_dir;
    QString m_databasePath;
    QString m_outputPath;
    const QByteArray m_earlier = "earlier file\r\n";
};

void TestCsvExportRunner::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_databasePath = m_dir.filePath(u"history.sqlite"_s);
    m_outputPath = m_dir.filePath(u"out.csv"_s);
    HistoryStore store;
    QVERIFY(store.open(m_databasePath));
    QSqlDatabase db = store.database();
    QVERIFY(db.transaction());
    QSqlQuery insert(db);
    QVERIFY(insert.prepare(u"INSERT INTO occupancy (refresh_id, keyset, channel, time_ms,"
                           " occupancy) VALUES (?, 'demo', 'lobby', ?, ?)"_s));
    for (int i = 0; i < Rows; ++i) {
        insert.bindValue(0, i);
        insert.bindValue(1, Start.addSecs(i * 5).toMSecsSinceEpoch());
        insert.bindValue(2, i % 100);
        QVERIFY(insert.exec());
    }
    QVERIFY(db.commit());
}

void TestCsvExportRunner::init()
{
    QFile file(m_outputPath);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(m_earlier);
}

HistoryExportRequest TestCsvExportRunner::request() const
{
    HistoryExportRequest request;
    request.databasePath = m_databasePath;
    request.keyset = u"demo"_s;
    request.from = Start;
    request.to = Start.addDays(30);
    request.outputPath = m_outputPath;
    return request;
}

void TestCsvExportRunner::exportRunsInWorker()
{
    CsvExportRunner runner;
    QSignalSpy progress(&runner, &CsvExportRunner::progressChanged);
    QSignalSpy succeeded(&runner, &CsvExportRunner::succeeded);
    QVERIFY(succeeded.isValid());

    QVERIFY(runner.start(request()));
    QVERIFY(runner.isRunning());
    QVERIFY(!runner.start(request()));
    QVERIFY(succeeded.wait(60000));
    QVERIFY(!runner.isRunning());

    QCOMPARE(succeeded.at(0).at(0).toLongLong(), qint64(Rows));
    QCOMPARE(succeeded.at(0).at(1).toString(), m_outputPath);
    QVERIFY(progress.count() >= Rows / 5000);
    QCOMPARE(progress.constLast().at(0).toLongLong(), qint64(Rows));
    QCOMPARE(progress.constLast().at(1).toLongLong(), qint64(Rows));
    QCOMPARE(readFile(m_outputPath).count("\r\n"), Rows + 1);
}

void TestCsvExportRunner::cancelKeepsEarlierFile()
{
    CsvExportRunner runner;
    QSignalSpy cancelled(&runner, &CsvExportRunner::cancelled);
    QSignalSpy succeeded(&runner, &CsvExportRunner::succeeded);
    QVERIFY(runner.start(request()));
    // The worker checks the flag every few thousand rows, long before it reaches the end.
    runner.cancel();
    QVERIFY(cancelled.wait(60000));
    QCOMPARE(succeeded.count(), 0);
    QCOMPARE(readFile(m_outputPath), m_earlier);
}

void TestCsvExportRunner::failureIsReported()
{
    CsvExportRunner runner;
    QSignalSpy failed(&runner, &CsvExportRunner::failed);
    HistoryExportRequest broken = request();
    broken.outputPath = m_dir.filePath(u"no-folder/out.csv"_s);
    QVERIFY(runner.start(broken));
    QVERIFY(failed.wait(60000));
    QVERIFY(failed.at(0).at(0).toString().contains(u"out.csv"_s));
}

void TestCsvExportRunner::destroyingRunnerCancels()
{
    {
        CsvExportRunner runner;
        QVERIFY(runner.start(request()));
    }
    QCOMPARE(readFile(m_outputPath), m_earlier);
    // Queued progress calls of the destroyed runner must find nothing to call.
    QTest::qWait(50);
}

void TestCsvExportRunner::progressHelperWritesFile()
{
    QVERIFY(exportHistoryWithProgress(nullptr, request()));
    QCOMPARE(readFile(m_outputPath).count("\r\n"), Rows + 1);
}

void TestCsvExportRunner::dialogBuildsRequest()
{
    HistoryExportDialog dialog({ u"a"_s, u"b"_s, u"c"_s }, { u"b"_s });
    QCOMPARE(dialog.selectedChannels(), QStringList({ u"b"_s }));
    dialog.setRange(Start, Start.addDays(1));
    dialog.setOutputPath(m_dir.filePath(u"dialog.csv"_s));

    const HistoryExportRequest built = dialog.request();
    QCOMPARE(built.channels, QStringList({ u"b"_s }));
    QCOMPARE(built.from, Start);
    QCOMPARE(built.to, Start.addDays(1));
    QCOMPARE(built.outputPath, m_dir.filePath(u"dialog.csv"_s));

    // A reversed range is refused with a message in the dialog.
    dialog.setRange(Start.addDays(1), Start);
    dialog.show();
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    bool explained = false;
    for (const QLabel *label : labels)
        explained = explained || (label->isVisible() && label->text().contains(u"swap"_s));
    QVERIFY(explained);
    if (const QString keep = qEnvironmentVariable("PRESENCE_TEST_SCREENSHOTS"); !keep.isEmpty())
        dialog.grab().save(keep + u"/historyexportdialog.png"_s);

    dialog.setOutputPath({});
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
}

QTEST_MAIN(TestCsvExportRunner)

#include "tst_csvexportrunner.moc"
