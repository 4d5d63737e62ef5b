// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "scriptedhttpserver.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <zlib.h>

using namespace Qt::Literals::StringLiterals;

namespace PresenceTest {

namespace {

// A request whose header block grows past this without ending is dropped with the connection.
constexpr qsizetype MaxHeaderBytes = 64 * 1024;

QByteArray standardReasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 402: return "Payment Required";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 414: return "URI Too Long";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

bool hasHeader(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QList<QPair<QByteArray, QByteArray>> splitQuery(const QByteArray &query)
{
    QList<QPair<QByteArray, QByteArray>> items;
    if (query.isEmpty())
        return items;
    const QList<QByteArray> parts = query.split('&');
    for (const QByteArray &part : parts) {
        const qsizetype equals = part.indexOf('=');
        if (equals < 0)
            items.append({part, QByteArray()});
        else
            items.append({part.left(equals), part.mid(equals + 1)});
    }
    return items;
}

} // namespace

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &item : headers) {
        if (item.first.compare(name, Qt::CaseInsensitive) == 0)
            return item.second;
    }
    return {};
}

QList<QPair<QByteArray, QByteArray>> RecordedRequest::queryItems() const
{
    return splitQuery(query);
}

bool RecordedRequest::hasQueryItem(const QByteArray &name) const
{
    const auto items = queryItems();
    return std::any_of(items.cbegin(), items.cend(),
                       [&name](const auto &item) { return item.first == name; });
}

QByteArray RecordedRequest::rawQueryValue(const QByteArray &name) const
{
    const auto items = queryItems();
    for (const auto &item : items) {
        if (item.first == name)
            return item.second.isNull() ? QByteArray("") : item.second;
    }
    return {};
}

QString RecordedRequest::queryValue(const QByteArray &name) const
{
    const QByteArray raw = rawQueryValue(name);
    if (raw.isNull())
        return {};
    return QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
}

ScriptedResponse ScriptedResponse::json(const QByteArray &body, int status)
{
    ScriptedResponse response;
    response.status = status;
    response.body = body;
    response.headers.append(
        qMakePair(QByteArray("Content-Type"), QByteArray("text/javascript; charset=\"UTF-8\"")));
    return response;
}

ScriptedResponse ScriptedResponse::text(int status, const QByteArray &body,
                                        const QByteArray &contentType)
{
    ScriptedResponse response;
    response.status = status;
    response.body = body;
    response.headers.append(qMakePair(QByteArray("Content-Type"), contentType));
    return response;
}

ScriptedResponse ScriptedResponse::noAnswer()
{
    ScriptedResponse response;
    response.neverAnswer = true;
    return response;
}

ScriptedResponse ScriptedResponse::truncatedJson(const QByteArray &body, qint64 bytes)
{
    ScriptedResponse response = json(body);
    response.cutAfterBodyBytes = bytes;
    response.afterCut = AfterCut::Close;
    return response;
}

ScriptedResponse &ScriptedResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

struct ScriptedHttpServer::Connection
{
    QPointer<QTcpSocket> socket;
    int id = 0;
    QByteArray buffer;
    bool responding = false;
};

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_defaultResponse = ScriptedResponse::json(
        R"({"error":1,"message":"No scripted response for this request.","service":"Test","status":404})",
        404);

    connect(m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::acceptConnections);
}

ScriptedHttpServer::~ScriptedHttpServer()
{
    // The sockets are children of the server, so their signals are dropped before they go.
    for (const auto &connection : std::as_const(m_connections)) {
        if (connection->socket)
            connection->socket->disconnect(this);
    }
}

bool ScriptedHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 ScriptedHttpServer::port() const
{
    return m_server->serverPort();
}

QString ScriptedHttpServer::origin() const
{
    return u"http://127.0.0.1:%1"_s.arg(port());
}

void ScriptedHttpServer::enqueue(const ScriptedResponse &response)
{
    m_queue.enqueue(response);
}

void ScriptedHttpServer::enqueue(const QByteArray &path, const ScriptedResponse &response)
{
    m_pathQueues[path].enqueue(response);
}

