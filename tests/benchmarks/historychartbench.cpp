// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Draws a week of 5-second samples for 10 channels (1,209,600 rows) in the occupancy chart
// and prints the time from the database to a grabbed frame. Runs offscreen unless
// QT_QPA_PLATFORM is set. Usage: bench_historychart [PNG]

#include "historybenchdata.h"
#include "occupancychartview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    constexpr int Channels = 10;
    constexpr qint64 Rows = 7LL * 24 * 3600 / 5 * Channels;
    const QDateTime end(QDate(2026, 12, 4), QTime(0, 0), Qt::UTC);

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString database = dir.filePath(u"history.sqlite"_s);
    QElapsedTimer timer;
    timer.start();
    if (!HistoryBench::fillDatabase(database, Rows, Channels, end))
        return 1;
    std::printf("filled %lld rows in %.1f s\n", static_cast<long long>(Rows),
                double(timer.elapsed()) / 1000.0);

    Presence::HistoryStore store;
    if (!store.open(database))
        return 1;
    QStringList channels;
    for (int c = 0; c < Channels; ++c)
        channels.append(u"channel-%1"_s.arg(c));

    Presence::OccupancyChartView view;
    view.resize(1200, 700);
    view.setStore(&store);
    view.setKeyset(u"bench"_s);
    view.setChannels(channels);
    view.show();
    QCoreApplication::processEvents();

    for (int run = 1; run <= 3; ++run) {
        QEventLoop loop;
        QObject::connect(&view, &Presence::OccupancyChartView::loaded, &loop, &QEventLoop::quit);
        timer.restart();
        view.setCustomRange(end.addDays(-7).addSecs(run), end);
        loop.exec();
        const qint64 queryAndSeriesMs = timer.elapsed();
        // The chart lays out its axes and legend in posted events, as a window would.
        QCoreApplication::processEvents();
        const QImage frame = view.grab().toImage();
        const qint64 totalMs = timer.elapsed();
        std::printf("run %d: query (worker thread) and series %lld ms, frame grabbed at %lld ms, %d points, "
                    "%dx%d\n",
                    run, static_cast<long long>(queryAndSeriesMs),
                    static_cast<long long>(totalMs), view.pointCount(), frame.width(),
                    frame.height());
        if (run == 1 && argc > 1)
            frame.save(QString::fromLocal8Bit(argv[1]));
    }
    return 0;
}
