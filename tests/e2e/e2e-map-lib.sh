# e2e-map-lib.sh: what the map's end-to-end scripts share. Sourced (with `.`)
# by a script whose first argument is the quadrant binary, after it has set
# e2e_tools to the commands it needs. It makes sure there is an X display
# (running the script again under xvfb-run when there is none), prints the TAP
# plan, and gives a private $tmp, removed on exit, and a private home.

quadrant=${1:?usage: $0 QUADRANT-BINARY}

# A script of several tests sets e2e_plan to their number and e2e_test to
# the one running.
fail () {
  echo "not ok ${e2e_test:-1} - $*"
  exit 1
}

for tool in $e2e_tools; do
  command -v $tool >/dev/null 2>&1 ||
    fail "$tool is not installed: this test needs real mouse events and screenshots (make deps installs them)"
done

if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null 2>&1 || fail "no DISPLAY and no xvfb-run to make one"
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

echo "1..${e2e_plan:-1}"

tmp=$(mktemp -d) || fail "mktemp failed"
pid=
cleanup () {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

# A private home: no drafts, recent files or settings from anyone else.
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache
export GSETTINGS_BACKEND=memory GTK_A11Y=none NO_AT_BRIDGE=1
mkdir -p "$HOME"

. "$(dirname "$0")/e2e-wait.sh"

show_log () {
  echo "# quadrant's output:"
  sed 's/^/# /' "$tmp/quadrant.log"
}

# open_map REGISTER: starts quadrant on REGISTER (its window title is the
# file's name) and shows the Map page, which takes the keyboard focus.
open_map () {
  "$quadrant" "$1" >"$tmp/quadrant.log" 2>&1 &
  pid=$!

  wid=$(find_window "$(basename "$1")" "$pid")
  [ -n "$wid" ] || { show_log; fail "the quadrant window did not appear"; }

  # No window manager under Xvfb: place and size the window and give it the
  # keyboard focus ourselves. The pointer waits outside, so no hover shows.
  xdotool windowmove --sync "$wid" 0 0 || true
  xdotool windowsize --sync "$wid" 1100 720 || true
  xdotool windowfocus --sync "$wid" || fail "could not focus the window"
  wait_for is_focused "$wid"
  xdotool mousemove 1275 795
  shot parties-page

  # The Map page (Alt+3). Esc clears any selection (focus coming from another
  # page may have selected the first party).
  xdotool key --clearmodifiers alt+3
  shot_after parties-page map-page
  xdotool key Escape
}
