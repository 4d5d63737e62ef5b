// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "presenceservice.h"

#include "herenowcache_p.h"
#include "logging_p.h"
#include "requestbuilder.h"
#include "responseparser.h"
#include "validation.h"

#include <QFutureWatcher>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QPromise>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using Operation = Presence::PresenceRequest::Operation;

namespace Presence {

namespace {

const QByteArray UserAgent = QByteArrayLiteral("PresenceDashboard/" PRESENCE_VERSION);

// The server lists at most this many occupants per channel in one response.
constexpr int PageSize = Validation::MaxLimit;
// A guard against a server that keeps sending new occupants: 1000 pages of 1000 each.
constexpr int MaxPages = 1000;
// Here Now bodies from this size on are parsed on a worker thread. A page of 1,000 occupants
// with small states is about 80 KB, and the count-only answer for 500 channels about 20 KB;
// each takes several milliseconds to parse. Small answers are cheaper to parse at once.
constexpr qsizetype WorkerParseBytes = 8 * 1024;

bool isWrite(Operation operation)
{
    return operation == Operation::SetState || operation == Operation::AddChannelsToGroup
        || operation == Operation::RemoveChannelsFromGroup
        || operation == Operation::DeleteChannelGroup;
}

// The path and query of a request without the `auth` and `signature` parameters, for logs.
QByteArray redactedPathAndQuery(const PresenceRequest &request)
{
    QByteArray query;
    for (const auto &[name, value] : request.query) {
        if (name == "auth" || name == "signature")
            continue;
        if (!query.isEmpty())
            query.append('&');
        query.append(name + '=' + value);
    }
    return query.isEmpty() ? request.path : request.path + '?' + query;
}

// Removes the auth key, the secret key and any `auth` or `signature` parameter from text that
// may quote a URL, such as `QNetworkReply::errorString()`.
QString redacted(QString text, const ClientConfig &config)
{
    static const QRegularExpression parameters(u"\\b(auth|signature)=[^&\\s\"']*"_s);
    text.replace(parameters, u"\\1=[redacted]"_s);

    for (const QString &secret : {config.authKey, config.secretKey}) {
        if (secret.isEmpty())
            continue;
        text.replace(secret, u"[redacted]"_s);
        text.replace(QString::fromLatin1(percentEncode(secret)), u"[redacted]"_s);
    }
    return text;
}

// 400, 402, 403, 404 and 414 would repeat on every retry, while network failures, timeouts,
// 429 and 5xx may pass.
bool isRetryable(const PresenceError &error)
{
    switch (error.httpStatus()) {
    case 400:
    case 402:
    case 403:
    case 404:
    case 414:
        return false;
    default:
        return error.isTransient();
    }
}

// Transport failures leave no usable HTTP response: the errors of the network layer (codes
// 1-99, such as a connection closed in the middle of the body), of a proxy (101-199), and a
// broken HTTP framing (ProtocolFailure). Qt reports an HTTP error status with other codes,
// 400 for example as ProtocolInvalidOperationError; the response parser classifies those.
bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    return (code >= 1 && code < 200) || error == QNetworkReply::ProtocolFailure;
}

int parseRetryAfter(const QByteArray &value)
{
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    return ok && seconds >= 0 ? seconds : -1;
}

// Appends the occupants of `page` that `merged` does not list yet, and returns how many.
int mergePage(HereNowResult &merged, const HereNowResult &page)
{
    int added = 0;
    for (const HereNowChannel &pageChannel : page.channels) {
        auto target = std::find_if(merged.channels.begin(), merged.channels.end(),
                                   [&pageChannel](const HereNowChannel &channel) {
                                       return channel.name == pageChannel.name;
                                   });
        if (target == merged.channels.end()) {
            merged.channels.append(pageChannel);
            added += int(pageChannel.occupants.size());
            continue;
        }

        QSet<QString> listed;
        for (const HereNowUser &user : std::as_const(target->occupants))
            listed.insert(user.user_id);
        for (const HereNowUser &user : pageChannel.occupants) {
            if (listed.contains(user.user_id))
                continue;
            listed.insert(user.user_id);
            target->occupants.append(user);
            ++added;
        }
    }
    return added;
}

bool hasUnlistedOccupants(const HereNowResult &result)
{
    return std::any_of(result.channels.cbegin(), result.channels.cend(),
                       [](const HereNowChannel &channel) {
                           return channel.occupants.size() < channel.occupancy;
                       });
}

} // namespace

