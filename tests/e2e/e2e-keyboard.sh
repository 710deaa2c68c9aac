#!/bin/sh
# e2e-keyboard.sh: start the real quadrant on a copy of the example register,
# add a party with real key events (xdotool), save with Ctrl+S and check the file.
#
# Usage: e2e-keyboard.sh QUADRANT-BINARY
# Needs an X display (make test runs the suite under xvfb-run; without DISPLAY
# this script starts its own Xvfb) and xdotool, which the Makefile installs.
set -u

quadrant=${1:?usage: e2e-keyboard.sh QUADRANT-BINARY}
party="Keyboard Party E2E"

fail () {
  echo "not ok 1 - $*"
  exit 1
}

echo "1..1"

for tool in xdotool import compare; do
  command -v $tool >/dev/null 2>&1 ||
    fail "$tool is not installed: this test needs real key events and screenshots (make deps installs it)"
done

if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null 2>&1 || fail "no DISPLAY and no xvfb-run to make one"
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

datadir=${QUADRANT_DATADIR:-$(dirname "$0")/../../data}
example=$datadir/examples/northwind.quadrant.xml
[ -f "$example" ] || fail "example register $example not found"

tmp=$(mktemp -d) || fail "mktemp failed"
pid=
cleanup () {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM
. "$(dirname "$0")/e2e-wait.sh"

register=$tmp/e2e.quadrant.xml
cp "$example" "$register"
parties_before=$(grep -c '<party ' "$register")

# A private home: no drafts, recent files or settings from anyone else.
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache
export GSETTINGS_BACKEND=memory GTK_A11Y=none NO_AT_BRIDGE=1
mkdir -p "$HOME"

"$quadrant" "$register" >"$tmp/quadrant.log" 2>&1 &
pid=$!

# The window title is the file name.
wid=$(find_window "e2e.quadrant.xml" "$pid")
[ -n "$wid" ] || { cat "$tmp/quadrant.log"; fail "the quadrant window did not appear"; }

# No window manager under Xvfb: give the window the keyboard focus ourselves.
xdotool windowfocus --sync "$wid" || fail "could not focus the window"
wait_for is_focused "$wid"
shot opened

# Add a party (Ctrl+Shift+N): the new party's name field has the focus, its
# text selected, so typing replaces it; Enter commits the name. The party is
# there once the title gets its unsaved mark, and its editor once the screen
# has settled.
xdotool key --clearmodifiers ctrl+shift+n || fail "xdotool key failed"
wait_for is_unsaved "$wid"
shot_after opened added
xdotool type --delay 20 "$party" || fail "xdotool type failed"
xdotool key Return

# Save and wait until the file has the party and the window says it is saved.
xdotool key --clearmodifiers ctrl+s
wait_for grep -q "$party" "$register"
wait_for is_saved "$wid"

parties_after=$(grep -c '<party ' "$register")
[ "$parties_after" -eq $((parties_before + 1)) ] ||
  fail "expected $((parties_before + 1)) parties after adding one, found $parties_after"

if command -v xmllint >/dev/null 2>&1; then
  xmllint --noout "$register" || fail "the saved register is not well-formed XML"
fi

# Quit by keyboard: nothing is unsaved, so no question.
xdotool key --clearmodifiers ctrl+q
wait_for has_quit "$pid"
pid=

echo "ok 1 - a party added by keyboard was saved with Ctrl+S"
