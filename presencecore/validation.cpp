// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation.h"

#include "requestbuilder.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

namespace {

// A character for a message: printable ones as themselves, others as their code point.
QString describeCharacter(char32_t codePoint)
{
    const QString text = QString::fromUcs4(&codePoint, 1);
    const bool printable = QChar::isPrint(codePoint) && !QChar::isSpace(codePoint);
    if (printable)
        return u'"' + text + u'"';
    return u"U+"_s + QString::number(uint(codePoint), 16).rightJustified(4, u'0').toUpper();
}

bool isControl(char32_t codePoint)
{
    return QChar::category(codePoint) == QChar::Other_Control;
}

int characterCount(const QString &text)
{
    return int(text.toUcs4().size());
}

// Finds the first character that `isForbidden` rejects, or 0 when there is none.
template<typename Predicate>
char32_t firstForbidden(const QString &text, Predicate isForbidden)
{
    const QList<uint> codePoints = text.toUcs4();
    for (const uint codePoint : codePoints) {
        if (isForbidden(char32_t(codePoint)))
            return char32_t(codePoint);
    }
    return 0;
}

bool isForbiddenInChannel(char32_t codePoint)
{
    switch (codePoint) {
    case U',':
    case U':':
    case U'*':
    case U'/':
    case U'\\':
        return true;
    default:
        return QChar::isSpace(codePoint) || isControl(codePoint);
    }
}

// The 1-based line and column of a byte offset in UTF-8 text, counting characters.
QPair<int, int> lineAndColumn(const QByteArray &utf8, int offset)
{
    const QByteArray before = utf8.left(qBound(0, offset, int(utf8.size())));
    const int line = int(before.count('\n')) + 1;
    const QByteArray lastLine = before.mid(before.lastIndexOf('\n') + 1);
    const int column = characterCount(QString::fromUtf8(lastLine)) + 1;
    return {line, column};
}

QString checkUrlLength(const PresenceRequest &request, const QString &what)
{
    const qsizetype length = request.origin.size() + request.pathAndQuery().size();
    if (length < Validation::MaxUrlBytes)
        return {};
    return Validation::tr("The %1 request URL would be %2 bytes long, but the server accepts "
                          "less than %3 bytes. Use fewer channels or a smaller state.")
        .arg(what)
        .arg(length)
        .arg(Validation::MaxUrlBytes);
}

QString checkTargetGiven(const QStringList &channels, const QStringList &groups,
                         const QString &what)
{
    if (!channels.isEmpty() || !groups.isEmpty())
        return {};
    return Validation::tr("The %1 request names no channel and no channel group. Give at least "
                          "one channel or channel group.")
        .arg(what);
}

} // namespace

QString Validation::checkChannel(const QString &name)
{
    if (name.isEmpty())
        return tr("The channel name is empty. Enter a channel name.");

    const int length = characterCount(name);
    if (length > MaxNameLength) {
        return tr("The channel name \"%1\" is %2 characters long, but at most %3 are allowed. "
                  "Use a shorter name.")
            .arg(name)
            .arg(length)
            .arg(MaxNameLength);
    }

    const char32_t forbidden = firstForbidden(name, isForbiddenInChannel);
    if (forbidden != 0) {
        return tr("The channel name \"%1\" contains %2, which is not allowed in channel names "
                  "(no commas, colons, asterisks, slashes, backslashes, spaces or control "
                  "characters). Remove that character.")
            .arg(name, describeCharacter(forbidden));
    }
    return {};
}

