#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb from this build tree, unpacks it into a throwaway root and checks what a
# coordinator would get: the program, its menu entry, AppStream data, icons and man page, the
# dependencies computed by dpkg-shlibdeps, and no test program. Then the Debian and
# freedesktop.org validators: desktop-file-validate, appstreamcli, lintian (no error).
#   check-deb.sh BUILD_DIR VERSION
set -u
build=$1
version=$2
app_id=fr.villes-internet.Recueil
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
need() { command -v "$1" >/dev/null || { echo "FAIL: $1 is missing (packaging/install-deps.sh --tests)"; exit 1; }; }
for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli lintian; do need "$tool"; done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

# The package, built aside so that the build tree stays as it is.
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "FAIL: cpack -G DEB"
    exit 1
fi
deb=$(ls "$work"/out/recueil_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { cat "$work/cpack.log"; echo "FAIL: no recueil_*.deb made"; exit 1; }
echo "built $(basename "$deb")"

[ "$(dpkg-deb -f "$deb" Package)" = recueil ] || fail "package name is not recueil"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6widgets6 libqt6printsupport6 libqt6sql6 libqt6sql6-sqlite libgmime-3.0-0 libc6 tzdata; do
    echo "$depends" | grep -Eq "(^|, )$lib( |,|$)" || fail "Depends lacks $lib (dpkg-shlibdeps not run?)"
done

# Unpacked into a throwaway root, as dpkg would install it.
root=$work/root
dpkg-deb -x "$deb" "$root" || { echo "FAIL: dpkg-deb -x"; exit 1; }
for f in usr/bin/recueil \
         usr/share/applications/$app_id.desktop \
         usr/share/metainfo/$app_id.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/$app_id.svg \
         usr/share/icons/hicolor/16x16/apps/$app_id.png \
         usr/share/icons/hicolor/48x48/apps/$app_id.png \
         usr/share/icons/hicolor/256x256/apps/$app_id.png \
         usr/share/man/man1/recueil.1.gz \
         usr/share/doc/recueil/copyright \
         usr/share/doc/recueil/changelog.gz; do
    [ -s "$root/$f" ] || fail "/$f is not in the package"
done
# The program and nothing else under bin: no test, benchmark or fuzzing program.
others=$(find "$root" -type f \( -name 'tst_*' -o -name 'bench_*' -o -name 'fuzz_*' -o -name '*.a' \))
[ -z "$others" ] || fail "test files are installed: $others"
[ "$(ls "$root/usr/bin")" = recueil ] || fail "usr/bin holds more than recueil: $(ls "$root/usr/bin")"
file_list=$(dpkg-deb -c "$deb")
echo "$file_list" | grep -q ' root/root ' || fail "files are not owned by root"

# The unpacked program runs.
out=$("$root/usr/bin/recueil" --version 2>&1)
[ "$out" = "recueil $version" ] || fail "recueil --version printed “$out”"
"$root/usr/bin/recueil" --help | grep -q 'dossier --output' || fail "recueil --help does not list the commands"

# Menu entry, MIME types, AppStream.
desktop=$root/usr/share/applications/$app_id.desktop
desktop-file-validate "$desktop" || fail "desktop-file-validate"
grep -q '^MimeType=.*message/rfc822;' "$desktop" || fail ".desktop lacks message/rfc822"
grep -q '^MimeType=.*application/mbox;' "$desktop" || fail ".desktop lacks application/mbox"
grep -q '^Exec=recueil %F$' "$desktop" || fail ".desktop does not pass the files (%F)"
grep -q "^Icon=$app_id$" "$desktop" || fail ".desktop names another icon"
metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo has no release $version"
grep -q '<p xml:lang="fr">' "$metainfo" || fail "the metainfo has no French description"
[ "$(grep -c '<screenshot' "$metainfo")" -ge 4 ] || fail "the metainfo has fewer than four screenshots"

# Would apt install it here? (every dependency can be met; nothing is changed)
if command -v apt-get >/dev/null; then
    apt-get install -s --no-install-recommends "$deb" >"$work/apt.log" 2>&1 \
        || { cat "$work/apt.log"; fail "apt-get install -s refuses the package"; }
fi

# lintian: no error. Its warnings are printed (see packaging/README.md for those expected).
lintian --fail-on error --tag-display-limit 0 "$deb" || fail "lintian reports errors"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "the package is complete"
