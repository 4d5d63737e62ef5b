// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "occupantpanel.h"

#include "presenceservice.h"
#include "stateeditorwidget.h"

#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

OccupantPanel::OccupantPanel(PresenceService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    auto *title = new QLabel(tr("Occupant"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_userLabel = new QLabel(tr("Select an occupant to see its channels and state."), this);
    m_userLabel->setWordWrap(true);
    m_userLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_userLabel->setAccessibleName(tr("Selected occupant"));

    auto *whereNowLabel = new QLabel(tr("&Where Now: the user's channels and its state on each"), this);
    whereNowLabel->setWordWrap(true);
    m_channelList = new QTreeWidget(this);
    m_channelList->setAccessibleName(tr("Channels the selected user is in, with its state"));
    m_channelList->setColumnCount(2);
    m_channelList->setHeaderLabels({ tr("Channel"), tr("State") });
    m_channelList->setRootIsDecorated(false);
    m_channelList->setUniformRowHeights(true);
    m_channelList->setMaximumHeight(m_channelList->fontMetrics().lineSpacing() * 9);
    whereNowLabel->setBuddy(m_channelList);
    connect(m_channelList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString channel = item->data(0, Qt::UserRole).toString();
        if (!channel.isEmpty())
            Q_EMIT channelActivated(channel);
    });

    m_errorLabel = new QLabel(this);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setAccessibleName(tr("Where Now error"));
    m_errorLabel->hide();

    m_editor = new StateEditorWidget(service, this);
    m_editor->setAccessibleName(tr("Presence state editor"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_userLabel);
    layout->addWidget(whereNowLabel);
    layout->addWidget(m_channelList);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_editor, 1);

    if (service) {
        connect(service, &PresenceService::whereNowFinished, this,
                &OccupantPanel::onWhereNowFinished);
        connect(service, &PresenceService::getStateFinished, this,
                &OccupantPanel::onGetStateFinished);
        connect(service, &PresenceService::requestFailed, this, &OccupantPanel::onRequestFailed);
    }
}

void OccupantPanel::setConfiguredUserId(const QString &userId)
{
    m_editor->setConfiguredUserId(userId);
}

void OccupantPanel::setOccupant(const QString &userId, const QString &channel)
{
    if (userId == m_userId && channel == m_channel)
        return;
    m_userId = userId;
    m_channel = channel;
    m_whereNow.clear();
    m_states.clear();
    m_channelList->clear();
    m_errorLabel->hide();
    cancelRequests();

    if (userId.isEmpty()) {
        m_userLabel->setText(tr("Select an occupant to see its channels and state."));
        return;
    }
    m_userLabel->setText(tr("User id: %1").arg(userId));
    m_editor->setTarget(userId, channel.isEmpty() ? QStringList() : QStringList { channel }, {});
    if (m_service)
        m_whereNowRequest = m_service->whereNow(userId);
}

QString OccupantPanel::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void OccupantPanel::cancelRequests()
{
    const QSet<RequestId> requests = std::exchange(m_stateRequests, {});
    if (m_service) {
        if (m_whereNowRequest)
            m_service->cancel(m_whereNowRequest);
        for (RequestId id : requests)
            m_service->cancel(id);
    }
    m_whereNowRequest = 0;
}

QTreeWidgetItem *OccupantPanel::itemOf(const QString &channel) const
{
    for (int i = 0; i < m_channelList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_channelList->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == channel)
            return item;
    }
    return nullptr;
}

void OccupantPanel::onWhereNowFinished(RequestId id, const WhereNowResult &result)
{
    if (id != m_whereNowRequest)
        return;
    m_whereNowRequest = 0;
    m_whereNow = result.channels;
    m_whereNow.sort();
    m_channelList->clear();
    for (const QString &channel : std::as_const(m_whereNow)) {
        auto *item = new QTreeWidgetItem(m_channelList, { channel, tr("loading...") });
        item->setData(0, Qt::UserRole, channel);
        item->setToolTip(0, tr("Press Enter to show the occupants of %1.").arg(channel));
    }
    if (m_whereNow.isEmpty())
        new QTreeWidgetItem(m_channelList, { tr("(in no channel now)") });
    m_channelList->resizeColumnToContents(0);
    Q_EMIT whereNowListed(m_userId, m_whereNow);
    requestStates();
}

void OccupantPanel::requestStates()
{
    if (!m_service || m_whereNow.isEmpty())
        return;
    // Get-state names its channels in the URL path, so a user in very many channels is asked
    // about in batches that keep the URL short.
    constexpr int BatchSize = 50;
    for (qsizetype first = 0; first < m_whereNow.size(); first += BatchSize) {
        StateQuery query;
        query.channels = m_whereNow.mid(first, BatchSize);
        query.userId = m_userId;
        m_stateRequests.insert(m_service->getState(query));
    }
}

void OccupantPanel::onGetStateFinished(RequestId id, const GetStateResult &result)
{
    if (!m_stateRequests.remove(id))
        return;
    for (const GetStateInfo &info : result.state) {
        QTreeWidgetItem *item = itemOf(info.channel_name);
        if (!item)
            continue;
        const QByteArray json = info.state.isNull() ? QByteArray() : info.state.toCompactJson();
        m_states.insert(info.channel_name, json);
        const QString text = json.isEmpty() ? tr("(no state)") : QString::fromUtf8(json);
        item->setText(1, text);
        item->setToolTip(1, text);
    }
    // Channels the result left out carry no state for this user.
    if (m_stateRequests.isEmpty()) {
        for (const QString &channel : std::as_const(m_whereNow)) {
            QTreeWidgetItem *item = itemOf(channel);
            if (item && !m_states.contains(channel))
                item->setText(1, tr("(no state)"));
        }
    }
}

void OccupantPanel::onRequestFailed(RequestId id, const PresenceError &error)
{
    if (m_stateRequests.remove(id)) {
        if (error.kind() == PresenceError::Kind::Cancelled)
            return;
        for (int i = 0; i < m_channelList->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_channelList->topLevelItem(i);
            if (!m_states.contains(item->data(0, Qt::UserRole).toString()))
                item->setText(1, tr("(state not available)"));
        }
        m_errorLabel->setText(tr("The state of %1 on its channels could not be read. %2")
                                      .arg(m_userId, error.message()));
        m_errorLabel->show();
        return;
    }
    if (id != m_whereNowRequest)
        return;
    m_whereNowRequest = 0;
    if (error.kind() == PresenceError::Kind::Cancelled)
        return;
    m_errorLabel->setText(tr("The channels of %1 could not be listed. %2")
                                  .arg(m_userId, error.message()));
    m_errorLabel->show();
}

} // namespace Presence
