// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "scriptedhttpserver.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using PresenceTest::ScriptedHttpServer;
using PresenceTest::ScriptedResponse;

namespace {

struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

// Runs presencectl as a process against a scripted server on 127.0.0.1.
class TestPresencectl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void hereNowPrintsProductJson();
    void hereNowSingleChannelNamesIt();
    void hereNowTableFormat();
    void hereNowCsvFormat();
    void hereNowGlobalWithoutChannels();
    void hereNowWarnsAboutUnlisted();
    void noCommandPrintsUsage();
    void whereNowPrintsChannels();
    void getStatePrintsStatePerChannel();
    void setStateSendsStateAndPrintsEcho();
    void accessDeniedExitsOne_data();
    void accessDeniedExitsOne();
    void invalidInputExitsTwoAndSendsNothing_data();
    void invalidInputExitsTwoAndSendsNothing();
    void environmentSuppliesConnection();
    void generatedUserIdIsKept();
    void secretNeverPrinted();

private:
    RunResult run(const QStringList &arguments, const QStringList &extraEnvironment = {},
                  bool withDefaults = true);

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestPresencectl::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->listen());
}

void TestPresencectl::cleanup()
{
    m_server.reset();
    m_home.reset();
}

RunResult TestPresencectl::run(const QStringList &arguments, const QStringList &extraEnvironment,
                               bool withDefaults)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "PN_ORIGIN", "PN_SUBSCRIBE_KEY", "PN_PUBLISH_KEY", "PN_SECRET_KEY",
                              "PN_AUTH_KEY", "PN_USER_ID" })
        environment.remove(QString::fromLatin1(name));
    // Settings of the generated user id go to a folder of this test only.
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home->path());
    environment.insert(u"HOME"_s, m_home->path());
    for (const QString &entry : extraEnvironment)
        environment.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    process.setProcessEnvironment(environment);

    QStringList fullArguments = arguments;
    if (withDefaults)
        fullArguments << u"--origin"_s << m_server->origin() << u"--subscribe-key"_s << u"sub-c-test"_s
                      << u"--user-id"_s << u"operator-1"_s;

    // The server responds on this thread's event loop, so wait with a spy, not waitForFinished().
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(PRESENCECTL_PATH), fullArguments);
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

void TestPresencectl::hereNowPrintsProductJson()
{
    m_server->enqueue(ScriptedResponse::json(
            R"({"message":"OK","payload":{"channels":{"b":{"occupancy":1,"uuids":[{"uuid":"u3"}]},)"
            R"("a":{"occupancy":2,"uuids":[{"state":{"mood":"ok"},"uuid":"u1"},{"uuid":"u2"}]}},)"
            R"("total_channels":2,"total_occupancy":3},"service":"Presence","status":200})"));

    const RunResult result = run({ u"here-now"_s, u"--channels"_s, u"a,b"_s, u"--state"_s });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out,
             QByteArray(R"({"total_channels":2,"total_occupancy":3,"channels":[)"
                        R"({"name":"a","occupancy":2,"occupants":[{"user_id":"u1","state":{"mood":"ok"}},)"
                        R"({"user_id":"u2","state":null}]},)"
                        R"({"name":"b","occupancy":1,"occupants":[{"user_id":"u3","state":null}]}]})"
                        "\n"));
    QVERIFY(result.err.isEmpty());

    QCOMPARE(m_server->requestCount(), 1);
    const auto request = m_server->requests().constFirst();
    QCOMPARE(request.path, QByteArray("/v2/presence/sub-key/sub-c-test/channel/a,b"));
    QCOMPARE(request.rawQueryValue("state"), QByteArray("1"));
    QCOMPARE(request.queryValue("uuid"), u"operator-1"_s);
    QVERIFY(request.hasQueryItem("pnsdk"));
}

void TestPresencectl::hereNowSingleChannelNamesIt()
{
    m_server->enqueue(ScriptedResponse::json(
            R"({"status": 200, "message": "OK", "service": "Presence", "uuids": ["z\u00f6e"], "occupancy": 1})"));

    const RunResult result = run({ u"here-now"_s, u"--channels"_s, u"lobby"_s });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out,
             QByteArray(R"({"total_channels":1,"total_occupancy":1,"channels":[)"
                        R"({"name":"lobby","occupancy":1,"occupants":[{"user_id":"zöe","state":null}]}]})"
                        "\n"));
}

