// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "requestbuilder.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Presence;

namespace {

const QByteArray Pnsdk = "PresenceDashboard%2Ftest";
// The parameters every request ends with, for user id `tester` and request id `req-1`.
const QByteArray CommonQuery = "uuid=tester&pnsdk=" + Pnsdk + "&requestid=req-1";

ClientConfig testConfig()
{
    ClientConfig config;
    config.origin = u"https://ps.pndsn.com"_s;
    config.subscribeKey = u"sub-c-demo"_s;
    config.userId = u"tester"_s;
    config.pnsdk = u"PresenceDashboard/test"_s;
    return config;
}

RequestBuilder testBuilder(const ClientConfig &config = testConfig())
{
    RequestBuilder builder(config);
    builder.setFixedRequestId(u"req-1"_s);
    builder.setFixedTimestamp(1767225600);
    return builder;
}

QList<QPair<QByteArray, QByteArray>> splitQuery(const QByteArray &query)
{
    QList<QPair<QByteArray, QByteArray>> parameters;
    const QList<QByteArray> pairs = query.split('&');
    for (const QByteArray &pair : pairs) {
        const qsizetype equals = pair.indexOf('=');
        parameters.append({pair.left(equals), pair.mid(equals + 1)});
    }
    return parameters;
}

} // namespace

class TestRequestBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultPnsdk();
    void percentEncodeNames_data();
    void percentEncodeNames();
    void encodeListJoinsWithRawComma();

    void hereNowRequests_data();
    void hereNowRequests();
    void hereNowSingleChannelHint();
    void whereNowRequests();
    void setStateRequests_data();
    void setStateRequests();
    void getStateRequests();
    void heartbeatRequests();
    void leaveRequests();
    void registryRequests_data();
    void registryRequests();
    void authKeyAppended();
    void requestIdRandomByDefault();
    void isReadByOperation();

    void urlKeepsEncodedBytes_data();
    void urlKeepsEncodedBytes();
    void originNormalised_data();
    void originNormalised();

    void signatureVectors_data();
    void signatureVectors();
    void signatureIgnoresSignatureParameter();
    void signedRequest();
    void signedRequestWithoutPublishKey();
    void signedRequestTildeInQuery();
};

void TestRequestBuilder::defaultPnsdk()
{
    QCOMPARE(ClientConfig::defaultPnsdk(), u"PresenceDashboard/" PRESENCE_VERSION ""_s);
    QCOMPARE(ClientConfig().pnsdk, ClientConfig::defaultPnsdk());
}

void TestRequestBuilder::percentEncodeNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("encoded");

    QTest::addRow("hash") << u"base#42"_s << "base%2342"_ba;
    QTest::addRow("plus, question mark, tilde") << u"a+b?c~d"_s << "a%2Bb%3Fc~d"_ba;
    QTest::addRow("utf-8") << u"zoë-東京"_s << "zo%C3%AB-%E6%9D%B1%E4%BA%AC"_ba;
    QTest::addRow("parentheses") << u"user(1953)"_s << "user%281953%29"_ba;
    QTest::addRow("slash") << u"a/b"_s << "a%2Fb"_ba;
    QTest::addRow("space") << u"lobby one"_s << "lobby%20one"_ba;
    QTest::addRow("unreserved kept") << u"Az09-_.~"_s << "Az09-_.~"_ba;
    QTest::addRow("sub-delimiters") << u"!*'(),;:@&=$"_s
                                    << "%21%2A%27%28%29%2C%3B%3A%40%26%3D%24"_ba;
    QTest::addRow("percent and brackets") << u"50%[x]{y}"_s << "50%25%5Bx%5D%7By%7D"_ba;
    QTest::addRow("control byte") << u"a\tb"_s << "a%09b"_ba;
    QTest::addRow("empty") << QString() << QByteArray();
}

void TestRequestBuilder::percentEncodeNames()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, encoded);

    QCOMPARE(percentEncode(name), encoded);
    QCOMPARE(percentEncode(name.toUtf8()), encoded);
}

void TestRequestBuilder::encodeListJoinsWithRawComma()
{
    QCOMPARE(encodeList({u"a/b"_s, u"base#42"_s, u"lobby one"_s}), "a%2Fb,base%2342,lobby%20one"_ba);
    QCOMPARE(encodeList({u"solo"_s}), "solo"_ba);
    QCOMPARE(encodeList({}), QByteArray());
}

