// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "watchlistwidget.h"

#include "dashboardicons.h"
#include "presenceservice.h"
#include "validation.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

namespace {

constexpr int KindRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;

} // namespace

WatchListWidget::WatchListWidget(PresenceService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    auto *title = new QLabel(tr("Watch list"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setPlaceholderText(tr("Filter"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter the watch list"));
    connect(m_filterEdit, &QLineEdit::textChanged, this, &WatchListWidget::applyFilter);

    m_tree = new QTreeWidget(this);
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setAccessibleName(tr("Watched channels and channel groups"));
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &WatchListWidget::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, KindRole).toInt() == int(Kind::Channel))
            Q_EMIT channelActivated(item->data(0, NameRole).toString());
    });
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, KindRole).toInt() == int(Kind::Channel))
            Q_EMIT channelActivated(item->data(0, NameRole).toString());
    });

    m_removeButton = new QPushButton(dashboardIcon(u"remove"_s, palette()), tr("&Remove"), this);
    m_removeButton->setAccessibleName(tr("Remove the selected entries from the watch list"));
    m_removeButton->setShortcut(QKeySequence::Delete);
    connect(m_removeButton, &QPushButton::clicked, this, &WatchListWidget::removeSelected);
    m_expandButton = new QPushButton(dashboardIcon(u"group"_s, palette()), tr("E&xpand group"),
                                     this);
    m_expandButton->setAccessibleName(tr("List the channels of the selected channel group"));
    connect(m_expandButton, &QPushButton::clicked, this, &WatchListWidget::expandSelected);

    m_entryEdit = new QPlainTextEdit(this);
    m_entryEdit->setPlaceholderText(tr("Channel names, separated by commas, spaces or lines"));
    m_entryEdit->setAccessibleName(tr("Names to add to the watch list"));
    m_entryEdit->setTabChangesFocus(true);
    m_entryEdit->setMaximumHeight(m_entryEdit->fontMetrics().lineSpacing() * 4);
    m_kindCombo = new QComboBox(this);
    m_kindCombo->addItem(tr("Channels"), int(Kind::Channel));
    m_kindCombo->addItem(tr("Channel groups"), int(Kind::ChannelGroup));
    m_kindCombo->setAccessibleName(tr("Kind of the names to add"));
    m_addButton = new QPushButton(dashboardIcon(u"add"_s, palette()), tr("&Add"), this);
    m_addButton->setAccessibleName(tr("Add the names to the watch list"));
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addFromText(m_entryEdit->toPlainText(), Kind(m_kindCombo->currentData().toInt()));
    });

    m_messageLabel = new QLabel(this);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setAccessibleName(tr("Watch list message"));
    m_messageLabel->hide();

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_removeButton);
    listButtons->addWidget(m_expandButton);
    auto *entryButtons = new QHBoxLayout;
    entryButtons->addWidget(m_kindCombo, 1);
    entryButtons->addWidget(m_addButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_tree, 1);
    layout->addLayout(listButtons);
    layout->addWidget(m_entryEdit);
    layout->addLayout(entryButtons);
    layout->addWidget(m_messageLabel);

    setTabOrder(m_filterEdit, m_tree);
    setTabOrder(m_tree, m_removeButton);
    setTabOrder(m_removeButton, m_expandButton);
    setTabOrder(m_expandButton, m_entryEdit);
    setTabOrder(m_entryEdit, m_kindCombo);
    setTabOrder(m_kindCombo, m_addButton);

    if (service) {
        connect(service, &PresenceService::groupChannelsListed, this,
                &WatchListWidget::onGroupChannelsListed);
        connect(service, &PresenceService::requestFailed, this,
                &WatchListWidget::onRequestFailed);
    }
    updateButtons();
}

QStringList WatchListWidget::channels() const
{
    QStringList names;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, KindRole).toInt() == int(Kind::Channel))
            names.append(item->data(0, NameRole).toString());
    }
    return names;
}

