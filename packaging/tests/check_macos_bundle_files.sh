#!/usr/bin/env bash
# What this machine can check of the macOS bundle: the configured Info.plist that a macOS build
# puts into RedRoster.app is a valid property list with the bundle's identity, and the Chinese
# display name file is there.   check_macos_bundle_files.sh INFO_PLIST SOURCE_DIR VERSION
set -euo pipefail
. "$(dirname "$0")/common.sh"
plist=$1 src=$2 version=$3
need plistutil libplist-utils

plistutil -i "$plist" -o "$scratch/Info.bin" -f bin >/dev/null 2>&1 || plistutil -i "$plist" -o "$scratch/Info.bin" \
  || fail "$plist is not a valid property list"
[ -s "$scratch/Info.bin" ] || fail "$plist did not convert to a binary property list"
plistutil -i "$scratch/Info.bin" -o "$scratch/Info.xml" || fail "the binary Info.plist does not read back"

value() { # the <string> after <key>$1</key>
  awk -v key="<key>$1</key>" 'found { gsub(/^[ \t]*<string>|<\/string>[ \t]*$/, ""); print; exit } index($0, key) { found = 1 }' "$scratch/Info.xml"
}
check() { [ "$(value "$1")" = "$2" ] || fail "Info.plist $1 is '$(value "$1")', expected '$2'"; }
check CFBundleIdentifier app.redroster.RedRoster
check CFBundleExecutable RedRoster
check CFBundleName RedRoster
check CFBundleIconFile redroster.icns
check CFBundlePackageType APPL
check CFBundleShortVersionString "$version"
check CFBundleVersion "$version"
grep -q "<string>zh-Hans</string>" "$scratch/Info.xml" || fail "Info.plist does not list the zh-Hans localization"
grep -q "<string>public.comma-separated-values-text</string>" "$scratch/Info.xml" \
  || fail "Info.plist does not offer the app for CSV files (Open With)"
grep -q "<key>NSHighResolutionCapable</key>" "$scratch/Info.xml" || fail "Info.plist lacks NSHighResolutionCapable"
grep -qE "@[A-Z_]+@" "$plist" && fail "Info.plist has an unconfigured @VARIABLE@"

strings="$src/packaging/macos/zh-Hans.lproj/InfoPlist.strings"
iconv -f UTF-8 -t UTF-8 "$strings" >/dev/null || fail "$strings is not UTF-8"
grep -q '^"CFBundleDisplayName" = "红人簿";$' "$strings" || fail "$strings does not name the app 红人簿"
echo "macOS: Info.plist valid (identifier, executable, icon, version $version, zh-Hans); 红人簿 display name"