void TestRequestBuilder::hereNowRequests_data()
{
    QTest::addColumn<QStringList>("channels");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<bool>("includeState");
    QTest::addColumn<bool>("includeUserIds");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("query");

    const QByteArray base = "/v2/presence/sub-key/sub-c-demo";
    QTest::addRow("one channel") << QStringList{u"base#42"_s} << QStringList() << false << true
                                 << -1 << 0 << base + "/channel/base%2342" << CommonQuery;
    QTest::addRow("two channels with special characters")
        << QStringList{u"a+b?c~d"_s, u"zoë-東京"_s} << QStringList() << false << true << -1 << 0
        << base + "/channel/a%2Bb%3Fc~d,zo%C3%AB-%E6%9D%B1%E4%BA%AC" << CommonQuery;
    QTest::addRow("groups only")
        << QStringList() << QStringList{u"ops:kitchen"_s, u"user(1953)"_s} << false << true << -1
        << 0 << base + "/channel/,"
        << "channel-group=ops%3Akitchen,user%281953%29&" + CommonQuery;
    QTest::addRow("channels and groups")
        << QStringList{u"a/b"_s} << QStringList{u"restaurant"_s} << false << true << -1 << 0
        << base + "/channel/a%2Fb" << "channel-group=restaurant&" + CommonQuery;
    QTest::addRow("global") << QStringList() << QStringList() << false << true << -1 << 0 << base
                            << CommonQuery;
    QTest::addRow("global occupancy only with limit")
        << QStringList() << QStringList() << false << false << 1000 << 0 << base
        << "disable_uuids=1&limit=1000&" + CommonQuery;
    QTest::addRow("state, limit and offset")
        << QStringList{u"lobby one"_s} << QStringList() << true << true << 3 << 6
        << base + "/channel/lobby%20one" << "state=1&limit=3&offset=6&" + CommonQuery;
    QTest::addRow("limit 0, offset 0 omitted")
        << QStringList{u"lobby"_s} << QStringList() << false << true << 0 << 0
        << base + "/channel/lobby" << "limit=0&" + CommonQuery;
    QTest::addRow("offset without limit")
        << QStringList{u"lobby"_s} << QStringList() << false << true << -1 << 5
        << base + "/channel/lobby" << "offset=5&" + CommonQuery;
    QTest::addRow("every flag")
        << QStringList{u"lobby"_s} << QStringList{u"g"_s} << true << false << 10 << 20
        << base + "/channel/lobby"
        << "channel-group=g&disable_uuids=1&state=1&limit=10&offset=20&" + CommonQuery;
}

void TestRequestBuilder::hereNowRequests()
{
    QFETCH(QStringList, channels);
    QFETCH(QStringList, groups);
    QFETCH(bool, includeState);
    QFETCH(bool, includeUserIds);
    QFETCH(int, limit);
    QFETCH(int, offset);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, query);

    HereNowQuery hereNow;
    hereNow.channels = channels;
    hereNow.channelGroups = groups;
    hereNow.includeState = includeState;
    hereNow.includeUserIds = includeUserIds;
    hereNow.limit = limit;
    hereNow.offset = offset;
    const PresenceRequest request = testBuilder().hereNow(hereNow);

    QCOMPARE(request.operation, PresenceRequest::Operation::HereNow);
    QCOMPARE(request.origin, "https://ps.pndsn.com"_ba);
    QCOMPARE(request.path, path);
    QCOMPARE(request.encodedQuery(), query);
    QCOMPARE(request.pathAndQuery(), path + '?' + query);
}

void TestRequestBuilder::hereNowSingleChannelHint()
{
    HereNowQuery query;
    query.channels = {u"zoë-東京"_s};
    QCOMPARE(testBuilder().hereNow(query).singleChannel, u"zoë-東京"_s);

    query.channelGroups = {u"g"_s};
    QCOMPARE(testBuilder().hereNow(query).singleChannel, QString());

    query.channelGroups.clear();
    query.channels = {u"a"_s, u"b"_s};
    QCOMPARE(testBuilder().hereNow(query).singleChannel, QString());

    query.channels.clear();
    QCOMPARE(testBuilder().hereNow(query).singleChannel, QString());
}

void TestRequestBuilder::whereNowRequests()
{
    const PresenceRequest other = testBuilder().whereNow(u"user(1953)"_s);
    QCOMPARE(other.operation, PresenceRequest::Operation::WhereNow);
    QCOMPARE(other.pathAndQuery(),
             "/v2/presence/sub-key/sub-c-demo/uuid/user%281953%29?" + CommonQuery);

    const PresenceRequest self = testBuilder().whereNow({});
    QCOMPARE(self.path, "/v2/presence/sub-key/sub-c-demo/uuid/tester"_ba);
}

