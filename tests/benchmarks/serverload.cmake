# SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# The load benchmark of `presencectl serve` (not a correctness test: label `benchmark`, which
# the test scripts exclude). Run it with `ctest -L benchmark -R serverload -V` or directly.
if(TARGET presencectl)
    qt_add_executable(serverload ${CMAKE_CURRENT_LIST_DIR}/serverload.cpp)
    target_link_libraries(serverload PRIVATE Qt6::Core Qt6::Network presence_strict)
    target_compile_definitions(serverload PRIVATE
        PRESENCECTL_PATH="$<TARGET_FILE:presencectl>")
    add_test(NAME serverload COMMAND serverload)
    set_tests_properties(serverload PROPERTIES LABELS "benchmark" TIMEOUT 300)
endif()
