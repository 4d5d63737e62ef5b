// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "historyintegration.h"

#include "channellistmodel.h"
#include "channeltablewidget.h"
#include "csvexportactions.h"
#include "historyrecorder.h"
#include "historystore.h"
#include "mainwindow.h"
#include "occupancychartview.h"
#include "refreshscheduler.h"
#include "settingsdialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QMenu>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

namespace {

    // Enough lines to tell channels apart on one chart.
    constexpr int MaxChartedChannels = 10;

} // namespace

HistoryIntegration::HistoryIntegration(MainWindow *window, const QString &databasePath)
    : QObject(window)
    , m_window(window)
{
    m_recorder = new HistoryRecorder(databasePath, this);

    m_chart = new OccupancyChartView(window->chartPlaceholder());
    m_chart->setDatabasePath(m_recorder->databasePath());
    auto *layout = new QVBoxLayout(window->chartPlaceholder());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart);

    buildActions();

    RefreshScheduler *scheduler = window->scheduler();
    connect(scheduler, &RefreshScheduler::watchListRefreshed, this,
        &HistoryIntegration::onWatchListRefreshed);
    connect(scheduler, &RefreshScheduler::occupantsRefreshed, this,
        [this](const QString &channel, const HereNowChannel &occupants, int) {
            onOccupantsRefreshed(channel, occupants);
        });
    connect(m_recorder, &HistoryRecorder::refreshRecorded, m_chart,
        &OccupancyChartView::scheduleReload);
    connect(m_recorder, &HistoryRecorder::errorOccurred, window, &MainWindow::reportError);
    connect(m_recorder, &HistoryRecorder::csvRecordingChanged, this,
        [this](bool recording) { m_recordCsv->setChecked(recording); });

    m_recorder->setRetentionDays(window->settings().historyRetentionDays);
    connect(window, &MainWindow::settingsApplied, this, [this](const DashboardSettings &settings) {
        m_recorder->setRetentionDays(settings.historyRetentionDays);
    });

    QItemSelectionModel *selection = window->channelTable()->view()->selectionModel();
    connect(selection, &QItemSelectionModel::selectionChanged, this, [this] {
        updateChartChannels();
        updateActions();
    });
    updateActions();
}

HistoryIntegration::~HistoryIntegration() = default;

void HistoryIntegration::setKeyset(const QString &keyset)
{
    m_keyset = keyset;
    m_lastResult = {};
    m_lastOccupants = {};
    m_recorder->setKeyset(keyset);
    m_chart->setKeyset(keyset);

    // The trend column starts with the occupancy recorded in earlier sessions.
    HistoryStore store;
    if (store.open(m_recorder->databasePath())) {
        const QStringList recorded = store.recordedChannels(keyset);
        m_window->channelModel()->setTrendHistory(
                store.lastOccupancies(keyset, recorded, ChannelListModel::TrendLength - 1));
    }
    updateChartChannels();
    updateActions();
}

QStringList HistoryIntegration::chartedChannels() const
{
    QStringList channels;
    if (!m_window)
        return channels;

    const QTableView *view = m_window->channelTable()->view();
    const QModelIndexList rows = view->selectionModel()->selectedRows(ChannelListModel::NameColumn);
    for (const QModelIndex &index : rows)
        channels.append(index.data(Qt::DisplayRole).toString());
    if (channels.isEmpty())
        channels = m_window->scheduler()->watchedChannels();

    channels.removeDuplicates();
    return channels.mid(0, MaxChartedChannels);
}

