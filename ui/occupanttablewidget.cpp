// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "occupanttablewidget.h"

#include "occupantlistmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

namespace {

// Matches the filter text against the user id and the state text only, not the Where Now
// column, and without building the display strings of other columns.
class OccupantFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text)
    {
        m_text = text;
        m_textUtf8 = text.toUtf8();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_text.isEmpty())
            return true;
        const auto *model = static_cast<const OccupantListModel *>(sourceModel());
        Q_UNUSED(sourceParent);
        if (model->userIdAt(sourceRow).contains(m_text, Qt::CaseInsensitive))
            return true;
        return model->stateAt(sourceRow).contains(m_textUtf8);
    }

private:
    QString m_text;
    QByteArray m_textUtf8;
};

} // namespace

OccupantTableWidget::OccupantTableWidget(OccupantListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    auto *proxy = new OccupantFilterProxy(this);
    m_proxy = proxy;
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(OccupantListModel::SortRole);
    m_proxy->setSortLocaleAware(false);

    m_titleLabel = new QLabel(tr("Occupants: select a channel"), this);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setPlaceholderText(tr("Filter by user id or state"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter the occupants by user id or state text"));
    connect(m_filterEdit, &QLineEdit::textChanged, this,
            [proxy](const QString &text) { proxy->setText(text.trimmed()); });

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // server order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    // The state takes the spare width; the Where Now column keeps room for its header, which
    // is long in some languages.
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(OccupantListModel::StateColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(OccupantListModel::UserIdColumn, 160);
    m_view->setColumnWidth(
            OccupantListModel::ChannelsColumn,
            std::max(160, columns->sectionSizeHint(OccupantListModel::ChannelsColumn)));
    m_view->setAccessibleName(tr("Occupants of the selected channel"));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT currentUserChanged(current.data(OccupantListModel::UserIdRole).toString());
            });

    m_notListedLabel = new QLabel(this);
    m_loadAllButton = new QPushButton(tr("&Load all"), this);
    m_loadAllButton->setAccessibleName(tr("Load every occupant of the channel"));
    connect(m_loadAllButton, &QPushButton::clicked, this, &OccupantTableWidget::loadAllRequested);
    auto *notListedRow = new QHBoxLayout;
    notListedRow->addWidget(m_notListedLabel, 1);
    notListedRow->addWidget(m_loadAllButton);
    setNotListed(0);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setAccessibleName(tr("Occupant error"));
    m_errorLabel->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(m_titleLabel, 1);
    header->addWidget(m_filterEdit, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(notListedRow);
    setTabOrder(m_filterEdit, m_view);
    setTabOrder(m_view, m_loadAllButton);
}

void OccupantTableWidget::setChannel(const QString &channel, int occupancy)
{
    if (channel.isEmpty()) {
        m_titleLabel->setText(tr("Occupants: select a channel"));
        return;
    }
    if (occupancy < 0)
        m_titleLabel->setText(tr("Occupants of %1").arg(channel));
    else
        m_titleLabel->setText(tr("Occupants of %1 (%2)").arg(channel, QLocale().toString(occupancy)));
}

void OccupantTableWidget::setNotListed(int notListed)
{
    OccupantListing listing;
    listing.beyondCap = notListed;
    setListing(listing);
}

void OccupantTableWidget::setListing(const OccupantListing &listing)
{
    QStringList sentences;
    if (listing.lostWhilePaging > 0) {
        sentences.append(tr("Listed %1 of %2 occupants: the channel changed while its pages were "
                            "read, so %3 occupants were on no page. The next refresh reads the "
                            "list again.")
                                 .arg(QLocale().toString(listing.listed),
                                      QLocale().toString(listing.occupancy),
                                      QLocale().toString(listing.lostWhilePaging)));
    }
    if (listing.beyondCap > 0) {
        sentences.append(tr("%Ln more occupant(s) not listed, because the table stops at the "
                            "occupant limit of the settings.",
                            nullptr, listing.beyondCap));
    }
    m_notListedLabel->setText(sentences.join(u' '));
    m_notListedLabel->setVisible(!sentences.isEmpty());
    m_loadAllButton->setVisible(listing.beyondCap > 0);
}

QString OccupantTableWidget::listingText() const
{
    return m_notListedLabel->isHidden() ? QString() : m_notListedLabel->text();
}

void OccupantTableWidget::setError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

QString OccupantTableWidget::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

QString OccupantTableWidget::currentUserId() const
{
    return m_view->currentIndex().data(OccupantListModel::UserIdRole).toString();
}

void OccupantTableWidget::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

} // namespace Presence
