#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Presence Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian 12 packages that building, running and testing Presence Dashboard need.
# Packages already present are left alone, so a second run costs a few seconds.
set -euo pipefail

packages=(
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    qtkeychain-qt6-dev qt6-translations-l10n libqt6sql6-sqlite zlib1g-dev cmake ninja-build g++
    xvfb xauth imagemagick appstream desktop-file-utils
    # Tests: clang with libFuzzer and the sanitizer runtimes, Python for the CSV reader check,
    # Node.js and npm for the official PubNub SDK.
    clang libclang-rt-14-dev python3 nodejs npm
    # A real Secret Service for the keychain test.
    dbus gnome-keyring libsecret-1-0
)
# The server benchmark compares with nginx and loads both servers with wrk.
if [ "${PRESENCE_BENCHMARK_DEPS:-0}" = 1 ]; then
    packages+=(nginx-light wrk)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
# Node.js may come from outside Debian; a working node and npm are enough.
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
    missing=("${missing[@]/nodejs}")
    missing=("${missing[@]/npm}")
fi
read -r -a missing <<< "${missing[*]}"

if [ "${#missing[@]}" -eq 0 ]; then
    echo "All build and test packages are installed."
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