/**
 * One logical call on the network, made of the HTTP requests of its attempts and, for a paged
 * Here Now, of its pages. Coalesced Here Now calls share one exchange, and every other call has
 * its own.
 */
struct Exchange
{
    quint64 key = 0;
    Operation operation = Operation::HereNow;
    ClientConfig config;
    QList<RequestId> callers;
    std::function<PresenceRequest(const RequestBuilder &)> build;

    QPointer<QNetworkReply> reply;
    QTimer *retryTimer = nullptr;
    int retries = 0; // retries made for the current page
    bool tooLarge = false;
    QByteArray logPath;
    QString singleChannel;

    // Here Now
    HereNowQuery hereNowQuery;
    QString cacheKey;
    bool cacheable = true;
    int pageOffset = 0;
    int pages = 0;
    HereNowResult merged;

    // State calls and group edits
    QStringList channels;
    QStringList groups;
};

class PresenceServicePrivate
{
public:
    explicit PresenceServicePrivate(PresenceService *service);

    RequestId newId();
    // Schedules `emitSignal` on the event loop. It runs only if no signal was emitted for `id`
    // in the meantime.
    void emitQueued(RequestId id, std::function<void()> emitSignal);
    void fail(RequestId id, const PresenceError &error);

    Exchange &createExchange(RequestId id, Operation operation);
    void send(Exchange &exchange);
    // Starts a call that is not a Here Now: fails it with `problem` when that is set, and
    // otherwise sends the request that `build` makes. `channels` and `groups` are the ones a
    // set-state invalidates in the cache.
    RequestId start(Operation operation, const QString &problem,
                    std::function<PresenceRequest(const RequestBuilder &)> build,
                    const QStringList &channels = {}, const QStringList &groups = {},
                    const QString &singleChannel = {});
    void checkSize(quint64 key);
    void handleFinished(quint64 key, QNetworkReply *reply);
    void handleResponse(Exchange &exchange, int status, const QByteArray &body);
    void handleHereNowPage(Exchange &exchange, const QByteArray &body);
    void parseHereNowOnWorker(Exchange &exchange, const QByteArray &body);
    void continueHereNowPage(Exchange &exchange, const HereNowResult &page,
                             const PresenceError &error);
    void retryOrFail(Exchange &exchange, const PresenceError &error);
    void failExchange(Exchange &exchange, const PresenceError &error);
    void finishExchange(quint64 key);
    void abortExchange(Exchange &exchange);
    std::optional<std::chrono::milliseconds> retryDelay(int retry,
                                                         const PresenceError &error) const;
    void invalidateAfterSetState(const QStringList &channels, const QStringList &groups);

    PresenceService *q;
    QNetworkAccessManager *networkAccessManager;
    ClientConfig config;
    RetryPolicy retryPolicy;
    qint64 maxResponseBytes = 64 * 1024 * 1024;
    HereNowCache cache;

    RequestId lastId = 0;
    quint64 lastExchangeKey = 0;
    int requestsSent = 0;

    // Ids whose signal has not been emitted yet.
    QSet<RequestId> open;
    std::map<quint64, std::unique_ptr<Exchange>> exchanges;
    QHash<RequestId, quint64> exchangeOfCaller;
    QHash<QString, quint64> hereNowInFlight;
    // Watchers of Here Now bodies being parsed on a worker thread.
    QSet<QObject *> parsing;
};

PresenceServicePrivate::PresenceServicePrivate(PresenceService *service)
    : q(service)
    , networkAccessManager(new QNetworkAccessManager(service))
{
}

RequestId PresenceServicePrivate::newId()
{
    const RequestId id = ++lastId;
    open.insert(id);
    return id;
}

void PresenceServicePrivate::emitQueued(RequestId id, std::function<void()> emitSignal)
{
    exchangeOfCaller.remove(id);
    QMetaObject::invokeMethod(
        q,
        [this, id, emitSignal = std::move(emitSignal)] {
            // A cancel() between the decision and this call has already emitted requestFailed.
            if (open.remove(id))
                emitSignal();
        },
        Qt::QueuedConnection);
}

