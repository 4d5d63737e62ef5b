// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "channellistmodel.h"
#include "dashboardcontroller.h"
#include "mainwindow.h"
#include "presenceengine.h"
#include "presenceserver.h"
#include "presenceservice.h"
#include "profiledialog.h"
#include "profilestore.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The controller with saved profiles and no keychain: the test's D-Bus address leads nowhere,
// so the profile store finds no secret service.
class TestDashboardController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void promptedSecretsUsedForSession();
    void cancelledPromptReported();
    void environmentSecretsSkipPrompt();
    void unknownProfileRejected();

private:
    void saveProfile(const QString &name);
    SecretPromptDialog *waitForPrompt(Presence::MainWindow *window);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<Presence::PresenceServer> m_server;
};

void TestDashboardController::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_settingsDir.path()));
    QCoreApplication::setOrganizationName(u"PresenceDashboard"_s);
    QCoreApplication::setApplicationName(u"presence-dashboard"_s);
}

void TestDashboardController::init()
{
    qunsetenv("PN_SECRET_KEY");
    qunsetenv("PN_AUTH_KEY");
    Presence::ServerOptions options;
    options.subscribeKey = u"sub-profile"_s;
    options.authKey = u"token-42"_s;
    m_server = std::make_unique<Presence::PresenceServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_server->engine()->heartbeat(u"someone"_s, { u"lounge"_s }, 600);
}

void TestDashboardController::cleanup()
{
    m_server.reset();
}

void TestDashboardController::saveProfile(const QString &name)
{
    Presence::ProfileStore store;
    QSignalSpy saved(&store, &Presence::ProfileStore::secretsSaved);
    Presence::ConnectionProfile profile;
    profile.name = name;
    profile.origin = m_server->origin().toString();
    profile.subscribeKey = u"sub-profile"_s;
    profile.authKey = u"token-42"_s;
    QVERIFY(store.save(profile));
    QVERIFY(saved.wait(10000));
    // No keychain: the auth key was not stored anywhere.
    QCOMPARE(saved.first().at(1).toBool(), false);
    QVERIFY(!store.keychainAvailable());
}

SecretPromptDialog *TestDashboardController::waitForPrompt(Presence::MainWindow *window)
{
    SecretPromptDialog *prompt = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        prompt = window->findChild<SecretPromptDialog *>();
        return prompt && prompt->isVisible();
    }, 10000);
    return shown ? prompt : nullptr;
}

void TestDashboardController::promptedSecretsUsedForSession()
{
    saveProfile(u"local"_s);
    DashboardController controller;
    controller.setInitialWatchList({ u"lounge"_s }, {});
    Presence::MainWindow *window = controller.window();
    window->show();
    QSignalSpy shown(window, &Presence::MainWindow::firstDataShown);

    QString error;
    QVERIFY2(controller.openProfile(u"local"_s, &error), qPrintable(error));
    SecretPromptDialog *prompt = waitForPrompt(window);
    QVERIFY(prompt);
    QLineEdit *authEdit = nullptr;
    for (QLineEdit *edit : prompt->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == u"Auth key"_s)
            authEdit = edit;
    }
    QVERIFY(authEdit);
    QTest::keyClicks(authEdit, u"token-42"_s);
    prompt->accept();

    QVERIFY(shown.wait(15000));
    QCOMPARE(controller.service()->config().authKey, u"token-42"_s);
    QTRY_COMPARE_WITH_TIMEOUT(window->channelModel()->occupancyOf(u"lounge"_s), 1, 10000);
    QVERIFY(window->errorBannerText().isEmpty());

    // The secret was used, not saved.
    QFile settingsFile(Presence::ProfileStore::settingsFileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(!settingsFile.readAll().contains("token-42"));

    // Switching to the demo and back through the profile combo does not prompt again.
    QComboBox *combo = window->profileCombo();
    Q_EMIT combo->activated(0);
    QTRY_COMPARE_WITH_TIMEOUT(controller.service()->config().subscribeKey, u"demo"_s, 10000);
    QVERIFY(controller.service()->config().authKey.isEmpty());
    const int local = combo->findText(u"local"_s);
    QVERIFY(local >= 0);
    Q_EMIT combo->activated(local);
    QTRY_COMPARE_WITH_TIMEOUT(controller.service()->config().subscribeKey, u"sub-profile"_s, 10000);
    QCOMPARE(controller.service()->config().authKey, u"token-42"_s);
    QVERIFY(!window->findChild<SecretPromptDialog *>());
}

void TestDashboardController::cancelledPromptReported()
{
    saveProfile(u"local"_s);
    DashboardController controller;
    Presence::MainWindow *window = controller.window();
    window->show();
    QString error;
    QVERIFY2(controller.openProfile(u"local"_s, &error), qPrintable(error));
    SecretPromptDialog *prompt = waitForPrompt(window);
    QVERIFY(prompt);
    prompt->reject();
    QTRY_VERIFY_WITH_TIMEOUT(window->errorBannerText().contains(u"local"_s), 5000);
    QVERIFY2(window->errorBannerText().contains(u"not opened"_s), qPrintable(window->errorBannerText()));
    QVERIFY(controller.service()->config().subscribeKey != u"sub-profile"_s);
}

void TestDashboardController::environmentSecretsSkipPrompt()
{
    saveProfile(u"local"_s);
    qputenv("PN_AUTH_KEY", "token-42");
    DashboardController controller;
    controller.setInitialWatchList({ u"lounge"_s }, {});
    Presence::MainWindow *window = controller.window();
    QSignalSpy shown(window, &Presence::MainWindow::firstDataShown);
    QString error;
    QVERIFY2(controller.openProfile(u"local"_s, &error), qPrintable(error));
    QVERIFY(shown.wait(15000));
    QCOMPARE(controller.service()->config().authKey, u"token-42"_s);
    QVERIFY(!window->findChild<SecretPromptDialog *>());
    qunsetenv("PN_AUTH_KEY");
}

void TestDashboardController::unknownProfileRejected()
{
    saveProfile(u"local"_s);
    DashboardController controller;
    QString error;
    QVERIFY(!controller.openProfile(u"missing"_s, &error));
    QVERIFY2(error.contains(u"missing"_s), qPrintable(error));
    QVERIFY2(error.contains(u"local"_s), qPrintable(error));
}

QTEST_MAIN(TestDashboardController)
#include "tst_dashboardcontroller.moc"
