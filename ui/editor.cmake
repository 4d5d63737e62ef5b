# SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Connection profiles (secrets in the system keychain) and the presence state editor.
target_sources(presenceui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/profilestore.cpp ${CMAKE_CURRENT_LIST_DIR}/profilestore.h
)