void PresenceServicePrivate::fail(RequestId id, const PresenceError &error)
{
    emitQueued(id, [this, id, error] { Q_EMIT q->requestFailed(id, error); });
}

Exchange &PresenceServicePrivate::createExchange(RequestId id, Operation operation)
{
    auto exchange = std::make_unique<Exchange>();
    exchange->key = ++lastExchangeKey;
    exchange->operation = operation;
    exchange->config = config;
    exchange->callers.append(id);
    exchangeOfCaller.insert(id, exchange->key);

    Exchange &created = *exchange;
    exchanges.emplace(created.key, std::move(exchange));
    return created;
}

void PresenceServicePrivate::send(Exchange &exchange)
{
    // Built anew for every attempt, so that each carries a fresh timestamp and signature.
    const RequestBuilder builder(exchange.config);
    const PresenceRequest request = exchange.build(builder);
    exchange.logPath = redactedPathAndQuery(request);
    if (exchange.operation == Operation::HereNow)
        exchange.singleChannel = request.singleChannel;

    QNetworkRequest networkRequest(request.url());
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, UserAgent);
    networkRequest.setTransferTimeout(int(exchange.config.requestTimeout.count()));
    // Accept-Encoding is left to Qt: setting it would turn off the transparent gzip decoding.

    QNetworkReply *reply = networkAccessManager->get(networkRequest);
    exchange.reply = reply;
    exchange.tooLarge = false;
    ++requestsSent;

    const quint64 key = exchange.key;
    QObject::connect(reply, &QNetworkReply::metaDataChanged, q, [this, key] { checkSize(key); });
    QObject::connect(reply, &QNetworkReply::readyRead, q, [this, key] { checkSize(key); });
    QObject::connect(reply, &QNetworkReply::finished, q,
                     [this, key, reply] { handleFinished(key, reply); });

    const RequestId owner = exchange.callers.constFirst();
    qCDebug(lcService).noquote() << "request" << owner << "sent: GET" << exchange.logPath;
    const QByteArray path = request.path;
    QMetaObject::invokeMethod(
        q, [this, owner, path] { Q_EMIT q->requestSent(owner, path); }, Qt::QueuedConnection);
}

void PresenceServicePrivate::checkSize(quint64 key)
{
    const auto it = exchanges.find(key);
    if (it == exchanges.end() || !it->second->reply)
        return;
    Exchange &exchange = *it->second;
    QNetworkReply *reply = exchange.reply;

    const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
    const bool announcedTooLarge =
        announced.isValid() && announced.toLongLong() > maxResponseBytes;
    if (!announcedTooLarge && reply->bytesAvailable() <= maxResponseBytes)
        return;

    // The body is never read in full: aborting finishes the reply, and handleFinished()
    // reports the error. The exchange may be gone once abort() returns.
    exchange.tooLarge = true;
    reply->abort();
}

void PresenceServicePrivate::handleFinished(quint64 key, QNetworkReply *reply)
{
    reply->deleteLater();

    const auto it = exchanges.find(key);
    if (it == exchanges.end() || it->second->reply != reply)
        return;
    Exchange &exchange = *it->second;
    exchange.reply = nullptr;

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    const QNetworkReply::NetworkError networkError = reply->error();

    if (exchange.tooLarge) {
        failExchange(exchange, PresenceError(PresenceError::Kind::ResponseTooLarge, status));
        return;
    }

    // cancel() disconnects a reply before aborting it, so a cancelled or timed-out reply seen
    // here was stopped by the transfer timeout.
    if (networkError == QNetworkReply::OperationCanceledError
        || networkError == QNetworkReply::TimeoutError) {
        retryOrFail(exchange, PresenceError(PresenceError::Kind::Timeout, status));
        return;
    }

    if (status == 0 || isTransportError(networkError)) {
        const QString detail = redacted(reply->errorString(), exchange.config);
        retryOrFail(exchange, PresenceError(PresenceError::Kind::Network, status, detail));
        return;
    }

    qCDebug(lcService).noquote() << "request" << exchange.callers.constFirst() << "status"
                                 << status << "for" << exchange.logPath;
    // A body that grew past the limit between the last readyRead() and finished().
    if (reply->bytesAvailable() > maxResponseBytes) {
        failExchange(exchange, PresenceError(PresenceError::Kind::ResponseTooLarge, status));
        return;
    }
    const QByteArray body = reply->readAll();
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    PresenceError error = ResponseParser::errorFor(status, body, retryAfter);
    if (error.isError()) {
        if (error.retryAfterSeconds() < 0 && !retryAfter.isEmpty())
            error.setRetryAfterSeconds(parseRetryAfter(retryAfter));
        retryOrFail(exchange, error);
        return;
    }
    handleResponse(exchange, status, body);
}

