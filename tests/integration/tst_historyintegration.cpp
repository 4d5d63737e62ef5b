// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "historyintegration.h"

#include "channellistmodel.h"
#include "channeltablewidget.h"
#include "historyrecorder.h"
#include "historystore.h"
#include "mainwindow.h"
#include "occupancychartview.h"
#include "presenceengine.h"
#include "presenceserver.h"
#include "presenceservice.h"
#include "refreshscheduler.h"
#include "settingsdialog.h"

#include <QAction>
#include <QFile>
#include <QJsonObject>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The main window with the history wired in, refreshing from a local presence server.
class TestHistoryIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void refreshesAreRecorded();
    void chartFollowsSelection();
    void exportMenuHoldsActions();
    void markedChannelRecordsOccupants();
    void csvRecordingAppendsRefreshes();
    void historySurvivesReopening();
    void retentionFollowsSettings();

private:
    void startWindow();
    void waitForRecordedRefreshes(int count);

    QTemporaryDir m_folder;
    std::unique_ptr<Presence::PresenceServer> m_server;
    std::unique_ptr<Presence::PresenceService> m_service;
    std::unique_ptr<Presence::MainWindow> m_window;
    Presence::HistoryIntegration *m_history = nullptr;
    QString m_databasePath;
};

void TestHistoryIntegration::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_folder.isValid());
}

void TestHistoryIntegration::init()
{
    m_databasePath = m_folder.filePath(u"history-%1.sqlite"_s.arg(QLatin1StringView(QTest::currentTestFunction())));
    startWindow();
}

void TestHistoryIntegration::cleanup()
{
    m_history = nullptr;
    m_window.reset();
    m_service.reset();
    m_server.reset();
}

void TestHistoryIntegration::startWindow()
{
    Presence::ServerOptions options;
    options.cache = false;
    m_server = std::make_unique<Presence::PresenceServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    for (int i = 0; i < 12; ++i) {
        m_server->engine()->heartbeat(u"user-%1"_s.arg(i), { u"room"_s }, 600,
                                      { { u"room"_s, QJsonObject { { u"seat"_s, i } } } });
    }
    m_server->engine()->heartbeat(u"guest"_s, { u"hall"_s }, 600);

    m_service = std::make_unique<Presence::PresenceService>();
    Presence::ClientConfig config;
    config.origin = m_server->origin().toString();
    config.subscribeKey = options.subscribeKey;
    config.userId = u"operator"_s;
    m_service->setConfig(config);
    // Each refresh in these tests must reach the server and be recorded.
    m_service->setCacheTime(std::chrono::milliseconds(0));

    m_window = std::make_unique<Presence::MainWindow>(m_service.get());
    m_history = new Presence::HistoryIntegration(m_window.get(), m_databasePath);
    m_window->setKeyset(u"test"_s, config.userId);
    m_history->setKeyset(u"key:demo"_s);
    m_window->setWatchList({ u"room"_s, u"hall"_s }, {});
    m_window->show();
}

void TestHistoryIntegration::waitForRecordedRefreshes(int count)
{
    QSignalSpy recorded(m_history->recorder(), &Presence::HistoryRecorder::refreshRecorded);
    QVERIFY(recorded.isValid());
    m_window->startRefreshing();
    while (recorded.count() < count) {
        m_window->scheduler()->refreshNow();
        QVERIFY(recorded.wait(10000));
    }
    m_history->recorder()->waitForIdle();
}

void TestHistoryIntegration::refreshesAreRecorded()
{
    waitForRecordedRefreshes(2);

    Presence::HistoryStore store;
    QVERIFY2(store.open(m_databasePath), qPrintable(store.errorString()));
    QVERIFY(store.refreshCount(u"key:demo"_s) >= 2);
    const QStringList channels = store.recordedChannels(u"key:demo"_s);
    QVERIFY(channels.contains(u"room"_s));
    QVERIFY(channels.contains(u"hall"_s));

    const auto samples = store.samples(u"key:demo"_s, u"room"_s,
                                       QDateTime::currentDateTimeUtc().addSecs(-60),
                                       QDateTime::currentDateTimeUtc().addSecs(60));
    QVERIFY(!samples.isEmpty());
    QCOMPARE(samples.constLast().occupancy, 12);
}

