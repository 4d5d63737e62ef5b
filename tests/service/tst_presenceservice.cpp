// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "presenceservice.h"
#include "requestbuilder.h"
#include "scriptedhttpserver.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using Presence::PresenceError;
using Presence::RequestId;
using PresenceTest::RecordedRequest;
using PresenceTest::ScriptedHttpServer;
using PresenceTest::ScriptedResponse;

Q_DECLARE_METATYPE(PresenceTest::ScriptedResponse)
Q_DECLARE_METATYPE(PresenceTest::ScriptedResponse::Framing)
Q_DECLARE_METATYPE(Presence::PresenceError::Kind)

namespace {

const QByteArray SubKey = "sub-c-test";

QByteArray singleChannelBody(const QStringList &userIds)
{
    QByteArray uuids;
    for (const QString &userId : userIds) {
        if (!uuids.isEmpty())
            uuids.append(',');
        uuids.append('"' + userId.toUtf8() + '"');
    }
    return R"({"message":"OK","occupancy":)" + QByteArray::number(userIds.size())
        + R"(,"service":"Presence","status":200,"uuids":[)" + uuids + "]}";
}

const QByteArray TwoChannelBody =
    R"({"status": 200, "message": "OK", "payload": {"channels": {"a": {"uuids": ["u1", "u2"], "occupancy": 2}, "b": {"uuids": ["u3"], "occupancy": 1}}, "total_channels": 2, "total_occupancy": 3}, "service": "Presence"})";
const QByteArray WhereNowBody =
    R"({"status": 200, "message": "OK", "payload": {"channels": ["a", "b"]}, "service": "Presence"})";
const QByteArray SetStateBody =
    R"({"status": 200, "message": "OK", "payload": {"mood": "ok"}, "service": "Presence"})";
const QByteArray GetStateBody =
    R"({"status": 200, "uuid": "tester", "service": "Presence", "message": "OK", "payload": {"mood": "ok"}, "channel": "a"})";
const QByteArray HeartbeatBody = R"({"message":"OK","service":"Presence","status":200})";
const QByteArray DeniedBody =
    R"({"message":"Forbidden","payload":{"channels":["a"]},"error":true,"service":"Access Manager","status":403})";

// A page of the occupants `user-0000` ... of one channel, as the server lists them for
// `limit` and `offset`.
QByteArray crowdPage(int occupancy, int offset, int limit)
{
    QStringList userIds;
    for (int i = offset; i < qMin(occupancy, offset + limit); ++i)
        userIds.append(u"user-%1"_s.arg(i, 4, 10, QLatin1Char('0')));
    QByteArray body = singleChannelBody(userIds);
    const QByteArray listed = "\"occupancy\":" + QByteArray::number(userIds.size());
    const QByteArray full = "\"occupancy\":" + QByteArray::number(occupancy);
    body.replace(listed, full);
    return body;
}

Presence::HereNowQuery channelsQuery(const QStringList &channels)
{
    Presence::HereNowQuery query;
    query.channels = channels;
    return query;
}

// Every signal of a service by request id, so a test can check that each id got one signal.
class SignalRecorder : public QObject
{
public:
    explicit SignalRecorder(Presence::PresenceService *service)
    {
        using Presence::PresenceService;
        connect(service, &PresenceService::hereNowFinished, this,
                [this](RequestId id, const Presence::HereNowResult &result) {
                    hereNow.insert(id, result);
                    record(id, u"hereNow"_s);
                });
        connect(service, &PresenceService::whereNowFinished, this,
                [this](RequestId id, const Presence::WhereNowResult &result) {
                    whereNow.insert(id, result);
                    record(id, u"whereNow"_s);
                });
        connect(service, &PresenceService::setStateFinished, this,
                [this](RequestId id) { record(id, u"setState"_s); });
        connect(service, &PresenceService::getStateFinished, this,
                [this](RequestId id, const Presence::GetStateResult &result) {
                    getState.insert(id, result);
                    record(id, u"getState"_s);
                });
        connect(service, &PresenceService::heartbeatFinished, this,
                [this](RequestId id) { record(id, u"heartbeat"_s); });
        connect(service, &PresenceService::leaveFinished, this,
                [this](RequestId id) { record(id, u"leave"_s); });
        connect(service, &PresenceService::channelGroupsListed, this,
                [this](RequestId id) { record(id, u"channelGroups"_s); });
        connect(service, &PresenceService::groupChannelsListed, this,
                [this](RequestId id) { record(id, u"groupChannels"_s); });
        connect(service, &PresenceService::channelGroupChanged, this,
                [this](RequestId id) { record(id, u"groupChanged"_s); });
        connect(service, &PresenceService::requestFailed, this,
                [this](RequestId id, const PresenceError &error) {
                    errors.insert(id, error);
                    record(id, u"failed"_s);
                });
        connect(service, &PresenceService::retryScheduled, this,
                [this](RequestId id) { retries.append(id); });
    }

    bool waitFor(RequestId id, std::chrono::milliseconds timeout = 10s)
    {
        return QTest::qWaitFor([this, id] { return events.contains(id); }, int(timeout.count()));
    }

    bool waitForAll(const QList<RequestId> &ids, std::chrono::milliseconds timeout = 10s)
    {
        return QTest::qWaitFor(
            [this, &ids] {
                return std::all_of(ids.cbegin(), ids.cend(),
                                   [this](RequestId id) { return events.contains(id); });
            },
            int(timeout.count()));
    }

    QHash<RequestId, QStringList> events;
    QHash<RequestId, Presence::HereNowResult> hereNow;
    QHash<RequestId, Presence::WhereNowResult> whereNow;
    QHash<RequestId, Presence::GetStateResult> getState;
    QHash<RequestId, PresenceError> errors;
    QList<RequestId> retries;

private:
    void record(RequestId id, const QString &name) { events[id].append(name); }
};

// The query items of a request other than `pnsdk` and `requestid`, whose values change.
QByteArray stableQuery(const RecordedRequest &request)
{
    QByteArray query;
    const auto items = request.queryItems();
    for (const auto &[name, value] : items) {
        if (name == "pnsdk" || name == "requestid")
            continue;
        if (!query.isEmpty())
            query.append('&');
        query.append(name + '=' + value);
    }
    return query;
}

QStringList capturedMessages;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedMessages.append(message);
}

} // namespace

class TestPresenceService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void hereNowRequestLine_data();
    void hereNowRequestLine();
    void otherCallsRequestLine_data();
    void otherCallsRequestLine();
    void userAgentAndCompression();
    void invalidInputSendsNothing_data();
    void invalidInputSendsNothing();
    void signalsNeverSynchronous();

    void cacheAnswersIdenticalQuery();
    void cacheKeyDistinguishesQueries();
    void cacheDisabledAlwaysSends();
    void coalescesIdenticalRequests();
    void setStateInvalidatesCache();
    void setStateWithGroupsInvalidatesAll();
    void clearCacheForcesRequest();

    void retriesTransientFailures_data();
    void retriesTransientFailures();
    void retryRebuildsRequest();
    void retriesExhausted();
    void retryAfterBeyondMaxDelayFails();
    void clientErrorsNotRetried_data();
    void clientErrorsNotRetried();
    void writesNotRetried();
    void accessDeniedNamesChannels();
    void timeoutReported();
    void truncatedBodyFails();
    void malformedBodyFails_data();
    void malformedBodyFails();
    void oversizedBodyRejected_data();
    void oversizedBodyRejected();
    void gzipBodyDecoded_data();
    void gzipBodyDecoded();

    void cancelEmitsCancelledOnce();
    void cancelOneOfCoalesced();
    void mixedBatchSignalsOnce();
    void allPagesMergesThreePages();
    void allPagesSeveralChannels();
    void allPagesStopsWhenPageAddsNothing();
    void logsAndSignalsOmitSecrets();

