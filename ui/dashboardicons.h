// SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

namespace Presence {

/**
 * Returns the icon `:/icons/NAME.svg` drawn in the palette's button text colour, rendered at
 * several sizes so it stays sharp at any device pixel ratio. The SVG files stroke with
 * `currentColor`, which is replaced here, so the icons follow light and dark themes. Returns
 * a null icon when the resource is missing (as in tests that do not link the resources).
 */
QIcon dashboardIcon(const QString &name, const QPalette &palette);

} // namespace Presence
