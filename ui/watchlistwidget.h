// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "presenceerror.h"
#include "presencetypes.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Presence {

class PresenceService;

/**
 * The watch list of channels and channel groups, with a filter. Its entry area takes one or
 * many names at once (separated by commas, spaces or line breaks) and validates each. A group
 * can be expanded into its channels through the channel group registry.
 */
class WatchListWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Channel, ChannelGroup };
    Q_ENUM(Kind)

    explicit WatchListWidget(PresenceService *service, QWidget *parent = nullptr);

    QStringList channels() const;
    QStringList groups() const;
    // Adds entries without validation messages (they are validated all the same).
    void addEntries(const QStringList &channels, const QStringList &groups);

    /**
     * Adds the names in `text` as channels or groups. When any name is invalid, nothing is
     * added, the text stays in the entry field and the message names each invalid entry.
     * Returns whether the names were added.
     */
    bool addFromText(const QString &text, Kind kind);
    void removeEntry(const QString &name, Kind kind);
    void expandGroup(const QString &group);

    QString entryText() const;
    void setEntryText(const QString &text);
    void setEntryKind(Kind kind);
    QString entryMessage() const;

    // Moves focus to the entry field (Ctrl+N) or the filter (Ctrl+F inside the list).
    void focusEntry();
    void focusFilter();

Q_SIGNALS:
    void watchListChanged(const QStringList &channels, const QStringList &groups);
    void channelActivated(const QString &channel);
    void groupMembersListed(const QString &group, const QStringList &channels);
    void groupRemoved(const QString &group);

private:
    QTreeWidgetItem *findEntry(const QString &name, Kind kind) const;
    void appendEntry(const QString &name, Kind kind);
    void applyFilter();
    void removeSelected();
    void expandSelected();
    void updateButtons();
    void onGroupChannelsListed(RequestId id, const ChannelGroupList &list);
    void onRequestFailed(RequestId id, const PresenceError &error);

    QPointer<PresenceService> m_service;
    QLineEdit *m_filterEdit = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPlainTextEdit *m_entryEdit = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_expandButton = nullptr;
    QLabel *m_messageLabel = nullptr;
    QHash<RequestId, QString> m_groupRequests;
};

} // namespace Presence