private:
    Presence::ClientConfig configFor(const ScriptedHttpServer &server) const;
    Presence::RetryPolicy fastRetries(int maxRetries = 3) const;

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<Presence::PresenceService> m_service;
    std::unique_ptr<SignalRecorder> m_recorder;
};

Presence::ClientConfig TestPresenceService::configFor(const ScriptedHttpServer &server) const
{
    Presence::ClientConfig config;
    config.origin = server.origin();
    config.subscribeKey = QString::fromLatin1(SubKey);
    config.publishKey = u"pub-c-test"_s;
    config.userId = u"tester"_s;
    config.requestTimeout = 5s;
    return config;
}

Presence::RetryPolicy TestPresenceService::fastRetries(int maxRetries) const
{
    Presence::RetryPolicy policy;
    policy.maxRetries = maxRetries;
    policy.initialDelay = 10ms;
    policy.maxDelay = 2s;
    policy.jitter = 0.2;
    return policy;
}

void TestPresenceService::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->listen());
    m_service = std::make_unique<Presence::PresenceService>();
    m_service->setConfig(configFor(*m_server));
    m_service->setRetryPolicy(fastRetries());
    m_recorder = std::make_unique<SignalRecorder>(m_service.get());
}

void TestPresenceService::cleanup()
{
    m_recorder.reset();
    m_service.reset();
    m_server.reset();
}

void TestPresenceService::hereNowRequestLine_data()
{
    QTest::addColumn<QStringList>("channels");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<bool>("includeState");
    QTest::addColumn<bool>("includeUserIds");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("query");

    const QByteArray base = "/v2/presence/sub-key/sub-c-test";
    QTest::addRow("one channel") << QStringList{u"a"_s} << QStringList() << false << true << -1
                                 << 0 << base + "/channel/a" << QByteArray("uuid=tester");
    QTest::addRow("two channels with state")
        << QStringList{u"a"_s, u"b"_s} << QStringList() << true << true << -1 << 0
        << base + "/channel/a,b" << QByteArray("state=1&uuid=tester");
    QTest::addRow("groups only") << QStringList() << QStringList{u"g1"_s, u"g2"_s} << false
                                 << true << -1 << 0 << base + "/channel/,"
                                 << QByteArray("channel-group=g1,g2&uuid=tester");
    QTest::addRow("occupancy only") << QStringList{u"a"_s} << QStringList() << false << false
                                    << -1 << 0 << base + "/channel/a"
                                    << QByteArray("disable_uuids=1&uuid=tester");
    QTest::addRow("limit and offset") << QStringList{u"a"_s} << QStringList() << false << true
                                      << 50 << 100 << base + "/channel/a"
                                      << QByteArray("limit=50&offset=100&uuid=tester");
    QTest::addRow("global") << QStringList() << QStringList() << false << true << -1 << 0 << base
                            << QByteArray("uuid=tester");
    QTest::addRow("encoded names") << QStringList{u"a+b"_s, u"caf\u00e9"_s} << QStringList()
                                   << false << true << -1 << 0
                                   << base + "/channel/a%2Bb,caf%C3%A9"
                                   << QByteArray("uuid=tester");
}

void TestPresenceService::hereNowRequestLine()
{
    QFETCH(QStringList, channels);
    QFETCH(QStringList, groups);
    QFETCH(bool, includeState);
    QFETCH(bool, includeUserIds);
    QFETCH(int, limit);
    QFETCH(int, offset);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, query);

    m_server->setDefaultResponse(ScriptedResponse::json(TwoChannelBody));
    Presence::HereNowQuery hereNowQuery;
    hereNowQuery.channels = channels;
    hereNowQuery.channelGroups = groups;
    hereNowQuery.includeState = includeState;
    hereNowQuery.includeUserIds = includeUserIds;
    hereNowQuery.limit = limit;
    hereNowQuery.offset = offset;

    const RequestId id = m_service->hereNow(hereNowQuery);
    QVERIFY(m_recorder->waitFor(id));

    QCOMPARE(m_server->requestCount(), 1);
    const RecordedRequest request = m_server->requests().constFirst();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, path);
    QCOMPARE(stableQuery(request), query);
    QCOMPARE(request.queryValue("pnsdk"), Presence::ClientConfig::defaultPnsdk());
    QVERIFY(!request.rawQueryValue("requestid").isEmpty());
    QCOMPARE(m_recorder->events.value(id), QStringList{u"hereNow"_s});
}

void TestPresenceService::otherCallsRequestLine_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QString>("signal");

    const QByteArray presence = "/v2/presence/sub-key/sub-c-test";
    const QByteArray registry = "/v1/channel-registration/sub-key/sub-c-test";
    QTest::addRow("where now, own id") << u"whereNow"_s << presence + "/uuid/tester"
                                       << QByteArray("uuid=tester") << u"whereNow"_s;
    QTest::addRow("where now, other id") << u"whereNowOther"_s << presence + "/uuid/other%40one"
                                         << QByteArray("uuid=tester") << u"whereNow"_s;
    QTest::addRow("get state") << u"getState"_s << presence + "/channel/a,b/uuid/tester"
                               << QByteArray("channel-group=g1&uuid=tester") << u"getState"_s;
    QTest::addRow("set state") << u"setState"_s << presence + "/channel/a/uuid/other/data"
                               << QByteArray("state=%7B%22mood%22%3A%22ok%22%7D&uuid=tester")
                               << u"setState"_s;
    QTest::addRow("heartbeat") << u"heartbeat"_s << presence + "/channel/a/heartbeat"
                               << QByteArray("heartbeat=120&uuid=tester") << u"heartbeat"_s;
    QTest::addRow("leave") << u"leave"_s << presence + "/channel/,/leave"
                           << QByteArray("channel-group=g1&uuid=tester") << u"leave"_s;
    QTest::addRow("list groups") << u"listGroups"_s << registry + "/channel-group"
                                 << QByteArray("uuid=tester") << u"channelGroups"_s;
    QTest::addRow("list group channels") << u"listGroupChannels"_s
                                         << registry + "/channel-group/g1"
                                         << QByteArray("uuid=tester") << u"groupChannels"_s;
    QTest::addRow("add to group") << u"addToGroup"_s << registry + "/channel-group/g1"
                                  << QByteArray("add=a,b&uuid=tester") << u"groupChanged"_s;
    QTest::addRow("remove from group") << u"removeFromGroup"_s << registry + "/channel-group/g1"
                                       << QByteArray("remove=a&uuid=tester") << u"groupChanged"_s;
    QTest::addRow("delete group") << u"deleteGroup"_s << registry + "/channel-group/g1/remove"
                                  << QByteArray("uuid=tester") << u"groupChanged"_s;
}

