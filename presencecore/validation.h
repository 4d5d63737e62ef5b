// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "clientconfig.h"
#include "presencetypes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Presence {

/**
 * Input checks that run before anything is sent. Each check returns an empty string when the
 * value is valid, and otherwise a translated sentence that names the value and the rule.
 */
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    static constexpr int MaxNameLength = 92;
    static constexpr int MaxUrlBytes = 32 * 1024;
    static constexpr int MaxLimit = 1000;

    static QString checkChannel(const QString &name);
    static QString checkChannelGroup(const QString &name);
    static QString checkUserId(const QString &userId);
    // The state must be a JSON object.
    static QString checkStateJson(const QByteArray &json);
    static QString checkLimit(int limit);
    static QString checkOffset(int offset);
    static QString checkOrigin(const QString &origin);
    static QString checkConfig(const ClientConfig &config);

    // First error among the names, or empty.
    static QString checkChannels(const QStringList &names);
    static QString checkChannelGroups(const QStringList &names);

    // Whole-request checks; `requireTarget` demands at least one channel or group.
    static QString checkHereNow(const ClientConfig &config, const HereNowQuery &query);
    static QString checkState(const ClientConfig &config, const StateQuery &query);
    static QString checkSetState(const ClientConfig &config, const SetStateQuery &query);
    static QString checkHeartbeat(const ClientConfig &config, const HeartbeatQuery &query);

    // Split a pasted list on commas, spaces and line breaks, dropping empty entries.
    static QStringList splitNames(const QString &text);
};

} // namespace Presence
