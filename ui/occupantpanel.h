// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "presenceerror.h"
#include "presencetypes.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class StateEditorWidget;

namespace Presence {

class PresenceService;

// The selected occupant: its user id, the channels it is in (Where Now) and the state editor
// aimed at that user on the selected channel.
class OccupantPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OccupantPanel(PresenceService *service, QWidget *parent = nullptr);

    void setConfiguredUserId(const QString &userId);
    // Shows `userId` (empty for none) as an occupant of `channel` and looks up its channels.
    void setOccupant(const QString &userId, const QString &channel);
    QString userId() const { return m_userId; }
    QStringList whereNowChannels() const { return m_whereNow; }
    QString errorText() const;
    StateEditorWidget *stateEditor() const { return m_editor; }

Q_SIGNALS:
    void whereNowListed(const QString &userId, const QStringList &channels);
    void channelActivated(const QString &channel);

private:
    void onWhereNowFinished(RequestId id, const WhereNowResult &result);
    void onRequestFailed(RequestId id, const PresenceError &error);

    QPointer<PresenceService> m_service;
    QString m_userId;
    QString m_channel;
    QStringList m_whereNow;
    RequestId m_whereNowRequest = 0;
    QLabel *m_userLabel = nullptr;
    QListWidget *m_channelList = nullptr;
    QLabel *m_errorLabel = nullptr;
    StateEditorWidget *m_editor = nullptr;
};

} // namespace Presence
