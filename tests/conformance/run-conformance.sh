#!/bin/sh
# SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Starts three local presence servers on free loopback ports (plain, requiring an auth key, and
# requiring signatures), runs the official JavaScript SDK against them, and stops them again.
# Usage: run-conformance.sh PATH_TO_PRESENCECTL
set -u

presencectl=$1
here=$(cd "$(dirname "$0")" && pwd)

if [ ! -f "$here/node_modules/pubnub/package.json" ]; then
    echo "The conformance test needs the pinned PubNub SDK, but tests/conformance/node_modules is missing: run \"npm ci\" in tests/conformance first (see tests/conformance/README.md)." >&2
    exit 1
fi

work=$(mktemp -d)
plain_pid=
auth_pid=
signed_pid=
cleanup() {
    for pid in $plain_pid $auth_pid $signed_pid; do
        kill -TERM "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
    done
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

# Starts one server; sets $started_pid and $started_origin from its first stdout line.
start_server() {
    name=$1
    shift
    "$presencectl" serve --port 0 "$@" >"$work/$name.out" 2>"$work/$name.err" &
    started_pid=$!
    started_origin=
    tries=0
    while [ $tries -lt 100 ]; do
        line=$(head -n 1 "$work/$name.out" 2>/dev/null)
        case "$line" in
        "listening on http://"*)
            started_origin=${line#listening on http://}
            return 0
            ;;
        esac
        if ! kill -0 "$started_pid" 2>/dev/null; then
            break
        fi
        tries=$((tries + 1))
        sleep 0.1
    done
    echo "The $name presence server did not start:" >&2
    cat "$work/$name.err" >&2
    return 1
}

start_server plain --no-cache || exit 1
plain_pid=$started_pid
plain_origin=$started_origin
start_server auth --no-cache --auth-key conformance-auth || exit 1
auth_pid=$started_pid
auth_origin=$started_origin
PN_SECRET_KEY=conformance-secret PN_PUBLISH_KEY=conformance-publish \
    start_server signed --no-cache || exit 1
signed_pid=$started_pid
signed_origin=$started_origin

PRESENCE_ORIGIN=$plain_origin PRESENCE_AUTH_ORIGIN=$auth_origin \
    PRESENCE_SIGNED_ORIGIN=$signed_origin node "$here/conformance.mjs"
status=$?
if [ $status -ne 0 ]; then
    echo "Server log:" >&2
    cat "$work/plain.err" >&2
fi
exit $status
