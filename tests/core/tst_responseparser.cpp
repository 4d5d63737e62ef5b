// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "responseparser.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Presence;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(PRESENCE_TEST_DATA_DIR) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("missing fixture %s", qPrintable(name));
        return {};
    }
    return file.readAll();
}

StateValue jsonState(const QByteArray &json)
{
    if (json.isEmpty())
        return StateValue();
    return StateValue::fromJson(QJsonDocument::fromJson(json).object());
}

// Occupants as (user id, compact state JSON or empty for no state), channels as (name, occupancy).
using Occupants = QList<QPair<QString, QByteArray>>;
using ChannelSpec = QPair<QString, int>;

} // namespace

class TestResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void hereNowSingle_data();
    void hereNowSingle();
    void hereNowSingleStringState();
    void hereNowMulti_data();
    void hereNowMulti();
    void hereNowOccupantsPerChannel();
    void hereNowUnicodeEscapes();

    void whereNow_data();
    void whereNow();

    void setState_data();
    void setState();
    void setStateNotJson();

    void getState_data();
    void getState();

    void acknowledgement_data();
    void acknowledgement();
    void channelGroups_data();
    void channelGroups();
    void groupChannels_data();
    void groupChannels();

    void errorFor_data();
    void errorFor();
    void errorForRetryAfterDate();
    void errorForSuccessBodies_data();
    void errorForSuccessBodies();
    void parsersReportErrorBodies_data();
    void parsersReportErrorBodies();
    void parsersRejectMalformed_data();
    void parsersRejectMalformed();
    void parserClearsPreviousError();
};

void TestResponseParser::initTestCase()
{
    QVERIFY2(!fixture(u"heartbeat-compact.json"_s).isEmpty(), "the fixtures folder is not found");
}

void TestResponseParser::hereNowSingle_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("occupancy");
    QTest::addColumn<Occupants>("occupants");

    QTest::addRow("legacy strings") << u"herenow-single-legacy.json"_s << 2
                                    << Occupants{{u"driver-7"_s, {}}, {u"rider-12"_s, {}}};
    QTest::addRow("compact strings")
        << u"herenow-single-compact.json"_s << 3
        << Occupants{{u"nadia"_s, {}}, {u"omar"_s, {}}, {u"li"_s, {}}};
    QTest::addRow("legacy objects with and without state")
        << u"herenow-single-objects-legacy.json"_s << 2
        << Occupants{{u"nadia"_s, {}}, {u"omar"_s, R"({"mood":"busy","seat":4})"_ba}};
    QTest::addRow("compact objects with and without state")
        << u"herenow-single-objects-compact.json"_s << 2
        << Occupants{{u"omar"_s, R"({"level":9})"_ba}, {u"nadia"_s, {}}};
    QTest::addRow("empty channel") << u"herenow-single-empty.json"_s << 0 << Occupants{};
    QTest::addRow("occupancy only, no uuids key")
        << u"herenow-single-occupancy-only.json"_s << 5 << Occupants{};
}

void TestResponseParser::hereNowSingle()
{
    QFETCH(QString, file);
    QFETCH(int, occupancy);
    QFETCH(Occupants, occupants);

    PresenceError error;
    const HereNowResult result = ResponseParser::parseHereNow(fixture(file), u"lobby"_s, &error);

    QCOMPARE(error.kind(), PresenceError::Kind::None);
    QCOMPARE(result.total_channels, 1);
    QCOMPARE(result.total_occupancy, occupancy);
    QCOMPARE(result.channels.size(), 1);
    const HereNowChannel &channel = result.channels.constFirst();
    QCOMPARE(channel.name, u"lobby"_s);
    QCOMPARE(channel.occupancy, occupancy);
    QCOMPARE(channel.occupants.size(), occupants.size());
    for (qsizetype i = 0; i < occupants.size(); ++i) {
        QCOMPARE(channel.occupants.at(i).user_id, occupants.at(i).first);
        QCOMPARE(channel.occupants.at(i).state, jsonState(occupants.at(i).second));
    }
    QVERIFY(result.fetchedAt.isValid());
    QVERIFY(result.channel(u"lobby"_s) != nullptr);
}

