// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dashboardcontroller.h"

#include "connectionoptions.h"
#include "terminationsignals.h"
#include "mainwindow.h"
#include "refreshscheduler.h"
#include "validation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int ScreenshotTimeoutMs = 20'000;

// The translation context of the command-line messages, visible to lupdate.
class DashboardCli
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCli)
};

void printError(const QString &message)
{
    const QByteArray text = message.toUtf8() + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(DashboardCli::tr(
        "Shows who is online in which PubNub channels, and edits presence state."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        { u"demo"_s,
            DashboardCli::tr(
                "Open on the built-in local presence server with a simulated crowd.") },
        { u"profile"_s,
            DashboardCli::tr(
                "Open the saved connection profile NAME. Where no keychain stores its "
                "secrets, PN_SECRET_KEY and PN_AUTH_KEY supply them, or the dashboard asks."),
            u"NAME"_s },
    });
    Presence::ConnectionOptions::add(parser,
        DashboardCli::tr("User id of the dashboard (environment: PN_USER_ID). Without one, an "
                         "id generated for the keyset and kept in the settings is used."));
    parser.addOptions({
        { u"channels"_s, DashboardCli::tr("Channels to watch, separated by commas or spaces."),
            u"LIST"_s },
        { u"channel-groups"_s,
            DashboardCli::tr("Channel groups to watch, separated by commas or spaces."),
            u"LIST"_s },
        { u"refresh"_s,
            DashboardCli::tr(
                "Refresh interval in seconds for this session, 3 or more (default: the "
                "Settings dialog's value, 5 unless changed)."),
            u"SECONDS"_s },
        { u"lang"_s, DashboardCli::tr("Language of the interface, such as de."), u"CODE"_s },
        { u"screenshot"_s,
            DashboardCli::tr(
                "Save a PNG of the window to FILE once the first refresh has filled the "
                "views, then exit (exit status 1 when no data arrived within 20 s)."),
            u"FILE"_s },
    });
}

void installTranslators(QApplication &app, const QString &language)
{
    const QLocale locale(language);
    // Numbers and dates follow the chosen language too.
    QLocale::setDefault(locale);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, u"presence"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(appTranslator);
    else
        printError(
            DashboardCli::tr("No translation of the dashboard for \"%1\" was found; the interface "
                             "stays in English.")
                .arg(language));
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(
            locale, u"qt"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
}

// Prints the help or the version without a display, where QApplication could not start.
bool handledWithoutDisplay(int argc, char *argv[])
{
    bool informational = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v"
            || argument == "--version")
            informational = true;
    }
    if (!informational)
        return false;

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"presence-dashboard"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PRESENCE_VERSION));
    QCommandLineParser parser;
    addOptions(parser);
    // Exits after printing the help or the version.
    parser.process(app);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (handledWithoutDisplay(argc, argv))
        return 0;

    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"PresenceDashboard"_s);
    QApplication::setApplicationName(u"presence-dashboard"_s);
    QApplication::setApplicationDisplayName(u"Presence Dashboard"_s);
    QApplication::setApplicationVersion(QStringLiteral(PRESENCE_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/app.svg"_s));

    // SIGINT and SIGTERM quit the event loop, so the demo server stops and the history is
    // written as on a normal close. The handlers go in first, before the demo server starts.
    // quit() does nothing before exec() runs, so a signal during start-up is remembered.
    Presence::TerminationSignals termination;
    bool terminated = false;
    QObject::connect(&termination, &Presence::TerminationSignals::terminationRequested, &app,
                     [&terminated] {
                         terminated = true;
                         QCoreApplication::quit();
                     });

    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(QApplication::arguments())) {
        printError(DashboardCli::tr("%1 Run presence-dashboard --help for the options.")
                       .arg(parser.errorText()));
        return 2;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(DashboardCli::tr(
            "Unexpected argument \"%1\": the dashboard takes options only, see --help.")
                       .arg(parser.positionalArguments().first()));
        return 2;
    }

    if (parser.isSet(u"lang"_s))
        installTranslators(app, parser.value(u"lang"_s));

    int refreshSeconds = 0;
    if (parser.isSet(u"refresh"_s)) {
        bool ok = false;
        refreshSeconds = parser.value(u"refresh"_s).toInt(&ok);
        if (!ok || refreshSeconds < Presence::RefreshScheduler::MinimumIntervalSeconds) {
            printError(
                DashboardCli::tr("The refresh interval \"%1\" is invalid: give a whole number of "
                                 "seconds, 3 or more, because the service caches Here Now for 3 s.")
                    .arg(parser.value(u"refresh"_s)));
            return 2;
        }
    }

    Presence::ClientConfig config;
    QString error;
    if (!Presence::ConnectionOptions::read(parser, &config, &error)) {
        printError(error);
        return 2;
    }

    const QStringList channels = Presence::Validation::splitNames(parser.value(u"channels"_s));
    const QStringList groups = Presence::Validation::splitNames(parser.value(u"channel-groups"_s));
    QString problem = Presence::Validation::checkChannels(channels);
    if (problem.isEmpty())
        problem = Presence::Validation::checkChannelGroups(groups);
    if (!problem.isEmpty()) {
        printError(problem);
        return 2;
    }

    DashboardController controller;
    if (refreshSeconds > 0)
        controller.setRefreshSeconds(refreshSeconds);
    controller.setInitialWatchList(channels, groups);

    bool opened = false;
    if (parser.isSet(u"demo"_s)) {
        opened = controller.openDemo(&error);
    } else if (parser.isSet(u"profile"_s)) {
        opened = controller.openProfile(parser.value(u"profile"_s), &error);
    } else if (Presence::ConnectionOptions::isKeysetGiven(parser)) {
        if (config.subscribeKey.isEmpty()) {
            printError(DashboardCli::tr("No subscribe key is set: pass --subscribe-key or set "
                                        "PN_SUBSCRIBE_KEY, or start with --demo."));
            return 2;
        }
        opened = controller.openConfig(config, config.subscribeKey, &error);
    } else if (!controller.profileStore()->names().isEmpty()) {
        QString name = controller.profileStore()->lastUsedProfile();
        if (!controller.profileStore()->contains(name))
            name = controller.profileStore()->names().first();
        opened = controller.openProfile(name, &error);
    } else {
        opened = controller.openDemo(&error);
    }
    if (!opened) {
        printError(error);
        return 2;
    }

    Presence::MainWindow *window = controller.window();
    window->show();

    if (parser.isSet(u"screenshot"_s)) {
        const QString fileName = parser.value(u"screenshot"_s);
        QObject::connect(window, &Presence::MainWindow::firstDataShown, &app, [window, fileName] {
            // One more pass of the event loop lets the views paint the new rows.
            QTimer::singleShot(200, window, [window, fileName] {
                if (!window->grab().save(fileName, "PNG")) {
                    printError(DashboardCli::tr(
                        "The screenshot could not be written to \"%1\": check that "
                        "the folder exists and is writable.")
                                   .arg(fileName));
                    QCoreApplication::exit(1);
                    return;
                }
                QCoreApplication::exit(0);
            });
        });
        QTimer::singleShot(ScreenshotTimeoutMs, &app, [] {
            printError(DashboardCli::tr(
                "No presence data arrived within 20 s, so no screenshot was taken. "
                "Check the origin and keys, or try --demo."));
            QCoreApplication::exit(1);
        });
    }
    if (terminated)
        return 0;
    return QApplication::exec();
}
