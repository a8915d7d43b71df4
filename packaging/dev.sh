#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One entry point for a fresh machine: installs what is missing, builds, then runs the app or
# every test.
#   packaging/dev.sh run [redroster arguments...]   build and launch on a local SQLite file
#   packaging/dev.sh test [ctest arguments...]      build and run every test through ctest
#   packaging/dev.sh build                          build only
# BUILD_DIR (default build/release) and BUILD_TYPE (default Release) may be set.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build/release}
build_type=${BUILD_TYPE:-Release}
action=${1:-run}
[ $# -gt 0 ] && shift

debian_packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-5compat-dev qt6-tools-dev qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libgl-dev
  xvfb xauth fonts-noto-cjk poppler-utils sqlite3 postgresql libxlsxwriter-dev qtkeychain-qt6-dev unzip
  dpkg-dev desktop-file-utils appstream nsis icoutils icnsutils libplist-utils
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_deps() {
  case "$(uname -s)" in
    Linux)
      if ! command -v dpkg-query >/dev/null; then
        echo "dev.sh: install Qt 6.4+, CMake, Ninja and a C++20 compiler with your package manager" >&2
        return 0
      fi
      local missing=()
      for p in "${debian_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
      done
      if [ ${#missing[@]} -gt 0 ]; then
        echo "dev.sh: installing ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
      fi
      ;;
    Darwin)
      command -v brew >/dev/null || { echo "dev.sh: install Homebrew first (https://brew.sh)" >&2; exit 1; }
      for p in qt cmake ninja libpq libxlsxwriter qtkeychain; do brew list "$p" >/dev/null 2>&1 || brew install "$p"; done
      export CMAKE_PREFIX_PATH="$(brew --prefix qt)${CMAKE_PREFIX_PATH:+:$CMAKE_PREFIX_PATH}"
      ;;
  esac
}

build() {
  local jobs
  jobs=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)
  cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" >/dev/null
  cmake --build "$build_dir" --parallel "$jobs"
}

case "$action" in
  run)
    install_deps
    build
    app="$build_dir/app/redroster"
    [ -x "$app" ] || app="$build_dir/app/redroster.app/Contents/MacOS/redroster"
    if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "dev.sh: no display; starting under xvfb-run" >&2
      exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$@"
    fi
    exec "$app" "$@"
    ;;
  test)
    install_deps
    build
    cd "$build_dir"
    exec ctest --output-on-failure --timeout 900 "$@"
    ;;
  build)
    install_deps
    build
    ;;
  *)
    echo "usage: packaging/dev.sh run|test|build [arguments...]" >&2
    exit 64
    ;;
esac
