// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "connectionoptions.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

namespace {

// The maximum request timeout, in seconds.
constexpr double MaxTimeoutSeconds = 3600;

QString valueOrEnvironment(
    const QCommandLineParser &parser, const QString &option, const char *variable)
{
    return parser.isSet(option) ? parser.value(option) : qEnvironmentVariable(variable);
}

} // namespace

void ConnectionOptions::add(QCommandLineParser &parser, const QString &userIdHelp)
{
    parser.addOptions({
        { u"origin"_s,
            tr("Presence service origin, such as https://ps.pndsn.com or "
               "http://127.0.0.1:8090 (environment: PN_ORIGIN)."),
            u"URL"_s },
        { u"subscribe-key"_s, tr("Subscribe key (environment: PN_SUBSCRIBE_KEY)."), u"KEY"_s },
        { u"publish-key"_s,
            tr("Publish key, used in request signatures (environment: PN_PUBLISH_KEY)."),
            u"KEY"_s },
        { u"secret-key"_s,
            tr("Secret key for signing requests. Prefer the PN_SECRET_KEY environment "
               "variable, because options show up in process listings."),
            u"KEY"_s },
        { u"auth-key"_s,
            tr("Access Manager auth key or token. Prefer the PN_AUTH_KEY environment "
               "variable, because options show up in process listings."),
            u"KEY"_s },
        { u"user-id"_s, userIdHelp, u"ID"_s },
        { u"timeout"_s, tr("Request timeout in seconds (default 10)."), u"SECONDS"_s },
    });
}

bool ConnectionOptions::read(const QCommandLineParser &parser, ClientConfig *config, QString *error)
{
    const QString origin = valueOrEnvironment(parser, u"origin"_s, "PN_ORIGIN");
    if (!origin.isEmpty())
        config->origin = origin;
    config->subscribeKey = valueOrEnvironment(parser, u"subscribe-key"_s, "PN_SUBSCRIBE_KEY");
    config->publishKey = valueOrEnvironment(parser, u"publish-key"_s, "PN_PUBLISH_KEY");
    config->secretKey = valueOrEnvironment(parser, u"secret-key"_s, "PN_SECRET_KEY");
    config->authKey = valueOrEnvironment(parser, u"auth-key"_s, "PN_AUTH_KEY");
    config->userId = valueOrEnvironment(parser, u"user-id"_s, "PN_USER_ID");

    if (!parser.isSet(u"timeout"_s))
        return true;
    bool ok = false;
    const double seconds = parser.value(u"timeout"_s).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > MaxTimeoutSeconds) {
        *error = tr("The timeout \"%1\" is invalid: give a number of seconds above 0 and up to "
                    "3600, such as --timeout 10.")
                     .arg(parser.value(u"timeout"_s));
        return false;
    }
    config->requestTimeout = std::chrono::milliseconds(qRound64(seconds * 1000));
    return true;
}

bool ConnectionOptions::isKeysetGiven(const QCommandLineParser &parser)
{
    for (const char *option :
        { "origin", "subscribe-key", "publish-key", "secret-key", "auth-key" }) {
        if (parser.isSet(QString::fromLatin1(option)))
            return true;
    }
    return qEnvironmentVariableIsSet("PN_SUBSCRIBE_KEY") || qEnvironmentVariableIsSet("PN_ORIGIN");
}

QStringList ConnectionOptions::listValue(const QCommandLineParser &parser, const QString &name)
{
    QStringList values;
    const QStringList occurrences = parser.values(name);
    for (const QString &occurrence : occurrences)
        values += occurrence.split(u',');
    return values;
}

} // namespace Presence
