// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Presence {

/**
 * An error of a presence call: what kind of failure, the HTTP status (0 when no response
 * arrived), the server's own message, and for access errors the denied channels and groups.
 * `message()` is a translated sentence for people; the raw detail stays in the fields.
 */
class PresenceError
{
    Q_DECLARE_TR_FUNCTIONS(PresenceError)

public:
    enum class Kind {
        None,
        InvalidInput, // rejected before anything was sent
        Network,
        Timeout,
        AccessDenied,
        InvalidRequest,
        FeatureNotEnabled,
        UriTooLong,
        RateLimited,
        ServerError,
        MalformedResponse,
        ResponseTooLarge,
        NotFound,
        Cancelled,
    };

    PresenceError() = default;
    PresenceError(Kind kind, int httpStatus = 0, const QString &serverMessage = {});

    static PresenceError invalidInput(const QString &message);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; }
    QString serverMessage() const { return m_serverMessage; }
    QStringList deniedChannels() const { return m_deniedChannels; }
    QStringList deniedChannelGroups() const { return m_deniedChannelGroups; }
    // Seconds from the Retry-After header of a 429, or -1 when absent.
    int retryAfterSeconds() const { return m_retryAfterSeconds; }

    void setDenied(const QStringList &channels, const QStringList &groups);
    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }
    void setServerMessage(const QString &message) { m_serverMessage = message; }

    // Whether an automatic retry of a read may help: network failures, timeouts, 429 and 5xx.
    bool isTransient() const;

    // A translated, full sentence that names what failed and what to do next.
    QString message() const;
    // A stable lowercase name of the kind, for logs and JSON output.
    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_serverMessage;
    QStringList m_deniedChannels;
    QStringList m_deniedChannelGroups;
    int m_retryAfterSeconds = -1;
};

} // namespace Presence

Q_DECLARE_METATYPE(Presence::PresenceError)
