// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "requestbuilder.h"

#include <QUrl>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

// Checks the two properties signing depends on: percent-encoding decodes back to the input,
// and QUrl keeps the encoded bytes of a built request unchanged.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    const QByteArray encoded = Presence::percentEncode(input);
    if (QByteArray::fromPercentEncoding(encoded) != input)
        std::abort();

    Presence::ClientConfig config;
    config.subscribeKey = u"sub-c-fuzz"_s;
    config.userId = QString::fromUtf8(input);
    config.secretKey = u"sec-c-fuzz"_s;
    Presence::RequestBuilder builder(config);
    builder.setFixedRequestId(u"fuzz"_s);
    builder.setFixedTimestamp(0);

    Presence::SetStateQuery query;
    query.channels = {QString::fromUtf8(input)};
    query.stateJson = input;
    const Presence::PresenceRequest request = builder.setState(query);
    if (request.url().toEncoded() != request.origin + request.pathAndQuery())
        std::abort();
    return 0;
}