void TestPresencectl::hereNowTableFormat()
{
    m_server->enqueue(ScriptedResponse::json(
            R"({"message":"OK","occupancy":2,"service":"Presence","status":200,"uuids":["u1","u2"]})"));

    const RunResult result =
            run({ u"here-now"_s, u"--channels"_s, u"lobby"_s, u"--format"_s, u"table"_s });
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.split('\n');
    QVERIFY2(lines.size() >= 3, result.out.constData());
    QVERIFY(lines.at(0).startsWith("CHANNEL"));
    QVERIFY(lines.at(1).startsWith("lobby"));
    QVERIFY(lines.at(1).contains("u1"));
    QVERIFY(lines.at(2).contains("u2"));
}

void TestPresencectl::hereNowCsvFormat()
{
    m_server->enqueue(ScriptedResponse::json(
            R"({"message":"OK","occupancy":2,"service":"Presence","status":200,)"
            R"("uuids":[{"state":{"note":"x,y"},"uuid":"=u1"},{"uuid":"u2"}]})"));

    const RunResult result = run({ u"here-now"_s, u"--channels"_s, u"lobby"_s, u"--state"_s,
                                   u"--format"_s, u"csv"_s });
    QCOMPARE(result.exitCode, 0);
    const QByteArray expected = "channel,occupancy,user_id,state\r\n"
                                "lobby,2,\"'=u1\",\"{\"\"note\"\":\"\"x,y\"\"}\"\r\n"
                                "lobby,2,u2,\r\n";
    QCOMPARE(result.out, expected);
}

void TestPresencectl::hereNowGlobalWithoutChannels()
{
    m_server->enqueue(ScriptedResponse::json(
            R"({"message":"OK","payload":{"channels":{},"total_channels":0,"total_occupancy":0},"service":"Presence","status":200})"));

    const RunResult result = run({ u"here-now"_s });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray(R"({"total_channels":0,"total_occupancy":0,"channels":[]})"
                                    "\n"));
    QCOMPARE(m_server->requests().constFirst().path,
             QByteArray("/v2/presence/sub-key/sub-c-test"));
}

void TestPresencectl::hereNowWarnsAboutUnlisted()
{
    const QByteArray body =
            R"({"message":"OK","occupancy":5,"service":"Presence","status":200,"uuids":["u1","u2"]})";
    m_server->enqueue(ScriptedResponse::json(body));
    m_server->enqueue(ScriptedResponse::json(body));

    RunResult result = run({ u"here-now"_s, u"--channels"_s, u"lobby"_s });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains("Listed 2 of the 5 occupants of \"lobby\""),
             result.err.constData());
    QVERIFY(result.err.contains("--all-pages"));

    // A page asked for explicitly is partial on purpose.
    result = run({ u"here-now"_s, u"--channels"_s, u"lobby"_s, u"--limit"_s, u"2"_s });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
}

void TestPresencectl::noCommandPrintsUsage()
{
    const RunResult result = run({}, {}, false);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.err.contains("Usage: presencectl COMMAND"));
}

void TestPresencectl::whereNowPrintsChannels()
{
    m_server->enqueue(ScriptedResponse::json(
            R"({"message":"OK","payload":{"channels":["a","b"]},"service":"Presence","status":200})"));

    const RunResult result = run({ u"where-now"_s, u"u-1842"_s });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray(R"({"channels":["a","b"]})"
                                    "\n"));
    QCOMPARE(m_server->requests().constFirst().path,
             QByteArray("/v2/presence/sub-key/sub-c-test/uuid/u-1842"));
}

