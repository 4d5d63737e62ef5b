// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "scriptedhttpserver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using PresenceTest::RecordedRequest;
using PresenceTest::ScriptedHttpServer;
using PresenceTest::ScriptedResponse;

Q_DECLARE_METATYPE(PresenceTest::ScriptedResponse::Framing)

class TestScriptedHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void recordsRequestLineAndHeaders();
    void recordsPostBody();
    void responseSourcesInOrder();
    void keepsConnectionAlive();
    void bodyFramings_data();
    void bodyFramings();
    void announcedLengthOverride();
    void truncatedBodyFailsTransfer();
    void delayedResponseArrives();
    void neverAnswerHoldsConnection();

private:
    // Sends a request and waits for its reply, which the test then owns.
    std::unique_ptr<QNetworkReply> fetch(const QByteArray &pathAndQuery,
                                         const QByteArray &postBody = {});

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestScriptedHttpServer::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->listen());
    QVERIFY(m_server->port() != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestScriptedHttpServer::cleanup()
{
    m_network.reset();
    m_server.reset();
}

std::unique_ptr<QNetworkReply> TestScriptedHttpServer::fetch(const QByteArray &pathAndQuery,
                                                             const QByteArray &postBody)
{
    QNetworkRequest request(
        QUrl::fromEncoded(m_server->origin().toLatin1() + pathAndQuery, QUrl::StrictMode));
    request.setRawHeader("X-Test-Header", "value one");
    request.setTransferTimeout(5000);

    std::unique_ptr<QNetworkReply> reply;
    if (postBody.isNull()) {
        reply.reset(m_network->get(request));
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/plain"));
        reply.reset(m_network->post(request, postBody));
    }
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    return reply;
}

void TestScriptedHttpServer::recordsRequestLineAndHeaders()
{
    m_server->enqueue(ScriptedResponse::json(R"({"ok":true})"));
    const auto reply = fetch("/v2/presence/sub-key/k/channel/a%2Cb,c?uuid=me%20too&flag=&auth=x");
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), QByteArray(R"({"ok":true})"));

    QCOMPARE(m_server->requestCount(), 1);
    const RecordedRequest request = m_server->requests().constFirst();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.httpVersion, QByteArray("HTTP/1.1"));
    QCOMPARE(request.path, QByteArray("/v2/presence/sub-key/k/channel/a%2Cb,c"));
    QCOMPARE(request.query, QByteArray("uuid=me%20too&flag=&auth=x"));
    QCOMPARE(request.target, request.path + '?' + request.query);
    QCOMPARE(request.header("x-test-header"), QByteArray("value one"));
    QVERIFY(request.header("No-Such-Header").isNull());
    QCOMPARE(request.rawQueryValue("uuid"), QByteArray("me%20too"));
    QCOMPARE(request.queryValue("uuid"), u"me too"_s);
    QVERIFY(request.hasQueryItem("flag"));
    QVERIFY(request.queryValue("flag").isEmpty());
    QVERIFY(!request.queryValue("flag").isNull());
    QVERIFY(!request.hasQueryItem("missing"));
    QCOMPARE(request.queryItems().size(), 3);
}

void TestScriptedHttpServer::recordsPostBody()
{
    const auto reply = fetch("/upload", "line one\nline two");
    QCOMPARE(m_server->requestCount(), 1);
    const RecordedRequest request = m_server->requests().constFirst();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.body, QByteArray("line one\nline two"));
    // Nothing was scripted, so the default response applies.
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
}

void TestScriptedHttpServer::responseSourcesInOrder()
{
    m_server->setHandler([](const RecordedRequest &request) -> std::optional<ScriptedResponse> {
        if (request.path == "/handled")
            return ScriptedResponse::json("handler", 201);
        return std::nullopt;
    });
    m_server->enqueue("/special", ScriptedResponse::json("path queue"));
    m_server->enqueue(ScriptedResponse::json("general one"));
    m_server->enqueue(ScriptedResponse::json("general two"));
    m_server->setDefaultResponse(ScriptedResponse::json("default", 503));
    QCOMPARE(m_server->pendingResponseCount(), 3);

    QCOMPARE(fetch("/handled")->readAll(), QByteArray("handler"));
    QCOMPARE(fetch("/other")->readAll(), QByteArray("general one"));
    QCOMPARE(fetch("/special")->readAll(), QByteArray("path queue"));
    QCOMPARE(fetch("/special")->readAll(), QByteArray("general two"));
    const auto fallback = fetch("/special");
    QCOMPARE(fallback->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);
    QCOMPARE(fallback->readAll(), QByteArray("default"));

    QCOMPARE(m_server->pendingResponseCount(), 0);
    QCOMPARE(m_server->requestCount(), 5);
    QCOMPARE(m_server->requestCount("/special"), 3);
    m_server->clearRequests();
    QCOMPARE(m_server->requestCount(), 0);
}

