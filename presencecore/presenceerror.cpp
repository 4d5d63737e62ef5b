// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "presenceerror.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

namespace {

// Quotes each name and joins them for a sentence, for example `"a", "b"`.
QString quotedList(const QStringList &names)
{
    QStringList quoted;
    quoted.reserve(names.size());
    for (const QString &name : names)
        quoted.append(u'"' + name + u'"');
    return QLocale().createSeparatedList(quoted);
}

// The server's message as a sentence fragment, or a placeholder when it sent none. A final
// full stop is dropped because the fragment goes inside a sentence.
QString serverDetail(const QString &serverMessage)
{
    QString detail = serverMessage.trimmed();
    if (detail.endsWith(u'.'))
        detail.chop(1);
    if (detail.isEmpty())
        return PresenceError::tr("no details were given");
    return detail;
}

} // namespace

PresenceError::PresenceError(Kind kind, int httpStatus, const QString &serverMessage)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_serverMessage(serverMessage)
{
}

PresenceError PresenceError::invalidInput(const QString &message)
{
    return PresenceError(Kind::InvalidInput, 0, message);
}

void PresenceError::setDenied(const QStringList &channels, const QStringList &groups)
{
    m_deniedChannels = channels;
    m_deniedChannelGroups = groups;
}

bool PresenceError::isTransient() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
        return true;
    case Kind::ServerError:
        // A 5xx may pass on retry, but a stray 1xx or 3xx classified as a server error will not.
        return m_httpStatus == 0 || m_httpStatus >= 500;
    default:
        return false;
    }
}

QString PresenceError::message() const
{
    const QString detail = serverDetail(m_serverMessage);

    switch (m_kind) {
    case Kind::None:
        return tr("The request succeeded.");
    case Kind::InvalidInput:
        if (!m_serverMessage.isEmpty())
            return m_serverMessage;
        return tr("The input is invalid, so nothing was sent. Correct the input and try again.");
    case Kind::Network:
        return tr("The presence server could not be reached (%1). Check the origin and the "
                  "network connection.")
            .arg(detail);
    case Kind::Timeout:
        return tr("The presence server did not respond in time. Check the origin, or raise the "
                  "request timeout.");
    case Kind::AccessDenied:
        if (!m_deniedChannels.isEmpty() && !m_deniedChannelGroups.isEmpty()) {
            return tr("Access was denied to the channels %1 and the channel groups %2. Check that "
                      "the auth key grants access to them.")
                .arg(quotedList(m_deniedChannels), quotedList(m_deniedChannelGroups));
        }
        if (!m_deniedChannels.isEmpty()) {
            return tr("Access was denied to the channels %1. Check that the auth key grants "
                      "access to them.")
                .arg(quotedList(m_deniedChannels));
        }
        if (!m_deniedChannelGroups.isEmpty()) {
            return tr("Access was denied to the channel groups %1. Check that the auth key "
                      "grants access to them.")
                .arg(quotedList(m_deniedChannelGroups));
        }
        return tr("Access was denied (HTTP %1: %2). Check the auth key and the secret key.")
            .arg(m_httpStatus)
            .arg(detail);
    case Kind::InvalidRequest:
        if (m_serverMessage.contains(u"subscribe key"_s, Qt::CaseInsensitive)) {
            return tr("The server does not know the subscribe key (HTTP %1: %2). Check the "
                      "subscribe key of the keyset.")
                .arg(m_httpStatus)
                .arg(detail);
        }
        return tr("The server rejected the request as invalid (HTTP %1: %2). Check the channel "
                  "names, the state and the limits of the request.")
            .arg(m_httpStatus)
            .arg(detail);
    case Kind::FeatureNotEnabled:
        return tr("This feature is not enabled for the subscribe key (HTTP %1: %2). Enable it "
                  "for the key in the PubNub admin portal, or use another key.")
            .arg(m_httpStatus)
            .arg(detail);
    case Kind::UriTooLong:
        return tr("The request URL is too long for the server (HTTP %1). Ask for fewer channels "
                  "or send a smaller state.")
            .arg(m_httpStatus);
    case Kind::RateLimited:
        if (m_retryAfterSeconds >= 0) {
            return tr("The server limited the request rate (HTTP %1). Retry in %n second(s).",
                      nullptr, m_retryAfterSeconds)
                .arg(m_httpStatus);
        }
        return tr("The server limited the request rate (HTTP %1). Wait a few seconds and retry.")
            .arg(m_httpStatus);
    case Kind::ServerError:
        return tr("The presence server failed with HTTP status %1 (%2). Try again later.")
            .arg(m_httpStatus)
            .arg(detail);
    case Kind::MalformedResponse:
        return tr("The server response (HTTP %1) is not a valid presence response: %2. Check "
                  "that the origin points to a presence server.")
            .arg(m_httpStatus)
            .arg(detail);
    case Kind::ResponseTooLarge:
        return tr("The server response is larger than the allowed size, so it was not read. Ask "
                  "for fewer channels, or set a limit.");
    case Kind::NotFound:
        return tr("The server has no such endpoint (HTTP %1: %2). Check the origin and the "
                  "subscribe key.")
            .arg(m_httpStatus)
            .arg(detail);
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    }
    return tr("The request failed with HTTP status %1.").arg(m_httpStatus);
}

QString PresenceError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::InvalidInput:
        return u"invalid_input"_s;
    case Kind::Network:
        return u"network"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::AccessDenied:
        return u"access_denied"_s;
    case Kind::InvalidRequest:
        return u"invalid_request"_s;
    case Kind::FeatureNotEnabled:
        return u"feature_not_enabled"_s;
    case Kind::UriTooLong:
        return u"uri_too_long"_s;
    case Kind::RateLimited:
        return u"rate_limited"_s;
    case Kind::ServerError:
        return u"server_error"_s;
    case Kind::MalformedResponse:
        return u"malformed_response"_s;
    case Kind::ResponseTooLarge:
        return u"response_too_large"_s;
    case Kind::NotFound:
        return u"not_found"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    }
    return u"unknown"_s;
}

} // namespace Presence
