// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jsonhighlighter.h"

#include <QGuiApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

namespace {

// A hue at a lightness that contrasts with the base colour: light text on dark bases, dark
// text on light ones.
QColor tokenColour(int hue, const QPalette &palette)
{
    const bool darkBase = palette.color(QPalette::Base).lightness() < 128;
    return QColor::fromHsl(hue, darkBase ? 150 : 200, darkBase ? 170 : 85);
}

bool isNumberCharacter(QChar c)
{
    return c.isDigit() || c == u'-' || c == u'+' || c == u'.' || c == u'e' || c == u'E';
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setPalette(QGuiApplication::palette());
}

void JsonHighlighter::setPalette(const QPalette &palette)
{
    m_keyFormat = {};
    m_keyFormat.setForeground(tokenColour(210, palette));
    m_keyFormat.setFontWeight(QFont::DemiBold);
    m_stringFormat = {};
    m_stringFormat.setForeground(tokenColour(120, palette));
    m_numberFormat = {};
    m_numberFormat.setForeground(tokenColour(30, palette));
    m_literalFormat = {};
    m_literalFormat.setForeground(tokenColour(290, palette));
    m_literalFormat.setFontWeight(QFont::DemiBold);
    rehighlight();
}

QTextCharFormat JsonHighlighter::tokenFormat(Token token) const
{
    switch (token) {
    case Token::Key:
        return m_keyFormat;
    case Token::String:
        return m_stringFormat;
    case Token::Number:
        return m_numberFormat;
    case Token::Literal:
        return m_literalFormat;
    }
    return {};
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    // JSON strings cannot span lines, so each line is scanned on its own.
    const qsizetype length = text.size();
    qsizetype i = 0;
    while (i < length) {
        const QChar c = text.at(i);
        if (c == u'"') {
            qsizetype end = i + 1;
            while (end < length && text.at(end) != u'"')
                end += text.at(end) == u'\\' ? 2 : 1;
            end = std::min(end + 1, length);

            qsizetype next = end;
            while (next < length && text.at(next).isSpace())
                ++next;
            const bool isKey = next < length && text.at(next) == u':';
            setFormat(int(i), int(end - i), isKey ? m_keyFormat : m_stringFormat);
            i = end;
        } else if (c.isDigit() || (c == u'-' && i + 1 < length && text.at(i + 1).isDigit())) {
            qsizetype end = i + 1;
            while (end < length && isNumberCharacter(text.at(end)))
                ++end;
            setFormat(int(i), int(end - i), m_numberFormat);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < length && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == QStringView(u"true") || word == QStringView(u"false") || word == QStringView(u"null"))
                setFormat(int(i), int(end - i), m_literalFormat);
            i = end;
        } else {
            ++i;
        }
    }
}

} // namespace Presence
