// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "clientconfig.h"
#include "profilestore.h"

#include <QHash>
#include <QObject>
#include <QPair>
#include <QStringList>

#include <memory>

namespace Presence {
class HistoryIntegration;
class MainWindow;
class PresenceServer;
class PresenceService;
}

/**
 * Connects the main window to a keyset: the built-in demo (a local presence server with a
 * simulated crowd, started on demand), a saved profile, or a keyset from the command line.
 * Keeps a watch list and a generated user id per keyset in the settings.
 */
class DashboardController : public QObject
{
    Q_OBJECT

public:
    explicit DashboardController(QObject *parent = nullptr);
    ~DashboardController() override;

    Presence::MainWindow *window() const { return m_window.get(); }
    Presence::PresenceService *service() const { return m_service; }
    Presence::ProfileStore *profileStore() const { return m_store; }

    // Refreshes every `seconds` for this session, over the saved setting.
    void setRefreshSeconds(int seconds);
    // Channels and groups from the command line replace the saved watch list.
    void setInitialWatchList(const QStringList &channels, const QStringList &groups);

    // Each returns false with a sentence in `error` when the keyset cannot be used.
    bool openDemo(QString *error);
    bool openConfig(const Presence::ClientConfig &config, const QString &displayName,
                    QString *error);
    // Loads the profile's secrets from the keychain first; the window opens on it afterwards.
    bool openProfile(const QString &name, QString *error);

    // A user id generated at first use for `keyset`, and kept.
    static QString storedUserId(const QString &keyset);

private:
    void applyConfig(const Presence::ClientConfig &config, const QString &keysetKey,
                     const QString &displayName, bool demo);
    void restoreWatchList(const QStringList &defaultChannels, const QStringList &defaultGroups);
    void saveWatchList(const QStringList &channels, const QStringList &groups);
    void openProfileDialog();
    void connectProfile(const Presence::ConnectionProfile &profile);
    void refreshProfileList();
    void onSecretsLoaded(const QString &name, const QString &secretKey, const QString &authKey,
                         bool fromKeychain);
    void promptForSecrets(const Presence::ConnectionProfile &profile);

    Presence::PresenceService *m_service = nullptr;
    Presence::ProfileStore *m_store = nullptr;
    std::unique_ptr<Presence::PresenceServer> m_demoServer;
    std::unique_ptr<Presence::MainWindow> m_window;
    Presence::HistoryIntegration *m_history = nullptr;
    QString m_keysetKey;
    QString m_currentProfile;
    QString m_pendingProfile;
    QStringList m_initialChannels;
    QStringList m_initialGroups;
    bool m_initialWatchListGiven = false;
    // Secrets typed for profiles whose secrets are not stored: secret key and auth key by
    // profile name, for this session only.
    QHash<QString, QPair<QString, QString>> m_sessionSecrets;
};
