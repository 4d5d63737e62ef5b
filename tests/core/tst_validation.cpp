// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Presence;

namespace {

ClientConfig validConfig()
{
    ClientConfig config;
    config.origin = u"http://127.0.0.1:8090"_s;
    config.subscribeKey = u"sub-c-demo"_s;
    config.userId = u"tester"_s;
    return config;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void channelNames_data();
    void channelNames();
    void channelGroupNames_data();
    void channelGroupNames();
    void userIds_data();
    void userIds();
    void stateJson_data();
    void stateJson();
    void limitAndOffset_data();
    void limitAndOffset();
    void origins_data();
    void origins();
    void configs_data();
    void configs();
    void listsReportFirstProblem();

    void hereNowQuery();
    void stateQueriesNeedTarget();
    void setStateQuery();
    void setStateUrlTooLong();
    void heartbeatQuery();

    void splitNames_data();
    void splitNames();
};

void TestValidation::channelNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("fragment");

    QTest::addRow("plain") << u"lobby"_s << QString();
    QTest::addRow("punctuation allowed") << u"base#42+a?b~c(1)!@$&=;'"_s << QString();
    QTest::addRow("utf-8") << u"zoë-東京"_s << QString();
    QTest::addRow("92 characters") << QString(92, u'x') << QString();
    QTest::addRow("92 non-BMP characters") << QString(u"😀"_s).repeated(92) << QString();
    QTest::addRow("empty") << QString() << u"empty"_s;
    QTest::addRow("93 characters") << QString(93, u'x') << u"93 characters"_s;
    QTest::addRow("comma") << u"a,b"_s << u"\",\""_s;
    QTest::addRow("colon") << u"ns:a"_s << u"\":\""_s;
    QTest::addRow("asterisk") << u"a*"_s << u"\"*\""_s;
    QTest::addRow("slash") << u"a/b"_s << u"\"/\""_s;
    QTest::addRow("backslash") << u"a\\b"_s << u"\"\\\""_s;
    QTest::addRow("space") << u"lobby one"_s << u"U+0020"_s;
    QTest::addRow("tab") << u"a\tb"_s << u"U+0009"_s;
    QTest::addRow("new line") << u"a\nb"_s << u"U+000A"_s;
    QTest::addRow("no-break space") << u"a\u00a0b"_s << u"U+00A0"_s;
    QTest::addRow("delete control") << u"a\u007fb"_s << u"U+007F"_s;
}

void TestValidation::channelNames()
{
    QFETCH(QString, name);
    QFETCH(QString, fragment);

    const QString problem = Validation::checkChannel(name);
    if (fragment.isEmpty()) {
        QCOMPARE(problem, QString());
        return;
    }
    QVERIFY2(problem.contains(fragment), qPrintable(problem));
    if (!name.isEmpty())
        QVERIFY2(problem.contains(name), qPrintable(problem));
    QVERIFY(problem.endsWith(u'.'));
}

void TestValidation::channelGroupNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("fragment");

    QTest::addRow("plain") << u"restaurant"_s << QString();
    QTest::addRow("namespace") << u"ops:kitchen"_s << QString();
    QTest::addRow("empty") << QString() << u"empty"_s;
    QTest::addRow("93 characters") << QString(93, u'g') << u"93 characters"_s;
    QTest::addRow("two colons") << u"a:b:c"_s << u"namespace separator"_s;
    QTest::addRow("leading colon") << u":kitchen"_s << u"namespace separator"_s;
    QTest::addRow("trailing colon") << u"ops:"_s << u"namespace separator"_s;
    QTest::addRow("comma") << u"a,b"_s << u"\",\""_s;
    QTest::addRow("asterisk") << u"ops:*"_s << u"\"*\""_s;
    QTest::addRow("space") << u"ops kitchen"_s << u"U+0020"_s;
}

