// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "outputformat.h"

#include "cliconfig.h"
#include "csv/csvwriter.h"
#include "resultjson.h"

#include <QBuffer>
#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace Presence;

namespace {

// Columns padded to their widest cell, two spaces apart, for people reading a terminal.
QByteArray table(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &title : header)
        widths.append(title.size());
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size() && column < widths.size(); ++column)
            widths[column] = std::max(widths.at(column), row.at(column).size());
    }

    auto line = [&](const QStringList &cells) -> QByteArray {
        QString text;
        for (qsizetype column = 0; column < cells.size(); ++column) {
            const bool last = column == cells.size() - 1;
            text += last ? cells.at(column) : cells.at(column).leftJustified(widths.at(column));
            if (!last)
                text += u"  "_s;
        }
        return text.toUtf8() + '\n';
    };

    QByteArray out = line(header);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

QString stateText(const StateValue &state)
{
    return state.isNull() ? QString() : QString::fromUtf8(state.toCompactJson());
}

QList<const HereNowChannel *> sortedChannels(const HereNowResult &result)
{
    QList<const HereNowChannel *> channels;
    for (const HereNowChannel &channel : result.channels)
        channels.append(&channel);
    std::sort(channels.begin(), channels.end(),
        [](const HereNowChannel *a, const HereNowChannel *b) { return a->name < b->name; });
    return channels;
}

} // namespace

OutputFormat outputFormatFromName(const QString &name)
{
    if (name == "table"_L1)
        return OutputFormat::Table;
    if (name == "csv"_L1)
        return OutputFormat::Csv;
    return OutputFormat::Json;
}

QByteArray formatHereNow(const HereNowResult &result, OutputFormat format)
{
    if (format == OutputFormat::Json)
        return ResultJson::hereNow(result) + '\n';

    const QList<const HereNowChannel *> channels = sortedChannels(result);
    if (format == OutputFormat::Csv) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter csv(&buffer);
        csv.writeHeader({ u"channel"_s, u"occupancy"_s, u"user_id"_s, u"state"_s });
        for (const HereNowChannel *channel : channels) {
            // A channel listed without occupants still gets a row for its occupancy.
            const qsizetype rows = std::max<qsizetype>(1, channel->occupants.size());
            for (qsizetype i = 0; i < rows; ++i) {
                csv.addText(channel->name);
                csv.addNumber(channel->occupancy);
                if (i < channel->occupants.size()) {
                    const HereNowUser &user = channel->occupants.at(i);
                    csv.addText(user.user_id);
                    csv.addText(stateText(user.state));
                } else {
                    csv.addText(QString());
                    csv.addText(QString());
                }
                csv.endRow();
            }
        }
        csv.flush();
        return buffer.data();
    }

    QList<QStringList> rows;
    for (const HereNowChannel *channel : channels) {
        if (channel->occupants.isEmpty())
            rows.append(
                { channel->name, QString::number(channel->occupancy), QString(), QString() });
        for (const HereNowUser &user : channel->occupants)
            rows.append({ channel->name, QString::number(channel->occupancy), user.user_id,
                stateText(user.state) });
    }
    QByteArray out = table({ Presencectl::tr("CHANNEL"), Presencectl::tr("OCCUPANCY"),
                               Presencectl::tr("USER ID"), Presencectl::tr("STATE") },
        rows);
    out +=
        Presencectl::tr("%n channel(s), %1 occupant(s) in total.", nullptr, result.total_channels)
            .arg(result.total_occupancy)
            .toUtf8()
        + '\n';
    return out;
}

QByteArray formatWhereNow(const WhereNowResult &result, OutputFormat format)
{
    if (format == OutputFormat::Json)
        return ResultJson::whereNow(result) + '\n';

    QList<QStringList> rows;
    for (const QString &channel : result.channels)
        rows.append({ channel });
    return table({ Presencectl::tr("CHANNEL") }, rows);
}

QByteArray formatGetState(const GetStateResult &result, OutputFormat format)
{
    if (format == OutputFormat::Json)
        return ResultJson::getState(result) + '\n';

    QList<QStringList> rows;
    for (const GetStateInfo &info : result.state)
        rows.append({ info.channel_name, stateText(info.state) });
    return table({ Presencectl::tr("CHANNEL"), Presencectl::tr("STATE") }, rows);
}

QByteArray formatSetState(const SetStateResult &result, OutputFormat format)
{
    if (format == OutputFormat::Json)
        return ResultJson::setState(result) + '\n';

    QList<QStringList> rows;
    for (const QString &channel : result.channels)
        rows.append({ channel, stateText(result.state) });
    return table({ Presencectl::tr("CHANNEL"), Presencectl::tr("STATE") }, rows);
}
