// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "refreshscheduler.h"

#include <QDialog>

class QSpinBox;

namespace Presence {

// The dashboard's settings that outlive a session, kept in QSettings under `dashboard/`.
struct DashboardSettings
{
    int refreshSeconds = RefreshScheduler::DefaultIntervalSeconds;
    int occupantCap = RefreshScheduler::DefaultOccupantCap;
    // Days of occupancy history kept; older samples are deleted in the background.
    int historyRetentionDays = 30;

    // Reads the saved settings; values out of range fall back to the defaults.
    static DashboardSettings load();
    void save() const;
};

// Edits the refresh interval, the occupant cap and how long the history is kept. A `--refresh` given on the command line
// is shown as the value in use for the session.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const DashboardSettings &saved, int sessionRefreshSeconds,
                   QWidget *parent = nullptr);

    DashboardSettings settings() const;
    bool refreshChanged() const;
    QSpinBox *refreshSpinBox() const { return m_refreshSpin; }
    QSpinBox *occupantCapSpinBox() const { return m_capSpin; }
    QSpinBox *retentionSpinBox() const { return m_retentionSpin; }

private:
    DashboardSettings m_saved;
    QSpinBox *m_refreshSpin = nullptr;
    QSpinBox *m_capSpin = nullptr;
    QSpinBox *m_retentionSpin = nullptr;
};

} // namespace Presence
