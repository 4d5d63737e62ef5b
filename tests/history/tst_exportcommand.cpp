// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "historystore.h"

#ifdef HAVE_SCRIPTED_SERVER
#include "scriptedhttpserver.h"
#endif

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Presence;

namespace {

struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

const QDateTime BaseTime(QDate(2026, 12, 4), QTime(19, 40), Qt::UTC);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

// Runs `presencectl export` as a process.
class TestExportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void invalidInputExitsTwo_data();
    void invalidInputExitsTwo();
    void historyExportWritesCsv();
    void historyExportAcceptsOffsets();
    void emptyHistoryExportWarns();
    void snapshotExportWritesOccupancy();
    void snapshotExportWritesOccupants();
    void snapshotOccupantsReadsAllPages();
    void requestFailureExitsOneAndKeepsFile();

private:
    RunResult run(const QStringList &arguments);
    QString origin() const;

    QTemporaryDir m_dir;
    QString m_databasePath;
#ifdef HAVE_SCRIPTED_SERVER
    std::unique_ptr<PresenceTest::ScriptedHttpServer> m_server;
#endif
};

void TestExportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_databasePath = m_dir.filePath(u"history.sqlite"_s);
    HistoryStore store;
    QVERIFY(store.open(m_databasePath));
    QSqlQuery(store.database()).exec(u"PRAGMA synchronous=OFF"_s);
    for (int i = 0; i < 10; ++i) {
        QVERIFY(store.recordRefresh(u"demo"_s, BaseTime.addSecs(i * 5),
                                    { HereNowChannel{ u"lobby"_s, i, {} },
                                      HereNowChannel{ u"=sum"_s, 1, {} } }));
    }
}

void TestExportCommand::init()
{
#ifdef HAVE_SCRIPTED_SERVER
    m_server = std::make_unique<PresenceTest::ScriptedHttpServer>();
    QVERIFY(m_server->listen());
#endif
    QFile::remove(m_dir.filePath(u"out.csv"_s));
}

QString TestExportCommand::origin() const
{
#ifdef HAVE_SCRIPTED_SERVER
    return m_server->origin();
#else
    // Nothing listens here; tests that need a response skip without the scripted server.
    return u"http://127.0.0.1:9"_s;
#endif
}

RunResult TestExportCommand::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "PN_ORIGIN", "PN_SUBSCRIBE_KEY", "PN_PUBLISH_KEY", "PN_SECRET_KEY",
                              "PN_AUTH_KEY", "PN_USER_ID" })
        environment.remove(QString::fromLatin1(name));
    environment.insert(u"HOME"_s, m_dir.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    process.setProcessEnvironment(environment);

    // The scripted server responds on this thread's event loop: wait with a spy.
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(PRESENCECTL_PATH), QStringList{ u"export"_s } + arguments);
    if (!process.waitForStarted())
        return {};
    if (!finished.wait(30000)) {
        process.kill();
        return {};
    }
    RunResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestExportCommand::invalidInputExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("fragment");

    // The server of each test starts in init(), after this table is built, so the table
    // contains a placeholder for its origin.
    const QString out = m_dir.filePath(u"out.csv"_s);
    const QStringList connection = { u"--origin"_s, u"@origin@"_s, u"--subscribe-key"_s,
                                     u"sub-c-test"_s, u"--user-id"_s, u"tester"_s };
    const QStringList history = { u"--history"_s, u"--database"_s, m_databasePath };

    QTest::addRow("missing output") << (QStringList{ u"--channels"_s, u"a"_s } + connection)
                                    << u"--output"_s;
    QTest::addRow("bad channel name")
            << (QStringList{ u"--channels"_s, u"a b"_s, u"--output"_s, out } + connection)
            << u"a b"_s;
    QTest::addRow("empty channel in list")
            << (QStringList{ u"--channels"_s, u"a,,b"_s, u"--output"_s, out } + connection)
            << u"empty"_s;
    QTest::addRow("no channels") << (QStringList{ u"--output"_s, out } + connection)
                                 << u"--channels"_s;
    QTest::addRow("no subscribe key")
            << QStringList{ u"--channels"_s, u"a"_s, u"--output"_s, out, u"--origin"_s,
                            u"@origin@"_s }
            << u"subscribe key"_s;
    QTest::addRow("unknown option")
            << (QStringList{ u"--channels"_s, u"a"_s, u"--output"_s, out, u"--colour"_s }
                + connection)
            << u"colour"_s;
    QTest::addRow("history bad date")
            << (history + QStringList{ u"--from"_s, u"yesterday"_s, u"--to"_s,
                                       u"2026-12-05T00:00:00Z"_s, u"--output"_s, out })
            << u"yesterday"_s;
    QTest::addRow("history missing end")
            << (history + QStringList{ u"--from"_s, u"2026-12-04T00:00:00Z"_s, u"--output"_s, out })
            << u"--to"_s;
    QTest::addRow("history reversed range")
            << (history + QStringList{ u"--from"_s, u"2026-12-05T00:00:00Z"_s, u"--to"_s,
                                       u"2026-12-04T00:00:00Z"_s, u"--output"_s, out })
            << u"swap"_s;
    QTest::addRow("history bad channel")
            << (history + QStringList{ u"--channels"_s, u"a/b"_s, u"--from"_s,
                                       u"2026-12-04T00:00:00Z"_s, u"--to"_s,
                                       u"2026-12-05T00:00:00Z"_s, u"--output"_s, out })
            << u"a/b"_s;
    QTest::addRow("history with occupants")
            << (history + QStringList{ u"--occupants"_s, u"--from"_s, u"2026-12-04T00:00:00Z"_s,
                                       u"--to"_s, u"2026-12-05T00:00:00Z"_s, u"--output"_s, out })
            << u"--occupants"_s;
    QTest::addRow("history missing database")
            << QStringList{ u"--history"_s, u"--database"_s, m_dir.filePath(u"none.sqlite"_s),
                            u"--from"_s, u"2026-12-04T00:00:00Z"_s, u"--to"_s,
                            u"2026-12-05T00:00:00Z"_s, u"--output"_s, out }
            << u"none.sqlite"_s;
    QTest::addRow("range without history")
            << (QStringList{ u"--channels"_s, u"a"_s, u"--from"_s, u"2026-12-04T00:00:00Z"_s,
                             u"--output"_s, out }
                + connection)
            << u"--history"_s;
}

