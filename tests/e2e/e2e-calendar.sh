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
# The places clicked are those of the example register's second party (Board
# of directors, last reviewed 2026-02-23) in a window of 1100x1500 at 0,0,
# tall enough that the whole party editor shows without scrolling: wheel
# steps sent in a row can be merged or land before the editor stands, and
# then the clicks below hit another field. The script therefore runs on a
# display of its own of that height, which also starts it without anything
# earlier tests left on a shared display.
set -u

if [ -z "${E2E_CALENDAR_DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  E2E_CALENDAR_DISPLAY=own exec xvfb-run -a -s "-screen 0 1280x1600x24" "$0" "$@"
fi

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
xdotool windowsize --sync "$wid" 1100 1500 || true
xdotool windowfocus --sync "$wid" || fail "could not focus the window"
wait_for is_focused "$wid"

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
  click 100 272
  changed_since start && { opened=yes; break; }
done
[ "$opened" = yes ] || fail "clicking the second party did not open the editor"
shot editor

# The calendar button of Last Reviewed opens on the field's month.
click 1051 1123
# The pointer leaves, so the button's tooltip does not cover the calendar.
xdotool mousemove 1250 1580
changed_since editor || fail "the calendar button did not open a calendar"
shot calendar

# The next month: not a choice, nothing changes yet.
click 1050 1189
changed_since calendar || fail "the calendar did not go to the next month"
dirty && fail "going to the next month changed the register"

# A day: chosen, committed, the calendar closes.
click 1017 1291
wait_for dirty
shot chosen

# Saved with Ctrl+S once the window has the keyboard again: a click on the
# "Identification and Review" heading (nothing to press there) gives it, as
# it would for anyone; a popover that has just closed can keep the keys.
click 810 962
before=$(cksum <"$register")
xdotool key --clearmodifiers ctrl+s
wait_for file_changed "$register" "$before"
board | grep -q 'last-reviewed="2026-03-10"' || fail "the saved board: $(board)"

echo "ok 1 - a day chosen in the calendar is set, committed and saved; changing the month is not a choice"