void TestRequestBuilder::setStateRequests_data()
{
    QTest::addColumn<QStringList>("channels");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QByteArray>("state");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray base = "/v2/presence/sub-key/sub-c-demo/channel/";
    QTest::addRow("plus, question mark and tilde in state")
        << QStringList{u"lobby"_s} << QStringList() << QString()
        << R"({"q":"a+b?c~d"})"_ba
        << base + "lobby/uuid/tester/data?state=%7B%22q%22%3A%22a%2Bb%3Fc~d%22%7D&" + CommonQuery;
    QTest::addRow("spaces and utf-8 in state, other user")
        << QStringList{u"zoë-東京"_s, u"base#42"_s} << QStringList() << u"lobby one"_s
        << R"({"name": "Zoë"})"_ba
        << base + "zo%C3%AB-%E6%9D%B1%E4%BA%AC,base%2342/uuid/lobby%20one/data"
               "?state=%7B%22name%22%3A%20%22Zo%C3%AB%22%7D&" + CommonQuery;
    QTest::addRow("groups only")
        << QStringList() << QStringList{u"restaurant"_s} << QString() << "{}"_ba
        << base + ",/uuid/tester/data?state=%7B%7D&channel-group=restaurant&" + CommonQuery;
}

void TestRequestBuilder::setStateRequests()
{
    QFETCH(QStringList, channels);
    QFETCH(QStringList, groups);
    QFETCH(QString, userId);
    QFETCH(QByteArray, state);
    QFETCH(QByteArray, expected);

    SetStateQuery query;
    query.channels = channels;
    query.channelGroups = groups;
    query.userId = userId;
    query.stateJson = state;
    const PresenceRequest request = testBuilder().setState(query);

    QCOMPARE(request.operation, PresenceRequest::Operation::SetState);
    QCOMPARE(request.pathAndQuery(), expected);
}

void TestRequestBuilder::getStateRequests()
{
    StateQuery query;
    query.channels = {u"a/b"_s};
    PresenceRequest request = testBuilder().getState(query);
    QCOMPARE(request.operation, PresenceRequest::Operation::GetState);
    QCOMPARE(request.pathAndQuery(),
             "/v2/presence/sub-key/sub-c-demo/channel/a%2Fb/uuid/tester?" + CommonQuery);
    QCOMPARE(request.singleChannel, u"a/b"_s);

    query.channels = {u"a"_s, u"b"_s};
    query.channelGroups = {u"ops:kitchen"_s};
    query.userId = u"base#42"_s;
    request = testBuilder().getState(query);
    QCOMPARE(request.pathAndQuery(),
             "/v2/presence/sub-key/sub-c-demo/channel/a,b/uuid/base%2342?"
             "channel-group=ops%3Akitchen&" + CommonQuery);
    QCOMPARE(request.singleChannel, QString());

    query.channels.clear();
    request = testBuilder().getState(query);
    QCOMPARE(request.path, "/v2/presence/sub-key/sub-c-demo/channel/,/uuid/base%2342"_ba);
}

void TestRequestBuilder::heartbeatRequests()
{
    HeartbeatQuery query;
    query.channels = {u"lobby"_s, u"a+b?c~d"_s};
    PresenceRequest request = testBuilder().heartbeat(query);
    QCOMPARE(request.operation, PresenceRequest::Operation::Heartbeat);
    QCOMPARE(request.pathAndQuery(),
             "/v2/presence/sub-key/sub-c-demo/channel/lobby,a%2Bb%3Fc~d/heartbeat?heartbeat=300&"
                 + CommonQuery);

    query.channels.clear();
    query.channelGroups = {u"restaurant"_s};
    query.presenceTimeoutSeconds = 60;
    query.stateJson = R"({"restaurant":{"seat":4}})"_ba;
    request = testBuilder().heartbeat(query);
    QCOMPARE(request.pathAndQuery(),
             "/v2/presence/sub-key/sub-c-demo/channel/,/heartbeat?heartbeat=60"
             "&channel-group=restaurant&state=%7B%22restaurant%22%3A%7B%22seat%22%3A4%7D%7D&"
                 + CommonQuery);
}

