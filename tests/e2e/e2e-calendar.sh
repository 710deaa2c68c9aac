#!/bin/sh
# e2e-calendar.sh: a date chosen from the calendar beside a date field of the
# party editor in the real quadrant, with real mouse events (xdotool): going
# to the next month changes nothing yet; clicking a day sets and commits it,
# and Ctrl+S saves it.
#
# Usage: e2e-calendar.sh QUADRANT-BINARY
# Needs an X display (make test runs the suite under xvfb-run; without DISPLAY
# this script starts its own Xvfb), xdotool and ImageMagick.
#
# The window is placed at 0,0 at 1100x720; the places clicked are those of
# the example register's second party (Board of directors, last reviewed
# 2026-02-23) with its editor scrolled down by eight wheel steps.
set -u

e2e_tools="xdotool import compare"
. "$(dirname "$0")/e2e-map-lib.sh"

datadir=${QUADRANT_DATADIR:-$(dirname "$0")/../../data}
register=$tmp/calendar.quadrant.xml
cp "$datadir/examples/northwind.quadrant.xml" "$register" || fail "example register not found"
board () {
  grep '<party ' "$register" | grep 'kind="board"'
}
board | grep -q 'last-reviewed="2026-02-23"' || fail "the example's board was not last reviewed on 2026-02-23"

"$quadrant" "$register" >"$tmp/quadrant.log" 2>&1 &
pid=$!
wid=$(find_window "calendar.quadrant.xml" "$pid")
[ -n "$wid" ] || { show_log; fail "the quadrant window did not appear"; }
xdotool windowmove --sync "$wid" 0 0 || true
xdotool windowsize --sync "$wid" 1100 720 || true
xdotool windowfocus --sync "$wid" || fail "could not focus the window"

click () {
  xdotool mousemove "$1" "$2"
  xdotool mousedown 1
  xdotool mouseup 1
}
dirty () {
  case $(xdotool getwindowname "$wid") in
    \**|•*) return 0 ;;
  esac
  return 1
}
# changed_since NAME: whether the screen differs from screenshot NAME.
changed_since () {
  shot now
  [ "$(compare -metric AE "$tmp/$1.png" "$tmp/now.png" null: 2>&1)" != 0 ]
}

shot start
opened=no
for _ in $(seq 1 10); do
  click 100 179
  changed_since start && { opened=yes; break; }
done
[ "$opened" = yes ] || fail "clicking the second party did not open the editor"
# The editor slides in (an AdwFlap below its width): scroll once it stands.
shot opened

xdotool mousemove 900 400
for _ in $(seq 1 8); do xdotool click 5; done
shot scrolled

# The calendar button of Last Reviewed opens on the field's month.
click 1051 526
changed_since scrolled || fail "the calendar button did not open a calendar"
shot calendar

# The next month: not a choice, nothing changes yet.
click 1049 581
changed_since calendar || fail "the calendar did not go to the next month"
dirty && fail "going to the next month changed the register"

# A day: chosen, committed, the calendar closes.
click 1017 683
for _ in $(seq 1 40); do
  dirty && break
  shot wait
done
dirty || fail "clicking a day in the calendar did not set the date"

xdotool key --clearmodifiers ctrl+s
for _ in $(seq 1 60); do
  board | grep -q 'last-reviewed="2026-03-10"' && break
  shot saving
done
board | grep -q 'last-reviewed="2026-03-10"' || fail "the saved board: $(board)"

echo "ok 1 - a day chosen in the calendar is set, committed and saved; changing the month is not a choice"
