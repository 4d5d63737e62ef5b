// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "presenceerror.h"
#include "presencetypes.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
class StateEditorWidget;

namespace Presence {

class PresenceService;

// The selected occupant: its user id, the channels it is in (Where Now) with its state on each
// (get-state for those channels), and the state editor aimed at that user on the selected
// channel.
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
    // The user's state on `channel` as compact JSON, as get-state returned it; empty while
    // unknown or when the user has none there.
    QByteArray stateOn(const QString &channel) const { return m_states.value(channel); }
    // Whether the states of every listed channel have arrived (or failed).
    bool statesLoaded() const { return m_stateRequests.isEmpty() && m_whereNowRequest == 0; }
    QTreeWidget *channelList() const { return m_channelList; }
    QString errorText() const;
    StateEditorWidget *stateEditor() const { return m_editor; }

Q_SIGNALS:
    void whereNowListed(const QString &userId, const QStringList &channels);
    void channelActivated(const QString &channel);

private:
    void onWhereNowFinished(RequestId id, const WhereNowResult &result);
    void onGetStateFinished(RequestId id, const GetStateResult &result);
    void onRequestFailed(RequestId id, const PresenceError &error);
    void requestStates();
    void cancelRequests();
    QTreeWidgetItem *itemOf(const QString &channel) const;

    QPointer<PresenceService> m_service;
    QString m_userId;
    QString m_channel;
    QStringList m_whereNow;
    QHash<QString, QByteArray> m_states;
    RequestId m_whereNowRequest = 0;
    QSet<RequestId> m_stateRequests;
    QLabel *m_userLabel = nullptr;
    QTreeWidget *m_channelList = nullptr;
    QLabel *m_errorLabel = nullptr;
    StateEditorWidget *m_editor = nullptr;
};

} // namespace Presence
