// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// One <message> of a Qt Linguist .ts file.
struct CatalogueMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString translationType;
    QStringList translations;
};

// Reads every message of a .ts file. Returns an empty list and sets error when the file cannot be
// opened or its XML is invalid.
QList<CatalogueMessage> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"Could not open %1: %2"_s.arg(path, file.errorString());
        return {};
    }

    QList<CatalogueMessage> messages;
    QString context;
    CatalogueMessage message;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message = CatalogueMessage();
            message.context = context;
            message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "comment"_L1) {
            message.comment = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.translationType = xml.attributes().value("type"_L1).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations.append(xml.readElementText());
            } else {
                message.translations.append(xml.readElementText());
            }
            messages.append(message);
        }
    }
    if (xml.hasError()) {
        *error = u"%1, line %2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return {};
    }
    return messages;
}

// Returns the sorted placeholders (%1 to %99, %L1 to %L99 and %n) of text.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(?:L?\\d{1,2}|n)"_s);
    QStringList found;
    auto matches = pattern.globalMatch(text);
    while (matches.hasNext())
        found.append(matches.next().captured());
    std::sort(found.begin(), found.end());
    return found;
}

// Returns whether text has an & mnemonic, that is an & not doubled as && (a literal ampersand).
bool hasMnemonic(const QString &text)
{
    QString rest = text;
    rest.remove(u"&&"_s);
    static const QRegularExpression mnemonic(u"&[^\\s&]"_s);
    return rest.contains(mnemonic);
}

QByteArray rowName(const CatalogueMessage &message)
{
    return (message.context + u": "_s + message.source.left(60)).toUtf8();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void messageFinished_data();
    void messageFinished();
    void placeholdersMatchSource_data();
    void placeholdersMatchSource();
    void mnemonicKept_data();
    void mnemonicKept();
    void compiledCatalogueMatches_data();
    void compiledCatalogueMatches();
    void knownStringsTranslate_data();
    void knownStringsTranslate();
    void pluralFormsFollowCount_data();
    void pluralFormsFollowCount();

private:
    void addMessageRows() const;

    QList<CatalogueMessage> m_messages;
    QTranslator m_translator;
};

void TestTranslations::initTestCase()
{
    QString error;
    m_messages = readCatalogue(QStringLiteral(PRESENCE_GERMAN_TS_FILE), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_messages.size() > 100,
        qPrintable(u"Only %1 messages were read from the catalogue."_s.arg(m_messages.size())));

    QVERIFY2(m_translator.load(u":/tst_translations/presence_de.qm"_s),
        "The compiled German catalogue is missing from the test resources.");
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
    QCOMPARE(m_translator.language(), u"de_DE"_s);
}

void TestTranslations::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void TestTranslations::addMessageRows() const
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < m_messages.size(); ++i)
        QTest::newRow(rowName(m_messages.at(i)).constData()) << int(i);
}

void TestTranslations::messageFinished_data()
{
    addMessageRows();
}

void TestTranslations::messageFinished()
{
    QFETCH(int, index);
    const CatalogueMessage &message = m_messages.at(index);

    QVERIFY2(message.translationType.isEmpty(),
        qPrintable(u"The translation is marked \"%1\"."_s.arg(message.translationType)));
    // German has two plural forms, one and other.
    QCOMPARE(message.translations.size(), message.numerus ? 2 : 1);
    for (const QString &translation : message.translations)
        QVERIFY2(!translation.trimmed().isEmpty(), "A translation is empty.");
}

void TestTranslations::placeholdersMatchSource_data()
{
    addMessageRows();
}

void TestTranslations::placeholdersMatchSource()
{
    QFETCH(int, index);
    const CatalogueMessage &message = m_messages.at(index);
    const QStringList expected = placeholders(message.source);

    for (const QString &translation : message.translations)
        QCOMPARE(placeholders(translation), expected);
}

void TestTranslations::mnemonicKept_data()
{
    addMessageRows();
}

void TestTranslations::mnemonicKept()
{
    QFETCH(int, index);
    const CatalogueMessage &message = m_messages.at(index);

    for (const QString &translation : message.translations)
        QCOMPARE(hasMnemonic(translation), hasMnemonic(message.source));
}

void TestTranslations::compiledCatalogueMatches_data()
{
    addMessageRows();
}

void TestTranslations::compiledCatalogueMatches()
{
    QFETCH(int, index);
    const CatalogueMessage &message = m_messages.at(index);
    const QByteArray context = message.context.toUtf8();
    const QByteArray source = message.source.toUtf8();
    const QByteArray comment = message.comment.toUtf8();
    const char *disambiguation = comment.isEmpty() ? nullptr : comment.constData();

    if (message.numerus) {
        QCOMPARE(m_translator.translate(context.constData(), source.constData(), disambiguation, 1),
            message.translations.value(0));
        QCOMPARE(m_translator.translate(context.constData(), source.constData(), disambiguation, 5),
            message.translations.value(1));
        return;
    }
    QCOMPARE(m_translator.translate(context.constData(), source.constData(), disambiguation),
        message.translations.value(0));
}

void TestTranslations::knownStringsTranslate_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");

    QTest::newRow("menu with mnemonic")
        << u"Presence::MainWindow"_s << u"&Refresh"_s << u"Ak&tualisieren"_s;
    QTest::newRow("column header")
        << u"Presence::ChannelListModel"_s << u"Occupancy"_s << u"Belegung"_s;
    QTest::newRow("technical term kept") << u"Presence::OccupantListModel"_s
                                         << u"Channels (Where Now)"_s << u"Channels (Where Now)"_s;
    QTest::newRow("error with placeholders")
        << u"PresenceError"_s
        << u"Access was denied (HTTP %1: %2). Check the auth key and the secret key."_s
        << u"Der Zugriff wurde verweigert (HTTP %1: %2). Prüfen Sie den Auth-Key und den Secret Key."_s;
    QTest::newRow("validation with quotes")
        << u"Validation"_s << u"The user id is empty. Set a user id."_s
        << u"Die User-ID ist leer. Legen Sie eine User-ID fest."_s;
    QTest::newRow("dialog title") << u"ProfileDialog"_s << u"Connection Profiles"_s
                                  << u"Verbindungsprofile"_s;
}

void TestTranslations::knownStringsTranslate()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);

    const QByteArray contextText = context.toUtf8();
    const QByteArray sourceText = source.toUtf8();
    QCOMPARE(
        QCoreApplication::translate(contextText.constData(), sourceText.constData()), expected);
}

void TestTranslations::pluralFormsFollowCount_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << 0 << u"0 Anfragen"_s;
    QTest::newRow("one") << 1 << u"1 Anfrage"_s;
    QTest::newRow("two") << 2 << u"2 Anfragen"_s;
    QTest::newRow("eleven") << 11 << u"11 Anfragen"_s;
}

void TestTranslations::pluralFormsFollowCount()
{
    QFETCH(int, count);
    QFETCH(QString, expected);

    QCOMPARE(QCoreApplication::translate(
                 "Presence::DashboardStatusBar", "%n request(s)", nullptr, count),
        expected);
}

QTEST_GUILESS_MAIN(TestTranslations)

#include "tst_translations.moc"
