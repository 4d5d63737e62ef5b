# SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Embeds the translations into a target under :/i18n. lupdate scans every source of the
# project, because translated text lives in presencecore, ui and app alike. Refresh the .ts
# files with `cmake --build <dir> --target update_translations`.

set(PRESENCE_TS_FILES
    ${PROJECT_SOURCE_DIR}/translations/presence_de.ts)

function(presence_add_translations target)
    file(GLOB_RECURSE translated_sources CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/presencecore/*.cpp ${PROJECT_SOURCE_DIR}/presencecore/*.h
        ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
        ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h)
    qt_add_translations(${target}
        TS_FILES ${PRESENCE_TS_FILES}
        SOURCES ${translated_sources}
        LUPDATE_OPTIONS -no-obsolete -locations none)
endfunction()

# presencectl embeds the same catalogues; presence-dashboard owns the lupdate targets.
function(presence_add_release_translations target)
    qt_add_lrelease(${target}
        TS_FILES ${PRESENCE_TS_FILES}
        QM_FILES_OUTPUT_VARIABLE qm_files
        NO_GLOBAL_TARGET)
    qt_add_resources(${target} "${target}_translations"
        PREFIX "/i18n"
        BASE ${CMAKE_CURRENT_BINARY_DIR}
        FILES ${qm_files})
endfunction()
