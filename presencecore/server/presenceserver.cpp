// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "presenceserver.h"

#include "crowdsimulator.h"
#include "httpserveradapter.h"
#include "logging_p.h"
#include "presenceengine.h"
#include "presencereplies.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

namespace {

const QByteArray presenceContentType = R"(text/javascript; charset="UTF-8")";
const QByteArray accessManagerContentType = "text/javascript; charset=UTF-8";
constexpr int maxMessagesPerReply = 100;
constexpr int maxChannelsPerGroup = 2000;

// The strict encoder of request signing: every byte except `A-Z a-z 0-9 - _ .` as upper-case %XX.
QByteArray strictEncode(const QByteArray &bytes)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        const uchar byte = uchar(c);
        if ((byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z')
            || (byte >= '0' && byte <= '9') || byte == '-' || byte == '_' || byte == '.') {
            out += char(byte);
        } else {
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 0xf];
        }
    }
    return out;
}

QString decode(const QByteArray &encoded)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(encoded));
}

// Splits a decoded list on commas; `a%2Cb` and `a,b` mean the same two names.
QStringList splitNames(const QString &decoded)
{
    QStringList names;
    const QStringList parts = decoded.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!names.contains(part))
            names.append(part);
    }
    return names;
}

bool isPresenceChannel(const QString &name)
{
    return name.endsWith("-pnpres"_L1);
}

QString withoutPresenceSuffix(const QString &name)
{
    return name.chopped(7);
}

struct Query
{
    // Raw (still encoded) pairs in order, for the signature.
    QList<QPair<QByteArray, QByteArray>> raw;
    QHash<QString, QString> values;

    bool has(const QString &name) const { return values.contains(name); }
    QString value(const QString &name) const { return values.value(name); }
    bool flag(const QString &name) const
    {
        const QString text = values.value(name);
        return text == "1"_L1 || text == "true"_L1;
    }
};

Query parseQuery(const QByteArray &raw)
{
    Query query;
    const QList<QByteArray> pairs = raw.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QByteArray key = equals < 0 ? pair : pair.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        query.raw.append({ key, value });
        // The first occurrence wins, as with most HTTP frameworks.
        const QString name = decode(key);
        if (!query.values.contains(name))
            query.values.insert(name, decode(value));
    }
    return query;
}

struct Route
{
    enum class Kind {
        None,
        HereNowGlobal,
        HereNow,
        Heartbeat,
        Leave,
        GetState,
        SetState,
        WhereNow,
        Subscribe,
        ListGroups,
        GroupChannels,
        DeleteGroup,
        Time,
    };
    Kind kind = Kind::None;
    QString subscribeKey;
    QStringList channels;
    QString userId;
    QString group;
};

Route parseRoute(const QByteArray &path)
{
    const QList<QByteArray> segments = path.split('/');
    const auto segment = [&segments](qsizetype index) {
        return index < segments.size() ? segments.at(index) : QByteArray();
    };
    Route route;
    const qsizetype count = segments.size();
    if (count < 2 || !segments.at(0).isEmpty())
        return route;

    if (segment(1) == "time" && count == 3 && segment(2) == "0") {
        route.kind = Route::Kind::Time;
        return route;
    }
    if (segment(1) == "v2" && segment(2) == "presence"
        && (segment(3) == "sub-key" || segment(3) == "sub_key") && count >= 5) {
        route.subscribeKey = decode(segment(4));
        if (count == 5) {
            route.kind = Route::Kind::HereNowGlobal;
        } else if (segment(5) == "uuid" && count == 7) {
            route.kind = Route::Kind::WhereNow;
            route.userId = decode(segment(6));
        } else if (segment(5) == "channel" && count >= 7) {
            route.channels = splitNames(decode(segment(6)));
            if (count == 7)
                route.kind = Route::Kind::HereNow;
            else if (count == 8 && segment(7) == "heartbeat")
                route.kind = Route::Kind::Heartbeat;
            else if (count == 8 && segment(7) == "leave")
                route.kind = Route::Kind::Leave;
            else if (count == 9 && segment(7) == "uuid")
                route.kind = Route::Kind::GetState;
            else if (count == 10 && segment(7) == "uuid" && segment(9) == "data")
                route.kind = Route::Kind::SetState;
            if (route.kind == Route::Kind::GetState || route.kind == Route::Kind::SetState)
                route.userId = decode(segment(8));
        }
        return route;
    }
    if (segment(1) == "v2" && segment(2) == "subscribe" && count == 6 && segment(5) == "0") {
        route.kind = Route::Kind::Subscribe;
        route.subscribeKey = decode(segment(3));
        route.channels = splitNames(decode(segment(4)));
        return route;
    }
    if (segment(1) == "v1" && segment(2) == "channel-registration" && segment(3) == "sub-key"
        && count >= 6 && segment(5) == "channel-group") {
        route.subscribeKey = decode(segment(4));
        if (count == 6) {
            route.kind = Route::Kind::ListGroups;
        } else if (count == 7 && !segment(6).isEmpty()) {
            route.kind = Route::Kind::GroupChannels;
            route.group = decode(segment(6));
        } else if (count == 8 && !segment(6).isEmpty() && segment(7) == "remove") {
            route.kind = Route::Kind::DeleteGroup;
            route.group = decode(segment(6));
        }
    }
    return route;
}

