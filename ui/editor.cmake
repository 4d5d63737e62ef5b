# SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Connection profiles (secrets in the system keychain) and the presence state editor.
target_sources(presenceui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/jsonhighlighter.cpp ${CMAKE_CURRENT_LIST_DIR}/jsonhighlighter.h
    ${CMAKE_CURRENT_LIST_DIR}/jsontext.cpp ${CMAKE_CURRENT_LIST_DIR}/jsontext.h
    ${CMAKE_CURRENT_LIST_DIR}/linediff.cpp ${CMAKE_CURRENT_LIST_DIR}/linediff.h
    ${CMAKE_CURRENT_LIST_DIR}/profiledialog.cpp ${CMAKE_CURRENT_LIST_DIR}/profiledialog.h
    ${CMAKE_CURRENT_LIST_DIR}/profilestore.cpp ${CMAKE_CURRENT_LIST_DIR}/profilestore.h
    ${CMAKE_CURRENT_LIST_DIR}/stateeditorwidget.cpp ${CMAKE_CURRENT_LIST_DIR}/stateeditorwidget.h
)
