// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "presenceengine.h"
#include "presenceserver.h"
#include "presenceservice.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Presence;

namespace {

// Waits for the signal that carries `id`, or for `requestFailed` with it. Returns the
// signal's arguments, or the failure's arguments with `failed` set.
template<typename Signal>
QList<QVariant> awaitResult(PresenceService &service, RequestId id, Signal signal, bool *failed)
{
    QSignalSpy done(&service, signal);
    QSignalSpy error(&service, &PresenceService::requestFailed);
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        for (const QList<QVariant> &arguments : std::as_const(done)) {
            if (arguments.at(0).value<RequestId>() == id) {
                *failed = false;
                return arguments;
            }
        }
        for (const QList<QVariant> &arguments : std::as_const(error)) {
            if (arguments.at(0).value<RequestId>() == id) {
                *failed = true;
                return arguments;
            }
        }
        QTest::qWait(10);
    }
    *failed = true;
    return {};
}

} // namespace

// The project's own client against the local server, through the same checks as the
// conformance run of the official JavaScript SDK.
class TestServerClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PresenceServer> m_server;
    std::unique_ptr<PresenceService> m_service;

    void start(ServerOptions options = {}, ClientConfig config = {})
    {
        options.cache = false;
        m_server = std::make_unique<PresenceServer>(options);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        config.origin = m_server->origin().toString();
        config.subscribeKey = options.subscribeKey;
        if (config.userId.isEmpty())
            config.userId = u"client-1"_s;
        m_service = std::make_unique<PresenceService>();
        m_service->setConfig(config);
        m_service->setCacheTime(std::chrono::milliseconds(0));
    }

    template<typename Signal>
    QList<QVariant> expect(RequestId id, Signal signal)
    {
        bool failed = false;
        const QList<QVariant> arguments = awaitResult(*m_service, id, signal, &failed);
        if (failed) {
            const QString message = arguments.size() > 1
                    ? arguments.at(1).value<PresenceError>().serverMessage()
                    : u"no answer"_s;
            qWarning("request %llu failed: %s", id, qPrintable(message));
            return {};
        }
        return arguments;
    }

    PresenceError expectFailure(RequestId id)
    {
        bool failed = false;
        const QList<QVariant> arguments =
                awaitResult(*m_service, id, &PresenceService::hereNowFinished, &failed);
        if (!failed || arguments.size() < 2)
            return {};
        return arguments.at(1).value<PresenceError>();
    }

    void populate()
    {
        PresenceEngine *engine = m_server->engine();
        engine->heartbeat(u"u1"_s, { u"a"_s, u"b"_s }, 60,
                          { { u"a"_s, QJsonObject { { u"mood"_s, u"ok"_s } } } });
        engine->heartbeat(u"u2"_s, { u"a"_s }, 60);
        engine->heartbeat(u"u3"_s, { u"c"_s }, 60);
        engine->addChannelsToGroup(u"g"_s, { u"b"_s, u"c"_s });
    }

    HereNowResult hereNow(const HereNowQuery &query)
    {
        const QList<QVariant> arguments =
                expect(m_service->hereNow(query), &PresenceService::hereNowFinished);
        return arguments.isEmpty() ? HereNowResult() : arguments.at(1).value<HereNowResult>();
    }

