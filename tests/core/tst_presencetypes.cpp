// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "presencetypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Presence;

class TestPresenceTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateValueJson_data();
    void stateValueJson();
    void stateValueRawBytes();
    void stateValueEquality();
    void hereNowChannelLookup();
    void hereNowDataAge();
};

void TestPresenceTypes::stateValueJson_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QByteArray>("compact");
    QTest::addColumn<bool>("isNull");

    QTest::addRow("object") << QJsonValue(QJsonObject{{u"mood"_s, u"busy"_s}})
                            << R"({"mood":"busy"})"_ba << false;
    QTest::addRow("array") << QJsonValue(QJsonArray{1, u"x"_s}) << R"([1,"x"])"_ba << false;
    QTest::addRow("string") << QJsonValue(u"away"_s) << R"("away")"_ba << false;
    QTest::addRow("number") << QJsonValue(4.5) << "4.5"_ba << false;
    QTest::addRow("bool") << QJsonValue(true) << "true"_ba << false;
    QTest::addRow("null") << QJsonValue(QJsonValue::Null) << "null"_ba << true;
    QTest::addRow("undefined") << QJsonValue(QJsonValue::Undefined) << "null"_ba << true;
}

void TestPresenceTypes::stateValueJson()
{
    QFETCH(QJsonValue, value);
    QFETCH(QByteArray, compact);
    QFETCH(bool, isNull);

    const StateValue state = StateValue::fromJson(value);
    QCOMPARE(state.isNull(), isNull);
    QVERIFY(!state.isRaw());
    QCOMPARE(state.toCompactJson(), compact);
}

void TestPresenceTypes::stateValueRawBytes()
{
    const StateValue state = StateValue::fromRawBytes("mood=busy \"now\"");
    QVERIFY(state.isRaw());
    QVERIFY(!state.isNull());
    QCOMPARE(state.rawBytes(), "mood=busy \"now\""_ba);
    QCOMPARE(state.toJsonValue(), QJsonValue(u"mood=busy \"now\""_s));
    QCOMPARE(state.toCompactJson(), R"("mood=busy \"now\"")"_ba);

    QVERIFY(StateValue().isNull());
    QCOMPARE(StateValue().toCompactJson(), "null"_ba);
}

void TestPresenceTypes::stateValueEquality()
{
    const StateValue object = StateValue::fromJson(QJsonObject{{u"a"_s, 1}});
    QCOMPARE(object, StateValue::fromJson(QJsonObject{{u"a"_s, 1}}));
    QVERIFY(object != StateValue::fromJson(QJsonObject{{u"a"_s, 2}}));
    QVERIFY(StateValue::fromRawBytes("x") != StateValue::fromJson(u"x"_s));
    QCOMPARE(StateValue::fromRawBytes("x"), StateValue::fromRawBytes("x"));
    QCOMPARE(StateValue(), StateValue::fromJson(QJsonValue()));
}

void TestPresenceTypes::hereNowChannelLookup()
{
    HereNowResult result;
    result.channels.append({u"alpha"_s, 2, {}});
    result.channels.append({u"zoë-東京"_s, 1, {{u"kai"_s, StateValue()}}});

    QVERIFY(result.channel(u"alpha"_s) != nullptr);
    QCOMPARE(result.channel(u"alpha"_s)->occupancy, 2);
    QCOMPARE(result.channel(u"zoë-東京"_s)->occupants.constFirst().user_id, u"kai"_s);
    QCOMPARE(result.channel(u"missing"_s), nullptr);
}

void TestPresenceTypes::hereNowDataAge()
{
    HereNowResult result;
    QCOMPARE(result.dataAgeMs(), 0);

    result.fetchedAt = QDateTime::currentDateTimeUtc().addSecs(-5);
    QVERIFY(result.dataAgeMs() >= 5000);

    // A clock that moved backwards must not give a negative age.
    result.fetchedAt = QDateTime::currentDateTimeUtc().addSecs(60);
    QCOMPARE(result.dataAgeMs(), 0);
}

QTEST_GUILESS_MAIN(TestPresenceTypes)
#include "tst_presencetypes.moc"