bool isRegistryRoute(Route::Kind kind)
{
    return kind == Route::Kind::ListGroups || kind == Route::Kind::GroupChannels
            || kind == Route::Kind::DeleteGroup;
}

} // namespace

class PresenceServerPrivate
{
public:
    struct Subscriber
    {
        HttpResponsePtr response;
        qint64 cursor = 0;
        QDeadlineTimer deadline;
        // Presence channel watched -> the subscription name reported as `b`.
        QHash<QString, QString> channels;
    };
    struct CacheEntry
    {
        QByteArray body;
        qint64 expiresMs = 0;
    };

    PresenceServerPrivate(PresenceServer *server, const ServerOptions &serverOptions);

    JsonProfile profile() const
    {
        return options.legacyJson ? JsonProfile::Legacy : JsonProfile::Compact;
    }

    void handle(const HttpRequest &request, const HttpResponsePtr &response);
    void send(const HttpResponsePtr &response, const QByteArray &path, int status,
              const QByteArray &body, const QByteArray &contentType = presenceContentType,
              const QByteArray &allowedMethods = "OPTIONS, GET, POST");
    void sendError(const HttpResponsePtr &response, const QByteArray &path, int status,
                   const QString &message)
    {
        send(response, path, status, Replies::presenceError(profile(), status, message));
    }
    bool verifySignature(const HttpRequest &request, const Query &query) const;

    // Channels named in the path plus those of the groups; `-pnpres` names are dropped.
    QStringList presenceTargets(const Route &route, const QStringList &groups) const;
    // Parses a `state` parameter keyed by channel or group into states per channel.
    bool parseKeyedState(const Query &query, const QStringList &channels,
                         const QStringList &groups, QHash<QString, QJsonObject> *states) const;
    int heartbeatSeconds(const Query &query) const;

    void hereNow(const Route &route, const Query &query, const QByteArray &path,
                 const HttpResponsePtr &response);
    void heartbeat(const Route &route, const Query &query, const QByteArray &path,
                   const HttpResponsePtr &response);
    void leave(const Route &route, const Query &query, const QByteArray &path,
               const HttpResponsePtr &response);
    void setState(const Route &route, const Query &query, const QByteArray &path,
                  const HttpResponsePtr &response);
    void getState(const Route &route, const Query &query, const QByteArray &path,
                  const HttpResponsePtr &response);
    void registry(const Route &route, const Query &query, const QByteArray &path,
                  const HttpResponsePtr &response);
    void subscribe(const Route &route, const Query &query, const QByteArray &path,
                   const HttpResponsePtr &response);

    // Long polls.
    QList<QByteArray> pendingMessages(const Subscriber &subscriber, qint64 *cursor) const;
    void hold(Subscriber subscriber);
    void release(quint64 id);
    void eventPublished(const PresenceEvent &event);
    void flushReady();
    void expireLongPolls();

    PresenceServer *q;
    ServerOptions options;
    PresenceEngine engine;
    std::unique_ptr<CrowdSimulator> simulator;
    HttpServerAdapter http;
    QTimer ticker;
    bool running = false;
    qint64 requests = 0;
    qint64 lastSimulationMs = 0;
    qint64 uriTooLongCount = 0;

    QHash<QByteArray, CacheEntry> cache;

    quint64 nextSubscriberId = 1;
    QHash<quint64, Subscriber> subscribers;
    QHash<QString, QSet<quint64>> subscribersByChannel;
    QSet<quint64> ready;
    bool flushScheduled = false;
};

