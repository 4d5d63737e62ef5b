// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStyledItemDelegate>

namespace Presence {

// Paints a small line chart of the QList<int> that the model returns for `valuesRole`
// (oldest value first), scaled from zero to the largest value, with a dot on the latest value.
// Cells without values paint only their background.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SparklineDelegate(int valuesRole, QObject *parent = nullptr);
    ~SparklineDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    int valuesRole() const { return m_valuesRole; }

private:
    int m_valuesRole;
};

} // namespace Presence
