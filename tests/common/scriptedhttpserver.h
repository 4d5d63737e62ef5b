// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QQueue>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace PresenceTest {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/**
 * One HTTP request as the server received it. `target` is the raw request target of the
 * request line (`/path?query`), so tests can check the exact bytes a client sent.
 */
struct RecordedRequest
{
    int connectionId = 0; // the same number for requests that share a kept-alive connection
    QByteArray method;
    QByteArray target;
    QByteArray path;  // still percent-encoded
    QByteArray query; // still percent-encoded, without the `?`
    QByteArray httpVersion;
    HeaderList headers; // names as sent
    QByteArray body;

    // The value of the first header with this name (case-insensitive), or a null array.
    QByteArray header(const QByteArray &name) const;
    bool hasQueryItem(const QByteArray &name) const;
    // The percent-encoded value of the first query item with this name, or a null array.
    QByteArray rawQueryValue(const QByteArray &name) const;
    // The percent-decoded value as UTF-8 text (a `+` stays a plus).
    QString queryValue(const QByteArray &name) const;
    // All query items, percent-encoded, in sending order.
    QList<QPair<QByteArray, QByteArray>> queryItems() const;
};

/**
 * One scripted response. The defaults give `200 OK` with `Content-Length` and an empty body,
 * and the fields switch on the faulty or unusual behaviours that network code must survive.
 */
struct ScriptedResponse
{
    enum class Framing {
        ContentLength, // a Content-Length header with the full (encoded) body size
        Chunked,       // Transfer-Encoding: chunked
        CloseDelimited, // no length at all: the body ends when the server closes the connection
    };

    enum class AfterCut {
        Close,    // close the connection after the cut
        HoldOpen, // keep the connection open and silent until the client gives up
    };

    int status = 200;
    QByteArray reasonPhrase; // empty: the standard phrase of `status`
    // Sent as given. A Content-Length given here replaces the computed one, so a test can
    // announce a length that differs from the body.
    HeaderList headers;
    QByteArray body;

    // Wait before the status line is written.
    std::chrono::milliseconds delay{0};
    Framing framing = Framing::ContentLength;
    // Compress the body with gzip and send `Content-Encoding: gzip`.
    bool gzip = false;
    // Write the (encoded) body in pieces of this many bytes, each after `pieceInterval`;
    // 0 writes it at once. With chunked framing every piece is one HTTP chunk.
    int pieceSize = 0;
    std::chrono::milliseconds pieceInterval{0};
    // Stop after this many body bytes (after compression, before chunk framing); -1 sends
    // the whole body. With chunked framing a cut body lacks its final empty chunk.
    qint64 cutAfterBodyBytes = -1;
    AfterCut afterCut = AfterCut::Close;
    // Send nothing at all and keep the connection open.
    bool neverAnswer = false;
    // Close the connection without sending anything.
    bool closeWithoutAnswer = false;
    // Send `Connection: close` and close once the response is written.
    bool closeConnection = false;

    // A JSON body with the Content-Type of the presence service.
    static ScriptedResponse json(const QByteArray &body, int status = 200);
    // A body of any type, such as the HTML error page of a load balancer.
    static ScriptedResponse text(int status, const QByteArray &body,
                                 const QByteArray &contentType = "text/html; charset=utf-8");
    static ScriptedResponse noAnswer();
    // The JSON body announced in full, of which only `bytes` are sent before the close.
    static ScriptedResponse truncatedJson(const QByteArray &body, qint64 bytes);

    ScriptedResponse &withHeader(const QByteArray &name, const QByteArray &value);
};

/**
 * An HTTP/1.1 server for tests that responds from a script and records every request.
 *
 * It listens on 127.0.0.1 with a port chosen by the system. For each request it takes the
 * response from, in order: the handler (if it returns one), the queue of the request's path,
 * the general queue, and finally the default response (404 with a JSON body unless set).
 * Connections are kept alive unless a response closes them, and several requests on one
 * connection get their responses in turn.
 *
 * The server runs on the event loop of its thread. A test that starts a child process against
 * it must wait with `QSignalSpy`/`QTRY_*` or `QProcess::finished`, never with
 * `QProcess::waitForFinished()`, which blocks that loop so that no request gets a response.
 * Request bodies are read by Content-Length only (no chunked request bodies).
 */
class ScriptedHttpServer : public QObject
{
    Q_OBJECT

public:
    // Returns the response for a request, or std::nullopt to fall through to the queues.
    using Handler = std::function<std::optional<ScriptedResponse>(const RecordedRequest &)>;

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;

    // Starts listening on 127.0.0.1 with a free port; false if that failed.
    bool listen();
    quint16 port() const;
    // `http://127.0.0.1:PORT`, usable as a presence origin.
    QString origin() const;

    void enqueue(const ScriptedResponse &response);
    // Serves the next request whose percent-encoded path (without query) equals `path`.
    void enqueue(const QByteArray &path, const ScriptedResponse &response);
    void setDefaultResponse(const ScriptedResponse &response);
    void setHandler(Handler handler);
    // Scripted responses not used yet, over all queues.
    int pendingResponseCount() const;

    QList<RecordedRequest> requests() const;
    int requestCount() const;
    int requestCount(const QByteArray &path) const;
    // Runs the event loop until `count` requests have arrived in total; false on timeout.
    bool waitForRequests(int count, std::chrono::milliseconds timeout = std::chrono::seconds(5));
    void clearRequests();
    // Connections accepted so far.
    int connectionCount() const;

    // Closes every open connection at once, for example those held by `neverAnswer`.
    void closeAllConnections();

Q_SIGNALS:
    void requestReceived(const PresenceTest::RecordedRequest &request);

private:
    struct Connection;

    void acceptConnections();
    void readFromConnection(Connection *connection);
    void respond(Connection *connection, const RecordedRequest &request);
    void writeResponse(Connection *connection, const ScriptedResponse &response);
    void writeBodyPieces(Connection *connection, QByteArray payload, bool chunked,
                         const ScriptedResponse &response);
    void finishResponse(Connection *connection, bool close);
    ScriptedResponse takeResponse(const RecordedRequest &request);

    QTcpServer *m_server = nullptr;
    QList<RecordedRequest> m_requests;
    QQueue<ScriptedResponse> m_queue;
    QHash<QByteArray, QQueue<ScriptedResponse>> m_pathQueues;
    ScriptedResponse m_defaultResponse;
    Handler m_handler;
    QHash<QTcpSocket *, std::shared_ptr<Connection>> m_connections;
    int m_connectionCount = 0;
};

// Compresses `data` into the gzip format (RFC 1952).
QByteArray gzipCompress(const QByteArray &data);

} // namespace PresenceTest