void TestValidation::channelGroupNames()
{
    QFETCH(QString, name);
    QFETCH(QString, fragment);

    const QString problem = Validation::checkChannelGroup(name);
    if (fragment.isEmpty()) {
        QCOMPARE(problem, QString());
        return;
    }
    QVERIFY2(problem.contains(fragment), qPrintable(problem));
    if (!name.isEmpty())
        QVERIFY2(problem.contains(name), qPrintable(problem));
}

void TestValidation::userIds_data()
{
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("fragment");

    QTest::addRow("plain") << u"tester"_s << QString();
    QTest::addRow("spaces and punctuation") << u"Zoë O'Neil, desk 4/5"_s << QString();
    QTest::addRow("92 characters") << QString(92, u'u') << QString();
    QTest::addRow("empty") << QString() << u"empty"_s;
    QTest::addRow("93 characters") << QString(93, u'u') << u"93 characters"_s;
    QTest::addRow("control character") << u"a\u0001b"_s << u"U+0001"_s;
}

void TestValidation::userIds()
{
    QFETCH(QString, userId);
    QFETCH(QString, fragment);

    const QString problem = Validation::checkUserId(userId);
    if (fragment.isEmpty()) {
        QCOMPARE(problem, QString());
        return;
    }
    QVERIFY2(problem.contains(fragment), qPrintable(problem));
    if (!userId.isEmpty())
        QVERIFY2(problem.contains(userId), qPrintable(problem));
}

void TestValidation::stateJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("fragment");

    QTest::addRow("object") << R"({"mood":"busy","seat":4})"_ba << QString();
    QTest::addRow("empty object") << "{}"_ba << QString();
    QTest::addRow("object over lines") << "{\n  \"mood\": \"busy\"\n}\n"_ba << QString();
    QTest::addRow("empty") << QByteArray() << u"empty"_s;
    QTest::addRow("blank") << " \n"_ba << u"empty"_s;
    QTest::addRow("array") << "[1,2]"_ba << u"array"_s;
    QTest::addRow("string") << R"("busy")"_ba << u"single JSON value"_s;
    QTest::addRow("number") << "42"_ba << u"single JSON value"_s;
    // For a missing separator QJsonParseError::offset points one past the first character of
    // the value it could not place, so the columns below are those of Qt 6.4.
    QTest::addRow("error on line 1") << R"({"mood" "busy"})"_ba << u"line 1, column 10"_s;
    QTest::addRow("error on line 3")
        << "{\n  \"a\": 1,\n  \"b\" 2\n}"_ba << u"line 3, column 8"_s;
    QTest::addRow("column counts characters")
        << "{\"zoë\": 東京}"_ba << u"line 1, column 9"_s;
    QTest::addRow("truncated") << R"({"mood":)"_ba << u"line 1"_s;
}

void TestValidation::stateJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, fragment);

    const QString problem = Validation::checkStateJson(json);
    if (fragment.isEmpty()) {
        QCOMPARE(problem, QString());
        return;
    }
    QVERIFY2(problem.contains(fragment), qPrintable(problem));
}

void TestValidation::limitAndOffset_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("fragment");

    QTest::addRow("unset limit") << -1 << 0 << QString();
    QTest::addRow("limit 0") << 0 << 0 << QString();
    QTest::addRow("limit 1000, offset 5000") << 1000 << 5000 << QString();
    QTest::addRow("limit 1001") << 1001 << 0 << u"limit 1001"_s;
    QTest::addRow("limit -2") << -2 << 0 << u"limit -2"_s;
    QTest::addRow("offset -1") << 10 << -1 << u"offset -1"_s;
}

void TestValidation::limitAndOffset()
{
    QFETCH(int, limit);
    QFETCH(int, offset);
    QFETCH(QString, fragment);

    const QString problem = Validation::checkLimit(limit) + Validation::checkOffset(offset);
    if (fragment.isEmpty()) {
        QCOMPARE(problem, QString());
        return;
    }
    QVERIFY2(problem.contains(fragment), qPrintable(problem));

    HereNowQuery query;
    query.limit = limit;
    query.offset = offset;
    QCOMPARE(Validation::checkHereNow(validConfig(), query), problem);
}

