// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "resultjson.h"

#include <algorithm>

namespace Presence::ResultJson {

namespace {

QByteArray stringList(const QStringList &values)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        out += quote(values.at(i));
    }
    return out + ']';
}

} // namespace

QByteArray quote(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

QByteArray hereNow(const HereNowResult &result)
{
    QList<const HereNowChannel *> channels;
    channels.reserve(result.channels.size());
    for (const HereNowChannel &channel : result.channels)
        channels.append(&channel);
    std::sort(channels.begin(), channels.end(),
              [](const HereNowChannel *a, const HereNowChannel *b) { return a->name < b->name; });

    QByteArray out = "{\"total_channels\":" + QByteArray::number(result.total_channels)
            + ",\"total_occupancy\":" + QByteArray::number(result.total_occupancy)
            + ",\"channels\":[";
    for (qsizetype i = 0; i < channels.size(); ++i) {
        const HereNowChannel &channel = *channels.at(i);
        if (i > 0)
            out += ',';
        out += "{\"name\":" + quote(channel.name)
                + ",\"occupancy\":" + QByteArray::number(channel.occupancy) + ",\"occupants\":[";
        for (qsizetype j = 0; j < channel.occupants.size(); ++j) {
            const HereNowUser &user = channel.occupants.at(j);
            if (j > 0)
                out += ',';
            out += "{\"user_id\":" + quote(user.user_id)
                    + ",\"state\":" + user.state.toCompactJson() + '}';
        }
        out += "]}";
    }
    return out + "]}";
}

QByteArray whereNow(const WhereNowResult &result)
{
    return "{\"channels\":" + stringList(result.channels) + '}';
}

QByteArray getState(const GetStateResult &result)
{
    QByteArray out = "{\"state\":[";
    for (qsizetype i = 0; i < result.state.size(); ++i) {
        const GetStateInfo &info = result.state.at(i);
        if (i > 0)
            out += ',';
        out += "{\"channel_name\":" + quote(info.channel_name)
                + ",\"state\":" + info.state.toCompactJson() + '}';
    }
    return out + "]}";
}

QByteArray setState(const SetStateResult &result)
{
    return "{\"channels\":" + stringList(result.channels)
            + ",\"state\":" + result.state.toCompactJson() + '}';
}

} // namespace Presence::ResultJson