void PresenceServicePrivate::handleResponse(Exchange &exchange, int status,
                                            const QByteArray &body)
{
    PresenceError error;
    switch (exchange.operation) {
    case Operation::HereNow:
        handleHereNowPage(exchange, body);
        return;

    case Operation::WhereNow: {
        const WhereNowResult result = ResponseParser::parseWhereNow(body, &error);
        if (error.isError())
            break;
        for (const RequestId id : std::as_const(exchange.callers))
            emitQueued(id, [this, id, result] { Q_EMIT q->whereNowFinished(id, result); });
        finishExchange(exchange.key);
        return;
    }

    case Operation::SetState: {
        const SetStateResult result =
            ResponseParser::parseSetState(body, exchange.channels, &error);
        if (error.isError())
            break;
        invalidateAfterSetState(exchange.channels, exchange.groups);
        for (const RequestId id : std::as_const(exchange.callers))
            emitQueued(id, [this, id, result] { Q_EMIT q->setStateFinished(id, result); });
        finishExchange(exchange.key);
        return;
    }

    case Operation::GetState: {
        const GetStateResult result =
            ResponseParser::parseGetState(body, exchange.singleChannel, &error);
        if (error.isError())
            break;
        for (const RequestId id : std::as_const(exchange.callers))
            emitQueued(id, [this, id, result] { Q_EMIT q->getStateFinished(id, result); });
        finishExchange(exchange.key);
        return;
    }

    case Operation::Heartbeat:
    case Operation::Leave:
    case Operation::AddChannelsToGroup:
    case Operation::RemoveChannelsFromGroup:
    case Operation::DeleteChannelGroup: {
        if (!ResponseParser::parseAcknowledgement(body, &error) && !error.isError())
            error = PresenceError(PresenceError::Kind::MalformedResponse, status);
        if (error.isError())
            break;
        for (const RequestId id : std::as_const(exchange.callers)) {
            if (exchange.operation == Operation::Heartbeat)
                emitQueued(id, [this, id] { Q_EMIT q->heartbeatFinished(id); });
            else if (exchange.operation == Operation::Leave)
                emitQueued(id, [this, id] { Q_EMIT q->leaveFinished(id); });
            else
                emitQueued(id, [this, id] { Q_EMIT q->channelGroupChanged(id); });
        }
        finishExchange(exchange.key);
        return;
    }

    case Operation::ListChannelGroups: {
        const QStringList groups = ResponseParser::parseChannelGroups(body, &error);
        if (error.isError())
            break;
        for (const RequestId id : std::as_const(exchange.callers))
            emitQueued(id, [this, id, groups] { Q_EMIT q->channelGroupsListed(id, groups); });
        finishExchange(exchange.key);
        return;
    }

    case Operation::ListGroupChannels: {
        const ChannelGroupList list = ResponseParser::parseGroupChannels(body, &error);
        if (error.isError())
            break;
        for (const RequestId id : std::as_const(exchange.callers))
            emitQueued(id, [this, id, list] { Q_EMIT q->groupChannelsListed(id, list); });
        finishExchange(exchange.key);
        return;
    }
    }

    retryOrFail(exchange, error);
}

void PresenceServicePrivate::handleHereNowPage(Exchange &exchange, const QByteArray &body)
{
    if (body.size() >= WorkerParseBytes) {
        parseHereNowOnWorker(exchange, body);
        return;
    }
    PresenceError error;
    const HereNowResult page = ResponseParser::parseHereNow(body, exchange.singleChannel, &error);
    continueHereNowPage(exchange, page, error);
}

