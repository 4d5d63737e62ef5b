// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"

#include "channellistmodel.h"
#include "channeltablewidget.h"
#include "dashboardicons.h"
#include "dashboardstatusbar.h"
#include "helpdialogs.h"
#include "demobanner.h"
#include "occupantlistmodel.h"
#include "occupantpanel.h"
#include "occupanttablewidget.h"
#include "presenceservice.h"
#include "refreshscheduler.h"
#include "stateeditorwidget.h"
#include "watchlistwidget.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

namespace {

constexpr int DemoEntry = 1;
constexpr int ProfileEntry = 2;
constexpr int ManageEntry = 3;

QString joinNames(const QStringList &names)
{
    return QLocale().createSeparatedList(names);
}

} // namespace

MainWindow::MainWindow(PresenceService *service, QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
{
    setWindowTitle(tr("Presence Dashboard"));
    m_channelModel = new ChannelListModel(this);
    m_occupantModel = new OccupantListModel(this);
    m_scheduler = new RefreshScheduler(service, this);

    buildActions();
    buildMenus();
    buildToolBar();
    buildCentralArea();
    m_statusBar = new DashboardStatusBar(this);
    setStatusBar(m_statusBar);
    connectModels();

    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_ticker->start();
    applySettings(DashboardSettings::load());
    updateStatus();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    m_refreshAction = new QAction(dashboardIcon(u"refresh"_s, palette()), tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Refresh now (F5); answers younger than 3 s come from the cache"));
    connect(m_refreshAction, &QAction::triggered, m_scheduler, &RefreshScheduler::refreshNow);

    m_pauseAction = new QAction(dashboardIcon(u"pause"_s, palette()), tr("&Pause"), this);
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(Qt::CTRL | Qt::Key_P);
    m_pauseAction->setToolTip(tr("Pause or resume the automatic refresh (Ctrl+P)"));
    connect(m_pauseAction, &QAction::toggled, m_scheduler, &RefreshScheduler::setPaused);
    connect(m_scheduler, &RefreshScheduler::pausedChanged, this, [this](bool paused) {
        m_pauseAction->setChecked(paused);
        m_pauseAction->setText(paused ? tr("Resume") : tr("&Pause"));
        m_pauseAction->setIcon(dashboardIcon(paused ? u"resume"_s : u"pause"_s, palette()));
        updateStatus();
    });

    m_addAction = new QAction(dashboardIcon(u"add"_s, palette()), tr("&Add channels"), this);
    m_addAction->setShortcut(QKeySequence::New);
    m_addAction->setToolTip(tr("Add channels or channel groups to the watch list (Ctrl+N)"));
    connect(m_addAction, &QAction::triggered, this, [this] { m_watchList->focusEntry(); });

    m_filterAction = new QAction(tr("&Filter the focused list"), this);
    m_filterAction->setShortcut(QKeySequence::Find);
    connect(m_filterAction, &QAction::triggered, this, &MainWindow::focusFilter);
    addAction(m_filterAction);

    m_manageAction = new QAction(dashboardIcon(u"connect"_s, palette()), tr("&Manage profiles..."), this);
    connect(m_manageAction, &QAction::triggered, this, &MainWindow::manageProfilesRequested);
    m_quitAction = new QAction(tr("&Quit"), this);
    // QKeySequence::Quit is empty on some platforms, the offscreen one among them.
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_settingsAction = new QAction(tr("&Settings..."), this);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_shortcutsAction = new QAction(tr("&Keyboard shortcuts"), this);
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_aboutAction = new QAction(tr("&About Presence Dashboard"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_manageAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_refreshAction);
    viewMenu->addAction(m_pauseAction);
    viewMenu->addAction(m_addAction);
    viewMenu->addAction(m_filterAction);

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->addAction(m_settingsAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_shortcutsAction);
    helpMenu->addSeparator();
    helpMenu->addAction(m_aboutAction);
}

void MainWindow::applySettings(const DashboardSettings &settings)
{
    m_settings = settings;
    if (m_sessionRefreshSeconds <= 0)
        m_scheduler->setIntervalSeconds(settings.refreshSeconds);
    m_scheduler->setOccupantCap(settings.occupantCap);
    Q_EMIT settingsApplied(settings);
}

bool MainWindow::setSessionRefreshInterval(int seconds)
{
    if (!m_scheduler->setIntervalSeconds(seconds))
        return false;
    m_sessionRefreshSeconds = seconds;
    return true;
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_settings, m_sessionRefreshSeconds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const DashboardSettings edited = dialog->settings();
        // A new interval chosen here replaces the one --refresh set for the session.
        if (dialog->refreshChanged())
            m_sessionRefreshSeconds = 0;
        edited.save();
        const int oldCap = m_settings.occupantCap;
        applySettings(edited);
        if (edited.occupantCap != oldCap && !m_scheduler->selectedChannel().isEmpty())
            m_scheduler->refreshNow();
        updateStatus();
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QList<QPair<QString, QKeySequence>> MainWindow::shortcutList() const
{
    QList<QPair<QString, QKeySequence>> list;
    for (const QAction *action : { m_refreshAction, m_pauseAction, m_addAction, m_filterAction,
                                   m_settingsAction, m_shortcutsAction, m_quitAction }) {
        QString text = action->text();
        text.remove(u'&');
        if (text.endsWith(u"..."_s))
            text.chop(3);
        list.append({ text, action->shortcut() });
    }
    list.append({ tr("Set the state in the editor"), QKeySequence(Qt::CTRL | Qt::Key_Return) });
    list.append({ tr("Remove the selected watch list entry"), QKeySequence(QKeySequence::Delete) });
    return list;
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(shortcutList(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::buildToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *profileLabel = new QLabel(tr("Pr&ofile:"), toolBar);
    m_profileCombo = new QComboBox(toolBar);
    m_profileCombo->setAccessibleName(tr("Connection profile"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    profileLabel->setBuddy(m_profileCombo);
    connect(m_profileCombo, &QComboBox::activated, this, &MainWindow::onProfileActivated);
    toolBar->addWidget(profileLabel);
    toolBar->addWidget(m_profileCombo);
    toolBar->addSeparator();
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(m_pauseAction);
    toolBar->addAction(m_addAction);

    m_exportMenu = new QMenu(tr("Export"), this);
    m_exportButton = new QToolButton(toolBar);
    m_exportButton->setText(tr("&Export"));
    m_exportButton->setIcon(dashboardIcon(u"export"_s, palette()));
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setMenu(m_exportMenu);
    m_exportButton->setAccessibleName(tr("Export occupancy"));
    toolBar->addWidget(m_exportButton);
    // A placeholder keeps the menu from popping up empty before export actions are added.
    QAction *placeholder = m_exportMenu->addAction(tr("No export is available yet"));
    placeholder->setEnabled(false);
    connect(m_exportMenu, &QMenu::aboutToShow, this, [this, placeholder] {
        placeholder->setVisible(m_exportMenu->actions().size() == 1);
    });
}

void MainWindow::buildCentralArea()
{
    m_watchList = new WatchListWidget(m_service, this);

    m_errorBanner = new QFrame(this);
    m_errorBanner->setFrameShape(QFrame::StyledPanel);
    m_errorBanner->setAutoFillBackground(true);
    m_errorBanner->setBackgroundRole(QPalette::ToolTipBase);
    auto *errorIcon = new QLabel(m_errorBanner);
    errorIcon->setPixmap(dashboardIcon(u"warning"_s, palette()).pixmap(20, 20));
    m_errorLabel = new QLabel(m_errorBanner);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setForegroundRole(QPalette::ToolTipText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setAccessibleName(tr("Refresh error"));
    auto *bannerLayout = new QHBoxLayout(m_errorBanner);
    bannerLayout->setContentsMargins(6, 4, 6, 4);
    bannerLayout->addWidget(errorIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_errorLabel, 1);
    m_errorBanner->hide();

    m_channelTable = new ChannelTableWidget(m_channelModel, this);
    m_chartPage = new QWidget(this);
    m_chartPage->setAccessibleName(tr("Occupancy chart"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_channelTable, tr("&Channels"));
    m_tabs->addTab(m_chartPage, tr("C&hart"));
    m_tabs->setAccessibleName(tr("Channel views"));

    m_occupantTable = new OccupantTableWidget(m_occupantModel, this);

    auto *upper = new QWidget(this);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_errorBanner);
    upperLayout->addWidget(m_tabs, 1);

    auto *middle = new QSplitter(Qt::Vertical, this);
    middle->addWidget(upper);
    middle->addWidget(m_occupantTable);
    middle->setStretchFactor(0, 1);
    middle->setStretchFactor(1, 1);

    m_occupantPanel = new OccupantPanel(m_service, this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_watchList);
    splitter->addWidget(middle);
    splitter->addWidget(m_occupantPanel);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({ 220, 680, 380 });
    splitter->setChildrenCollapsible(false);
    for (int i = 0; i < splitter->count(); ++i)
        splitter->widget(i)->setContentsMargins(4, 4, 4, 4);
    m_demoBanner = new DemoBanner(this);
    m_demoBanner->hide();
    connect(m_demoBanner, &DemoBanner::connectRequested, this,
            &MainWindow::manageProfilesRequested);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(4, 4, 4, 0);
    centralLayout->addWidget(m_demoBanner);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    setTabOrder(m_profileCombo, m_watchList);
    setTabOrder(m_watchList, m_tabs);
    setTabOrder(m_tabs, m_channelTable);
    setTabOrder(m_channelTable, m_occupantTable);
    setTabOrder(m_occupantTable, m_occupantPanel);
}

void MainWindow::connectModels()
{
    connect(m_watchList, &WatchListWidget::watchListChanged, this,
            [this](const QStringList &channels, const QStringList &groups) {
                m_channelModel->setWatchedChannels(channels);
                m_scheduler->setWatchList(channels, groups);
            });
    connect(m_watchList, &WatchListWidget::groupRemoved, m_channelModel,
            &ChannelListModel::removeGroup);
    connect(m_watchList, &WatchListWidget::groupMembersListed, m_channelModel,
            &ChannelListModel::setGroupMembers);
    connect(m_watchList, &WatchListWidget::channelActivated, this, &MainWindow::selectChannel);

    connect(m_channelTable, &ChannelTableWidget::currentChannelChanged, this,
            &MainWindow::onCurrentChannelChanged);
    connect(m_occupantTable, &OccupantTableWidget::currentUserChanged, this,
            [this](const QString &userId) {
                m_occupantPanel->setOccupant(userId, m_scheduler->selectedChannel());
            });
    connect(m_occupantTable, &OccupantTableWidget::loadAllRequested, m_scheduler,
            &RefreshScheduler::loadAllOccupants);
    connect(m_occupantPanel, &OccupantPanel::whereNowListed, m_occupantModel,
            &OccupantListModel::setWhereNow);
    connect(m_occupantPanel, &OccupantPanel::channelActivated, this, &MainWindow::selectChannel);
    connect(m_occupantPanel->stateEditor(), &StateEditorWidget::stateSet, this, [this] {
        // The service dropped its cached responses for these channels, so this reads the new state.
        m_scheduler->refreshNow();
    });

    connect(m_scheduler, &RefreshScheduler::watchListRefreshed, this,
            &MainWindow::onWatchListRefreshed);
    connect(m_scheduler, &RefreshScheduler::channelGroupRefreshed, this,
            [this](const QString &group, const HereNowResult &result) {
                m_channelModel->applyHereNow(result, {}, group);
                onWatchListRefreshed(HereNowResult());
            });
    connect(m_scheduler, &RefreshScheduler::watchListFailed, this,
            &MainWindow::onWatchListFailed);
    connect(m_scheduler, &RefreshScheduler::occupantsRefreshed, this,
            &MainWindow::onOccupantsRefreshed);
    connect(m_scheduler, &RefreshScheduler::occupantsFailed, this,
            [this](const QString &channel, const PresenceError &error) {
                m_occupantTable->setError(
                        tr("The occupants of %1 could not be loaded. %2").arg(channel, error.message()));
            });
    connect(m_scheduler, &RefreshScheduler::refreshFailed, this, [this](const PresenceError &error) {
        m_lastError = error.message();
        m_transientFailure = error.isTransient();
    });
    connect(m_scheduler, &RefreshScheduler::refreshFinished, this, &MainWindow::onRefreshFinished);
    connect(m_occupantModel, &OccupantListModel::occupantsApplied, this, [this] {
        m_occupantsArrived = true;
        checkDataShown();
    });
}

void MainWindow::setKeyset(const QString &displayName, const QString &userId)
{
    m_keysetName = displayName;
    m_statusBar->setKeyset(displayName);
    m_occupantPanel->setConfiguredUserId(userId);
    setWindowTitle(tr("%1 - Presence Dashboard").arg(displayName));
}

void MainWindow::setProfiles(const QStringList &names, const QString &current, bool demoAvailable)
{
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    if (demoAvailable)
        m_profileCombo->addItem(tr("Demo keyset (simulation)"), DemoEntry);
    for (const QString &name : names) {
        m_profileCombo->addItem(name, ProfileEntry);
        if (name == current)
            m_profileCombo->setCurrentIndex(m_profileCombo->count() - 1);
    }
    if (!current.isEmpty() && !names.contains(current)) {
        // A keyset from the command line, not a saved profile.
        m_profileCombo->addItem(current, 0);
        m_profileCombo->setCurrentIndex(m_profileCombo->count() - 1);
    }
    m_profileCombo->addItem(tr("Manage profiles..."), ManageEntry);
}

void MainWindow::setDemoMode(bool demo, int simulatedUsers)
{
    m_demo = demo;
    m_demoBanner->setSimulatedUsers(simulatedUsers);
    m_demoBanner->setVisible(demo);
}

void MainWindow::setWatchList(const QStringList &channels, const QStringList &groups)
{
    m_watchList->addEntries(channels, groups);
    m_channelModel->setWatchedChannels(m_watchList->channels());
    m_scheduler->setWatchList(m_watchList->channels(), m_watchList->groups());
}

void MainWindow::selectChannel(const QString &channel)
{
    m_channelTable->selectChannel(channel);
}

void MainWindow::startRefreshing()
{
    m_scheduler->start();
}

void MainWindow::clearData()
{
    m_scheduler->setSelectedChannel({});
    m_channelModel->clear();
    m_occupantModel->clear();
    m_occupantPanel->setOccupant({}, {});
    m_occupantTable->setChannel({}, -1);
    m_occupantTable->setNotListed(0);
    m_occupantTable->setError({});
    hideErrorBanner();
    m_lastError.clear();
    m_lastRefresh = {};
    m_dataFetchedAt = {};
    m_channelModel->setWatchedChannels(m_watchList->channels());
    updateStatus();
}

void MainWindow::reportError(const QString &message)
{
    m_lastError = message;
    m_transientFailure = false;
    showErrorBanner(message);
    updateStatus();
}

QString MainWindow::errorBannerText() const
{
    return m_errorBanner->isHidden() ? QString() : m_errorLabel->text();
}

void MainWindow::updateStatus()
{
    m_channelModel->refreshAges();
    m_statusBar->setLastRefresh(m_lastRefresh);
    m_statusBar->setDataAgeMs(m_dataFetchedAt.isValid()
                                      ? m_dataFetchedAt.msecsTo(QDateTime::currentDateTimeUtc())
                                      : -1);
    m_statusBar->setRequestsSent(m_service ? m_service->requestsSent() : 0);
    m_statusBar->setLastError(m_lastError);
    const qint64 countdown = m_scheduler->isPaused() ? -2 : m_scheduler->msUntilNextRefresh();
    m_statusBar->setCountdownMs(countdown);

    if (m_transientFailure && !m_errorBanner->isHidden() && countdown >= 0) {
        showErrorBanner(tr("%1 Retrying in %2 s.").arg(m_lastError).arg((countdown + 999) / 1000));
    }
}

void MainWindow::showErrorBanner(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorBanner->show();
}

void MainWindow::hideErrorBanner()
{
    m_errorBanner->hide();
    m_errorLabel->clear();
}

void MainWindow::onWatchListRefreshed(const HereNowResult &result)
{
    if (!result.channels.isEmpty())
        m_channelModel->applyHereNow(result, {});
    m_lastRefresh = QDateTime::currentDateTimeUtc();
    const QDateTime fetchedAt = result.fetchedAt.isValid() ? result.fetchedAt : m_lastRefresh;
    if (!m_dataFetchedAt.isValid() || fetchedAt < m_dataFetchedAt || !result.fromCache)
        m_dataFetchedAt = fetchedAt;
    m_watchDataArrived = true;
    updateStatus();
}

void MainWindow::onWatchListFailed(const QStringList &channels, const QStringList &groups,
                                   const PresenceError &error)
{
    m_channelModel->applyError(channels, groups, error);

    if (error.kind() == PresenceError::Kind::AccessDenied) {
        QStringList deniedChannels = error.deniedChannels();
        QStringList deniedGroups = error.deniedChannelGroups();
        if (deniedChannels.isEmpty() && deniedGroups.isEmpty()) {
            deniedChannels = channels;
            deniedGroups = groups;
        }
        QString deniedText;
        if (!deniedChannels.isEmpty() && !deniedGroups.isEmpty()) {
            deniedText = tr("the channels %1 and the channel groups %2")
                           .arg(joinNames(deniedChannels), joinNames(deniedGroups));
        } else if (!deniedGroups.isEmpty()) {
            deniedText = tr("the channel groups %1").arg(joinNames(deniedGroups));
        } else {
            deniedText = tr("the channels %1").arg(joinNames(deniedChannels));
        }
        showErrorBanner(tr("Access was denied to %1. Check the auth key of this keyset in the "
                           "profile: it needs read access to them.")
                                .arg(deniedText));
        return;
    }
    showErrorBanner(error.message());
}

void MainWindow::onOccupantsRefreshed(const QString &channel, const HereNowChannel &occupants,
                                      int notListed)
{
    if (channel != m_scheduler->selectedChannel())
        return;
    m_occupantModel->setChannel(channel);
    m_occupantModel->applyOccupantsInBackground(occupants.occupants);
    m_occupantTable->setChannel(channel, occupants.occupancy);
    OccupantListing listing = m_scheduler->lastOccupantListing();
    // The listing describes the load that emitted this signal; `notListed` covers both causes.
    if (listing.beyondCap + listing.lostWhilePaging != notListed)
        listing.beyondCap = qMax(0, notListed - listing.lostWhilePaging);
    m_occupantTable->setListing(listing);
    m_occupantTable->setError({});
}

void MainWindow::onRefreshFinished(bool succeeded)
{
    if (succeeded) {
        m_transientFailure = false;
        hideErrorBanner();
    } else if (m_transientFailure) {
        updateStatus();
    }

    // Show something on the first load: the busiest channel, unless the user chose one.
    if (m_scheduler->selectedChannel().isEmpty() && m_channelModel->rowCount() > 0) {
        QString busiest;
        int maxOccupancy = -1;
        for (const QString &name : m_channelModel->channelNames()) {
            if (m_channelModel->occupancyOf(name) > maxOccupancy) {
                maxOccupancy = m_channelModel->occupancyOf(name);
                busiest = name;
            }
        }
        if (maxOccupancy > 0)
            selectChannel(busiest);
    }
    checkDataShown();
}

void MainWindow::onCurrentChannelChanged(const QString &channel)
{
    m_occupantModel->setChannel(channel);
    m_occupantTable->setChannel(channel, m_channelModel->occupancyOf(channel));
    m_occupantTable->setNotListed(0);
    m_occupantTable->setError({});
    m_occupantPanel->setOccupant({}, channel);
    m_occupantsArrived = false;
    m_scheduler->setSelectedChannel(channel);
}

void MainWindow::onProfileActivated(int index)
{
    switch (m_profileCombo->itemData(index).toInt()) {
    case DemoEntry:
        Q_EMIT demoRequested();
        break;
    case ProfileEntry:
        Q_EMIT profileRequested(m_profileCombo->itemText(index));
        break;
    case ManageEntry:
        Q_EMIT manageProfilesRequested();
        break;
    default:
        break;
    }
}

void MainWindow::focusFilter()
{
    QWidget *focus = QApplication::focusWidget();
    if (focus && (m_occupantTable->isAncestorOf(focus) || focus == m_occupantTable))
        m_occupantTable->focusFilter();
    else if (focus && m_watchList->isAncestorOf(focus))
        m_watchList->focusFilter();
    else
        m_channelTable->focusFilter();
}

void MainWindow::checkDataShown()
{
    if (m_dataShown || !m_watchDataArrived)
        return;
    if (!m_scheduler->selectedChannel().isEmpty() && !m_occupantsArrived)
        return;
    m_dataShown = true;
    Q_EMIT firstDataShown();
}

} // namespace Presence
