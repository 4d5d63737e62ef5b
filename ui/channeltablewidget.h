// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Presence {

class ChannelListModel;

// The table of watched channels with a name filter, sorted numerically on the number columns
// and with a sparkline of the recent occupancy in the trend column.
class ChannelTableWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChannelTableWidget(ChannelListModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QString currentChannel() const;
    void selectChannel(const QString &channel);
    void focusFilter();

Q_SIGNALS:
    void currentChannelChanged(const QString &channel);

private:
    ChannelListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace Presence