QStringList WatchListWidget::groups() const
{
    QStringList names;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, KindRole).toInt() == int(Kind::ChannelGroup))
            names.append(item->data(0, NameRole).toString());
    }
    return names;
}

void WatchListWidget::addEntries(const QStringList &channels, const QStringList &groups)
{
    bool changed = false;
    for (const QString &name : channels) {
        if (Validation::checkChannel(name).isEmpty() && !findEntry(name, Kind::Channel)) {
            appendEntry(name, Kind::Channel);
            changed = true;
        }
    }
    for (const QString &name : groups) {
        if (Validation::checkChannelGroup(name).isEmpty() && !findEntry(name, Kind::ChannelGroup)) {
            appendEntry(name, Kind::ChannelGroup);
            changed = true;
        }
    }
    if (changed)
        Q_EMIT watchListChanged(this->channels(), this->groups());
}

bool WatchListWidget::addFromText(const QString &text, Kind kind)
{
    const QStringList names = Validation::splitNames(text);
    if (names.isEmpty()) {
        m_messageLabel->setText(kind == Kind::Channel
                                        ? tr("Type one or more channel names to add.")
                                        : tr("Type one or more channel group names to add."));
        m_messageLabel->show();
        return false;
    }

    QStringList problems;
    for (const QString &name : names) {
        const QString problem = kind == Kind::Channel ? Validation::checkChannel(name)
                                                      : Validation::checkChannelGroup(name);
        if (!problem.isEmpty())
            problems.append(problem);
    }
    if (!problems.isEmpty()) {
        const QString intro = tr("Nothing was added, because %n entries are invalid. Correct "
                                 "them and add again:",
                                 nullptr, int(problems.size()));
        m_messageLabel->setText(intro + u"\n"_s + problems.join(u"\n"_s));
        m_messageLabel->show();
        m_entryEdit->setFocus();
        return false;
    }

    int added = 0;
    for (const QString &name : names) {
        if (findEntry(name, kind))
            continue;
        appendEntry(name, kind);
        ++added;
    }
    m_entryEdit->clear();
    if (added == 0) {
        m_messageLabel->setText(tr("Every name is already on the watch list."));
        m_messageLabel->show();
        return true;
    }
    m_messageLabel->clear();
    m_messageLabel->hide();
    Q_EMIT watchListChanged(channels(), groups());
    return true;
}

void WatchListWidget::removeEntry(const QString &name, Kind kind)
{
    QTreeWidgetItem *item = findEntry(name, kind);
    if (!item)
        return;
    delete item;
    if (kind == Kind::ChannelGroup)
        Q_EMIT groupRemoved(name);
    Q_EMIT watchListChanged(channels(), groups());
}

void WatchListWidget::expandGroup(const QString &group)
{
    if (!m_service || !findEntry(group, Kind::ChannelGroup))
        return;
    m_groupRequests.insert(m_service->listGroupChannels(group), group);
}

QString WatchListWidget::entryText() const
{
    return m_entryEdit->toPlainText();
}

void WatchListWidget::setEntryText(const QString &text)
{
    m_entryEdit->setPlainText(text);
}

void WatchListWidget::setEntryKind(Kind kind)
{
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(kind)));
}

QString WatchListWidget::entryMessage() const
{
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}

void WatchListWidget::focusEntry()
{
    m_entryEdit->setFocus(Qt::ShortcutFocusReason);
}

void WatchListWidget::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

QTreeWidgetItem *WatchListWidget::findEntry(const QString &name, Kind kind) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, KindRole).toInt() == int(kind)
            && item->data(0, NameRole).toString() == name)
            return item;
    }
    return nullptr;
}