void PresenceServicePrivate::parseHereNowOnWorker(Exchange &exchange, const QByteArray &body)
{
    struct Parsed
    {
        HereNowResult page;
        PresenceError error;
    };
    auto promise = std::make_shared<QPromise<Parsed>>();
    auto *watcher = new QFutureWatcher<Parsed>(q);
    const quint64 key = exchange.key;
    // The exchange may be cancelled while the body is parsed; the result is then dropped. The
    // signals still follow through emitQueued(), from the event loop and once per caller.
    QObject::connect(watcher, &QFutureWatcherBase::finished, q, [this, watcher, key] {
        watcher->deleteLater();
        parsing.remove(watcher);
        const auto it = exchanges.find(key);
        if (it == exchanges.end())
            return;
        const Parsed parsed = watcher->result();
        continueHereNowPage(*it->second, parsed.page, parsed.error);
    });
    parsing.insert(watcher);
    watcher->setFuture(promise->future());

    const QString singleChannel = exchange.singleChannel;
    QThreadPool::globalInstance()->start([promise, body, singleChannel] {
        promise->start();
        Parsed parsed;
        parsed.page = ResponseParser::parseHereNow(body, singleChannel, &parsed.error);
        promise->addResult(std::move(parsed));
        promise->finish();
    });
}

void PresenceServicePrivate::continueHereNowPage(Exchange &exchange, const HereNowResult &page,
                                                 const PresenceError &error)
{
    if (error.isError()) {
        retryOrFail(exchange, error);
        return;
    }

    ++exchange.pages;
    if (exchange.hereNowQuery.allPages) {
        int added = 0;
        if (exchange.pages == 1) {
            exchange.merged = page;
            for (const HereNowChannel &channel : page.channels)
                added += int(channel.occupants.size());
        } else {
            added = mergePage(exchange.merged, page);
        }

        if (added > 0 && hasUnlistedOccupants(exchange.merged) && exchange.pages < MaxPages) {
            exchange.pageOffset += PageSize;
            exchange.retries = 0;
            qCDebug(lcService) << "request" << exchange.callers.constFirst() << "reads page"
                               << exchange.pages + 1 << "at offset" << exchange.pageOffset;
            send(exchange);
            return;
        }
    } else {
        exchange.merged = page;
    }

    HereNowResult result = exchange.merged;
    if (!result.fetchedAt.isValid())
        result.fetchedAt = QDateTime::currentDateTimeUtc();
    result.fromCache = false;

    if (exchange.cacheable)
        cache.insert(exchange.cacheKey, exchange.hereNowQuery, result);

    for (const RequestId id : std::as_const(exchange.callers))
        emitQueued(id, [this, id, result] { Q_EMIT q->hereNowFinished(id, result); });
    finishExchange(exchange.key);
}

std::optional<std::chrono::milliseconds>
PresenceServicePrivate::retryDelay(int retry, const PresenceError &error) const
{
    using std::chrono::milliseconds;

    if (error.retryAfterSeconds() >= 0) {
        const milliseconds requested = std::chrono::seconds(error.retryAfterSeconds());
        // A server that requests a longer pause than the policy allows gets no retry, and the
        // caller finds the Retry-After value in the error instead.
        if (requested > retryPolicy.maxDelay)
            return std::nullopt;
        return requested;
    }

    const double exponential =
        double(retryPolicy.initialDelay.count()) * std::pow(2.0, double(retry - 1));
    const double capped = std::min(exponential, double(retryPolicy.maxDelay.count()));
    const double jitter = std::clamp(retryPolicy.jitter, 0.0, 1.0);
    const double factor = 1.0 - jitter + 2.0 * jitter * QRandomGenerator::global()->generateDouble();
    const double delay = std::min(capped * factor, double(retryPolicy.maxDelay.count()));
    return milliseconds(qint64(std::llround(std::max(0.0, delay))));
}

