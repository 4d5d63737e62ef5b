// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "channellistmodel.h"
#include "channeltablewidget.h"
#include "helpdialogs.h"
#include "mainwindow.h"
#include "occupantlistmodel.h"
#include "occupantpanel.h"
#include "occupanttablewidget.h"
#include "presenceengine.h"
#include "presenceserver.h"
#include "presenceservice.h"
#include "refreshscheduler.h"
#include "settingsdialog.h"
#include "stateeditorwidget.h"
#include "watchlistwidget.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QStyleFactory>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

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
    void initTestCase();
    void init();
    void cleanup();
    void addChannelsValidatesEachName();
    void selectedChannelShowsOccupants();
    void stateSetReachesServer();
    void failedSetKeepsDraft();
    void accessDeniedNamesChannels();
    void whereNowListsStates();
    void profileComboRequestsProfile();
    void groupExpandsThroughRegistry();
    void keyboardShortcutsWork();
    void focusableControlsNamed();
    void darkPaletteScreenshot();
    void settingsAppliedAndSaved();
    void sessionRefreshOverridesSetting();
    void helpDialogsShowVersion();
    void listingChangeStatedHonestly();

private:
    void selectUser(const QString &userId);
    QString screenshotPath(const QString &name) const;
    QTemporaryDir m_settingsDir;
    void startWindow(const Presence::ServerOptions &options, const QString &authKey = {});

    std::unique_ptr<Presence::PresenceServer> m_server;
    std::unique_ptr<Presence::PresenceService> m_service;
    std::unique_ptr<Presence::MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    // The settings of these tests go to a folder of their own, set before any QSettings is made.
    QVERIFY(m_settingsDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_settingsDir.path()));
    QCoreApplication::setOrganizationName(u"PresenceDashboardTest"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
}

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

// Screenshots go to PRESENCE_SCREENSHOT_DIR when it is set, for a person to look at, and to
// the test's temporary folder otherwise.
QString TestMainWindow::screenshotPath(const QString &name) const
{
    const QString folder = qEnvironmentVariable("PRESENCE_SCREENSHOT_DIR");
    return folder.isEmpty() ? m_settingsDir.filePath(name) : folder + u'/' + name;
}

void TestMainWindow::selectUser(const QString &userId)
{
    QTableView *view = m_window->occupantTable()->view();
    const QModelIndex source = m_window->occupantModel()->index(
            m_window->occupantModel()->rowOfUser(userId), 0);
    const QModelIndex index = m_window->occupantTable()->proxy()->mapFromSource(source);
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                           | QItemSelectionModel::Rows);
}

void TestMainWindow::whereNowListsStates()
{
    startWindow({});
    m_server->engine()->heartbeat(u"user-7"_s, { u"hall"_s }, 600,
                                  { { u"hall"_s, QJsonObject { { u"mood"_s, u"away"_s } } } });
    QSignalSpy shown(m_window.get(), &Presence::MainWindow::firstDataShown);
    m_window->setWatchList({ u"room"_s, u"hall"_s }, {});
    m_window->startRefreshing();
    QVERIFY(shown.wait(15000));
    QCOMPARE(m_window->scheduler()->selectedChannel(), u"room"_s);

    selectUser(u"user-7"_s);
    Presence::OccupantPanel *panel = m_window->occupantPanel();
    QTRY_COMPARE_WITH_TIMEOUT(panel->whereNowChannels(), (QStringList { u"hall"_s, u"room"_s }),
                              10000);
    QTRY_VERIFY_WITH_TIMEOUT(panel->statesLoaded(), 10000);
    QCOMPARE(panel->stateOn(u"room"_s), QByteArray(R"({"seat":7})"));
    QCOMPARE(panel->stateOn(u"hall"_s), QByteArray(R"({"mood":"away"})"));

    QTreeWidget *list = panel->channelList();
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), u"hall"_s);
    QCOMPARE(list->topLevelItem(0)->text(1), u"{\"mood\":\"away\"}"_s);
    QCOMPARE(list->topLevelItem(1)->text(1), u"{\"seat\":7}"_s);
    QVERIFY(m_window->grab().save(screenshotPath(u"wherenow.png"_s)));
}

