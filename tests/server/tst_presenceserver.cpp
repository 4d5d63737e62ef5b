// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "presenceengine.h"
#include "presenceserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Presence::PresenceServer;
using Presence::ServerOptions;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// The strict encoder of the signature, written out again so the test checks the server's.
QByteArray encodeStrict(const QByteArray &bytes)
{
    return bytes.toPercentEncoding("", "~").replace("~", "%7E");
}

} // namespace

class TestPresenceServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PresenceServer> m_server;
    QNetworkAccessManager m_network;
    qint64 m_now = 1'700'000'000'000;

    void startServer(ServerOptions options, bool fakeClock = false)
    {
        m_server = std::make_unique<PresenceServer>(options);
        if (fakeClock)
            m_server->engine()->setClock([this] { return m_now; });
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QVERIFY(m_server->port() > 0);
    }

    ServerOptions plainOptions() const
    {
        ServerOptions options;
        options.cache = false;
        return options;
    }

    // Sends a GET with the path and query exactly as given, already encoded.
    Reply get(const QByteArray &pathAndQuery)
    {
        const QUrl url = QUrl::fromEncoded(m_server->origin().toEncoded() + pathAndQuery,
                                           QUrl::StrictMode);
        QNetworkRequest request(url);
        request.setTransferTimeout(20000);
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.contentType = reply->rawHeader("Content-Type");
        reply->deleteLater();
        return result;
    }

    // Writes raw bytes on a fresh connection and returns what came back before it closed.
    QByteArray rawExchange(const QByteArray &bytes, int waitMs = 5000)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        if (!socket.waitForConnected(5000))
            return "not connected";
        socket.write(bytes);
        QByteArray received;
        QElapsedTimer timer;
        timer.start();
        while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < waitMs) {
            QTest::qWait(20);
            received += socket.readAll();
        }
        received += socket.readAll();
        return received;
    }

    void heartbeat(const QString &user, const QByteArray &channels, const QByteArray &extra = {})
    {
        const Reply reply = get("/v2/presence/sub-key/demo/channel/" + channels
                                + "/heartbeat?heartbeat=60&uuid=" + user.toUtf8() + extra);
        QCOMPARE(reply.status, 200);
    }

