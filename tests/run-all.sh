#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds with warnings as errors, and runs every test: the full suite,
# the core and server tests again under AddressSanitizer and UndefinedBehaviorSanitizer, and a
# short run of each fuzz target.
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/.." && pwd)
cd "$source_dir"
jobs=$(nproc)

packaging/install-deps.sh

echo "== Installing the official PubNub SDK for the conformance test"
(cd tests/conformance && npm ci --no-audit --no-fund --loglevel=error)

echo "== Developer build (warnings are errors)"
cmake --preset dev
cmake --build --preset dev -j "$jobs"
ctest --preset dev -j "$jobs" --label-exclude 'benchmark|fuzz'

echo "== Sanitizer build of the core, the server and their tests"
cmake --preset sanitize
cmake --build --preset sanitize -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --preset sanitize -j "$jobs" --label-exclude 'benchmark|fuzz|conformance'

echo "== Fuzz targets, short runs"
cmake --preset fuzz
cmake --build --preset fuzz -j "$jobs"
ctest --test-dir build/fuzz --output-on-failure -L fuzz
