// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dashboardcontroller.h"

#include "historyintegration.h"

#include "crowdsimulator.h"
#include "mainwindow.h"
#include "presenceserver.h"
#include "presenceservice.h"
#include "profiledialog.h"
#include "refreshscheduler.h"
#include "validation.h"
#include "watchlistwidget.h"

#include <QRandomGenerator>
#include <QSettings>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

const auto demoKeyset = u"demo"_s;

QString settingsKey(const QString &keyset, const QString &entry)
{
    // Keyset keys may contain `/`, which QSettings reads as a group separator.
    return u"keysets/"_s + QString::fromLatin1(keyset.toUtf8().toHex()) + u'/' + entry;
}

} // namespace

DashboardController::DashboardController(QObject *parent)
    : QObject(parent)
{
    m_service = new Presence::PresenceService(this);
    m_store = new Presence::ProfileStore(this);
    m_window = std::make_unique<Presence::MainWindow>(m_service);
    // Owned by the window; it records every refresh and fills the Chart tab and Export menu.
    m_history = new Presence::HistoryIntegration(m_window.get());

    connect(m_window.get(), &Presence::MainWindow::manageProfilesRequested, this,
            &DashboardController::openProfileDialog);
    connect(m_window.get(), &Presence::MainWindow::demoRequested, this, [this] {
        QString error;
        if (!openDemo(&error))
            m_window->reportError(error);
    });
    connect(m_window.get(), &Presence::MainWindow::profileRequested, this,
            [this](const QString &name) {
                QString error;
                if (!openProfile(name, &error))
                    m_window->reportError(error);
            });
    connect(m_window->watchList(), &Presence::WatchListWidget::watchListChanged, this,
            &DashboardController::saveWatchList);
    connect(m_store, &Presence::ProfileStore::profilesChanged, this,
            &DashboardController::refreshProfileList);
    connect(m_store, &Presence::ProfileStore::secretsLoaded, this,
            &DashboardController::onSecretsLoaded);
}

DashboardController::~DashboardController()
{
    // The window's scheduler cancels its requests through the service, so it goes first.
    m_window.reset();
}

void DashboardController::setRefreshSeconds(int seconds)
{
    m_window->setSessionRefreshInterval(seconds);
}

void DashboardController::onSecretsLoaded(const QString &name, const QString &secretKey,
                                          const QString &authKey, bool fromKeychain)
{
    if (name != m_pendingProfile)
        return;
    m_pendingProfile.clear();
    Presence::ConnectionProfile profile = m_store->profile(name);
    profile.secretKey = secretKey;
    profile.authKey = authKey;
    if (fromKeychain || !secretKey.isEmpty() || !authKey.isEmpty()) {
        connectProfile(profile);
        return;
    }

    // No keychain (or no readable entry): secrets typed earlier in this session, then the
    // PN_SECRET_KEY and PN_AUTH_KEY variables, then the user.
    if (const auto typed = m_sessionSecrets.constFind(name); typed != m_sessionSecrets.cend()) {
        profile.secretKey = typed->first;
        profile.authKey = typed->second;
        connectProfile(profile);
        return;
    }
    profile.secretKey = qEnvironmentVariable("PN_SECRET_KEY");
    profile.authKey = qEnvironmentVariable("PN_AUTH_KEY");
    if (!profile.secretKey.isEmpty() || !profile.authKey.isEmpty()) {
        connectProfile(profile);
        return;
    }
    promptForSecrets(profile);
}

void DashboardController::promptForSecrets(const Presence::ConnectionProfile &profile)
{
    auto *dialog = new SecretPromptDialog(profile.name, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, profile] {
        Presence::ConnectionProfile completed = profile;
        completed.secretKey = dialog->secretKey();
        completed.authKey = dialog->authKey();
        // Kept in memory for this session only, so that switching back does not ask again.
        m_sessionSecrets.insert(profile.name, { completed.secretKey, completed.authKey });
        connectProfile(completed);
    });
    connect(dialog, &QDialog::rejected, this, [this, name = profile.name] {
        m_window->reportError(tr("The profile %1 was not opened, because its secrets were not "
                                 "entered. Choose it again to enter them, or pick another "
                                 "keyset in the Profile list.")
                                      .arg(name));
        refreshProfileList();
    });
    dialog->open();
}

void DashboardController::setInitialWatchList(const QStringList &channels,
                                              const QStringList &groups)
{
    m_initialChannels = channels;
    m_initialGroups = groups;
    m_initialWatchListGiven = !channels.isEmpty() || !groups.isEmpty();
}

bool DashboardController::openDemo(QString *error)
{
    if (!m_demoServer) {
        Presence::ServerOptions options;
        options.subscribeKey = u"demo"_s;
        options.simulate = QRandomGenerator::global()->bounded(500, 2001);
        m_demoServer = std::make_unique<Presence::PresenceServer>(options);
        if (!m_demoServer->start(error)) {
            m_demoServer.reset();
            return false;
        }
    }

    Presence::ClientConfig config;
    config.origin = m_demoServer->origin().toString();
    config.subscribeKey = m_demoServer->options().subscribeKey;
    config.userId = storedUserId(demoKeyset);
    applyConfig(config, demoKeyset, tr("Demo keyset"), true);

    QStringList channels;
    if (const Presence::CrowdSimulator *simulator = m_demoServer->simulator()) {
        // The lobbies and the game channels; the many small rooms would crowd the table.
        for (const QString &name : simulator->channelNames()) {
            if (!name.startsWith(u"room-"_s) && !name.startsWith(u"support-"_s))
                channels.append(name);
        }
        m_window->setDemoMode(true, simulator->userCount());
    } else {
        m_window->setDemoMode(true, 0);
    }
    restoreWatchList(channels, { u"support"_s });
    m_window->startRefreshing();
    return true;
}

