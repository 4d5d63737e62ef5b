// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "profilestore.h"

#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

namespace {

Q_LOGGING_CATEGORY(lcProfiles, "presence.ui.profiles", QtInfoMsg)

const auto organisationName = "PresenceDashboard"_L1;
const auto applicationName = "presence-dashboard"_L1;
const auto profilesGroup = "profiles"_L1;
const auto lastUsedKey = "lastUsedProfile"_L1;
const auto probeKey = "presence-dashboard/keychain-probe"_L1;

QSettings openSettings()
{
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, organisationName, applicationName);
}

QString secretKeyEntry(const QString &profile)
{
    return profile + "/secret-key"_L1;
}

QString authKeyEntry(const QString &profile)
{
    return profile + "/auth-key"_L1;
}

// A job counts as "nothing stored" rather than as a failure when the entry does not exist.
bool isMissingEntry(const QKeychain::Job *job)
{
    return job->error() == QKeychain::EntryNotFound;
}

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
{
    startProbe();
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::keychainService()
{
    return applicationName;
}

QString ProfileStore::settingsFileName()
{
    return openSettings().fileName();
}

QString ProfileStore::checkProfileName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("The profile name is empty. Enter a name such as \"Production\".");
    if (name != name.trimmed())
        return tr("The profile name \"%1\" starts or ends with spaces. Remove them.").arg(name);
    if (name.contains(u'/') || name.contains(u'\\'))
        return tr("The profile name \"%1\" contains a slash. Use a name without / or \\.").arg(name);
    return {};
}

QStringList ProfileStore::names() const
{
    QSettings settings = openSettings();
    settings.beginGroup(profilesGroup);
    QStringList result = settings.childGroups();
    result.sort(Qt::CaseInsensitive);
    return result;
}

bool ProfileStore::contains(const QString &name) const
{
    return !name.isEmpty() && names().contains(name);
}

ConnectionProfile ProfileStore::profile(const QString &name) const
{
    ConnectionProfile result;
    if (!contains(name))
        return result;

    QSettings settings = openSettings();
    settings.beginGroup(profilesGroup);
    settings.beginGroup(name);
    result.name = name;
    result.origin = settings.value("origin"_L1).toString();
    result.subscribeKey = settings.value("subscribeKey"_L1).toString();
    result.publishKey = settings.value("publishKey"_L1).toString();
    result.userId = settings.value("userId"_L1).toString();
    if (result.userId.isEmpty())
        result.userId = settings.value("generatedUserId"_L1).toString();
    return result;
}

