// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "presencetypes.h"

#include <QStringList>

class QWidget;

namespace Presence {

// The Export menu's actions. Each prompts for a file name, writes the file atomically and
// reports a failure in a message box. Each returns true when a file was written.
namespace CsvExportActions {

// "Occupancy now": one row per channel of the last refresh.
bool exportOccupancyNow(QWidget *parent, const HereNowResult &result);
// "Occupants now": one row per occupant, with the state as JSON; the result must carry
// the occupants (a Here Now with user ids, and with state for the state column).
bool exportOccupantsNow(QWidget *parent, const HereNowResult &result);
// "History…": the channel and range dialog, then the export with a progress dialog.
// `selected` channels start checked.
bool exportHistory(QWidget *parent, const QString &databasePath, const QString &keyset,
                   const QStringList &recordedChannels, const QStringList &selected);

} // namespace CsvExportActions

} // namespace Presence