PresenceServerPrivate::PresenceServerPrivate(PresenceServer *server,
                                             const ServerOptions &serverOptions)
    : q(server),
      options(serverOptions),
      http([this](const HttpRequest &request, HttpResponsePtr response) {
          handle(request, response);
      })
{
    engine.setDefaultTimeout(options.presenceTimeout);
    engine.setAnnounceMax(options.announceMax);
    engine.setIntervalSeconds(options.intervalSeconds);
    engine.setEventRetention(options.eventRetention);

    HttpServerAdapter::Limits limits;
    limits.maxConnections = options.maxConnections;
    limits.idleTimeoutSeconds = options.idleTimeoutSeconds;
    limits.requestTimeoutSeconds = options.requestTimeoutSeconds;
    // The head contains the request line and the headers, so it gets room beyond the URL cap.
    limits.maxRequestHeadBytes = qint64(options.maxUrlBytes) * 2;
    http.setLimits(limits);
    http.setUriTooLongBody(Replies::uriTooLong(), accessManagerContentType);

    ticker.setInterval(1000);
    QObject::connect(&ticker, &QTimer::timeout, q, [this] { q->tick(); });
    QObject::connect(&engine, &PresenceEngine::eventPublished, q,
                     [this](const PresenceEvent &event) { eventPublished(event); });
}

void PresenceServerPrivate::send(const HttpResponsePtr &response, const QByteArray &path,
                                 int status, const QByteArray &body,
                                 const QByteArray &contentType, const QByteArray &allowedMethods)
{
    const HttpResponse::Headers headers = {
        { "Content-Type", contentType },
        { "Cache-Control", "no-cache" },
        { "Access-Control-Allow-Origin", "*" },
        { "Access-Control-Allow-Methods", allowedMethods },
    };
    response->send(status, body, headers);
    if (status >= 400)
        qCDebug(lcServer) << "Answered" << status << "to" << path;
    Q_EMIT q->requestHandled(path, status);
}

void PresenceServerPrivate::handle(const HttpRequest &request, const HttpResponsePtr &response)
{
    ++requests;
    const QByteArray &path = request.path;

    if (path.size() + request.query.size() + 1 > options.maxUrlBytes) {
        // Logged once per hundred, so that a flood of long URLs does not flood the log.
        if (uriTooLongCount++ % 100 == 0)
            qCWarning(lcServer).nospace()
                    << "A request URL of " << path.size() + request.query.size() + 1
                    << " bytes exceeded the cap of " << options.maxUrlBytes
                    << " bytes and was answered with 414 (" << uriTooLongCount << " so far).";
        send(response, path.left(64), 414, Replies::uriTooLong(), accessManagerContentType);
        return;
    }
    if (request.method == "OPTIONS") {
        send(response, path, 200, {});
        return;
    }
    if (request.method != "GET") {
        sendError(response, path, 405,
                  u"Method %1 is not allowed: the presence API takes GET requests."_s.arg(
                          QString::fromLatin1(request.method)));
        return;
    }

    const Route route = parseRoute(path);
    if (route.kind == Route::Kind::None) {
        sendError(response, path, 404, u"Not found: '%1'"_s.arg(decode(path)));
        return;
    }
    if (route.kind == Route::Kind::Time) {
        send(response, path, 200, '[' + QByteArray::number(engine.currentTimetoken()) + ']');
        return;
    }
    if (route.subscribeKey != options.subscribeKey) {
        send(response, path, 400, Replies::invalidSubscribeKey(), accessManagerContentType);
        return;
    }

    const Query query = parseQuery(request.query);
    if (!options.secretKey.isEmpty() && !verifySignature(request, query)) {
        qCInfo(lcServer).noquote() << "Rejected a request to" << QString::fromLatin1(path)
                                   << "with a missing or invalid signature.";
        send(response, path, 403, Replies::invalidSignature(), accessManagerContentType);
        return;
    }
    const QStringList groups = splitNames(query.value(u"channel-group"_s));
    if (!options.authKey.isEmpty() && query.value(u"auth"_s) != options.authKey) {
        qCInfo(lcServer).noquote() << "Denied a request to" << QString::fromLatin1(path)
                                   << "without the required auth key.";
        QStringList deniedGroups = groups;
        if (isRegistryRoute(route.kind) && !route.group.isEmpty())
            deniedGroups = { route.group };
        send(response, path, 403, Replies::accessDenied(route.channels, deniedGroups),
             accessManagerContentType);
        return;
    }

    switch (route.kind) {
    case Route::Kind::HereNowGlobal:
    case Route::Kind::HereNow:
        hereNow(route, query, path, response);
        break;
    case Route::Kind::WhereNow:
        send(response, path, 200, Replies::whereNow(profile(), engine.channelsOf(route.userId)));
        break;
    case Route::Kind::Heartbeat:
        heartbeat(route, query, path, response);
        break;
    case Route::Kind::Leave:
        leave(route, query, path, response);
        break;
    case Route::Kind::SetState:
        setState(route, query, path, response);
        break;
    case Route::Kind::GetState:
        getState(route, query, path, response);
        break;
    case Route::Kind::Subscribe:
        subscribe(route, query, path, response);
        break;
    case Route::Kind::ListGroups:
    case Route::Kind::GroupChannels:
    case Route::Kind::DeleteGroup:
        registry(route, query, path, response);
        break;
    case Route::Kind::Time:
    case Route::Kind::None:
        break;
    }
}

