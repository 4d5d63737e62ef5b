// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "presenceservice.h"
#include "scriptedhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The service parses large Here Now bodies on a worker thread. These tests check that its
// signals still come exactly once per request, from the event loop, also when the request is
// cancelled while its body is being parsed.
class TestBackgroundParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void largeBodyParsedOnce();
    void cancelWhileParsing();

private:
    std::unique_ptr<PresenceTest::ScriptedHttpServer> m_server;
    std::unique_ptr<Presence::PresenceService> m_service;
};

namespace {

// A single-channel Here Now body of `count` occupants with state, about 60 bytes each.
QByteArray largeBody(int count)
{
    QJsonArray users;
    for (int i = 0; i < count; ++i) {
        users.append(QJsonObject { { u"uuid"_s, u"user-%1"_s.arg(i) },
                                   { u"state"_s, QJsonObject { { u"seat"_s, i } } } });
    }
    const QJsonObject body { { u"status"_s, 200 }, { u"message"_s, u"OK"_s },
                             { u"service"_s, u"Presence"_s }, { u"occupancy"_s, count },
                             { u"uuids"_s, users } };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

void TestBackgroundParse::init()
{
    m_server = std::make_unique<PresenceTest::ScriptedHttpServer>();
    QVERIFY(m_server->listen());
    PresenceTest::ScriptedResponse response;
    response.headers = { { "Content-Type", "application/json" } };
    response.body = largeBody(20000);
    QVERIFY(response.body.size() > 64 * 1024);
    m_server->setDefaultResponse(response);

    m_service = std::make_unique<Presence::PresenceService>();
    Presence::ClientConfig config;
    config.origin = m_server->origin();
    config.subscribeKey = u"sub-test"_s;
    config.userId = u"parse-test"_s;
    m_service->setConfig(config);
}

void TestBackgroundParse::largeBodyParsedOnce()
{
    QSignalSpy finished(m_service.get(), &Presence::PresenceService::hereNowFinished);
    QSignalSpy failed(m_service.get(), &Presence::PresenceService::requestFailed);
    Presence::HereNowQuery query;
    query.channels = { u"big"_s };
    query.includeState = true;
    const Presence::RequestId id = m_service->hereNow(query);
    // A second identical call joins the request in flight and gets its own signal.
    const Presence::RequestId joined = m_service->hereNow(query);
    QVERIFY(finished.wait(20000));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 5000);
    QTest::qWait(200);
    QCOMPARE(finished.count(), 2);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(m_server->requestCount(), 1);

    QSet<Presence::RequestId> ids;
    for (const QList<QVariant> &arguments : std::as_const(finished)) {
        ids.insert(arguments.at(0).value<Presence::RequestId>());
        const auto result = arguments.at(1).value<Presence::HereNowResult>();
        QCOMPARE(result.channels.size(), 1);
        QCOMPARE(result.channels.first().occupants.size(), 20000);
        QCOMPARE(result.channels.first().occupants.last().user_id, u"user-19999"_s);
    }
    QCOMPARE(ids, (QSet<Presence::RequestId> { id, joined }));
}

void TestBackgroundParse::cancelWhileParsing()
{
    QSignalSpy finished(m_service.get(), &Presence::PresenceService::hereNowFinished);
    QSignalSpy failed(m_service.get(), &Presence::PresenceService::requestFailed);
    Presence::HereNowQuery query;
    query.channels = { u"big"_s };
    query.includeState = true;
    const Presence::RequestId id = m_service->hereNow(query);

    // The access manager reports a finished reply after the reply's own signal, by which time
    // the service has handed the body to a worker thread.
    bool cancelled = false;
    connect(m_service->networkAccessManager(), &QNetworkAccessManager::finished, this,
            [&](QNetworkReply *) {
                m_service->cancel(id);
                cancelled = true;
            });
    QVERIFY(failed.wait(20000));
    QVERIFY(cancelled);
    QTest::qWait(500);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).value<Presence::RequestId>(), id);
    QCOMPARE(failed.first().at(1).value<Presence::PresenceError>().kind(),
             Presence::PresenceError::Kind::Cancelled);
    QCOMPARE(finished.count(), 0);

    // The service goes on working after the dropped result.
    disconnect(m_service->networkAccessManager(), nullptr, this, nullptr);
    m_service->clearCache();
    m_service->hereNow(query);
    QVERIFY(finished.wait(20000));
}

QTEST_GUILESS_MAIN(TestBackgroundParse)
#include "tst_backgroundparse.moc"
