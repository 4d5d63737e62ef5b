// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jsonhighlighter.h"
#include "jsontext.h"
#include "linediff.h"
#include "presenceservice.h"
#include "stateeditorwidget.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>
#include <QUrlQuery>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using Presence::DiffLine;

namespace {

// An HTTP/1.1 server on 127.0.0.1 that records each request and replies as its script returns.
class ScriptedServer : public QObject
{
public:
    struct Reply
    {
        int status = 200;
        QByteArray body;
    };
    using Script = std::function<Reply(const QUrl &)>;

    explicit ScriptedServer(Script script)
        : m_script(std::move(script))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString origin() const { return u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()); }
    QList<QUrl> requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            m_buffers[socket] += socket->readAll();
            const QByteArray &buffer = m_buffers[socket];
            if (!buffer.contains("\r\n\r\n"))
                return;
            const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
            m_buffers.remove(socket);
            const QUrl url(u"http://127.0.0.1"_s + QString::fromLatin1(requestLine.value(1)));
            m_requests.append(url);

            const Reply reply = m_script(url);
            QByteArray response = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\n";
            response += "Content-Type: application/json; charset=UTF-8\r\n";
            response += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
            response += "Connection: close\r\n\r\n";
            response += reply.body;
            socket->write(response);
            socket->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    Script m_script;
    QList<QUrl> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

bool isSetStatePath(const QUrl &url)
{
    return url.path().endsWith(u"/data"_s);
}

QString stateParameter(const QUrl &url)
{
    return QUrlQuery(url).queryItemValue(u"state"_s, QUrl::FullyDecoded);
}

// Accepts or rejects the next modal dialog once it is shown.
void answerNextMessageBox(bool accept, QString *textSeen)
{
    QTimer::singleShot(50, qApp, [accept, textSeen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(accept, textSeen);
            return;
        }
        if (textSeen)
            *textSeen = box->text();
        for (QAbstractButton *button : box->buttons()) {
            const auto role = box->buttonRole(button);
            if ((accept && role == QMessageBox::AcceptRole) || (!accept && role == QMessageBox::RejectRole)) {
                button->click();
                return;
            }
        }
        box->reject();
    });
}

template<typename T>
T *childNamed(QWidget *parent, const QString &accessibleName)
{
    const auto children = parent->findChildren<T *>();
    for (T *child : children) {
        if (child->accessibleName() == accessibleName)
            return child;
    }
    return nullptr;
}

} // namespace

class TestStateEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void validationPointsToError_data();
    void validationPointsToError();
    void nonObjectStateRejected();
    void formatKeepsOrderAndNumbers();
    void compactRemovesWhitespace();
    void diffLines_data();
    void diffLines();
    void highlighterColoursTokens();
    void highlighterReadableOnDarkBase();
    void loadShowsServerState();
    void diffShowsChangedLines();
    void loadDifferentStatesNamesChannel();
    void setSendsExactState();
    void failedSetKeepsDraft();
    void otherUserNeedsConfirmation_data();
    void otherUserNeedsConfirmation();
    void oversizedStateNotSent();
    void setTargetFillsFields();
    void channelChooserTogglesNames();
    void screenshots();

private:
    void startServer(ScriptedServer::Script script);
    void loadAndWait(StateEditorWidget &editor);

    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<Presence::PresenceService> m_service;
};

void TestStateEditor::init()
{
    QLocale::setDefault(QLocale::c());
    m_service = std::make_unique<Presence::PresenceService>();
    Presence::ClientConfig config;
    config.origin = u"http://127.0.0.1:9"_s;
    config.subscribeKey = u"sub-c-test"_s;
    config.publishKey = u"pub-c-test"_s;
    config.userId = u"operator"_s;
    m_service->setConfig(config);
}

void TestStateEditor::cleanup()
{
    m_service.reset();
    m_server.reset();
}