bool PresenceServerPrivate::verifySignature(const HttpRequest &request, const Query &query) const
{
    QByteArray signature;
    QList<QPair<QByteArray, QByteArray>> parameters;
    for (const auto &pair : query.raw) {
        if (pair.first == "signature") {
            signature = QByteArray::fromPercentEncoding(pair.second);
            continue;
        }
        parameters.append({ strictEncode(QByteArray::fromPercentEncoding(pair.first)),
                            strictEncode(QByteArray::fromPercentEncoding(pair.second)) });
    }
    if (signature.isEmpty())
        return false;
    // NOTE: the `timestamp` parameter is signed but not checked against the clock; the service
    // documents a window of 60 seconds.
    std::stable_sort(parameters.begin(), parameters.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray canonicalQuery;
    for (const auto &pair : std::as_const(parameters)) {
        if (!canonicalQuery.isEmpty())
            canonicalQuery += '&';
        canonicalQuery += pair.first + '=' + pair.second;
    }

    // Clients differ in which path bytes they sign, so both the path as received and its
    // strict re-encoding are accepted.
    QByteArray reencodedPath;
    const QList<QByteArray> segments = request.path.split('/');
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            reencodedPath += '/';
        // Commas between list elements stay raw, as clients join encoded names with them.
        const QList<QByteArray> names = QByteArray::fromPercentEncoding(segments.at(i)).split(',');
        for (qsizetype j = 0; j < names.size(); ++j) {
            if (j > 0)
                reencodedPath += ',';
            reencodedPath += strictEncode(names.at(j));
        }
    }

    for (const QByteArray &path : { request.path, reencodedPath }) {
        const QByteArray text = "GET\n" + options.publishKey.toUtf8() + '\n' + path + '\n'
                + canonicalQuery + '\n';
        const QByteArray expected = "v2."
                + QMessageAuthenticationCode::hash(text, options.secretKey.toUtf8(),
                                                   QCryptographicHash::Sha256)
                          .toBase64(QByteArray::Base64UrlEncoding
                                    | QByteArray::OmitTrailingEquals);
        if (expected == signature)
            return true;
    }
    return false;
}

QStringList PresenceServerPrivate::presenceTargets(const Route &route,
                                                   const QStringList &groups) const
{
    QStringList channels;
    for (const QString &channel : route.channels) {
        if (!isPresenceChannel(channel) && !channels.contains(channel))
            channels.append(channel);
    }
    QStringList dataGroups;
    for (const QString &group : groups) {
        if (!isPresenceChannel(group))
            dataGroups.append(group);
    }
    const QStringList members = engine.expandGroups(dataGroups);
    for (const QString &channel : members) {
        if (!channels.contains(channel))
            channels.append(channel);
    }
    return channels;
}

