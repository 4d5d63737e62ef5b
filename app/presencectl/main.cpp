// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cliconfig.h"
#include "commands.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Command
{
    QString name;
    const char *summary;
    std::function<int(const QStringList &)> run;
};

const QList<Command> &commands()
{
    static const QList<Command> list = {
        { u"here-now"_s, QT_TRANSLATE_NOOP("Presencectl", "List who is online in channels."),
            runHereNow },
        { u"where-now"_s, QT_TRANSLATE_NOOP("Presencectl", "List the channels a user is in."),
            runWhereNow },
        { u"get-state"_s, QT_TRANSLATE_NOOP("Presencectl", "Read a user's presence state."),
            runGetState },
        { u"set-state"_s, QT_TRANSLATE_NOOP("Presencectl", "Set a user's presence state."),
            runSetState },
        { u"export"_s, QT_TRANSLATE_NOOP("Presencectl", "Export occupancy to a CSV file."),
            runExport },
        { u"serve"_s,
            QT_TRANSLATE_NOOP("Presencectl", "Run a local PubNub-compatible presence server."),
            runServe },
    };
    return list;
}

QString usage()
{
    QString text = Presencectl::tr("Usage: presencectl COMMAND [OPTIONS]\n\nCommands:\n");
    for (const Command &command : commands())
        text += u"  %1  %2\n"_s.arg(command.name, -10).arg(Presencectl::tr(command.summary));
    text += Presencectl::tr("\nRun \"presencectl COMMAND --help\" for the options of a command.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"PresenceDashboard"_s);
    QCoreApplication::setApplicationName(u"presencectl"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PRESENCE_VERSION));
    // A failed request ends with one sentence on stderr, so the client's own log lines stay
    // off unless QT_LOGGING_RULES turns them on again. The server logs as usual.
    QLoggingCategory::setFilterRules(
        u"presence.core.*.info=false\npresence.core.*.warning=false"_s);

    // Messages follow the locale (LANG, LC_ALL); JSON and CSV output never change with it.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), u"presence"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        Cli::printError(usage());
        return ExitUsage;
    }
    if (arguments.at(1) == "--help"_L1 || arguments.at(1) == "-h"_L1) {
        Cli::printOutput(usage().toUtf8());
        return ExitSuccess;
    }
    if (arguments.at(1) == "--version"_L1) {
        Cli::printOutput("presencectl " PRESENCE_VERSION "\n");
        return ExitSuccess;
    }

    for (const Command &command : commands()) {
        if (command.name == arguments.at(1)) {
            QStringList commandArguments = arguments.mid(2);
            commandArguments.prepend(arguments.at(0) + u' ' + command.name);
            return command.run(commandArguments);
        }
    }

    Cli::printError(
        Presencectl::tr("Unknown command \"%1\": run \"presencectl --help\" for the list.")
            .arg(arguments.at(1)));
    return ExitUsage;
}
