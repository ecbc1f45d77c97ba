#!/bin/sh
# Runs a command where an OS keychain (Secret Service) answers: the desktop's own when one is
# running, otherwise a throw-away gnome-keyring on a private D-Bus session, removed afterwards.
set -eu

has_secret_service() {
  [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || return 1
  command -v dbus-send >/dev/null 2>&1 || return 1
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'
}

if has_secret_service; then
  exec "$@"
fi

for tool in dbus-run-session gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "No Secret Service is running and $tool is missing. Install:" >&2
    echo "  apt-get install -y --no-install-recommends gnome-keyring libsecret-tools dbus-x11 libsecret-1-dev chromium" >&2
    exit 1
  fi
done

keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
status=0
XDG_DATA_HOME="$keyring_home" dbus-run-session -- sh -c '
  printf %s pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"
' sh "$@" || status=$?
exit $status