void TestResponseParser::hereNowSingleStringState()
{
    const HereNowResult result =
        ResponseParser::parseHereNow(fixture(u"herenow-single-string-state.json"_s), u"lobby"_s);

    QCOMPARE(result.channels.size(), 1);
    const HereNowUser &user = result.channels.constFirst().occupants.constFirst();
    QCOMPARE(user.user_id, u"kai"_s);
    QVERIFY(!user.state.isRaw());
    QCOMPARE(user.state.json(), QJsonValue(u"away"_s));
    QCOMPARE(user.state.toCompactJson(), R"("away")"_ba);
}

void TestResponseParser::hereNowMulti_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("totalChannels");
    QTest::addColumn<int>("totalOccupancy");
    QTest::addColumn<QList<ChannelSpec>>("channels");

    QTest::addRow("legacy two channels")
        << u"herenow-multi-legacy.json"_s << 2 << 3
        << QList<ChannelSpec>{{u"alpha-room"_s, 2}, {u"zulu-room"_s, 1}};
    QTest::addRow("compact group with state")
        << u"herenow-group-state-compact.json"_s << 2 << 3
        << QList<ChannelSpec>{{u"tables-1"_s, 2}, {u"tables-2"_s, 1}};
    QTest::addRow("compact group occupancy only")
        << u"herenow-group-occupancy-compact.json"_s << 2 << 6
        << QList<ChannelSpec>{{u"tables-1"_s, 2}, {u"tables-3"_s, 4}};
    QTest::addRow("legacy global")
        << u"herenow-global-legacy.json"_s << 3 << 10
        << QList<ChannelSpec>{{u"gate-a"_s, 1}, {u"gate-b"_s, 2}, {u"gate-c"_s, 7}};
    QTest::addRow("global empty key")
        << u"herenow-global-empty.json"_s << 0 << 0 << QList<ChannelSpec>{};
}

void TestResponseParser::hereNowMulti()
{
    QFETCH(QString, file);
    QFETCH(int, totalChannels);
    QFETCH(int, totalOccupancy);
    QFETCH(QList<ChannelSpec>, channels);

    PresenceError error;
    // The hint must not matter for shape B: the body names every channel.
    const HereNowResult result =
        ResponseParser::parseHereNow(fixture(file), u"not-in-body"_s, &error);

    QCOMPARE(error.kind(), PresenceError::Kind::None);
    QCOMPARE(result.total_channels, totalChannels);
    QCOMPARE(result.total_occupancy, totalOccupancy);
    QCOMPARE(result.channels.size(), channels.size());
    for (qsizetype i = 0; i < channels.size(); ++i) {
        QCOMPARE(result.channels.at(i).name, channels.at(i).first);
        QCOMPARE(result.channels.at(i).occupancy, channels.at(i).second);
    }
    QCOMPARE(result.channel(u"not-in-body"_s), nullptr);
}

void TestResponseParser::hereNowOccupantsPerChannel()
{
    const HereNowResult legacy =
        ResponseParser::parseHereNow(fixture(u"herenow-multi-legacy.json"_s), {});
    const HereNowChannel *alpha = legacy.channel(u"alpha-room"_s);
    QVERIFY(alpha != nullptr);
    QCOMPARE(alpha->occupants.size(), 2);
    // Server order, not sorted.
    QCOMPARE(alpha->occupants.at(0).user_id, u"omar"_s);
    QCOMPARE(alpha->occupants.at(1).user_id, u"nadia"_s);
    QVERIFY(alpha->occupants.at(0).state.isNull());

    const HereNowResult grouped =
        ResponseParser::parseHereNow(fixture(u"herenow-group-state-compact.json"_s), {});
    const HereNowChannel *tables1 = grouped.channel(u"tables-1"_s);
    QVERIFY(tables1 != nullptr);
    QCOMPARE(tables1->occupants.size(), 2);
    QCOMPARE(tables1->occupants.at(0).user_id, u"nadia"_s);
    QCOMPARE(tables1->occupants.at(0).state.toCompactJson(), R"({"dish":["tea"]})"_ba);
    QCOMPARE(tables1->occupants.at(1).user_id, u"li"_s);
    QVERIFY(tables1->occupants.at(1).state.isNull());

    const HereNowResult occupancyOnly =
        ResponseParser::parseHereNow(fixture(u"herenow-group-occupancy-compact.json"_s), {});
    QVERIFY(occupancyOnly.channel(u"tables-3"_s) != nullptr);
    QVERIFY(occupancyOnly.channel(u"tables-3"_s)->occupants.isEmpty());
}

