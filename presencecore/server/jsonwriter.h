// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Presence {

/**
 * The two byte layouts of the presence service. `Compact` is the encoder in use since 2025: no
 * spaces, raw UTF-8. `Legacy` is the 2016-2024 encoder: `", "` and `": "` separators and every
 * non-ASCII UTF-16 unit escaped as `\uXXXX` with lower-case hex.
 */
enum class JsonProfile { Compact, Legacy };

/**
 * Writes JSON text with keys in exactly the order they are written, so that each reply can
 * follow a recorded layout byte for byte. Commas and separators are inserted automatically.
 * Generic values (a client's state) are written with their object keys in sorted order.
 */
class JsonWriter
{
public:
    explicit JsonWriter(JsonProfile profile)
        : m_profile(profile), m_escapeNonAscii(profile == JsonProfile::Legacy)
    {
    }

    // Escapes non-ASCII characters whatever the separators, because the legacy subscribe
    // envelope is compact but escaped.
    void setEscapeNonAscii(bool escape) { m_escapeNonAscii = escape; }

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();

    JsonWriter &key(const QString &name);
    JsonWriter &value(const QString &text);
    JsonWriter &value(const char *latin1Text) { return value(QString::fromLatin1(latin1Text)); }
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(bool flag);
    JsonWriter &value(const QJsonValue &json);
    JsonWriter &stringList(const QStringList &texts);
    // Inserts already serialised JSON text as one value.
    JsonWriter &rawValue(const QByteArray &json);

    // Shortcuts for `key(name).value(...)`.
    template<typename T>
    JsonWriter &field(const QString &name, const T &fieldValue)
    {
        key(name);
        return value(fieldValue);
    }

    QByteArray data() const { return m_out; }
    JsonProfile profile() const { return m_profile; }

    static QByteArray quoted(const QString &text, JsonProfile profile);
    static QByteArray serialize(const QJsonValue &json, JsonProfile profile);

private:
    void beforeValue();
    void writeGeneric(const QJsonValue &json);

    JsonProfile m_profile;
    bool m_escapeNonAscii = false;
    QByteArray m_out;
    // One entry per open object or array: whether it already has a member.
    QList<bool> m_hasMember;
    bool m_afterKey = false;
};

} // namespace Presence
