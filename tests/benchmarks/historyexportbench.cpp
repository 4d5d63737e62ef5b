// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Exports N history rows to CSV and prints rows per second and the peak resident memory.
// Usage: bench_historyexport [ROWS...] (default 100000 1000000). Each row count is filled in
// a child process first, so the parent's peak memory (VmHWM) covers the export alone.

#include "historybenchdata.h"
#include "historyexport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime End(QDate(2026, 12, 4), QTime(0, 0), Qt::UTC);
constexpr int Channels = 10;

int exportOnce(const QString &database, qint64 rows, const QString &output)
{
    const qint64 baselineKib = HistoryBench::statusKib("VmHWM");
    Presence::HistoryExportRequest request;
    request.databasePath = database;
    request.from = End.addYears(-1);
    request.to = End;
    request.outputPath = output;

    QElapsedTimer timer;
    timer.start();
    QString error;
    qint64 written = 0;
    const auto outcome = Presence::HistoryExport::run(request, {}, &error, &written);
    const qint64 elapsedMs = timer.elapsed();
    if (outcome != Presence::OccupancyCsv::Outcome::Saved) {
        std::fprintf(stderr, "Export failed: %s\n", qPrintable(error));
        return 1;
    }
    const double seconds = double(elapsedMs) / 1000.0;
    std::printf("rows=%lld exported=%lld time=%.3f s rate=%.0f rows/s file=%.1f MiB "
                "VmHWM before=%lld KiB after=%lld KiB\n",
                static_cast<long long>(rows), static_cast<long long>(written), seconds,
                seconds > 0 ? double(written) / seconds : 0.0,
                double(QFileInfo(output).size()) / (1024.0 * 1024.0),
                static_cast<long long>(baselineKib),
                static_cast<long long>(HistoryBench::statusKib("VmHWM")));
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();

    // Child modes: "--fill DB ROWS" and "--export DB ROWS OUT".
    if (arguments.size() == 4 && arguments.at(1) == "--fill"_L1)
        return HistoryBench::fillDatabase(arguments.at(2), arguments.at(3).toLongLong(), Channels,
                                          End)
                ? 0
                : 1;
    if (arguments.size() == 5 && arguments.at(1) == "--export"_L1)
        return exportOnce(arguments.at(2), arguments.at(3).toLongLong(), arguments.at(4));

    QList<qint64> counts;
    for (qsizetype i = 1; i < arguments.size(); ++i)
        counts.append(arguments.at(i).toLongLong());
    if (counts.isEmpty())
        counts = { 100000, 1000000 };

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    for (const qint64 rows : std::as_const(counts)) {
        const QString database = dir.filePath(u"history-%1.sqlite"_s.arg(rows));
        QElapsedTimer fillTimer;
        fillTimer.start();
        if (QProcess::execute(arguments.at(0), { u"--fill"_s, database, QString::number(rows) })
            != 0) {
            std::fprintf(stderr, "Filling %lld rows failed\n", static_cast<long long>(rows));
            return 1;
        }
        std::printf("filled %lld rows in %.1f s\n", static_cast<long long>(rows),
                    double(fillTimer.elapsed()) / 1000.0);
        std::fflush(stdout);
        // A fresh process per export, so VmHWM is the export's own peak.
        if (QProcess::execute(arguments.at(0), { u"--export"_s, database, QString::number(rows),
                                                 dir.filePath(u"out.csv"_s) })
            != 0)
            return 1;
    }
    return 0;
}