void TestResponseParser::hereNowUnicodeEscapes()
{
    const HereNowResult result =
        ResponseParser::parseHereNow(fixture(u"herenow-multi-unicode-legacy.json"_s), {});

    QCOMPARE(result.channels.size(), 1);
    const HereNowChannel &channel = result.channels.constFirst();
    QCOMPARE(channel.name, u"zoë-東京"_s);
    QCOMPARE(channel.occupants.size(), 2);
    QCOMPARE(channel.occupants.at(0).user_id, u"Łukasz"_s);
    QCOMPARE(channel.occupants.at(1).user_id, u"Élodie"_s);
}

void TestResponseParser::whereNow_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("channels");

    QTest::addRow("legacy") << u"wherenow-legacy.json"_s << QStringList{u"gate-b"_s, u"gate-a"_s};
    QTest::addRow("compact") << u"wherenow-compact.json"_s
                             << QStringList{u"tables-3"_s, u"tables-1"_s, u"lobby"_s};
    QTest::addRow("not present anywhere") << u"wherenow-empty.json"_s << QStringList{};
    QTest::addRow("unicode escapes") << u"wherenow-unicode-legacy.json"_s
                                     << QStringList{u"zoë-東京"_s};
}

void TestResponseParser::whereNow()
{
    QFETCH(QString, file);
    QFETCH(QStringList, channels);

    PresenceError error;
    const WhereNowResult result = ResponseParser::parseWhereNow(fixture(file), &error);

    QCOMPARE(error.kind(), PresenceError::Kind::None);
    QCOMPARE(result.channels, channels);
}

void TestResponseParser::setState_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("channels");
    QTest::addColumn<QByteArray>("state");

    QTest::addRow("legacy one channel") << u"setstate-legacy.json"_s << QStringList{u"lobby"_s}
                                        << R"({"mood":"busy","seat":4})"_ba;
    QTest::addRow("compact two channels, echoed once")
        << u"setstate-compact.json"_s << QStringList{u"tables-1"_s, u"tables-2"_s}
        << R"({"dish":["soup","bread"]})"_ba;
}

void TestResponseParser::setState()
{
    QFETCH(QString, file);
    QFETCH(QStringList, channels);
    QFETCH(QByteArray, state);

    PresenceError error;
    const SetStateResult result = ResponseParser::parseSetState(fixture(file), channels, &error);

    QCOMPARE(error.kind(), PresenceError::Kind::None);
    QCOMPARE(result.channels, channels);
    QCOMPARE(result.state, jsonState(state));
}

void TestResponseParser::setStateNotJson()
{
    const QByteArray body = fixture(u"setstate-not-json.txt"_s);
    PresenceError error;
    const SetStateResult result =
        ResponseParser::parseSetState(body, QStringList{u"lobby"_s}, &error);

    QCOMPARE(error.kind(), PresenceError::Kind::MalformedResponse);
    QCOMPARE(error.httpStatus(), 200);
    QVERIFY(result.state.isRaw());
    QCOMPARE(result.state.rawBytes(), body);
    QCOMPARE(result.state.toJsonValue(), QJsonValue(QString::fromUtf8(body)));
}

