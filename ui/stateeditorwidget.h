// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "linediff.h"
#include "presenceerror.h"
#include "presencetypes.h"

#include <QPointer>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace Presence {
class JsonHighlighter;
class PresenceService;
}

// Loads the presence state of a user on chosen channels and groups, edits it as JSON with live
// validation and a line diff against the value last loaded from the server, and sets it.
class StateEditorWidget : public QWidget
{
    Q_OBJECT

public:
    explicit StateEditorWidget(Presence::PresenceService *service, QWidget *parent = nullptr);
    ~StateEditorWidget() override;

    void setConfiguredUserId(const QString &userId);
    QString configuredUserId() const { return m_configuredUserId; }
    void setTarget(const QString &userId, const QStringList &channels, const QStringList &groups);
    // Channel names offered for completion in the channel field.
    void setKnownChannels(const QStringList &channels);

    // The user whose state is loaded and set: the field, or the configured user id when empty.
    QString targetUserId() const;
    QStringList channels() const;
    QStringList groups() const;

    QString draft() const;
    void setDraft(const QString &text);
    // The sentence shown under the editor, or empty while the draft is a valid state.
    QString validationMessage() const;
    // The failure of the last load or set, empty after a success.
    QString errorMessage() const;
    QString statusMessage() const;
    QList<Presence::DiffLine> difference() const { return m_difference; }
    bool hasServerValue() const { return m_hasServerValue; }
    bool isBusy() const;

public Q_SLOTS:
    void load();
    void set();
    void formatDraft();
    void compactDraft();

Q_SIGNALS:
    void stateLoaded(const QString &userId, const QStringList &channels);
    void stateSet(const QString &userId, const QStringList &channels);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void fillChannelMenu();
    void validateDraft();
    void updateDifference();
    void updateActions();
    void showError(const QString &message);
    void showStatus(const QString &message);
    void handleStateLoaded(Presence::RequestId id, const Presence::GetStateResult &result);
    void handleStateSet(Presence::RequestId id, const Presence::SetStateResult &result);
    void handleFailure(Presence::RequestId id, const Presence::PresenceError &error);
    bool confirmOtherUser(const QString &userId);

    QPointer<Presence::PresenceService> m_service;
    QString m_configuredUserId;

    QLineEdit *m_userIdEdit = nullptr;
    QLineEdit *m_channelsEdit = nullptr;
    QLineEdit *m_groupsEdit = nullptr;
    QCompleter *m_channelCompleter = nullptr;
    QToolButton *m_chooseChannelsButton = nullptr;
    QPushButton *m_loadButton = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    Presence::JsonHighlighter *m_highlighter = nullptr;
    QLabel *m_validationLabel = nullptr;
    QPushButton *m_formatButton = nullptr;
    QPushButton *m_compactButton = nullptr;
    QPushButton *m_setButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPlainTextEdit *m_diffView = nullptr;

    QString m_validationMessage;
    bool m_draftValid = false;
    bool m_hasServerValue = false;
    QString m_serverText;
    QList<Presence::DiffLine> m_difference;

    Presence::RequestId m_loadRequest = 0;
    Presence::RequestId m_setRequest = 0;
    QString m_pendingUserId;
    QStringList m_pendingChannels;
    QStringList m_pendingGroups;
    QString m_pendingState;
};
