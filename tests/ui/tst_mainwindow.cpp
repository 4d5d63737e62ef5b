// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "channellistmodel.h"
#include "mainwindow.h"
#include "occupantlistmodel.h"
#include "occupantpanel.h"
#include "occupanttablewidget.h"
#include "presenceengine.h"
#include "presenceserver.h"
#include "presenceservice.h"
#include "refreshscheduler.h"
#include "stateeditorwidget.h"
#include "watchlistwidget.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using Presence::WatchListWidget;

namespace {

// Presses the accepting button of the next modal message box, such as the editor's question
// before it sets the state of another user.
void acceptNextMessageBox()
{
    QTimer::singleShot(100, qApp, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole) {
                button->click();
                return;
            }
        }
    });
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addChannelsValidatesEachName();
    void selectedChannelShowsOccupants();
    void stateSetReachesServer();
    void failedSetKeepsDraft();
    void accessDeniedNamesChannels();

private:
    void startWindow(const Presence::ServerOptions &options, const QString &authKey = {});

    std::unique_ptr<Presence::PresenceServer> m_server;
    std::unique_ptr<Presence::PresenceService> m_service;
    std::unique_ptr<Presence::MainWindow> m_window;
};

void TestMainWindow::init()
{
    QLocale::setDefault(QLocale::c());
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_service.reset();
    m_server.reset();
}

void TestMainWindow::startWindow(const Presence::ServerOptions &options, const QString &authKey)
{
    m_server = std::make_unique<Presence::PresenceServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    for (int i = 0; i < 40; ++i) {
        m_server->engine()->heartbeat(u"user-%1"_s.arg(i), { u"room"_s }, 600,
                                      { { u"room"_s, QJsonObject { { u"seat"_s, i } } } });
    }
    for (int i = 0; i < 5; ++i)
        m_server->engine()->heartbeat(u"guest-%1"_s.arg(i), { u"hall"_s }, 600);

    Presence::RetryPolicy noRetries;
    noRetries.maxRetries = 0;
    m_service = std::make_unique<Presence::PresenceService>();
    m_service->setRetryPolicy(noRetries);
    Presence::ClientConfig config;
    config.origin = m_server->origin().toString();
    config.subscribeKey = options.subscribeKey;
    config.authKey = authKey;
    config.userId = u"operator"_s;
    config.requestTimeout = std::chrono::seconds(5);
    m_service->setConfig(config);

    m_window = std::make_unique<Presence::MainWindow>(m_service.get());
    m_window->setKeyset(u"test"_s, config.userId);
    m_window->show();
}

void TestMainWindow::addChannelsValidatesEachName()
{
    startWindow({});
    WatchListWidget *watchList = m_window->watchList();
    QSignalSpy changed(watchList, &WatchListWidget::watchListChanged);

    const QString text = u"room, bad*name\nhall other:bad"_s;
    watchList->setEntryText(text);
    QVERIFY(!watchList->addFromText(watchList->entryText(), WatchListWidget::Kind::Channel));
    QCOMPARE(watchList->entryText(), text);
    QVERIFY2(watchList->entryMessage().contains(u"bad*name"_s), qPrintable(watchList->entryMessage()));
    QVERIFY2(watchList->entryMessage().contains(u"other:bad"_s), qPrintable(watchList->entryMessage()));
    QVERIFY(!watchList->entryMessage().contains(u"\"hall\""_s));
    QCOMPARE(changed.count(), 0);
    QVERIFY(watchList->channels().isEmpty());

    watchList->setEntryText(u"room, hall\nlobby"_s);
    QVERIFY(watchList->addFromText(watchList->entryText(), WatchListWidget::Kind::Channel));
    QCOMPARE(watchList->channels(), (QStringList { u"room"_s, u"hall"_s, u"lobby"_s }));
    QVERIFY(watchList->entryText().isEmpty());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_window->channelModel()->rowCount(), 3);
    QCOMPARE(m_window->scheduler()->watchedChannels(), watchList->channels());

    QVERIFY(!watchList->addFromText(u"a/b"_s, WatchListWidget::Kind::ChannelGroup));
    QVERIFY(watchList->entryMessage().contains(u"a/b"_s));
}