void TestScriptedHttpServer::keepsConnectionAlive()
{
    ScriptedResponse closing = ScriptedResponse::json("last");
    closing.closeConnection = true;
    m_server->enqueue(ScriptedResponse::json("first"));
    m_server->enqueue(closing);
    m_server->enqueue(ScriptedResponse::json("after close"));

    QCOMPARE(fetch("/a")->readAll(), QByteArray("first"));
    QCOMPARE(fetch("/b")->readAll(), QByteArray("last"));
    QCOMPARE(fetch("/c")->readAll(), QByteArray("after close"));

    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).connectionId, requests.at(1).connectionId);
    QVERIFY(requests.at(2).connectionId != requests.at(1).connectionId);
    QCOMPARE(m_server->connectionCount(), 2);
}

void TestScriptedHttpServer::bodyFramings_data()
{
    QTest::addColumn<ScriptedResponse::Framing>("framing");
    QTest::addColumn<bool>("gzip");
    QTest::addColumn<int>("pieceSize");

    using Framing = ScriptedResponse::Framing;
    QTest::addRow("length") << Framing::ContentLength << false << 0;
    QTest::addRow("length, gzip") << Framing::ContentLength << true << 0;
    QTest::addRow("length, in pieces") << Framing::ContentLength << false << 100;
    QTest::addRow("chunked") << Framing::Chunked << false << 0;
    QTest::addRow("chunked, gzip, in pieces") << Framing::Chunked << true << 64;
    QTest::addRow("until close") << Framing::CloseDelimited << false << 0;
    QTest::addRow("until close, gzip") << Framing::CloseDelimited << true << 0;
}

void TestScriptedHttpServer::bodyFramings()
{
    QFETCH(ScriptedResponse::Framing, framing);
    QFETCH(bool, gzip);
    QFETCH(int, pieceSize);

    QByteArray body;
    for (int i = 0; i < 200; ++i)
        body += "line " + QByteArray::number(i) + '\n';
    ScriptedResponse response = ScriptedResponse::text(200, body, "text/plain");
    response.framing = framing;
    response.gzip = gzip;
    response.pieceSize = pieceSize;
    response.pieceInterval = 1ms;
    m_server->enqueue(response);

    const auto reply = fetch("/body");
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), body);
    QCOMPARE(reply->rawHeader("Transfer-Encoding").isEmpty(),
             framing != ScriptedResponse::Framing::Chunked);
    // A gzip body can only arrive decoded when the client offered gzip.
    QVERIFY(m_server->requests().constFirst().header("Accept-Encoding").contains("gzip"));
}

void TestScriptedHttpServer::announcedLengthOverride()
{
    ScriptedResponse response = ScriptedResponse::text(200, "abcdef", "text/plain");
    response.withHeader("Content-Length", "3");
    m_server->enqueue(response);

    const auto reply = fetch("/short");
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), 3);
    QCOMPARE(reply->readAll(), QByteArray("abc"));
}

void TestScriptedHttpServer::truncatedBodyFailsTransfer()
{
    m_server->enqueue(ScriptedResponse::truncatedJson(R"({"status": 200, "message": "OK"})", 10));

    const auto reply = fetch("/cut");
    QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
}

void TestScriptedHttpServer::delayedResponseArrives()
{
    ScriptedResponse slow = ScriptedResponse::json("late");
    slow.delay = 100ms;
    slow.reasonPhrase = "Fine";
    m_server->enqueue(slow);

    const auto reply = fetch("/slow");
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), QByteArray("late"));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray(),
             QByteArray("Fine"));
}

void TestScriptedHttpServer::neverAnswerHoldsConnection()
{
    m_server->enqueue(ScriptedResponse::noAnswer());

    QNetworkRequest request(QUrl(m_server->origin() + u"/silent"_s));
    std::unique_ptr<QNetworkReply> reply(m_network->get(request));
    QVERIFY(m_server->waitForRequests(1));
    QTest::qWait(100);
    QVERIFY(!reply->isFinished());

    // Qt sends the request once more on a fresh connection when the first one closes before
    // a response, and the second attempt gets the default response.
    m_server->closeAllConnections();
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(5000));
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
}

QTEST_GUILESS_MAIN(TestScriptedHttpServer)

#include "tst_scriptedhttpserver.moc"