void TestHistoryIntegration::chartFollowsSelection()
{
    waitForRecordedRefreshes(1);
    QTableView *view = m_window->channelTable()->view();
    QTRY_VERIFY(view->model()->rowCount() >= 2);

    view->clearSelection();
    QCOMPARE(m_history->chartedChannels(), QStringList({ u"room"_s, u"hall"_s }));

    int hallRow = -1;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data().toString() == "hall"_L1)
            hallRow = row;
    }
    QVERIFY(hallRow >= 0);
    view->selectRow(hallRow);
    QCOMPARE(m_history->chartedChannels(), QStringList({ u"hall"_s }));
    QCOMPARE(m_history->chart()->channels(), QStringList({ u"hall"_s }));

    view->selectAll();
    QStringList both = m_history->chartedChannels();
    both.sort();
    QCOMPARE(both, QStringList({ u"hall"_s, u"room"_s }));
}

void TestHistoryIntegration::exportMenuHoldsActions()
{
    const QList<QAction *> actions = m_window->exportMenu()->actions();
    QVERIFY(actions.contains(m_history->exportOccupancyAction()));
    QVERIFY(actions.contains(m_history->exportOccupantsAction()));
    QVERIFY(actions.contains(m_history->exportHistoryAction()));
    QVERIFY(actions.contains(m_history->recordCsvAction()));

    // Nothing to export before the first refresh.
    QVERIFY(!m_history->exportOccupancyAction()->isEnabled());
    waitForRecordedRefreshes(1);
    QVERIFY(m_history->exportOccupancyAction()->isEnabled());
}

void TestHistoryIntegration::markedChannelRecordsOccupants()
{
    m_history->recorder()->setMarked(u"room"_s, true);
    waitForRecordedRefreshes(1);
    m_window->selectChannel(u"room"_s);
    // The occupants of the selected channel arrive with the refresh after the selection.
    waitForRecordedRefreshes(2);

    Presence::HistoryStore store;
    QVERIFY(store.open(m_databasePath));
    QVERIFY(store.isMarked(u"key:demo"_s, u"room"_s));
    const auto occupants = store.occupants(u"key:demo"_s, u"room"_s,
                                           QDateTime::currentDateTimeUtc().addSecs(-60),
                                           QDateTime::currentDateTimeUtc().addSecs(60));
    QVERIFY(!occupants.isEmpty());
}

void TestHistoryIntegration::csvRecordingAppendsRefreshes()
{
    const QString csvPath = m_folder.filePath(u"recording.csv"_s);
    m_history->recorder()->startCsvRecording(csvPath);
    waitForRecordedRefreshes(2);
    m_history->recorder()->stopCsvRecording();
    m_history->recorder()->waitForIdle();

    QFile file(csvPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.constFirst().startsWith("time,"));
    // One header, then a row per channel and refresh.
    int headers = 0;
    int roomRows = 0;
    for (const QByteArray &line : lines) {
        if (line.startsWith("time,"))
            ++headers;
        if (line.contains(",room,"))
            ++roomRows;
    }
    QCOMPARE(headers, 1);
    QVERIFY(roomRows >= 2);
}

void TestHistoryIntegration::historySurvivesReopening()
{
    waitForRecordedRefreshes(2);
    cleanup();

    Presence::HistoryStore store;
    QVERIFY(store.open(m_databasePath));
    const qint64 before = store.refreshCount(u"key:demo"_s);
    QVERIFY(before >= 2);
    store.close();

    startWindow();
    // The trend column starts with the occupancy recorded before the restart.
    Presence::ChannelListModel *model = m_window->channelModel();
    const int roomRow = model->rowOfChannel(u"room"_s);
    QVERIFY(roomRow >= 0);
    const QList<int> trend =
            model->index(roomRow, 0).data(Presence::ChannelListModel::TrendRole).value<QList<int>>();
    QCOMPARE(trend.size(), int(before));
    QCOMPARE(trend.constLast(), 12);

    waitForRecordedRefreshes(1);
    QVERIFY(store.open(m_databasePath));
    QVERIFY(store.refreshCount(u"key:demo"_s) > before);
}

void TestHistoryIntegration::retentionFollowsSettings()
{
    QCOMPARE(m_history->recorder()->retentionDays(), m_window->settings().historyRetentionDays);

    Presence::DashboardSettings settings = m_window->settings();
    settings.historyRetentionDays = 7;
    m_window->applySettings(settings);
    QCOMPARE(m_history->recorder()->retentionDays(), 7);
}

QTEST_MAIN(TestHistoryIntegration)

#include "tst_historyintegration.moc"
