# SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks that the desktop file, the metainfo and the icon use one application id. appstreamcli
# does not notice a <launchable> that names a desktop file which is not installed.

file(READ ${SOURCE_DIR}/${APP_ID}.metainfo.xml metainfo)
file(READ ${SOURCE_DIR}/${APP_ID}.desktop desktop)

if(NOT metainfo MATCHES "<id>${APP_ID}</id>")
    message(FATAL_ERROR "The metainfo <id> is not ${APP_ID}.")
endif()
if(NOT metainfo MATCHES "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>")
    message(FATAL_ERROR "The metainfo <launchable> does not name ${APP_ID}.desktop.")
endif()
if(NOT desktop MATCHES "\nIcon=${APP_ID}\n")
    message(FATAL_ERROR "The desktop file's Icon= is not ${APP_ID}.")
endif()
if(NOT EXISTS ${SOURCE_DIR}/${APP_ID}.svg)
    message(FATAL_ERROR "The icon ${APP_ID}.svg is missing.")
endif()
string(ASCII 226 128 139 zero_width_space)
string(FIND "${metainfo}${desktop}" "${zero_width_space}" zero_width_position)
if(NOT zero_width_position EQUAL -1)
    message(FATAL_ERROR "A packaging file contains an invisible zero-width space.")
endif()
message(STATUS "Packaging files agree on ${APP_ID}.")