void TestStateEditor::startServer(ScriptedServer::Script script)
{
    m_server = std::make_unique<ScriptedServer>(std::move(script));
    QVERIFY(m_server->listen());
    Presence::ClientConfig config = m_service->config();
    config.origin = m_server->origin();
    m_service->setConfig(config);
}

void TestStateEditor::loadAndWait(StateEditorWidget &editor)
{
    QSignalSpy loaded(&editor, &StateEditorWidget::stateLoaded);
    QVERIFY(loaded.isValid());
    editor.load();
    QVERIFY2(loaded.wait(10000), qPrintable(editor.errorMessage()));
}

void TestStateEditor::validationPointsToError_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    // The column is that of the character where parsing stopped.
    QTest::addRow("missing value") << u"{\n    \"mood\": ,\n    \"n\": 1\n}"_s << 2 << 13;
    QTest::addRow("missing comma") << u"{\n  \"a\": 1\n  \"b\": 2\n}"_s << 3 << 3;
    QTest::addRow("unterminated object") << u"{\"a\": 1"_s << 1 << 7;
    QTest::addRow("umlauts before error") << u"{\"stimmung\": \"müde\", x}"_s << 1 << 22;
}

void TestStateEditor::validationPointsToError()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);

    const auto problem = Presence::JsonText::check(text);
    QVERIFY(!problem.valid);
    QCOMPARE(problem.line, line);
    QCOMPARE(problem.column, column);

    StateEditorWidget editor(m_service.get());
    editor.setDraft(text);
    const QString message = editor.validationMessage();
    QVERIFY2(message.contains(u"Line %1, column %2"_s.arg(line).arg(column)), qPrintable(message));
    auto *textEdit = childNamed<QPlainTextEdit>(&editor, u"State as JSON"_s);
    QVERIFY(textEdit);
    // The error line is marked, and the character at the error is underlined.
    const auto marks = textEdit->extraSelections();
    QCOMPARE(marks.size(), 2);
    QCOMPARE(marks.at(0).cursor.blockNumber() + 1, line);
    QCOMPARE(marks.at(1).format.underlineStyle(), QTextCharFormat::WaveUnderline);

    QPushButton *setButton = childNamed<QPushButton>(&editor, u"Set state"_s);
    QVERIFY(setButton);
    QVERIFY(!setButton->isEnabled());

    editor.setDraft(u"{\"mood\": \"ok\"}"_s);
    QVERIFY(editor.validationMessage().isEmpty());
    QVERIFY(textEdit->extraSelections().isEmpty());
    QVERIFY(setButton->isEnabled());
}

void TestStateEditor::nonObjectStateRejected()
{
    StateEditorWidget editor(m_service.get());
    for (const QString &text : {u"[1, 2]"_s, u"\"busy\""_s, u"42"_s}) {
        editor.setDraft(text);
        QVERIFY2(!editor.validationMessage().isEmpty(), qPrintable(text));
    }
    // A blank draft shows no error, but it cannot be set either.
    editor.setDraft(u"   "_s);
    QVERIFY(editor.validationMessage().isEmpty());
    QPushButton *setButton = childNamed<QPushButton>(&editor, u"Set state"_s);
    QVERIFY(setButton);
    QVERIFY(!setButton->isEnabled());
    editor.setDraft(u"{}"_s);
    QVERIFY(editor.validationMessage().isEmpty());
}

void TestStateEditor::formatKeepsOrderAndNumbers()
{
    StateEditorWidget editor(m_service.get());
    editor.setDraft(u"{\"z\":1,\"a\":[1.50,{},[]],\"big\":12345678901234567890,\"s\":\"x, y: {z}\"}"_s);
    editor.formatDraft();
    QCOMPARE(editor.draft(), u"{\n"
                             "    \"z\": 1,\n"
                             "    \"a\": [\n"
                             "        1.50,\n"
                             "        {},\n"
                             "        []\n"
                             "    ],\n"
                             "    \"big\": 12345678901234567890,\n"
                             "    \"s\": \"x, y: {z}\"\n"
                             "}"_s);

    // Formatting invalid JSON would move the error, so the draft stays as it is.
    editor.setDraft(u"{\"a\": }"_s);
    editor.formatDraft();
    QCOMPARE(editor.draft(), u"{\"a\": }"_s);
}

