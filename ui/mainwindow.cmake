# SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# The main window of the dashboard and the views it is built from.
target_sources(presenceui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/channeltablewidget.cpp ${CMAKE_CURRENT_LIST_DIR}/channeltablewidget.h
    ${CMAKE_CURRENT_LIST_DIR}/dashboardicons.cpp ${CMAKE_CURRENT_LIST_DIR}/dashboardicons.h
    ${CMAKE_CURRENT_LIST_DIR}/dashboardstatusbar.cpp ${CMAKE_CURRENT_LIST_DIR}/dashboardstatusbar.h
    ${CMAKE_CURRENT_LIST_DIR}/demobanner.cpp ${CMAKE_CURRENT_LIST_DIR}/demobanner.h
    ${CMAKE_CURRENT_LIST_DIR}/helpdialogs.cpp ${CMAKE_CURRENT_LIST_DIR}/helpdialogs.h
    ${CMAKE_CURRENT_LIST_DIR}/mainwindow.cpp ${CMAKE_CURRENT_LIST_DIR}/mainwindow.h
    ${CMAKE_CURRENT_LIST_DIR}/occupantpanel.cpp ${CMAKE_CURRENT_LIST_DIR}/occupantpanel.h
    ${CMAKE_CURRENT_LIST_DIR}/occupanttablewidget.cpp ${CMAKE_CURRENT_LIST_DIR}/occupanttablewidget.h
    ${CMAKE_CURRENT_LIST_DIR}/settingsdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/settingsdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/watchlistwidget.cpp ${CMAKE_CURRENT_LIST_DIR}/watchlistwidget.h
)
