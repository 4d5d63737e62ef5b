// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "responseparser.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    Presence::PresenceError error;
    const Presence::HereNowResult result =
        Presence::ResponseParser::parseHereNow(body, u"lobby"_s, &error);
    for (const Presence::HereNowChannel &channel : result.channels) {
        for (const Presence::HereNowUser &user : channel.occupants)
            (void)user.state.toCompactJson();
    }
    (void)result.channel(u"lobby"_s);
    (void)error.message();
    return 0;
}