void TestStateEditor::compactRemovesWhitespace()
{
    StateEditorWidget editor(m_service.get());
    editor.setDraft(u"{\n  \"b\" : \"two words\",\n  \"a\" : [ 1 , 2 ]\n}\n"_s);
    editor.compactDraft();
    QCOMPARE(editor.draft(), u"{\"b\":\"two words\",\"a\":[1,2]}"_s);
    QCOMPARE(Presence::JsonText::compact(u"{\"q\": \"say \\\"hi there\\\"\"}"_s), u"{\"q\":\"say \\\"hi there\\\"\"}"_s);
}

void TestStateEditor::diffLines_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<QString>("expected"); // one character a line: = unchanged, - removed, + added

    QTest::addRow("equal") << QStringList{u"{"_s, u"}"_s} << QStringList{u"{"_s, u"}"_s} << u"=="_s;
    QTest::addRow("changed middle") << QStringList{u"{"_s, u"a"_s, u"}"_s} << QStringList{u"{"_s, u"b"_s, u"}"_s}
                                    << u"=-+="_s;
    QTest::addRow("added line") << QStringList{u"{"_s, u"a"_s, u"}"_s}
                                << QStringList{u"{"_s, u"a"_s, u"b"_s, u"}"_s} << u"==+="_s;
    QTest::addRow("removed line") << QStringList{u"{"_s, u"a"_s, u"b"_s, u"}"_s}
                                  << QStringList{u"{"_s, u"b"_s, u"}"_s} << u"=-=="_s;
    QTest::addRow("from empty") << QStringList{} << QStringList{u"x"_s} << u"+"_s;
    QTest::addRow("to empty") << QStringList{u"x"_s} << QStringList{} << u"-"_s;
    QTest::addRow("interleaved") << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}
                                 << QStringList{u"a"_s, u"c"_s, u"x"_s, u"d"_s} << u"=-=+="_s;
}

void TestStateEditor::diffLines()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(QString, expected);

    const QList<DiffLine> diff = Presence::diffLines(before, after);
    QString shape;
    QStringList rebuiltBefore;
    QStringList rebuiltAfter;
    for (const DiffLine &line : diff) {
        switch (line.change) {
        case DiffLine::Change::Unchanged:
            shape += u'=';
            rebuiltBefore.append(line.text);
            rebuiltAfter.append(line.text);
            break;
        case DiffLine::Change::Removed:
            shape += u'-';
            rebuiltBefore.append(line.text);
            break;
        case DiffLine::Change::Added:
            shape += u'+';
            rebuiltAfter.append(line.text);
            break;
        }
    }
    QCOMPARE(shape, expected);
    QCOMPARE(rebuiltBefore, before);
    QCOMPARE(rebuiltAfter, after);
}

