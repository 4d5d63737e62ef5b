// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "profiledialog.h"
#include "profilestore.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Presence::ConnectionProfile;
using Presence::ProfileStore;

namespace {

template<typename T>
T *childNamed(QWidget *parent, const QString &accessibleName)
{
    const auto children = parent->findChildren<T *>();
    for (T *child : children) {
        if (child->accessibleName() == accessibleName)
            return child;
    }
    return nullptr;
}

} // namespace

// Runs without a D-Bus session, so the dialog shows the "no keychain" note.
class TestProfileDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void keychainNoteWhenUnavailable();
    void inlineErrors_data();
    void inlineErrors();
    void connectSavesAndEmitsProfile();
    void renameKeepsOneProfile();
    void secretsHiddenUntilShown();
    void secretPromptReturnsKeys();
    void screenshots();

private:
    void fill(ProfileDialog &dialog, const ConnectionProfile &profile);

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<ProfileStore> m_store;
};

void TestProfileDialog::initTestCase()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("XDG_RUNTIME_DIR");
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfileDialog::init()
{
    m_settingsDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_settingsDir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
    m_store = std::make_unique<ProfileStore>();
    QSignalSpy probed(m_store.get(), &ProfileStore::keychainProbeFinished);
    QVERIFY(probed.wait(30000));
}

void TestProfileDialog::cleanup()
{
    m_store.reset();
    m_settingsDir.reset();
}

void TestProfileDialog::fill(ProfileDialog &dialog, const ConnectionProfile &profile)
{
    const QList<QPair<QString, QString>> fields = {
        {u"Profile name"_s, profile.name}, {u"Origin"_s, profile.origin},
        {u"Subscribe key"_s, profile.subscribeKey}, {u"Publish key"_s, profile.publishKey},
        {u"Secret key"_s, profile.secretKey}, {u"Auth key"_s, profile.authKey},
        {u"User id"_s, profile.userId}};
    for (const auto &[name, value] : fields) {
        QLineEdit *edit = childNamed<QLineEdit>(&dialog, name);
        QVERIFY2(edit, qPrintable(name));
        edit->setText(value);
    }
}

void TestProfileDialog::keychainNoteWhenUnavailable()
{
    QVERIFY(!m_store->keychainAvailable());
    ProfileDialog dialog(m_store.get());
    QLabel *note = childNamed<QLabel>(&dialog, u"Keychain note"_s);
    QVERIFY(note);
    QVERIFY2(note->text().contains(u"secrets will not be saved"_s), qPrintable(note->text()));
    QVERIFY(note->text().contains(u"asked for them when connecting"_s));
}

void TestProfileDialog::inlineErrors_data()
{
    QTest::addColumn<ConnectionProfile>("profile");
    QTest::addColumn<QString>("errorLabel");

    const ConnectionProfile valid{u"Production"_s, u"https://ps.pndsn.com"_s, u"sub-c-1"_s, u"pub-c-1"_s, {}, {}, u"ops"_s};
    ConnectionProfile profile = valid;
    profile.origin = u"ps.pndsn.com/v2?x"_s;
    QTest::addRow("origin without scheme") << profile << u"Origin error"_s;
    profile = valid;
    profile.subscribeKey.clear();
    QTest::addRow("missing subscribe key") << profile << u"Subscribe key error"_s;
    profile = valid;
    profile.publishKey = u"pub c 1"_s;
    QTest::addRow("space in publish key") << profile << u"Publish key error"_s;
    profile = valid;
    profile.userId = QString(200, u'u');
    QTest::addRow("user id too long") << profile << u"User id error"_s;
    profile = valid;
    profile.name = u"eu/west"_s;
    QTest::addRow("slash in name") << profile << u"Profile name error"_s;
}

void TestProfileDialog::inlineErrors()
{
    QFETCH(ConnectionProfile, profile);
    QFETCH(QString, errorLabel);

    ProfileDialog dialog(m_store.get());
    dialog.show();
    fill(dialog, profile);
    const QString problem = dialog.validate();
    QVERIFY(!problem.isEmpty());

    QLabel *label = childNamed<QLabel>(&dialog, errorLabel);
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), problem);

    // Nothing is saved while a field is invalid.
    QSignalSpy connectSpy(&dialog, &ProfileDialog::connectRequested);
    childNamed<QPushButton>(&dialog, u"Save and connect"_s)->click();
    QCOMPARE(connectSpy.count(), 0);
    QVERIFY(m_store->names().isEmpty());
}