private Q_SLOTS:
    void cleanup()
    {
        m_service.reset();
        m_server.reset();
    }

    void hereNowOneChannel()
    {
        start();
        populate();
        HereNowQuery query;
        query.channels = { u"a"_s };
        query.includeState = true;
        const HereNowResult result = hereNow(query);
        QCOMPARE(result.total_channels, 1);
        QCOMPARE(result.total_occupancy, 2);
        const HereNowChannel *channel = result.channel(u"a"_s);
        QVERIFY(channel);
        QCOMPARE(channel->occupants.size(), 2);
        QCOMPARE(channel->occupants.at(0).user_id, u"u1"_s);
        QCOMPARE(channel->occupants.at(0).state.json().toObject().value(u"mood"_s).toString(), u"ok"_s);
        QVERIFY(channel->occupants.at(1).state.isNull());
    }

    void hereNowSeveralGroupsGlobal()
    {
        start();
        populate();
        HereNowQuery several;
        several.channels = { u"a"_s, u"b"_s };
        QCOMPARE(hereNow(several).total_occupancy, 3);

        HereNowQuery groups;
        groups.channelGroups = { u"g"_s };
        groups.includeUserIds = false;
        const HereNowResult grouped = hereNow(groups);
        QCOMPARE(grouped.total_channels, 2);
        QVERIFY(grouped.channel(u"c"_s));
        QCOMPARE(grouped.channel(u"c"_s)->occupancy, 1);
        QVERIFY(grouped.channel(u"c"_s)->occupants.isEmpty());

        const HereNowResult global = hereNow(HereNowQuery());
        QCOMPARE(global.total_channels, 3);
        QCOMPARE(global.total_occupancy, 4);
    }

    void hereNowAllPages()
    {
        start();
        for (int i = 0; i < 2500; ++i)
            m_server->engine()->heartbeat(u"user-%1"_s.arg(i), { u"big"_s }, 60);
        HereNowQuery query;
        query.channels = { u"big"_s };
        query.allPages = true;
        const HereNowResult result = hereNow(query);
        QVERIFY(result.channel(u"big"_s));
        QCOMPARE(result.channel(u"big"_s)->occupancy, 2500);
        QCOMPARE(result.channel(u"big"_s)->occupants.size(), 2500);
    }

    void whereNow()
    {
        start();
        populate();
        const QList<QVariant> arguments =
                expect(m_service->whereNow(u"u1"_s), &PresenceService::whereNowFinished);
        QVERIFY(!arguments.isEmpty());
        QStringList channels = arguments.at(1).value<WhereNowResult>().channels;
        channels.sort();
        QCOMPARE(channels, QStringList({ u"a"_s, u"b"_s }));
    }

    void setAndGetState()
    {
        start();
        SetStateQuery set;
        set.channels = { u"a"_s, u"b"_s };
        set.stateJson = R"({"mood":"busy"})";
        QList<QVariant> arguments = expect(m_service->setState(set), &PresenceService::setStateFinished);
        QVERIFY(!arguments.isEmpty());
        QCOMPARE(arguments.at(1).value<SetStateResult>().state.json().toObject().value(u"mood"_s).toString(),
                 u"busy"_s);

        StateQuery one;
        one.channels = { u"a"_s };
        arguments = expect(m_service->getState(one), &PresenceService::getStateFinished);
        QVERIFY(!arguments.isEmpty());
        GetStateResult result = arguments.at(1).value<GetStateResult>();
        QCOMPARE(result.state.size(), 1);
        QCOMPARE(result.state.at(0).channel_name, u"a"_s);

        StateQuery several;
        several.channels = { u"a"_s, u"b"_s, u"c"_s };
        arguments = expect(m_service->getState(several), &PresenceService::getStateFinished);
        QVERIFY(!arguments.isEmpty());
        result = arguments.at(1).value<GetStateResult>();
        int withState = 0;
        for (const GetStateInfo &info : std::as_const(result.state)) {
            if (!info.state.isNull()) {
                ++withState;
                QCOMPARE(info.state.json().toObject().value(u"mood"_s).toString(), u"busy"_s);
            }
        }
        QCOMPARE(withState, 2);
    }

    void heartbeatAndLeave()
    {
        start();
        HeartbeatQuery query;
        query.channels = { u"room"_s };
        query.presenceTimeoutSeconds = 60;
        QVERIFY(!expect(m_service->heartbeat(query), &PresenceService::heartbeatFinished).isEmpty());
        QVERIFY(m_server->engine()->isPresent(u"client-1"_s, u"room"_s));
        QVERIFY(!expect(m_service->leave({ u"room"_s }), &PresenceService::leaveFinished).isEmpty());
        QVERIFY(!m_server->engine()->isPresent(u"client-1"_s, u"room"_s));
    }

    void channelGroups()
    {
        start();
        QVERIFY(!expect(m_service->addChannelsToGroup(u"cg"_s, { u"x"_s, u"y"_s }),
                        &PresenceService::channelGroupChanged).isEmpty());
        QList<QVariant> arguments = expect(m_service->listChannelGroups(), &PresenceService::channelGroupsListed);
        QVERIFY(!arguments.isEmpty());
        QCOMPARE(arguments.at(1).toStringList(), QStringList({ u"cg"_s }));
        arguments = expect(m_service->listGroupChannels(u"cg"_s), &PresenceService::groupChannelsListed);
        QVERIFY(!arguments.isEmpty());
        QStringList channels = arguments.at(1).value<ChannelGroupList>().channels;
        channels.sort();
        QCOMPARE(channels, QStringList({ u"x"_s, u"y"_s }));
        QVERIFY(!expect(m_service->removeChannelsFromGroup(u"cg"_s, { u"x"_s }),
                        &PresenceService::channelGroupChanged).isEmpty());
        QCOMPARE(m_server->engine()->groupChannels(u"cg"_s), QStringList({ u"y"_s }));
        QVERIFY(!expect(m_service->deleteChannelGroup(u"cg"_s), &PresenceService::channelGroupChanged).isEmpty());
        QVERIFY(m_server->engine()->groups().isEmpty());
    }

    void accessDenied()
    {
        ServerOptions options;
        options.authKey = u"right"_s;
        ClientConfig config;
        config.authKey = u"wrong"_s;
        start(options, config);
        HereNowQuery query;
        query.channels = { u"a"_s };
        const PresenceError error = expectFailure(m_service->hereNow(query));
        QCOMPARE(error.kind(), PresenceError::Kind::AccessDenied);
        QCOMPARE(error.httpStatus(), 403);
    }

    void signedRequestsAccepted()
    {
        ServerOptions options;
        options.secretKey = u"sec-c-test"_s;
        options.publishKey = u"pub-c-test"_s;
        ClientConfig config;
        config.secretKey = options.secretKey;
        config.publishKey = options.publishKey;
        start(options, config);
        populate();
        HereNowQuery query;
        query.channels = { u"a"_s, u"weird~name!(x)"_s };
        QCOMPARE(hereNow(query).total_occupancy, 2);
    }
};

QTEST_GUILESS_MAIN(TestServerClient)
#include "tst_serverclient.moc"