void TestValidation::origins_data()
{
    QTest::addColumn<QString>("origin");
    QTest::addColumn<bool>("valid");

    QTest::addRow("https default") << u"https://ps.pndsn.com"_s << true;
    QTest::addRow("loopback with port") << u"http://127.0.0.1:8090"_s << true;
    QTest::addRow("trailing slash") << u"http://127.0.0.1:8090/"_s << true;
    QTest::addRow("ipv6 loopback") << u"http://[::1]:8090"_s << true;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("no scheme") << u"ps.pndsn.com"_s << false;
    QTest::addRow("ftp") << u"ftp://ps.pndsn.com"_s << false;
    QTest::addRow("no host") << u"http://"_s << false;
    QTest::addRow("path") << u"https://ps.pndsn.com/v2"_s << false;
    QTest::addRow("query") << u"https://ps.pndsn.com?x=1"_s << false;
    QTest::addRow("fragment") << u"https://ps.pndsn.com#top"_s << false;
    QTest::addRow("user info") << u"https://me:pw@ps.pndsn.com"_s << false;
}

void TestValidation::origins()
{
    QFETCH(QString, origin);
    QFETCH(bool, valid);

    const QString problem = Validation::checkOrigin(origin);
    QCOMPARE(problem.isEmpty(), valid);
    if (!valid && !origin.isEmpty())
        QVERIFY2(problem.contains(origin), qPrintable(problem));
}

void TestValidation::configs_data()
{
    QTest::addColumn<QString>("subscribeKey");
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("fragment");

    QTest::addRow("valid") << u"sub-c-demo"_s << u"tester"_s << QString();
    QTest::addRow("empty subscribe key") << QString() << u"tester"_s << u"subscribe key"_s;
    QTest::addRow("slash in subscribe key") << u"sub/c"_s << u"tester"_s << u"sub/c"_s;
    QTest::addRow("space in subscribe key") << u"sub c"_s << u"tester"_s << u"sub c"_s;
    QTest::addRow("dot-dot subscribe key") << u".."_s << u"tester"_s << u"path segment"_s;
    QTest::addRow("empty user id") << u"sub-c-demo"_s << QString() << u"user id"_s;
}

void TestValidation::configs()
{
    QFETCH(QString, subscribeKey);
    QFETCH(QString, userId);
    QFETCH(QString, fragment);

    ClientConfig config = validConfig();
    config.subscribeKey = subscribeKey;
    config.userId = userId;
    const QString problem = Validation::checkConfig(config);
    if (fragment.isEmpty()) {
        QCOMPARE(problem, QString());
        return;
    }
    QVERIFY2(problem.contains(fragment), qPrintable(problem));
}

void TestValidation::listsReportFirstProblem()
{
    QCOMPARE(Validation::checkChannels({u"a"_s, u"b"_s}), QString());
    QVERIFY(Validation::checkChannels({u"a"_s, u"x/y"_s, u"p q"_s}).contains(u"x/y"_s));
    QCOMPARE(Validation::checkChannelGroups({u"ns:g"_s}), QString());
    QVERIFY(Validation::checkChannelGroups({u"ok"_s, u"::"_s}).contains(u"\"::\""_s));
}

void TestValidation::hereNowQuery()
{
    HereNowQuery query;
    QCOMPARE(Validation::checkHereNow(validConfig(), query), QString());

    query.channels = {u"lobby"_s, u"a*b"_s};
    QVERIFY(Validation::checkHereNow(validConfig(), query).contains(u"a*b"_s));

    query.channels = {u"lobby"_s};
    query.channelGroups = {u"a:b:c"_s};
    QVERIFY(Validation::checkHereNow(validConfig(), query).contains(u"a:b:c"_s));

    ClientConfig noKey = validConfig();
    noKey.subscribeKey.clear();
    query.channelGroups.clear();
    QVERIFY(Validation::checkHereNow(noKey, query).contains(u"subscribe key"_s));
}