void PresenceServicePrivate::retryOrFail(Exchange &exchange, const PresenceError &error)
{
    if (isWrite(exchange.operation) || !isRetryable(error)
        || exchange.retries >= retryPolicy.maxRetries) {
        failExchange(exchange, error);
        return;
    }

    const int retry = exchange.retries + 1;
    const std::optional<std::chrono::milliseconds> delay = retryDelay(retry, error);
    if (!delay) {
        failExchange(exchange, error);
        return;
    }
    exchange.retries = retry;

    const RequestId owner = exchange.callers.constFirst();
    qCInfo(lcService).noquote() << "request" << owner << "retry" << retry << "of"
                                << retryPolicy.maxRetries << "in" << delay->count() << "ms after"
                                << PresenceError::kindName(error.kind()) << "HTTP"
                                << error.httpStatus() << "on" << exchange.logPath << "-"
                                << redacted(error.message(), exchange.config);

    for (const RequestId id : std::as_const(exchange.callers)) {
        QMetaObject::invokeMethod(
            q, [this, id, retry, delay, error] { Q_EMIT q->retryScheduled(id, retry, *delay, error); },
            Qt::QueuedConnection);
    }

    const quint64 key = exchange.key;
    exchange.retryTimer = new QTimer(q);
    exchange.retryTimer->setSingleShot(true);
    QObject::connect(exchange.retryTimer, &QTimer::timeout, q, [this, key] {
        const auto it = exchanges.find(key);
        if (it == exchanges.end())
            return;
        it->second->retryTimer->deleteLater();
        it->second->retryTimer = nullptr;
        send(*it->second);
    });
    exchange.retryTimer->start(*delay);
}

void PresenceServicePrivate::failExchange(Exchange &exchange, const PresenceError &error)
{
    QStringList ids;
    for (const RequestId id : std::as_const(exchange.callers))
        ids.append(QString::number(id));
    qCWarning(lcService).noquote() << "request" << ids.join(u',') << "failed:"
                                   << PresenceError::kindName(error.kind()) << "HTTP"
                                   << error.httpStatus() << "on" << exchange.logPath << "-"
                                   << redacted(error.message(), exchange.config);

    for (const RequestId id : std::as_const(exchange.callers))
        fail(id, error);
    finishExchange(exchange.key);
}

void PresenceServicePrivate::finishExchange(quint64 key)
{
    const auto it = exchanges.find(key);
    if (it == exchanges.end())
        return;
    Exchange &exchange = *it->second;

    for (const RequestId id : std::as_const(exchange.callers))
        exchangeOfCaller.remove(id);
    if (!exchange.cacheKey.isEmpty() && hereNowInFlight.value(exchange.cacheKey) == key)
        hereNowInFlight.remove(exchange.cacheKey);
    if (exchange.retryTimer)
        exchange.retryTimer->deleteLater();

    exchanges.erase(it);
}

void PresenceServicePrivate::abortExchange(Exchange &exchange)
{
    if (QNetworkReply *reply = exchange.reply) {
        exchange.reply = nullptr;
        reply->disconnect(q);
        reply->abort();
        reply->deleteLater();
    }
    if (exchange.retryTimer) {
        exchange.retryTimer->stop();
        exchange.retryTimer->deleteLater();
        exchange.retryTimer = nullptr;
    }
    exchange.callers.clear();
    finishExchange(exchange.key);
}

void PresenceServicePrivate::invalidateAfterSetState(const QStringList &channels,
                                                     const QStringList &groups)
{
    const int dropped = cache.invalidate(channels, groups);
    if (dropped > 0)
        qCDebug(lcCache) << "set-state dropped" << dropped << "cached Here Now entries";

    // A response in flight may predate the new state. Its callers still receive it, but it is
    // not cached, and later calls do not join it.
    for (auto &[key, exchange] : exchanges) {
        if (exchange->operation != Operation::HereNow
            || !HereNowCache::isAffectedBy(exchange->hereNowQuery, channels, groups))
            continue;
        exchange->cacheable = false;
        if (hereNowInFlight.value(exchange->cacheKey) == key)
            hereNowInFlight.remove(exchange->cacheKey);
    }
}

PresenceService::PresenceService(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<PresenceServicePrivate>(this))
{
}

