// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "refreshscheduler.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Presence {

class OccupantListModel;

// The occupants of the selected channel, with a filter on user id and state text. A notice
// appears when not every occupant is listed: with a "Load all" button when the occupant cap
// left some out, and as a plain statement when the list changed while it was paged.
class OccupantTableWidget : public QWidget
{
    Q_OBJECT

public:
    explicit OccupantTableWidget(OccupantListModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    void setChannel(const QString &channel, int occupancy);
    // Shows that `notListed` occupants are beyond the occupant cap.
    void setNotListed(int notListed);
    // Shows how completely the occupants were listed: those beyond the cap, with a "Load all"
    // button, and those lost because the list changed while it was paged.
    void setListing(const OccupantListing &listing);
    QString listingText() const;
    void setError(const QString &message);
    QString errorText() const;
    QString currentUserId() const;
    void focusFilter();

Q_SIGNALS:
    void currentUserChanged(const QString &userId);
    void loadAllRequested();

private:
    OccupantListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_notListedLabel = nullptr;
    QPushButton *m_loadAllButton = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace Presence