void TestRequestBuilder::leaveRequests()
{
    PresenceRequest request = testBuilder().leave({u"lobby one"_s}, {});
    QCOMPARE(request.operation, PresenceRequest::Operation::Leave);
    QCOMPARE(request.pathAndQuery(),
             "/v2/presence/sub-key/sub-c-demo/channel/lobby%20one/leave?" + CommonQuery);

    request = testBuilder().leave({}, {u"g1"_s, u"g2"_s});
    QCOMPARE(request.pathAndQuery(),
             "/v2/presence/sub-key/sub-c-demo/channel/,/leave?channel-group=g1,g2&" + CommonQuery);
}

void TestRequestBuilder::registryRequests_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray base = "/v1/channel-registration/sub-key/sub-c-demo/channel-group";
    QTest::addRow("list groups") << int(PresenceRequest::Operation::ListChannelGroups)
                                 << base + "?" + CommonQuery;
    QTest::addRow("list channels") << int(PresenceRequest::Operation::ListGroupChannels)
                                   << base + "/ops%3Akitchen?" + CommonQuery;
    QTest::addRow("add channels") << int(PresenceRequest::Operation::AddChannelsToGroup)
                                  << base + "/ops%3Akitchen?add=a%2Fb,zo%C3%AB-%E6%9D%B1%E4%BA%AC&"
                                         + CommonQuery;
    QTest::addRow("remove channels") << int(PresenceRequest::Operation::RemoveChannelsFromGroup)
                                     << base + "/ops%3Akitchen?remove=a%2Fb,zo%C3%AB-%E6%9D%B1%E4%BA%AC&"
                                            + CommonQuery;
    QTest::addRow("delete group") << int(PresenceRequest::Operation::DeleteChannelGroup)
                                  << base + "/ops%3Akitchen/remove?" + CommonQuery;
}

void TestRequestBuilder::registryRequests()
{
    QFETCH(int, operation);
    QFETCH(QByteArray, expected);

    const RequestBuilder builder = testBuilder();
    const QString group = u"ops:kitchen"_s;
    const QStringList channels{u"a/b"_s, u"zoë-東京"_s};
    PresenceRequest request;
    switch (PresenceRequest::Operation(operation)) {
    case PresenceRequest::Operation::ListChannelGroups:
        request = builder.listChannelGroups();
        break;
    case PresenceRequest::Operation::ListGroupChannels:
        request = builder.listGroupChannels(group);
        break;
    case PresenceRequest::Operation::AddChannelsToGroup:
        request = builder.addChannelsToGroup(group, channels);
        break;
    case PresenceRequest::Operation::RemoveChannelsFromGroup:
        request = builder.removeChannelsFromGroup(group, channels);
        break;
    case PresenceRequest::Operation::DeleteChannelGroup:
        request = builder.deleteChannelGroup(group);
        break;
    default:
        QFAIL("unexpected operation in the test table");
    }

    QCOMPARE(int(request.operation), operation);
    QCOMPARE(request.pathAndQuery(), expected);
}

void TestRequestBuilder::authKeyAppended()
{
    ClientConfig config = testConfig();
    config.authKey = u"tok+en/=="_s;
    const PresenceRequest request = testBuilder(config).whereNow({});
    QCOMPARE(request.encodedQuery(), CommonQuery + "&auth=tok%2Ben%2F%3D%3D");
}

void TestRequestBuilder::requestIdRandomByDefault()
{
    const RequestBuilder builder(testConfig());
    const PresenceRequest first = builder.whereNow({});
    const PresenceRequest second = builder.whereNow({});

    QCOMPARE(first.query.at(2).first, "requestid"_ba);
    QCOMPARE(first.query.at(2).second.size(), 36);
    QVERIFY(first.query.at(2).second != second.query.at(2).second);
    // Without a secret key there is no timestamp and no signature.
    QCOMPARE(first.query.size(), 3);
}

void TestRequestBuilder::isReadByOperation()
{
    const RequestBuilder builder = testBuilder();
    QVERIFY(builder.hereNow({}).isRead());
    QVERIFY(builder.whereNow({}).isRead());
    QVERIFY(builder.getState({}).isRead());
    QVERIFY(builder.heartbeat({}).isRead());
    QVERIFY(builder.leave({u"a"_s}, {}).isRead());
    QVERIFY(builder.listChannelGroups().isRead());
    QVERIFY(builder.listGroupChannels(u"g"_s).isRead());
    QVERIFY(!builder.setState({}).isRead());
    QVERIFY(!builder.addChannelsToGroup(u"g"_s, {u"a"_s}).isRead());
    QVERIFY(!builder.removeChannelsFromGroup(u"g"_s, {u"a"_s}).isRead());
    QVERIFY(!builder.deleteChannelGroup(u"g"_s).isRead());
}

