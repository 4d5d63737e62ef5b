// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "profilestore.h"
#include "validation.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Presence::ConnectionProfile;
using Presence::ProfileStore;

// Runs without a D-Bus session, so no keychain is reachable, which is the normal "no keychain" state.
class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void noSecretInSettingsFile();
    void keychainAbsentStoresNothing();
    void generatedUserIdKept();
    void explicitUserIdWins();
    void invalidNameRejected_data();
    void invalidNameRejected();
    void removeForgetsProfile();
    void namesSorted();

private:
    void waitForProbe(ProfileStore &store);

    std::unique_ptr<QTemporaryDir> m_settingsDir;
};

void TestProfileStore::initTestCase()
{
    // Without a session bus address libdbus would still find $XDG_RUNTIME_DIR/bus.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("XDG_RUNTIME_DIR");
    qunsetenv("DISPLAY");
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfileStore::init()
{
    m_settingsDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_settingsDir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir->path());
    QVERIFY(ProfileStore::settingsFileName().startsWith(m_settingsDir->path()));
}

void TestProfileStore::cleanup()
{
    m_settingsDir.reset();
}

void TestProfileStore::waitForProbe(ProfileStore &store)
{
    if (store.keychainState() != ProfileStore::KeychainState::Probing)
        return;
    QSignalSpy probed(&store, &ProfileStore::keychainProbeFinished);
    QVERIFY(probed.isValid());
    QVERIFY(probed.wait(30000));
}

void TestProfileStore::roundTrip_data()
{
    QTest::addColumn<ConnectionProfile>("profile");

    QTest::addRow("plain") << ConnectionProfile{u"Production"_s, u"https://ps.pndsn.com"_s, u"sub-c-1"_s,
                                                u"pub-c-1"_s, {}, {}, u"ops-desk"_s};
    QTest::addRow("spaces and umlauts") << ConnectionProfile{u"Büro Köln staging"_s, u"http://127.0.0.1:8090"_s,
                                                             u"sub-c-2"_s, {}, {}, {}, u"jörg"_s};
    QTest::addRow("equals and comma") << ConnectionProfile{u"a=b, c"_s, {}, u"demo"_s, u"demo"_s, {}, {}, u"u1"_s};
}

void TestProfileStore::roundTrip()
{
    QFETCH(ConnectionProfile, profile);

    {
        ProfileStore store;
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        QVERIFY(changed.isValid());
        QVERIFY(store.save(profile));
        QCOMPARE(changed.count(), 1);
        store.setLastUsedProfile(profile.name);
    }

    // A second store reads what the first wrote, as the next start of the application does.
    ProfileStore store;
    QCOMPARE(store.names(), QStringList{profile.name});
    const ConnectionProfile loaded = store.profile(profile.name);
    QCOMPARE(loaded.name, profile.name);
    QCOMPARE(loaded.origin, profile.origin);
    QCOMPARE(loaded.subscribeKey, profile.subscribeKey);
    QCOMPARE(loaded.publishKey, profile.publishKey);
    QCOMPARE(loaded.userId, profile.userId);
    QVERIFY(loaded.secretKey.isEmpty());
    QVERIFY(loaded.authKey.isEmpty());
    QCOMPARE(store.lastUsedProfile(), profile.name);
}

void TestProfileStore::noSecretInSettingsFile()
{
    const QString secretKey = u"sec-c-ZmFrZS1zZWNyZXQtZm9yLXRlc3Rz"_s;
    const QString authKey = u"auth-token-7f3e9a"_s;

    ProfileStore store;
    QSignalSpy saved(&store, &ProfileStore::secretsSaved);
    QVERIFY(saved.isValid());
    QVERIFY(store.save({u"Production"_s, u"https://ps.pndsn.com"_s, u"sub-c-1"_s, u"pub-c-1"_s, secretKey, authKey,
                        u"ops"_s}));
    QVERIFY(saved.wait(30000));

    QFile file(ProfileStore::settingsFileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains("sub-c-1"));
    QVERIFY(!contents.contains(secretKey.toUtf8()));
    QVERIFY(!contents.contains(authKey.toUtf8()));
    QVERIFY(!contents.contains("secret"));
    QVERIFY(!contents.contains("auth"));

    // Nothing else in the settings folder (such as an insecure keychain fallback) has them either.
    const QStringList files = QDir(m_settingsDir->path()).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : files) {
        QFile other(m_settingsDir->filePath(name));
        QVERIFY(other.open(QIODevice::ReadOnly));
        QVERIFY2(!other.readAll().contains(secretKey.toUtf8()), qPrintable(name));
    }
}

