// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "presencetypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Presence {

StateValue StateValue::fromJson(const QJsonValue &value)
{
    StateValue state;
    state.m_json = value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
    return state;
}

StateValue StateValue::fromRawBytes(const QByteArray &bytes)
{
    StateValue state;
    state.m_raw = bytes;
    state.m_isRaw = true;
    return state;
}

QByteArray StateValue::toCompactJson() const
{
    const QJsonValue value = toJsonValue();
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);

    // QJsonDocument holds only objects and arrays, so a scalar is written inside a one-element
    // array and the brackets are cut off again.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QJsonValue StateValue::toJsonValue() const
{
    if (m_isRaw)
        return QJsonValue(QString::fromUtf8(m_raw));
    return m_json;
}

bool operator==(const StateValue &a, const StateValue &b)
{
    if (a.m_isRaw != b.m_isRaw)
        return false;
    if (a.m_isRaw)
        return a.m_raw == b.m_raw;
    return a.m_json == b.m_json;
}

qint64 HereNowResult::dataAgeMs() const
{
    if (!fetchedAt.isValid())
        return 0;
    return qMax<qint64>(0, fetchedAt.msecsTo(QDateTime::currentDateTimeUtc()));
}

const HereNowChannel *HereNowResult::channel(const QString &name) const
{
    for (const HereNowChannel &entry : channels) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

} // namespace Presence
