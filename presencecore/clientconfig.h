// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>

namespace Presence {

/**
 * The connection settings of a presence client. `origin` is a scheme and host with an
 * optional port (`https://ps.pndsn.com`, or `http://127.0.0.1:8090` for a local server).
 */
struct ClientConfig
{
    QString origin = QStringLiteral("https://ps.pndsn.com");
    QString subscribeKey;
    QString publishKey;
    QString secretKey;
    // A PAM v2 auth key or a PAM v3 token, sent as the `auth` parameter.
    QString authKey;
    // Required: the caller's identity and the default target of where-now and state calls.
    QString userId;
    std::chrono::milliseconds requestTimeout = std::chrono::seconds(10);
    QString pnsdk = defaultPnsdk();

    static QString defaultPnsdk();

    // The origin normalised to `scheme://host[:port]` with no trailing slash.
    QByteArray encodedOrigin() const;
};

} // namespace Presence
