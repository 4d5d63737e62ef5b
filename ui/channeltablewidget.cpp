// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "channeltablewidget.h"

#include "channellistmodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

namespace {

// Draws the trend role as a line in the text colour of the cell.
class SparklineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QList<int> samples = index.data(ChannelListModel::TrendRole).value<QList<int>>();
        if (samples.size() < 2)
            return;
        const auto [low, high] = std::minmax_element(samples.cbegin(), samples.cend());
        const double range = qMax(1, *high - *low);
        const QRectF area = QRectF(option.rect).adjusted(3, 3, -3, -3);
        const double step = area.width() / double(ChannelListModel::TrendLength - 1);
        const double startX = area.right() - step * double(samples.size() - 1);

        QPainterPath path;
        for (int i = 0; i < samples.size(); ++i) {
            const QPointF point(startX + step * i,
                                area.bottom() - (samples.at(i) - *low) / range * area.height());
            if (i == 0)
                path.moveTo(point);
            else
                path.lineTo(point);
        }
        const bool selected = option.state & QStyle::State_Selected;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(option.palette.color(selected ? QPalette::HighlightedText
                                                           : QPalette::Text),
                             1.2));
        painter->drawPath(path);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(qMax(size.width(), 90));
        return size;
    }
};

} // namespace

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
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(ChannelListModel::NameColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ChannelListModel::TrendColumn,
                                                     QHeaderView::Fixed);
    m_view->setColumnWidth(ChannelListModel::TrendColumn, 110);
    m_view->setItemDelegateForColumn(ChannelListModel::TrendColumn, new SparklineDelegate(m_view));
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