void TestProfileDialog::connectSavesAndEmitsProfile()
{
    ProfileDialog dialog(m_store.get());
    const ConnectionProfile entered{u"Local"_s, u"http://127.0.0.1:8090"_s, u"demo"_s, u"demo"_s,
                                    u"sec-c-local"_s, u"auth-local"_s, {}};
    fill(dialog, entered);
    QVERIFY(dialog.validate().isEmpty());

    QSignalSpy connectSpy(&dialog, &ProfileDialog::connectRequested);
    QVERIFY(connectSpy.isValid());
    childNamed<QPushButton>(&dialog, u"Save and connect"_s)->click();
    QCOMPARE(connectSpy.count(), 1);
    const auto sent = connectSpy.at(0).at(0).value<ConnectionProfile>();
    QCOMPARE(sent.name, entered.name);
    QCOMPARE(sent.origin, entered.origin);
    QCOMPARE(sent.secretKey, entered.secretKey);
    QCOMPARE(sent.authKey, entered.authKey);
    // The generated user id is filled in, so the connection uses the id the profile keeps.
    QVERIFY(!sent.userId.isEmpty());
    QCOMPARE(sent.userId, m_store->profile(u"Local"_s).userId);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_store->names(), QStringList{u"Local"_s});
    QCOMPARE(m_store->lastUsedProfile(), u"Local"_s);
}

void TestProfileDialog::renameKeepsOneProfile()
{
    QVERIFY(m_store->save({u"Old name"_s, {}, u"demo"_s, {}, {}, {}, u"u1"_s}));
    ProfileDialog dialog(m_store.get());
    dialog.selectProfile(u"Old name"_s);
    QCOMPARE(dialog.selectedProfile().name, u"Old name"_s);

    childNamed<QLineEdit>(&dialog, u"Profile name"_s)->setText(u"New name"_s);
    childNamed<QPushButton>(&dialog, u"Save profile"_s)->click();
    QCOMPARE(m_store->names(), QStringList{u"New name"_s});
    QCOMPARE(m_store->profile(u"New name"_s).userId, u"u1"_s);
}

void TestProfileDialog::secretsHiddenUntilShown()
{
    ProfileDialog dialog(m_store.get());
    QLineEdit *secret = childNamed<QLineEdit>(&dialog, u"Secret key"_s);
    QLineEdit *auth = childNamed<QLineEdit>(&dialog, u"Auth key"_s);
    QCheckBox *show = childNamed<QCheckBox>(&dialog, u"Show secrets"_s);
    QVERIFY(secret && auth && show);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QCOMPARE(auth->echoMode(), QLineEdit::Password);
    show->setChecked(true);
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    QCOMPARE(auth->echoMode(), QLineEdit::Normal);
    show->setChecked(false);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
}

void TestProfileDialog::secretPromptReturnsKeys()
{
    SecretPromptDialog prompt(u"Production"_s);
    QLineEdit *secret = childNamed<QLineEdit>(&prompt, u"Secret key"_s);
    QLineEdit *auth = childNamed<QLineEdit>(&prompt, u"Auth key"_s);
    QVERIFY(secret && auth);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    secret->setText(u" sec-c-typed "_s);
    auth->setText(u"auth-typed"_s);
    QCOMPARE(prompt.secretKey(), u"sec-c-typed"_s);
    QCOMPARE(prompt.authKey(), u"auth-typed"_s);
    QVERIFY(prompt.windowTitle().contains(u"Production"_s));
}

void TestProfileDialog::screenshots()
{
    const QString folder = qEnvironmentVariable("PRESENCE_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("Set PRESENCE_SCREENSHOT_DIR to save screenshots of the profile dialog.");

    QVERIFY(m_store->save({u"Production"_s, u"https://ps.pndsn.com"_s, u"sub-c-1"_s, u"pub-c-1"_s, {}, {}, u"ops"_s}));
    QVERIFY(m_store->save({u"Local demo"_s, u"http://127.0.0.1:8090"_s, u"demo"_s, u"demo"_s, {}, {}, {}}));
    ProfileDialog dialog(m_store.get());
    dialog.selectProfile(u"Production"_s);
    dialog.show();
    childNamed<QLineEdit>(&dialog, u"Origin"_s)->setText(u"ps.pndsn.com"_s);
    dialog.validate();
    // The error label changes the layout, which is applied from the event loop.
    QCoreApplication::processEvents();
    QVERIFY(dialog.grab().save(QDir(folder).filePath(u"profiledialog.png"_s)));

    SecretPromptDialog prompt(u"Production"_s);
    prompt.show();
    QVERIFY(prompt.grab().save(QDir(folder).filePath(u"secretprompt.png"_s)));
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
