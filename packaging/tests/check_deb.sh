#!/usr/bin/env bash
# The .deb, as a user gets it: cpack builds it from this build, it is unpacked into a scratch
# root, its metadata is read (dependencies, desktop entry, icons, AppStream), apt checks that it
# would install here, and the installed binary runs: --version, then demo data, a check and a
# campaign report PDF without a display.   check_deb.sh BUILD_DIR VERSION
set -euo pipefail
. "$(dirname "$0")/common.sh"
build=$1 version=$2
app_id=app.redroster.RedRoster
need cpack cmake
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need pdftotext poppler-utils
need readelf binutils

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
  || { cat "$scratch/cpack.log"; fail "cpack -G DEB failed"; }
deb=$(ls "$scratch"/out/*.deb)
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"

# Metadata: Debian's Qt libraries through shlibdeps, plus the plugins and the font it cannot see.
[ "$(dpkg-deb -f "$deb" Package)" = redroster ] || fail "package name is not redroster"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "version $(dpkg-deb -f "$deb" Version), expected $version"
depends=$(dpkg-deb -f "$deb" Depends)
for p in libqt6core6 libqt6widgets6 libqt6charts6 libqt6sql6 libqt6printsupport6 libqt6svg6 libqt6core5compat6 \
         libxlsxwriter libqt6sql6-sqlite qt6-qpa-plugins "fonts-noto-cjk | fonts-wqy-microhei"; do
  grep -qF -- "$p" <<<"$depends" || fail "Depends lacks $p: $depends"
done
recommends=$(dpkg-deb -f "$deb" Recommends)
grep -qF libqt6sql6-psql <<<"$recommends" || fail "Recommends lacks the PostgreSQL driver: $recommends"
echo "Depends: $depends"

# Contents.
root="$scratch/root"
dpkg-deb -x "$deb" "$root"
exe="$root/usr/bin/redroster"
[ -x "$exe" ] || fail "usr/bin/redroster is missing"
desktop="$root/usr/share/applications/$app_id.desktop"
[ -f "$desktop" ] || fail "the desktop entry is missing"
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $app_id.desktop"
grep -qx "Icon=$app_id" "$desktop" || fail "the desktop entry does not name the icon $app_id"
grep -qx "Name\[zh_CN\]=红人簿" "$desktop" || fail "the desktop entry has no Chinese name"
for size in 16 22 24 32 48 64 128 256 512; do
  png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  [ -f "$png" ] || fail "no ${size}x${size} icon"
  [ "$(png_size "$png")" = "${size}x${size}" ] || fail "the ${size}x${size} icon is $(png_size "$png")"
done
[ -f "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "no scalable icon"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
[ -f "$metainfo" ] || fail "the AppStream metainfo is missing"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli rejects the metainfo"
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo has no release $version"
if readelf -d "$exe" | grep -E "RPATH|RUNPATH" | grep -q "$build"; then fail "the binary still points into the build tree"; fi
missing=$(ldd "$exe" | grep "not found" || true)
[ -z "$missing" ] || fail "libraries not found: $missing"

# apt resolves its dependencies against this machine (a simulation: nothing is installed).
# Needs apt's package lists unless every dependency is installed already (dev.sh installs them).
if command -v apt-get >/dev/null && ls /var/lib/apt/lists/*_Packages >/dev/null 2>&1; then
  apt-get install --simulate --no-install-recommends "$deb" >"$scratch/apt.log" 2>&1 \
    || { cat "$scratch/apt.log"; fail "apt-get would not install the package"; }
  grep -q "^Inst redroster " "$scratch/apt.log" || { cat "$scratch/apt.log"; fail "apt-get did not plan to install redroster"; }
fi

# The installed binary, headless, with its own settings.
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" XDG_DATA_HOME="$scratch/home/.local/share"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
out=$("$exe" --version)
[ "$out" = "RedRoster $version" ] || [[ "$out" == "RedRoster $version ("* ]] || fail "--version printed '$out'"
"$exe" demo --db "$scratch/demo.sqlite" --creators 50 --seed 7 >"$scratch/demo.log" 2>&1 \
  || { cat "$scratch/demo.log"; fail "the installed binary could not create demo data"; }
"$exe" check --db "$scratch/demo.sqlite" >"$scratch/check.log" 2>&1 || { cat "$scratch/check.log"; fail "check failed"; }
"$exe" report campaign 1 --pdf "$scratch/report.pdf" --lang zh_CN --db "$scratch/demo.sqlite" >"$scratch/report.log" 2>&1 \
  || { cat "$scratch/report.log"; fail "the installed binary could not print a report"; }
text=$(pdftotext "$scratch/report.pdf" -)
grep -q "活动效果报告" <<<"$text" || fail "the report PDF has no Chinese title: $(head -c 300 <<<"$text")"
echo "installed binary: $out; demo, check and a $(pdfinfo "$scratch/report.pdf" | awk '/^Pages/{print $2}')-page Chinese report PDF without a display"