void TestPresenceService::otherCallsRequestLine()
{
    QFETCH(QString, call);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, query);
    QFETCH(QString, signal);

    const QByteArray ack =
        R"({"status": 200, "message": "OK", "service": "channel-registry", "error": false})";
    const QHash<QString, QByteArray> bodies = {
        {u"whereNow"_s, WhereNowBody},
        {u"whereNowOther"_s, WhereNowBody},
        {u"getState"_s,
         R"({"status": 200, "message": "OK", "payload": {"channels": {"a": {"mood": "ok"}, "b": {}}}, "service": "Presence", "uuid": "tester"})"},
        {u"setState"_s, SetStateBody},
        {u"heartbeat"_s, HeartbeatBody},
        {u"leave"_s, R"({"action":"leave","message":"OK","service":"Presence","status":200})"},
        {u"listGroups"_s,
         R"({"status": 200, "payload": {"namespace": "", "groups": ["g1"]}, "service": "channel-registry", "error": false})"},
        {u"listGroupChannels"_s,
         R"({"status": 200, "payload": {"channels": ["a"], "group": "g1"}, "service": "channel-registry", "error": false})"},
        {u"addToGroup"_s, ack},
        {u"removeFromGroup"_s, ack},
        {u"deleteGroup"_s, ack},
    };
    m_server->enqueue(ScriptedResponse::json(bodies.value(call)));

    RequestId id = 0;
    if (call == u"whereNow") {
        id = m_service->whereNow();
    } else if (call == u"whereNowOther") {
        id = m_service->whereNow(u"other@one"_s);
    } else if (call == u"getState") {
        Presence::StateQuery stateQuery;
        stateQuery.channels = {u"a"_s, u"b"_s};
        stateQuery.channelGroups = {u"g1"_s};
        id = m_service->getState(stateQuery);
    } else if (call == u"setState") {
        Presence::SetStateQuery stateQuery;
        stateQuery.channels = {u"a"_s};
        stateQuery.userId = u"other"_s;
        stateQuery.stateJson = R"({"mood":"ok"})";
        id = m_service->setState(stateQuery);
    } else if (call == u"heartbeat") {
        Presence::HeartbeatQuery heartbeatQuery;
        heartbeatQuery.channels = {u"a"_s};
        heartbeatQuery.presenceTimeoutSeconds = 120;
        id = m_service->heartbeat(heartbeatQuery);
    } else if (call == u"leave") {
        id = m_service->leave({}, {u"g1"_s});
    } else if (call == u"listGroups") {
        id = m_service->listChannelGroups();
    } else if (call == u"listGroupChannels") {
        id = m_service->listGroupChannels(u"g1"_s);
    } else if (call == u"addToGroup") {
        id = m_service->addChannelsToGroup(u"g1"_s, {u"a"_s, u"b"_s});
    } else if (call == u"removeFromGroup") {
        id = m_service->removeChannelsFromGroup(u"g1"_s, {u"a"_s});
    } else if (call == u"deleteGroup") {
        id = m_service->deleteChannelGroup(u"g1"_s);
    }
    QVERIFY(id != 0);
    QVERIFY(m_recorder->waitFor(id));

    QCOMPARE(m_server->requestCount(), 1);
    const RecordedRequest request = m_server->requests().constFirst();
    QCOMPARE(request.path, path);
    QCOMPARE(stableQuery(request), query);
    if (m_recorder->errors.contains(id))
        qWarning() << "unexpected failure:" << m_recorder->errors.value(id).message();
    QCOMPARE(m_recorder->events.value(id), QStringList{signal});
}

void TestPresenceService::userAgentAndCompression()
{
    m_server->enqueue(ScriptedResponse::json(singleChannelBody({u"u1"_s})));
    const RequestId id = m_service->hereNow(channelsQuery({u"a"_s}));
    QVERIFY(m_recorder->waitFor(id));

    const RecordedRequest request = m_server->requests().constFirst();
    QCOMPARE(request.header("User-Agent"), QByteArray("PresenceDashboard/" PRESENCE_VERSION));
    // Qt adds gzip to Accept-Encoding only while the application leaves the header alone.
    QVERIFY2(request.header("Accept-Encoding").contains("gzip"),
             request.header("Accept-Encoding").constData());
}

void TestPresenceService::invalidInputSendsNothing_data()
{
    QTest::addColumn<QString>("call");

    QTest::addRow("channel with comma") << u"hereNowComma"_s;
    QTest::addRow("limit above 1000") << u"hereNowLimit"_s;
    QTest::addRow("state not an object") << u"setStateArray"_s;
    QTest::addRow("state without channel") << u"getStateEmpty"_s;
    QTest::addRow("leave without channel") << u"leaveEmpty"_s;
    QTest::addRow("group edit without channel") << u"addNothing"_s;
    QTest::addRow("missing user id") << u"noUserId"_s;
}

void TestPresenceService::invalidInputSendsNothing()
{
    QFETCH(QString, call);

    RequestId id = 0;
    if (call == u"hereNowComma") {
        id = m_service->hereNow(channelsQuery({u"a,b"_s}));
    } else if (call == u"hereNowLimit") {
        Presence::HereNowQuery query;
        query.channels = {u"a"_s};
        query.limit = 5000;
        id = m_service->hereNow(query);
    } else if (call == u"setStateArray") {
        Presence::SetStateQuery query;
        query.channels = {u"a"_s};
        query.stateJson = "[1,2]";
        id = m_service->setState(query);
    } else if (call == u"getStateEmpty") {
        id = m_service->getState({});
    } else if (call == u"leaveEmpty") {
        id = m_service->leave({});
    } else if (call == u"addNothing") {
        id = m_service->addChannelsToGroup(u"g1"_s, {});
    } else if (call == u"noUserId") {
        Presence::ClientConfig config = m_service->config();
        config.userId.clear();
        m_service->setConfig(config);
        id = m_service->whereNow();
    }

    // The signal is never emitted from inside the call.
    QVERIFY(m_recorder->events.isEmpty());
    QVERIFY(m_recorder->waitFor(id));
    QCOMPARE(m_recorder->events.value(id), QStringList{u"failed"_s});
    const PresenceError error = m_recorder->errors.value(id);
    QCOMPARE(error.kind(), PresenceError::Kind::InvalidInput);
    QVERIFY(!error.message().isEmpty());
    QCOMPARE(m_service->requestsSent(), 0);
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestPresenceService::signalsNeverSynchronous()
{
    m_service->setCacheTime(10s);
    m_server->enqueue(ScriptedResponse::json(singleChannelBody({u"u1"_s})));
    const RequestId first = m_service->hereNow(channelsQuery({u"a"_s}));
    QVERIFY(m_recorder->waitFor(first));

    // A cache hit is decided inside the call, but its signal still comes from the event loop.
    const RequestId cached = m_service->hereNow(channelsQuery({u"a"_s}));
    QVERIFY(!m_recorder->events.contains(cached));
    QVERIFY(m_recorder->waitFor(cached));
    QCOMPARE(m_recorder->events.value(cached), QStringList{u"hereNow"_s});
}

void TestPresenceService::cacheAnswersIdenticalQuery()
{
    m_service->setCacheTime(300ms);
    m_server->setDefaultResponse(ScriptedResponse::json(TwoChannelBody));

    Presence::HereNowQuery query;
    query.channels = {u"b"_s, u"a"_s};
    const RequestId first = m_service->hereNow(query);
    QVERIFY(m_recorder->waitFor(first));
    QCOMPARE(m_server->requestCount(), 1);
    const Presence::HereNowResult fresh = m_recorder->hereNow.value(first);
    QVERIFY(!fresh.fromCache);
    QCOMPARE(fresh.total_occupancy, 3);

    // Order and repeats of names do not matter.
    Presence::HereNowQuery same;
    same.channels = {u"a"_s, u"b"_s, u"a"_s};
    const RequestId second = m_service->hereNow(same);
    QVERIFY(m_recorder->waitFor(second));
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_service->requestsSent(), 1);
    const Presence::HereNowResult cached = m_recorder->hereNow.value(second);
    QVERIFY(cached.fromCache);
    QCOMPARE(cached.fetchedAt, fresh.fetchedAt);
    QCOMPARE(cached.total_occupancy, 3);
    QVERIFY(cached.dataAgeMs() >= 0);

    QTest::qWait(400);
    const RequestId third = m_service->hereNow(query);
    QVERIFY(m_recorder->waitFor(third));
    QCOMPARE(m_server->requestCount(), 2);
    QVERIFY(!m_recorder->hereNow.value(third).fromCache);
}

