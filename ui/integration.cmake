# SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Ties the history, chart and export parts into the main window.
target_sources(presenceui PRIVATE
    historyintegration.cpp historyintegration.h
)
