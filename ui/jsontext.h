// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace Presence {

// Helpers for JSON typed by people. Formatting works on the text itself rather than through
// QJsonDocument, so key order and number spelling (large integers included) stay as written.
namespace JsonText {

struct ParseProblem
{
    bool valid = true;
    QString message; // QJsonParseError::errorString(), untranslated by Qt
    int position = 0; // index of the character where parsing stopped
    int line = 1; // 1-based
    int column = 1; // 1-based, in characters
};

// Parses the text as JSON and, on failure, locates the error from QJsonParseError::offset.
ParseProblem check(const QString &text);

// Whitespace outside strings removed. Only meaningful for valid JSON.
QString compact(const QString &text);
// One value per line, indented by four spaces per level. Only meaningful for valid JSON.
QString format(const QString &text);

} // namespace JsonText

} // namespace Presence