void TestRequestBuilder::urlKeepsEncodedBytes_data()
{
    QTest::addColumn<QStringList>("channels");
    QTest::addColumn<QByteArray>("state");

    QTest::addRow("hash and plus") << QStringList{u"base#42"_s, u"a+b?c~d"_s} << "{}"_ba;
    QTest::addRow("utf-8 and space") << QStringList{u"zoë-東京"_s, u"lobby one"_s}
                                     << R"({"city": "東京"})"_ba;
    QTest::addRow("slash and parentheses")
        << QStringList{u"a/b"_s, u"user(1953)"_s} << R"({"q":"50% [off] ~ +1?"})"_ba;
}

void TestRequestBuilder::urlKeepsEncodedBytes()
{
    QFETCH(QStringList, channels);
    QFETCH(QByteArray, state);

    ClientConfig config = testConfig();
    config.secretKey = u"sec-test"_s;
    SetStateQuery query;
    query.channels = channels;
    query.stateJson = state;
    const PresenceRequest request = testBuilder(config).setState(query);

    const QUrl url = request.url();
    QVERIFY2(url.isValid(), qPrintable(url.errorString()));
    QCOMPARE(url.toEncoded(), request.origin + request.pathAndQuery());
    QCOMPARE(url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority), request.pathAndQuery());
}

void TestRequestBuilder::originNormalised_data()
{
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QByteArray>("encoded");

    QTest::addRow("default") << u"https://ps.pndsn.com"_s << "https://ps.pndsn.com"_ba;
    QTest::addRow("trailing slash and case") << u" HTTPS://PS.Pndsn.com/ "_s
                                             << "https://ps.pndsn.com"_ba;
    QTest::addRow("loopback with port") << u"http://127.0.0.1:8090/"_s
                                        << "http://127.0.0.1:8090"_ba;
    QTest::addRow("ipv6 loopback") << u"http://[::1]:8090"_s << "http://[::1]:8090"_ba;
    QTest::addRow("bare host") << u"ps.pndsn.com"_s << "https://ps.pndsn.com"_ba;
}

void TestRequestBuilder::originNormalised()
{
    QFETCH(QString, origin);
    QFETCH(QByteArray, encoded);

    ClientConfig config = testConfig();
    config.origin = origin;
    QCOMPARE(config.encodedOrigin(), encoded);
    QCOMPARE(testBuilder(config).whereNow({}).url().toEncoded(),
             encoded + "/v2/presence/sub-key/sub-c-demo/uuid/tester?" + CommonQuery);
}

void TestRequestBuilder::signatureVectors_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("publishKey");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("signature");

    QTest::addRow("publish with a JSON string")
        << "secKey"_ba << "pubKey"_ba << "/publish/pubKey/subKey/0/my_channel/0/%22hello%21%22"_ba
        << "pnsdk=PubNub-Rust&store=1&timestamp=1679642098&ttl=10&uuid=userId"_ba
        << "v2.AHl5lMpzyT4qcvvlqaszCjTUqU6dPb10a4_XSaYCNIQ"_ba;
    QTest::addRow("objects with latency parameters")
        << "sec-c-MmUxNTZjMmYtNzFkNS00OAkzLWE2YjctNmQ4YzE5NWNmZDA3"_ba
        << "pub-c-03f156ea-a2e9-4c35-a733-9535824be897"_ba
        << "/v1/objects/sub-c-d7da9e59-c997-11e9-a139-dab2c75acd6f/spaces/pandu-ut-sid/users"_ba
        << "l_obj=0.4545555556&l_pam=1.145&pnsdk=PubNubCSharp4.0.34.0"
           "&requestid=19e1dee9-2f87-45d6-97e5-3f4d3f9779a2&timestamp=1568724043&uuid=mytestuuid"_ba
        << "v2.TcZdUURiXAnxJgN4OLPczxzH4MQO87l-yKfE4fyUHGc"_ba;
}