void TestExportCommand::invalidInputExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, fragment);
    arguments.replaceInStrings(u"@origin@"_s, origin());

    const RunResult result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    const QString message = QString::fromUtf8(result.err).trimmed();
    QVERIFY2(message.contains(fragment), qPrintable(message));
    QVERIFY2(!message.contains(u'\n'), qPrintable(message));
    QVERIFY(!QFile::exists(m_dir.filePath(u"out.csv"_s)));
#ifdef HAVE_SCRIPTED_SERVER
    QCOMPARE(m_server->requestCount(), 0);
#endif
}

void TestExportCommand::historyExportWritesCsv()
{
    const QString out = m_dir.filePath(u"out.csv"_s);
    const RunResult result = run({ u"--history"_s, u"--database"_s, m_databasePath,
                                   u"--channels"_s, u"lobby"_s, u"--from"_s,
                                   u"2026-12-04T19:40:10Z"_s, u"--to"_s,
                                   u"2026-12-04T19:40:20.000Z"_s, u"--output"_s, out });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(summary.value(u"rows"_s).toInt(), 3);
    QCOMPARE(readFile(out), QByteArray("time,channel,occupancy\r\n"
                                       "2026-12-04T19:40:10.000Z,lobby,2\r\n"
                                       "2026-12-04T19:40:15.000Z,lobby,3\r\n"
                                       "2026-12-04T19:40:20.000Z,lobby,4\r\n"));
}

void TestExportCommand::historyExportAcceptsOffsets()
{
    const QString out = m_dir.filePath(u"out.csv"_s);
    // 21:40+02:00 is 19:40Z; a time without an offset counts as UTC.
    const RunResult result = run({ u"--history"_s, u"--database"_s, m_databasePath, u"--from"_s,
                                   u"2026-12-04T21:40:00+02:00"_s, u"--to"_s,
                                   u"2026-12-04T19:40:00"_s, u"--keyset"_s, u"demo"_s,
                                   u"--output"_s, out });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(readFile(out), QByteArray("time,channel,occupancy\r\n"
                                       "2026-12-04T19:40:00.000Z,\"'=sum\",1\r\n"
                                       "2026-12-04T19:40:00.000Z,lobby,0\r\n"));
}

void TestExportCommand::emptyHistoryExportWarns()
{
    const QString out = m_dir.filePath(u"empty.csv"_s);
    const RunResult result = run({ u"--history"_s, u"--database"_s, m_databasePath, u"--from"_s,
                                   u"2026-12-04T19:40:00Z"_s, u"--to"_s, u"2026-12-04T19:41:00Z"_s,
                                   u"--keyset"_s, u"no-such-keyset"_s, u"--output"_s, out });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains("--keyset"), result.err.constData());
    QCOMPARE(readFile(out), QByteArray("time,channel,occupancy\r\n"));
}

void TestExportCommand::snapshotExportWritesOccupancy()
{
#ifndef HAVE_SCRIPTED_SERVER
    QSKIP("The scripted test server is not built.");
#else
    m_server->enqueue(PresenceTest::ScriptedResponse::json(
            R"({"status":200,"message":"OK","service":"Presence","payload":{"channels":{)"
            R"("lobby":{"occupancy":2},"ops":{"occupancy":1}},)"
            R"("total_channels":2,"total_occupancy":3}})"));
    const QString out = m_dir.filePath(u"out.csv"_s);
    const RunResult result =
            run({ u"--channels"_s, u"ops,lobby,empty"_s, u"--output"_s, out, u"--origin"_s,
                  origin(), u"--subscribe-key"_s, u"sub-c-test"_s, u"--user-id"_s, u"tester"_s });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QCOMPARE(m_server->requestCount(), 1);

    const QList<QByteArray> lines = readFile(out).split('\n');
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), QByteArray("time,channel,occupancy\r"));
    QVERIFY(lines.at(1).endsWith("Z,empty,0\r"));
    QVERIFY(lines.at(2).endsWith("Z,lobby,2\r"));
    QVERIFY(lines.at(3).endsWith("Z,ops,1\r"));
    QVERIFY(QDateTime::fromString(QString::fromLatin1(lines.at(1).split(',').constFirst()),
                                  Qt::ISODateWithMs)
                    .isValid());