void TestPresenceService::cacheKeyDistinguishesQueries()
{
    m_service->setCacheTime(10s);
    m_server->setDefaultResponse(ScriptedResponse::json(TwoChannelBody));

    Presence::HereNowQuery base;
    base.channels = {u"a"_s, u"b"_s};
    QList<Presence::HereNowQuery> variants(6, base);
    variants[1].includeState = true;
    variants[2].includeUserIds = false;
    variants[3].limit = 10;
    variants[4].offset = 10;
    variants[5].channelGroups = {u"g1"_s};

    for (qsizetype i = 0; i < variants.size(); ++i) {
        const RequestId id = m_service->hereNow(variants.at(i));
        QVERIFY(m_recorder->waitFor(id));
        QCOMPARE(m_server->requestCount(), int(i + 1));
    }

    // Another user id is another cache entry.
    Presence::ClientConfig config = m_service->config();
    config.userId = u"someone-else"_s;
    m_service->setConfig(config);
    const RequestId otherUser = m_service->hereNow(base);
    QVERIFY(m_recorder->waitFor(otherUser));
    QCOMPARE(m_server->requestCount(), int(variants.size() + 1));
}

void TestPresenceService::cacheDisabledAlwaysSends()
{
    m_service->setCacheTime(0ms);
    m_server->setDefaultResponse(ScriptedResponse::json(singleChannelBody({u"u1"_s})));

    const RequestId first = m_service->hereNow(channelsQuery({u"a"_s}));
    const RequestId second = m_service->hereNow(channelsQuery({u"a"_s}));
    QVERIFY(m_recorder->waitForAll({first, second}));
    QCOMPARE(m_server->requestCount(), 2);
}

void TestPresenceService::coalescesIdenticalRequests()
{
    m_service->setCacheTime(300ms);
    ScriptedResponse slow = ScriptedResponse::json(TwoChannelBody);
    slow.delay = 200ms;
    m_server->enqueue(slow);

    QSignalSpy sent(m_service.get(), &Presence::PresenceService::requestSent);
    QVERIFY(sent.isValid());
    const RequestId first = m_service->hereNow(channelsQuery({u"a"_s, u"b"_s}));
    const RequestId second = m_service->hereNow(channelsQuery({u"b"_s, u"a"_s}));
    QVERIFY(first != second);
    QVERIFY(m_recorder->waitForAll({first, second}));

    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_service->requestsSent(), 1);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(m_recorder->events.value(first), QStringList{u"hereNow"_s});
    QCOMPARE(m_recorder->events.value(second), QStringList{u"hereNow"_s});
    QCOMPARE(m_recorder->hereNow.value(first).total_occupancy, 3);
    QCOMPARE(m_recorder->hereNow.value(second).total_occupancy, 3);
}

void TestPresenceService::setStateInvalidatesCache()
{
    m_service->setCacheTime(10s);
    m_server->setHandler([](const RecordedRequest &request) -> std::optional<ScriptedResponse> {
        if (request.path.endsWith("/data"))
            return ScriptedResponse::json(SetStateBody);
        return ScriptedResponse::json(singleChannelBody({u"u1"_s}));
    });

    const RequestId a1 = m_service->hereNow(channelsQuery({u"a"_s}));
    const RequestId b1 = m_service->hereNow(channelsQuery({u"b"_s}));
    QVERIFY(m_recorder->waitForAll({a1, b1}));
    QCOMPARE(m_server->requestCount(), 2);

    Presence::SetStateQuery setState;
    setState.channels = {u"a"_s};
    setState.stateJson = R"({"mood":"ok"})";
    const RequestId set = m_service->setState(setState);
    QVERIFY(m_recorder->waitFor(set));
    QCOMPARE(m_recorder->events.value(set), QStringList{u"setState"_s});
    QCOMPARE(m_server->requestCount(), 3);

    // The entry of `a` is gone, the one of `b` stays.
    const RequestId a2 = m_service->hereNow(channelsQuery({u"a"_s}));
    const RequestId b2 = m_service->hereNow(channelsQuery({u"b"_s}));
    QVERIFY(m_recorder->waitForAll({a2, b2}));
    QCOMPARE(m_server->requestCount(), 4);
    QVERIFY(!m_recorder->hereNow.value(a2).fromCache);
    QVERIFY(m_recorder->hereNow.value(b2).fromCache);
}

void TestPresenceService::setStateWithGroupsInvalidatesAll()
{
    m_service->setCacheTime(10s);
    m_server->setHandler([](const RecordedRequest &request) -> std::optional<ScriptedResponse> {
        if (request.path.endsWith("/data"))
            return ScriptedResponse::json(SetStateBody);
        return ScriptedResponse::json(TwoChannelBody);
    });

    Presence::HereNowQuery withGroup;
    withGroup.channelGroups = {u"g1"_s};
    const RequestId group1 = m_service->hereNow(withGroup);
    const RequestId plain1 = m_service->hereNow(channelsQuery({u"x"_s}));
    QVERIFY(m_recorder->waitForAll({group1, plain1}));
    QCOMPARE(m_server->requestCount(), 2);

    // State set on a channel the group query never named still drops its entry, since the
    // group may contain that channel.
    Presence::SetStateQuery onChannel;
    onChannel.channels = {u"y"_s};
    onChannel.stateJson = "{}";
    const RequestId set1 = m_service->setState(onChannel);
    QVERIFY(m_recorder->waitFor(set1));
    const RequestId group2 = m_service->hereNow(withGroup);
    const RequestId plain2 = m_service->hereNow(channelsQuery({u"x"_s}));
    QVERIFY(m_recorder->waitForAll({group2, plain2}));
    QCOMPARE(m_server->requestCount(), 4);
    QVERIFY(!m_recorder->hereNow.value(group2).fromCache);
    QVERIFY(m_recorder->hereNow.value(plain2).fromCache);

    // State set through a group drops every entry.
    Presence::SetStateQuery onGroup;
    onGroup.channelGroups = {u"g2"_s};
    onGroup.stateJson = "{}";
    const RequestId set2 = m_service->setState(onGroup);
    QVERIFY(m_recorder->waitFor(set2));
    const RequestId plain3 = m_service->hereNow(channelsQuery({u"x"_s}));
    QVERIFY(m_recorder->waitFor(plain3));
    QCOMPARE(m_server->requestCount(), 6);
    QVERIFY(!m_recorder->hereNow.value(plain3).fromCache);
}

