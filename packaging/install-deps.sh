#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs, from Debian 12's own archive, what building (and with --tests, testing) Recueil needs.
# Only packages that are missing are installed; run it as often as you like.
set -eu

runtime_build="build-essential cmake ninja-build pkg-config
 qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
 libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n qt6-svg-dev libgmime-3.0-dev libytnef0-dev libssl-dev libsqlite3-dev zlib1g-dev tzdata"
tests="libpoppler-qt6-dev poppler-utils postgresql postgresql-15-rum sqlite3 xvfb xauth
 desktop-file-utils appstream python3 dpkg-dev file lintian
 clang libclang-rt-14-dev python3-odf python3-html5lib"

want="$runtime_build"
[ "${1:-}" = "--tests" ] && want="$want $tests"

missing=""
for p in $want; do
    dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null | grep -q '^ii' || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing:$missing"
$sudo apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
