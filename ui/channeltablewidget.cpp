// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "channeltablewidget.h"

#include "channellistmodel.h"
#include "sparklinedelegate.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

ChannelTableWidget::ChannelTableWidget(ChannelListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(ChannelListModel::SortRole);
    m_proxy->setFilterRole(ChannelListModel::ChannelNameRole);
    m_proxy->setFilterKeyColumn(ChannelListModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setPlaceholderText(tr("Filter channels"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter the channel table by name"));
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ChannelListModel::OccupancyColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several channels can be selected for the chart; the current one shows its occupants.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(ChannelListModel::NameColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ChannelListModel::TrendColumn,
                                                     QHeaderView::Fixed);
    m_view->setColumnWidth(ChannelListModel::TrendColumn, 110);
    m_view->setItemDelegateForColumn(ChannelListModel::TrendColumn, new SparklineDelegate(ChannelListModel::TrendRole, m_view));
    m_view->setAccessibleName(tr("Channels and their occupancy"));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT currentChannelChanged(
                        current.data(ChannelListModel::ChannelNameRole).toString());
            });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_view, 1);
    setTabOrder(m_filterEdit, m_view);
}

QString ChannelTableWidget::currentChannel() const
{
    return m_view->currentIndex().data(ChannelListModel::ChannelNameRole).toString();
}

void ChannelTableWidget::selectChannel(const QString &channel)
{
    const int sourceRow = m_model->rowOfChannel(channel);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ChannelTableWidget::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

} // namespace Presence