void TestResponseParser::getState_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("singleChannel");
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QStringList>("channels");
    QTest::addColumn<QList<QByteArray>>("states");

    QTest::addRow("legacy flat with channel key")
        << u"getstate-single-legacy.json"_s << QString() << u"nadia"_s
        << QStringList{u"lobby"_s} << QList<QByteArray>{R"({"mood":"busy","seat":4})"_ba};
    QTest::addRow("compact flat with channel key")
        << u"getstate-single-compact.json"_s << QString() << u"nadia"_s
        << QStringList{u"lobby"_s} << QList<QByteArray>{R"({"mood":"busy"})"_ba};
    QTest::addRow("channel key wins over the hint")
        << u"getstate-single-compact.json"_s << u"elsewhere"_s << u"nadia"_s
        << QStringList{u"lobby"_s} << QList<QByteArray>{R"({"mood":"busy"})"_ba};
    QTest::addRow("flat with no state") << u"getstate-single-empty.json"_s << QString()
                                        << u"omar"_s << QStringList{u"kitchen"_s}
                                        << QList<QByteArray>{"{}"_ba};
    QTest::addRow("legacy payload.channels")
        << u"getstate-multi-legacy.json"_s << QString() << u"nadia"_s
        << QStringList{u"tables-1"_s, u"tables-2"_s}
        << QList<QByteArray>{R"({"dish":["tea"]})"_ba, R"({"dish":["soup"]})"_ba};
    QTest::addRow("compact payload.channels")
        << u"getstate-multi-compact.json"_s << QString() << u"omar"_s
        << QStringList{u"kitchen"_s, u"lobby"_s}
        << QList<QByteArray>{R"({"mood":"hungry"})"_ba, R"({"mood":"busy"})"_ba};
    QTest::addRow("flat channel map")
        << u"getstate-flat-map.json"_s << QString() << u"li"_s
        << QStringList{u"kitchen"_s, u"lobby"_s}
        << QList<QByteArray>{R"({"mood":"hungry"})"_ba, R"({"mood":"busy"})"_ba};
    QTest::addRow("flat single state from the hint")
        << u"getstate-flat-no-channel.json"_s << u"lobby"_s << u"nadia"_s
        << QStringList{u"lobby"_s} << QList<QByteArray>{R"({"mood":"busy","seat":4})"_ba};
    QTest::addRow("unicode escapes") << u"getstate-unicode-legacy.json"_s << QString()
                                     << u"Łukasz"_s << QStringList{u"zoë"_s}
                                     << QList<QByteArray>{R"({"city":"東京"})"_ba};
}

void TestResponseParser::getState()
{
    QFETCH(QString, file);
    QFETCH(QString, singleChannel);
    QFETCH(QString, userId);
    QFETCH(QStringList, channels);
    QFETCH(QList<QByteArray>, states);

    PresenceError error;
    const GetStateResult result =
        ResponseParser::parseGetState(fixture(file), singleChannel, &error);

    QCOMPARE(error.kind(), PresenceError::Kind::None);
    QCOMPARE(result.user_id, userId);
    QCOMPARE(result.state.size(), channels.size());
    for (qsizetype i = 0; i < channels.size(); ++i) {
        QCOMPARE(result.state.at(i).channel_name, channels.at(i));
        QCOMPARE(result.state.at(i).state.toCompactJson(), states.at(i));
    }
}

void TestResponseParser::acknowledgement_data()
{
    QTest::addColumn<QString>("file");

    for (const char *name : {"leave-legacy.json", "leave-compact.json", "heartbeat-legacy.json",
                             "heartbeat-compact.json", "registry-ack-legacy.json",
                             "registry-ack-compact.json"})
        QTest::addRow("%s", name) << QString::fromLatin1(name);
}

void TestResponseParser::acknowledgement()
{
    QFETCH(QString, file);

    PresenceError error;
    QVERIFY(ResponseParser::parseAcknowledgement(fixture(file), &error));
    QCOMPARE(error.kind(), PresenceError::Kind::None);
}