QString Validation::checkChannelGroup(const QString &name)
{
    if (name.isEmpty())
        return tr("The channel group name is empty. Enter a channel group name.");

    const int length = characterCount(name);
    if (length > MaxNameLength) {
        return tr("The channel group name \"%1\" is %2 characters long, but at most %3 are "
                  "allowed. Use a shorter name.")
            .arg(name)
            .arg(length)
            .arg(MaxNameLength);
    }

    const char32_t forbidden = firstForbidden(name, [](char32_t codePoint) {
        return codePoint != U':' && isForbiddenInChannel(codePoint);
    });
    if (forbidden != 0) {
        return tr("The channel group name \"%1\" contains %2, which is not allowed in channel "
                  "group names (no commas, asterisks, slashes, backslashes, spaces or control "
                  "characters). Remove that character.")
            .arg(name, describeCharacter(forbidden));
    }

    // `:` separates a namespace from the group (`ns:group`), so it may appear once, inside.
    if (name.count(u':') > 1 || name.startsWith(u':') || name.endsWith(u':')) {
        return tr("The channel group name \"%1\" uses \":\" other than as one namespace separator "
                  "between two non-empty parts, as in \"ns:group\". Remove the extra colons.")
            .arg(name);
    }
    return {};
}

QString Validation::checkUserId(const QString &userId)
{
    if (userId.isEmpty())
        return tr("The user id is empty. Set a user id.");

    const int length = characterCount(userId);
    if (length > MaxNameLength) {
        return tr("The user id \"%1\" is %2 characters long, but at most %3 are allowed. Use a "
                  "shorter user id.")
            .arg(userId)
            .arg(length)
            .arg(MaxNameLength);
    }

    const char32_t forbidden = firstForbidden(userId, isControl);
    if (forbidden != 0) {
        return tr("The user id \"%1\" contains the control character %2. Remove it.")
            .arg(userId, describeCharacter(forbidden));
    }
    return {};
}

QString Validation::checkStateJson(const QByteArray &json)
{
    if (json.trimmed().isEmpty())
        return tr("The state is empty. Enter a JSON object, such as {} or {\"mood\": \"busy\"}.");

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject())
        return {};

    if (parseError.error == QJsonParseError::NoError) {
        return tr("The state %1 is a JSON array, but it must be a JSON object, such as "
                  "{\"mood\": \"busy\"}.")
            .arg(QString::fromUtf8(json.trimmed()));
    }

    // QJsonDocument rejects a bare scalar, so a value that parses inside brackets is valid JSON
    // of the wrong type rather than a syntax error.
    QJsonParseError scalarError;
    QJsonDocument::fromJson('[' + json + ']', &scalarError);
    if (scalarError.error == QJsonParseError::NoError) {
        return tr("The state %1 is a single JSON value, but it must be a JSON object, such as "
                  "{\"mood\": \"busy\"}.")
            .arg(QString::fromUtf8(json.trimmed()));
    }

    const auto [line, column] = lineAndColumn(json, parseError.offset);
    return tr("The state is not valid JSON: %1 at line %2, column %3. Correct the JSON text.")
        .arg(parseError.errorString())
        .arg(line)
        .arg(column);
}

QString Validation::checkLimit(int limit)
{
    // -1 is the "not set" value of HereNowQuery::limit.
    if (limit == -1 || (limit >= 0 && limit <= MaxLimit))
        return {};
    return tr("The limit %1 is outside the range 0 to %2. Choose a limit in that range.")
        .arg(limit)
        .arg(MaxLimit);
}

QString Validation::checkOffset(int offset)
{
    if (offset >= 0)
        return {};
    return tr("The offset %1 is negative. Use an offset of 0 or more.").arg(offset);
}

QString Validation::checkOrigin(const QString &origin)
{
    const QString trimmed = origin.trimmed();
    if (trimmed.isEmpty())
        return tr("The origin is empty. Enter an origin such as https://ps.pndsn.com.");

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        return tr("The origin \"%1\" is not a valid URL (%2). Enter an origin such as "
                  "https://ps.pndsn.com.")
            .arg(origin, url.errorString());
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != "http"_L1 && scheme != "https"_L1) {
        return tr("The origin \"%1\" does not start with http:// or https://. Enter an origin "
                  "such as https://ps.pndsn.com.")
            .arg(origin);
    }
    if (url.host().isEmpty()) {
        return tr("The origin \"%1\" has no host name. Enter an origin such as "
                  "https://ps.pndsn.com.")
            .arg(origin);
    }
    if (!url.userInfo().isEmpty()) {
        return tr("The origin \"%1\" contains a user name or password. Remove it, and give "
                  "credentials as keys instead.")
            .arg(origin);
    }
    if ((!url.path().isEmpty() && url.path() != "/"_L1) || url.hasQuery() || url.hasFragment()) {
        return tr("The origin \"%1\" contains a path, query or fragment. Give only the scheme, "
                  "host and port, such as http://127.0.0.1:8090.")
            .arg(origin);
    }
    return {};
}

