// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace Presence {

namespace {

const char hexDigits[] = "0123456789abcdef";

void appendUnicodeEscape(QByteArray &out, char16_t unit)
{
    out += "\\u";
    out += hexDigits[(unit >> 12) & 0xf];
    out += hexDigits[(unit >> 8) & 0xf];
    out += hexDigits[(unit >> 4) & 0xf];
    out += hexDigits[unit & 0xf];
}

QByteArray number(double value)
{
    // Integral values inside the exactly representable range print without a fraction, as
    // every JSON encoder of the service does.
    if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 9007199254740992.0)
        return QByteArray::number(qint64(value));
    if (!std::isfinite(value))
        return "null";
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

QByteArray JsonWriter::quoted(const QString &text, JsonProfile profile)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    const auto appendEscaped = [&out](char16_t unit) {
        switch (unit) {
        case u'"':
            out += "\\\"";
            return true;
        case u'\\':
            out += "\\\\";
            return true;
        case u'\b':
            out += "\\b";
            return true;
        case u'\f':
            out += "\\f";
            return true;
        case u'\n':
            out += "\\n";
            return true;
        case u'\r':
            out += "\\r";
            return true;
        case u'\t':
            out += "\\t";
            return true;
        default:
            if (unit < 0x20) {
                appendUnicodeEscape(out, unit);
                return true;
            }
            return false;
        }
    };

    if (profile == JsonProfile::Legacy) {
        // Every UTF-16 unit above ASCII is escaped, surrogate pairs as two escapes.
        for (const QChar character : text) {
            const char16_t unit = character.unicode();
            if (appendEscaped(unit))
                continue;
            if (unit >= 0x80)
                appendUnicodeEscape(out, unit);
            else
                out += char(unit);
        }
    } else {
        // UTF-8 bytes above ASCII never collide with the characters that need escaping.
        const QByteArray utf8 = text.toUtf8();
        for (const char byte : utf8) {
            if (!appendEscaped(char16_t(uchar(byte))))
                out += byte;
        }
    }
    out += '"';
    return out;
}

QByteArray JsonWriter::serialize(const QJsonValue &json, JsonProfile profile)
{
    JsonWriter writer(profile);
    writer.value(json);
    return writer.data();
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasMember.isEmpty()) {
        if (m_hasMember.last())
            m_out += m_profile == JsonProfile::Legacy ? ", " : ",";
        m_hasMember.last() = true;
    }
}

JsonWriter &JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_hasMember.append(false);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_hasMember.removeLast();
    m_out += '}';
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_hasMember.append(false);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_hasMember.removeLast();
    m_out += ']';
    return *this;
}

JsonWriter &JsonWriter::key(const QString &name)
{
    beforeValue();
    m_out += quoted(name, m_escapeNonAscii ? JsonProfile::Legacy : JsonProfile::Compact);
    m_out += m_profile == JsonProfile::Legacy ? ": " : ":";
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(const QString &text)
{
    beforeValue();
    m_out += quoted(text, m_escapeNonAscii ? JsonProfile::Legacy : JsonProfile::Compact);
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out += QByteArray::number(number);
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::value(const QJsonValue &json)
{
    writeGeneric(json);
    return *this;
}

JsonWriter &JsonWriter::stringList(const QStringList &texts)
{
    beginArray();
    for (const QString &text : texts)
        value(text);
    return endArray();
}

JsonWriter &JsonWriter::rawValue(const QByteArray &json)
{
    beforeValue();
    m_out += json;
    return *this;
}

void JsonWriter::writeGeneric(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        rawValue("null");
        break;
    case QJsonValue::Bool:
        value(json.toBool());
        break;
    case QJsonValue::Double:
        rawValue(number(json.toDouble()));
        break;
    case QJsonValue::String:
        value(json.toString());
        break;
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray array = json.toArray();
        for (const QJsonValue &element : array)
            writeGeneric(element);
        endArray();
        break;
    }
    case QJsonValue::Object: {
        // QJsonObject iterates its keys in sorted order.
        beginObject();
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            key(it.key());
            writeGeneric(it.value());
        }
        endObject();
        break;
    }
    }
}

} // namespace Presence