void TestResponseParser::channelGroups_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("groups");

    QTest::addRow("three groups")
        << u"registry-groups.json"_s
        << QStringList{u"restaurant"_s, u"gates"_s, u"東京-hall"_s};
    QTest::addRow("no groups") << u"registry-groups-empty.json"_s << QStringList{};
}

void TestResponseParser::channelGroups()
{
    QFETCH(QString, file);
    QFETCH(QStringList, groups);

    PresenceError error;
    QCOMPARE(ResponseParser::parseChannelGroups(fixture(file), &error), groups);
    QCOMPARE(error.kind(), PresenceError::Kind::None);
}

void TestResponseParser::groupChannels_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QStringList>("channels");

    QTest::addRow("two channels") << u"registry-group-channels.json"_s << u"restaurant"_s
                                  << QStringList{u"tables-1"_s, u"tables-2"_s};
    QTest::addRow("emptied group") << u"registry-group-channels-empty.json"_s
                                   << u"closed-wing"_s << QStringList{};
}

void TestResponseParser::groupChannels()
{
    QFETCH(QString, file);
    QFETCH(QString, group);
    QFETCH(QStringList, channels);

    PresenceError error;
    const ChannelGroupList result = ResponseParser::parseGroupChannels(fixture(file), &error);

    QCOMPARE(error.kind(), PresenceError::Kind::None);
    QCOMPARE(result.group, group);
    QCOMPARE(result.channels, channels);
}

