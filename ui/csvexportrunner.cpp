// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "csvexportrunner.h"

#include <QDir>
#include <QEventLoop>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

#include <chrono>

namespace Presence {

namespace {

constexpr int ProgressSteps = 1000;
constexpr std::chrono::milliseconds ProgressDialogDelay(400);

} // namespace

CsvExportRunner::CsvExportRunner(QObject *parent)
    : QObject(parent)
{
}

CsvExportRunner::~CsvExportRunner()
{
    if (!m_thread)
        return;
    cancel();
    m_thread->wait();
    delete m_thread;
}

bool CsvExportRunner::start(const HistoryExportRequest &request)
{
    if (m_thread)
        return false;

    m_cancelRequested = std::make_shared<std::atomic<bool>>(false);
    QPointer<CsvExportRunner> self(this);
    const auto cancelRequested = m_cancelRequested;
    // The worker reaches the runner only through queued calls guarded by QPointer. The
    // destructor waits for the thread, so the runner is alive whenever the worker posts.
    m_thread = QThread::create([self, request, cancelRequested] {
        QString message;
        qint64 rows = 0;
        const auto outcome = HistoryExport::run(
                request,
                [self, cancelRequested](qint64 written, qint64 total) {
                    QMetaObject::invokeMethod(
                            self,
                            [self, written, total] {
                                if (self)
                                    Q_EMIT self->progressChanged(written, total);
                            },
                            Qt::QueuedConnection);
                    return !cancelRequested->load();
                },
                &message, &rows);
        QMetaObject::invokeMethod(
                self,
                [self, outcome, rows, message, path = request.outputPath] {
                    if (self)
                        self->finish(outcome, rows, message, path);
                },
                Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("CsvExport"));
    m_thread->start();
    return true;
}

void CsvExportRunner::cancel()
{
    if (m_cancelRequested)
        m_cancelRequested->store(true);
}

void CsvExportRunner::finish(OccupancyCsv::Outcome outcome, qint64 rows, const QString &message,
                             const QString &outputPath)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }

    switch (outcome) {
    case OccupancyCsv::Outcome::Saved:
        Q_EMIT succeeded(rows, outputPath);
        break;
    case OccupancyCsv::Outcome::Cancelled:
        Q_EMIT cancelled();
        break;
    case OccupancyCsv::Outcome::Failed:
        Q_EMIT failed(message);
        break;
    }
}

bool exportHistoryWithProgress(QWidget *parent, const HistoryExportRequest &request)
{
    CsvExportRunner runner;
    QProgressDialog progress(QCoreApplication::translate("CsvExport", "Exporting history to %1…")
                                     .arg(QDir::toNativeSeparators(request.outputPath)),
                             QCoreApplication::translate("CsvExport", "&Cancel"), 0,
                             ProgressSteps, parent);
    progress.setWindowTitle(QCoreApplication::translate("CsvExport", "Export History"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(int(ProgressDialogDelay.count()));
    progress.setAutoClose(false);
    progress.setAutoReset(false);

    QEventLoop loop;
    bool saved = false;
    QString failure;
    QObject::connect(&runner, &CsvExportRunner::progressChanged, &progress,
                     [&progress](qint64 written, qint64 total) {
                         if (total > 0)
                             progress.setValue(int(written * ProgressSteps / total));
                     });
    QObject::connect(&progress, &QProgressDialog::canceled, &runner, &CsvExportRunner::cancel);
    QObject::connect(&runner, &CsvExportRunner::succeeded, &loop, [&] {
        saved = true;
        loop.quit();
    });
    QObject::connect(&runner, &CsvExportRunner::cancelled, &loop, &QEventLoop::quit);
    QObject::connect(&runner, &CsvExportRunner::failed, &loop, [&](const QString &message) {
        failure = message;
        loop.quit();
    });

    runner.start(request);
    loop.exec();
    progress.close();

    if (!failure.isEmpty())
        QMessageBox::warning(parent, QCoreApplication::translate("CsvExport", "Export Failed"),
                             failure);
    return saved;
}

} // namespace Presence
