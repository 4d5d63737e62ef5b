// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "herenowcache_p.h"

#include <QCryptographicHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

namespace {

QStringList sortedUnique(QStringList names)
{
    names.sort();
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

} // namespace

QString HereNowCache::keyFor(const ClientConfig &config, const HereNowQuery &query)
{
    // Channel and group names cannot contain a comma or a control character (Validation
    // rejects them), so joining with those characters keeps different queries apart. The auth
    // key enters as a digest, because another key may be granted other channels.
    const QByteArray authDigest =
        QCryptographicHash::hash(config.authKey.toUtf8(), QCryptographicHash::Sha256).toHex();

    const QStringList parts = {
        QString::fromLatin1(config.encodedOrigin()),
        config.subscribeKey,
        config.userId,
        QString::fromLatin1(authDigest),
        sortedUnique(query.channels).join(u','),
        sortedUnique(query.channelGroups).join(u','),
        query.includeState ? u"state"_s : u"-"_s,
        query.includeUserIds ? u"uuids"_s : u"-"_s,
        QString::number(query.limit),
        QString::number(query.offset),
        query.allPages ? u"all"_s : u"-"_s,
    };
    return parts.join(QChar(0x1F));
}

std::optional<HereNowResult> HereNowCache::lookup(const QString &key) const
{
    if (!isEnabled())
        return std::nullopt;

    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend() || it->stored.elapsed() >= m_cacheTime.count())
        return std::nullopt;

    HereNowResult result = it->result;
    result.fromCache = true;
    return result;
}

void HereNowCache::insert(const QString &key, const HereNowQuery &query,
                          const HereNowResult &result)
{
    if (!isEnabled())
        return;
    dropExpired();

    Entry entry;
    entry.result = result;
    entry.result.fromCache = false;
    entry.stored.start();
    for (const QString &channel : query.channels)
        entry.channels.insert(channel);
    for (const HereNowChannel &channel : result.channels)
        entry.channels.insert(channel.name);
    entry.coversUnknownChannels = !query.channelGroups.isEmpty() || query.channels.isEmpty();
    m_entries.insert(key, entry);
}

int HereNowCache::invalidate(const QStringList &channels, const QStringList &groups)
{
    int dropped = 0;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        const bool affected = it->coversUnknownChannels || !groups.isEmpty()
            || std::any_of(channels.cbegin(), channels.cend(), [&it](const QString &channel) {
                   return it->channels.contains(channel);
               });
        if (affected) {
            it = m_entries.erase(it);
            ++dropped;
        } else {
            ++it;
        }
    }
    return dropped;
}

bool HereNowCache::isAffectedBy(const HereNowQuery &query, const QStringList &channels,
                                const QStringList &groups)
{
    if (!groups.isEmpty() || !query.channelGroups.isEmpty() || query.channels.isEmpty())
        return true;
    return std::any_of(channels.cbegin(), channels.cend(), [&query](const QString &channel) {
        return query.channels.contains(channel);
    });
}

void HereNowCache::dropExpired()
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->stored.elapsed() >= m_cacheTime.count())
            it = m_entries.erase(it);
        else
            ++it;
    }
}

} // namespace Presence
