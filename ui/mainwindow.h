// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "presenceerror.h"
#include "presencetypes.h"
#include "settingsdialog.h"

#include <QDateTime>
#include <QMainWindow>
#include <QKeySequence>
#include <QPointer>

class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QMenu;
class QTabWidget;
class QTimer;
class QToolButton;

namespace Presence {

class ChannelListModel;
class ChannelTableWidget;
class DashboardStatusBar;
class DemoBanner;
class OccupantListModel;
class OccupantPanel;
class OccupantTableWidget;
class PresenceService;
class RefreshScheduler;
class WatchListWidget;

/**
 * The dashboard window: the watch list on the left, the channel table and the selected
 * channel's occupants in the middle, the selected occupant with Where Now and the state editor
 * on the right, and a status bar. It owns the models and the refresh scheduler; the service
 * belongs to the caller.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(PresenceService *service, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The keyset shown in the status bar and the profile combo, and the user id of the editor.
    void setKeyset(const QString &displayName, const QString &userId);
    // Fills the profile combo; `current` empty selects the demo keyset entry.
    void setProfiles(const QStringList &names, const QString &current, bool demoAvailable);
    void setDemoMode(bool demo, int simulatedUsers = 0);
    bool isDemoMode() const { return m_demo; }

    void setWatchList(const QStringList &channels, const QStringList &groups);
    void selectChannel(const QString &channel);
    // Starts refreshing: the first cycle runs at once.
    void startRefreshing();
    // Applies settings at once: the refresh interval (unless the session overrides it) and the
    // occupant cap.
    void applySettings(const DashboardSettings &settings);
    DashboardSettings settings() const { return m_settings; }
    // Refreshes every `seconds` for this session only, as `--refresh` requests. Returns false below 3.
    bool setSessionRefreshInterval(int seconds);
    // Opens the Settings dialog (non-blocking); on OK the values are saved and applied.
    void openSettings();
    void showAbout();
    void showShortcuts();
    // The shortcuts of the window and its editor, as Help > Keyboard shortcuts lists them.
    QList<QPair<QString, QKeySequence>> shortcutList() const;
    QAction *settingsAction() const { return m_settingsAction; }
    QAction *aboutAction() const { return m_aboutAction; }
    QAction *shortcutsAction() const { return m_shortcutsAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *addChannelsAction() const { return m_addAction; }
    QAction *filterAction() const { return m_filterAction; }
    QComboBox *profileCombo() const { return m_profileCombo; }

    // Shows a failure that happened outside the refresh, such as a profile that cannot be used.
    void reportError(const QString &message);
    // Clears every view and model, for a switch to another keyset.
    void clearData();

    // The tabs beside the channel table ("Channels", "Chart"), for further views.
    QTabWidget *viewTabs() const { return m_tabs; }
    // The widget of the "Chart" tab, empty until a chart is placed in it.
    QWidget *chartPlaceholder() const { return m_chartPage; }
    // The toolbar's export menu, empty until export actions are added.
    QMenu *exportMenu() const { return m_exportMenu; }

    RefreshScheduler *scheduler() const { return m_scheduler; }
    ChannelListModel *channelModel() const { return m_channelModel; }
    OccupantListModel *occupantModel() const { return m_occupantModel; }
    WatchListWidget *watchList() const { return m_watchList; }
    ChannelTableWidget *channelTable() const { return m_channelTable; }
    OccupantTableWidget *occupantTable() const { return m_occupantTable; }
    OccupantPanel *occupantPanel() const { return m_occupantPanel; }
    DashboardStatusBar *dashboardStatusBar() const { return m_statusBar; }
    DemoBanner *demoBanner() const { return m_demoBanner; }
    QString errorBannerText() const;
    bool hasShownData() const { return m_dataShown; }

Q_SIGNALS:
    // Emitted whenever settings are applied, at start and after the Settings dialog.
    void settingsApplied(const Presence::DashboardSettings &settings);
    // Emitted once, when the first refresh has filled the channel table and, if a channel is
    // selected, its occupant table.
    void firstDataShown();
    void profileRequested(const QString &name);
    void demoRequested();
    void manageProfilesRequested();

private:
    void buildActions();
    void buildToolBar();
    void buildMenus();
    void buildCentralArea();
    void connectModels();
    void updateStatus();
    void showErrorBanner(const QString &text);
    void hideErrorBanner();
    void onWatchListRefreshed(const HereNowResult &result);
    void onWatchListFailed(const QStringList &channels, const QStringList &groups,
                           const PresenceError &error);
    void onOccupantsRefreshed(const QString &channel, const HereNowChannel &occupants,
                              int notListed);
    void onRefreshFinished(bool succeeded);
    void onCurrentChannelChanged(const QString &channel);
    void onProfileActivated(int index);
    void focusFilter();
    void checkDataShown();

    QPointer<PresenceService> m_service;
    RefreshScheduler *m_scheduler = nullptr;
    ChannelListModel *m_channelModel = nullptr;
    OccupantListModel *m_occupantModel = nullptr;

    QAction *m_refreshAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_manageAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QToolButton *m_exportButton = nullptr;
    QMenu *m_exportMenu = nullptr;
    DemoBanner *m_demoBanner = nullptr;

    WatchListWidget *m_watchList = nullptr;
    QFrame *m_errorBanner = nullptr;
    QLabel *m_errorLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_chartPage = nullptr;
    ChannelTableWidget *m_channelTable = nullptr;
    OccupantTableWidget *m_occupantTable = nullptr;
    OccupantPanel *m_occupantPanel = nullptr;
    DashboardStatusBar *m_statusBar = nullptr;
    QTimer *m_ticker = nullptr;

    DashboardSettings m_settings;
    int m_sessionRefreshSeconds = 0;
    bool m_demo = false;
    QString m_keysetName;
    QDateTime m_lastRefresh;
    QDateTime m_dataFetchedAt;
    QString m_lastError;
    bool m_transientFailure = false;
    bool m_watchDataArrived = false;
    bool m_occupantsArrived = false;
    bool m_dataShown = false;
};

} // namespace Presence
