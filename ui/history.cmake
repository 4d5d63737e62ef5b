# SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# The occupancy chart, the sparkline delegate and the CSV export dialogs.
target_sources(presenceui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/occupancychartview.cpp ${CMAKE_CURRENT_LIST_DIR}/occupancychartview.h
    ${CMAKE_CURRENT_LIST_DIR}/sparklinedelegate.cpp ${CMAKE_CURRENT_LIST_DIR}/sparklinedelegate.h
    ${CMAKE_CURRENT_LIST_DIR}/csvexportrunner.cpp ${CMAKE_CURRENT_LIST_DIR}/csvexportrunner.h
    ${CMAKE_CURRENT_LIST_DIR}/historyexportdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/historyexportdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/csvexportactions.cpp ${CMAKE_CURRENT_LIST_DIR}/csvexportactions.h
)
target_link_libraries(presenceui PUBLIC presencehistory)
