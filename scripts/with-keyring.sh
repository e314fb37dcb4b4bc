#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked, throwaway gnome-keyring,
# so keychain code is exercised against a real Secret Service. Leaves no daemon or keyring behind.
# Where dbus-run-session or gnome-keyring-daemon is missing (macOS, Windows, a bare Linux), it runs the command as is.
set -eu
if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
  exec "$@"
fi
KEYRING_HOME="$(mktemp -d)"
export XDG_DATA_HOME="$KEYRING_HOME" XDG_RUNTIME_DIR="$KEYRING_HOME" THORDATA_TEST_KEYRING=1
status=0
dbus-run-session -- sh -c '
  printf %s "${KEYRING_PASSWORD:-ci-keyring-pass}" \
    | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
  GKR_PID=$!
  trap "kill $GKR_PID 2>/dev/null || true" EXIT
  i=0; until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
    i=$((i+1)); [ $i -gt 50 ] && { echo "gnome-keyring did not start" >&2; exit 1; }; sleep 0.1; done
  "$@"
' sh "$@" || status=$?
rm -rf "$KEYRING_HOME"
exit $status