void TestPresenceService::clearCacheForcesRequest()
{
    m_service->setCacheTime(10s);
    m_server->setDefaultResponse(ScriptedResponse::json(singleChannelBody({u"u1"_s})));

    const RequestId first = m_service->hereNow(channelsQuery({u"a"_s}));
    QVERIFY(m_recorder->waitFor(first));
    m_service->clearCache();
    const RequestId second = m_service->hereNow(channelsQuery({u"a"_s}));
    QVERIFY(m_recorder->waitFor(second));
    QCOMPARE(m_server->requestCount(), 2);
}

void TestPresenceService::retriesTransientFailures_data()
{
    QTest::addColumn<QList<ScriptedResponse>>("failures");
    QTest::addColumn<int>("retries");
    QTest::addColumn<PresenceError::Kind>("kind");

    ScriptedResponse retryNow = ScriptedResponse::json(
        R"({"status": 429, "error": 1, "message": "Too many requests", "service": "Presence"})",
        429);
    retryNow.withHeader("Retry-After", "0");
    ScriptedResponse retryInOne = retryNow;
    retryInOne.headers.last().second = "1";
    const ScriptedResponse html = ScriptedResponse::text(
        500, "<html><body><h1>500 Internal Server Error</h1></body></html>");
    const ScriptedResponse unavailable = ScriptedResponse::json(
        R"({"status": 503, "message": "Service Unavailable", "error": 1, "service": "Presence"})",
        503);
    ScriptedResponse closed;
    closed.closeWithoutAnswer = true;

    QTest::addRow("429 retry after 0") << QList<ScriptedResponse>{retryNow} << 1
                                       << PresenceError::Kind::RateLimited;
    QTest::addRow("429 retry after 1") << QList<ScriptedResponse>{retryInOne} << 1
                                       << PresenceError::Kind::RateLimited;
    QTest::addRow("500 with HTML body") << QList<ScriptedResponse>{html} << 1
                                        << PresenceError::Kind::ServerError;
    QTest::addRow("503 twice") << QList<ScriptedResponse>{unavailable, unavailable} << 2
                               << PresenceError::Kind::ServerError;
    // Qt itself sends a request once more when a connection closes before any response, so
    // the service receives the failure only on the second close.
    QTest::addRow("connection closed") << QList<ScriptedResponse>{closed, closed} << 1
                                       << PresenceError::Kind::Network;
    QTest::addRow("body cut short") << QList<ScriptedResponse>{ScriptedResponse::truncatedJson(
        singleChannelBody({u"u1"_s, u"u2"_s}), 20)} << 1 << PresenceError::Kind::Network;
}

void TestPresenceService::retriesTransientFailures()
{
    QFETCH(QList<ScriptedResponse>, failures);
    QFETCH(int, retries);
    QFETCH(PresenceError::Kind, kind);

    for (const ScriptedResponse &failure : std::as_const(failures))
        m_server->enqueue(failure);
    m_server->enqueue(ScriptedResponse::json(singleChannelBody({u"u1"_s})));

    QSignalSpy retrySpy(m_service.get(), &Presence::PresenceService::retryScheduled);
    QVERIFY(retrySpy.isValid());
    const RequestId id = m_service->hereNow(channelsQuery({u"a"_s}));
    QVERIFY(m_recorder->waitFor(id));

    QCOMPARE(m_recorder->events.value(id), QStringList{u"hereNow"_s});
    QCOMPARE(m_server->requestCount(), int(failures.size() + 1));
    QCOMPARE(m_service->requestsSent(), retries + 1);
    QCOMPARE(retrySpy.count(), retries);
    QCOMPARE(retrySpy.constFirst().at(0).value<RequestId>(), id);
    QCOMPARE(retrySpy.constFirst().at(1).toInt(), 1);
    QCOMPARE(retrySpy.constFirst().at(3).value<PresenceError>().kind(), kind);
    QCOMPARE(m_recorder->hereNow.value(id).channels.size(), 1);
}

void TestPresenceService::retryRebuildsRequest()
{
    Presence::ClientConfig config = m_service->config();
    config.secretKey = u"sec-c-test"_s;
    m_service->setConfig(config);
    m_server->enqueue(ScriptedResponse::text(502, "bad gateway"));
    m_server->enqueue(ScriptedResponse::json(singleChannelBody({u"u1"_s})));

    const RequestId id = m_service->hereNow(channelsQuery({u"a"_s}));
    QVERIFY(m_recorder->waitFor(id));
    QCOMPARE(m_server->requestCount(), 2);

    const auto requests = m_server->requests();
    for (const RecordedRequest &request : requests) {
        QVERIFY(request.rawQueryValue("signature").startsWith("v2."));
        QVERIFY(!request.rawQueryValue("timestamp").isEmpty());
    }
    QVERIFY(requests.at(0).rawQueryValue("requestid") != requests.at(1).rawQueryValue("requestid"));
}

void TestPresenceService::retriesExhausted()
{
    m_service->setRetryPolicy(fastRetries(2));
    m_server->setDefaultResponse(ScriptedResponse::text(500, "<html>down</html>"));

    const RequestId id = m_service->hereNow(channelsQuery({u"a"_s}));
    QVERIFY(m_recorder->waitFor(id));
    QCOMPARE(m_recorder->events.value(id), QStringList{u"failed"_s});
    QCOMPARE(m_recorder->errors.value(id).kind(), PresenceError::Kind::ServerError);
    QCOMPARE(m_recorder->errors.value(id).httpStatus(), 500);
    QCOMPARE(m_server->requestCount(), 3);
    QCOMPARE(m_recorder->retries.size(), 2);
}

void TestPresenceService::retryAfterBeyondMaxDelayFails()
{
    ScriptedResponse limited = ScriptedResponse::json(
        R"({"status": 429, "error": 1, "message": "Too many requests", "service": "Presence"})",
        429);
    limited.withHeader("Retry-After", "3600");
    m_server->setDefaultResponse(limited);

    const RequestId id = m_service->hereNow(channelsQuery({u"a"_s}));
    QVERIFY(m_recorder->waitFor(id));
    QCOMPARE(m_server->requestCount(), 1);
    const PresenceError error = m_recorder->errors.value(id);
    QCOMPARE(error.kind(), PresenceError::Kind::RateLimited);
    QCOMPARE(error.retryAfterSeconds(), 3600);
}