void WatchListWidget::appendEntry(const QString &name, Kind kind)
{
    auto *item = new QTreeWidgetItem(m_tree);
    item->setData(0, KindRole, int(kind));
    item->setData(0, NameRole, name);
    if (kind == Kind::Channel) {
        item->setText(0, name);
        item->setIcon(0, dashboardIcon(u"channel"_s, palette()));
        item->setData(0, Qt::AccessibleTextRole, tr("Channel %1").arg(name));
    } else {
        item->setText(0, tr("%1 (group)").arg(name));
        item->setIcon(0, dashboardIcon(u"group"_s, palette()));
        item->setData(0, Qt::AccessibleTextRole, tr("Channel group %1").arg(name));
    }
    applyFilter();
}

void WatchListWidget::applyFilter()
{
    const QString filter = m_filterEdit->text().trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        bool visible = filter.isEmpty() || item->text(0).contains(filter, Qt::CaseInsensitive);
        for (int child = 0; child < item->childCount(); ++child) {
            const bool childVisible = filter.isEmpty()
                    || item->child(child)->text(0).contains(filter, Qt::CaseInsensitive);
            item->child(child)->setHidden(!childVisible && !visible);
            visible = visible || childVisible;
        }
        item->setHidden(!visible);
    }
}

void WatchListWidget::removeSelected()
{
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    bool changed = false;
    for (QTreeWidgetItem *item : selected) {
        if (item->parent())
            continue; // group members go with their group
        const Kind kind = Kind(item->data(0, KindRole).toInt());
        const QString name = item->data(0, NameRole).toString();
        delete item;
        if (kind == Kind::ChannelGroup)
            Q_EMIT groupRemoved(name);
        changed = true;
    }
    if (changed)
        Q_EMIT watchListChanged(channels(), groups());
}

void WatchListWidget::expandSelected()
{
    for (QTreeWidgetItem *item : m_tree->selectedItems()) {
        if (!item->parent() && item->data(0, KindRole).toInt() == int(Kind::ChannelGroup))
            expandGroup(item->data(0, NameRole).toString());
    }
}

void WatchListWidget::updateButtons()
{
    bool anyTopLevel = false;
    bool anyGroup = false;
    for (QTreeWidgetItem *item : m_tree->selectedItems()) {
        if (item->parent())
            continue;
        anyTopLevel = true;
        anyGroup = anyGroup || item->data(0, KindRole).toInt() == int(Kind::ChannelGroup);
    }
    m_removeButton->setEnabled(anyTopLevel);
    m_expandButton->setEnabled(anyGroup && m_service);
}

void WatchListWidget::onGroupChannelsListed(RequestId id, const ChannelGroupList &list)
{
    const QString group = m_groupRequests.take(id);
    if (group.isEmpty())
        return;
    QTreeWidgetItem *item = findEntry(group, Kind::ChannelGroup);
    if (!item)
        return;
    qDeleteAll(item->takeChildren());
    for (const QString &channel : list.channels) {
        auto *child = new QTreeWidgetItem(item);
        child->setText(0, channel);
        child->setIcon(0, dashboardIcon(u"channel"_s, palette()));
        child->setData(0, KindRole, int(Kind::Channel));
        child->setData(0, NameRole, channel);
        child->setData(0, Qt::AccessibleTextRole,
                       tr("Channel %1 in the group %2").arg(channel, group));
    }
    item->setExpanded(true);
    if (list.channels.isEmpty()) {
        m_messageLabel->setText(tr("The channel group %1 has no channels.").arg(group));
        m_messageLabel->show();
    }
    applyFilter();
    Q_EMIT groupMembersListed(group, list.channels);
}

void WatchListWidget::onRequestFailed(RequestId id, const PresenceError &error)
{
    const QString group = m_groupRequests.take(id);
    if (group.isEmpty() || error.kind() == PresenceError::Kind::Cancelled)
        return;
    m_messageLabel->setText(tr("The channels of the group %1 could not be listed. %2")
                                    .arg(group, error.message()));
    m_messageLabel->show();
}

} // namespace Presence
