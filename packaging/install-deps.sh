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
 clang libclang-rt-14-dev python3-odf python3-html5lib chromium"

want="$runtime_build"
[ "${1:-}" = "--tests" ] && want="$want $tests"
# The website's browser check runs on Node.js; Debian's own when the machine has none.
[ "${1:-}" = "--tests" ] && ! command -v npm >/dev/null 2>&1 && want="$want nodejs npm"

missing=""
for p in $want; do
    dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null | grep -q '^ii' || missing="$missing $p"
done
browser_check() {
    # puppeteer-core and axe-core, at the versions package-lock.json pins, for tst_publish.
    [ "${1:-}" = "--tests" ] || return 0
    dir="$(cd "$(dirname "$0")/.." && pwd)/tests/publish/browser"
    [ -d "$dir/node_modules/axe-core" ] && [ -d "$dir/node_modules/puppeteer-core" ] && return 0
    echo "Installing the website check's npm packages into $dir/node_modules"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
}
if [ -z "$missing" ]; then
    browser_check "${1:-}"
    exit 0
fi

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing:$missing"
$sudo apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
browser_check "${1:-}"