void TestMainWindow::profileComboRequestsProfile()
{
    startWindow({});
    QSignalSpy profile(m_window.get(), &Presence::MainWindow::profileRequested);
    QSignalSpy demo(m_window.get(), &Presence::MainWindow::demoRequested);
    QSignalSpy manage(m_window.get(), &Presence::MainWindow::manageProfilesRequested);
    m_window->setProfiles({ u"alpha"_s, u"beta"_s }, u"alpha"_s, true);

    QComboBox *combo = m_window->profileCombo();
    QCOMPARE(combo->currentText(), u"alpha"_s);
    const int beta = combo->findText(u"beta"_s);
    QVERIFY(beta >= 0);
    combo->setFocus();
    combo->setCurrentIndex(beta);
    Q_EMIT combo->activated(beta);
    QCOMPARE(profile.count(), 1);
    QCOMPARE(profile.first().first().toString(), u"beta"_s);

    Q_EMIT combo->activated(0);
    QCOMPARE(demo.count(), 1);
    Q_EMIT combo->activated(combo->count() - 1);
    QCOMPARE(manage.count(), 1);
    QCOMPARE(profile.count(), 1);
}

void TestMainWindow::groupExpandsThroughRegistry()
{
    startWindow({});
    m_server->engine()->addChannelsToGroup(u"crew"_s, { u"room"_s, u"hall"_s });
    WatchListWidget *watchList = m_window->watchList();
    m_window->setWatchList({}, { u"crew"_s });
    QCOMPARE(watchList->groups(), QStringList { u"crew"_s });
    QSignalSpy listed(watchList, &WatchListWidget::groupMembersListed);

    watchList->expandGroup(u"crew"_s);
    QVERIFY(listed.wait(10000));
    QCOMPARE(listed.first().at(0).toString(), u"crew"_s);
    QStringList members = listed.first().at(1).toStringList();
    members.sort();
    QCOMPARE(members, (QStringList { u"hall"_s, u"room"_s }));
    // The group's entry lists its channels beneath it.
    auto *tree = watchList->findChild<QTreeWidget *>();
    QVERIFY(tree);
    const QList<QTreeWidgetItem *> groupItems = tree->findItems(u"crew"_s, Qt::MatchStartsWith);
    QCOMPARE(groupItems.size(), 1);
    QStringList children;
    for (int i = 0; i < groupItems.first()->childCount(); ++i)
        children.append(groupItems.first()->child(i)->text(0));
    children.sort();
    QCOMPARE(children, (QStringList { u"hall"_s, u"room"_s }));
    QVERIFY(groupItems.first()->isExpanded());

    // The group's channels are refreshed through the group.
    m_window->startRefreshing();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->channelModel()->occupancyOf(u"room"_s), 40, 15000);
}

void TestMainWindow::keyboardShortcutsWork()
{
    startWindow({});
    QSignalSpy shown(m_window.get(), &Presence::MainWindow::firstDataShown);
    m_window->setWatchList({ u"room"_s }, {});
    m_window->startRefreshing();
    QVERIFY(shown.wait(15000));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->scheduler()->isRefreshing(), 10000);

    // F5 starts a refresh cycle.
    QSignalSpy started(m_window->scheduler(), &Presence::RefreshScheduler::refreshStarted);
    m_window->channelTable()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
    QCOMPARE(started.count(), 1);

    // Ctrl+F moves to the filter of the channel table, Ctrl+N to the watch list's entry field.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QVERIFY(qobject_cast<QLineEdit *>(focus));
    QVERIFY(m_window->channelTable()->isAncestorOf(focus));

    QTest::keyClick(focus, Qt::Key_N, Qt::ControlModifier);
    focus = QApplication::focusWidget();
    QVERIFY(focus);
    QVERIFY(m_window->watchList()->isAncestorOf(focus));
    QTest::keyClicks(focus, u"typed-channel"_s);
    QCOMPARE(m_window->watchList()->entryText(), u"typed-channel"_s);

    // Ctrl+Return in the editor sets the state.
    selectUser(u"user-7"_s);
    StateEditorWidget *editor = m_window->occupantPanel()->stateEditor();
    QCOMPARE(editor->targetUserId(), u"user-7"_s);
    editor->setDraft(u"{\"mood\": \"keyboard\"}"_s);
    QSignalSpy stateSet(editor, &StateEditorWidget::stateSet);
    QWidget *editorField = nullptr;
    for (QWidget *child : editor->findChildren<QWidget *>()) {
        if (child->inherits("QPlainTextEdit") && child->isVisible()
            && !child->property("readOnly").toBool()) {
            editorField = child;
            break;
        }
    }
    QVERIFY(editorField);
    editorField->setFocus();
    acceptNextMessageBox();
    QTest::keyClick(editorField, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(stateSet.wait(10000));
    const std::optional<QJsonObject> stored = m_server->engine()->state(u"user-7"_s, u"room"_s);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->value(u"mood"_s).toString(), u"keyboard"_s);
}

