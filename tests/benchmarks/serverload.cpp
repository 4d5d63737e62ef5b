// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Load benchmark of `presencectl serve` over loopback. The server runs a simulated crowd (10,000
// users by default) and keeps 1,000 subscribe long polls open. The benchmark sends heartbeats on
// keep-alive connections for a fixed time and prints requests per second, p50/p99 latency and
// the server's resident memory. In the same run it measures a static-file nginx on loopback the
// same way, for comparison, and repeats both with wrk when wrk is installed. Everything stays on
// 127.0.0.1 and stops by itself.
//
// Usage: serverload [--presencectl PATH] [--users N] [--long-polls N] [--connections N]
//                   [--seconds N]

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

struct LoadResult
{
    qint64 requests = 0;
    qint64 errors = 0;
    double seconds = 0;
    std::vector<qint64> latenciesUs;

    double perSecond() const { return seconds > 0 ? double(requests) / seconds : 0; }
    double percentileMs(double fraction)
    {
        if (latenciesUs.empty())
            return 0;
        std::sort(latenciesUs.begin(), latenciesUs.end());
        const size_t index = std::min(latenciesUs.size() - 1,
                                      size_t(fraction * double(latenciesUs.size())));
        return double(latenciesUs[index]) / 1000.0;
    }
};

// One keep-alive connection that sends the next request as soon as the previous response is in.
class LoadConnection : public QObject
{
public:
    LoadConnection(quint16 port, std::function<QByteArray(qint64)> path, LoadResult *result,
                   const QElapsedTimer *clock, qint64 endMs)
        : m_path(std::move(path)), m_result(result), m_clock(clock), m_endMs(endMs)
    {
        connect(&m_socket, &QTcpSocket::connected, this, [this] { sendNext(); });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { readAnswer(); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    bool finished() const { return m_finished; }

private:
    void sendNext()
    {
        if (m_clock->elapsed() >= m_endMs) {
            m_finished = true;
            m_socket.close();
            return;
        }
        m_sentUs = m_clock->nsecsElapsed() / 1000;
        m_socket.write("GET " + m_path(m_counter++) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    }

    void readAnswer()
    {
        m_buffer += m_socket.readAll();
        while (true) {
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QByteArray head = m_buffer.left(headEnd);
            // Both servers write the header as `Content-Length`.
            const qsizetype lengthAt = head.indexOf("Content-Length:");
            const qsizetype length = lengthAt < 0
                    ? 0
                    : head.mid(lengthAt + 15, head.indexOf('\r', lengthAt) - lengthAt - 15)
                              .trimmed()
                              .toLongLong();
            if (m_buffer.size() < headEnd + 4 + length)
                return;
            m_buffer.remove(0, headEnd + 4 + length);
            ++m_result->requests;
            if (!head.startsWith("HTTP/1.1 200"))
                ++m_result->errors;
            m_result->latenciesUs.push_back(m_clock->nsecsElapsed() / 1000 - m_sentUs);
            sendNext();
        }
    }

    QTcpSocket m_socket;
    std::function<QByteArray(qint64)> m_path;
    LoadResult *m_result;
    const QElapsedTimer *m_clock;
    qint64 m_endMs;
    qint64 m_counter = 0;
    qint64 m_sentUs = 0;
    QByteArray m_buffer;
    bool m_finished = false;
};

LoadResult runLoad(quint16 port, int connections, int seconds,
                   const std::function<QByteArray(qint64)> &path)
{
    LoadResult result;
    result.latenciesUs.reserve(size_t(seconds) * 100000);
    QElapsedTimer clock;
    clock.start();
    const qint64 endMs = qint64(seconds) * 1000;
    std::vector<std::unique_ptr<LoadConnection>> pool;
    for (int i = 0; i < connections; ++i) {
        pool.push_back(std::make_unique<LoadConnection>(
                port, [path, i, connections](qint64 n) { return path(n * connections + i); },
                &result, &clock, endMs));
    }
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        const bool allDone = std::all_of(pool.cbegin(), pool.cend(),
                                         [](const auto &c) { return c->finished(); });
        if (allDone || clock.elapsed() > endMs + 10000)
            loop.quit();
    });
    poll.start();
    loop.exec();
    result.seconds = double(clock.elapsed()) / 1000.0;
    return result;
}

qint64 residentKiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// Runs wrk against a URL, returning its summary lines, or an empty string without wrk.
QString runWrk(const QString &url, int connections, int seconds, const QString &script)
{
    const QString wrk = QStandardPaths::findExecutable(u"wrk"_s);
    if (wrk.isEmpty())
        return {};
    QStringList arguments = { u"-t2"_s, u"-c%1"_s.arg(connections), u"-d%1s"_s.arg(seconds),
                              u"--latency"_s };
    if (!script.isEmpty())
        arguments << u"-s"_s << script;
    arguments << url;
    QProcess process;
    process.start(wrk, arguments);
    process.waitForFinished(seconds * 1000 + 30000);
    QString summary;
    const QStringList lines = QString::fromLocal8Bit(process.readAllStandardOutput()).split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith("50%"_L1) || trimmed.startsWith("99%"_L1)
            || trimmed.startsWith("Requests/sec"_L1) || trimmed.startsWith("Non-2xx"_L1))
            summary += u"    "_s + trimmed + u'\n';
    }
    return summary;
}

