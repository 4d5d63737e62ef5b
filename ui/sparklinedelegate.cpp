// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sparklinedelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>

namespace Presence {

namespace {

constexpr int Margin = 3;
constexpr int PreferredWidth = 80;

} // namespace

SparklineDelegate::SparklineDelegate(int valuesRole, QObject *parent)
    : QStyledItemDelegate(parent), m_valuesRole(valuesRole)
{
}

SparklineDelegate::~SparklineDelegate() = default;

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    // The style draws the selection and focus background, without text or icon.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const QList<int> values = index.data(m_valuesRole).value<QList<int>>();
    const QRectF area = QRectF(option.rect).adjusted(Margin, Margin, -Margin, -Margin);
    if (values.isEmpty() || area.width() < 2 || area.height() < 2)
        return;

    const int maximum = std::max(1, *std::max_element(values.cbegin(), values.cend()));
    const qreal step = values.size() > 1 ? area.width() / qreal(values.size() - 1) : 0;
    QPolygonF line;
    line.reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        const qreal y = area.bottom() - area.height() * qreal(std::max(0, values.at(i))) / maximum;
        line.append(QPointF(area.left() + step * qreal(i), y));
    }
    if (values.size() == 1)
        line.append(QPointF(area.right(), line.constFirst().y()));

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = option.state.testFlag(QStyle::State_Enabled)
            ? QPalette::Normal
            : QPalette::Disabled;
    const QColor colour = option.palette.color(
            group, selected ? QPalette::HighlightedText : QPalette::Highlight);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colour, 1.5));
    painter->drawPolyline(line);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawEllipse(line.constLast(), 2.0, 2.0);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return QSize(std::max(base.width(), PreferredWidth), std::max(base.height(), 18));
}

} // namespace Presence
