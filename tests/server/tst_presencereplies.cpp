// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jsonwriter.h"
#include "presencereplies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Presence;

// Exact bytes of both JSON profiles, compared against the recorded layouts of the service.
class TestPresenceReplies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixedBodies_data()
    {
        QTest::addColumn<QByteArray>("actual");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("leave compact")
                << Replies::leave(JsonProfile::Compact)
                << QByteArray(R"({"action":"leave","message":"OK","service":"Presence","status":200})");
        QTest::newRow("leave legacy")
                << Replies::leave(JsonProfile::Legacy)
                << QByteArray(R"({"status": 200, "message": "OK", "action": "leave", "service": "Presence"})");
        QTest::newRow("heartbeat compact")
                << Replies::heartbeat(JsonProfile::Compact)
                << QByteArray(R"({"message":"OK","service":"Presence","status":200})");
        QTest::newRow("heartbeat legacy")
                << Replies::heartbeat(JsonProfile::Legacy)
                << QByteArray(R"({"status": 200, "message": "OK", "service": "Presence"})");
        QTest::newRow("registry ack compact")
                << Replies::registryAck(JsonProfile::Compact)
                << QByteArray(R"({"error":false,"message":"OK","service":"channel-registry","status":200})");
        QTest::newRow("registry ack legacy")
                << Replies::registryAck(JsonProfile::Legacy)
                << QByteArray(R"({"status": 200, "message": "OK", "service": "channel-registry", "error": false})");
        QTest::newRow("registry list legacy")
                << Replies::registryGroupChannels(JsonProfile::Legacy, u"cg"_s, { u"ch1"_s, u"ch2"_s })
                << QByteArray(R"({"status": 200, "payload": {"channels": ["ch1", "ch2"], "group": "cg"}, "service": "channel-registry", "error": false})");
        QTest::newRow("registry list compact")
                << Replies::registryGroupChannels(JsonProfile::Compact, u"cg"_s, { u"ch1"_s })
                << QByteArray(R"({"error":false,"payload":{"channels":["ch1"],"group":"cg"},"service":"channel-registry","status":200})");
        QTest::newRow("registry groups legacy")
                << Replies::registryGroups(JsonProfile::Legacy, {})
                << QByteArray(R"({"status": 200, "payload": {"namespace": "", "groups": []}, "service": "channel-registry", "error": false})");
        QTest::newRow("registry groups compact")
                << Replies::registryGroups(JsonProfile::Compact, { u"g"_s })
                << QByteArray(R"({"error":false,"payload":{"groups":["g"],"namespace":""},"service":"channel-registry","status":200})");
        QTest::newRow("error compact")
                << Replies::presenceError(JsonProfile::Compact, 400, u"No state specified."_s)
                << QByteArray(R"({"error":1,"message":"No state specified.","service":"Presence","status":400})");
        QTest::newRow("error legacy")
                << Replies::presenceError(JsonProfile::Legacy, 400, u"Invalid JSON specified."_s)
                << QByteArray(R"({"status": 400, "error": 1, "message": "Invalid JSON specified.", "service": "Presence"})");
        QTest::newRow("access denied channels")
                << Replies::accessDenied({ u"demo"_s }, {})
                << QByteArray(R"({"message":"Forbidden","payload":{"channels":["demo"]},"error":true,"service":"Access Manager","status":403})"
                              "\n");
        QTest::newRow("access denied groups")
                << Replies::accessDenied({}, { u"test-channel-group1"_s })
                << QByteArray(R"({"message":"Forbidden","payload":{"channel-groups":[":test-channel-group1"]},"error":true,"service":"Access Manager","status":403})"
                              "\n");
        QTest::newRow("uri too long")
                << Replies::uriTooLong()
                << QByteArray(R"({"message":"Request URI Too Long","error":true,"service":"Balancer","status":414})");
    }

    void fixedBodies()
    {
        QFETCH(QByteArray, actual);
        QFETCH(QByteArray, expected);
        QCOMPARE(actual, expected);
    }

    void hereNowSingleShapes()
    {
        Replies::HereNowEntry entry { u"c"_s, 3, QList<Replies::Occupant> {
                { u"Kim"_s, std::nullopt }, { u"Earline"_s, std::nullopt }, { u"Glen"_s, std::nullopt } } };
        QCOMPARE(Replies::hereNowSingle(JsonProfile::Compact, entry, Replies::OccupantForm::UserId),
                 QByteArray(R"({"message":"OK","occupancy":3,"service":"Presence","status":200,"uuids":["Kim","Earline","Glen"]})"));
        QCOMPARE(Replies::hereNowSingle(JsonProfile::Compact, entry, Replies::OccupantForm::Object),
                 QByteArray(R"({"message":"OK","occupancy":3,"service":"Presence","status":200,"uuids":[{"uuid":"Kim"},{"uuid":"Earline"},{"uuid":"Glen"}]})"));

        const QJsonObject state { { u"channel1-state"_s, QJsonArray { u"channel-1-random-value"_s } } };
        Replies::HereNowEntry withState { u"c"_s, 1, QList<Replies::Occupant> { { u"Kim"_s, state } } };
        QCOMPARE(Replies::hereNowSingle(JsonProfile::Compact, withState, Replies::OccupantForm::Object),
                 QByteArray(R"({"message":"OK","occupancy":1,"service":"Presence","status":200,"uuids":[{"state":{"channel1-state":["channel-1-random-value"]},"uuid":"Kim"}]})"));

        Replies::HereNowEntry occupancyOnly { u"c"_s, 3, std::nullopt };
        const QByteArray compact = Replies::hereNowSingle(JsonProfile::Compact, occupancyOnly,
                                                          Replies::OccupantForm::UserId);
        QCOMPARE(compact, QByteArray(R"({"message":"OK","occupancy":3,"service":"Presence","status":200})"));
        QCOMPARE(compact.size(), 64);

        Replies::HereNowEntry legacy { u"c"_s, 1, QList<Replies::Occupant> { { u"test-here-now-uuid"_s, std::nullopt } } };
        const QByteArray legacyBody = Replies::hereNowSingle(JsonProfile::Legacy, legacy,
                                                             Replies::OccupantForm::UserId);
        QCOMPARE(legacyBody, QByteArray(R"({"status": 200, "message": "OK", "service": "Presence", "uuids": ["test-here-now-uuid"], "occupancy": 1})"));
        QCOMPARE(legacyBody.size(), 104);
    }

    void hereNowMultiShapes()
    {
        const QList<Replies::Occupant> one { { u"test-here-now-uuid"_s, std::nullopt } };
        const QList<Replies::HereNowEntry> entries {
            { u"test-here-now-channel1"_s, 1, one },
            { u"test-here-now-channel2"_s, 1, one },
        };
        const QByteArray legacy = Replies::hereNowMulti(JsonProfile::Legacy, entries, 2,
                                                        Replies::OccupantForm::UserId);
        QCOMPARE(legacy, QByteArray(R"({"status": 200, "message": "OK", "payload": {"channels": {"test-here-now-channel1": {"uuids": ["test-here-now-uuid"], "occupancy": 1}, "test-here-now-channel2": {"uuids": ["test-here-now-uuid"], "occupancy": 1}}, "total_channels": 2, "total_occupancy": 2}, "service": "Presence"})"));
        QCOMPARE(legacy.size(), 279);

        const QList<Replies::HereNowEntry> counts {
            { u"test-channel1"_s, 1, std::nullopt },
            { u"test-channel2"_s, 1, std::nullopt },
        };
        QCOMPARE(Replies::hereNowMulti(JsonProfile::Compact, counts, 2, Replies::OccupantForm::UserId),
                 QByteArray(R"({"message":"OK","payload":{"channels":{"test-channel1":{"occupancy":1},"test-channel2":{"occupancy":1}},"total_channels":2,"total_occupancy":2},"service":"Presence","status":200})"));
        QCOMPARE(Replies::hereNowMulti(JsonProfile::Compact, {}, 0, Replies::OccupantForm::UserId),
                 QByteArray(R"({"message":"OK","payload":{"channels":{},"total_channels":0,"total_occupancy":0},"service":"Presence","status":200})"));
    }

    void stateBodies()
    {
        const QJsonObject state { { u"name"_s, u"Alex"_s }, { u"count"_s, 5 } };
        QCOMPARE(Replies::setState(JsonProfile::Legacy, state),
                 QByteArray(R"({"status": 200, "message": "OK", "payload": {"count": 5, "name": "Alex"}, "service": "Presence"})"));
        QCOMPARE(Replies::setState(JsonProfile::Compact, state),
                 QByteArray(R"({"message":"OK","payload":{"count":5,"name":"Alex"},"service":"Presence","status":200})"));
        QCOMPARE(Replies::getStateSingle(JsonProfile::Legacy, u"state-native-sync-ch"_s,
                                         u"state-native-sync-uuid"_s, state),
                 QByteArray(R"({"status": 200, "uuid": "state-native-sync-uuid", "service": "Presence", "message": "OK", "payload": {"count": 5, "name": "Alex"}, "channel": "state-native-sync-ch"})"));
        QCOMPARE(Replies::getStateSingle(JsonProfile::Compact, u"c"_s, u"u"_s, {}),
                 QByteArray(R"({"channel":"c","message":"OK","payload":{},"service":"Presence","status":200,"uuid":"u"})"));
        QCOMPARE(Replies::getStateMulti(JsonProfile::Legacy, u"state-native-sync-uuid"_s,
                                        { { u"state-native-sync-ch-1"_s, state }, { u"state-native-sync-ch-2"_s, state } }),
                 QByteArray(R"({"status": 200, "message": "OK", "payload": {"channels": {"state-native-sync-ch-1": {"count": 5, "name": "Alex"}, "state-native-sync-ch-2": {"count": 5, "name": "Alex"}}}, "service": "Presence", "uuid": "state-native-sync-uuid"})"));
        QCOMPARE(Replies::getStateMulti(JsonProfile::Compact, u"u"_s, { { u"a"_s, state } }),
                 QByteArray(R"({"message":"OK","payload":{"channels":{"a":{"count":5,"name":"Alex"}}},"service":"Presence","status":200,"uuid":"u"})"));
    }

    void whereNowBodies()
    {
        QCOMPARE(Replies::whereNow(JsonProfile::Legacy, { u"ch1"_s, u"ch2"_s }),
                 QByteArray(R"({"status": 200, "message": "OK", "payload": {"channels": ["ch1", "ch2"]}, "service": "Presence"})"));
        QCOMPARE(Replies::whereNow(JsonProfile::Compact, {}),
                 QByteArray(R"({"message":"OK","payload":{"channels":[]},"service":"Presence","status":200})"));
    }

    void nonAsciiEscaping()
    {
        const QString name = u"\u017b\u00d3\u0141"_s;
        QCOMPARE(JsonWriter::quoted(name, JsonProfile::Legacy), QByteArray(R"("\u017b\u00d3\u0141")"));
        QCOMPARE(JsonWriter::quoted(name, JsonProfile::Compact), '"' + name.toUtf8() + '"');
        const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80");
        QCOMPARE(JsonWriter::quoted(emoji, JsonProfile::Legacy), QByteArray(R"("\ud83d\ude00")"));
        QCOMPARE(JsonWriter::quoted(emoji, JsonProfile::Compact), '"' + emoji.toUtf8() + '"');
        QCOMPARE(JsonWriter::quoted(u"a\"b\\c\n\u0001"_s, JsonProfile::Compact),
                 QByteArray("\"a\\\"b\\\\c\\n\\u0001\""));
    }

    void genericValues()
    {
        const QJsonDocument document = QJsonDocument::fromJson(
                R"({"b":[1,2.5,true,null,"x"],"a":{"z":-3,"y":1e20}})");
        QCOMPARE(JsonWriter::serialize(document.object(), JsonProfile::Compact),
                 QByteArray(R"({"a":{"y":1e+20,"z":-3},"b":[1,2.5,true,null,"x"]})"));
        QCOMPARE(JsonWriter::serialize(document.object(), JsonProfile::Legacy),
                 QByteArray(R"({"a": {"y": 1e+20, "z": -3}, "b": [1, 2.5, true, null, "x"]})"));
    }

    void presenceMessageCompact()
    {
        PresenceEvent event;
        event.action = PresenceEvent::Action::Join;
        event.channel = u"test-channel1"_s;
        event.userId = u"david"_s;
        event.timetoken = 17579703836579889;
        event.timestampMs = 1757970383657;
        event.occupancy = 2;
        const QByteArray message = Replies::presenceMessage(JsonProfile::Compact, event, u"demo"_s,
                                                            u"test-channel1-pnpres"_s, 43);
        const QByteArray recorded = R"({"a":"5","f":0,"p":{"t":"17579703836579889","r":43},"k":"demo","c":"test-channel1-pnpres","u":{"pn_action":"join","pn_channel":"test-channel1","pn_ispresence":1,"pn_occupancy":2,"pn_precise_timestamp":1757970383657,"pn_timestamp":1757970383,"pn_uuid":"david"},"d":{"action":"join","uuid":"david","timestamp":1757970383,"precise_timestamp":1757970383657,"occupancy":2},"b":"test-channel1-pnpres"})";
        // The shard digit differs by channel; everything after it is compared byte for byte.
        QCOMPARE(message.left(6), QByteArray("{\"a\":\""));
        QVERIFY(message.at(6) >= '0' && message.at(6) <= '9');
        QCOMPARE(message.mid(7), recorded.mid(7));
    }

    void presenceMessageTimeoutAndLegacy()
    {
        PresenceEvent event;
        event.action = PresenceEvent::Action::Timeout;
        event.channel = u"c"_s;
        event.userId = u"david"_s;
        event.timetoken = 17579704036760000;
        event.timestampMs = 1757970403676;
        event.state = QJsonObject();
        const QByteArray compact = Replies::presenceMessage(JsonProfile::Compact, event, u"k"_s, u"c-pnpres"_s, 1);
        QVERIFY(compact.contains(R"("d":{"action":"timeout","uuid":"david","timestamp":1757970403,"precise_timestamp":1757970403676,"data":{},"occupancy":0})"));

        event.action = PresenceEvent::Action::Join;
        event.state.reset();
        event.occupancy = 1;
        const QByteArray legacy = Replies::presenceMessage(JsonProfile::Legacy, event, u"k"_s, u"c-pnpres"_s, 2);
        QVERIFY(legacy.contains(R"("d":{"action": "join", "timestamp": 1757970403, "uuid": "david", "occupancy": 1},"b":"c-pnpres"})"));
        QVERIFY(!legacy.contains(R"("u":)"));

        event.channel = u"\u017c\u00f3\u0142w"_s;
        const QByteArray escaped = Replies::presenceMessage(JsonProfile::Legacy, event, u"k"_s,
                                                            event.channel + u"-pnpres"_s, 2);
        QVERIFY2(escaped.contains(R"("c":"\u017c\u00f3\u0142w-pnpres")"), escaped.constData());
        QVERIFY(escaped.contains(R"("b":"\u017c\u00f3\u0142w-pnpres"})"));
        const QByteArray raw = Replies::presenceMessage(JsonProfile::Compact, event, u"k"_s,
                                                        event.channel + u"-pnpres"_s, 2);
        QVERIFY(raw.contains(QByteArray("\"c\":\"" + event.channel.toUtf8() + "-pnpres\"")));
    }

    void intervalMessage()
    {
        PresenceEvent event;
        event.action = PresenceEvent::Action::Interval;
        event.channel = u"big"_s;
        event.timetoken = 14909586050000000;
        event.timestampMs = 1490958605000;
        event.occupancy = 2;
        event.joined = { u"another-client"_s };
        event.left = { u"Client-d39lr"_s, u"client0"_s };
        const QByteArray legacy = Replies::presenceMessage(JsonProfile::Legacy, event, u"k"_s, u"big-pnpres"_s, 1);
        QVERIFY2(legacy.contains(R"("d":{"action": "interval", "timestamp": 1490958605, "occupancy": 2, "join": ["another-client"], "leave": ["Client-d39lr", "client0"]})"), legacy.constData());

        event.joined.clear();
        event.left.clear();
        event.hereNowRefresh = true;
        const QByteArray compact = Replies::presenceMessage(JsonProfile::Compact, event, u"k"_s, u"big-pnpres"_s, 1);
        QVERIFY2(compact.contains(R"("d":{"action":"interval","timestamp":1490958605,"precise_timestamp":1490958605000,"occupancy":2,"here_now_refresh":true})"), compact.constData());
    }

    void subscribeEnvelopeBytes()
    {
        QCOMPARE(Replies::subscribeEnvelope(17579798863600063, 21, {}),
                 QByteArray(R"({"t":{"t":"17579798863600063","r":21},"m":[]})"));
        QCOMPARE(Replies::subscribeEnvelope(1, 2, { "{}", "[]" }),
                 QByteArray(R"({"t":{"t":"1","r":2},"m":[{},[]]})"));
    }
};

QTEST_GUILESS_MAIN(TestPresenceReplies)
#include "tst_presencereplies.moc"