void TestProfileStore::keychainAbsentStoresNothing()
{
    ProfileStore store;
    waitForProbe(store);
    QCOMPARE(store.keychainState(), ProfileStore::KeychainState::Unavailable);
    QVERIFY(!store.keychainAvailable());

    QSignalSpy saved(&store, &ProfileStore::secretsSaved);
    QVERIFY(saved.isValid());
    QVERIFY(store.save({u"Staging"_s, {}, u"sub-c-2"_s, {}, u"sec-c-staging"_s, u"auth-staging"_s, u"u2"_s}));
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).toString(), u"Staging"_s);
    QCOMPARE(saved.at(0).at(1).toBool(), false);
    QVERIFY(saved.at(0).at(2).toString().contains(u"keychain"_s));

    QSignalSpy loaded(&store, &ProfileStore::secretsLoaded);
    QVERIFY(loaded.isValid());
    store.requestSecrets(u"Staging"_s);
    // The signal comes from the event loop, never from inside the call.
    QCOMPARE(loaded.count(), 0);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.at(0).at(0).toString(), u"Staging"_s);
    QVERIFY(loaded.at(0).at(1).toString().isEmpty());
    QVERIFY(loaded.at(0).at(2).toString().isEmpty());
    QCOMPARE(loaded.at(0).at(3).toBool(), false);
}

void TestProfileStore::generatedUserIdKept()
{
    ProfileStore store;
    QVERIFY(store.save({u"Demo"_s, {}, u"demo"_s, {}, {}, {}, {}}));
    const QString generated = store.profile(u"Demo"_s).userId;
    QVERIFY(!generated.isEmpty());
    QCOMPARE(Presence::Validation::checkUserId(generated), QString());

    QVERIFY(store.save({u"Demo"_s, u"http://127.0.0.1:9"_s, u"demo"_s, {}, {}, {}, {}}));
    QCOMPARE(store.profile(u"Demo"_s).userId, generated);

    QVERIFY(store.save({u"Other"_s, {}, u"demo"_s, {}, {}, {}, {}}));
    QVERIFY(store.profile(u"Other"_s).userId != generated);
}

void TestProfileStore::explicitUserIdWins()
{
    ProfileStore store;
    QVERIFY(store.save({u"Demo"_s, {}, u"demo"_s, {}, {}, {}, {}}));
    QVERIFY(store.save({u"Demo"_s, {}, u"demo"_s, {}, {}, {}, u"operator-7"_s}));
    QCOMPARE(store.profile(u"Demo"_s).userId, u"operator-7"_s);
}

void TestProfileStore::invalidNameRejected_data()
{
    QTest::addColumn<QString>("name");

    QTest::addRow("empty") << QString();
    QTest::addRow("only spaces") << u"   "_s;
    QTest::addRow("leading space") << u" Production"_s;
    QTest::addRow("slash") << u"eu/west"_s;
    QTest::addRow("backslash") << u"eu\\west"_s;
}

void TestProfileStore::invalidNameRejected()
{
    QFETCH(QString, name);

    QVERIFY(!ProfileStore::checkProfileName(name).isEmpty());
    ProfileStore store;
    QVERIFY(!store.save({name, {}, u"demo"_s, {}, {}, {}, {}}));
    QVERIFY(store.names().isEmpty());
}

void TestProfileStore::removeForgetsProfile()
{
    ProfileStore store;
    QVERIFY(store.save({u"Old"_s, {}, u"demo"_s, {}, {}, {}, u"u"_s}));
    QVERIFY(store.save({u"Kept"_s, {}, u"demo"_s, {}, {}, {}, u"u"_s}));
    store.setLastUsedProfile(u"Old"_s);
    QCOMPARE(store.lastUsedProfile(), u"Old"_s);

    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    QVERIFY(changed.isValid());
    store.remove(u"Old"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store.names(), QStringList{u"Kept"_s});
    QVERIFY(!store.contains(u"Old"_s));
    QVERIFY(store.profile(u"Old"_s).name.isEmpty());
    QVERIFY(store.lastUsedProfile().isEmpty());

    store.remove(u"Missing"_s);
    QCOMPARE(changed.count(), 1);
}

void TestProfileStore::namesSorted()
{
    ProfileStore store;
    for (const QString &name : {u"staging"_s, u"Demo"_s, u"production"_s})
        QVERIFY(store.save({name, {}, u"demo"_s, {}, {}, {}, u"u"_s}));
    QCOMPARE(store.names(), (QStringList{u"Demo"_s, u"production"_s, u"staging"_s}));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