void TestRequestBuilder::signatureVectors()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, publishKey);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, signature);

    QList<QPair<QByteArray, QByteArray>> parameters = splitQuery(query);
    QCOMPARE(RequestBuilder::signV2(secret, publishKey, "GET", path, parameters), signature);

    // Sending order must not matter: the signature sorts the parameters itself.
    std::reverse(parameters.begin(), parameters.end());
    QCOMPARE(RequestBuilder::signV2(secret, publishKey, "GET", path, parameters), signature);
}

void TestRequestBuilder::signatureIgnoresSignatureParameter()
{
    QList<QPair<QByteArray, QByteArray>> parameters =
        splitQuery("pnsdk=PubNub-Rust&store=1&timestamp=1679642098&ttl=10&uuid=userId");
    parameters.append({"signature"_ba, "v2.stale"_ba});
    QCOMPARE(RequestBuilder::signV2("secKey", "pubKey", "GET",
                                    "/publish/pubKey/subKey/0/my_channel/0/%22hello%21%22",
                                    parameters),
             "v2.AHl5lMpzyT4qcvvlqaszCjTUqU6dPb10a4_XSaYCNIQ"_ba);
}

void TestRequestBuilder::signedRequest()
{
    ClientConfig config = testConfig();
    config.publishKey = u"pub-c-demo"_s;
    config.secretKey = u"sec-c-demo"_s;
    config.authKey = u"auth-1"_s;
    HereNowQuery query;
    query.channels = {u"a+b?c~d"_s};
    query.includeState = true;
    const PresenceRequest request = testBuilder(config).hereNow(query);

    QCOMPARE(request.path, "/v2/presence/sub-key/sub-c-demo/channel/a%2Bb%3Fc~d"_ba);
    const QByteArray unsigned_ =
        "state=1&" + CommonQuery + "&auth=auth-1&timestamp=1767225600";
    const QByteArray signedPrefix = unsigned_ + "&signature=v2.";
    QVERIFY(request.encodedQuery().startsWith(signedPrefix));
    QCOMPARE(request.query.constLast().first, "signature"_ba);

    // Independently computed: HMAC-SHA256 over "GET\npub-c-demo\n<path>\n<sorted query>\n".
    QCOMPARE(request.query.constLast().second,
             "v2.gzWTQFA6tUZtW5dqjJCpsUzeHQcyQmP-8EplIny1BO0"_ba);
    QCOMPARE(request.query.constLast().second,
             RequestBuilder::signV2("sec-c-demo", "pub-c-demo", "GET", request.path,
                                    splitQuery(unsigned_)));
}

void TestRequestBuilder::signedRequestWithoutPublishKey()
{
    ClientConfig config = testConfig();
    config.secretKey = u"sec-c-demo"_s;
    const PresenceRequest request = testBuilder(config).whereNow(u"user(1953)"_s);

    QCOMPARE(request.query.constLast().second,
             "v2.B41Zg9FztUI8-KwFyFEyuCTUYHC1MoIxObQ1-5jmfi0"_ba);
}

void TestRequestBuilder::signedRequestTildeInQuery()
{
    ClientConfig config = testConfig();
    config.publishKey = u"pub-c-demo"_s;
    config.secretKey = u"sec-c-demo"_s;
    config.authKey = u"tok~en"_s;
    SetStateQuery query;
    query.channels = {u"a+b?c~d"_s};
    query.stateJson = R"({"q":"a~b"})";
    const PresenceRequest request = testBuilder(config).setState(query);

    // The tilde goes out raw in the path and the query, as QUrl would send it anyway.
    QCOMPARE(request.path, "/v2/presence/sub-key/sub-c-demo/channel/a%2Bb%3Fc~d/uuid/tester/data"_ba);
    QCOMPARE(request.query.at(0).second, "%7B%22q%22%3A%22a~b%22%7D"_ba);
    QCOMPARE(request.query.at(4).second, "tok~en"_ba);
    QCOMPARE(request.url().toEncoded(), request.origin + request.pathAndQuery());

    // Independently computed, with `%7E` for each tilde in the canonical query only.
    QCOMPARE(request.query.constLast().first, "signature"_ba);
    QCOMPARE(request.query.constLast().second, "v2.EW2tUi9CwjHv8UbwlV1200I3wwAzDRaJfUjI3CK6rTQ"_ba);

    QList<QPair<QByteArray, QByteArray>> strict = request.query;
    strict.removeLast();
    for (auto &parameter : strict)
        parameter.second.replace('~', "%7E");
    QCOMPARE(RequestBuilder::signV2("sec-c-demo", "pub-c-demo", "GET", request.path, strict),
             request.query.constLast().second);
}

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