void TestStateEditor::highlighterColoursTokens()
{
    QPlainTextEdit edit;
    Presence::JsonHighlighter highlighter(edit.document());
    edit.setPlainText(u"{\"key\": \"value\", \"n\": -12.5e3, \"ok\": true, \"none\": null}"_s);
    // A new highlighter formats the document once the event loop runs.
    QTRY_VERIFY(!edit.document()->firstBlock().layout()->formats().isEmpty());

    const QList<QTextLayout::FormatRange> ranges = edit.document()->firstBlock().layout()->formats();
    const QString text = edit.document()->firstBlock().text();
    QHash<QString, QColor> colourOf;
    for (const auto &range : ranges)
        colourOf.insert(text.mid(range.start, range.length), range.format.foreground().color());

    using Token = Presence::JsonHighlighter::Token;
    QCOMPARE(colourOf.value(u"\"key\""_s), highlighter.tokenFormat(Token::Key).foreground().color());
    QCOMPARE(colourOf.value(u"\"value\""_s), highlighter.tokenFormat(Token::String).foreground().color());
    QCOMPARE(colourOf.value(u"-12.5e3"_s), highlighter.tokenFormat(Token::Number).foreground().color());
    QCOMPARE(colourOf.value(u"true"_s), highlighter.tokenFormat(Token::Literal).foreground().color());
    QCOMPARE(colourOf.value(u"null"_s), highlighter.tokenFormat(Token::Literal).foreground().color());

    const QSet<QRgb> distinct = {highlighter.tokenFormat(Token::Key).foreground().color().rgb(),
                                 highlighter.tokenFormat(Token::String).foreground().color().rgb(),
                                 highlighter.tokenFormat(Token::Number).foreground().color().rgb(),
                                 highlighter.tokenFormat(Token::Literal).foreground().color().rgb()};
    QCOMPARE(distinct.size(), 4);
}

void TestStateEditor::highlighterReadableOnDarkBase()
{
    QTextDocument document;
    Presence::JsonHighlighter highlighter(&document);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);

    using Token = Presence::JsonHighlighter::Token;
    for (Token token : {Token::Key, Token::String, Token::Number, Token::Literal}) {
        highlighter.setPalette(dark);
        QVERIFY(highlighter.tokenFormat(token).foreground().color().lightness() > 128);
        highlighter.setPalette(light);
        QVERIFY(highlighter.tokenFormat(token).foreground().color().lightness() < 128);
    }
}

void TestStateEditor::loadShowsServerState()
{
    startServer([](const QUrl &url) -> ScriptedServer::Reply {
        if (url.path().endsWith(u"/channel/lobby/uuid/operator"_s))
            return {200, R"({"channel":"lobby","message":"OK","payload":{"mood":"ok","level":3},"service":"Presence","status":200,"uuid":"operator"})"};
        return {404, R"({"message":"Not found","error":1,"service":"Presence"})"};
    });

    StateEditorWidget editor(m_service.get());
    editor.setConfiguredUserId(u"operator"_s);
    editor.setTarget(u"operator"_s, {u"lobby"_s}, {});
    loadAndWait(editor);

    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(editor.draft().contains(u"\"mood\": \"ok\""_s));
    QVERIFY(editor.draft().contains(u"\"level\": 3"_s));
    QVERIFY(editor.validationMessage().isEmpty());
    QVERIFY(editor.errorMessage().isEmpty());
    QVERIFY(editor.hasServerValue());
    for (const DiffLine &line : editor.difference())
        QCOMPARE(line.change, DiffLine::Change::Unchanged);
}

void TestStateEditor::diffShowsChangedLines()
{
    startServer([](const QUrl &) -> ScriptedServer::Reply {
        return {200, R"({"channel":"lobby","message":"OK","payload":{"mood":"ok","level":3},"service":"Presence","status":200,"uuid":"operator"})"};
    });
    StateEditorWidget editor(m_service.get());
    editor.setConfiguredUserId(u"operator"_s);
    editor.setTarget({}, {u"lobby"_s}, {});
    QVERIFY(editor.difference().isEmpty());
    loadAndWait(editor);

    // The draft is compared in its formatted form, so compact input diffs by value lines.
    editor.setDraft(u"{\"level\":3,\"mood\":\"busy\"}"_s);
    QStringList removed;
    QStringList added;
    for (const DiffLine &line : editor.difference()) {
        if (line.change == DiffLine::Change::Removed)
            removed.append(line.text.trimmed());
        else if (line.change == DiffLine::Change::Added)
            added.append(line.text.trimmed());
    }
    QCOMPARE(removed, QStringList{u"\"mood\": \"ok\""_s});
    QCOMPARE(added, QStringList{u"\"mood\": \"busy\""_s});

    auto *diffView = childNamed<QPlainTextEdit>(&editor, u"Difference from the server value"_s);
    QVERIFY(diffView);
    QVERIFY(diffView->isReadOnly());
    QVERIFY(diffView->toPlainText().contains(u"- "_s + u"    \"mood\": \"ok\""_s));
    QVERIFY(diffView->toPlainText().contains(u"+ "_s + u"    \"mood\": \"busy\""_s));
    QCOMPARE(diffView->extraSelections().size(), 2);
}

