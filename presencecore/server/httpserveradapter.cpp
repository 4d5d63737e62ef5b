// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpserveradapter.h"

#include "logging_p.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

class HttpResponse::SocketGuard
{
public:
    QPointer<QTcpSocket> socket;
};

HttpResponse::HttpResponse(QHttpServerResponder &&responder, bool closeAfterSend)
    : m_responder(std::make_unique<QHttpServerResponder>(std::move(responder))),
      m_socket(std::make_unique<SocketGuard>()),
      m_closeAfterSend(closeAfterSend)
{
    m_socket->socket = m_responder->socket();
}

HttpResponse::~HttpResponse() = default;

bool HttpResponse::isConnected() const
{
    return m_socket->socket && m_socket->socket->state() == QAbstractSocket::ConnectedState;
}

const void *HttpResponse::connectionKey() const
{
    return m_socket->socket.data();
}

bool HttpResponse::send(int status, const QByteArray &body, const Headers &headers)
{
    if (m_sent)
        return false;
    m_sent = true;
    if (!isConnected())
        return false;

    // Written in one piece so that the head and the body leave in one segment.
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ';
    switch (status) {
    case 200:
        head += "OK";
        break;
    case 400:
        head += "Bad Request";
        break;
    case 403:
        head += "Forbidden";
        break;
    case 404:
        head += "Not Found";
        break;
    case 405:
        head += "Method Not Allowed";
        break;
    case 414:
        head += "URI Too Long";
        break;
    default:
        head += "Error";
        break;
    }
    head += "\r\n";
    for (const auto &header : headers)
        head += header.first + ": " + header.second + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (m_closeAfterSend)
        head += "Connection: close\r\n";
    head += "\r\n";

    QTcpSocket *socket = m_socket->socket;
    socket->write(head + body);
    if (m_closeAfterSend)
        socket->disconnectFromHost();
    return true;
}

// Per-connection bookkeeping for the caps QtHttpServer 6.4 lacks.
struct ConnectionInfo
{
    QPointer<QTcpSocket> socket;
    QElapsedTimer lastActivity;
    QElapsedTimer requestStarted; // valid while part of a request head has arrived
    qint64 headBytes = 0;
    int held = 0;
    bool rejected = false;
};

class LimitedTcpServer : public QTcpServer
{
public:
    explicit LimitedTcpServer(HttpServerAdapter *adapter) : QTcpServer(adapter), m_adapter(adapter)
    {
    }

    QHash<QTcpSocket *, ConnectionInfo> connections;
    qint64 rejectedConnections = 0;

    void requestDispatched(QTcpSocket *socket)
    {
        auto it = connections.find(socket);
        if (it == connections.end())
            return;
        it->headBytes = 0;
        it->requestStarted.invalidate();
        it->lastActivity.start();
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        const HttpServerAdapter::Limits &limits = m_adapter->m_limits;
        if (connections.size() >= limits.maxConnections) {
            // Counted and logged once per thousand, so a flood does not flood the log too.
            if (rejectedConnections++ % 1000 == 0)
                qCWarning(lcServer).nospace()
                        << "The connection limit of " << limits.maxConnections
                        << " is reached, so new connections are closed with 503 ("
                        << rejectedConnections << " so far).";
            socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
                          "Connection: close\r\n\r\n");
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            return;
        }

        ConnectionInfo info;
        info.socket = socket;
        info.lastActivity.start();
        connections.insert(socket, info);
        // Connected before QtHttpServer's own handler, so this one reads the bytes first.
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
        connect(socket, &QObject::destroyed, this, [this, socket] { connections.remove(socket); });
        addPendingConnection(socket);
    }

private:
    void inspect(QTcpSocket *socket)
    {
        auto it = connections.find(socket);
        if (it == connections.end() || it->rejected)
            return;
        it->lastActivity.start();
        const qint64 available = socket->bytesAvailable();
        if (it->headBytes == 0 && available > 0) {
            it->requestStarted.start();
            if (!looksLikeRequestLine(socket->peek(16))) {
                qCInfo(lcServer) << "Answered a malformed request line with 400 and closed the"
                                 << "connection.";
                reject(*it, "400 Bad Request", {});
                return;
            }
        }
        it->headBytes += available;
        if (it->headBytes > m_adapter->m_limits.maxRequestHeadBytes) {
            qCWarning(lcServer).nospace()
                    << "A request head exceeded " << m_adapter->m_limits.maxRequestHeadBytes
                    << " bytes, so it was answered with 414 and the connection closed.";
            reject(*it, "414 URI Too Long", m_adapter->m_uriTooLongBody);
        }
    }

    static bool looksLikeRequestLine(const QByteArray &start)
    {
        // A method token of upper-case letters followed by a space.
        int index = 0;
        while (index < start.size() && start.at(index) >= 'A' && start.at(index) <= 'Z')
            ++index;
        if (index == start.size())
            return index > 0; // not all of it has arrived yet
        return index > 0 && start.at(index) == ' ';
    }

    void reject(ConnectionInfo &info, const QByteArray &statusLine, const QByteArray &body)
    {
        info.rejected = true;
        QTcpSocket *socket = info.socket;
        QByteArray reply = "HTTP/1.1 " + statusLine + "\r\n";
        if (!body.isEmpty())
            reply += "Content-Type: " + m_adapter->m_uriTooLongType + "\r\n";
        reply += "Content-Length: " + QByteArray::number(body.size())
                + "\r\nConnection: close\r\n\r\n" + body;
        socket->write(reply);
        socket->disconnectFromHost();
    }

    HttpServerAdapter *m_adapter;
};