void TestPresenceService::clientErrorsNotRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<PresenceError::Kind>("kind");

    QTest::addRow("400") << 400
                         << QByteArray(R"({"status": 400, "error": 1, "message": "Invalid JSON specified.", "service": "Presence"})")
                         << PresenceError::Kind::InvalidRequest;
    QTest::addRow("402") << 402
                         << QByteArray(R"({"status": 402, "error": 1, "message": "This feature is not turned on for this account.", "service": "Presence"})")
                         << PresenceError::Kind::FeatureNotEnabled;
    QTest::addRow("403") << 403 << DeniedBody << PresenceError::Kind::AccessDenied;
    QTest::addRow("404") << 404
                         << QByteArray(R"({"message": "Not found: '/v2/presence'","error": 1,"service": "Presence"})")
                         << PresenceError::Kind::NotFound;
    QTest::addRow("414") << 414
                         << QByteArray(R"({"message":"Request URI Too Long","error":true,"service":"Balancer","status":414})")
                         << PresenceError::Kind::UriTooLong;
}

void TestPresenceService::clientErrorsNotRetried()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(PresenceError::Kind, kind);

    m_server->setDefaultResponse(ScriptedResponse::json(body, status));
    const RequestId id = m_service->hereNow(channelsQuery({u"a"_s}));
    QVERIFY(m_recorder->waitFor(id));

    QCOMPARE(m_recorder->events.value(id), QStringList{u"failed"_s});
    QCOMPARE(m_recorder->errors.value(id).kind(), kind);
    QCOMPARE(m_recorder->errors.value(id).httpStatus(), status);
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(m_recorder->retries.isEmpty());
}

void TestPresenceService::writesNotRetried()
{
    m_server->setDefaultResponse(ScriptedResponse::text(500, "<html>down</html>"));

    Presence::SetStateQuery setState;
    setState.channels = {u"a"_s};
    setState.stateJson = R"({"mood":"ok"})";
    const RequestId set = m_service->setState(setState);
    QVERIFY(m_recorder->waitFor(set));
    QCOMPARE(m_recorder->errors.value(set).kind(), PresenceError::Kind::ServerError);
    QCOMPARE(m_server->requestCount(), 1);

    const RequestId add = m_service->addChannelsToGroup(u"g1"_s, {u"a"_s});
    QVERIFY(m_recorder->waitFor(add));
    QCOMPARE(m_recorder->errors.value(add).kind(), PresenceError::Kind::ServerError);
    QCOMPARE(m_server->requestCount(), 2);
    QVERIFY(m_recorder->retries.isEmpty());
}

void TestPresenceService::accessDeniedNamesChannels()
{
    ScriptedResponse denied = ScriptedResponse::json(DeniedBody + '\n', 403);
    denied.gzip = true;
    denied.framing = ScriptedResponse::Framing::Chunked;
    m_server->enqueue(denied);

    const RequestId id = m_service->hereNow(channelsQuery({u"a"_s, u"b"_s}));
    QVERIFY(m_recorder->waitFor(id));
    const PresenceError error = m_recorder->errors.value(id);
    QCOMPARE(error.kind(), PresenceError::Kind::AccessDenied);
    QCOMPARE(error.deniedChannels(), QStringList{u"a"_s});
    QVERIFY(error.message().contains(u"\"a\""_s));
    QCOMPARE(m_server->requestCount(), 1);
}

void TestPresenceService::timeoutReported()
{
    Presence::ClientConfig config = m_service->config();
    config.requestTimeout = 300ms;
    m_service->setConfig(config);
    m_service->setRetryPolicy(fastRetries(1));
    m_server->setDefaultResponse(ScriptedResponse::noAnswer());

    const RequestId id = m_service->whereNow();
    QVERIFY(m_recorder->waitFor(id));
    QCOMPARE(m_recorder->events.value(id), QStringList{u"failed"_s});
    QCOMPARE(m_recorder->errors.value(id).kind(), PresenceError::Kind::Timeout);
    // A timeout is transient, so a read tries once more.
    QCOMPARE(m_server->requestCount(), 2);
}

void TestPresenceService::truncatedBodyFails()
{
    m_service->setRetryPolicy(fastRetries(0));
    m_server->enqueue(ScriptedResponse::truncatedJson(TwoChannelBody, 40));

    const RequestId id = m_service->hereNow(channelsQuery({u"a"_s, u"b"_s}));
    QVERIFY(m_recorder->waitFor(id));
    QCOMPARE(m_recorder->events.value(id), QStringList{u"failed"_s});
    QCOMPARE(m_recorder->errors.value(id).kind(), PresenceError::Kind::Network);
}

void TestPresenceService::malformedBodyFails_data()
{
    QTest::addColumn<ScriptedResponse>("response");

    ScriptedResponse cut = ScriptedResponse::json(R"({"status": 200, ")");
    cut.framing = ScriptedResponse::Framing::CloseDelimited;
    QTest::addRow("cut without length") << cut;
    QTest::addRow("HTML with 200")
        << ScriptedResponse::text(200, "<html><body>Welcome to nginx!</body></html>");
    QTest::addRow("JSON of another shape") << ScriptedResponse::json(R"([1, 2, 3])");
    QTest::addRow("empty body") << ScriptedResponse::json(QByteArray());
}

