// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "occupantpanel.h"

#include "presenceservice.h"
#include "stateeditorwidget.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

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

    auto *whereNowLabel = new QLabel(tr("&Where Now: the user's channels"), this);
    m_channelList = new QListWidget(this);
    m_channelList->setAccessibleName(tr("Channels the selected user is in"));
    m_channelList->setMaximumHeight(m_channelList->fontMetrics().lineSpacing() * 6);
    whereNowLabel->setBuddy(m_channelList);
    connect(m_channelList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT channelActivated(item->text()); });

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
    m_channelList->clear();
    m_errorLabel->hide();
    if (m_whereNowRequest && m_service)
        m_service->cancel(m_whereNowRequest);
    m_whereNowRequest = 0;

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

void OccupantPanel::onWhereNowFinished(RequestId id, const WhereNowResult &result)
{
    if (id != m_whereNowRequest)
        return;
    m_whereNowRequest = 0;
    m_whereNow = result.channels;
    m_whereNow.sort();
    m_channelList->clear();
    m_channelList->addItems(m_whereNow);
    if (m_whereNow.isEmpty())
        m_channelList->addItem(tr("(in no channel now)"));
    Q_EMIT whereNowListed(m_userId, m_whereNow);
}

void OccupantPanel::onRequestFailed(RequestId id, const PresenceError &error)
{
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