class HttpAdapterServer : public QAbstractHttpServer
{
public:
    explicit HttpAdapterServer(HttpServerAdapter *adapter)
        : QAbstractHttpServer(adapter), m_adapter(adapter)
    {
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const QUrl url = request.url();
        const QByteArray method = methodName(request.method());
        const bool close = request.value("connection").toLower() == "close";
        m_adapter->dispatch(method, url.path(QUrl::FullyEncoded).toLatin1(),
                            url.query(QUrl::FullyEncoded).toLatin1(), close,
                            makeResponder(request, socket), socket);
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    static QByteArray methodName(QHttpServerRequest::Method method)
    {
        switch (method) {
        case QHttpServerRequest::Method::Get:
            return "GET";
        case QHttpServerRequest::Method::Head:
            return "HEAD";
        case QHttpServerRequest::Method::Post:
            return "POST";
        case QHttpServerRequest::Method::Put:
            return "PUT";
        case QHttpServerRequest::Method::Delete:
            return "DELETE";
        case QHttpServerRequest::Method::Options:
            return "OPTIONS";
        case QHttpServerRequest::Method::Patch:
            return "PATCH";
        default:
            return "OTHER";
        }
    }

    HttpServerAdapter *m_adapter;
};

HttpServerAdapter::HttpServerAdapter(Handler handler, QObject *parent)
    : QObject(parent), m_handler(std::move(handler))
{
    auto *sweep = new QTimer(this);
    sweep->setInterval(1000);
    connect(sweep, &QTimer::timeout, this, &HttpServerAdapter::sweepConnections);
    sweep->start();
}

HttpServerAdapter::~HttpServerAdapter()
{
    close();
}

void HttpServerAdapter::setUriTooLongBody(const QByteArray &body, const QByteArray &contentType)
{
    m_uriTooLongBody = body;
    m_uriTooLongType = contentType;
}

bool HttpServerAdapter::listen(const QHostAddress &address, quint16 port, QString *error)
{
    close();
    m_tcp = new LimitedTcpServer(this);
    m_tcp->setMaxPendingConnections(1024);
    if (!m_tcp->listen(address, port)) {
        if (error)
            *error = m_tcp->errorString();
        delete m_tcp.data();
        return false;
    }
    m_http = new HttpAdapterServer(this);
    m_http->bind(m_tcp);
    return true;
}

void HttpServerAdapter::close()
{
    if (m_tcp) {
        m_tcp->close();
        const auto connections = m_tcp->connections;
        for (const ConnectionInfo &info : connections) {
            if (info.socket)
                info.socket->abort();
        }
    }
    delete m_http;
    m_http = nullptr;
    delete m_tcp.data();
}

quint16 HttpServerAdapter::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

int HttpServerAdapter::connectionCount() const
{
    return m_tcp ? int(m_tcp->connections.size()) : 0;
}

void HttpServerAdapter::setHeld(const void *connectionKey, bool held)
{
    if (!m_tcp || !connectionKey)
        return;
    auto it = m_tcp->connections.find(static_cast<QTcpSocket *>(const_cast<void *>(connectionKey)));
    if (it == m_tcp->connections.end())
        return;
    it->held = std::max(0, it->held + (held ? 1 : -1));
    it->lastActivity.start();
}

void HttpServerAdapter::dispatch(const QByteArray &method, const QByteArray &path,
                                 const QByteArray &query, bool closeRequested,
                                 QHttpServerResponder &&responder, QTcpSocket *socket)
{
    if (m_tcp)
        m_tcp->requestDispatched(socket);
    HttpRequest request { method, path, query, closeRequested };
    auto response = std::make_shared<HttpResponse>(std::move(responder), closeRequested);
    m_handler(request, std::move(response));
}

void HttpServerAdapter::sweepConnections()
{
    if (!m_tcp)
        return;
    const qint64 idleLimit = qint64(m_limits.idleTimeoutSeconds) * 1000;
    const qint64 requestLimit = qint64(m_limits.requestTimeoutSeconds) * 1000;
    int idleClosed = 0;
    int slowClosed = 0;
    QList<QTcpSocket *> gone;
    for (auto it = m_tcp->connections.begin(); it != m_tcp->connections.end(); ++it) {
        ConnectionInfo &info = it.value();
        if (!info.socket) {
            gone.append(it.key());
            continue;
        }
        if (info.held > 0)
            continue;
        if (info.requestStarted.isValid() && info.requestStarted.elapsed() > requestLimit) {
            ++slowClosed;
            info.socket->abort();
        } else if (info.lastActivity.elapsed() > idleLimit) {
            ++idleClosed;
            info.socket->abort();
        }
        // A socket that QtHttpServer stopped serving (it disconnects all signals after a
        // parse error) is not deleted by it, so it is deleted here once closed.
        if (info.socket && info.socket->state() == QAbstractSocket::UnconnectedState
            && info.lastActivity.elapsed() > 2000) {
            info.socket->deleteLater();
        }
    }
    for (QTcpSocket *socket : std::as_const(gone))
        m_tcp->connections.remove(socket);
    if (idleClosed > 0)
        qCInfo(lcServer) << "Closed" << idleClosed << "connections idle for more than"
                         << m_limits.idleTimeoutSeconds << "seconds.";
    if (slowClosed > 0)
        qCInfo(lcServer) << "Closed" << slowClosed << "connections that took more than"
                         << m_limits.requestTimeoutSeconds << "seconds to send a request.";
}

} // namespace Presence
