// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "profilestore.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Adds, edits and deletes connection profiles. Secrets go to the system keychain through the
// ProfileStore. Where there is none, the dialog explains that they will be requested on connecting.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(Presence::ProfileStore *store, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    // The profile as entered in the form, secrets included.
    Presence::ConnectionProfile selectedProfile() const;
    void selectProfile(const QString &name);
    // The first problem of the form, or empty when the profile can be saved.
    QString validate();

Q_SIGNALS:
    void connectRequested(const Presence::ConnectionProfile &profile);

private:
    void buildLayout();
    void reloadNames(const QString &select);
    void showProfile(const QString &name);
    void startNewProfile();
    bool saveCurrent();
    void deleteCurrent();
    void connectToCurrent();
    void updateKeychainNote();
    void setFieldError(QLabel *label, const QString &message);
    void setSecretsVisible(bool visible);

    Presence::ProfileStore *m_store = nullptr;
    QString m_editedName; // the stored profile being edited, empty for a new one
    bool m_secretsLoading = false;

    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_originEdit = nullptr;
    QLineEdit *m_subscribeKeyEdit = nullptr;
    QLineEdit *m_publishKeyEdit = nullptr;
    QLineEdit *m_secretKeyEdit = nullptr;
    QLineEdit *m_authKeyEdit = nullptr;
    QCheckBox *m_showSecrets = nullptr;
    QLineEdit *m_userIdEdit = nullptr;
    QLabel *m_nameError = nullptr;
    QLabel *m_originError = nullptr;
    QLabel *m_subscribeKeyError = nullptr;
    QLabel *m_publishKeyError = nullptr;
    QLabel *m_userIdError = nullptr;
    QLabel *m_keychainNote = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_connectButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// Asks for the secret key and auth key of a profile whose secrets are not stored.
class SecretPromptDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SecretPromptDialog(const QString &profileName, QWidget *parent = nullptr);
    ~SecretPromptDialog() override;

    QString secretKey() const;
    QString authKey() const;

private:
    QLineEdit *m_secretKeyEdit = nullptr;
    QLineEdit *m_authKeyEdit = nullptr;
};