bool ProfileStore::save(const ConnectionProfile &profile)
{
    if (const QString error = checkProfileName(profile.name); !error.isEmpty()) {
        qCWarning(lcProfiles) << "Not saving a profile with an invalid name:" << error;
        return false;
    }

    QSettings settings = openSettings();
    settings.beginGroup(profilesGroup);
    settings.beginGroup(profile.name);
    settings.setValue("origin"_L1, profile.origin);
    settings.setValue("subscribeKey"_L1, profile.subscribeKey);
    settings.setValue("publishKey"_L1, profile.publishKey);
    settings.setValue("userId"_L1, profile.userId);
    // The generated id outlives edits, so that the profile keeps looking like the same user.
    if (profile.userId.isEmpty() && settings.value("generatedUserId"_L1).toString().isEmpty())
        settings.setValue("generatedUserId"_L1, QString(u"pd-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)));
    settings.endGroup();
    settings.endGroup();
    settings.sync();

    qCInfo(lcProfiles) << "Saved profile" << profile.name;
    Q_EMIT profilesChanged();

    const QString name = profile.name;
    const QString secretKey = profile.secretKey;
    const QString authKey = profile.authKey;
    whenProbed([this, name, secretKey, authKey] { storeSecrets(name, secretKey, authKey); });
    return true;
}

void ProfileStore::remove(const QString &name)
{
    if (!contains(name))
        return;

    QSettings settings = openSettings();
    settings.beginGroup(profilesGroup);
    settings.remove(name);
    settings.endGroup();
    if (settings.value(lastUsedKey).toString() == name)
        settings.remove(lastUsedKey);
    settings.sync();

    qCInfo(lcProfiles) << "Removed profile" << name;
    Q_EMIT profilesChanged();
    whenProbed([this, name] { deleteSecrets(name); });
}

void ProfileStore::requestSecrets(const QString &name)
{
    whenProbed([this, name] { loadSecrets(name); });
}

QString ProfileStore::lastUsedProfile() const
{
    const QString name = openSettings().value(lastUsedKey).toString();
    return contains(name) ? name : QString();
}

void ProfileStore::setLastUsedProfile(const QString &name)
{
    QSettings settings = openSettings();
    settings.setValue(lastUsedKey, name);
}

void ProfileStore::startProbe()
{
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    writeEntry(probeKey, token, [this, token](QKeychain::Job *written) {
        if (written->error() != QKeychain::NoError) {
            finishProbe(false, written->errorString());
            return;
        }
        readEntry(probeKey, [this, token](QKeychain::Job *read) {
            const auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(read);
            if (read->error() != QKeychain::NoError || readJob->textData() != token) {
                finishProbe(false, read->errorString());
                return;
            }
            deleteEntry(probeKey, [this](QKeychain::Job *deleted) {
                if (deleted->error() != QKeychain::NoError)
                    qCWarning(lcProfiles) << "Could not delete the keychain test entry:" << deleted->errorString();
                finishProbe(true, {});
            });
        });
    });
}

void ProfileStore::finishProbe(bool available, const QString &reason)
{
    m_keychainState = available ? KeychainState::Available : KeychainState::Unavailable;
    if (available)
        qCInfo(lcProfiles) << "The system keychain is available";
    else
        qCInfo(lcProfiles) << "No system keychain, secrets will not be stored:" << reason;

    Q_EMIT keychainProbeFinished(available);

    const auto waiting = std::exchange(m_waitingForProbe, {});
    for (const auto &action : waiting)
        action();
}

void ProfileStore::whenProbed(std::function<void()> action)
{
    if (m_keychainState == KeychainState::Probing) {
        m_waitingForProbe.append(std::move(action));
        return;
    }
    // Run from the event loop so that the result signal never comes from inside the call.
    QTimer::singleShot(0, this, std::move(action));
}

void ProfileStore::storeSecrets(const QString &name, const QString &secretKey, const QString &authKey)
{
    if (!keychainAvailable()) {
        // Without secrets there is nothing to warn about.
        const bool nothingToStore = secretKey.isEmpty() && authKey.isEmpty();
        Q_EMIT secretsSaved(name, false,
                            nothingToStore ? QString() : tr("No system keychain is available, so the secrets of \"%1\" were not saved. "
                               "You will be asked for them when connecting.").arg(name));
        return;
    }

    // Both entries are written (or deleted when empty) before one result is reported.
    auto errors = std::make_shared<QStringList>();
    auto pending = std::make_shared<int>(2);
    auto finishOne = [this, name, errors, pending](QKeychain::Job *job) {
        if (job->error() != QKeychain::NoError && !isMissingEntry(job))
            errors->append(job->errorString());
        if (--*pending > 0)
            return;
        if (errors->isEmpty()) {
            qCDebug(lcProfiles) << "Stored the secrets of profile" << name << "in the keychain";
            Q_EMIT secretsSaved(name, true, {});
            return;
        }
        qCWarning(lcProfiles) << "Could not store the secrets of profile" << name << *errors;
        Q_EMIT secretsSaved(name, false,
                            tr("The secrets of \"%1\" could not be saved in the system keychain: %2")
                                .arg(name, errors->join(u"; "_s)));
    };

    const QList<QPair<QString, QString>> entries = {{secretKeyEntry(name), secretKey},
                                                    {authKeyEntry(name), authKey}};
    for (const auto &[key, value] : entries) {
        if (value.isEmpty())
            deleteEntry(key, finishOne);
        else
            writeEntry(key, value, finishOne);
    }
}

void ProfileStore::loadSecrets(const QString &name)
{
    if (!keychainAvailable()) {
        Q_EMIT secretsLoaded(name, {}, {}, false);
        return;
    }

    auto secretKey = std::make_shared<QString>();
    auto failed = std::make_shared<bool>(false);
    readEntry(secretKeyEntry(name), [this, name, secretKey, failed](QKeychain::Job *job) {
        if (job->error() == QKeychain::NoError)
            *secretKey = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        else if (!isMissingEntry(job))
            *failed = true;

        readEntry(authKeyEntry(name), [this, name, secretKey, failed](QKeychain::Job *authJob) {
            QString authKey;
            if (authJob->error() == QKeychain::NoError)
                authKey = static_cast<QKeychain::ReadPasswordJob *>(authJob)->textData();
            else if (!isMissingEntry(authJob))
                *failed = true;
            if (*failed)
                qCWarning(lcProfiles) << "Could not read the secrets of profile" << name << authJob->errorString();
            Q_EMIT secretsLoaded(name, *secretKey, authKey, !*failed);
        });
    });
}

void ProfileStore::deleteSecrets(const QString &name)
{
    if (!keychainAvailable())
        return;

    const auto report = [name](QKeychain::Job *job) {
        if (job->error() != QKeychain::NoError && !isMissingEntry(job))
            qCWarning(lcProfiles) << "Could not delete a secret of profile" << name << job->errorString();
    };
    deleteEntry(secretKeyEntry(name), report);
    deleteEntry(authKeyEntry(name), report);
}

void ProfileStore::writeEntry(const QString &key, const QString &value,
                              std::function<void(QKeychain::Job *)> done)
{
    auto *job = new QKeychain::WritePasswordJob(keychainService(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, std::move(done));
    job->start();
}

void ProfileStore::readEntry(const QString &key, std::function<void(QKeychain::Job *)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(keychainService(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, std::move(done));
    job->start();
}

void ProfileStore::deleteEntry(const QString &key, std::function<void(QKeychain::Job *)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(keychainService(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, std::move(done));
    job->start();
}

} // namespace Presence