void TestResponseParser::errorFor_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<PresenceError::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("serverMessage");
    QTest::addColumn<QStringList>("deniedChannels");
    QTest::addColumn<QStringList>("deniedGroups");
    QTest::addColumn<int>("retryAfterSeconds");

    using Kind = PresenceError::Kind;
    const QStringList none;

    QTest::addRow("403 denied channels")
        << u"error-403-channels.json"_s << 403 << QByteArray() << Kind::AccessDenied << 403
        << u"Forbidden"_s << QStringList{u"vip-lounge"_s, u"staff"_s} << none << -1;
    QTest::addRow("403 denied groups, namespace colon stripped")
        << u"error-403-groups.json"_s << 403 << QByteArray() << Kind::AccessDenied << 403
        << u"Forbidden"_s << none << QStringList{u"restaurant"_s, u"ops:kitchen"_s} << -1;
    QTest::addRow("403 denied channels and groups")
        << u"error-403-channels-and-groups.json"_s << 403 << QByteArray() << Kind::AccessDenied
        << 403 << u"Forbidden"_s << QStringList{u"staff"_s} << QStringList{u"restaurant"_s}
        << -1;
    QTest::addRow("403 other wording")
        << u"error-403-wording.json"_s << 403 << QByteArray() << Kind::AccessDenied << 403
        << u"Supplied authorization key does not have the permissions required to perform this "
           "operation."_s
        << none << none << -1;
    QTest::addRow("403 access manager v3 signature")
        << u"error-403-signature-v3.json"_s << 403 << QByteArray() << Kind::AccessDenied << 403
        << u"Invalid signature"_s << none << none << -1;
    QTest::addRow("403 registry add-on disabled")
        << u"error-403-registry-addon.json"_s << 403 << QByteArray() << Kind::FeatureNotEnabled
        << 403
        << u"Use of the channel groups API requires the Stream Controller add-on which is not "
           "enabled for this subscribe key."_s
        << none << none << -1;
    QTest::addRow("400 no state, error 1")
        << u"error-400-no-state.json"_s << 400 << QByteArray() << Kind::InvalidRequest << 400
        << u"No state specified."_s << none << none << -1;
    QTest::addRow("400 invalid json")
        << u"error-400-invalid-json.json"_s << 400 << QByteArray() << Kind::InvalidRequest << 400
        << u"Invalid JSON specified."_s << none << none << -1;
    QTest::addRow("400 limit, no status in body")
        << u"error-400-limit.json"_s << 400 << QByteArray() << Kind::InvalidRequest << 400
        << u"Cannot return more than 1000 uuids at a time"_s << none << none << -1;
    QTest::addRow("400 invalid subscribe key, error true")
        << u"error-400-subscribe-key.json"_s << 400 << QByteArray() << Kind::InvalidRequest << 400
        << u"Invalid Subscribe Key"_s << none << none << -1;
    QTest::addRow("400 empty group")
        << u"error-400-empty-group.json"_s << 400 << QByteArray() << Kind::InvalidRequest << 400
        << u"Channel group or groups result in empty subscription set"_s << none << none << -1;
    QTest::addRow("400 registry reserved character")
        << u"error-400-registry-reserved.json"_s << 400 << QByteArray() << Kind::InvalidRequest
        << 400 << u"Reserved character in input parameters."_s << none << none << -1;
    QTest::addRow("400 registry group count")
        << u"error-400-registry-max-groups.json"_s << 400 << QByteArray() << Kind::InvalidRequest
        << 400 << u"Maximum channel group count exceeded."_s << none << none << -1;
    QTest::addRow("400 negative limit, compact")
        << u"error-400-negative-limit.json"_s << 400 << QByteArray() << Kind::InvalidRequest
        << 400 << u"Limit must be greater than or equal to 0"_s << none << none << -1;
    QTest::addRow("402 feature not enabled")
        << u"error-402-feature.json"_s << 402 << QByteArray() << Kind::FeatureNotEnabled << 402
        << u"This feature is not turned on for this account."_s << none << none << -1;
    QTest::addRow("404 not found")
        << u"error-404.json"_s << 404 << QByteArray() << Kind::NotFound << 404
        << u"Not found: '/v2/presence/demo/x/channel/lobby/heartbeat'"_s << none << none << -1;
    QTest::addRow("414 uri too long")
        << u"error-414.json"_s << 414 << QByteArray() << Kind::UriTooLong << 414
        << u"Request URI Too Long"_s << none << none << -1;
    QTest::addRow("429 with Retry-After")
        << u"error-429.json"_s << 429 << "7"_ba << Kind::RateLimited << 429
        << u"Too many requests."_s << none << none << 7;
    QTest::addRow("429 without Retry-After")
        << u"error-429.json"_s << 429 << QByteArray() << Kind::RateLimited << 429
        << u"Too many requests."_s << none << none << -1;
    QTest::addRow("429 with unreadable Retry-After")
        << u"error-429.json"_s << 429 << "soon"_ba << Kind::RateLimited << 429
        << u"Too many requests."_s << none << none << -1;
    QTest::addRow("503 json") << u"error-503.json"_s << 503 << QByteArray() << Kind::ServerError
                              << 503 << u"Service Unavailable"_s << none << none << -1;
    QTest::addRow("502 html") << u"error-502.html"_s << 502 << QByteArray() << Kind::ServerError
                              << 502 << u"502 Bad Gateway"_s << none << none << -1;
    QTest::addRow("500 empty body") << u"error-empty.txt"_s << 500 << QByteArray()
                                    << Kind::ServerError << 500 << QString() << none << none
                                    << -1;
    QTest::addRow("200 carrying status 503")
        << u"error-200-status-503.json"_s << 200 << QByteArray() << Kind::ServerError << 503
        << u"Service Unavailable"_s << none << none << -1;
    QTest::addRow("200 truncated")
        << u"error-truncated.json"_s << 200 << QByteArray() << Kind::MalformedResponse << 200
        << QString() << none << none << -1;
    QTest::addRow("200 truncated here now")
        << u"herenow-truncated.json"_s << 200 << QByteArray() << Kind::MalformedResponse << 200
        << QString() << none << none << -1;
    QTest::addRow("200 empty body") << u"error-empty.txt"_s << 200 << QByteArray()
                                    << Kind::MalformedResponse << 200 << QString() << none
                                    << none << -1;
    QTest::addRow("200 html") << u"error-502.html"_s << 200 << QByteArray()
                              << Kind::MalformedResponse << 200 << QString() << none << none
                              << -1;
    QTest::addRow("200 carrying an access denial")
        << u"error-403-channels.json"_s << 200 << QByteArray() << Kind::AccessDenied << 403
        << u"Forbidden"_s << QStringList{u"vip-lounge"_s, u"staff"_s} << none << -1;
    QTest::addRow("200 carrying error 1 without status")
        << u"error-400-limit.json"_s << 200 << QByteArray() << Kind::InvalidRequest << 400
        << u"Cannot return more than 1000 uuids at a time"_s << none << none << -1;
    QTest::addRow("401 is access denied")
        << u"error-403-wording.json"_s << 401 << QByteArray() << Kind::AccessDenied << 401
        << u"Supplied authorization key does not have the permissions required to perform this "
           "operation."_s
        << none << none << -1;
    QTest::addRow("418 other client error")
        << u"error-400-no-state.json"_s << 418 << QByteArray() << Kind::InvalidRequest << 418
        << u"No state specified."_s << none << none << -1;
    QTest::addRow("403 truncated keeps the status")
        << u"error-truncated.json"_s << 403 << QByteArray() << Kind::AccessDenied << 403
        << u"{\"status\": 200, \""_s << none << none << -1;
}

