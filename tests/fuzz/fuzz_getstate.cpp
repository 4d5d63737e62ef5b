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

    // Both with and without the single-channel hint, since it selects the flat form.
    for (const QString &hint : {QString(), u"lobby"_s}) {
        Presence::PresenceError error;
        const Presence::GetStateResult result =
            Presence::ResponseParser::parseGetState(body, hint, &error);
        for (const Presence::GetStateInfo &info : result.state)
            (void)info.state.toCompactJson();
        (void)error.message();
    }
    return 0;
}