void TestMainWindow::selectedChannelShowsOccupants()
{
    startWindow({});
    QSignalSpy shown(m_window.get(), &Presence::MainWindow::firstDataShown);
    m_window->setWatchList({ u"room"_s, u"hall"_s }, {});
    m_window->startRefreshing();
    QVERIFY(shown.wait(15000));

    // The busiest channel is selected on the first load.
    QCOMPARE(m_window->scheduler()->selectedChannel(), u"room"_s);
    QCOMPARE(m_window->occupantModel()->rowCount(), 40);
    QCOMPARE(m_window->channelModel()->occupancyOf(u"hall"_s), 5);

    m_window->selectChannel(u"hall"_s);
    QSignalSpy applied(m_window->occupantModel(), &Presence::OccupantListModel::occupantsApplied);
    QVERIFY(applied.wait(10000));
    QCOMPARE(m_window->occupantModel()->channel(), u"hall"_s);
    QCOMPARE(m_window->occupantModel()->rowCount(), 5);
    QVERIFY(m_window->occupantModel()->rowOfUser(u"guest-3"_s) >= 0);
}

void TestMainWindow::stateSetReachesServer()
{
    startWindow({});
    QSignalSpy shown(m_window.get(), &Presence::MainWindow::firstDataShown);
    m_window->setWatchList({ u"room"_s }, {});
    m_window->startRefreshing();
    QVERIFY(shown.wait(15000));

    // Select user-7 in the occupant table: the panel lists its channels and aims the editor.
    QTableView *view = m_window->occupantTable()->view();
    const QModelIndex source = m_window->occupantModel()->index(
            m_window->occupantModel()->rowOfUser(u"user-7"_s), 0);
    const QModelIndex index = m_window->occupantTable()->proxy()->mapFromSource(source);
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                           | QItemSelectionModel::Rows);
    QCOMPARE(m_window->occupantPanel()->userId(), u"user-7"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->occupantPanel()->whereNowChannels(),
                              QStringList { u"room"_s }, 10000);

    StateEditorWidget *editor = m_window->occupantPanel()->stateEditor();
    QCOMPARE(editor->targetUserId(), u"user-7"_s);
    QCOMPARE(editor->channels(), QStringList { u"room"_s });
    QSignalSpy stateSet(editor, &StateEditorWidget::stateSet);
    editor->setDraft(u"{\"mood\": \"busy\"}"_s);
    acceptNextMessageBox();
    editor->set();
    QVERIFY(stateSet.wait(10000));

    const std::optional<QJsonObject> stored = m_server->engine()->state(u"user-7"_s, u"room"_s);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->value(u"mood"_s).toString(), u"busy"_s);

    // The refresh that follows the set shows the new state in the occupant table.
    QTRY_COMPARE_WITH_TIMEOUT(
            m_window->occupantModel()->stateAt(m_window->occupantModel()->rowOfUser(u"user-7"_s)),
            QByteArray("{\"mood\":\"busy\"}"), 15000);
}

void TestMainWindow::failedSetKeepsDraft()
{
    startWindow({});
    StateEditorWidget *editor = m_window->occupantPanel()->stateEditor();
    editor->setTarget(u"operator"_s, { u"room"_s }, {});
    m_server->stop();

    const QString draft = u"{\"mood\": \"away\"}"_s;
    editor->setDraft(draft);
    acceptNextMessageBox();
    editor->set();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->errorMessage().isEmpty(), 15000);
    QCOMPARE(editor->draft(), draft);
}

void TestMainWindow::accessDeniedNamesChannels()
{
    Presence::ServerOptions options;
    options.authKey = u"right-key"_s;
    startWindow(options, u"wrong-key"_s);
    QSignalSpy finished(m_window->scheduler(), &Presence::RefreshScheduler::refreshFinished);
    m_window->setWatchList({ u"room"_s, u"hall"_s }, {});
    m_window->startRefreshing();
    QVERIFY(finished.wait(15000));

    const QString banner = m_window->errorBannerText();
    QVERIFY2(banner.contains(u"room"_s), qPrintable(banner));
    QVERIFY2(banner.contains(u"hall"_s), qPrintable(banner));
    QVERIFY2(banner.contains(u"auth key"_s), qPrintable(banner));
    const int row = m_window->channelModel()->rowOfChannel(u"room"_s);
    QCOMPARE(m_window->channelModel()
                     ->index(row, 0)
                     .data(Presence::ChannelListModel::StatusRole)
                     .toInt(),
             int(Presence::ChannelListModel::Status::AccessDenied));
    // Nothing modal was opened for the error.
    QVERIFY(!QApplication::activeModalWidget());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
