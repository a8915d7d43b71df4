#!/usr/bin/env bash
# The rendered application icon (packaging/icons): every PNG at its size, a .ico that Windows'
# format reader (icoutils) lists with its seven sizes, a .icns that libicns reads with its ten
# entries.   check_icons.sh ICON_DIR
set -euo pipefail
. "$(dirname "$0")/common.sh"
dir=$1
need icotool icoutils
need icns2png icnsutils

for size in 16 22 24 32 48 64 128 256 512; do
  png="$dir/redroster-$size.png"
  [ -s "$png" ] || fail "$png is missing"
  [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "$png is not a PNG"
  [ "$(png_size "$png")" = "${size}x${size}" ] || fail "$png is $(png_size "$png"), not ${size}x${size}"
done

listing=$(icotool -l "$dir/redroster.ico") || fail "icotool cannot read redroster.ico"
for size in 16 24 32 48 64 128 256; do
  grep -q -- "--width=$size --height=$size --bit-depth=32" <<<"$listing" || fail "redroster.ico has no ${size}px image: $listing"
done
[ "$(grep -c -- '--icon' <<<"$listing")" -eq 7 ] || fail "redroster.ico should hold 7 images: $listing"
icotool -x -o "$scratch" "$dir/redroster.ico"
[ "$(png_size "$(ls "$scratch"/*256x256*.png)")" = "256x256" ] || fail "the .ico's 256px image does not decode"

listing=$(icns2png -l "$dir/redroster.icns" 2>&1) || fail "icns2png cannot read redroster.icns: $listing"
grep -q "10 elements total" <<<"$listing" || fail "redroster.icns should hold 10 elements: $listing"
for type in icp4 icp5 ic11 ic12 ic07 ic08 ic13 ic09 ic14 ic10; do
  grep -q "'$type'" <<<"$listing" || fail "redroster.icns has no $type element: $listing"
done
grep -q "'ic10' 1024x1024 32-bit" <<<"$listing" || fail "the .icns's 1024px (512@2x) image does not decode: $listing"
echo "icons: 9 PNG sizes, .ico with 7 images, .icns with 10 elements"
