// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "stateeditorwidget.h"

#include "jsonhighlighter.h"
#include "jsontext.h"
#include "presenceservice.h"
#include "validation.h"

#include <QCompleter>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStringListModel>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using Presence::DiffLine;

namespace {

Q_LOGGING_CATEGORY(lcStateEditor, "presence.ui.stateeditor", QtInfoMsg)

// The text the editor shows for a state from the server. A user without state gets an empty
// object, which is what setting "no state" means.
QString editableText(const Presence::StateValue &state)
{
    if (state.isRaw())
        return QString::fromUtf8(state.rawBytes());
    if (state.isNull())
        return u"{}"_s;
    return Presence::JsonText::format(QString::fromUtf8(state.toCompactJson()));
}

// The lines the diff compares. Valid JSON goes through QJsonDocument first, which sorts the keys,
// so that moving a key is not shown as a change.
QStringList comparableLines(const QString &text)
{
    if (!Presence::JsonText::check(text).valid)
        return text.split(u'\n');
    const QByteArray sorted = QJsonDocument::fromJson(text.toUtf8()).toJson(QJsonDocument::Compact);
    return Presence::JsonText::format(QString::fromUtf8(sorted)).split(u'\n');
}

QColor messageColour(const QPalette &palette)
{
    const bool darkBase = palette.color(QPalette::Window).lightness() < 128;
    return darkBase ? QColor(255, 140, 130) : QColor(170, 20, 20);
}

QTextEdit::ExtraSelection lineMark(const QTextBlock &block, const QColor &colour)
{
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(block);
    selection.format.setBackground(colour);
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    return selection;
}

} // namespace

StateEditorWidget::StateEditorWidget(Presence::PresenceService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    buildLayout();

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        validateDraft();
        updateDifference();
        updateActions();
    });
    connect(m_loadButton, &QPushButton::clicked, this, &StateEditorWidget::load);
    connect(m_formatButton, &QPushButton::clicked, this, &StateEditorWidget::formatDraft);
    connect(m_compactButton, &QPushButton::clicked, this, &StateEditorWidget::compactDraft);
    connect(m_setButton, &QPushButton::clicked, this, &StateEditorWidget::set);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &StateEditorWidget::set);
    }
    if (m_service) {
        connect(m_service, &Presence::PresenceService::getStateFinished, this, &StateEditorWidget::handleStateLoaded);
        connect(m_service, &Presence::PresenceService::setStateFinished, this, &StateEditorWidget::handleStateSet);
        connect(m_service, &Presence::PresenceService::requestFailed, this, &StateEditorWidget::handleFailure);
    }

    validateDraft();
    updateDifference();
    updateActions();
}

StateEditorWidget::~StateEditorWidget() = default;