namespace {

// The name a screen reader announces: the accessible name, a button's text, or the text of
// the label whose buddy the widget is.
QString spokenName(const QWidget *widget, const QList<QLabel *> &labels)
{
    if (!widget->accessibleName().isEmpty())
        return widget->accessibleName();
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget); button && !button->text().isEmpty())
        return button->text();
    for (const QLabel *label : labels) {
        if (label->buddy() == widget && !label->text().isEmpty())
            return label->text();
    }
    return {};
}

} // namespace

void TestMainWindow::focusableControlsNamed()
{
    startWindow({});
    QSignalSpy shown(m_window.get(), &Presence::MainWindow::firstDataShown);
    m_window->setWatchList({ u"room"_s }, {});
    m_window->startRefreshing();
    QVERIFY(shown.wait(15000));

    const QList<QLabel *> labels = m_window->findChildren<QLabel *>();
    QStringList unnamed;
    int checked = 0;
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(m_window.get()))
            continue;
        // The viewport and the scroll bars of a view are parts of the view.
        if (widget->parentWidget() && widget->parentWidget()->inherits("QAbstractScrollArea")
            && !widget->inherits("QAbstractScrollArea"))
            continue;
        if (widget->inherits("QScrollBar") || widget->inherits("QSplitterHandle")
            || widget->inherits("QTabBar") || widget->inherits("QHeaderView"))
            continue;
        ++checked;
        if (spokenName(widget, labels).isEmpty()) {
            unnamed.append(u"%1 (%2)"_s.arg(QString::fromLatin1(widget->metaObject()->className()),
                                             widget->objectName()));
        }
    }
    QVERIFY(checked > 10);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

void TestMainWindow::darkPaletteScreenshot()
{
    const QPalette original = QApplication::palette();
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::ToolTipBase, QColor(0x44, 0x3a, 0x1e));
    palette.setColor(QPalette::ToolTipText, QColor(0xff, 0xf0, 0xc8));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    QApplication::setPalette(palette);
    const auto restore = qScopeGuard([original] { QApplication::setPalette(original); });

    startWindow({});
    QSignalSpy shown(m_window.get(), &Presence::MainWindow::firstDataShown);
    m_window->setWatchList({ u"room"_s, u"hall"_s }, {});
    m_window->startRefreshing();
    QVERIFY(shown.wait(15000));
    QTest::qWait(100);

    const QImage window = m_window->grab().toImage();
    QVERIFY(!window.isNull());
    const QString saved = screenshotPath(u"dark.png"_s);
    QVERIFY(window.save(saved));
    qInfo("dark screenshot: %s", qPrintable(saved));

    // The occupant table: a dark background with light text on it.
    QTableView *view = m_window->occupantTable()->view();
    const QImage table = view->viewport()->grab().toImage();
    int darkPixels = 0;
    int lightPixels = 0;
    for (int y = 0; y < table.height(); y += 2) {
        for (int x = 0; x < table.width(); x += 2) {
            const int lightness = QColor(table.pixel(x, y)).lightness();
            if (lightness < 80)
                ++darkPixels;
            else if (lightness > 180)
                ++lightPixels;
        }
    }
    const int sampled = ((table.height() + 1) / 2) * ((table.width() + 1) / 2);
    QVERIFY2(darkPixels > sampled / 2, qPrintable(u"%1 of %2 dark"_s.arg(darkPixels).arg(sampled)));
    QVERIFY2(lightPixels > 50, qPrintable(u"%1 light pixels"_s.arg(lightPixels)));

    // The window background at a corner of the central area, and the status bar, are dark.
    QVERIFY(QColor(window.pixel(window.width() / 2, window.height() - 5)).lightness() < 80);
    QVERIFY(QColor(window.pixel(2, window.height() / 2)).lightness() < 80);
}

