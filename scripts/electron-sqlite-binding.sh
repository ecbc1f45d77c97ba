#!/bin/sh
# Puts a better-sqlite3 binary built for Electron's ABI in build/electron-native/, leaving the
# Node build in node_modules untouched (tests, the platform server and the host use that one).
# Needs the network: it fetches better-sqlite3's published Electron prebuild, or Electron's
# headers to compile one. Packaged apps carry the result in resources/native/.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
target="$root/build/electron-native/better_sqlite3.node"
if [ "${1:-}" = "--if-missing" ] && [ -f "$target" ]; then
  exit 0
fi
electron_version=$(node -p "require('$root/node_modules/electron/package.json').version")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp -R "$root/node_modules/better-sqlite3/." "$work/"
rm -rf "$work/build"
cd "$work"
if ! "$root/node_modules/.bin/prebuild-install" --runtime electron --target "$electron_version" --verbose; then
  echo "No prebuilt binary for Electron $electron_version; compiling against Electron's headers" >&2
  npx --yes node-gyp rebuild --release --runtime=electron --target="$electron_version" \
    --dist-url=https://electronjs.org/headers
fi
mkdir -p "$root/build/electron-native"
cp build/Release/better_sqlite3.node "$target"
echo "Electron $electron_version binding: build/electron-native/better_sqlite3.node"