private Q_SLOTS:
    void cleanup() { m_server.reset(); }

    void heartbeatAndHereNowSingle()
    {
        startServer(plainOptions());
        heartbeat(u"u1"_s, "lobby");
        heartbeat(u"u2"_s, "lobby");
        const Reply reply = get("/v2/presence/sub-key/demo/channel/lobby?uuid=x&pnsdk=t");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.contentType, QByteArray(R"(text/javascript; charset="UTF-8")"));
        QCOMPARE(reply.body, QByteArray(R"({"message":"OK","occupancy":2,"service":"Presence","status":200,"uuids":["u1","u2"]})"));
    }

    void hereNowShapes_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("one channel with state")
                << QByteArray("/v2/presence/sub-key/demo/channel/a?state=1")
                << QByteArray(R"({"message":"OK","occupancy":2,"service":"Presence","status":200,"uuids":[{"state":{"mood":"ok"},"uuid":"u1"},{"uuid":"u2"}]})");
        QTest::newRow("one channel occupancy only")
                << QByteArray("/v2/presence/sub-key/demo/channel/a?disable_uuids=1&state=0")
                << QByteArray(R"({"message":"OK","occupancy":2,"service":"Presence","status":200})");
        QTest::newRow("limit zero")
                << QByteArray("/v2/presence/sub-key/demo/channel/a?limit=0")
                << QByteArray(R"({"message":"OK","occupancy":2,"service":"Presence","status":200})");
        QTest::newRow("sub_key spelling")
                << QByteArray("/v2/presence/sub_key/demo/channel/b")
                << QByteArray(R"({"message":"OK","occupancy":1,"service":"Presence","status":200,"uuids":["u1"]})");
        QTest::newRow("two channels, encoded comma")
                << QByteArray("/v2/presence/sub-key/demo/channel/a%2Cb")
                << QByteArray(R"({"message":"OK","payload":{"channels":{"a":{"occupancy":2,"uuids":["u1","u2"]},"b":{"occupancy":1,"uuids":["u1"]}},"total_channels":2,"total_occupancy":3},"service":"Presence","status":200})");
        QTest::newRow("group only")
                << QByteArray("/v2/presence/sub-key/demo/channel/,?channel-group=g&disable_uuids=1")
                << QByteArray(R"({"message":"OK","payload":{"channels":{"a":{"occupancy":2},"c":{"occupancy":0}},"total_channels":2,"total_occupancy":2},"service":"Presence","status":200})");
        QTest::newRow("one channel plus group is shape B")
                << QByteArray("/v2/presence/sub-key/demo/channel/b?channel-group=g&disable_uuids=1")
                << QByteArray(R"({"message":"OK","payload":{"channels":{"a":{"occupancy":2},"b":{"occupancy":1},"c":{"occupancy":0}},"total_channels":3,"total_occupancy":3},"service":"Presence","status":200})");
        QTest::newRow("global")
                << QByteArray("/v2/presence/sub-key/demo?uuid=x")
                << QByteArray(R"({"message":"OK","payload":{"channels":{"a":{"occupancy":2,"uuids":["u1","u2"]},"b":{"occupancy":1,"uuids":["u1"]}},"total_channels":2,"total_occupancy":3},"service":"Presence","status":200})");
        QTest::newRow("paged")
                << QByteArray("/v2/presence/sub-key/demo/channel/a,b?limit=1&offset=1")
                << QByteArray(R"({"message":"OK","payload":{"channels":{"a":{"occupancy":2,"uuids":["u2"]},"b":{"occupancy":1,"uuids":[]}},"total_channels":2,"total_occupancy":3},"service":"Presence","status":200})");
        QTest::newRow("presence channel is empty")
                << QByteArray("/v2/presence/sub-key/demo/channel/a-pnpres")
                << QByteArray(R"({"message":"OK","occupancy":0,"service":"Presence","status":200,"uuids":[]})");
    }

    void hereNowShapes()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, expected);
        startServer(plainOptions());
        heartbeat(u"u1"_s, "a,b", "&state=" + QByteArray(R"({"a":{"mood":"ok"}})").toPercentEncoding());
        heartbeat(u"u2"_s, "a");
        QCOMPARE(get("/v1/channel-registration/sub-key/demo/channel-group/g?add=a,c").status, 200);
        const Reply reply = get(request);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, expected);
    }

    void hereNowLegacyBytes()
    {
        ServerOptions options = plainOptions();
        options.legacyJson = true;
        startServer(options);
        heartbeat(QString::fromLatin1(u"\u017b\u00d3\u0141"_s.toUtf8().toPercentEncoding()), "test-here-now-channel");
        const Reply reply = get("/v2/presence/sub-key/demo/channel/test-here-now-channel");
        QCOMPARE(reply.body, QByteArray(R"({"status": 200, "message": "OK", "service": "Presence", "uuids": ["\u017b\u00d3\u0141"], "occupancy": 1})"));
        QCOMPARE(get("/v2/presence/sub-key/demo/channel/x/leave?uuid=u").body,
                 QByteArray(R"({"status": 200, "message": "OK", "action": "leave", "service": "Presence"})"));
    }

    void hereNowErrors_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QString>("message");
        QTest::newRow("limit above 1000") << QByteArray("limit=1001")
                                          << u"Cannot return more than 1000 uuids at a time"_s;
        QTest::newRow("negative limit") << QByteArray("limit=-1")
                                        << u"Limit must be greater than or equal to 0"_s;
        QTest::newRow("negative offset") << QByteArray("offset=-2")
                                         << u"Offset must be greater than or equal to 0"_s;
    }

    void hereNowErrors()
    {
        QFETCH(QByteArray, query);
        QFETCH(QString, message);
        startServer(plainOptions());
        const Reply reply = get("/v2/presence/sub-key/demo/channel/a?" + query);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(u"message"_s).toString(), message);
        QCOMPARE(reply.json().value(u"status"_s).toInt(), 400);
        QCOMPARE(reply.json().value(u"error"_s).toInt(), 1);
    }

    void hereNowCacheThreeSeconds()
    {
        ServerOptions options;
        options.cache = true;
        startServer(options, true);
        heartbeat(u"u1"_s, "a");
        const QByteArray first = get("/v2/presence/sub-key/demo/channel/a?requestid=1").body;
        heartbeat(u"u2"_s, "a");
        m_now += 2999;
        QCOMPARE(get("/v2/presence/sub-key/demo/channel/a?requestid=2").body, first);
        m_now += 1;
        const Reply fresh = get("/v2/presence/sub-key/demo/channel/a?requestid=3");
        QCOMPARE(fresh.json().value(u"occupancy"_s).toInt(), 2);
    }

    void whereNowAndLeave()
    {
        startServer(plainOptions());
        heartbeat(u"u%201"_s, "b,a");
        QCOMPARE(get("/v2/presence/sub-key/demo/uuid/u%201").body,
                 QByteArray(R"({"message":"OK","payload":{"channels":["a","b"]},"service":"Presence","status":200})"));
        QCOMPARE(get("/v2/presence/sub-key/demo/channel/a/leave?uuid=u%201").body,
                 QByteArray(R"({"action":"leave","message":"OK","service":"Presence","status":200})"));
        QCOMPARE(get("/v2/presence/sub-key/demo/uuid/u%201").json()[u"payload"_s][u"channels"_s].toArray(),
                 QJsonArray({ u"b"_s }));
        QCOMPARE(get("/v2/presence/sub-key/demo/uuid/nobody").json()[u"payload"_s][u"channels"_s].toArray(),
                 QJsonArray());
    }

    void setAndGetState()
    {
        startServer(plainOptions());
        const QByteArray state = QByteArray(R"({"name":"Alex","count":5})").toPercentEncoding();
        Reply reply = get("/v2/presence/sub-key/demo/channel/a,b/uuid/u1/data?uuid=u1&state=" + state);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray(R"({"message":"OK","payload":{"count":5,"name":"Alex"},"service":"Presence","status":200})"));

        reply = get("/v2/presence/sub-key/demo/channel/a/uuid/u1?uuid=u1");
        QCOMPARE(reply.body, QByteArray(R"({"channel":"a","message":"OK","payload":{"count":5,"name":"Alex"},"service":"Presence","status":200,"uuid":"u1"})"));
        reply = get("/v2/presence/sub-key/demo/channel/a,b/uuid/u1");
        QCOMPARE(reply.body, QByteArray(R"({"message":"OK","payload":{"channels":{"a":{"count":5,"name":"Alex"},"b":{"count":5,"name":"Alex"}}},"service":"Presence","status":200,"uuid":"u1"})"));
        reply = get("/v2/presence/sub-key/demo/channel/c/uuid/u1");
        QCOMPARE(reply.json().value(u"payload"_s).toObject(), QJsonObject());
    }

    void stateOnGroups()
    {
        startServer(plainOptions());
        QCOMPARE(get("/v1/channel-registration/sub-key/demo/channel-group/g?add=x,y").status, 200);
        const QByteArray state = QByteArray(R"({"k":1})").toPercentEncoding();
        QCOMPARE(get("/v2/presence/sub-key/demo/channel/,/uuid/u1/data?channel-group=g&state=" + state).status, 200);
        const Reply reply = get("/v2/presence/sub-key/demo/channel/,/uuid/u1?channel-group=g");
        QCOMPARE(reply.body, QByteArray(R"({"message":"OK","payload":{"channels":{"x":{"k":1},"y":{"k":1}}},"service":"Presence","status":200,"uuid":"u1"})"));
    }

    void stateErrors_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QByteArray("uuid=u1") << u"No state specified."_s;
        QTest::newRow("not JSON") << QByteArray("state=%7Bbad") << u"Invalid JSON specified."_s;
        QTest::newRow("not an object") << QByteArray("state=%5B1%5D") << u"Invalid JSON specified."_s;
    }

    void stateErrors()
    {
        QFETCH(QByteArray, query);
        QFETCH(QString, message);
        startServer(plainOptions());
        const Reply reply = get("/v2/presence/sub-key/demo/channel/a/uuid/u1/data?" + query);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(u"message"_s).toString(), message);
    }

    void heartbeatInvalidState()
    {
        startServer(plainOptions());
        const Reply reply = get("/v2/presence/sub-key/demo/channel/a/heartbeat?uuid=u&state=%7B");
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(u"message"_s).toString(), u"Invalid JSON specified."_s);
    }

    void channelGroupRegistry()
    {
        startServer(plainOptions());
        const QByteArray base = "/v1/channel-registration/sub-key/demo/channel-group";
        QCOMPARE(get(base).body, QByteArray(R"({"error":false,"payload":{"groups":[],"namespace":""},"service":"channel-registry","status":200})"));
        Reply reply = get(base + "/g1?add=b%2Ca,c&uuid=x");
        QCOMPARE(reply.body, QByteArray(R"({"error":false,"message":"OK","service":"channel-registry","status":200})"));
        QCOMPARE(reply.contentType, QByteArray("application/json"));
        QCOMPARE(get(base + "/g1").body, QByteArray(R"({"error":false,"payload":{"channels":["a","b","c"],"group":"g1"},"service":"channel-registry","status":200})"));
        QCOMPARE(get(base + "/g1?remove=b").status, 200);
        QCOMPARE(get(base + "/g1").json()[u"payload"_s][u"channels"_s].toArray(), QJsonArray({ u"a"_s, u"c"_s }));
        QCOMPARE(get(base).json()[u"payload"_s][u"groups"_s].toArray(), QJsonArray({ u"g1"_s }));
        QCOMPARE(get(base + "/g1/remove").status, 200);
        QCOMPARE(get(base + "/g1").body, QByteArray(R"({"error":false,"payload":{"channels":[],"group":"g1"},"service":"channel-registry","status":200})"));
        QCOMPARE(get(base + "/never/remove").status, 200);
        reply = get(base + "/g1?add=");
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(u"error"_s).toBool(), true);
    }

    void requestErrors_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("unknown path") << QByteArray("/v2/presence/nothing") << 404
                                      << QByteArray(R"({"error":1,"message":"Not found: '/v2/presence/nothing'","service":"Presence","status":404})");
        QTest::newRow("unknown operation") << QByteArray("/v2/presence/sub-key/demo/channel/a/jump") << 404
                                           << QByteArray(R"({"error":1,"message":"Not found: '/v2/presence/sub-key/demo/channel/a/jump'","service":"Presence","status":404})");
        QTest::newRow("other subscribe key") << QByteArray("/v2/presence/sub-key/other/channel/a") << 400
                                             << QByteArray(R"({"message":"Invalid Subscribe Key","error":true,"service":"Access Manager","status":400})" "\n");
        QTest::newRow("url above 32 KiB")
                << "/v2/presence/sub-key/demo/channel/a?state=" + QByteArray(33 * 1024, 'x') << 414
                << QByteArray(R"({"message":"Request URI Too Long","error":true,"service":"Balancer","status":414})");
        QTest::newRow("empty group subscription") << QByteArray("/v2/subscribe/demo/,/0?channel-group=nothing&uuid=u") << 400
                                                  << QByteArray(R"({"error":1,"message":"Channel group or groups result in empty subscription set","service":"Presence","status":400})");
    }

    void requestErrors()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        startServer(plainOptions());
        const Reply reply = get(request);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.body, body);
    }

    void postIsRejected()
    {
        startServer(plainOptions());
        const QByteArray answer = rawExchange("POST /v2/presence/sub-key/demo/channel/a HTTP/1.1\r\n"
                                              "Host: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 405"), answer.constData());
    }

    void authKeyDenies_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("channels") << QByteArray("/v2/presence/sub-key/demo/channel/demo,b/leave?uuid=u")
                                  << QByteArray(R"("payload":{"channels":["demo","b"]})");
        QTest::newRow("groups") << QByteArray("/v2/presence/sub-key/demo/channel/,/leave?uuid=u&channel-group=test-channel-group1")
                                << QByteArray(R"("payload":{"channel-groups":[":test-channel-group1"]})");
        QTest::newRow("wrong key") << QByteArray("/v2/presence/sub-key/demo/channel/a?auth=wrong")
                                   << QByteArray(R"("payload":{"channels":["a"]})");
        QTest::newRow("registry") << QByteArray("/v1/channel-registration/sub-key/demo/channel-group/cg?add=a")
                                  << QByteArray(R"("payload":{"channel-groups":[":cg"]})");
    }

    void authKeyDenies()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, payload);
        ServerOptions options = plainOptions();
        options.authKey = u"letmein"_s;
        startServer(options);
        const Reply reply = get(request);
        QCOMPARE(reply.status, 403);
        QVERIFY2(reply.body.contains(payload), reply.body.constData());
        QVERIFY(reply.body.endsWith("\"service\":\"Access Manager\",\"status\":403}\n"));
        QCOMPARE(reply.contentType, QByteArray("text/javascript; charset=UTF-8"));
    }

    void authKeyAccepted()
    {
        ServerOptions options = plainOptions();
        options.authKey = u"let me in"_s;
        startServer(options);
        QCOMPARE(get("/v2/presence/sub-key/demo/channel/a?auth=let%20me%20in").status, 200);
    }

    void signatureChecked()
    {
        ServerOptions options = plainOptions();
        options.secretKey = u"secKey"_s;
        options.publishKey = u"pubKey"_s;
        startServer(options);

        const QByteArray path = "/v2/presence/sub-key/demo/channel/my%20room/uuid/u~1";
        QList<QPair<QByteArray, QByteArray>> query = {
            { "uuid", "u~1" }, { "timestamp", "1679642098" }, { "pnsdk", "PubNub-Test/1.0" },
        };
        std::sort(query.begin(), query.end());
        QByteArray canonical;
        for (const auto &pair : query)
            canonical += (canonical.isEmpty() ? "" : "&") + pair.first + '=' + encodeStrict(pair.second);
        const QByteArray signedPath = "/v2/presence/sub-key/demo/channel/my%20room/uuid/u%7E1";
        const QByteArray text = "GET\npubKey\n" + signedPath + '\n' + canonical + '\n';
        const QByteArray signature = "v2." + QMessageAuthenticationCode::hash(text, "secKey", QCryptographicHash::Sha256)
                                                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);

        QCOMPARE(get(path + "?uuid=u~1&timestamp=1679642098&pnsdk=PubNub-Test%2F1.0&signature=" + signature).status, 200);
        QCOMPARE(get(signedPath + "?" + canonical + "&signature=" + signature).status, 200);

        Reply reply = get(path + "?uuid=u~1&timestamp=1679642098&pnsdk=PubNub-Test%2F1.0");
        QCOMPARE(reply.status, 403);
        QVERIFY(reply.body.contains("Invalid signature"));
        reply = get(path + "?uuid=u~2&timestamp=1679642098&pnsdk=PubNub-Test%2F1.0&signature=" + signature);
        QCOMPARE(reply.status, 403);
    }

    void subscribeHandshakeAndJoin()
    {
        startServer(plainOptions());
        Reply handshake = get("/v2/subscribe/demo/room,room-pnpres/0?uuid=watcher&tt=0");
        QCOMPARE(handshake.status, 200);
        QCOMPARE(handshake.contentType, QByteArray(R"(text/javascript; charset="UTF-8")"));
        const QString cursor = handshake.json()[u"t"_s][u"t"_s].toString();
        QCOMPARE(cursor.size(), 17);
        QCOMPARE(handshake.json()[u"m"_s].toArray().size(), 0);

        // The watcher's own join arrives on the first poll.
        Reply poll = get("/v2/subscribe/demo/room,room-pnpres/0?uuid=watcher&tr=1&tt=" + cursor.toLatin1());
        QJsonArray messages = poll.json()[u"m"_s].toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages[0][u"d"_s][u"action"_s].toString(), u"join"_s);
        QCOMPARE(messages[0][u"d"_s][u"uuid"_s].toString(), u"watcher"_s);
        QCOMPARE(messages[0][u"c"_s].toString(), u"room-pnpres"_s);
        QCOMPARE(messages[0][u"b"_s].toString(), u"room-pnpres"_s);
        QCOMPARE(messages[0][u"u"_s][u"pn_action"_s].toString(), u"join"_s);
        const QByteArray next = poll.json()[u"t"_s][u"t"_s].toString().toLatin1();

        // A held poll returns when another user joins.
        const QUrl url = QUrl::fromEncoded(m_server->origin().toEncoded()
                                           + "/v2/subscribe/demo/room,room-pnpres/0?uuid=watcher&tt=" + next, QUrl::StrictMode);
        QNetworkReply *held = m_network.get(QNetworkRequest(url));
        QTRY_COMPARE(m_server->heldLongPolls(), 1);
        heartbeat(u"other"_s, "room");
        QSignalSpy finished(held, &QNetworkReply::finished);
        QVERIFY(held->isFinished() || finished.wait(10000));
        const QJsonObject body = QJsonDocument::fromJson(held->readAll()).object();
        held->deleteLater();
        messages = body[u"m"_s].toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages[0][u"d"_s][u"uuid"_s].toString(), u"other"_s);
        QCOMPARE(messages[0][u"d"_s][u"occupancy"_s].toInt(), 2);
        QCOMPARE(m_server->heldLongPolls(), 0);
    }

    void subscribeGroupPresence()
    {
        startServer(plainOptions());
        QCOMPARE(get("/v1/channel-registration/sub-key/demo/channel-group/cg?add=x").status, 200);
        const QString cursor = get("/v2/subscribe/demo/,/0?uuid=w&channel-group=cg-pnpres").json()[u"t"_s][u"t"_s].toString();
        heartbeat(u"u1"_s, "x");
        const Reply poll = get("/v2/subscribe/demo/,/0?uuid=w&channel-group=cg-pnpres&tt=" + cursor.toLatin1());
        const QJsonArray messages = poll.json()[u"m"_s].toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages[0][u"c"_s].toString(), u"x-pnpres"_s);
        QCOMPARE(messages[0][u"b"_s].toString(), u"cg-pnpres"_s);
    }

    void longPollEndsEmpty()
    {
        ServerOptions options = plainOptions();
        options.longPollSeconds = 1;
        startServer(options);
        const QString cursor = get("/v2/subscribe/demo/quiet-pnpres/0?uuid=w").json()[u"t"_s][u"t"_s].toString();
        const Reply poll = get("/v2/subscribe/demo/quiet-pnpres/0?uuid=w&tt=" + cursor.toLatin1());
        QCOMPARE(poll.status, 200);
        QCOMPARE(poll.json()[u"m"_s].toArray().size(), 0);
        QVERIFY(poll.json()[u"t"_s][u"t"_s].toString().toLongLong() >= cursor.toLongLong());
    }

    void timeoutEventOverSubscribe()
    {
        startServer(plainOptions(), true);
        const QString cursor = get("/v2/subscribe/demo/t-pnpres/0?uuid=w").json()[u"t"_s][u"t"_s].toString();
        QCOMPARE(get("/v2/presence/sub-key/demo/channel/t/heartbeat?uuid=brief&heartbeat=5").status, 200);
        m_now += 5000;
        m_server->tick();
        const Reply poll = get("/v2/subscribe/demo/t-pnpres/0?uuid=w&tt=" + cursor.toLatin1());
        const QJsonArray messages = poll.json()[u"m"_s].toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[1][u"d"_s][u"action"_s].toString(), u"timeout"_s);
        QCOMPARE(messages[1][u"d"_s][u"data"_s].toObject(), QJsonObject());
    }

    void intervalEventOverSubscribe()
    {
        ServerOptions options = plainOptions();
        options.announceMax = 1;
        options.intervalSeconds = 10;
        startServer(options, true);
        const QString cursor = get("/v2/subscribe/demo/big-pnpres/0?uuid=w").json()[u"t"_s][u"t"_s].toString();
        heartbeat(u"u1"_s, "big");
        heartbeat(u"u2"_s, "big");
        m_now += 10000;
        m_server->tick();
        const Reply poll = get("/v2/subscribe/demo/big-pnpres/0?uuid=w&tt=" + cursor.toLatin1());
        const QJsonArray messages = poll.json()[u"m"_s].toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[1][u"d"_s][u"action"_s].toString(), u"interval"_s);
        QCOMPARE(messages[1][u"d"_s][u"join"_s].toArray(), QJsonArray({ u"u2"_s }));
        QCOMPARE(messages[1][u"d"_s][u"occupancy"_s].toInt(), 2);
    }

    void clientDisconnectsDuringLongPoll()
    {
        startServer(plainOptions());
        for (int i = 0; i < 20; ++i) {
            const QByteArray cursor = get("/v2/subscribe/demo/r-pnpres/0?uuid=w").json()[u"t"_s][u"t"_s].toString().toLatin1();
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_server->port());
            QVERIFY(socket.waitForConnected(5000));
            socket.write("GET /v2/subscribe/demo/r-pnpres/0?uuid=w&tt=" + cursor + " HTTP/1.1\r\nHost: x\r\n\r\n");
            QVERIFY(socket.waitForBytesWritten(5000));
            QTRY_COMPARE(m_server->heldLongPolls(), 1);
            socket.abort();
            // An event after the client went away must not touch the freed connection.
            if (i % 2 == 0)
                QTest::qWait(50);
            heartbeat(u"u%1"_s.arg(i), "r");
            QTest::qWait(10);
            m_server->tick();
            QCOMPARE(m_server->heldLongPolls(), 0);
        }
        QCOMPARE(get("/v2/presence/sub-key/demo/channel/r?disable_uuids=1").json().value(u"occupancy"_s).toInt(), 20);
    }

    void garbageRequestLine()
    {
        startServer(plainOptions());
        const QByteArray answer = rawExchange("\x01\x02garbage\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.constData());
        QCOMPARE(rawExchange("get lowercase\r\n\r\n").left(12), QByteArray("HTTP/1.1 400"));
        QCOMPARE(get("/v2/presence/sub-key/demo/channel/a").status, 200);
    }

    void oversizedRequestHead()
    {
        startServer(plainOptions());
        const QByteArray answer = rawExchange("GET /v2/presence/sub-key/demo/channel/" + QByteArray(200 * 1024, 'a')
                                              + " HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 414"), answer.left(200).constData());
        QVERIFY(answer.contains("Request URI Too Long"));
        QCOMPARE(get("/v2/presence/sub-key/demo/channel/a").status, 200);
    }

    void connectionCap()
    {
        ServerOptions options = plainOptions();
        options.maxConnections = 5;
        startServer(options);
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 5; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(QHostAddress::LocalHost, m_server->port());
            QVERIFY(sockets.back()->waitForConnected(5000));
        }
        QTRY_COMPARE(m_server->connectionCount(), 5);
        const QByteArray refused = rawExchange("GET /v2/presence/sub-key/demo/channel/a HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY2(refused.startsWith("HTTP/1.1 503"), refused.constData());
        sockets.clear();
        QTRY_COMPARE(m_server->connectionCount(), 0);
        QCOMPARE(get("/v2/presence/sub-key/demo/channel/a").status, 200);
    }

    void idleConnectionClosed()
    {
        ServerOptions options = plainOptions();
        options.idleTimeoutSeconds = 1;
        startServer(options);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
    }

    void slowRequestClosed()
    {
        ServerOptions options = plainOptions();
        options.requestTimeoutSeconds = 1;
        startServer(options);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        // A request head that never ends, sent a byte at a time.
        socket.write("GET /v2/presence");
        for (int i = 0; i < 100 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
            socket.write("a");
            QTest::qWait(50);
        }
        QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    }

    void connectionCloseHonoured()
    {
        startServer(plainOptions());
        const QByteArray answer = rawExchange("GET /v2/presence/sub-key/demo/channel/a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QVERIFY(answer.startsWith("HTTP/1.1 200"));
        QVERIFY(answer.contains("Connection: close"));
    }

    void timeAndOptions()
    {
        startServer(plainOptions());
        const Reply time = get("/time/0");
        QCOMPARE(time.status, 200);
        QVERIFY(time.body.startsWith('['));
        QVERIFY(time.body.endsWith(']'));
        QCOMPARE(time.body.size(), 19);
        const QByteArray answer = rawExchange("OPTIONS /v2/presence/sub-key/demo/channel/a HTTP/1.1\r\n"
                                              "Host: x\r\nConnection: close\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QVERIFY(answer.contains("Access-Control-Allow-Methods: OPTIONS, GET, POST"));
    }

    void legacyRegistryAndErrors()
    {
        ServerOptions options = plainOptions();
        options.legacyJson = true;
        startServer(options);
        const Reply ack = get("/v1/channel-registration/sub-key/demo/channel-group/g?add=a");
        QCOMPARE(ack.body, QByteArray(R"({"status": 200, "message": "OK", "service": "channel-registry", "error": false})"));
        QCOMPARE(ack.contentType, QByteArray(R"(text/javascript; charset="UTF-8")"));
        const Reply error = get("/v2/presence/sub-key/demo/channel/a/uuid/u/data");
        QCOMPARE(error.status, 400);
        QCOMPARE(error.body, QByteArray(R"({"status": 400, "error": 1, "message": "No state specified.", "service": "Presence"})"));
    }

    void startFailsOnTakenPort()
    {
        startServer(plainOptions());
        ServerOptions options = plainOptions();
        options.port = m_server->port();
        PresenceServer second(options);
        QString error;
        QVERIFY(!second.start(&error));
        QVERIFY(error.contains(QString::number(options.port)));
    }
};

QTEST_GUILESS_MAIN(TestPresenceServer)
#include "tst_presenceserver.moc"
