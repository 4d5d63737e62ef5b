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

    // Reads the saved settings; values out of range fall back to the defaults.
    static DashboardSettings load();
    void save() const;
};

// Edits the refresh interval and the occupant cap. A `--refresh` given on the command line
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

private:
    DashboardSettings m_saved;
    QSpinBox *m_refreshSpin = nullptr;
    QSpinBox *m_capSpin = nullptr;
};

} // namespace Presence