PresenceService::~PresenceService()
{
    // Replies must not call back into `d` while the QObject base destroys them.
    for (auto &[key, exchange] : d->exchanges) {
        if (QNetworkReply *reply = exchange->reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
    delete d->networkAccessManager;
    d->networkAccessManager = nullptr;
    // A parse still running finishes on its thread, and its result is dropped with the watcher.
    qDeleteAll(std::exchange(d->parsing, {}));
}

void PresenceService::setConfig(const ClientConfig &config)
{
    d->config = config;
}

ClientConfig PresenceService::config() const
{
    return d->config;
}

void PresenceService::setCacheTime(std::chrono::milliseconds cacheTime)
{
    d->cache.setCacheTime(cacheTime);
    if (!d->cache.isEnabled())
        d->cache.clear();
}

std::chrono::milliseconds PresenceService::cacheTime() const
{
    return d->cache.cacheTime();
}

void PresenceService::setRetryPolicy(const RetryPolicy &policy)
{
    d->retryPolicy = policy;
}

RetryPolicy PresenceService::retryPolicy() const
{
    return d->retryPolicy;
}

void PresenceService::setMaxResponseBytes(qint64 bytes)
{
    d->maxResponseBytes = bytes;
}

qint64 PresenceService::maxResponseBytes() const
{
    return d->maxResponseBytes;
}

RequestId PresenceServicePrivate::start(Operation operation, const QString &problem,
                                        std::function<PresenceRequest(const RequestBuilder &)> build,
                                        const QStringList &channels, const QStringList &groups,
                                        const QString &singleChannel)
{
    const RequestId id = newId();
    if (!problem.isEmpty()) {
        fail(id, PresenceError::invalidInput(problem));
        return id;
    }

    Exchange &exchange = createExchange(id, operation);
    exchange.channels = channels;
    exchange.groups = groups;
    exchange.singleChannel = singleChannel;
    exchange.build = std::move(build);
    send(exchange);
    return id;
}

RequestId PresenceService::hereNow(const HereNowQuery &query)
{
    const RequestId id = d->newId();
    if (const QString problem = Validation::checkHereNow(d->config, query); !problem.isEmpty()) {
        d->fail(id, PresenceError::invalidInput(problem));
        return id;
    }

    const QString cacheKey = HereNowCache::keyFor(d->config, query);
    if (std::optional<HereNowResult> cached = d->cache.lookup(cacheKey)) {
        qCDebug(lcCache) << "request" << id << "served from the cache, data age"
                         << cached->dataAgeMs() << "ms";
        const HereNowResult result = *cached;
        d->emitQueued(id, [this, id, result] { Q_EMIT hereNowFinished(id, result); });
        return id;
    }

    if (d->cache.isEnabled()) {
        const auto inFlight = d->hereNowInFlight.constFind(cacheKey);
        if (inFlight != d->hereNowInFlight.cend()) {
            Exchange &exchange = *d->exchanges.at(*inFlight);
            exchange.callers.append(id);
            d->exchangeOfCaller.insert(id, exchange.key);
            qCDebug(lcCache) << "request" << id << "joins request" << exchange.callers.constFirst()
                             << "in flight";
            return id;
        }
    }

    Exchange &exchange = d->createExchange(id, Operation::HereNow);
    exchange.hereNowQuery = query;
    if (d->cache.isEnabled()) {
        exchange.cacheKey = cacheKey;
        d->hereNowInFlight.insert(cacheKey, exchange.key);
    } else {
        exchange.cacheable = false;
    }

    Exchange *self = &exchange;
    exchange.build = [self](const RequestBuilder &builder) {
        if (!self->hereNowQuery.allPages)
            return builder.hereNow(self->hereNowQuery);
        // Every page lists up to PageSize occupants per channel, starting at the first.
        HereNowQuery page = self->hereNowQuery;
        page.limit = PageSize;
        page.offset = self->pageOffset;
        return builder.hereNow(page);
    };
    d->send(exchange);
    return id;
}

RequestId PresenceService::whereNow(const QString &userId)
{
    const QString target = userId.isEmpty() ? d->config.userId : userId;
    QString problem = Validation::checkConfig(d->config);
    if (problem.isEmpty())
        problem = Validation::checkUserId(target);
    return d->start(Operation::WhereNow, problem,
                    [target](const RequestBuilder &builder) { return builder.whereNow(target); });
}

RequestId PresenceService::setState(const SetStateQuery &query)
{
    return d->start(
            Operation::SetState, Validation::checkSetState(d->config, query),
            [query](const RequestBuilder &builder) { return builder.setState(query); },
            query.channels, query.channelGroups);
}

RequestId PresenceService::getState(const StateQuery &query)
{
    // A single channel without groups comes back flat and may not name the channel.
    const bool single = query.channels.size() == 1 && query.channelGroups.isEmpty();
    return d->start(
            Operation::GetState, Validation::checkState(d->config, query),
            [query](const RequestBuilder &builder) { return builder.getState(query); },
            query.channels, query.channelGroups, single ? query.channels.constFirst() : QString());
}

RequestId PresenceService::heartbeat(const HeartbeatQuery &query)
{
    return d->start(Operation::Heartbeat, Validation::checkHeartbeat(d->config, query),
                    [query](const RequestBuilder &builder) { return builder.heartbeat(query); });
}

RequestId PresenceService::leave(const QStringList &channels, const QStringList &groups)
{
    // Leave names its channels and groups like a state call, so the same checks apply.
    StateQuery target;
    target.channels = channels;
    target.channelGroups = groups;
    return d->start(Operation::Leave, Validation::checkState(d->config, target),
                    [channels, groups](const RequestBuilder &builder) {
                        return builder.leave(channels, groups);
                    });
}

RequestId PresenceService::listChannelGroups()
{
    return d->start(Operation::ListChannelGroups, Validation::checkConfig(d->config),
                    [](const RequestBuilder &builder) { return builder.listChannelGroups(); });
}

RequestId PresenceService::listGroupChannels(const QString &group)
{
    QString problem = Validation::checkConfig(d->config);
    if (problem.isEmpty())
        problem = Validation::checkChannelGroup(group);
    return d->start(Operation::ListGroupChannels, problem,
                    [group](const RequestBuilder &builder) {
                        return builder.listGroupChannels(group);
                    });
}

RequestId PresenceService::addChannelsToGroup(const QString &group, const QStringList &channels)
{
    return d->start(Operation::AddChannelsToGroup, checkGroupEdit(group, channels),
                    [group, channels](const RequestBuilder &builder) {
                        return builder.addChannelsToGroup(group, channels);
                    });
}

RequestId PresenceService::removeChannelsFromGroup(const QString &group,
                                                   const QStringList &channels)
{
    return d->start(Operation::RemoveChannelsFromGroup, checkGroupEdit(group, channels),
                    [group, channels](const RequestBuilder &builder) {
                        return builder.removeChannelsFromGroup(group, channels);
                    });
}

RequestId PresenceService::deleteChannelGroup(const QString &group)
{
    QString problem = Validation::checkConfig(d->config);
    if (problem.isEmpty())
        problem = Validation::checkChannelGroup(group);
    return d->start(Operation::DeleteChannelGroup, problem,
                    [group](const RequestBuilder &builder) {
                        return builder.deleteChannelGroup(group);
                    });
}

void PresenceService::cancel(RequestId id)
{
    if (!d->open.remove(id))
        return;

    const quint64 key = d->exchangeOfCaller.take(id);
    const auto it = d->exchanges.find(key);
    if (it != d->exchanges.end()) {
        Exchange &exchange = *it->second;
        exchange.callers.removeAll(id);
        // Coalesced callers keep the request; the last one to leave stops it.
        if (exchange.callers.isEmpty())
            d->abortExchange(exchange);
    }

    qCDebug(lcService) << "request" << id << "cancelled";
    const PresenceError error(PresenceError::Kind::Cancelled);
    QMetaObject::invokeMethod(
        this, [this, id, error] { Q_EMIT requestFailed(id, error); }, Qt::QueuedConnection);
}

void PresenceService::clearCache()
{
    d->cache.clear();
}

int PresenceService::requestsSent() const
{
    return d->requestsSent;
}

QNetworkAccessManager *PresenceService::networkAccessManager() const
{
    return d->networkAccessManager;
}

QString PresenceService::checkGroupEdit(const QString &group, const QStringList &channels) const
{
    QString problem = Validation::checkConfig(d->config);
    if (problem.isEmpty())
        problem = Validation::checkChannelGroup(group);
    if (problem.isEmpty() && channels.isEmpty()) {
        problem = tr("No channel was given for the channel group \"%1\". Name at least one "
                     "channel to add or remove.")
                      .arg(group);
    }
    if (problem.isEmpty())
        problem = Validation::checkChannels(channels);
    return problem;
}

} // namespace Presence