void HistoryIntegration::buildActions()
{
    QMenu *menu = m_window->exportMenu();

    m_exportOccupancy = menu->addAction(tr("Occupancy &Now…"));
    m_exportOccupancy->setToolTip(tr("Save the occupancy of every watched channel as CSV."));
    connect(m_exportOccupancy, &QAction::triggered, this,
        [this] { CsvExportActions::exportOccupancyNow(m_window, m_lastResult); });

    m_exportOccupants = menu->addAction(tr("O&ccupants of the Selected Channel…"));
    m_exportOccupants->setToolTip(
        tr("Save the occupants of the selected channel with their state as CSV."));
    connect(m_exportOccupants, &QAction::triggered, this, [this] {
        HereNowResult result;
        result.channels.append(m_lastOccupants);
        result.total_channels = 1;
        result.total_occupancy = m_lastOccupants.occupancy;
        result.fetchedAt = m_lastResult.fetchedAt;
        CsvExportActions::exportOccupantsNow(m_window, result);
    });

    m_exportHistory = menu->addAction(tr("&History of the Selected Channels…"));
    m_exportHistory->setToolTip(tr("Save the recorded occupancy over a time range as CSV."));
    connect(m_exportHistory, &QAction::triggered, this, [this] {
        HistoryStore store;
        QStringList recorded;
        if (store.open(m_recorder->databasePath()))
            recorded = store.recordedChannels(m_keyset);
        CsvExportActions::exportHistory(
            m_window, m_recorder->databasePath(), m_keyset, recorded, chartedChannels());
    });

    menu->addSeparator();

    m_recordCsv = menu->addAction(tr("&Record Each Refresh to CSV…"));
    m_recordCsv->setCheckable(true);
    m_recordCsv->setToolTip(tr("Append the occupancy of every refresh to a CSV file as it "
                               "happens, for other tools to read."));
    connect(m_recordCsv, &QAction::triggered, this, &HistoryIntegration::toggleCsvRecording);

    m_recordOccupants = menu->addAction(tr("Record &Occupants of the Selected Channel"));
    m_recordOccupants->setCheckable(true);
    m_recordOccupants->setToolTip(tr("Also keep the occupants and their state in the history "
                                     "at every refresh of the selected channel."));
    connect(
        m_recordOccupants, &QAction::triggered, this, &HistoryIntegration::toggleOccupantRecording);
}

void HistoryIntegration::updateChartChannels()
{
    m_chartedChannels = chartedChannels();
    m_chart->setChannels(m_chartedChannels);
}

void HistoryIntegration::updateActions()
{
    const QString channel = selectedChannel();
    m_exportOccupancy->setEnabled(!m_lastResult.channels.isEmpty());
    m_exportOccupants->setEnabled(!channel.isEmpty() && m_lastOccupants.name == channel);
    m_recordOccupants->setEnabled(!channel.isEmpty());

    bool marked = false;
    if (!channel.isEmpty()) {
        HistoryStore store;
        marked = store.open(m_recorder->databasePath()) && store.isMarked(m_keyset, channel);
    }
    m_recordOccupants->setChecked(marked);
}

void HistoryIntegration::onWatchListRefreshed(const HereNowResult &result)
{
    m_lastResult = result;
    m_recorder->record(result);
    // Without a selection the chart follows the watch list, which may change at any refresh.
    const QStringList charted = chartedChannels();
    if (charted != m_chartedChannels)
        updateChartChannels();
    updateActions();
}

void HistoryIntegration::onOccupantsRefreshed(
    const QString &channel, const HereNowChannel &occupants)
{
    m_lastOccupants = occupants;
    m_lastOccupants.name = channel;
    m_recorder->setOccupants(channel, occupants.occupants);
    updateActions();
}

void HistoryIntegration::toggleCsvRecording(bool on)
{
    if (!on) {
        m_recorder->stopCsvRecording();
        return;
    }

    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Record Each Refresh to CSV"),
        QDir(folder).filePath(u"occupancy-recording.csv"_s), tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        m_recordCsv->setChecked(false);
        return;
    }
    m_recorder->startCsvRecording(path);
}

void HistoryIntegration::toggleOccupantRecording(bool on)
{
    const QString channel = selectedChannel();
    if (channel.isEmpty())
        return;
    m_recorder->setMarked(channel, on);
}

QString HistoryIntegration::selectedChannel() const
{
    if (!m_window)
        return {};
    const QModelIndex current = m_window->channelTable()->view()->currentIndex();
    if (!current.isValid())
        return {};
    return current.siblingAtColumn(ChannelListModel::NameColumn).data(Qt::DisplayRole).toString();
}

} // namespace Presence