bool PresenceServerPrivate::parseKeyedState(const Query &query, const QStringList &channels,
                                            const QStringList &groups,
                                            QHash<QString, QJsonObject> *states) const
{
    if (!query.has(u"state"_s) || query.value(u"state"_s).isEmpty())
        return true;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(query.value(u"state"_s).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject byName = document.object();
    for (auto it = byName.begin(); it != byName.end(); ++it) {
        if (!it.value().isObject())
            return false;
        const QJsonObject state = it.value().toObject();
        if (groups.contains(it.key())) {
            const QStringList members = engine.groupChannels(it.key());
            for (const QString &member : members)
                states->insert(member, state);
        } else if (channels.contains(it.key())) {
            states->insert(it.key(), state);
        }
    }
    return true;
}

int PresenceServerPrivate::heartbeatSeconds(const Query &query) const
{
    bool ok = false;
    const int seconds = query.value(u"heartbeat"_s).toInt(&ok);
    // An empty or unusable value falls back to the server's default timeout.
    return ok && seconds > 0 ? seconds : 0;
}

void PresenceServerPrivate::hereNow(const Route &route, const Query &query,
                                    const QByteArray &path, const HttpResponsePtr &response)
{
    const bool global = route.kind == Route::Kind::HereNowGlobal;
    const QStringList groups = splitNames(query.value(u"channel-group"_s));
    const bool disableUserIds = query.flag(u"disable_uuids"_s) || query.flag(u"disable-uuids"_s);
    const bool withState = query.flag(u"state"_s);

    int limit = 1000;
    if (query.has(u"limit"_s)) {
        bool ok = false;
        limit = query.value(u"limit"_s).toInt(&ok);
        if (!ok) {
            sendError(response, path, 400, u"Limit must be a whole number."_s);
            return;
        }
        if (limit > 1000) {
            sendError(response, path, 400, u"Cannot return more than 1000 uuids at a time"_s);
            return;
        }
        if (limit < 0) {
            sendError(response, path, 400, u"Limit must be greater than or equal to 0"_s);
            return;
        }
    }
    int offset = 0;
    if (query.has(u"offset"_s)) {
        bool ok = false;
        offset = query.value(u"offset"_s).toInt(&ok);
        if (!ok || offset < 0) {
            sendError(response, path, 400, u"Offset must be greater than or equal to 0"_s);
            return;
        }
    }

    QStringList channels;
    if (global) {
        channels = engine.occupiedChannels();
    } else {
        channels = route.channels;
        const QStringList members = engine.expandGroups(groups);
        for (const QString &channel : members) {
            if (!channels.contains(channel))
                channels.append(channel);
        }
        channels.sort();
    }
    const bool singleShape = !global && route.channels.size() == 1 && groups.isEmpty();

    QByteArray cacheKey;
    if (options.cache) {
        QStringList sortedGroups = groups;
        sortedGroups.sort();
        cacheKey = (global ? "*" : "") + route.channels.join(u',').toUtf8() + '|'
                + sortedGroups.join(u',').toUtf8() + '|' + QByteArray::number(disableUserIds)
                + QByteArray::number(withState) + '|' + QByteArray::number(limit) + '|'
                + QByteArray::number(offset);
        const auto cached = cache.constFind(cacheKey);
        if (cached != cache.constEnd() && cached->expiresMs > engine.now()) {
            send(response, path, 200, cached->body);
            return;
        }
    }

    const bool listOccupants = !disableUserIds && limit > 0;
    QList<Replies::HereNowEntry> entries;
    int totalOccupancy = 0;
    for (const QString &channel : std::as_const(channels)) {
        Replies::HereNowEntry entry;
        entry.channel = channel;
        const QStringList occupants = engine.occupants(channel);
        entry.occupancy = int(occupants.size());
        totalOccupancy += entry.occupancy;
        if (listOccupants) {
            QList<Replies::Occupant> page;
            const QStringList ids = occupants.mid(offset, limit);
            page.reserve(ids.size());
            for (const QString &userId : ids)
                page.append({ userId, withState ? engine.state(userId, channel) : std::nullopt });
            entry.occupants = page;
        }
        entries.append(entry);
    }

    const auto form = withState ? Replies::OccupantForm::Object : Replies::OccupantForm::UserId;
    const QByteArray body = singleShape
            ? Replies::hereNowSingle(profile(), entries.value(0), form)
            : Replies::hereNowMulti(profile(), entries, totalOccupancy, form);
    if (options.cache)
        cache.insert(cacheKey, { body, engine.now() + options.cacheMilliseconds });
    send(response, path, 200, body);
}

void PresenceServerPrivate::heartbeat(const Route &route, const Query &query,
                                      const QByteArray &path, const HttpResponsePtr &response)
{
    const QString userId = query.value(u"uuid"_s);
    if (userId.isEmpty()) {
        sendError(response, path, 400, u"The uuid parameter is missing."_s);
        return;
    }
    const QStringList groups = splitNames(query.value(u"channel-group"_s));
    const QStringList channels = presenceTargets(route, groups);
    QHash<QString, QJsonObject> states;
    if (!parseKeyedState(query, route.channels, groups, &states)) {
        sendError(response, path, 400, u"Invalid JSON specified."_s);
        return;
    }
    engine.heartbeat(userId, channels, heartbeatSeconds(query), states);
    send(response, path, 200, Replies::heartbeat(profile()));
}

void PresenceServerPrivate::leave(const Route &route, const Query &query, const QByteArray &path,
                                  const HttpResponsePtr &response)
{
    const QString userId = query.value(u"uuid"_s);
    if (userId.isEmpty()) {
        sendError(response, path, 400, u"The uuid parameter is missing."_s);
        return;
    }
    const QStringList groups = splitNames(query.value(u"channel-group"_s));
    engine.leave(userId, presenceTargets(route, groups));
    send(response, path, 200, Replies::leave(profile()));
}

void PresenceServerPrivate::setState(const Route &route, const Query &query,
                                     const QByteArray &path, const HttpResponsePtr &response)
{
    if (!query.has(u"state"_s)) {
        sendError(response, path, 400, u"No state specified."_s);
        return;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(query.value(u"state"_s).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        sendError(response, path, 400, u"Invalid JSON specified."_s);
        return;
    }
    const QStringList groups = splitNames(query.value(u"channel-group"_s));
    const QStringList channels = presenceTargets(route, groups);
    engine.setState(route.userId, channels, document.object());
    send(response, path, 200, Replies::setState(profile(), document.object()));
}

void PresenceServerPrivate::getState(const Route &route, const Query &query,
                                     const QByteArray &path, const HttpResponsePtr &response)
{
    const QStringList groups = splitNames(query.value(u"channel-group"_s));
    if (route.channels.size() == 1 && groups.isEmpty()) {
        const QString channel = route.channels.constFirst();
        const QJsonObject state = engine.state(route.userId, channel).value_or(QJsonObject());
        send(response, path, 200,
             Replies::getStateSingle(profile(), channel, route.userId, state));
        return;
    }
    QStringList channels = presenceTargets(route, groups);
    channels.sort();
    QList<QPair<QString, QJsonObject>> states;
    for (const QString &channel : std::as_const(channels)) {
        if (const auto state = engine.state(route.userId, channel))
            states.append({ channel, *state });
    }
    send(response, path, 200, Replies::getStateMulti(profile(), route.userId, states));
}

void PresenceServerPrivate::registry(const Route &route, const Query &query,
                                     const QByteArray &path, const HttpResponsePtr &response)
{
    const QByteArray contentType =
            options.legacyJson ? presenceContentType : QByteArray("application/json");
    const auto fail = [&](const QString &message) {
        send(response, path, 400, Replies::registryError(profile(), 400, message), contentType);
    };

    if (route.kind == Route::Kind::ListGroups) {
        send(response, path, 200, Replies::registryGroups(profile(), engine.groups()),
             contentType);
        return;
    }
    if (route.kind == Route::Kind::DeleteGroup) {
        engine.deleteGroup(route.group);
        send(response, path, 200, Replies::registryAck(profile()), contentType);
        return;
    }
    if (query.has(u"add"_s)) {
        const QStringList channels = splitNames(query.value(u"add"_s));
        if (channels.isEmpty()) {
            fail(u"No channels specified to add."_s);
            return;
        }
        QSet<QString> after(channels.cbegin(), channels.cend());
        const QStringList existing = engine.groupChannels(route.group);
        after.unite(QSet<QString>(existing.cbegin(), existing.cend()));
        // NOTE: the limit is the documented 2,000 channels per group; the wording of the
        // service's own error for it is not known.
        if (after.size() > maxChannelsPerGroup) {
            fail(u"Maximum channel count exceeded."_s);
            return;
        }
        engine.addChannelsToGroup(route.group, channels);
        send(response, path, 200, Replies::registryAck(profile()), contentType);
        return;
    }
    if (query.has(u"remove"_s)) {
        const QStringList channels = splitNames(query.value(u"remove"_s));
        if (channels.isEmpty()) {
            fail(u"No channels specified to remove."_s);
            return;
        }
        engine.removeChannelsFromGroup(route.group, channels);
        send(response, path, 200, Replies::registryAck(profile()), contentType);
        return;
    }
    send(response, path, 200,
         Replies::registryGroupChannels(profile(), route.group, engine.groupChannels(route.group)),
         contentType);
}

void PresenceServerPrivate::subscribe(const Route &route, const Query &query,
                                      const QByteArray &path, const HttpResponsePtr &response)
{
    const QString userId = query.value(u"uuid"_s);
    const QStringList groups = splitNames(query.value(u"channel-group"_s));

    // Channels the poll watches: `X-pnpres` channels, and the member channels of `G-pnpres` groups.
    Subscriber subscriber;
    for (const QString &channel : route.channels) {
        if (isPresenceChannel(channel))
            subscriber.channels.insert(withoutPresenceSuffix(channel), channel);
    }
    bool groupsHaveChannels = groups.isEmpty();
    for (const QString &group : groups) {
        const QString base = isPresenceChannel(group) ? withoutPresenceSuffix(group) : group;
        const QStringList members = engine.groupChannels(base);
        if (!members.isEmpty())
            groupsHaveChannels = true;
        if (!isPresenceChannel(group))
            continue;
        for (const QString &member : members) {
            if (!subscriber.channels.contains(member))
                subscriber.channels.insert(member, group);
        }
    }
    if (route.channels.isEmpty() && !groupsHaveChannels) {
        sendError(response, path, 400,
                  u"Channel group or groups result in empty subscription set"_s);
        return;
    }
    QHash<QString, QJsonObject> states;
    if (!parseKeyedState(query, route.channels, groups, &states)) {
        sendError(response, path, 400, u"Invalid JSON specified."_s);
        return;
    }

    const QString timetoken = query.value(u"tt"_s);
    const bool handshake = timetoken.isEmpty() || timetoken == "0"_L1;
    // The handshake cursor is taken before the join, so the subscriber receives its own join.
    const qint64 handshakeCursor = handshake ? engine.currentTimetoken() : 0;

    // A subscribe request counts as a heartbeat when it arrives; a held poll does not.
    const QStringList channels = presenceTargets(route, groups);
    if (!userId.isEmpty() && !channels.isEmpty())
        engine.heartbeat(userId, channels, heartbeatSeconds(query), states);

    if (handshake) {
        send(response, path, 200,
             Replies::subscribeEnvelope(handshakeCursor, options.region, {}),
             presenceContentType, "GET");
        return;
    }

    bool ok = false;
    subscriber.cursor = timetoken.toLongLong(&ok);
    if (!ok || subscriber.cursor < 0) {
        sendError(response, path, 400, u"Invalid timetoken."_s);
        return;
    }
    qint64 cursor = subscriber.cursor;
    const QList<QByteArray> messages = pendingMessages(subscriber, &cursor);
    if (!messages.isEmpty()) {
        send(response, path, 200, Replies::subscribeEnvelope(cursor, options.region, messages),
             presenceContentType, "GET");
        return;
    }
    subscriber.response = response;
    subscriber.deadline = QDeadlineTimer(qint64(options.longPollSeconds) * 1000);
    hold(std::move(subscriber));
}

QList<QByteArray> PresenceServerPrivate::pendingMessages(const Subscriber &subscriber,
                                                         qint64 *cursor) const
{
    QList<QByteArray> messages;
    const std::deque<PresenceEvent> &events = engine.events();
    for (size_t i = engine.firstEventAfter(subscriber.cursor); i < events.size(); ++i) {
        const PresenceEvent &event = events[i];
        const auto match = subscriber.channels.constFind(event.channel);
        if (match == subscriber.channels.constEnd())
            continue;
        messages.append(Replies::presenceMessage(profile(), event, options.subscribeKey,
                                                 match.value(), options.region));
        if (messages.size() == maxMessagesPerReply) {
            *cursor = event.timetoken;
            return messages;
        }
    }
    *cursor = std::max(subscriber.cursor, engine.lastTimetoken());
    return messages;
}

void PresenceServerPrivate::hold(Subscriber subscriber)
{
    const quint64 id = nextSubscriberId++;
    for (auto it = subscriber.channels.cbegin(); it != subscriber.channels.cend(); ++it)
        subscribersByChannel[it.key()].insert(id);
    http.setHeld(subscriber.response->connectionKey(), true);
    subscribers.insert(id, std::move(subscriber));
}

void PresenceServerPrivate::release(quint64 id)
{
    const auto it = subscribers.find(id);
    if (it == subscribers.end())
        return;
    for (auto channel = it->channels.cbegin(); channel != it->channels.cend(); ++channel) {
        auto index = subscribersByChannel.find(channel.key());
        if (index == subscribersByChannel.end())
            continue;
        index->remove(id);
        if (index->isEmpty())
            subscribersByChannel.erase(index);
    }
    http.setHeld(it->response->connectionKey(), false);
    subscribers.erase(it);
    ready.remove(id);
}

void PresenceServerPrivate::eventPublished(const PresenceEvent &event)
{
    const auto index = subscribersByChannel.constFind(event.channel);
    if (index == subscribersByChannel.constEnd())
        return;
    ready.unite(index.value());
    if (!flushScheduled) {
        // Events of one pass of the event loop go out together.
        flushScheduled = true;
        QTimer::singleShot(0, q, [this] { flushReady(); });
    }
}

void PresenceServerPrivate::flushReady()
{
    flushScheduled = false;
    const QSet<quint64> due = std::exchange(ready, {});
    for (const quint64 id : due) {
        const auto it = subscribers.constFind(id);
        if (it == subscribers.constEnd())
            continue;
        qint64 cursor = it->cursor;
        const QList<QByteArray> messages = pendingMessages(*it, &cursor);
        if (messages.isEmpty())
            continue;
        const HttpResponsePtr response = it->response;
        release(id);
        send(response, "/v2/subscribe", 200,
             Replies::subscribeEnvelope(cursor, options.region, messages), presenceContentType,
             "GET");
    }
}

void PresenceServerPrivate::expireLongPolls()
{
    QList<quint64> finished;
    QList<quint64> gone;
    for (auto it = subscribers.cbegin(); it != subscribers.cend(); ++it) {
        if (!it->response->isConnected())
            gone.append(it.key());
        else if (it->deadline.hasExpired())
            finished.append(it.key());
    }
    for (const quint64 id : std::as_const(gone))
        release(id);
    if (!gone.isEmpty())
        qCDebug(lcServer) << gone.size() << "clients closed their long polls.";
    for (const quint64 id : std::as_const(finished)) {
        const HttpResponsePtr response = subscribers.value(id).response;
        release(id);
        const qint64 cursor = engine.lastTimetoken();
        send(response, "/v2/subscribe", 200,
             Replies::subscribeEnvelope(cursor, options.region, {}), presenceContentType, "GET");
    }
}

PresenceServer::PresenceServer(const ServerOptions &options, QObject *parent)
    : QObject(parent), d(std::make_unique<PresenceServerPrivate>(this, options))
{
}

PresenceServer::~PresenceServer()
{
    stop();
}

const ServerOptions &PresenceServer::options() const
{
    return d->options;
}

bool PresenceServer::start(QString *error)
{
    if (d->running)
        return true;
    QString reason;
    if (!d->http.listen(d->options.bind, d->options.port, &reason)) {
        const QString message =
                tr("Cannot listen on %1 port %2: %3. Choose another address or port.")
                        .arg(d->options.bind.toString())
                        .arg(d->options.port)
                        .arg(reason);
        qCWarning(lcServer).noquote() << message;
        if (error)
            *error = message;
        return false;
    }
    d->running = true;

    if (d->options.simulate > 0 && !d->simulator) {
        if (d->options.seed == 0)
            d->options.seed = QRandomGenerator::global()->bounded(1u, 1000000u);
        d->simulator = std::make_unique<CrowdSimulator>(&d->engine, d->options.simulate,
                                                        d->options.seed);
        d->simulator->populate();
    }
    d->lastSimulationMs = d->engine.now();
    d->ticker.start();

    QStringList modes;
    if (d->options.legacyJson)
        modes.append(u"legacy JSON"_s);
    if (!d->options.cache)
        modes.append(u"no Here Now cache"_s);
    if (!d->options.authKey.isEmpty())
        modes.append(u"auth key required"_s);
    if (!d->options.secretKey.isEmpty())
        modes.append(u"signatures required"_s);
    qCInfo(lcServer).noquote().nospace()
            << "Presence server listening on " << origin().toString() << " for subscribe key "
            << d->options.subscribeKey
            << (modes.isEmpty() ? QString() : u" ("_s + modes.join(u", "_s) + u')') << '.';
    return true;
}

void PresenceServer::stop()
{
    if (!d->running)
        return;
    d->ticker.stop();
    const QList<quint64> held = d->subscribers.keys();
    for (const quint64 id : held)
        d->release(id);
    d->http.close();
    d->running = false;
    qCInfo(lcServer) << "Presence server stopped after" << d->requests << "requests.";
}

bool PresenceServer::isRunning() const
{
    return d->running;
}

quint16 PresenceServer::port() const
{
    return d->http.port();
}

QUrl PresenceServer::origin() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(d->options.bind.toString());
    url.setPort(port());
    return url;
}

PresenceEngine *PresenceServer::engine() const
{
    return &d->engine;
}

CrowdSimulator *PresenceServer::simulator() const
{
    return d->simulator.get();
}

int PresenceServer::heldLongPolls() const
{
    return int(d->subscribers.size());
}

int PresenceServer::connectionCount() const
{
    return d->http.connectionCount();
}

qint64 PresenceServer::requestCount() const
{
    return d->requests;
}

void PresenceServer::tick()
{
    const qint64 now = d->engine.now();
    if (d->simulator) {
        d->simulator->advance(now - d->lastSimulationMs);
        d->lastSimulationMs = now;
    }
    d->engine.processTimeouts();
    d->engine.processIntervals();
    d->expireLongPolls();
    for (auto it = d->cache.begin(); it != d->cache.end();) {
        if (it->expiresMs <= now)
            it = d->cache.erase(it);
        else
            ++it;
    }
}

} // namespace Presence
