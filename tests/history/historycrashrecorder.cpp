// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Records refreshes into a history database in an endless loop and prints the number of
// committed refreshes after each commit, so that a test can kill it at any moment and then
// check what the database kept.

#include "historystore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Presence;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "Usage: historycrashrecorder DATABASE CHANNELS\n");
        return 2;
    }

    HistoryStore store;
    if (!store.open(arguments.at(1))) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    const int channelCount = arguments.at(2).toInt();
    store.setMarked(u"crash"_s, u"channel-0"_s, true);

    const QDateTime start(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    for (qint64 refresh = 1;; ++refresh) {
        QList<HereNowChannel> channels;
        for (int c = 0; c < channelCount; ++c) {
            HereNowChannel channel;
            channel.name = u"channel-%1"_s.arg(c);
            channel.occupancy = int(refresh % 50) + c;
            for (int u = 0; u < 5; ++u)
                channel.occupants.append(
                        { u"user-%1"_s.arg(u),
                          StateValue::fromJson(QJsonObject{ { u"refresh"_s, double(refresh) } }) });
            channels.append(channel);
        }
        if (!store.recordRefresh(u"crash"_s, start.addSecs(refresh), channels)) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(refresh));
        std::fflush(stdout);
    }
}