void TestPresencectl::getStatePrintsStatePerChannel()
{
    m_server->enqueue(ScriptedResponse::json(
            R"({"status": 200, "message": "OK", "payload": {"channels": {"a": {"mood": "ok"}, "b": {}}}, "service": "Presence", "uuid": "u-1"})"));

    const RunResult result =
            run({ u"get-state"_s, u"--channels"_s, u"a,b"_s, u"--for"_s, u"u-1"_s });
    QCOMPARE(result.exitCode, 0);
    const QJsonDocument document = QJsonDocument::fromJson(result.out);
    QVERIFY2(document.isObject(), result.out.constData());
    const QByteArray prefix = "{\"state\":[{\"channel_name\":\"";
    const QByteArray channelA = "{\"channel_name\":\"a\",\"state\":{\"mood\":\"ok\"}}";
    QVERIFY(result.out.startsWith(prefix));
    QVERIFY(result.out.contains(channelA));
    QCOMPARE(m_server->requests().constFirst().path,
             QByteArray("/v2/presence/sub-key/sub-c-test/channel/a,b/uuid/u-1"));
}

void TestPresencectl::setStateSendsStateAndPrintsEcho()
{
    m_server->enqueue(ScriptedResponse::json(
            R"({"message":"OK","payload":{"mood":"a+b ~?"},"service":"Presence","status":200})"));

    const RunResult result = run({ u"set-state"_s, u"--channels"_s, u"a"_s, u"--state"_s,
                                   uR"({"mood":"a+b ~?"})"_s });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray(R"({"channels":["a"],"state":{"mood":"a+b ~?"}})"
                                    "\n"));

    const auto request = m_server->requests().constFirst();
    QCOMPARE(request.path, QByteArray("/v2/presence/sub-key/sub-c-test/channel/a/uuid/operator-1/data"));
    // QUrl always writes an unreserved `~` raw, whatever the encoder produced.
    QCOMPARE(request.rawQueryValue("state"),
             QByteArray("%7B%22mood%22%3A%22a%2Bb%20~%3F%22%7D"));
}

void TestPresencectl::accessDeniedExitsOne_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("fragment");

    QTest::addRow("forbidden channel")
            << QByteArray(R"({"message":"Forbidden","payload":{"channels":["secret-room"]},"error":true,"service":"Access Manager","status":403})"
                          "\n")
            << 403 << QByteArray("secret-room");
    QTest::addRow("server error page") << QByteArray("<html><body>Bad gateway</body></html>") << 502
                                        << QByteArray("502");
}

void TestPresencectl::accessDeniedExitsOne()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, fragment);

    // Enough responses for every retry of a read.
    for (int i = 0; i < 5; ++i) {
        ScriptedResponse response = status == 403
                ? ScriptedResponse::json(body, status)
                : ScriptedResponse::text(status, body);
        m_server->enqueue(response);
    }

    const RunResult result = run({ u"here-now"_s, u"--channels"_s, u"secret-room"_s });
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(fragment), result.err.constData());
    // One sentence on one line.
    QCOMPARE(result.err.count('\n'), 1);
}

void TestPresencectl::invalidInputExitsTwoAndSendsNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("fragment");

    QTest::addRow("channel with space")
            << QStringList{ u"here-now"_s, u"--channels"_s, u"a b"_s } << QByteArray("a b");
    QTest::addRow("empty channel in list")
            << QStringList{ u"here-now"_s, u"--channels"_s, u"a,,b"_s } << QByteArray("empty");
    QTest::addRow("limit above 1000")
            << QStringList{ u"here-now"_s, u"--channels"_s, u"a"_s, u"--limit"_s, u"1001"_s }
            << QByteArray("1001");
    QTest::addRow("negative limit")
            << QStringList{ u"here-now"_s, u"--channels"_s, u"a"_s, u"--limit"_s, u"-1"_s }
            << QByteArray("-1");
    QTest::addRow("negative offset")
            << QStringList{ u"here-now"_s, u"--channels"_s, u"a"_s, u"--offset"_s, u"-1"_s }
            << QByteArray("-1");
    QTest::addRow("limit not a number")
            << QStringList{ u"here-now"_s, u"--limit"_s, u"ten"_s } << QByteArray("ten");
    QTest::addRow("unknown option")
            << QStringList{ u"here-now"_s, u"--bogus"_s } << QByteArray("here-now --help");
    QTest::addRow("unknown format")
            << QStringList{ u"where-now"_s, u"--format"_s, u"xml"_s } << QByteArray("xml");
    QTest::addRow("state not json")
            << QStringList{ u"set-state"_s, u"--channels"_s, u"a"_s, u"--state"_s, u"{mood}"_s }
            << QByteArray("line 1");
    QTest::addRow("state an array")
            << QStringList{ u"set-state"_s, u"--channels"_s, u"a"_s, u"--state"_s, u"[1]"_s }
            << QByteArray("object");
    QTest::addRow("state missing")
            << QStringList{ u"set-state"_s, u"--channels"_s, u"a"_s } << QByteArray("--state");
    QTest::addRow("set-state without channels")
            << QStringList{ u"set-state"_s, u"--state"_s, u"{}"_s } << QByteArray("channel");
    QTest::addRow("get-state channel with slash")
            << QStringList{ u"get-state"_s, u"--channels"_s, u"a/b"_s } << QByteArray("a/b");
    QTest::addRow("where-now two users")
            << QStringList{ u"where-now"_s, u"u1"_s, u"u2"_s } << QByteArray("2");
    QTest::addRow("unknown command") << QStringList{ u"who"_s } << QByteArray("who");
    QTest::addRow("bad timeout")
            << QStringList{ u"where-now"_s, u"--timeout"_s, u"-3"_s } << QByteArray("-3");
}

