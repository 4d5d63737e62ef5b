// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "clientconfig.h"
#include "presencetypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QString>

#include <chrono>
#include <optional>

namespace Presence {

/**
 * The Here Now response cache of `PresenceService`. Entries are keyed by the normalised query
 * (sorted unique channels and groups, flags, limit, offset, paging) together with the origin,
 * subscribe key, user id and a digest of the auth key, and they expire `cacheTime` after they
 * were stored.
 */
class HereNowCache
{
public:
    static QString keyFor(const ClientConfig &config, const HereNowQuery &query);

    void setCacheTime(std::chrono::milliseconds cacheTime) { m_cacheTime = cacheTime; }
    std::chrono::milliseconds cacheTime() const { return m_cacheTime; }
    bool isEnabled() const { return m_cacheTime.count() > 0; }

    // The stored result marked `fromCache`, with its original `fetchedAt`, or nothing when the
    // key is unknown or its entry has expired.
    std::optional<HereNowResult> lookup(const QString &key) const;
    void insert(const QString &key, const HereNowQuery &query, const HereNowResult &result);
    // Drops the entries a set-state on these channels and groups may have made stale, and
    // returns how many were dropped.
    int invalidate(const QStringList &channels, const QStringList &groups);
    void clear() { m_entries.clear(); }
    int size() const { return int(m_entries.size()); }

    // Whether a query's result may change when state is set on these channels and groups.
    static bool isAffectedBy(const HereNowQuery &query, const QStringList &channels,
                             const QStringList &groups);

private:
    struct Entry
    {
        HereNowResult result;
        QElapsedTimer stored;
        // The channels of the query and those the result lists.
        QSet<QString> channels;
        // Entries with groups or of a global Here Now may list any channel.
        bool coversUnknownChannels = false;
    };

    void dropExpired();

    QHash<QString, Entry> m_entries;
    std::chrono::milliseconds m_cacheTime = std::chrono::seconds(3);
};

} // namespace Presence
