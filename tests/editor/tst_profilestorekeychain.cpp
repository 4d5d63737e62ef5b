// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "profilestore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Presence::ProfileStore;

// Runs against a real Secret Service: ctest starts this test inside dbus-run-session with an
// unlocked gnome-keyring and sets PRESENCE_KEYCHAIN_SESSION=1. Without that it is skipped.
class TestProfileStoreKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void secretsRoundTrip();
    void emptySecretsDeleteEntries();
    void removeDeletesSecrets();

private:
    void waitForSaved(ProfileStore &store);
    QVariantList loadSecrets(ProfileStore &store, const QString &name);

    QTemporaryDir m_settingsDir;
};

void TestProfileStoreKeychain::initTestCase()
{
    if (qEnvironmentVariable("PRESENCE_KEYCHAIN_SESSION") != "1"_L1)
        QSKIP("No keychain session: needs dbus-run-session and gnome-keyring-daemon (Debian packages dbus, "
              "gnome-keyring and libsecret-1-0).");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestProfileStoreKeychain::init()
{
    QFile::remove(ProfileStore::settingsFileName());
}

void TestProfileStoreKeychain::waitForSaved(ProfileStore &store)
{
    QSignalSpy saved(&store, &ProfileStore::secretsSaved);
    QVERIFY(saved.isValid());
    QVERIFY(saved.wait(30000));
    QVERIFY2(saved.at(0).at(1).toBool(), qPrintable(saved.at(0).at(2).toString()));
}

QVariantList TestProfileStoreKeychain::loadSecrets(ProfileStore &store, const QString &name)
{
    QSignalSpy loaded(&store, &ProfileStore::secretsLoaded);
    store.requestSecrets(name);
    if (!loaded.wait(30000))
        return {};
    return loaded.at(0);
}

void TestProfileStoreKeychain::secretsRoundTrip()
{
    const QString secretKey = u"sec-c-a2V5Y2hhaW4tdGVzdA"_s;
    const QString authKey = u"auth-ä-token"_s;
    {
        ProfileStore store;
        QSignalSpy probed(&store, &ProfileStore::keychainProbeFinished);
        QVERIFY(probed.wait(30000));
        QCOMPARE(probed.at(0).at(0).toBool(), true);
        QVERIFY(store.keychainAvailable());

        QVERIFY(store.save({u"Production"_s, {}, u"sub-c-1"_s, {}, secretKey, authKey, u"ops"_s}));
        waitForSaved(store);
    }

    ProfileStore store;
    const QVariantList secrets = loadSecrets(store, u"Production"_s);
    QCOMPARE(secrets.size(), 4);
    QCOMPARE(secrets.at(0).toString(), u"Production"_s);
    QCOMPARE(secrets.at(1).toString(), secretKey);
    QCOMPARE(secrets.at(2).toString(), authKey);
    QCOMPARE(secrets.at(3).toBool(), true);

    QFile file(ProfileStore::settingsFileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(secretKey.toUtf8()));
}

void TestProfileStoreKeychain::emptySecretsDeleteEntries()
{
    ProfileStore store;
    QVERIFY(store.save({u"Staging"_s, {}, u"sub-c-2"_s, {}, u"sec-c-first"_s, u"auth-first"_s, u"u"_s}));
    waitForSaved(store);
    QVERIFY(store.save({u"Staging"_s, {}, u"sub-c-2"_s, {}, {}, u"auth-second"_s, u"u"_s}));
    waitForSaved(store);

    const QVariantList secrets = loadSecrets(store, u"Staging"_s);
    QCOMPARE(secrets.size(), 4);
    QVERIFY(secrets.at(1).toString().isEmpty());
    QCOMPARE(secrets.at(2).toString(), u"auth-second"_s);
    QCOMPARE(secrets.at(3).toBool(), true);
}

void TestProfileStoreKeychain::removeDeletesSecrets()
{
    ProfileStore store;
    QVERIFY(store.save({u"Gone"_s, {}, u"sub-c-3"_s, {}, u"sec-c-gone"_s, {}, u"u"_s}));
    waitForSaved(store);
    store.remove(u"Gone"_s);

    // The deletion jobs run in order before the read that follows them.
    const QVariantList secrets = loadSecrets(store, u"Gone"_s);
    QCOMPARE(secrets.size(), 4);
    QVERIFY(secrets.at(1).toString().isEmpty());
    QVERIFY(secrets.at(2).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestProfileStoreKeychain)
#include "tst_profilestorekeychain.moc"
