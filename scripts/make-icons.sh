#!/bin/sh
# Renders resources/icon.svg into the icon set the installers use (committed, so packaging
# needs none of these tools): PNG sizes for Linux, icon.ico for Windows, icon.icns for macOS.
# Needs rsvg-convert (librsvg2-bin), convert (imagemagick) and png2icns (icnsutils).
set -eu
cd "$(dirname "$0")/../resources"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "icons/${size}x${size}.png"
done
cp icons/1024x1024.png icon.png
convert icons/16x16.png icons/24x24.png icons/32x32.png icons/48x48.png icons/64x64.png icons/128x128.png icons/256x256.png icon.ico
png2icns icon.icns icons/16x16.png icons/32x32.png icons/48x48.png icons/128x128.png icons/256x256.png icons/512x512.png icons/1024x1024.png >/dev/null