void TestStateEditor::loadDifferentStatesNamesChannel()
{
    startServer([](const QUrl &) -> ScriptedServer::Reply {
        return {200, R"({"message":"OK","payload":{"channels":{"a":null,"b":{"mood":"b"},"c":{"mood":"c"}}},"service":"Presence","status":200,"uuid":"operator"})"};
    });
    StateEditorWidget editor(m_service.get());
    editor.setConfiguredUserId(u"operator"_s);
    editor.setTarget({}, {u"a"_s, u"c"_s, u"b"_s}, {});
    loadAndWait(editor);

    // Channel a has no state, so the first chosen channel with one is c.
    QVERIFY2(editor.draft().contains(u"\"mood\": \"c\""_s), qPrintable(editor.draft()));
    QVERIFY2(editor.statusMessage().contains(u"differs"_s), qPrintable(editor.statusMessage()));
    QVERIFY(editor.statusMessage().contains(u" c."_s));
}

void TestStateEditor::setSendsExactState()
{
    startServer([](const QUrl &url) -> ScriptedServer::Reply {
        if (isSetStatePath(url))
            return {200, "{\"message\":\"OK\",\"payload\":" + stateParameter(url).toUtf8()
                             + ",\"service\":\"Presence\",\"status\":200}"};
        return {404, R"({"message":"Not found","error":1,"service":"Presence"})"};
    });
    StateEditorWidget editor(m_service.get());
    editor.setConfiguredUserId(u"operator"_s);
    editor.setTarget({}, {u"lobby"_s, u"room-2"_s}, {});
    const QString draft = u"{\n  \"zeta\": \"ä & b=c\",\n  \"alpha\": [1.0, 12345678901234567890]\n}"_s;
    editor.setDraft(draft);

    // Ctrl+Return in the editor sets the state, as a user would press it.
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    auto *textEdit = childNamed<QPlainTextEdit>(&editor, u"State as JSON"_s);
    textEdit->setFocus();
    QSignalSpy setSpy(&editor, &StateEditorWidget::stateSet);
    QVERIFY(setSpy.isValid());
    QTest::keyClick(textEdit, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(setSpy.wait(10000), qPrintable(editor.errorMessage()));

    QCOMPARE(m_server->requests().size(), 1);
    const QUrl request = m_server->requests().constFirst();
    QVERIFY(isSetStatePath(request));
    QVERIFY2(request.path().contains(u"/uuid/operator/data"_s), qPrintable(request.path()));
    QCOMPARE(stateParameter(request), u"{\"zeta\":\"ä & b=c\",\"alpha\":[1.0,12345678901234567890]}"_s);

    QCOMPARE(setSpy.at(0).at(0).toString(), u"operator"_s);
    QCOMPARE(setSpy.at(0).at(1).toStringList(), (QStringList{u"lobby"_s, u"room-2"_s}));
    QCOMPARE(editor.draft(), draft);
    QVERIFY(editor.errorMessage().isEmpty());
    QVERIFY(editor.hasServerValue());
}

void TestStateEditor::failedSetKeepsDraft()
{
    startServer([](const QUrl &) -> ScriptedServer::Reply {
        return {403, R"({"message":"Forbidden","payload":{"channels":["vip-lounge"]},"error":true,"service":"Access Manager","status":403})"
                     "\n"};
    });
    StateEditorWidget editor(m_service.get());
    editor.setConfiguredUserId(u"operator"_s);
    editor.setTarget({}, {u"vip-lounge"_s}, {});
    const QString draft = u"{\"mood\": \"celebrating\"}"_s;
    editor.setDraft(draft);

    QSignalSpy setSpy(&editor, &StateEditorWidget::stateSet);
    editor.set();
    QVERIFY(editor.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!editor.isBusy(), 10000);

    QCOMPARE(setSpy.count(), 0);
    QCOMPARE(editor.draft(), draft);
    const QString message = editor.errorMessage();
    QVERIFY2(message.contains(u"vip-lounge"_s), qPrintable(message));
    QVERIFY2(message.contains(u"draft is kept"_s), qPrintable(message));
    QVERIFY(!QApplication::activeModalWidget());

    // The same draft can be sent again once access is granted.
    QVERIFY(childNamed<QPushButton>(&editor, u"Set state"_s)->isEnabled());
}

void TestStateEditor::otherUserNeedsConfirmation_data()
{
    QTest::addColumn<bool>("accept");

    QTest::addRow("confirmed") << true;
    QTest::addRow("cancelled") << false;
}

void TestStateEditor::otherUserNeedsConfirmation()
{
    QFETCH(bool, accept);

    startServer([](const QUrl &url) -> ScriptedServer::Reply {
        return {200, "{\"message\":\"OK\",\"payload\":" + stateParameter(url).toUtf8()
                         + ",\"service\":\"Presence\",\"status\":200}"};
    });
    StateEditorWidget editor(m_service.get());
    editor.setConfiguredUserId(u"operator"_s);
    editor.setTarget(u"guest-42"_s, {u"lobby"_s}, {});
    QCOMPARE(editor.targetUserId(), u"guest-42"_s);
    editor.setDraft(u"{\"mood\": \"away\"}"_s);

    QSignalSpy setSpy(&editor, &StateEditorWidget::stateSet);
    QString question;
    answerNextMessageBox(accept, &question);
    editor.set();

    QVERIFY2(question.contains(u"operator"_s), qPrintable(question));
    QVERIFY2(question.contains(u"guest-42"_s), qPrintable(question));
    if (!accept) {
        QVERIFY(!editor.isBusy());
        QTest::qWait(100);
        QVERIFY(m_server->requests().isEmpty());
        QCOMPARE(setSpy.count(), 0);
        return;
    }
    QVERIFY(setSpy.wait(10000));
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY2(m_server->requests().constFirst().path().contains(u"/uuid/guest-42/data"_s),
             qPrintable(m_server->requests().constFirst().path()));
    QCOMPARE(setSpy.at(0).at(0).toString(), u"guest-42"_s);
}

void TestStateEditor::oversizedStateNotSent()
{
    startServer([](const QUrl &) -> ScriptedServer::Reply { return {200, "{}"}; });
    StateEditorWidget editor(m_service.get());
    editor.setConfiguredUserId(u"operator"_s);
    editor.setTarget({}, {u"lobby"_s}, {});
    editor.setDraft(u"{\"notes\": \"%1\"}"_s.arg(QString(40 * 1024, u'x')));
    QVERIFY(editor.validationMessage().isEmpty());

    editor.set();
    QVERIFY(!editor.isBusy());
    QVERIFY2(!editor.errorMessage().isEmpty(), "an oversized state must be reported beside the editor");
    QTest::qWait(100);
    QVERIFY(m_server->requests().isEmpty());
}

void TestStateEditor::setTargetFillsFields()
{
    StateEditorWidget editor(m_service.get());
    editor.setConfiguredUserId(u"operator"_s);
    QCOMPARE(editor.targetUserId(), u"operator"_s);
    editor.setTarget(u"u-7"_s, {u"a"_s, u"b"_s}, {u"g1"_s});
    QCOMPARE(editor.targetUserId(), u"u-7"_s);
    QCOMPARE(editor.channels(), (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(editor.groups(), QStringList{u"g1"_s});
    editor.setTarget(u"operator"_s, {u"a"_s}, {});
    QCOMPARE(editor.targetUserId(), u"operator"_s);

    // Every control has an accessible name for screen readers.
    const auto widgets = editor.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->focusPolicy() != Qt::NoFocus && !widget->inherits("QScrollBar")
            && !widget->inherits("QSplitterHandle") && widget->parent() != nullptr
            && !qobject_cast<QPlainTextEdit *>(widget->parentWidget()))
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
    }
}

void TestStateEditor::channelChooserTogglesNames()
{
    StateEditorWidget editor(m_service.get());
    auto *chooser = childNamed<QToolButton>(&editor, u"Choose channels"_s);
    QVERIFY(chooser);
    QVERIFY(!chooser->isEnabled());
    editor.setKnownChannels({u"lobby"_s, u"support"_s, u"vip"_s});
    QVERIFY(chooser->isEnabled());
    editor.setTarget({}, {u"lobby"_s}, {});

    QMenu *menu = chooser->menu();
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    const QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.size(), 3);
    QVERIFY(actions.at(0)->isChecked());
    QVERIFY(!actions.at(2)->isChecked());

    actions.at(2)->setChecked(true);
    QCOMPARE(editor.channels(), (QStringList{u"lobby"_s, u"vip"_s}));
    actions.at(0)->setChecked(false);
    QCOMPARE(editor.channels(), QStringList{u"vip"_s});
}