void report(const char *name, LoadResult &result)
{
    std::printf("%-34s %9.0f req/s   p50 %6.2f ms   p99 %6.2f ms   (%lld requests, %lld errors)\n",
                name, result.perSecond(), result.percentileMs(0.50), result.percentileMs(0.99),
                result.requests, result.errors);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
            { u"presencectl"_s, u"Path of presencectl."_s, u"PATH"_s,
              QStringLiteral(PRESENCECTL_PATH) },
            { u"users"_s, u"Simulated users."_s, u"N"_s, u"10000"_s },
            { u"long-polls"_s, u"Subscribe long polls held during the load."_s, u"N"_s,
              u"1000"_s },
            { u"connections"_s, u"Keep-alive connections sending heartbeats."_s, u"N"_s,
              u"50"_s },
            { u"seconds"_s, u"Duration of each load phase, at most 60."_s, u"N"_s, u"10"_s },
    });
    parser.process(app);
    const int users = parser.value(u"users"_s).toInt();
    const int longPolls = std::clamp(parser.value(u"long-polls"_s).toInt(), 0, 5000);
    const int connections = std::clamp(parser.value(u"connections"_s).toInt(), 1, 500);
    const int seconds = std::clamp(parser.value(u"seconds"_s).toInt(), 1, 60);

    // The server.
    QProcess server;
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.start(parser.value(u"presencectl"_s),
                 { u"serve"_s, u"--port"_s, u"0"_s, u"--simulate"_s, QString::number(users),
                   u"--seed"_s, u"1"_s, u"--no-cache"_s });
    if (!server.waitForStarted(10000) || !server.waitForReadyRead(30000)) {
        std::fprintf(stderr, "presencectl serve did not start: %s\n",
                     qPrintable(server.errorString()));
        return 1;
    }
    const QByteArray firstLine = server.readLine().trimmed();
    const quint16 port = firstLine.mid(firstLine.lastIndexOf(':') + 1).toUShort();
    if (port == 0) {
        std::fprintf(stderr, "Unexpected first line from the server: %s\n", firstLine.constData());
        return 1;
    }
    std::printf("presencectl serve on port %u with %d simulated users\n", port, users);
    std::printf("server RSS at start:               %lld KiB\n", residentKiB(server.processId()));

    // The held long polls, each on its own connection and presence channel.
    QTcpSocket handshake;
    handshake.connectToHost(QHostAddress::LocalHost, port);
    handshake.waitForConnected(5000);
    handshake.write("GET /v2/subscribe/demo/bench-pnpres/0?uuid=bench HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray answer;
    while (!answer.contains("\"r\"") && handshake.waitForReadyRead(5000))
        answer += handshake.readAll();
    static const QRegularExpression cursorPattern(uR"re("t":"(\d+)")re"_s);
    const QString cursor = cursorPattern.match(QString::fromLatin1(answer)).captured(1);
    std::vector<std::unique_ptr<QTcpSocket>> polls;
    for (int i = 0; i < longPolls; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, port);
        socket->write("GET /v2/subscribe/demo/hold-" + QByteArray::number(i)
                      + "-pnpres/0?uuid=holder-" + QByteArray::number(i) + "&tt="
                      + cursor.toLatin1() + " HTTP/1.1\r\nHost: x\r\n\r\n");
        polls.push_back(std::move(socket));
    }
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
    const auto openPolls = [&polls] {
        return std::count_if(polls.cbegin(), polls.cend(), [](const auto &socket) {
            return socket->state() == QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0;
        });
    };
    std::printf("long polls held:                   %lld of %d\n", qint64(openPolls()), longPolls);
    std::printf("server RSS with crowd and polls:   %lld KiB\n", residentKiB(server.processId()));

    const auto heartbeatPath = [](qint64 n) -> QByteArray {
        return "/v2/presence/sub-key/demo/channel/bench-" + QByteArray::number(n % 100)
                + "/heartbeat?heartbeat=60&uuid=load-" + QByteArray::number(n % 5000);
    };
    LoadResult heartbeats = runLoad(port, connections, seconds, heartbeatPath);
    report("heartbeat, presencectl serve", heartbeats);
    std::printf("server RSS after the load:         %lld KiB\n", residentKiB(server.processId()));
    std::printf("long polls still held:             %lld of %d\n", qint64(openPolls()), longPolls);

    // nginx serving a static file of the same size, for comparison.
    QTemporaryDir directory;
    QFile::setPermissions(directory.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                    | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                    | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                                    | QFileDevice::ExeGroup);
    const QString nginx = QStandardPaths::findExecutable(u"nginx"_s, { u"/usr/sbin"_s, u"/usr/bin"_s });
    QProcess staticServer;
    quint16 nginxPort = 0;
    if (nginx.isEmpty()) {
        std::printf("nginx is not installed: no static-file comparison.\n");
    } else {
        nginxPort = freePort();
        QFile body(directory.filePath(u"heartbeat.json"_s));
        body.open(QIODevice::WriteOnly);
        body.write(R"({"message":"OK","service":"Presence","status":200})");
        body.close();
        QFile::setPermissions(body.fileName(), QFileDevice::ReadOwner | QFileDevice::ReadOther
                                                       | QFileDevice::ReadGroup);
        QFile config(directory.filePath(u"nginx.conf"_s));
        config.open(QIODevice::WriteOnly);
        config.write(QStringLiteral(
                "daemon off;\nworker_processes 1;\npid %1/nginx.pid;\nerror_log %1/error.log;\n"
                "events { worker_connections 4096; }\n"
                "http { access_log off; keepalive_requests 1000000;\n"
                "  client_body_temp_path %1; proxy_temp_path %1; fastcgi_temp_path %1;\n"
                "  uwsgi_temp_path %1; scgi_temp_path %1;\n"
                "  server { listen 127.0.0.1:%2; root %1; default_type application/json;\n"
                "    location / { try_files /heartbeat.json =404; } } }\n")
                             .arg(directory.path())
                             .arg(nginxPort)
                             .toUtf8());
        config.close();
        staticServer.start(nginx, { u"-c"_s, config.fileName(), u"-p"_s, directory.path() });
        staticServer.waitForStarted(5000);
        QTcpSocket probe;
        for (int i = 0; i < 50; ++i) {
            probe.connectToHost(QHostAddress::LocalHost, nginxPort);
            if (probe.waitForConnected(100))
                break;
            QThread::msleep(100);
        }
        probe.close();
        LoadResult staticFile = runLoad(nginxPort, connections, seconds, heartbeatPath);
        report("static file, nginx (1 worker)", staticFile);
        std::printf("nginx RSS (master process):        %lld KiB\n",
                    residentKiB(staticServer.processId()));
    }

    // The same through wrk, which loads the servers with less overhead than this Qt client.
    QFile script(directory.filePath(u"heartbeat.lua"_s));
    script.open(QIODevice::WriteOnly);
    script.write("counter = 0\nrequest = function()\n  counter = counter + 1\n"
                 "  return wrk.format(\"GET\", \"/v2/presence/sub-key/demo/channel/bench-\" .. "
                 "(counter % 100) .. \"/heartbeat?heartbeat=60&uuid=load-\" .. (counter % 5000))\n"
                 "end\n");
    script.close();
    const QString wrkServer = runWrk(u"http://127.0.0.1:%1/"_s.arg(port), connections, seconds,
                                     script.fileName());
    if (wrkServer.isEmpty()) {
        std::printf("wrk is not installed: no wrk figures.\n");
    } else {
        std::printf("wrk, heartbeat, presencectl serve:\n%s", qPrintable(wrkServer));
        if (nginxPort != 0) {
            std::printf("wrk, static file, nginx:\n%s",
                        qPrintable(runWrk(u"http://127.0.0.1:%1/"_s.arg(nginxPort), connections,
                                          seconds, script.fileName())));
        }
        std::printf("server RSS after wrk:              %lld KiB\n", residentKiB(server.processId()));
    }

    polls.clear();
    if (staticServer.state() != QProcess::NotRunning) {
        staticServer.terminate();
        staticServer.waitForFinished(5000);
    }
    server.terminate();
    server.waitForFinished(10000);
    return 0;
}
