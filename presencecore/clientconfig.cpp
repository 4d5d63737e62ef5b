// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clientconfig.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

QString ClientConfig::defaultPnsdk()
{
    return u"PresenceDashboard/"_s + QStringLiteral(PRESENCE_VERSION);
}

QByteArray ClientConfig::encodedOrigin() const
{
    QString text = origin.trimmed();
    // A bare host such as `ps.pndsn.com` is taken as HTTPS, the only scheme the service offers.
    if (!text.contains(u"://"_s))
        text.prepend(u"https://"_s);

    const QUrl parsed(text, QUrl::TolerantMode);
    if (!parsed.isValid() || parsed.host().isEmpty()) {
        QByteArray fallback = text.toUtf8();
        while (fallback.endsWith('/'))
            fallback.chop(1);
        return fallback;
    }

    QUrl normalised;
    normalised.setScheme(parsed.scheme().toLower());
    normalised.setHost(parsed.host().toLower());
    normalised.setPort(parsed.port());
    return normalised.toEncoded();
}

} // namespace Presence
