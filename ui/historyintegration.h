// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "presencetypes.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;

namespace Presence {

class HistoryRecorder;
class MainWindow;
class OccupancyChartView;

/**
 * Adds the occupancy history to a main window: every refresh is recorded, the "Chart" tab
 * shows the selected channels over time, and the Export menu offers the CSV exports and
 * recording to a CSV file as refreshes happen.
 */
class HistoryIntegration : public QObject
{
    Q_OBJECT

public:
    // An empty path records into the default history database of the user.
    explicit HistoryIntegration(MainWindow *window, const QString &databasePath = {});
    ~HistoryIntegration() override;

    // The keyset the following refreshes belong to; the chart switches to it too.
    void setKeyset(const QString &keyset);

    HistoryRecorder *recorder() const { return m_recorder; }
    OccupancyChartView *chart() const { return m_chart; }
    // The channels charted: those selected in the channel table, or else the first watched ones.
    QStringList chartedChannels() const;

    QAction *exportOccupancyAction() const { return m_exportOccupancy; }
    QAction *exportOccupantsAction() const { return m_exportOccupants; }
    QAction *exportHistoryAction() const { return m_exportHistory; }
    QAction *recordCsvAction() const { return m_recordCsv; }
    QAction *recordOccupantsAction() const { return m_recordOccupants; }

private:
    void buildActions();
    void updateChartChannels();
    void updateActions();
    void onWatchListRefreshed(const HereNowResult &result);
    void onOccupantsRefreshed(const QString &channel, const HereNowChannel &occupants);
    void toggleCsvRecording(bool on);
    void toggleOccupantRecording(bool on);
    QString selectedChannel() const;

    QPointer<MainWindow> m_window;
    HistoryRecorder *m_recorder = nullptr;
    OccupancyChartView *m_chart = nullptr;
    QString m_keyset;
    QStringList m_chartedChannels;

    HereNowResult m_lastResult;
    HereNowChannel m_lastOccupants;

    QAction *m_exportOccupancy = nullptr;
    QAction *m_exportOccupants = nullptr;
    QAction *m_exportHistory = nullptr;
    QAction *m_recordCsv = nullptr;
    QAction *m_recordOccupants = nullptr;
};

} // namespace Presence
