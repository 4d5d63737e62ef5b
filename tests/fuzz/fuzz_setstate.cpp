// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "responseparser.h"

#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    Presence::PresenceError error;
    const Presence::SetStateResult result =
        Presence::ResponseParser::parseSetState(body, {u"lobby"_s, u"tables-1"_s}, &error);
    (void)result.state.toCompactJson();
    (void)result.state.toJsonValue();
    (void)error.message();
    return 0;
}
