// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "historyexport.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;
class QWidget;

namespace Presence {

// Runs a history CSV export in a worker thread. Exactly one of succeeded(), failed() and
// cancelled() follows each start(), emitted in the runner's thread. The earlier file at the
// output path stays untouched unless the export succeeded. Destroying a running runner
// cancels the export and waits for the worker, and then emits nothing.
class CsvExportRunner : public QObject
{
    Q_OBJECT

public:
    explicit CsvExportRunner(QObject *parent = nullptr);
    ~CsvExportRunner() override;

    bool isRunning() const { return m_thread != nullptr; }

    // Returns false, emitting nothing, while another export runs.
    bool start(const HistoryExportRequest &request);
    void cancel();

Q_SIGNALS:
    void progressChanged(qint64 rowsWritten, qint64 totalRows);
    void succeeded(qint64 rowsWritten, const QString &outputPath);
    void failed(const QString &message);
    void cancelled();

private:
    void finish(OccupancyCsv::Outcome outcome, qint64 rows, const QString &message,
                const QString &outputPath);

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelRequested;
};

// Runs the export with a modal QProgressDialog that offers Cancel, and reports a failure in
// a message box. Returns true when the file was written.
bool exportHistoryWithProgress(QWidget *parent, const HistoryExportRequest &request);

} // namespace Presence