void TestPresencectl::invalidInputExitsTwoAndSendsNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, fragment);

    const RunResult result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(fragment), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QCOMPARE(m_server->requestCount(), 0);
}

void TestPresencectl::environmentSuppliesConnection()
{
    m_server->enqueue(ScriptedResponse::json(
            R"({"message":"OK","payload":{"channels":[]},"service":"Presence","status":200})"));

    const RunResult result = run({ u"where-now"_s },
                                 { u"PN_ORIGIN="_s + m_server->origin(),
                                   u"PN_SUBSCRIBE_KEY=sub-c-env"_s, u"PN_USER_ID=env-user"_s,
                                   u"PN_AUTH_KEY=token-123"_s },
                                 false);
    QCOMPARE(result.exitCode, 0);
    const auto request = m_server->requests().constFirst();
    QCOMPARE(request.path, QByteArray("/v2/presence/sub-key/sub-c-env/uuid/env-user"));
    QCOMPARE(request.queryValue("auth"), u"token-123"_s);
}

void TestPresencectl::generatedUserIdIsKept()
{
    const QByteArray body =
            R"({"message":"OK","payload":{"channels":[]},"service":"Presence","status":200})";
    m_server->enqueue(ScriptedResponse::json(body));
    m_server->enqueue(ScriptedResponse::json(body));

    const QStringList arguments = { u"where-now"_s, u"--origin"_s, m_server->origin(),
                                    u"--subscribe-key"_s, u"demo"_s };
    QCOMPARE(run(arguments, {}, false).exitCode, 0);
    QCOMPARE(run(arguments, {}, false).exitCode, 0);

    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    const QString first = requests.at(0).queryValue("uuid");
    QVERIFY(!first.isEmpty());
    QCOMPARE(requests.at(1).queryValue("uuid"), first);
}

void TestPresencectl::secretNeverPrinted()
{
    m_server->enqueue(ScriptedResponse::json(
            R"({"message":"Forbidden","payload":{"channels":["a"]},"error":true,"service":"Access Manager","status":403})",
            403));

    const RunResult result = run({ u"here-now"_s, u"--channels"_s, u"a"_s },
                                 { u"PN_SECRET_KEY=sec-c-verysecret"_s,
                                   u"PN_AUTH_KEY=auth-verysecret"_s,
                                   u"QT_LOGGING_RULES=presence.*.debug=true"_s });
    QCOMPARE(result.exitCode, 1);
    QVERIFY(!result.err.contains("verysecret"));
    QVERIFY(!result.out.contains("verysecret"));
    const auto request = m_server->requests().constFirst();
    QVERIFY(request.hasQueryItem("signature"));
    QVERIFY(request.hasQueryItem("timestamp"));
}

QTEST_GUILESS_MAIN(TestPresencectl)

#include "tst_presencectl.moc"