void TestPresenceService::malformedBodyFails()
{
    QFETCH(ScriptedResponse, response);

    m_server->enqueue(response);
    const RequestId id = m_service->hereNow(channelsQuery({u"a"_s, u"b"_s}));
    QVERIFY(m_recorder->waitFor(id));
    QCOMPARE(m_recorder->events.value(id), QStringList{u"failed"_s});
    QCOMPARE(m_recorder->errors.value(id).kind(), PresenceError::Kind::MalformedResponse);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestPresenceService::oversizedBodyRejected_data()
{
    QTest::addColumn<ScriptedResponse>("response");

    const QByteArray big(256 * 1024, 'x');

    // Each body stops part-way and the connection stays open: a client that waited for the
    // whole body would time out instead of rejecting it.
    ScriptedResponse announced = ScriptedResponse::json(big);
    announced.cutAfterBodyBytes = 8 * 1024;
    announced.afterCut = ScriptedResponse::AfterCut::HoldOpen;
    QTest::addRow("Content-Length above the maximum") << announced;

    ScriptedResponse chunked = ScriptedResponse::json(big);
    chunked.framing = ScriptedResponse::Framing::Chunked;
    chunked.pieceSize = 1024;
    chunked.pieceInterval = 2ms;
    chunked.cutAfterBodyBytes = 128 * 1024;
    chunked.afterCut = ScriptedResponse::AfterCut::HoldOpen;
    QTest::addRow("chunked without length") << chunked;

    ScriptedResponse unframed = chunked;
    unframed.framing = ScriptedResponse::Framing::CloseDelimited;
    QTest::addRow("no length, ends on close") << unframed;

    ScriptedResponse compressed = ScriptedResponse::json(QByteArray(1024 * 1024, ' ') + "{}");
    compressed.gzip = true;
    QTest::addRow("gzip smaller than the maximum, larger once inflated") << compressed;
}

void TestPresenceService::oversizedBodyRejected()
{
    QFETCH(ScriptedResponse, response);

    Presence::ClientConfig config = m_service->config();
    config.requestTimeout = 5s;
    m_service->setConfig(config);
    m_service->setMaxResponseBytes(4096);
    m_server->enqueue(response);

    const RequestId id = m_service->hereNow(channelsQuery({u"a"_s}));
    QVERIFY(m_recorder->waitFor(id));
    QCOMPARE(m_recorder->events.value(id), QStringList{u"failed"_s});
    QCOMPARE(m_recorder->errors.value(id).kind(), PresenceError::Kind::ResponseTooLarge);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestPresenceService::gzipBodyDecoded_data()
{
    QTest::addColumn<ScriptedResponse::Framing>("framing");

    QTest::addRow("with length") << ScriptedResponse::Framing::ContentLength;
    QTest::addRow("chunked") << ScriptedResponse::Framing::Chunked;
}

void TestPresenceService::gzipBodyDecoded()
{
    QFETCH(ScriptedResponse::Framing, framing);

    QStringList userIds;
    for (int i = 0; i < 300; ++i)
        userIds.append(u"occupant-%1"_s.arg(i));
    ScriptedResponse response = ScriptedResponse::json(singleChannelBody(userIds));
    response.gzip = true;
    response.framing = framing;
    m_server->enqueue(response);

    const RequestId id = m_service->hereNow(channelsQuery({u"a"_s}));
    QVERIFY(m_recorder->waitFor(id));
    QCOMPARE(m_recorder->events.value(id), QStringList{u"hereNow"_s});
    const Presence::HereNowResult result = m_recorder->hereNow.value(id);
    QCOMPARE(result.channels.size(), 1);
    QCOMPARE(result.channels.constFirst().name, u"a"_s);
    QCOMPARE(result.channels.constFirst().occupants.size(), 300);
    QCOMPARE(result.channels.constFirst().occupants.last().user_id, u"occupant-299"_s);
}

void TestPresenceService::cancelEmitsCancelledOnce()
{
    m_server->setDefaultResponse(ScriptedResponse::noAnswer());

    const RequestId id = m_service->whereNow();
    QVERIFY(m_server->waitForRequests(1));
    m_service->cancel(id);
    m_service->cancel(id);
    QVERIFY(!m_recorder->events.contains(id));
    QVERIFY(m_recorder->waitFor(id));
    QTest::qWait(50);
    QCOMPARE(m_recorder->events.value(id), QStringList{u"failed"_s});
    QCOMPARE(m_recorder->errors.value(id).kind(), PresenceError::Kind::Cancelled);

    // A cancel in the same turn of the event loop replaces the result that was decided.
    m_service->setCacheTime(10s);
    m_server->setDefaultResponse(ScriptedResponse::json(singleChannelBody({u"u1"_s})));
    const RequestId fetched = m_service->hereNow(channelsQuery({u"a"_s}));
    QVERIFY(m_recorder->waitFor(fetched));
    const RequestId cached = m_service->hereNow(channelsQuery({u"a"_s}));
    m_service->cancel(cached);
    QVERIFY(m_recorder->waitFor(cached));
    QTest::qWait(50);
    QCOMPARE(m_recorder->events.value(cached), QStringList{u"failed"_s});

    // An id whose signal was emitted cannot be cancelled any more.
    m_service->cancel(fetched);
    QTest::qWait(50);
    QCOMPARE(m_recorder->events.value(fetched), QStringList{u"hereNow"_s});
}

void TestPresenceService::cancelOneOfCoalesced()
{
    m_service->setCacheTime(10s);
    ScriptedResponse slow = ScriptedResponse::json(singleChannelBody({u"u1"_s}));
    slow.delay = 200ms;
    m_server->enqueue(slow);

    const RequestId remaining = m_service->hereNow(channelsQuery({u"a"_s}));
    const RequestId dropped = m_service->hereNow(channelsQuery({u"a"_s}));
    m_service->cancel(dropped);
    QVERIFY(m_recorder->waitForAll({remaining, dropped}));
    QTest::qWait(50);

    QCOMPARE(m_recorder->events.value(dropped), QStringList{u"failed"_s});
    QCOMPARE(m_recorder->errors.value(dropped).kind(), PresenceError::Kind::Cancelled);
    QCOMPARE(m_recorder->events.value(remaining), QStringList{u"hereNow"_s});
    QCOMPARE(m_server->requestCount(), 1);
}

void TestPresenceService::mixedBatchSignalsOnce()
{
    m_service->setCacheTime(10s);
    m_server->setHandler([](const RecordedRequest &request) -> std::optional<ScriptedResponse> {
        if (request.path.endsWith("/channel/b"))
            return ScriptedResponse::json(singleChannelBody({u"u2"_s}));
        if (request.path.endsWith("/channel/a")) {
            ScriptedResponse response = ScriptedResponse::json(singleChannelBody({u"u1"_s}));
            response.delay = 50ms;
            return response;
        }
        if (request.path.contains("/uuid/tester") && request.path.contains("/channel/"))
            return ScriptedResponse::json(GetStateBody);
        if (request.path.contains("/uuid/"))
            return ScriptedResponse::json(DeniedBody, 403);
        if (request.path.endsWith("/heartbeat"))
            return ScriptedResponse::json(HeartbeatBody);
        if (request.path.endsWith("/channel/slow"))
            return ScriptedResponse::noAnswer();
        return std::nullopt;
    });

    const RequestId warm = m_service->hereNow(channelsQuery({u"b"_s}));
    QVERIFY(m_recorder->waitFor(warm));

    Presence::StateQuery stateQuery;
    stateQuery.channels = {u"a"_s};
    Presence::HeartbeatQuery heartbeatQuery;
    heartbeatQuery.channels = {u"a"_s};
    const QList<RequestId> ids = {
        m_service->hereNow(channelsQuery({u"a"_s})),
        m_service->hereNow(channelsQuery({u"a"_s})),
        m_service->hereNow(channelsQuery({u"b"_s})),
        m_service->hereNow(channelsQuery({u"bad,name"_s})),
        m_service->whereNow(u"someone"_s),
        m_service->getState(stateQuery),
        m_service->heartbeat(heartbeatQuery),
        m_service->hereNow(channelsQuery({u"slow"_s})),
        m_service->hereNow(channelsQuery({u"unscripted"_s})),
    };
    const RequestId slow = ids.at(7);
    QVERIFY(m_server->waitForRequests(7));
    m_service->cancel(slow);

    QVERIFY(m_recorder->waitForAll(ids));
    QTest::qWait(100);

    QSet<RequestId> unique(ids.cbegin(), ids.cend());
    QCOMPARE(unique.size(), ids.size());
    for (const RequestId id : ids)
        QCOMPARE(m_recorder->events.value(id).size(), 1);
    QCOMPARE(m_recorder->events.size(), ids.size() + 1);

    QCOMPARE(m_recorder->events.value(ids.at(0)), QStringList{u"hereNow"_s});
    QCOMPARE(m_recorder->events.value(ids.at(1)), QStringList{u"hereNow"_s});
    QVERIFY(m_recorder->hereNow.value(ids.at(2)).fromCache);
    QCOMPARE(m_recorder->errors.value(ids.at(3)).kind(), PresenceError::Kind::InvalidInput);
    QCOMPARE(m_recorder->errors.value(ids.at(4)).kind(), PresenceError::Kind::AccessDenied);
    QCOMPARE(m_recorder->events.value(ids.at(5)), QStringList{u"getState"_s});
    QCOMPARE(m_recorder->events.value(ids.at(6)), QStringList{u"heartbeat"_s});
    QCOMPARE(m_recorder->errors.value(slow).kind(), PresenceError::Kind::Cancelled);
    QCOMPARE(m_recorder->errors.value(ids.at(8)).kind(), PresenceError::Kind::NotFound);
}

void TestPresenceService::allPagesMergesThreePages()
{
    m_server->setHandler([](const RecordedRequest &request) -> std::optional<ScriptedResponse> {
        const int offset = request.queryValue("offset").toInt();
        const int limit = request.queryValue("limit").toInt();
        return ScriptedResponse::json(crowdPage(2500, offset, limit));
    });

    Presence::HereNowQuery query;
    query.channels = {u"crowd"_s};
    query.allPages = true;
    const RequestId id = m_service->hereNow(query);
    QVERIFY(m_recorder->waitFor(id));
    QCOMPARE(m_recorder->events.value(id), QStringList{u"hereNow"_s});

    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).rawQueryValue("limit"), QByteArray("1000"));
    QVERIFY(!requests.at(0).hasQueryItem("offset"));
    QCOMPARE(requests.at(1).rawQueryValue("offset"), QByteArray("1000"));
    QCOMPARE(requests.at(2).rawQueryValue("offset"), QByteArray("2000"));

    const Presence::HereNowResult result = m_recorder->hereNow.value(id);
    QCOMPARE(result.channels.size(), 1);
    const Presence::HereNowChannel &crowd = result.channels.constFirst();
    QCOMPARE(crowd.occupancy, 2500);
    QCOMPARE(crowd.occupants.size(), 2500);
    QCOMPARE(crowd.occupants.first().user_id, u"user-0000"_s);
    QCOMPARE(crowd.occupants.at(1000).user_id, u"user-1000"_s);
    QCOMPARE(crowd.occupants.last().user_id, u"user-2499"_s);
}