bool DashboardController::openConfig(const Presence::ClientConfig &config,
                                     const QString &displayName, QString *error)
{
    Presence::ClientConfig checked = config;
    const QString keysetKey = u"key:"_s + config.subscribeKey + u'@' + config.origin;
    if (checked.userId.isEmpty())
        checked.userId = storedUserId(keysetKey);
    const QString problem = Presence::Validation::checkConfig(checked);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    applyConfig(checked, keysetKey, displayName, false);
    m_window->setDemoMode(false);
    restoreWatchList({}, {});
    m_window->startRefreshing();
    return true;
}

bool DashboardController::openProfile(const QString &name, QString *error)
{
    if (!m_store->contains(name)) {
        *error = tr("No saved profile is named \"%1\". Saved profiles: %2.")
                         .arg(name, m_store->names().isEmpty() ? tr("none")
                                                               : m_store->names().join(u", "_s));
        return false;
    }
    m_pendingProfile = name;
    m_store->requestSecrets(name);
    return true;
}

QString DashboardController::storedUserId(const QString &keyset)
{
    QSettings settings;
    const QString key = settingsKey(keyset, u"userId"_s);
    QString userId = settings.value(key).toString();
    if (userId.isEmpty()) {
        userId = u"dashboard-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        settings.setValue(key, userId);
    }
    return userId;
}

void DashboardController::applyConfig(const Presence::ClientConfig &config,
                                      const QString &keysetKey, const QString &displayName,
                                      bool demo)
{
    m_keysetKey = keysetKey;
    m_service->setConfig(config);
    m_service->clearCache();
    m_window->clearData();
    m_window->setKeyset(displayName, config.userId);
    m_history->setKeyset(keysetKey);
    m_currentProfile = demo ? QString() : displayName;
    refreshProfileList();
}

void DashboardController::restoreWatchList(const QStringList &defaultChannels,
                                           const QStringList &defaultGroups)
{
    QStringList channels = defaultChannels;
    QStringList groups = defaultGroups;
    if (m_initialWatchListGiven) {
        channels = m_initialChannels;
        groups = m_initialGroups;
        // The command line applies to the first keyset only.
        m_initialWatchListGiven = false;
    } else {
        QSettings settings;
        if (settings.contains(settingsKey(m_keysetKey, u"channels"_s))) {
            channels = settings.value(settingsKey(m_keysetKey, u"channels"_s)).toStringList();
            groups = settings.value(settingsKey(m_keysetKey, u"groups"_s)).toStringList();
        }
    }

    Presence::WatchListWidget *watchList = m_window->watchList();
    const QSignalBlocker blocker(watchList);
    for (const QString &group : watchList->groups())
        watchList->removeEntry(group, Presence::WatchListWidget::Kind::ChannelGroup);
    for (const QString &channel : watchList->channels())
        watchList->removeEntry(channel, Presence::WatchListWidget::Kind::Channel);
    m_window->setWatchList(channels, groups);
}

void DashboardController::saveWatchList(const QStringList &channels, const QStringList &groups)
{
    if (m_keysetKey.isEmpty())
        return;
    QSettings settings;
    settings.setValue(settingsKey(m_keysetKey, u"channels"_s), channels);
    settings.setValue(settingsKey(m_keysetKey, u"groups"_s), groups);
}

void DashboardController::openProfileDialog()
{
    auto *dialog = new ProfileDialog(m_store, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_currentProfile.isEmpty())
        dialog->selectProfile(m_currentProfile);
    connect(dialog, &ProfileDialog::connectRequested, this,
            [this, dialog](const Presence::ConnectionProfile &profile) {
                connectProfile(profile);
                dialog->accept();
            });
    connect(dialog, &QDialog::finished, this, &DashboardController::refreshProfileList);
    dialog->open();
}

void DashboardController::connectProfile(const Presence::ConnectionProfile &profile)
{
    Presence::ClientConfig config;
    config.origin = profile.origin.isEmpty() ? config.origin : profile.origin;
    config.subscribeKey = profile.subscribeKey;
    config.publishKey = profile.publishKey;
    config.secretKey = profile.secretKey;
    config.authKey = profile.authKey;
    config.userId = profile.userId.isEmpty() ? storedUserId(u"profile:"_s + profile.name)
                                             : profile.userId;
    const QString problem = Presence::Validation::checkConfig(config);
    if (!problem.isEmpty()) {
        m_window->reportError(
                tr("The profile %1 cannot be used. %2").arg(profile.name, problem));
        return;
    }
    applyConfig(config, u"profile:"_s + profile.name, profile.name, false);
    m_window->setDemoMode(false);
    if (m_store->contains(profile.name))
        m_store->setLastUsedProfile(profile.name);
    restoreWatchList({}, {});
    m_window->startRefreshing();
}

void DashboardController::refreshProfileList()
{
    m_window->setProfiles(m_store->names(), m_currentProfile, true);
}