void TestResponseParser::errorFor()
{
    QFETCH(QString, file);
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, retryAfter);
    QFETCH(PresenceError::Kind, kind);
    QFETCH(int, status);
    QFETCH(QString, serverMessage);
    QFETCH(QStringList, deniedChannels);
    QFETCH(QStringList, deniedGroups);
    QFETCH(int, retryAfterSeconds);

    const PresenceError error = ResponseParser::errorFor(httpStatus, fixture(file), retryAfter);

    QCOMPARE(PresenceError::kindName(error.kind()), PresenceError::kindName(kind));
    QCOMPARE(error.httpStatus(), status);
    // A malformed body's detail is the parse error, so only other kinds compare the message.
    if (kind != PresenceError::Kind::MalformedResponse)
        QCOMPARE(error.serverMessage(), serverMessage);
    QCOMPARE(error.deniedChannels(), deniedChannels);
    QCOMPARE(error.deniedChannelGroups(), deniedGroups);
    QCOMPARE(error.retryAfterSeconds(), retryAfterSeconds);
    QVERIFY(!error.message().isEmpty());
}

void TestResponseParser::errorForRetryAfterDate()
{
    const QDateTime retryAt = QDateTime::currentDateTimeUtc().addSecs(120);
    const QByteArray header = QLocale::c()
                                  .toString(retryAt, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
                                  .toLatin1();
    const PresenceError error =
        ResponseParser::errorFor(429, fixture(u"error-429.json"_s), header);

    QCOMPARE(error.kind(), PresenceError::Kind::RateLimited);
    // The date has whole seconds, so the wait is a little under 120 seconds.
    QVERIFY2(error.retryAfterSeconds() >= 110, header.constData());
    QVERIFY2(error.retryAfterSeconds() <= 120, header.constData());

    const QByteArray past = QLocale::c()
                                .toString(QDateTime::currentDateTimeUtc().addSecs(-60),
                                          u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
                                .toLatin1();
    QCOMPARE(ResponseParser::errorFor(429, {}, past).retryAfterSeconds(), 0);
}

void TestResponseParser::errorForSuccessBodies_data()
{
    QTest::addColumn<QString>("file");

    for (const char *name :
         {"herenow-single-legacy.json", "herenow-single-compact.json", "herenow-multi-legacy.json",
          "herenow-global-empty.json", "wherenow-compact.json", "setstate-legacy.json",
          "getstate-single-legacy.json", "getstate-multi-compact.json", "leave-legacy.json",
          "heartbeat-compact.json", "registry-ack-legacy.json", "registry-ack-compact.json",
          "registry-groups.json", "registry-group-channels.json"})
        QTest::addRow("%s", name) << QString::fromLatin1(name);
}

void TestResponseParser::errorForSuccessBodies()
{
    QFETCH(QString, file);

    const PresenceError error = ResponseParser::errorFor(200, fixture(file));
    QCOMPARE(PresenceError::kindName(error.kind()), u"none"_s);
    QVERIFY(!error.isError());
}

void TestResponseParser::parsersReportErrorBodies_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<PresenceError::Kind>("kind");

    QTest::addRow("status 503 in body")
        << u"error-200-status-503.json"_s << PresenceError::Kind::ServerError;
    QTest::addRow("error 1 without status")
        << u"error-400-limit.json"_s << PresenceError::Kind::InvalidRequest;
    QTest::addRow("access denied body")
        << u"error-403-channels.json"_s << PresenceError::Kind::AccessDenied;
}

void TestResponseParser::parsersReportErrorBodies()
{
    QFETCH(QString, file);
    QFETCH(PresenceError::Kind, kind);
    const QByteArray body = fixture(file);

    PresenceError error;
    QVERIFY(ResponseParser::parseHereNow(body, u"lobby"_s, &error).channels.isEmpty());
    QCOMPARE(error.kind(), kind);

    error = {};
    QVERIFY(ResponseParser::parseWhereNow(body, &error).channels.isEmpty());
    QCOMPARE(error.kind(), kind);

    error = {};
    QVERIFY(ResponseParser::parseGetState(body, u"lobby"_s, &error).state.isEmpty());
    QCOMPARE(error.kind(), kind);

    error = {};
    QVERIFY(ResponseParser::parseSetState(body, {u"lobby"_s}, &error).state.isNull());
    QCOMPARE(error.kind(), kind);

    error = {};
    QVERIFY(!ResponseParser::parseAcknowledgement(body, &error));
    QCOMPARE(error.kind(), kind);

    error = {};
    QVERIFY(ResponseParser::parseChannelGroups(body, &error).isEmpty());
    QCOMPARE(error.kind(), kind);
}

void TestResponseParser::parsersRejectMalformed_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::addRow("truncated") << fixture(u"error-truncated.json"_s);
    QTest::addRow("truncated here now") << fixture(u"herenow-truncated.json"_s);
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("html") << fixture(u"error-502.html"_s);
    QTest::addRow("top-level array") << R"(["lobby"])"_ba;
}

