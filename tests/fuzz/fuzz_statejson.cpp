// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validation.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));

    (void)Presence::Validation::checkStateJson(json);
    const QString text = QString::fromUtf8(json);
    (void)Presence::Validation::checkChannel(text);
    (void)Presence::Validation::checkChannelGroup(text);
    (void)Presence::Validation::checkUserId(text);
    (void)Presence::Validation::checkOrigin(text);
    (void)Presence::Validation::splitNames(text);
    return 0;
}
