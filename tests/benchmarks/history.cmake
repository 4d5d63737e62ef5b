# SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# The history benchmarks (label `benchmark`, which the test scripts exclude): CSV export of
# 100,000 and 1,000,000 history rows, and the occupancy chart drawing a week of 5-second
# samples for 10 channels. Run them with `ctest -L benchmark -R bench_history -V` or directly;
# docs/benchmarks.md has the figures.
if(TARGET presencehistory)
    qt_add_executable(bench_historyexport
        ${CMAKE_CURRENT_LIST_DIR}/historyexportbench.cpp
        ${CMAKE_CURRENT_LIST_DIR}/historybenchdata.h)
    target_link_libraries(bench_historyexport PRIVATE presencehistory presence_strict)
    add_test(NAME bench_historyexport COMMAND bench_historyexport)
    set_tests_properties(bench_historyexport PROPERTIES LABELS "benchmark" TIMEOUT 600)
endif()

if(TARGET presencehistory AND TARGET presenceui)
    qt_add_executable(bench_historychart
        ${CMAKE_CURRENT_LIST_DIR}/historychartbench.cpp
        ${CMAKE_CURRENT_LIST_DIR}/historybenchdata.h)
    target_link_libraries(bench_historychart PRIVATE presenceui presencehistory presence_strict)
    add_test(NAME bench_historychart COMMAND bench_historychart)
    set_tests_properties(bench_historychart PROPERTIES
        LABELS "benchmark"
        TIMEOUT 600
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endif()