void TestMainWindow::settingsAppliedAndSaved()
{
    QSettings().clear();
    startWindow({});
    QCOMPARE(m_window->scheduler()->intervalSeconds(), Presence::RefreshScheduler::DefaultIntervalSeconds);
    QCOMPARE(m_window->scheduler()->occupantCap(), Presence::RefreshScheduler::DefaultOccupantCap);

    m_window->settingsAction()->trigger();
    auto *dialog = m_window->findChild<Presence::SettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->refreshSpinBox()->minimum(), 3);
    dialog->refreshSpinBox()->setValue(2);
    QCOMPARE(dialog->refreshSpinBox()->value(), 3);
    dialog->refreshSpinBox()->setValue(9);
    dialog->occupantCapSpinBox()->setValue(4000);
    QVERIFY(dialog->grab().save(screenshotPath(u"settings.png"_s)));
    dialog->accept();

    QCOMPARE(m_window->scheduler()->intervalSeconds(), 9);
    QCOMPARE(m_window->scheduler()->occupantCap(), 4000);
    const Presence::DashboardSettings saved = Presence::DashboardSettings::load();
    QCOMPARE(saved.refreshSeconds, 9);
    QCOMPARE(saved.occupantCap, 4000);

    // A new window starts with the saved values.
    m_window.reset();
    m_window = std::make_unique<Presence::MainWindow>(m_service.get());
    QCOMPARE(m_window->scheduler()->intervalSeconds(), 9);
    QCOMPARE(m_window->scheduler()->occupantCap(), 4000);
    QSettings().clear();
}

void TestMainWindow::sessionRefreshOverridesSetting()
{
    QSettings().clear();
    Presence::DashboardSettings saved;
    saved.refreshSeconds = 20;
    saved.save();
    startWindow({});
    QCOMPARE(m_window->scheduler()->intervalSeconds(), 20);
    QVERIFY(!m_window->setSessionRefreshInterval(2));
    QVERIFY(m_window->setSessionRefreshInterval(4));
    QCOMPARE(m_window->scheduler()->intervalSeconds(), 4);

    // Changing only the cap keeps the session's interval; the saved interval stays 20.
    m_window->openSettings();
    auto *dialog = m_window->findChild<Presence::SettingsDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->refreshSpinBox()->value(), 20);
    dialog->occupantCapSpinBox()->setValue(2000);
    dialog->accept();
    QCOMPARE(m_window->scheduler()->intervalSeconds(), 4);
    QCOMPARE(m_window->scheduler()->occupantCap(), 2000);
    QCOMPARE(Presence::DashboardSettings::load().refreshSeconds, 20);
    QSettings().clear();
}

void TestMainWindow::helpDialogsShowVersion()
{
    startWindow({});
    m_window->aboutAction()->trigger();
    auto *about = m_window->findChild<Presence::AboutDialog *>();
    QVERIFY(about);
    QVERIFY2(about->text().contains(QStringLiteral(PRESENCE_VERSION)), qPrintable(about->text()));
    QVERIFY(about->grab().save(screenshotPath(u"about.png"_s)));
    about->close();

    m_window->shortcutsAction()->trigger();
    auto *shortcuts = m_window->findChild<Presence::ShortcutsDialog *>();
    QVERIFY(shortcuts);
    QStringList keys;
    for (int row = 0; row < shortcuts->table()->rowCount(); ++row)
        keys.append(shortcuts->table()->item(row, 0)->text());
    for (const QKeySequence &expected : { QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_F),
                                          QKeySequence(Qt::CTRL | Qt::Key_N),
                                          QKeySequence(Qt::CTRL | Qt::Key_Return) }) {
        const QString text = expected.toString(QKeySequence::NativeText);
        QVERIFY2(keys.contains(text), qPrintable(text + u" not in "_s + keys.join(u", "_s)));
    }
    QVERIFY(shortcuts->grab().save(screenshotPath(u"shortcuts.png"_s)));
}

void TestMainWindow::listingChangeStatedHonestly()
{
    startWindow({});
    Presence::OccupantListing listing;
    listing.occupancy = 100000;
    listing.listed = 99000;
    listing.lostWhilePaging = 1000;
    listing.duplicates = 1000;
    m_window->occupantTable()->setListing(listing);
    const QString text = m_window->occupantTable()->listingText();
    const QString expected = u"Listed %1 of %2"_s.arg(QLocale().toString(99000), QLocale().toString(100000));
    QVERIFY2(text.contains(expected), qPrintable(text));
    QVERIFY2(text.contains(u"changed while"_s), qPrintable(text));

    listing.lostWhilePaging = 0;
    listing.listed = 10000;
    listing.beyondCap = 90000;
    m_window->occupantTable()->setListing(listing);
    QVERIFY(m_window->occupantTable()->listingText().contains(QLocale().toString(90000) + u" more"_s));
    QVERIFY(!m_window->occupantTable()->listingText().contains(u"changed while"_s));

    m_window->occupantTable()->setListing({});
    QVERIFY(m_window->occupantTable()->listingText().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
