# Shared by the packaging checks: failing with a reason, needing a tool, a scratch folder.
fail() { echo "FAIL: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null || fail "$1 is missing (packaging/dev.sh installs the package $2)"; }
scratch=$(mktemp -d "${TMPDIR:-/tmp}/redroster-packaging.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
# The width and height in a PNG's IHDR chunk, as "WxH".
png_size() {
  local w h
  w=$(od -An -tu1 -j16 -N4 "$1" | awk '{print $1*16777216+$2*65536+$3*256+$4}')
  h=$(od -An -tu1 -j20 -N4 "$1" | awk '{print $1*16777216+$2*65536+$3*256+$4}')
  echo "${w}x${h}"
}