void TestResponseParser::parsersRejectMalformed()
{
    QFETCH(QByteArray, body);

    PresenceError error;
    ResponseParser::parseHereNow(body, u"lobby"_s, &error);
    QCOMPARE(error.kind(), PresenceError::Kind::MalformedResponse);
    QCOMPARE(error.httpStatus(), 200);

    error = {};
    ResponseParser::parseWhereNow(body, &error);
    QCOMPARE(error.kind(), PresenceError::Kind::MalformedResponse);

    error = {};
    ResponseParser::parseGetState(body, {}, &error);
    QCOMPARE(error.kind(), PresenceError::Kind::MalformedResponse);

    error = {};
    QVERIFY(!ResponseParser::parseAcknowledgement(body, &error));
    QCOMPARE(error.kind(), PresenceError::Kind::MalformedResponse);

    error = {};
    ResponseParser::parseGroupChannels(body, &error);
    QCOMPARE(error.kind(), PresenceError::Kind::MalformedResponse);

    // A well-formed body of the wrong shape is malformed for the parser that expects another.
    error = {};
    ResponseParser::parseWhereNow(fixture(u"heartbeat-compact.json"_s), &error);
    QCOMPARE(error.kind(), PresenceError::Kind::MalformedResponse);
    error = {};
    ResponseParser::parseHereNow(fixture(u"heartbeat-compact.json"_s), u"lobby"_s, &error);
    QCOMPARE(error.kind(), PresenceError::Kind::MalformedResponse);
}

void TestResponseParser::parserClearsPreviousError()
{
    PresenceError error(PresenceError::Kind::Timeout);
    ResponseParser::parseWhereNow(fixture(u"wherenow-compact.json"_s), &error);
    QCOMPARE(error.kind(), PresenceError::Kind::None);
}

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
