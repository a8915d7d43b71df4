#!/usr/bin/env bash
# A dry run of the Windows installer script: CPack writes the NSIS script from
# packaging/windows/Installer.cmake and makensis compiles it into a real installer. The files in
# it are this Linux build's (a Windows build ships redroster.exe with Qt deployed), but the script
# (Start menu entry, icon, uninstaller, the stable registry key for upgrades) is the one Windows
# builds use.   check_nsis.sh BUILD_DIR
set -euo pipefail
. "$(dirname "$0")/common.sh"
build=$1
need cpack cmake
need makensis nsis

cpack --config "$build/CPackConfig.cmake" -G NSIS64 -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
  || { cat "$scratch/cpack.log"; fail "cpack -G NSIS64 failed"; }
exe=$(ls "$scratch"/out/*.exe)
[ "$(head -c 2 "$exe")" = "MZ" ] || fail "$exe is not a Windows executable"
nsi=$(ls "$scratch"/out/_CPack_Packages/*/NSIS64/project.nsi)
expect() { grep -qF -- "$1" "$nsi" || fail "the NSIS script lacks: $1"; }
expect '!define MUI_ICON'
expect 'redroster.ico'
expect 'CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\RedRoster.lnk" "$INSTDIR\bin\redroster.exe"'
expect 'WriteUninstaller "$INSTDIR\Uninstall.exe"'
grep -A1 -F 'Push "DisplayIcon"' "$nsi" | grep -qF 'Push "$INSTDIR\bin\redroster.exe"' \
  || fail "Apps & features would show no icon"
expect 'Software\The RedRoster developers\RedRoster'
expect 'Software\Microsoft\Windows\CurrentVersion\Uninstall\RedRoster'
expect 'InstallDir "$PROGRAMFILES64\RedRoster"'
# Upgrades: the key has no version in it, and an installed version is found and uninstalled first.
grep -qE 'Uninstall\\RedRoster[ _-]*[0-9]' "$nsi" && fail "the uninstall key carries the version"
expect 'ReadRegStr $0 HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\RedRoster" "UninstallString"'
echo "NSIS: $(basename "$exe") ($(stat -c %s "$exe") bytes) compiled with the Start menu entry, icon and uninstaller"