void TestValidation::stateQueriesNeedTarget()
{
    StateQuery query;
    QVERIFY(Validation::checkState(validConfig(), query).contains(u"no channel"_s));
    query.channelGroups = {u"restaurant"_s};
    QCOMPARE(Validation::checkState(validConfig(), query), QString());
    query.userId = QString(93, u'u');
    QVERIFY(Validation::checkState(validConfig(), query).contains(u"93 characters"_s));

    HeartbeatQuery heartbeat;
    QVERIFY(Validation::checkHeartbeat(validConfig(), heartbeat).contains(u"no channel"_s));

    SetStateQuery setState;
    setState.stateJson = "{}";
    QVERIFY(Validation::checkSetState(validConfig(), setState).contains(u"no channel"_s));
}

void TestValidation::setStateQuery()
{
    SetStateQuery query;
    query.channels = {u"lobby"_s};
    query.stateJson = R"({"mood":"busy"})";
    QCOMPARE(Validation::checkSetState(validConfig(), query), QString());

    query.stateJson = "[1]";
    QVERIFY(Validation::checkSetState(validConfig(), query).contains(u"array"_s));

    query.stateJson = "{}";
    query.userId = u"a\u0002"_s;
    QVERIFY(Validation::checkSetState(validConfig(), query).contains(u"U+0002"_s));
}

void TestValidation::setStateUrlTooLong()
{
    SetStateQuery query;
    query.channels = {u"lobby"_s};
    // Every apostrophe becomes `%27`, so this state of about 11 KiB is over 32 KiB encoded.
    query.stateJson = R"({"k":")" + QByteArray(11 * 1024, '\'') + R"("})";
    const QString problem = Validation::checkSetState(validConfig(), query);
    QVERIFY2(problem.contains(u"32768"_s), qPrintable(problem));

    query.stateJson = R"({"k":")" + QByteArray(20 * 1024, 'x') + R"("})";
    QCOMPARE(Validation::checkSetState(validConfig(), query), QString());
}

void TestValidation::heartbeatQuery()
{
    HeartbeatQuery query;
    query.channels = {u"lobby"_s};
    QCOMPARE(Validation::checkHeartbeat(validConfig(), query), QString());

    query.stateJson = R"({"lobby":{"seat":4}})";
    QCOMPARE(Validation::checkHeartbeat(validConfig(), query), QString());

    query.stateJson = "not json";
    QVERIFY(Validation::checkHeartbeat(validConfig(), query).contains(u"line 1"_s));

    query.stateJson.clear();
    query.presenceTimeoutSeconds = 0;
    QVERIFY(Validation::checkHeartbeat(validConfig(), query).contains(u"timeout 0"_s));

    query.presenceTimeoutSeconds = 300;
    query.channels.clear();
    for (int i = 0; i < 500; ++i)
        query.channels.append(QString(80, u'c') + QString::number(i));
    const QString problem = Validation::checkHeartbeat(validConfig(), query);
    QVERIFY2(problem.contains(u"32768"_s), qPrintable(problem));
}

void TestValidation::splitNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");

    QTest::addRow("commas") << u"a,b,c"_s << QStringList{u"a"_s, u"b"_s, u"c"_s};
    QTest::addRow("mixed separators") << u" a, b\nc\r\n\td ,,e "_s
                                      << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s};
    QTest::addRow("namespaced groups") << u"ops:kitchen ops:bar"_s
                                       << QStringList{u"ops:kitchen"_s, u"ops:bar"_s};
    QTest::addRow("empty") << QString() << QStringList{};
    QTest::addRow("only separators") << u" ,\n, "_s << QStringList{};
    QTest::addRow("utf-8 kept") << u"zoë-東京,base#42"_s
                                << QStringList{u"zoë-東京"_s, u"base#42"_s};
}

void TestValidation::splitNames()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);

    QCOMPARE(Validation::splitNames(text), names);
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
