// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

#include <functional>
#include <memory>

class QTcpSocket;
class QHttpServerResponder;

namespace Presence {

class LimitedTcpServer;
class HttpAdapterServer;

// One HTTP request with the path and query exactly as received, still percent-encoded.
struct HttpRequest
{
    QByteArray method;
    QByteArray path;
    QByteArray query;
    bool closeRequested = false; // the client sent `Connection: close`
};

/**
 * The response to one request. It may be kept after the handler returns (a long poll) and sent
 * later: `send` writes only while the client is still connected, and only once.
 */
class HttpResponse
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    HttpResponse(QHttpServerResponder &&responder, bool closeAfterSend);
    ~HttpResponse();
    HttpResponse(const HttpResponse &) = delete;
    HttpResponse &operator=(const HttpResponse &) = delete;

    bool isConnected() const;
    bool isSent() const { return m_sent; }
    // The connection this response belongs to, as an opaque key; null once it is gone.
    const void *connectionKey() const;
    // Returns false when the client went away, in which case nothing is written.
    bool send(int status, const QByteArray &body, const Headers &headers);

private:
    std::unique_ptr<QHttpServerResponder> m_responder;
    class SocketGuard;
    std::unique_ptr<SocketGuard> m_socket;
    bool m_closeAfterSend = false;
    bool m_sent = false;
};

using HttpResponsePtr = std::shared_ptr<HttpResponse>;

/**
 * The HTTP front over QtHttpServer 6.4, kept in this one class because that API changed in 6.5
 * and again later. It routes nothing itself: every request goes to one handler with its raw
 * path. It also enforces what QtHttpServer 6.4 does not: a connection count cap, an idle
 * timeout, a time limit for receiving a request, and a size cap on a request head (rejected
 * with 414). A garbage request line gets a 400. Each cap is logged when hit.
 */
class HttpServerAdapter : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int maxConnections = 10000;
        qint64 maxRequestHeadBytes = 64 * 1024;
        int idleTimeoutSeconds = 120;
        int requestTimeoutSeconds = 30;
    };
    using Handler = std::function<void(const HttpRequest &request, HttpResponsePtr response)>;

    explicit HttpServerAdapter(Handler handler, QObject *parent = nullptr);
    ~HttpServerAdapter() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    Limits limits() const { return m_limits; }
    // Body written with a 414 when a request head exceeds the cap.
    void setUriTooLongBody(const QByteArray &body, const QByteArray &contentType);

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    void close();
    quint16 port() const;
    int connectionCount() const;

    // Marks a connection as waiting for a held response, so the idle timeout spares it.
    void setHeld(const void *connectionKey, bool held);

private:
    friend class HttpAdapterServer;
    friend class LimitedTcpServer;

    void dispatch(const QByteArray &method, const QByteArray &path, const QByteArray &query,
                  bool closeRequested, QHttpServerResponder &&responder, QTcpSocket *socket);
    void sweepConnections();

    Handler m_handler;
    Limits m_limits;
    QByteArray m_uriTooLongBody;
    QByteArray m_uriTooLongType;
    HttpAdapterServer *m_http = nullptr;
    // QAbstractHttpServer::bind() takes ownership of the TCP server.
    QPointer<LimitedTcpServer> m_tcp;
};

} // namespace Presence
