// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "responseparser.h"

#include <cstddef>
#include <cstdint>
#include <iterator>

namespace {

const int Statuses[] = {200, 400, 401, 402, 403, 404, 414, 429, 500, 502, 503, 302, 204};
const char *const RetryAfterValues[] = {"", "7", "-3", "soon", "Fri, 04 Dec 2026 20:00:00 GMT"};

} // namespace

// The whole input is the body, so the fixtures stay valid seeds. Its first and last bytes
// choose the HTTP status and the Retry-After header.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const int httpStatus = size == 0 ? 200 : Statuses[data[0] % std::size(Statuses)];
    const QByteArray retryAfter =
        size == 0 ? QByteArray() : QByteArray(RetryAfterValues[data[size - 1] % std::size(RetryAfterValues)]);

    const Presence::PresenceError error =
        Presence::ResponseParser::errorFor(httpStatus, body, retryAfter);
    (void)error.message();
    (void)error.isTransient();
    (void)Presence::PresenceError::kindName(error.kind());
    return 0;
}
