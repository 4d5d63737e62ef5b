// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "presenceerror.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Presence;

Q_DECLARE_METATYPE(Presence::PresenceError::Kind)

namespace {

const QList<PresenceError::Kind> AllKinds = {
    PresenceError::Kind::None,          PresenceError::Kind::InvalidInput,
    PresenceError::Kind::Network,       PresenceError::Kind::Timeout,
    PresenceError::Kind::AccessDenied,  PresenceError::Kind::InvalidRequest,
    PresenceError::Kind::FeatureNotEnabled, PresenceError::Kind::UriTooLong,
    PresenceError::Kind::RateLimited,   PresenceError::Kind::ServerError,
    PresenceError::Kind::MalformedResponse, PresenceError::Kind::ResponseTooLarge,
    PresenceError::Kind::NotFound,      PresenceError::Kind::Cancelled,
};

} // namespace

class TestPresenceError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindNamesStableAndUnique();
    void everyKindHasSentence();
    void transientKinds_data();
    void transientKinds();
    void accessDeniedNamesChannelsAndGroups();
    void rateLimitedNamesRetryDelay();
    void invalidInputKeepsMessage();
    void serverMessageInSentence();
    void unknownSubscribeKeyNamed();
};

void TestPresenceError::kindNamesStableAndUnique()
{
    QSet<QString> names;
    for (const PresenceError::Kind kind : AllKinds) {
        const QString name = PresenceError::kindName(kind);
        QVERIFY(!name.isEmpty());
        QCOMPARE(name, name.toLower());
        names.insert(name);
    }
    QCOMPARE(names.size(), AllKinds.size());
    QCOMPARE(PresenceError::kindName(PresenceError::Kind::AccessDenied), u"access_denied"_s);
    QCOMPARE(PresenceError::kindName(PresenceError::Kind::RateLimited), u"rate_limited"_s);
}

void TestPresenceError::everyKindHasSentence()
{
    for (const PresenceError::Kind kind : AllKinds) {
        const QString message = PresenceError(kind, 500).message();
        QVERIFY2(!message.isEmpty(), qPrintable(PresenceError::kindName(kind)));
        QVERIFY2(message.endsWith(u'.'), qPrintable(message));
        QVERIFY2(message.at(0).isUpper(), qPrintable(message));
    }
    QVERIFY(!PresenceError().isError());
    QVERIFY(PresenceError(PresenceError::Kind::Cancelled).isError());
}

void TestPresenceError::transientKinds_data()
{
    QTest::addColumn<PresenceError::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("transient");

    QTest::addRow("network") << PresenceError::Kind::Network << 0 << true;
    QTest::addRow("timeout") << PresenceError::Kind::Timeout << 0 << true;
    QTest::addRow("429") << PresenceError::Kind::RateLimited << 429 << true;
    QTest::addRow("503") << PresenceError::Kind::ServerError << 503 << true;
    QTest::addRow("server error on 302") << PresenceError::Kind::ServerError << 302 << false;
    QTest::addRow("403") << PresenceError::Kind::AccessDenied << 403 << false;
    QTest::addRow("400") << PresenceError::Kind::InvalidRequest << 400 << false;
    QTest::addRow("414") << PresenceError::Kind::UriTooLong << 414 << false;
    QTest::addRow("malformed") << PresenceError::Kind::MalformedResponse << 200 << false;
    QTest::addRow("cancelled") << PresenceError::Kind::Cancelled << 0 << false;
    QTest::addRow("invalid input") << PresenceError::Kind::InvalidInput << 0 << false;
}

void TestPresenceError::transientKinds()
{
    QFETCH(PresenceError::Kind, kind);
    QFETCH(int, status);
    QFETCH(bool, transient);

    QCOMPARE(PresenceError(kind, status).isTransient(), transient);
}

void TestPresenceError::accessDeniedNamesChannelsAndGroups()
{
    PresenceError error(PresenceError::Kind::AccessDenied, 403, u"Forbidden"_s);
    error.setDenied({u"vip-lounge"_s, u"staff"_s}, {u"restaurant"_s});
    const QString both = error.message();
    QVERIFY2(both.contains(u"\"vip-lounge\""_s), qPrintable(both));
    QVERIFY2(both.contains(u"\"staff\""_s), qPrintable(both));
    QVERIFY2(both.contains(u"\"restaurant\""_s), qPrintable(both));
    QVERIFY2(both.contains(u"auth key"_s), qPrintable(both));

    error.setDenied({}, {u"ops:kitchen"_s});
    const QString groups = error.message();
    QVERIFY2(groups.contains(u"channel groups \"ops:kitchen\""_s), qPrintable(groups));

    error.setDenied({}, {});
    const QString neither = error.message();
    QVERIFY2(neither.contains(u"auth key"_s), qPrintable(neither));
    QVERIFY2(neither.contains(u"403"_s), qPrintable(neither));
}

void TestPresenceError::rateLimitedNamesRetryDelay()
{
    PresenceError error(PresenceError::Kind::RateLimited, 429);
    QVERIFY2(error.message().contains(u"Wait"_s), qPrintable(error.message()));

    error.setRetryAfterSeconds(12);
    QVERIFY2(error.message().contains(u"12 second"_s), qPrintable(error.message()));
}

void TestPresenceError::invalidInputKeepsMessage()
{
    const PresenceError error =
        PresenceError::invalidInput(u"The channel name \"a,b\" contains \",\"."_s);
    QCOMPARE(error.kind(), PresenceError::Kind::InvalidInput);
    QCOMPARE(error.httpStatus(), 0);
    QCOMPARE(error.message(), u"The channel name \"a,b\" contains \",\"."_s);
}

void TestPresenceError::serverMessageInSentence()
{
    const PresenceError error(PresenceError::Kind::InvalidRequest, 400, u"Invalid JSON specified."_s);
    QVERIFY2(error.message().contains(u"Invalid JSON specified)"_s), qPrintable(error.message()));
    QVERIFY2(error.message().contains(u"400"_s), qPrintable(error.message()));
}

void TestPresenceError::unknownSubscribeKeyNamed()
{
    const PresenceError error(PresenceError::Kind::InvalidRequest, 400, u"Invalid Subscribe Key"_s);
    QVERIFY2(error.message().contains(u"Check the subscribe key"_s), qPrintable(error.message()));
    QVERIFY2(error.message().contains(u"Invalid Subscribe Key"_s), qPrintable(error.message()));
}

QTEST_GUILESS_MAIN(TestPresenceError)
#include "tst_presenceerror.moc"