void TestStateEditor::screenshots()
{
    const QString folder = qEnvironmentVariable("PRESENCE_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("Set PRESENCE_SCREENSHOT_DIR to save screenshots of the state editor.");

    startServer([](const QUrl &) -> ScriptedServer::Reply {
        return {200, R"({"channel":"lobby","message":"OK","payload":{"mood":"ok","level":3,"tags":["vip",true,null]},"service":"Presence","status":200,"uuid":"operator"})"};
    });
    for (const bool darkTheme : {false, true}) {
        StateEditorWidget editor(m_service.get());
        if (darkTheme) {
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(45, 45, 48));
            dark.setColor(QPalette::WindowText, QColor(220, 220, 220));
            dark.setColor(QPalette::Base, QColor(30, 30, 30));
            dark.setColor(QPalette::Text, QColor(220, 220, 220));
            dark.setColor(QPalette::Button, QColor(60, 60, 64));
            dark.setColor(QPalette::ButtonText, QColor(220, 220, 220));
            editor.setPalette(dark);
        }
        editor.resize(560, 620);
        editor.setConfiguredUserId(u"operator"_s);
        editor.setKnownChannels({u"lobby"_s, u"support"_s});
        editor.setTarget({}, {u"lobby"_s}, {});
        editor.show();
        loadAndWait(editor);
        editor.setDraft(u"{\n    \"mood\": \"busy\",\n    \"level\": 3,\n    \"tags\": [\"vip\", true, null],\n    \"x\": }"_s);
        // Showing or hiding the message label changes the layout, which the event loop applies.
        QCoreApplication::processEvents();
        QVERIFY(editor.grab().save(QDir(folder).filePath(darkTheme ? u"stateeditor-dark.png"_s : u"stateeditor-light.png"_s)));
        editor.setDraft(u"{\n    \"mood\": \"busy\",\n    \"level\": 4,\n    \"tags\": [\"vip\", true, null]\n}"_s);
        QCoreApplication::processEvents();
        QVERIFY(editor.grab().save(QDir(folder).filePath(darkTheme ? u"stateeditor-diff-dark.png"_s : u"stateeditor-diff-light.png"_s)));
    }
}

QTEST_MAIN(TestStateEditor)
#include "tst_stateeditor.moc"
