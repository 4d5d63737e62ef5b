// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jsontext.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Presence::JsonText {

namespace {

constexpr int IndentWidth = 4;

bool isJsonWhitespace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// Copies the string literal that starts at `i` (a quote) and returns the index after it.
qsizetype copyString(const QString &text, qsizetype i, QString &out)
{
    const qsizetype start = i;
    ++i;
    while (i < text.size() && text.at(i) != u'"')
        i += text.at(i) == u'\\' ? 2 : 1;
    i = std::min(i + 1, text.size());
    out += QStringView(text).mid(start, i - start);
    return i;
}

qsizetype skipWhitespace(const QString &text, qsizetype i)
{
    while (i < text.size() && isJsonWhitespace(text.at(i)))
        ++i;
    return i;
}

} // namespace

ParseProblem check(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    QJsonDocument::fromJson(utf8, &error);

    ParseProblem problem;
    if (error.error == QJsonParseError::NoError)
        return problem;

    // The offset counts UTF-8 bytes and points just past the character where parsing stopped.
    // The editor counts characters and marks that character itself.
    const QString parsed = QString::fromUtf8(utf8.left(std::clamp<qsizetype>(error.offset, 0, utf8.size())));
    const QString before = parsed.left(std::max<qsizetype>(0, parsed.size() - 1));
    problem.valid = false;
    problem.message = error.errorString();
    problem.position = int(before.size());
    problem.line = int(before.count(u'\n')) + 1;
    problem.column = int(before.size() - before.lastIndexOf(u'\n'));
    return problem;
}

QString compact(const QString &text)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'"') {
            i = copyString(text, i, out);
            continue;
        }
        if (!isJsonWhitespace(c))
            out += c;
        ++i;
    }
    return out;
}

QString format(const QString &text)
{
    QString out;
    out.reserve(text.size() * 2);
    int depth = 0;
    const auto newLine = [&out, &depth] {
        out += u'\n';
        out += QString(depth * IndentWidth, u' ');
    };

    qsizetype i = skipWhitespace(text, 0);
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'"') {
            i = copyString(text, i, out);
            continue;
        }
        if (c == u'{' || c == u'[') {
            out += c;
            const qsizetype next = skipWhitespace(text, i + 1);
            // Empty containers stay on one line: {} and [].
            if (next < text.size() && (text.at(next) == u'}' || text.at(next) == u']')) {
                out += text.at(next);
                i = next + 1;
                continue;
            }
            ++depth;
            newLine();
        } else if (c == u'}' || c == u']') {
            depth = std::max(0, depth - 1);
            newLine();
            out += c;
        } else if (c == u',') {
            out += c;
            newLine();
        } else if (c == u':') {
            out += ": "_L1;
        } else if (!isJsonWhitespace(c)) {
            out += c;
        }
        ++i;
    }
    return out;
}

} // namespace Presence::JsonText
