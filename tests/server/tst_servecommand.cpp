// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Qt::Literals::StringLiterals;

// `presencectl serve` as a process: the first stdout line, requests, and a clean stop on
// SIGINT and SIGTERM.
class TestServeCommand : public QObject
{
    Q_OBJECT

private:
    static QString program() { return QStringLiteral(PRESENCECTL_PATH); }

    // Starts the server and returns its first stdout line, or an empty string.
    QByteArray start(QProcess &process, const QStringList &extra = {})
    {
        process.start(program(), QStringList { u"serve"_s, u"--port"_s, u"0"_s } + extra);
        if (!process.waitForStarted(10000))
            return {};
        while (!process.canReadLine() && process.waitForReadyRead(20000)) { }
        return process.readLine();
    }

private Q_SLOTS:
    void firstLineAndStop_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void firstLineAndStop()
    {
        QFETCH(int, signalNumber);
        QProcess process;
        const QByteArray line = start(process, { u"--simulate"_s, u"200"_s, u"--seed"_s, u"5"_s });
        QVERIFY2(line.startsWith("listening on http://127.0.0.1:"), line.constData());
        QVERIFY(line.endsWith('\n'));
        const QByteArray origin = line.mid(13).trimmed();

        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(QUrl::fromEncoded(
                origin + "/v2/presence/sub-key/demo/channel/,?channel-group=lobbies&disable_uuids=1")));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->readAll().contains("\"lobby\":{\"occupancy\":"));
        reply->deleteLater();

        ::kill(pid_t(process.processId()), signalNumber);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QByteArray log = process.readAllStandardError();
        QVERIFY2(log.contains("Presence server stopped"), log.constData());
        QVERIFY2(log.contains("--seed 5"), log.constData());
    }

    void invalidUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("port") << QStringList { u"--port"_s, u"70000"_s } << QByteArray("--port");
        QTest::newRow("bind") << QStringList { u"--bind"_s, u"nowhere"_s } << QByteArray("--bind");
        QTest::newRow("timeout") << QStringList { u"--presence-timeout"_s, u"0"_s } << QByteArray("--presence-timeout");
        QTest::newRow("seed") << QStringList { u"--seed"_s, u"x"_s } << QByteArray("--seed");
        QTest::newRow("argument") << QStringList { u"extra"_s } << QByteArray("extra");
        QTest::newRow("unknown option") << QStringList { u"--bogus"_s } << QByteArray("bogus");
        QTest::newRow("missing value") << QStringList { u"--port"_s } << QByteArray("port");
    }

    void invalidUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        QProcess process;
        process.start(program(), QStringList { u"serve"_s } + arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QVERIFY(process.readAllStandardError().contains(message));
    }

    void takenPortFails()
    {
        QProcess first;
        const QByteArray line = start(first);
        QVERIFY(line.startsWith("listening on"));
        const QString port = QString::fromLatin1(line.mid(line.lastIndexOf(':') + 1).trimmed());
        QProcess second;
        second.start(program(), { u"serve"_s, u"--port"_s, port });
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(second.exitCode(), 1);
        QVERIFY(second.readAllStandardError().contains(port.toLatin1()));
        first.terminate();
        QVERIFY(first.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestServeCommand)
#include "tst_servecommand.moc"