void ScriptedHttpServer::setDefaultResponse(const ScriptedResponse &response)
{
    m_defaultResponse = response;
}

void ScriptedHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

int ScriptedHttpServer::pendingResponseCount() const
{
    qsizetype count = m_queue.size();
    for (const auto &queue : m_pathQueues)
        count += queue.size();
    return int(count);
}

QList<RecordedRequest> ScriptedHttpServer::requests() const
{
    return m_requests;
}

int ScriptedHttpServer::requestCount() const
{
    return int(m_requests.size());
}

int ScriptedHttpServer::requestCount(const QByteArray &path) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&path](const RecordedRequest &request) {
                                 return request.path == path;
                             }));
}

bool ScriptedHttpServer::waitForRequests(int count, std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    while (requestCount() < count && !deadline.hasExpired()) {
        QEventLoop loop;
        QTimer::singleShot(qMax<qint64>(1, qMin<qint64>(50, deadline.remainingTime())), &loop,
                           &QEventLoop::quit);
        connect(this, &ScriptedHttpServer::requestReceived, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return requestCount() >= count;
}

void ScriptedHttpServer::clearRequests()
{
    m_requests.clear();
}

int ScriptedHttpServer::connectionCount() const
{
    return m_connectionCount;
}

void ScriptedHttpServer::closeAllConnections()
{
    const auto connections = m_connections;
    for (const auto &connection : connections) {
        if (connection->socket)
            connection->socket->abort();
    }
}

void ScriptedHttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto connection = std::make_shared<Connection>();
        connection->socket = socket;
        connection->id = ++m_connectionCount;
        m_connections.insert(socket, connection);

        connect(socket, &QTcpSocket::readyRead, this,
                [this, raw = connection.get()] { readFromConnection(raw); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void ScriptedHttpServer::readFromConnection(Connection *connection)
{
    if (!connection->socket)
        return;
    connection->buffer.append(connection->socket->readAll());

    // One request at a time: the next one waits until the current response is written.
    if (connection->responding)
        return;

    const qsizetype headerEnd = connection->buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (connection->buffer.size() > MaxHeaderBytes)
            connection->socket->abort();
        return;
    }

    const QList<QByteArray> lines = connection->buffer.left(headerEnd).split('\n');
    RecordedRequest request;
    request.connectionId = connection->id;

    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3) {
        connection->socket->abort();
        return;
    }
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    request.httpVersion = requestLine.at(2);
    const qsizetype questionMark = request.target.indexOf('?');
    request.path = questionMark < 0 ? request.target : request.target.left(questionMark);
    request.query = questionMark < 0 ? QByteArray() : request.target.mid(questionMark + 1);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }

    bool lengthOk = false;
    const qint64 contentLength = request.header("Content-Length").toLongLong(&lengthOk);
    const qint64 bodyLength = lengthOk ? qMax<qint64>(0, contentLength) : 0;
    const qint64 requestSize = headerEnd + 4 + bodyLength;
    if (connection->buffer.size() < requestSize)
        return;

    request.body = connection->buffer.mid(headerEnd + 4, bodyLength);
    connection->buffer.remove(0, requestSize);

    m_requests.append(request);
    connection->responding = true;
    Q_EMIT requestReceived(request);
    respond(connection, request);
}

ScriptedResponse ScriptedHttpServer::takeResponse(const RecordedRequest &request)
{
    if (m_handler) {
        if (std::optional<ScriptedResponse> response = m_handler(request))
            return *response;
    }

    auto pathQueue = m_pathQueues.find(request.path);
    if (pathQueue != m_pathQueues.end() && !pathQueue->isEmpty())
        return pathQueue->dequeue();
    if (!m_queue.isEmpty())
        return m_queue.dequeue();
    return m_defaultResponse;
}

void ScriptedHttpServer::respond(Connection *connection, const RecordedRequest &request)
{
    const ScriptedResponse response = takeResponse(request);

    if (response.neverAnswer)
        return;
    if (response.closeWithoutAnswer) {
        connection->socket->disconnectFromHost();
        return;
    }

    if (response.delay.count() <= 0) {
        writeResponse(connection, response);
        return;
    }

    std::weak_ptr<Connection> weak = m_connections.value(connection->socket);
    QTimer::singleShot(response.delay, connection->socket, [this, weak, response] {
        if (const auto connection = weak.lock())
            writeResponse(connection.get(), response);
    });
}

void ScriptedHttpServer::writeResponse(Connection *connection, const ScriptedResponse &response)
{
    if (!connection->socket)
        return;

    QByteArray payload = response.gzip ? gzipCompress(response.body) : response.body;
    const bool chunked = response.framing == ScriptedResponse::Framing::Chunked;
    const bool closeDelimited = response.framing == ScriptedResponse::Framing::CloseDelimited;

    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + (response.reasonPhrase.isEmpty() ? standardReasonPhrase(response.status)
                                           : response.reasonPhrase)
        + "\r\n";
    for (const auto &header : response.headers)
        head += header.first + ": " + header.second + "\r\n";
    if (response.gzip && !hasHeader(response.headers, "Content-Encoding"))
        head += "Content-Encoding: gzip\r\n";
    if (chunked)
        head += "Transfer-Encoding: chunked\r\n";
    else if (!closeDelimited && !hasHeader(response.headers, "Content-Length"))
        head += "Content-Length: " + QByteArray::number(payload.size()) + "\r\n";
    if (closeDelimited || response.closeConnection)
        head += "Connection: close\r\n";
    head += "\r\n";
    connection->socket->write(head);

    if (response.cutAfterBodyBytes >= 0)
        payload.truncate(qMin<qint64>(payload.size(), response.cutAfterBodyBytes));

    writeBodyPieces(connection, payload, chunked, response);
}

void ScriptedHttpServer::writeBodyPieces(Connection *connection, QByteArray payload,
                                         bool chunked, const ScriptedResponse &response)
{
    if (!connection->socket)
        return;

    const qsizetype pieceSize = response.pieceSize > 0 ? response.pieceSize : payload.size();
    const QByteArray piece = payload.left(pieceSize);
    payload.remove(0, piece.size());

    if (!piece.isEmpty()) {
        if (chunked)
            connection->socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece
                                      + "\r\n");
        else
            connection->socket->write(piece);
    }

    if (!payload.isEmpty()) {
        std::weak_ptr<Connection> weak = m_connections.value(connection->socket);
        QTimer::singleShot(response.pieceInterval, connection->socket,
                           [this, weak, payload, chunked, response] {
                               if (const auto connection = weak.lock())
                                   writeBodyPieces(connection.get(), payload, chunked, response);
                           });
        return;
    }

    if (response.cutAfterBodyBytes >= 0) {
        if (response.afterCut == ScriptedResponse::AfterCut::Close)
            finishResponse(connection, true);
        // AfterCut::HoldOpen leaves the connection busy and silent.
        return;
    }

    if (chunked)
        connection->socket->write("0\r\n\r\n");
    const bool close = response.closeConnection
        || response.framing == ScriptedResponse::Framing::CloseDelimited;
    finishResponse(connection, close);
}

void ScriptedHttpServer::finishResponse(Connection *connection, bool close)
{
    if (!connection->socket)
        return;
    if (close) {
        connection->socket->disconnectFromHost();
        return;
    }

    connection->responding = false;
    // A pipelined request may already sit in the buffer.
    if (!connection->buffer.isEmpty()) {
        std::weak_ptr<Connection> weak = m_connections.value(connection->socket);
        QTimer::singleShot(0, connection->socket, [this, weak] {
            if (const auto connection = weak.lock())
                readFromConnection(connection.get());
        });
    }
}

QByteArray gzipCompress(const QByteArray &data)
{
    z_stream stream{};
    // 15 window bits plus 16 selects the gzip wrapper instead of zlib's.
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY)
        != Z_OK)
        return {};

    QByteArray output(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(output.data());
    stream.avail_out = uInt(output.size());

    const int result = deflate(&stream, Z_FINISH);
    const qsizetype written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return {};
    output.truncate(written);
    return output;
}

} // namespace PresenceTest
