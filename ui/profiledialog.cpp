// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "profiledialog.h"

#include "clientconfig.h"
#include "validation.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

QColor errorColour(const QPalette &palette)
{
    const bool darkBase = palette.color(QPalette::Window).lightness() < 128;
    return darkBase ? QColor(255, 140, 130) : QColor(170, 20, 20);
}

QLabel *makeErrorLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, errorColour(parent->palette()));
    label->setPalette(palette);
    label->hide();
    return label;
}

QLineEdit *makeSecretEdit(QWidget *parent, const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setEchoMode(QLineEdit::Password);
    // Password echo mode disables copying, and the hints ask input methods not to remember the text.
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return edit;
}

// Validation::checkConfig contains the subscribe key rules. The other fields of this
// configuration are valid, so any problem it reports is about the key.
QString checkSubscribeKey(const QString &key)
{
    Presence::ClientConfig config;
    config.subscribeKey = key;
    config.userId = u"profile-dialog"_s;
    return Presence::Validation::checkConfig(config);
}

// The publish key is optional, and it follows the character rules of the subscribe key.
QString checkPublishKey(const QString &key)
{
    for (const QChar c : key) {
        if (c.isSpace() || c == u'/' || c == u'\\' || c == u'?' || c == u'#' || c == u'%')
            return QCoreApplication::translate("ProfileDialog",
                                               "The publish key \"%1\" contains a space or one of / \\ ? # %. "
                                               "Copy the publish key again from the keyset.")
                .arg(key);
    }
    return {};
}

} // namespace