void TestPresenceService::allPagesSeveralChannels()
{
    // Two channels: `big` has 1500 occupants and `small` 2, so `small` runs out on page one.
    m_server->setHandler([](const RecordedRequest &request) -> std::optional<ScriptedResponse> {
        const int offset = request.queryValue("offset").toInt();
        const int limit = request.queryValue("limit").toInt();
        auto uuids = [offset, limit](const QString &prefix, int occupancy) {
            QByteArray list;
            for (int i = offset; i < qMin(occupancy, offset + limit); ++i) {
                if (!list.isEmpty())
                    list.append(',');
                list.append('"' + prefix.toUtf8() + QByteArray::number(i) + '"');
            }
            return list;
        };
        return ScriptedResponse::json(
            R"({"message":"OK","payload":{"channels":{"big":{"occupancy":1500,"uuids":[)"
            + uuids(u"b"_s, 1500) + R"(]},"small":{"occupancy":2,"uuids":[)" + uuids(u"s"_s, 2)
            + R"(]}},"total_channels":2,"total_occupancy":1502},"service":"Presence","status":200})");
    });

    Presence::HereNowQuery query;
    query.channels = {u"big"_s, u"small"_s};
    query.allPages = true;
    const RequestId id = m_service->hereNow(query);
    QVERIFY(m_recorder->waitFor(id));
    QCOMPARE(m_server->requestCount(), 2);

    const Presence::HereNowResult result = m_recorder->hereNow.value(id);
    QCOMPARE(result.total_occupancy, 1502);
    QVERIFY(result.channel(u"big"_s));
    QVERIFY(result.channel(u"small"_s));
    QCOMPARE(result.channel(u"big"_s)->occupants.size(), 1500);
    QCOMPARE(result.channel(u"small"_s)->occupants.size(), 2);
}

void TestPresenceService::allPagesStopsWhenPageAddsNothing()
{
    // The server claims 5000 occupants but lists the same first page for every offset.
    m_server->setDefaultResponse(ScriptedResponse::json(crowdPage(5000, 0, 1000)));

    Presence::HereNowQuery query;
    query.channels = {u"crowd"_s};
    query.allPages = true;
    const RequestId id = m_service->hereNow(query);
    QVERIFY(m_recorder->waitFor(id));
    QCOMPARE(m_recorder->events.value(id), QStringList{u"hereNow"_s});
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_recorder->hereNow.value(id).channels.constFirst().occupants.size(), 1000);
}

void TestPresenceService::logsAndSignalsOmitSecrets()
{
    const QString authKey = u"AUTH-TOKEN-1234567"_s;
    const QString secretKey = u"SECRET-KEY-7654321"_s;
    Presence::ClientConfig config = m_service->config();
    config.authKey = authKey;
    config.secretKey = secretKey;
    m_service->setConfig(config);
    m_service->setRetryPolicy(fastRetries(1));

    m_server->enqueue(ScriptedResponse::text(503, "<html>busy</html>"));
    m_server->enqueue(ScriptedResponse::json(DeniedBody, 403));
    ScriptedResponse closed;
    closed.closeWithoutAnswer = true;
    m_server->setDefaultResponse(closed);

    QSignalSpy sent(m_service.get(), &Presence::PresenceService::requestSent);
    QVERIFY(sent.isValid());

    capturedMessages.clear();
    QLoggingCategory::setFilterRules(u"presence.*.debug=true"_s);
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    const RequestId denied = m_service->hereNow(channelsQuery({u"a"_s}));
    const bool deniedAnswered = m_recorder->waitFor(denied);
    const RequestId unreachable = m_service->whereNow();
    const bool unreachableAnswered = m_recorder->waitFor(unreachable);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QVERIFY(deniedAnswered);
    QVERIFY(unreachableAnswered);
    QCOMPARE(m_recorder->errors.value(denied).kind(), PresenceError::Kind::AccessDenied);
    QCOMPARE(m_recorder->errors.value(unreachable).kind(), PresenceError::Kind::Network);
    QVERIFY(!m_recorder->errors.value(unreachable).message().contains(authKey));

    // The key reached the server, so its absence from the logs is not an accident.
    QCOMPARE(m_server->requests().constFirst().queryValue("auth"), authKey);

    QVERIFY(!capturedMessages.isEmpty());
    const QString retryLine = capturedMessages.filter(u"retry 1"_s).value(0);
    QVERIFY2(retryLine.contains(u"request %1"_s.arg(denied)), qPrintable(retryLine));
    for (const QString &message : std::as_const(capturedMessages)) {
        QVERIFY2(!message.contains(authKey), qPrintable(message));
        QVERIFY2(!message.contains(secretKey), qPrintable(message));
        QVERIFY2(!message.contains(u"signature=v2"_s), qPrintable(message));
    }

    QVERIFY(sent.count() >= 3);
    for (const QList<QVariant> &arguments : std::as_const(sent)) {
        const QByteArray path = arguments.at(1).toByteArray();
        QVERIFY2(path.startsWith("/v2/presence/"), path.constData());
        QVERIFY2(!path.contains('?'), path.constData());
    }
}

QTEST_GUILESS_MAIN(TestPresenceService)

#include "tst_presenceservice.moc"
