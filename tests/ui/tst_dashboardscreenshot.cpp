// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <QImage>
#include <QProcess>
#include <QSet>
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
    return environment;
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

QTEST_GUILESS_MAIN(TestDashboardScreenshot)
#include "tst_dashboardscreenshot.moc"
