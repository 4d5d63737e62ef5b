// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "presenceengine.h"
#include "presenceserver.h"

#include <QImage>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Runs presence-dashboard as a user would, on the demo keyset, and checks the screenshot.
class TestDashboardScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoScreenshotWritten();
    void refreshBelowThreeRejected();
    void helpWithoutDisplay();
    void terminationStopsCleanly();
    void unknownOptionIsUsageError();
    void profileOptionOpensProfile();
    void unknownProfileRejected();
};

namespace {

QProcessEnvironment isolatedEnvironment(const QTemporaryDir &dir)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    environment.insert(u"HOME"_s, dir.path());
    for (const char *name : { "PN_ORIGIN", "PN_SUBSCRIBE_KEY", "PN_PUBLISH_KEY", "PN_SECRET_KEY",
                              "PN_AUTH_KEY", "PN_USER_ID" })
        environment.remove(QString::fromLatin1(name));
    // No session bus, so that no keychain is found and profiles have no stored secrets.
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/presence-test-bus"_s);
    return environment;
}

// Writes a connection profile where the dashboard started with `dir` as its configuration
// home reads its profiles.
void writeProfile(const QTemporaryDir &dir, const QString &name, const QString &origin,
                  const QString &subscribeKey)
{
    QSettings settings(dir.filePath(u"config/PresenceDashboard/presence-dashboard.conf"_s),
                       QSettings::IniFormat);
    settings.beginGroup(u"profiles"_s);
    settings.beginGroup(name);
    settings.setValue(u"origin"_s, origin);
    settings.setValue(u"subscribeKey"_s, subscribeKey);
    settings.setValue(u"userId"_s, u"profile-test"_s);
    settings.endGroup();
    settings.endGroup();
    settings.sync();
}

} // namespace

void TestDashboardScreenshot::demoScreenshotWritten()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath(u"out.png"_s);

    QProcess program;
    program.setProcessEnvironment(isolatedEnvironment(dir));
    program.start(QStringLiteral(PRESENCE_DASHBOARD_PROGRAM),
                  { u"--demo"_s, u"--screenshot"_s, fileName });
    QVERIFY(program.waitForFinished(60000));
    QVERIFY2(program.exitStatus() == QProcess::NormalExit, qPrintable(program.errorString()));
    QCOMPARE(program.exitCode(), 0);

    QImage image(fileName);
    QVERIFY2(!image.isNull(), qPrintable(fileName));
    QVERIFY(image.width() >= 800);
    QVERIFY(image.height() >= 500);
    // A blank or single-colour window has a handful of colours; text and tables have many.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
}

void TestDashboardScreenshot::refreshBelowThreeRejected()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess program;
    program.setProcessEnvironment(isolatedEnvironment(dir));
    program.start(QStringLiteral(PRESENCE_DASHBOARD_PROGRAM), { u"--demo"_s, u"--refresh"_s, u"2"_s });
    QVERIFY(program.waitForFinished(30000));
    QCOMPARE(program.exitCode(), 2);
    const QString message = QString::fromUtf8(program.readAllStandardError());
    QVERIFY2(message.contains(u"\"2\""_s), qPrintable(message));
    QVERIFY2(message.contains(u"3 or more"_s), qPrintable(message));
}

void TestDashboardScreenshot::helpWithoutDisplay()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment environment = isolatedEnvironment(dir);
    // No display at all: --help must not need a platform plugin.
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    QProcess program;
    program.setProcessEnvironment(environment);
    program.start(QStringLiteral(PRESENCE_DASHBOARD_PROGRAM), { u"--help"_s });
    QVERIFY(program.waitForFinished(30000));
    QCOMPARE(program.exitStatus(), QProcess::NormalExit);
    QCOMPARE(program.exitCode(), 0);
    const QByteArray help = program.readAllStandardOutput();
    QVERIFY2(help.contains("--screenshot"), help.constData());
}

void TestDashboardScreenshot::terminationStopsCleanly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess program;
    program.setProcessEnvironment(isolatedEnvironment(dir));
    program.setProcessChannelMode(QProcess::MergedChannels);
    program.start(QStringLiteral(PRESENCE_DASHBOARD_PROGRAM), { u"--demo"_s });
    QVERIFY(program.waitForStarted());

    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += program.readAll()).contains("listening on"), 20000);
    program.terminate();
    QVERIFY(program.waitForFinished(20000));
    output += program.readAll();
    QCOMPARE(program.exitStatus(), QProcess::NormalExit);
    QCOMPARE(program.exitCode(), 0);
    QVERIFY2(output.contains("Presence server stopped"), output.constData());
}

void TestDashboardScreenshot::unknownOptionIsUsageError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess program;
    program.setProcessEnvironment(isolatedEnvironment(dir));
    program.start(QStringLiteral(PRESENCE_DASHBOARD_PROGRAM), { u"--bogus"_s });
    QVERIFY(program.waitForFinished(30000));
    QCOMPARE(program.exitCode(), 2);
    const QByteArray message = program.readAllStandardError();
    QVERIFY2(message.contains("bogus"), message.constData());
    QVERIFY2(message.contains("--help"), message.constData());
}

void TestDashboardScreenshot::profileOptionOpensProfile()
{
    // The server accepts only requests that carry the auth key. The profile stores no secrets,
    // so the dashboard takes the key from PN_AUTH_KEY.
    Presence::ServerOptions options;
    options.subscribeKey = u"sub-profile"_s;
    options.authKey = u"token-7"_s;
    Presence::PresenceServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    server.engine()->heartbeat(u"someone"_s, { u"lounge"_s }, 600);
    int handled = 0;
    connect(&server, &Presence::PresenceServer::requestHandled, this, [&handled] { ++handled; });

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeProfile(dir, u"local"_s, server.origin().toString(), u"sub-profile"_s);
    const QString fileName = dir.filePath(u"profile.png"_s);

    QProcess program;
    QProcessEnvironment environment = isolatedEnvironment(dir);
    environment.insert(u"PN_AUTH_KEY"_s, u"token-7"_s);
    program.setProcessEnvironment(environment);
    QSignalSpy finished(&program, &QProcess::finished);
    program.start(QStringLiteral(PRESENCE_DASHBOARD_PROGRAM),
                  { u"--profile"_s, u"local"_s, u"--channels"_s, u"lounge"_s, u"--screenshot"_s,
                    fileName });
    // The server runs on this thread, so the event loop turns while the dashboard works.
    QVERIFY(finished.wait(60000));
    const QString output = QString::fromUtf8(program.readAllStandardError());
    QVERIFY2(program.exitCode() == 0, qPrintable(output));
    QVERIFY(handled > 0);
    const QImage image(fileName);
    QVERIFY2(!image.isNull(), qPrintable(fileName));
    QVERIFY(image.width() >= 800);
}

void TestDashboardScreenshot::unknownProfileRejected()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeProfile(dir, u"local"_s, u"http://127.0.0.1:9"_s, u"sub-profile"_s);
    QProcess program;
    program.setProcessEnvironment(isolatedEnvironment(dir));
    program.start(QStringLiteral(PRESENCE_DASHBOARD_PROGRAM), { u"--profile"_s, u"missing"_s });
    QVERIFY(program.waitForFinished(30000));
    QCOMPARE(program.exitCode(), 2);
    const QString message = QString::fromUtf8(program.readAllStandardError());
    QVERIFY2(message.contains(u"\"missing\""_s), qPrintable(message));
    QVERIFY2(message.contains(u"local"_s), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestDashboardScreenshot)
#include "tst_dashboardscreenshot.moc"
