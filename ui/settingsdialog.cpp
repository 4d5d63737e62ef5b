// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "settingsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Presence {

namespace {

const auto RefreshKey = u"dashboard/refreshSeconds"_s;
const auto OccupantCapKey = u"dashboard/occupantCap"_s;
const auto RetentionKey = u"history/retentionDays"_s;
constexpr int MaximumRetentionDays = 3650;
constexpr int MaximumRefreshSeconds = 3600;
constexpr int MaximumOccupantCap = 1'000'000;

} // namespace

DashboardSettings DashboardSettings::load()
{
    DashboardSettings loaded;
    const QSettings settings;
    bool ok = false;
    const int refresh = settings.value(RefreshKey).toInt(&ok);
    if (ok && refresh >= RefreshScheduler::MinimumIntervalSeconds && refresh <= MaximumRefreshSeconds)
        loaded.refreshSeconds = refresh;
    const int cap = settings.value(OccupantCapKey).toInt(&ok);
    if (ok && cap >= RefreshScheduler::PageSize && cap <= MaximumOccupantCap)
        loaded.occupantCap = cap;
    const int retention = settings.value(RetentionKey).toInt(&ok);
    if (ok && retention >= 1 && retention <= MaximumRetentionDays)
        loaded.historyRetentionDays = retention;
    return loaded;
}

void DashboardSettings::save() const
{
    QSettings settings;
    settings.setValue(RefreshKey, refreshSeconds);
    settings.setValue(OccupantCapKey, occupantCap);
    settings.setValue(RetentionKey, historyRetentionDays);
}

SettingsDialog::SettingsDialog(const DashboardSettings &saved, int sessionRefreshSeconds,
                               QWidget *parent)
    : QDialog(parent)
    , m_saved(saved)
{
    setWindowTitle(tr("Settings"));

    m_refreshSpin = new QSpinBox(this);
    m_refreshSpin->setRange(RefreshScheduler::MinimumIntervalSeconds, MaximumRefreshSeconds);
    m_refreshSpin->setSuffix(tr(" s"));
    m_refreshSpin->setValue(saved.refreshSeconds);
    m_refreshSpin->setAccessibleName(tr("Refresh interval in seconds"));
    m_refreshSpin->setToolTip(tr("At least 3 s, because the presence service caches Here Now "
                                 "answers for 3 s."));

    m_capSpin = new QSpinBox(this);
    m_capSpin->setRange(RefreshScheduler::PageSize, MaximumOccupantCap);
    m_capSpin->setSingleStep(RefreshScheduler::PageSize);
    m_capSpin->setGroupSeparatorShown(true);
    m_capSpin->setValue(saved.occupantCap);
    m_capSpin->setAccessibleName(tr("Occupant limit"));
    m_capSpin->setToolTip(tr("The most occupants of the selected channel that a refresh loads, "
                             "in pages of 1,000. \"Load all\" in the occupant table goes past it."));

    m_retentionSpin = new QSpinBox(this);
    m_retentionSpin->setRange(1, MaximumRetentionDays);
    m_retentionSpin->setValue(saved.historyRetentionDays);
    // The suffix follows the value, so that languages get their plural forms.
    auto updateRetentionSuffix = [this](int days) {
        m_retentionSpin->setSuffix(tr(" day(s)", nullptr, days));
    };
    updateRetentionSuffix(saved.historyRetentionDays);
    connect(m_retentionSpin, &QSpinBox::valueChanged, this, updateRetentionSuffix);
    m_retentionSpin->setAccessibleName(tr("Days of occupancy history kept"));
    m_retentionSpin->setToolTip(tr("Occupancy samples older than this are deleted from the "
                                   "history in the background."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Refresh every:"), m_refreshSpin);
    form->addRow(tr("&Occupant limit:"), m_capSpin);
    form->addRow(tr("&Keep history for:"), m_retentionSpin);

    auto *note = new QLabel(this);
    note->setWordWrap(true);
    if (sessionRefreshSeconds > 0 && sessionRefreshSeconds != saved.refreshSeconds) {
        note->setText(tr("This session refreshes every %1 s, as --refresh asked. A new interval "
                         "set here replaces it at once and is saved.")
                              .arg(sessionRefreshSeconds));
    } else {
        note->setText(tr("Changes apply at once and are saved for the next start."));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

DashboardSettings SettingsDialog::settings() const
{
    DashboardSettings edited;
    edited.refreshSeconds = m_refreshSpin->value();
    edited.occupantCap = m_capSpin->value();
    edited.historyRetentionDays = m_retentionSpin->value();
    return edited;
}

bool SettingsDialog::refreshChanged() const
{
    return m_refreshSpin->value() != m_saved.refreshSeconds;
}

} // namespace Presence
