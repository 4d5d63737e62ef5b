// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "responseparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    Presence::PresenceError error;
    (void)Presence::ResponseParser::parseAcknowledgement(body, &error);
    (void)Presence::ResponseParser::parseChannelGroups(body, &error);
    (void)Presence::ResponseParser::parseGroupChannels(body, &error);
    (void)error.message();
    return 0;
}
