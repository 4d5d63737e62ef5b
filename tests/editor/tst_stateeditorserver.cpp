// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "presenceengine.h"
#include "presenceserver.h"
#include "presenceservice.h"
#include "stateeditorwidget.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The state editor against the local presence server, over real HTTP on 127.0.0.1.
class TestStateEditorServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void setThenLoadRoundTrip();
    void otherUserStateSet();
    void deniedSetKeepsDraft();

private:
    void startServer(const Presence::ServerOptions &options, const QString &clientAuthKey = {});

    std::unique_ptr<Presence::PresenceServer> m_server;
    std::unique_ptr<Presence::PresenceService> m_service;
};

void TestStateEditorServer::init()
{
    QLocale::setDefault(QLocale::c());
}

void TestStateEditorServer::cleanup()
{
    m_service.reset();
    m_server.reset();
}

void TestStateEditorServer::startServer(const Presence::ServerOptions &options, const QString &clientAuthKey)
{
    m_server = std::make_unique<Presence::PresenceServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));

    m_service = std::make_unique<Presence::PresenceService>();
    Presence::ClientConfig config;
    config.origin = m_server->origin().toString();
    config.subscribeKey = options.subscribeKey;
    config.userId = u"operator"_s;
    config.authKey = clientAuthKey;
    m_service->setConfig(config);
}

void TestStateEditorServer::setThenLoadRoundTrip()
{
    startServer({});
    StateEditorWidget writer(m_service.get());
    writer.setConfiguredUserId(u"operator"_s);
    writer.setTarget({}, {u"lobby"_s, u"support"_s}, {});
    writer.setDraft(u"{\"mood\": \"busy\", \"queue\": 4}"_s);

    QSignalSpy setSpy(&writer, &StateEditorWidget::stateSet);
    QVERIFY(setSpy.isValid());
    writer.set();
    QVERIFY2(setSpy.wait(10000), qPrintable(writer.errorMessage()));

    const QJsonObject expected{{u"mood"_s, u"busy"_s}, {u"queue"_s, 4}};
    QCOMPARE(m_server->engine()->state(u"operator"_s, u"lobby"_s).value_or(QJsonObject()), expected);
    QCOMPARE(m_server->engine()->state(u"operator"_s, u"support"_s).value_or(QJsonObject()), expected);
    for (const auto &line : writer.difference())
        QCOMPARE(line.change, Presence::DiffLine::Change::Unchanged);

    StateEditorWidget reader(m_service.get());
    reader.setConfiguredUserId(u"operator"_s);
    reader.setTarget({}, {u"support"_s}, {});
    QSignalSpy loaded(&reader, &StateEditorWidget::stateLoaded);
    reader.load();
    QVERIFY2(loaded.wait(10000), qPrintable(reader.errorMessage()));
    QVERIFY2(reader.draft().contains(u"\"mood\": \"busy\""_s), qPrintable(reader.draft()));
    QVERIFY(reader.draft().contains(u"\"queue\": 4"_s));
}

void TestStateEditorServer::otherUserStateSet()
{
    startServer({});
    StateEditorWidget editor(m_service.get());
    // Without a configured user id there is no other id to compare with, so no confirmation opens.
    editor.setTarget(u"guest-9"_s, {u"lobby"_s}, {});
    editor.setDraft(u"{\"seat\": \"B12\"}"_s);

    QSignalSpy setSpy(&editor, &StateEditorWidget::stateSet);
    editor.set();
    QVERIFY2(setSpy.wait(10000), qPrintable(editor.errorMessage()));
    QCOMPARE(setSpy.at(0).at(0).toString(), u"guest-9"_s);
    QCOMPARE(m_server->engine()->state(u"guest-9"_s, u"lobby"_s).value_or(QJsonObject()),
             (QJsonObject{{u"seat"_s, u"B12"_s}}));
    QVERIFY(!m_server->engine()->state(u"operator"_s, u"lobby"_s).has_value());
}

void TestStateEditorServer::deniedSetKeepsDraft()
{
    Presence::ServerOptions options;
    options.authKey = u"granted-key"_s;
    startServer(options, u"other-key"_s);

    StateEditorWidget editor(m_service.get());
    editor.setConfiguredUserId(u"operator"_s);
    editor.setTarget({}, {u"vip-lounge"_s}, {});
    const QString draft = u"{\"mood\": \"celebrating\"}"_s;
    editor.setDraft(draft);

    QSignalSpy setSpy(&editor, &StateEditorWidget::stateSet);
    editor.set();
    QTRY_VERIFY_WITH_TIMEOUT(!editor.isBusy(), 10000);
    QCOMPARE(setSpy.count(), 0);
    QCOMPARE(editor.draft(), draft);
    QVERIFY2(editor.errorMessage().contains(u"vip-lounge"_s), qPrintable(editor.errorMessage()));
    QVERIFY(!m_server->engine()->state(u"operator"_s, u"vip-lounge"_s).has_value());
}

QTEST_MAIN(TestStateEditorServer)
#include "tst_stateeditorserver.moc"
