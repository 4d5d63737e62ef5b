// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace QKeychain {
class Job;
}

namespace Presence {

struct ConnectionProfile
{
    QString name;
    QString origin;
    QString subscribeKey;
    QString publishKey;
    QString secretKey;
    QString authKey;
    QString userId;
};

/**
 * Saved connection profiles. Names and non-secret fields live in QSettings, one group per
 * profile; the secret key and the auth key live only in the system keychain. Where no keychain
 * is available, secrets are not stored at all and the caller asks the user for them.
 *
 * Keychain access is asynchronous. A `save()` that returns true ends with one `secretsSaved()`,
 * and each `requestSecrets()` ends with one `secretsLoaded()`, emitted from the event loop.
 */
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    enum class KeychainState { Probing, Available, Unavailable };

    explicit ProfileStore(QObject *parent = nullptr);
    ~ProfileStore() override;

    static QString keychainService();
    // The file QSettings writes the profiles to.
    static QString settingsFileName();
    // A profile name is stored as a QSettings group, so `/` and `\` are not allowed.
    static QString checkProfileName(const QString &name);

    KeychainState keychainState() const { return m_keychainState; }
    // False while the first probe is running and when the probe found no keychain.
    bool keychainAvailable() const { return m_keychainState == KeychainState::Available; }

    QStringList names() const;
    bool contains(const QString &name) const;
    // The profile without its secrets. A profile saved with no user id carries the one
    // generated for it.
    ConnectionProfile profile(const QString &name) const;
    // Writes the profile. For an invalid name it stores nothing and returns false.
    bool save(const ConnectionProfile &profile);
    void remove(const QString &name);
    void requestSecrets(const QString &name);

    QString lastUsedProfile() const;
    void setLastUsedProfile(const QString &name);

Q_SIGNALS:
    void keychainProbeFinished(bool available);
    void profilesChanged();
    void secretsLoaded(const QString &name, const QString &secretKey, const QString &authKey,
                       bool fromKeychain);
    // `stored` is false when no keychain is available or a write failed, and then `message` gives the reason.
    void secretsSaved(const QString &name, bool stored, const QString &message);

private:
    void startProbe();
    void finishProbe(bool available, const QString &reason);
    void whenProbed(std::function<void()> action);
    void storeSecrets(const QString &name, const QString &secretKey, const QString &authKey);
    void loadSecrets(const QString &name);
    void deleteSecrets(const QString &name);
    void writeEntry(const QString &key, const QString &value, std::function<void(QKeychain::Job *)> done);
    void readEntry(const QString &key, std::function<void(QKeychain::Job *)> done);
    void deleteEntry(const QString &key, std::function<void(QKeychain::Job *)> done);

    KeychainState m_keychainState = KeychainState::Probing;
    QList<std::function<void()>> m_waitingForProbe;
};

} // namespace Presence

Q_DECLARE_METATYPE(Presence::ConnectionProfile)