QString Validation::checkConfig(const ClientConfig &config)
{
    QString problem = checkOrigin(config.origin);
    if (!problem.isEmpty())
        return problem;

    if (config.subscribeKey.isEmpty())
        return tr("The subscribe key is empty. Set the subscribe key of the keyset.");
    const auto isForbiddenInKey = [](char32_t codePoint) {
        return codePoint == U'/' || codePoint == U'\\' || codePoint == U'?' || codePoint == U'#'
            || codePoint == U'%' || QChar::isSpace(codePoint) || isControl(codePoint);
    };
    const char32_t forbidden = firstForbidden(config.subscribeKey, isForbiddenInKey);
    if (forbidden != 0 || config.subscribeKey == "."_L1 || config.subscribeKey == ".."_L1) {
        return tr("The subscribe key \"%1\" cannot be used as a URL path segment. Copy the "
                  "subscribe key again from the keyset.")
            .arg(config.subscribeKey);
    }

    return checkUserId(config.userId);
}

QString Validation::checkChannels(const QStringList &names)
{
    for (const QString &name : names) {
        const QString problem = checkChannel(name);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QString Validation::checkChannelGroups(const QStringList &names)
{
    for (const QString &name : names) {
        const QString problem = checkChannelGroup(name);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QString Validation::checkHereNow(const ClientConfig &config, const HereNowQuery &query)
{
    for (const QString &problem :
         {checkConfig(config), checkChannels(query.channels),
          checkChannelGroups(query.channelGroups), checkLimit(query.limit),
          checkOffset(query.offset)}) {
        if (!problem.isEmpty())
            return problem;
    }
    return checkUrlLength(RequestBuilder(config).hereNow(query), tr("Here Now"));
}

QString Validation::checkState(const ClientConfig &config, const StateQuery &query)
{
    for (const QString &problem :
         {checkConfig(config), checkTargetGiven(query.channels, query.channelGroups, tr("state")),
          checkChannels(query.channels), checkChannelGroups(query.channelGroups)}) {
        if (!problem.isEmpty())
            return problem;
    }
    if (!query.userId.isEmpty())
        return checkUserId(query.userId);
    return {};
}

QString Validation::checkSetState(const ClientConfig &config, const SetStateQuery &query)
{
    for (const QString &problem :
         {checkConfig(config),
          checkTargetGiven(query.channels, query.channelGroups, tr("set state")),
          checkChannels(query.channels), checkChannelGroups(query.channelGroups),
          query.userId.isEmpty() ? QString() : checkUserId(query.userId),
          checkStateJson(query.stateJson)}) {
        if (!problem.isEmpty())
            return problem;
    }
    return checkUrlLength(RequestBuilder(config).setState(query), tr("set state"));
}

QString Validation::checkHeartbeat(const ClientConfig &config, const HeartbeatQuery &query)
{
    for (const QString &problem :
         {checkConfig(config),
          checkTargetGiven(query.channels, query.channelGroups, tr("heartbeat")),
          checkChannels(query.channels), checkChannelGroups(query.channelGroups),
          query.stateJson.isEmpty() ? QString() : checkStateJson(query.stateJson)}) {
        if (!problem.isEmpty())
            return problem;
    }
    if (query.presenceTimeoutSeconds <= 0) {
        return tr("The presence timeout %1 is not a positive number of seconds. Use a timeout "
                  "such as 300.")
            .arg(query.presenceTimeoutSeconds);
    }
    return checkUrlLength(RequestBuilder(config).heartbeat(query), tr("heartbeat"));
}

QStringList Validation::splitNames(const QString &text)
{
    static const QRegularExpression separators(u"[,\\s]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace Presence