void StateEditorWidget::buildLayout()
{
    m_userIdEdit = new QLineEdit(this);
    m_userIdEdit->setAccessibleName(tr("User id"));
    m_userIdEdit->setToolTip(tr("The user whose state is loaded and set. Leave it empty for your own user id."));
    m_channelsEdit = new QLineEdit(this);
    m_channelsEdit->setAccessibleName(tr("Channels"));
    m_channelsEdit->setPlaceholderText(tr("lobby, support"));
    m_channelsEdit->setToolTip(tr("Channel names, separated by commas or spaces."));
    m_channelCompleter = new QCompleter(new QStringListModel(this), this);
    m_channelCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_channelsEdit->setCompleter(m_channelCompleter);
    m_chooseChannelsButton = new QToolButton(this);
    m_chooseChannelsButton->setText(tr("C&hoose"));
    m_chooseChannelsButton->setAccessibleName(tr("Choose channels"));
    m_chooseChannelsButton->setToolTip(tr("Pick channels from the watch list."));
    m_chooseChannelsButton->setPopupMode(QToolButton::InstantPopup);
    m_chooseChannelsButton->setMenu(new QMenu(m_chooseChannelsButton));
    m_chooseChannelsButton->setEnabled(false);
    connect(m_chooseChannelsButton->menu(), &QMenu::aboutToShow, this, &StateEditorWidget::fillChannelMenu);
    m_groupsEdit = new QLineEdit(this);
    m_groupsEdit->setAccessibleName(tr("Channel groups"));
    m_groupsEdit->setToolTip(tr("Channel group names, separated by commas or spaces."));
    m_loadButton = new QPushButton(tr("&Load"), this);
    m_loadButton->setAccessibleName(tr("Load state"));
    m_loadButton->setToolTip(tr("Read the state of the user on these channels and groups from the server."));

    auto *form = new QFormLayout;
    form->addRow(tr("&User id:"), m_userIdEdit);
    auto *channelsRow = new QHBoxLayout;
    channelsRow->addWidget(m_channelsEdit, 1);
    channelsRow->addWidget(m_chooseChannelsButton);
    auto *channelsLabel = new QLabel(tr("Cha&nnels:"), this);
    channelsLabel->setBuddy(m_channelsEdit);
    form->addRow(channelsLabel, channelsRow);
    auto *groupsRow = new QHBoxLayout;
    groupsRow->addWidget(m_groupsEdit, 1);
    groupsRow->addWidget(m_loadButton);
    auto *groupsLabel = new QLabel(tr("Channel &groups:"), this);
    groupsLabel->setBuddy(m_groupsEdit);
    form->addRow(groupsLabel, groupsRow);

    m_editor = new QPlainTextEdit(this);
    m_editor->setAccessibleName(tr("State as JSON"));
    m_editor->setPlaceholderText(
            tr("Load the state, or type a JSON object such as {\"mood\": \"busy\"}; {} clears it."));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Tab moves the focus on, so keyboard users are not trapped in the editor.
    m_editor->setTabChangesFocus(true);
    m_highlighter = new Presence::JsonHighlighter(m_editor->document());
    m_highlighter->setPalette(palette());

    m_validationLabel = new QLabel(this);
    m_validationLabel->setAccessibleName(tr("JSON validation"));
    m_validationLabel->setWordWrap(true);
    m_validationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_formatButton = new QPushButton(tr("&Format"), this);
    m_formatButton->setAccessibleName(tr("Format JSON"));
    m_formatButton->setToolTip(tr("Indent the JSON, one value a line."));
    m_compactButton = new QPushButton(tr("&Compact"), this);
    m_compactButton->setAccessibleName(tr("Compact JSON"));
    m_compactButton->setToolTip(tr("Remove the spaces and line breaks between JSON values."));
    m_setButton = new QPushButton(tr("&Set"), this);
    m_setButton->setAccessibleName(tr("Set state"));
    m_setButton->setToolTip(tr("Replace the state of the user on these channels and groups (Ctrl+Return)."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_formatButton);
    buttons->addWidget(m_compactButton);
    buttons->addStretch(1);
    buttons->addWidget(m_setButton);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setAccessibleName(tr("State editor status"));
    m_statusLabel->setWordWrap(true);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setAccessibleName(tr("State editor error"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->hide();

    auto *editorPane = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_validationLabel);
    editorLayout->addLayout(buttons);
    editorLayout->addWidget(m_errorLabel);

    m_diffView = new QPlainTextEdit(this);
    m_diffView->setReadOnly(true);
    m_diffView->setAccessibleName(tr("Difference from the server value"));
    m_diffView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diffView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diffView->setTabChangesFocus(true);
    auto *diffPane = new QWidget(this);
    auto *diffLayout = new QVBoxLayout(diffPane);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    auto *diffTitle = new QLabel(tr("&Difference from the server value:"), diffPane);
    diffTitle->setBuddy(m_diffView);
    diffLayout->addWidget(diffTitle);
    diffLayout->addWidget(m_diffView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setAccessibleName(tr("State editor and difference"));
    splitter->addWidget(editorPane);
    splitter->addWidget(diffPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_statusLabel);
    layout->addWidget(splitter, 1);

    setTabOrder(m_userIdEdit, m_channelsEdit);
    setTabOrder(m_channelsEdit, m_chooseChannelsButton);
    setTabOrder(m_chooseChannelsButton, m_groupsEdit);
    setTabOrder(m_groupsEdit, m_loadButton);
    setTabOrder(m_loadButton, m_editor);
    setTabOrder(m_editor, m_formatButton);
    setTabOrder(m_formatButton, m_compactButton);
    setTabOrder(m_compactButton, m_setButton);
    setTabOrder(m_setButton, m_diffView);

    QPalette messagePalette = m_errorLabel->palette();
    messagePalette.setColor(QPalette::WindowText, messageColour(palette()));
    m_errorLabel->setPalette(messagePalette);
    m_validationLabel->setPalette(messagePalette);
}

void StateEditorWidget::setConfiguredUserId(const QString &userId)
{
    const bool fieldFollowed = m_userIdEdit->text().isEmpty() || m_userIdEdit->text() == m_configuredUserId;
    m_configuredUserId = userId;
    m_userIdEdit->setPlaceholderText(userId.isEmpty() ? QString() : tr("%1 (your user id)").arg(userId));
    if (fieldFollowed)
        m_userIdEdit->clear();
}

void StateEditorWidget::setTarget(const QString &userId, const QStringList &channels, const QStringList &groups)
{
    m_userIdEdit->setText(userId == m_configuredUserId ? QString() : userId);
    m_channelsEdit->setText(channels.join(u", "_s));
    m_groupsEdit->setText(groups.join(u", "_s));
}

void StateEditorWidget::setKnownChannels(const QStringList &channels)
{
    static_cast<QStringListModel *>(m_channelCompleter->model())->setStringList(channels);
    m_chooseChannelsButton->setEnabled(!channels.isEmpty());
}

void StateEditorWidget::fillChannelMenu()
{
    QMenu *menu = m_chooseChannelsButton->menu();
    menu->clear();
    const QStringList chosen = channels();
    const QStringList known = static_cast<QStringListModel *>(m_channelCompleter->model())->stringList();
    for (const QString &channel : known) {
        QAction *action = menu->addAction(channel);
        action->setCheckable(true);
        action->setChecked(chosen.contains(channel));
        connect(action, &QAction::toggled, this, [this, channel](bool checked) {
            QStringList names = channels();
            names.removeAll(channel);
            if (checked)
                names.append(channel);
            m_channelsEdit->setText(names.join(u", "_s));
        });
    }
}

QString StateEditorWidget::targetUserId() const
{
    const QString typed = m_userIdEdit->text().trimmed();
    return typed.isEmpty() ? m_configuredUserId : typed;
}

QStringList StateEditorWidget::channels() const
{
    return Presence::Validation::splitNames(m_channelsEdit->text());
}

QStringList StateEditorWidget::groups() const
{
    return Presence::Validation::splitNames(m_groupsEdit->text());
}

QString StateEditorWidget::draft() const
{
    return m_editor->toPlainText();
}

void StateEditorWidget::setDraft(const QString &text)
{
    m_editor->setPlainText(text);
}

QString StateEditorWidget::validationMessage() const
{
    return m_validationMessage;
}

QString StateEditorWidget::errorMessage() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

QString StateEditorWidget::statusMessage() const
{
    return m_statusLabel->text();
}

bool StateEditorWidget::isBusy() const
{
    return m_loadRequest != 0 || m_setRequest != 0;
}

void StateEditorWidget::load()
{
    if (!m_service || isBusy())
        return;

    Presence::StateQuery query;
    query.channels = channels();
    query.channelGroups = groups();
    query.userId = targetUserId();
    if (query.channels.isEmpty() && query.channelGroups.isEmpty()) {
        showError(tr("No channel or channel group is chosen. Enter at least one to load the state from."));
        return;
    }
    if (const QString problem = Presence::Validation::checkState(m_service->config(), query); !problem.isEmpty()) {
        showError(problem);
        return;
    }

    m_pendingUserId = query.userId;
    m_pendingChannels = query.channels;
    m_pendingGroups = query.channelGroups;
    m_loadRequest = m_service->getState(query);
    qCDebug(lcStateEditor) << "Loading state, request" << m_loadRequest;
    showStatus(tr("Loading the state of %1…").arg(query.userId));
    updateActions();
}

void StateEditorWidget::set()
{
    if (!m_service || isBusy())
        return;

    validateDraft();
    if (!m_draftValid) {
        showError(m_validationMessage);
        return;
    }

    Presence::SetStateQuery query;
    query.channels = channels();
    query.channelGroups = groups();
    query.userId = targetUserId();
    // Whitespace goes, but key order and number spelling stay exactly as written.
    query.stateJson = Presence::JsonText::compact(draft()).toUtf8();
    if (query.channels.isEmpty() && query.channelGroups.isEmpty()) {
        showError(tr("No channel or channel group is chosen. Enter at least one to set the state on."));
        return;
    }
    // This includes the size limit, so that an oversized state is never sent.
    if (const QString problem = Presence::Validation::checkSetState(m_service->config(), query); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    if (!confirmOtherUser(query.userId)) {
        showStatus(tr("The state was not set, because setting it for %1 was cancelled.").arg(query.userId));
        return;
    }

    m_pendingUserId = query.userId;
    m_pendingChannels = query.channels;
    m_pendingGroups = query.channelGroups;
    m_pendingState = QString::fromUtf8(query.stateJson);
    m_setRequest = m_service->setState(query);
    qCDebug(lcStateEditor) << "Setting state, request" << m_setRequest;
    showStatus(tr("Setting the state of %1…").arg(query.userId));
    updateActions();
}

void StateEditorWidget::formatDraft()
{
    if (!Presence::JsonText::check(draft()).valid)
        return;
    setDraft(Presence::JsonText::format(draft()));
}

void StateEditorWidget::compactDraft()
{
    if (!Presence::JsonText::check(draft()).valid)
        return;
    setDraft(Presence::JsonText::compact(draft()));
}

void StateEditorWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange || !m_highlighter)
        return;

    m_highlighter->setPalette(palette());
    QPalette messagePalette = m_errorLabel->palette();
    messagePalette.setColor(QPalette::WindowText, messageColour(palette()));
    m_errorLabel->setPalette(messagePalette);
    m_validationLabel->setPalette(messagePalette);
    validateDraft();
    updateDifference();
}

void StateEditorWidget::validateDraft()
{
    const QString text = draft();
    QList<QTextEdit::ExtraSelection> marks;
    m_draftValid = false;

    if (text.trimmed().isEmpty()) {
        // Nothing typed yet is not a mistake: the placeholder shows an example, and Set stays
        // disabled until the draft is a JSON object.
        m_validationMessage.clear();
    } else if (const auto problem = Presence::JsonText::check(text); !problem.valid) {
        m_validationMessage = tr("Line %1, column %2: the JSON is invalid (%3). Correct it at the marked place.")
                                  .arg(problem.line)
                                  .arg(problem.column)
                                  .arg(problem.message);

        const QTextBlock block = m_editor->document()->findBlockByNumber(problem.line - 1);
        QColor lineColour = messageColour(palette());
        lineColour.setAlpha(40);
        marks.append(lineMark(block, lineColour));

        // Clamped to the last character in case the parser reports the end of the text.
        QTextEdit::ExtraSelection at;
        at.cursor = QTextCursor(m_editor->document());
        const int position = std::min(problem.position, int(text.size()) - 1);
        at.cursor.setPosition(std::max(0, position));
        at.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        at.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        at.format.setUnderlineColor(messageColour(palette()));
        at.format.setBackground(lineColour.darker(110));
        marks.append(at);
    } else if (const QString rule = Presence::Validation::checkStateJson(text.toUtf8()); !rule.isEmpty()) {
        m_validationMessage = rule;
    } else {
        m_validationMessage.clear();
        m_draftValid = true;
    }

    m_editor->setExtraSelections(marks);
    m_validationLabel->setText(m_validationMessage);
    m_validationLabel->setVisible(!m_validationMessage.isEmpty());
}

void StateEditorWidget::updateDifference()
{
    if (!m_hasServerValue) {
        m_difference.clear();
        m_diffView->setExtraSelections({});
        m_diffView->setPlainText({});
        m_diffView->setPlaceholderText(tr("Load the state to compare the draft with the value on the server."));
        return;
    }

    m_difference = Presence::diffLines(comparableLines(m_serverText), comparableLines(draft()));

    QStringList lines;
    lines.reserve(m_difference.size());
    bool changed = false;
    for (const DiffLine &line : std::as_const(m_difference)) {
        switch (line.change) {
        case DiffLine::Change::Unchanged:
            lines.append(u"  "_s + line.text);
            break;
        case DiffLine::Change::Removed:
            lines.append(u"- "_s + line.text);
            changed = true;
            break;
        case DiffLine::Change::Added:
            lines.append(u"+ "_s + line.text);
            changed = true;
            break;
        }
    }
    m_diffView->setPlainText(lines.join(u'\n'));
    m_diffView->setPlaceholderText({});

    // Translucent colours blend with the base colour, so they work on dark and light themes.
    const QColor added(46, 160, 67, 70);
    const QColor removed(248, 81, 73, 70);
    QList<QTextEdit::ExtraSelection> marks;
    QTextBlock block = m_diffView->document()->firstBlock();
    for (const DiffLine &line : std::as_const(m_difference)) {
        if (line.change == DiffLine::Change::Added)
            marks.append(lineMark(block, added));
        else if (line.change == DiffLine::Change::Removed)
            marks.append(lineMark(block, removed));
        block = block.next();
    }
    m_diffView->setExtraSelections(marks);
    m_diffView->setAccessibleDescription(changed ? tr("The draft differs from the server value.")
                                                 : tr("The draft equals the server value."));
}

void StateEditorWidget::updateActions()
{
    const bool idle = m_service && !isBusy();
    m_loadButton->setEnabled(idle);
    m_setButton->setEnabled(idle && m_draftValid);
    const bool parses = Presence::JsonText::check(draft()).valid;
    m_formatButton->setEnabled(parses);
    m_compactButton->setEnabled(parses);
}

void StateEditorWidget::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void StateEditorWidget::showStatus(const QString &message)
{
    m_statusLabel->setText(message);
    showError({});
}

void StateEditorWidget::handleStateLoaded(Presence::RequestId id, const Presence::GetStateResult &result)
{
    if (id != m_loadRequest)
        return;
    m_loadRequest = 0;

    // Several channels can hold different states. The editor shows the first chosen channel that
    // has one, and the status line reports when the others differ.
    const Presence::GetStateInfo *shown = nullptr;
    for (const QString &channel : std::as_const(m_pendingChannels)) {
        for (const auto &info : result.state) {
            if (info.channel_name == channel && !info.state.isNull() && !shown)
                shown = &info;
        }
    }
    for (const auto &info : result.state) {
        if (!shown && !info.state.isNull())
            shown = &info;
    }
    bool allEqual = true;
    for (const auto &info : result.state) {
        if (shown && info.state != shown->state)
            allEqual = false;
    }

    m_serverText = shown ? editableText(shown->state) : u"{}"_s;
    m_hasServerValue = true;
    setDraft(m_serverText);

    const QString userId = result.user_id.isEmpty() ? m_pendingUserId : result.user_id;
    if (allEqual || !shown)
        showStatus(tr("Loaded the state of %1 on %n channel(s).", nullptr, int(result.state.size())).arg(userId));
    else
        showStatus(tr("The state of %1 differs between channels. The editor shows the state on %2.")
                       .arg(userId, shown->channel_name));
    updateActions();
    Q_EMIT stateLoaded(userId, m_pendingChannels);
}

void StateEditorWidget::handleStateSet(Presence::RequestId id, const Presence::SetStateResult &result)
{
    if (id != m_setRequest)
        return;
    m_setRequest = 0;

    // The server echoes the stored state. Without an echo, the sent state is what it stored.
    m_serverText = result.state.isNull() ? Presence::JsonText::format(m_pendingState) : editableText(result.state);
    m_hasServerValue = true;
    updateDifference();

    const QStringList affected = m_pendingChannels + m_pendingGroups;
    showStatus(tr("Set the state of %1 on %2.").arg(m_pendingUserId, affected.join(u", "_s)));
    updateActions();
    Q_EMIT stateSet(m_pendingUserId, m_pendingChannels);
}

void StateEditorWidget::handleFailure(Presence::RequestId id, const Presence::PresenceError &error)
{
    if (id == 0 || (id != m_loadRequest && id != m_setRequest))
        return;

    const bool wasSet = id == m_setRequest;
    if (wasSet)
        m_setRequest = 0;
    else
        m_loadRequest = 0;

    QStringList sentences;
    sentences.append(wasSet ? tr("The state of %1 was not set, and your draft is kept.").arg(m_pendingUserId)
                            : tr("The state of %1 could not be loaded.").arg(m_pendingUserId));
    sentences.append(error.message());
    if (!error.deniedChannels().isEmpty())
        sentences.append(tr("Access was denied on these channels: %1.").arg(error.deniedChannels().join(u", "_s)));
    if (!error.deniedChannelGroups().isEmpty())
        sentences.append(tr("Access was denied on these channel groups: %1.")
                             .arg(error.deniedChannelGroups().join(u", "_s)));
    qCInfo(lcStateEditor) << (wasSet ? "Set state failed:" : "Get state failed:")
                          << Presence::PresenceError::kindName(error.kind()) << error.httpStatus();

    m_statusLabel->clear();
    showError(sentences.join(u' '));
    updateActions();
}

bool StateEditorWidget::confirmOtherUser(const QString &userId)
{
    if (m_configuredUserId.isEmpty() || userId == m_configuredUserId)
        return true;

    QMessageBox box(QMessageBox::Warning, tr("Set State of Another User"),
                    tr("You are connected as %1, but this replaces the state of %2 on the chosen channels. "
                       "Set the state of %2 anyway?")
                        .arg(m_configuredUserId, userId),
                    QMessageBox::NoButton, this);
    QPushButton *confirm = box.addButton(tr("&Set State of %1").arg(userId), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == confirm;
}