ProfileDialog::ProfileDialog(Presence::ProfileStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Connection Profiles"));
    buildLayout();
    // Wide enough that the inline error sentences wrap onto two lines at most.
    resize(680, 440);

    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (!name.isEmpty() && name != m_editedName)
            showProfile(name);
    });
    connect(m_addButton, &QPushButton::clicked, this, &ProfileDialog::startNewProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &ProfileDialog::deleteCurrent);
    connect(m_saveButton, &QPushButton::clicked, this, &ProfileDialog::saveCurrent);
    connect(m_connectButton, &QPushButton::clicked, this, &ProfileDialog::connectToCurrent);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_showSecrets, &QCheckBox::toggled, this, &ProfileDialog::setSecretsVisible);
    for (QLineEdit *edit : {m_nameEdit, m_originEdit, m_subscribeKeyEdit, m_publishKeyEdit, m_userIdEdit})
        connect(edit, &QLineEdit::textEdited, this, &ProfileDialog::validate);

    connect(m_store, &Presence::ProfileStore::keychainProbeFinished, this, &ProfileDialog::updateKeychainNote);
    connect(m_store, &Presence::ProfileStore::secretsLoaded, this,
            [this](const QString &name, const QString &secretKey, const QString &authKey, bool) {
                if (name != m_editedName || !m_secretsLoading)
                    return;
                m_secretsLoading = false;
                // Whatever the user typed meanwhile wins over the stored value.
                if (m_secretKeyEdit->text().isEmpty())
                    m_secretKeyEdit->setText(secretKey);
                if (m_authKeyEdit->text().isEmpty())
                    m_authKeyEdit->setText(authKey);
            });
    connect(m_store, &Presence::ProfileStore::secretsSaved, this,
            [this](const QString &name, bool stored, const QString &message) {
                if (name != m_editedName)
                    return;
                if (stored)
                    m_statusLabel->setText(tr("Saved the profile %1 and its secrets.").arg(name));
                else if (!message.isEmpty())
                    m_statusLabel->setText(message);
            });

    updateKeychainNote();
    const QString lastUsed = m_store->lastUsedProfile();
    reloadNames(lastUsed.isEmpty() ? m_store->names().value(0) : lastUsed);
    if (m_store->names().isEmpty())
        startNewProfile();
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::buildLayout()
{
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Saved profiles"));
    m_addButton = new QPushButton(tr("&New"), this);
    m_addButton->setAccessibleName(tr("New profile"));
    m_deleteButton = new QPushButton(tr("&Delete"), this);
    m_deleteButton->setAccessibleName(tr("Delete profile"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_deleteButton);
    auto *listLayout = new QVBoxLayout;
    auto *listLabel = new QLabel(tr("&Profiles:"), this);
    listLabel->setBuddy(m_list);
    listLayout->addWidget(listLabel);
    listLayout->addWidget(m_list, 1);
    listLayout->addLayout(listButtons);

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setAccessibleName(tr("Profile name"));
    m_nameError = makeErrorLabel(this, tr("Profile name error"));
    m_originEdit = new QLineEdit(this);
    m_originEdit->setAccessibleName(tr("Origin"));
    m_originEdit->setPlaceholderText(Presence::ClientConfig().origin);
    m_originEdit->setToolTip(tr("The server address with scheme, such as https://ps.pndsn.com or "
                                "http://127.0.0.1:8090. Empty means the PubNub default."));
    m_originError = makeErrorLabel(this, tr("Origin error"));
    m_subscribeKeyEdit = new QLineEdit(this);
    m_subscribeKeyEdit->setAccessibleName(tr("Subscribe key"));
    m_subscribeKeyError = makeErrorLabel(this, tr("Subscribe key error"));
    m_publishKeyEdit = new QLineEdit(this);
    m_publishKeyEdit->setAccessibleName(tr("Publish key"));
    m_publishKeyEdit->setToolTip(tr("Optional for presence calls."));
    m_publishKeyError = makeErrorLabel(this, tr("Publish key error"));
    m_secretKeyEdit = makeSecretEdit(this, tr("Secret key"));
    m_secretKeyEdit->setToolTip(tr("Optional: signs requests on keysets with Access Manager."));
    m_authKeyEdit = makeSecretEdit(this, tr("Auth key"));
    m_authKeyEdit->setToolTip(tr("Optional: an Access Manager auth key or token."));
    m_showSecrets = new QCheckBox(tr("S&how secrets"), this);
    m_showSecrets->setAccessibleName(tr("Show secrets"));
    m_userIdEdit = new QLineEdit(this);
    m_userIdEdit->setAccessibleName(tr("User id"));
    m_userIdEdit->setPlaceholderText(tr("Generated when empty"));
    m_userIdError = makeErrorLabel(this, tr("User id error"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("&Origin:"), m_originEdit);
    form->addRow(QString(), m_originError);
    form->addRow(tr("&Subscribe key:"), m_subscribeKeyEdit);
    form->addRow(QString(), m_subscribeKeyError);
    form->addRow(tr("P&ublish key:"), m_publishKeyEdit);
    form->addRow(QString(), m_publishKeyError);
    form->addRow(tr("Secr&et key:"), m_secretKeyEdit);
    form->addRow(tr("&Auth key:"), m_authKeyEdit);
    form->addRow(QString(), m_showSecrets);
    form->addRow(tr("&User id:"), m_userIdEdit);
    form->addRow(QString(), m_userIdError);

    m_keychainNote = new QLabel(this);
    m_keychainNote->setAccessibleName(tr("Keychain note"));
    m_keychainNote->setWordWrap(true);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setAccessibleName(tr("Profile status"));
    m_statusLabel->setWordWrap(true);

    auto *formLayout = new QVBoxLayout;
    formLayout->addLayout(form);
    formLayout->addWidget(m_keychainNote);
    formLayout->addWidget(m_statusLabel);
    formLayout->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(listLayout, 1);
    columns->addLayout(formLayout, 2);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_saveButton = m_buttons->addButton(tr("Sa&ve"), QDialogButtonBox::ApplyRole);
    m_saveButton->setAccessibleName(tr("Save profile"));
    m_connectButton = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setAccessibleName(tr("Save and connect"));
    m_connectButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    setTabOrder(m_list, m_addButton);
    setTabOrder(m_addButton, m_deleteButton);
    setTabOrder(m_deleteButton, m_nameEdit);
    setTabOrder(m_nameEdit, m_originEdit);
    setTabOrder(m_originEdit, m_subscribeKeyEdit);
    setTabOrder(m_subscribeKeyEdit, m_publishKeyEdit);
    setTabOrder(m_publishKeyEdit, m_secretKeyEdit);
    setTabOrder(m_secretKeyEdit, m_authKeyEdit);
    setTabOrder(m_authKeyEdit, m_showSecrets);
    setTabOrder(m_showSecrets, m_userIdEdit);
    setTabOrder(m_userIdEdit, m_buttons);
}

Presence::ConnectionProfile ProfileDialog::selectedProfile() const
{
    Presence::ConnectionProfile profile;
    profile.name = m_nameEdit->text().trimmed();
    profile.origin = m_originEdit->text().trimmed();
    profile.subscribeKey = m_subscribeKeyEdit->text().trimmed();
    profile.publishKey = m_publishKeyEdit->text().trimmed();
    profile.secretKey = m_secretKeyEdit->text().trimmed();
    profile.authKey = m_authKeyEdit->text().trimmed();
    profile.userId = m_userIdEdit->text().trimmed();
    return profile;
}

void ProfileDialog::selectProfile(const QString &name)
{
    reloadNames(name);
}

QString ProfileDialog::validate()
{
    const Presence::ConnectionProfile profile = selectedProfile();

    QString nameProblem = Presence::ProfileStore::checkProfileName(m_nameEdit->text());
    if (nameProblem.isEmpty() && profile.name != m_editedName && m_store->contains(profile.name))
        nameProblem = tr("A profile named %1 exists already. Choose another name.").arg(profile.name);
    const QString originProblem = profile.origin.isEmpty() ? QString() : Presence::Validation::checkOrigin(profile.origin);
    const QString subscribeProblem = checkSubscribeKey(profile.subscribeKey);
    const QString publishProblem = checkPublishKey(profile.publishKey);
    const QString userIdProblem = profile.userId.isEmpty() ? QString() : Presence::Validation::checkUserId(profile.userId);

    setFieldError(m_nameError, nameProblem);
    setFieldError(m_originError, originProblem);
    setFieldError(m_subscribeKeyError, subscribeProblem);
    setFieldError(m_publishKeyError, publishProblem);
    setFieldError(m_userIdError, userIdProblem);

    for (const QString &problem : {nameProblem, originProblem, subscribeProblem, publishProblem, userIdProblem}) {
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

void ProfileDialog::reloadNames(const QString &select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_list->addItems(m_store->names());
    const auto matches = m_list->findItems(select, Qt::MatchExactly);
    if (!matches.isEmpty()) {
        m_list->setCurrentItem(matches.first());
        if (select != m_editedName)
            showProfile(select);
    }
    m_deleteButton->setEnabled(!m_editedName.isEmpty());
}

void ProfileDialog::showProfile(const QString &name)
{
    const Presence::ConnectionProfile profile = m_store->profile(name);
    m_editedName = profile.name;
    m_nameEdit->setText(profile.name);
    m_originEdit->setText(profile.origin);
    m_subscribeKeyEdit->setText(profile.subscribeKey);
    m_publishKeyEdit->setText(profile.publishKey);
    m_secretKeyEdit->clear();
    m_authKeyEdit->clear();
    m_userIdEdit->setText(profile.userId);
    m_statusLabel->clear();
    m_deleteButton->setEnabled(!m_editedName.isEmpty());
    validate();

    m_secretsLoading = true;
    m_store->requestSecrets(name);
}

void ProfileDialog::startNewProfile()
{
    m_editedName.clear();
    m_secretsLoading = false;
    m_list->clearSelection();
    m_list->setCurrentItem(nullptr);
    for (QLineEdit *edit : {m_nameEdit, m_originEdit, m_subscribeKeyEdit, m_publishKeyEdit, m_secretKeyEdit,
                            m_authKeyEdit, m_userIdEdit})
        edit->clear();
    for (QLabel *label : {m_nameError, m_originError, m_subscribeKeyError, m_publishKeyError, m_userIdError})
        setFieldError(label, {});
    m_statusLabel->setText(tr("Enter the keys of the new profile, then save it."));
    m_deleteButton->setEnabled(false);
    m_nameEdit->setFocus();
}

bool ProfileDialog::saveCurrent()
{
    if (const QString problem = validate(); !problem.isEmpty()) {
        m_statusLabel->setText(tr("The profile was not saved. %1").arg(problem));
        return false;
    }

    const Presence::ConnectionProfile profile = selectedProfile();
    const QString previousName = m_editedName;
    m_editedName = profile.name;
    m_secretsLoading = false;
    if (!m_store->save(profile))
        return false;
    // A rename saves under the new name before it removes the old one, so the profile always exists.
    if (!previousName.isEmpty() && previousName != profile.name)
        m_store->remove(previousName);

    reloadNames(profile.name);
    m_userIdEdit->setText(m_store->profile(profile.name).userId);
    m_statusLabel->setText(tr("Saved the profile %1.").arg(profile.name));
    return true;
}

void ProfileDialog::deleteCurrent()
{
    if (m_editedName.isEmpty())
        return;

    const auto answer = QMessageBox::question(
        this, tr("Delete Profile"),
        tr("Delete the profile %1 and its stored secrets? This cannot be undone.").arg(m_editedName),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;

    const QString name = m_editedName;
    m_store->remove(name);
    m_editedName.clear();
    reloadNames(m_store->names().value(0));
    if (m_editedName.isEmpty())
        startNewProfile();
    m_statusLabel->setText(tr("Deleted the profile %1.").arg(name));
}

void ProfileDialog::connectToCurrent()
{
    if (!saveCurrent())
        return;

    const Presence::ConnectionProfile profile = selectedProfile();
    m_store->setLastUsedProfile(profile.name);
    Q_EMIT connectRequested(profile);
    accept();
}

void ProfileDialog::updateKeychainNote()
{
    switch (m_store->keychainState()) {
    case Presence::ProfileStore::KeychainState::Probing:
        m_keychainNote->setText(tr("Checking for a system keychain…"));
        break;
    case Presence::ProfileStore::KeychainState::Available:
        m_keychainNote->setText(tr("The secret key and auth key are stored in the system keychain, "
                                   "never in the settings file."));
        break;
    case Presence::ProfileStore::KeychainState::Unavailable:
        m_keychainNote->setText(tr("No system keychain is available, so secrets will not be saved; "
                                   "you will be asked for them when connecting."));
        break;
    }
}

void ProfileDialog::setFieldError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void ProfileDialog::setSecretsVisible(bool visible)
{
    const auto mode = visible ? QLineEdit::Normal : QLineEdit::Password;
    m_secretKeyEdit->setEchoMode(mode);
    m_authKeyEdit->setEchoMode(mode);
}

SecretPromptDialog::SecretPromptDialog(const QString &profileName, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Secrets of %1").arg(profileName));

    auto *intro = new QLabel(tr("The secrets of the profile %1 are not stored, because no system keychain is "
                                "available. Enter them for this connection; they will not be saved. "
                                "Leave a field empty if the keyset does not need it.")
                                 .arg(profileName),
                             this);
    intro->setWordWrap(true);
    m_secretKeyEdit = makeSecretEdit(this, tr("Secret key"));
    m_authKeyEdit = makeSecretEdit(this, tr("Auth key"));
    auto *show = new QCheckBox(tr("S&how secrets"), this);
    show->setAccessibleName(tr("Show secrets"));
    connect(show, &QCheckBox::toggled, this, [this](bool visible) {
        const auto mode = visible ? QLineEdit::Normal : QLineEdit::Password;
        m_secretKeyEdit->setEchoMode(mode);
        m_authKeyEdit->setEchoMode(mode);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Secr&et key:"), m_secretKeyEdit);
    form->addRow(tr("&Auth key:"), m_authKeyEdit);
    form->addRow(QString(), show);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    setTabOrder(m_secretKeyEdit, m_authKeyEdit);
    setTabOrder(m_authKeyEdit, show);
    setTabOrder(show, buttons);
}

SecretPromptDialog::~SecretPromptDialog() = default;

QString SecretPromptDialog::secretKey() const
{
    return m_secretKeyEdit->text().trimmed();
}

QString SecretPromptDialog::authKey() const
{
    return m_authKeyEdit->text().trimmed();
}
