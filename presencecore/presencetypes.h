// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Presence {

using RequestId = quint64;

/**
 * A presence state as the server sent it: a JSON value (usually an object), no state at all
 * (null), or bytes that did not parse as JSON, which are kept rather than dropped.
 */
class StateValue
{
public:
    StateValue() = default;
    static StateValue fromJson(const QJsonValue &value);
    static StateValue fromRawBytes(const QByteArray &bytes);

    bool isNull() const { return !m_isRaw && (m_json.isNull() || m_json.isUndefined()); }
    bool isRaw() const { return m_isRaw; }
    QJsonValue json() const { return m_json; }
    QByteArray rawBytes() const { return m_raw; }

    // Compact JSON text; raw bytes come back as a JSON string so the output stays valid JSON.
    QByteArray toCompactJson() const;
    // The value for JSON output: null, the JSON value, or the raw bytes as a string.
    QJsonValue toJsonValue() const;

    friend bool operator==(const StateValue &a, const StateValue &b);
    friend bool operator!=(const StateValue &a, const StateValue &b) { return !(a == b); }

private:
    QJsonValue m_json = QJsonValue(QJsonValue::Null);
    QByteArray m_raw;
    bool m_isRaw = false;
};

struct HereNowUser
{
    QString user_id;
    StateValue state;
};

struct HereNowChannel
{
    QString name;
    int occupancy = 0;
    QList<HereNowUser> occupants;
};

/**
 * The result of a Here Now call. `fetchedAt` is when the server produced the data; a result
 * returned from the response cache keeps the original time, so `dataAgeMs()` returns its age.
 */
struct HereNowResult
{
    int total_channels = 0;
    int total_occupancy = 0;
    QList<HereNowChannel> channels;

    QDateTime fetchedAt;
    bool fromCache = false;

    qint64 dataAgeMs() const;
    const HereNowChannel *channel(const QString &name) const;
};

struct WhereNowResult
{
    QStringList channels;
};

struct SetStateResult
{
    QStringList channels;
    StateValue state;
};

struct GetStateInfo
{
    QString channel_name;
    StateValue state;
};

struct GetStateResult
{
    QString user_id;
    QList<GetStateInfo> state;
};

struct ChannelGroupList
{
    QString group;
    QStringList channels;
};

struct HereNowQuery
{
    QStringList channels;
    QStringList channelGroups;
    bool includeState = false;
    bool includeUserIds = true;
    // -1 leaves the parameter out; the server then applies its own default.
    int limit = -1;
    int offset = 0;
    // Follow limit/offset (1000 a page) until every occupant is listed, then merge the pages.
    bool allPages = false;
};

struct StateQuery
{
    QStringList channels;
    QStringList channelGroups;
    // Empty means the configured user id.
    QString userId;
};

struct SetStateQuery
{
    QStringList channels;
    QStringList channelGroups;
    QString userId;
    // The state as JSON text, sent as written after validation (it must be an object).
    QByteArray stateJson;
};

struct HeartbeatQuery
{
    QStringList channels;
    QStringList channelGroups;
    int presenceTimeoutSeconds = 300;
    QByteArray stateJson;
};

} // namespace Presence

Q_DECLARE_METATYPE(Presence::StateValue)
Q_DECLARE_METATYPE(Presence::HereNowResult)
Q_DECLARE_METATYPE(Presence::WhereNowResult)
Q_DECLARE_METATYPE(Presence::SetStateResult)
Q_DECLARE_METATYPE(Presence::GetStateResult)
Q_DECLARE_METATYPE(Presence::ChannelGroupList)