#endif
}

void TestExportCommand::snapshotExportWritesOccupants()
{
#ifndef HAVE_SCRIPTED_SERVER
    QSKIP("The scripted test server is not built.");
#else
    m_server->enqueue(PresenceTest::ScriptedResponse::json(
            R"({"status":200,"message":"OK","service":"Presence","payload":{"channels":{)"
            R"("lobby":{"occupancy":2,"uuids":[{"uuid":"u1","state":{"mood":"a, \"b\""}},)"
            R"({"uuid":"=u2"}]}},"total_channels":1,"total_occupancy":2}})"));
    const QString out = m_dir.filePath(u"out.csv"_s);
    const RunResult result =
            run({ u"--channels"_s, u"lobby"_s, u"--occupants"_s, u"--output"_s, out,
                  u"--origin"_s, origin(), u"--subscribe-key"_s, u"sub-c-test"_s,
                  u"--user-id"_s, u"tester"_s });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QCOMPARE(m_server->requestCount(), 1);
    const auto request = m_server->requests().constFirst();
    QCOMPARE(request.rawQueryValue("state"), QByteArray("1"));

    const QList<QByteArray> lines = readFile(out).split('\n');
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QByteArray("time,channel,user_id,state\r"));
    QVERIFY2(lines.at(1).endsWith(R"(Z,lobby,u1,"{""mood"":""a, \""b\""""}")" "\r"),
             lines.at(1).constData());
    QVERIFY2(lines.at(2).endsWith("Z,lobby,\"'=u2\",null\r"), lines.at(2).constData());
#endif
}

void TestExportCommand::snapshotOccupantsReadsAllPages()
{
#ifndef HAVE_SCRIPTED_SERVER
    QSKIP("The scripted test server is not built.");
#else
    // 1,200 occupants arrive in two pages of at most 1,000, chosen by the offset parameter.
    static constexpr int Occupants = 1200;
    m_server->setHandler([](const PresenceTest::RecordedRequest &request)
                                 -> std::optional<PresenceTest::ScriptedResponse> {
        const int offset = request.queryValue("offset").toInt();
        const int limit = request.queryValue("limit").toInt();
        QByteArray uuids;
        for (int i = offset; i < qMin(Occupants, offset + limit); ++i)
            uuids += (uuids.isEmpty() ? "" : ",") + QByteArray(R"({"uuid":"user-)")
                    + QByteArray::number(i) + R"("})";
        return PresenceTest::ScriptedResponse::json(
                R"({"status":200,"message":"OK","service":"Presence","payload":{"channels":{)"
                R"("stadium":{"occupancy":)"
                + QByteArray::number(Occupants) + R"(,"uuids":[)" + uuids
                + R"(]}},"total_channels":1,"total_occupancy":)" + QByteArray::number(Occupants)
                + "}}");
    });

    const QString out = m_dir.filePath(u"out.csv"_s);
    const RunResult result =
            run({ u"--channels"_s, u"stadium"_s, u"--occupants"_s, u"--output"_s, out,
                  u"--origin"_s, origin(), u"--subscribe-key"_s, u"sub-c-test"_s,
                  u"--user-id"_s, u"tester"_s });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value(u"rows"_s).toInt(), Occupants);
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->requests().at(1).queryValue("offset"), u"1000"_s);

    const QList<QByteArray> lines = readFile(out).split('\n');
    QCOMPARE(lines.size(), Occupants + 2);
    QVERIFY(lines.at(1).contains(",stadium,user-0,null\r"));
    QVERIFY(lines.at(Occupants).contains(",stadium,user-1199,null\r"));
#endif
}

void TestExportCommand::requestFailureExitsOneAndKeepsFile()
{
#ifndef HAVE_SCRIPTED_SERVER
    QSKIP("The scripted test server is not built.");
#else
    const QString out = m_dir.filePath(u"out.csv"_s);
    {
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("earlier\r\n");
    }
    m_server->setDefaultResponse(PresenceTest::ScriptedResponse::json(
            R"({"status":403,"message":"Forbidden","error":true,"service":"Access Manager",)"
            R"("payload":{"channels":["lobby"]}})",
            403));
    const RunResult result =
            run({ u"--channels"_s, u"lobby"_s, u"--output"_s, out, u"--origin"_s, origin(),
                  u"--subscribe-key"_s, u"sub-c-test"_s, u"--user-id"_s, u"tester"_s });
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.trimmed().isEmpty());
    QVERIFY(!result.err.trimmed().contains('\n'));
    QCOMPARE(readFile(out), QByteArray("earlier\r\n"));
#endif
}

QTEST_GUILESS_MAIN(TestExportCommand)

#include "tst_exportcommand.moc"
