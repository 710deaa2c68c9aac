#!/bin/sh
# e2e-wheel.sh: scroll down and up the long party editor of the real quadrant
# with real wheel events (xdotool buttons 4 and 5) passing over the Power and
# Interest controls, and check that no value changed: the register stays
# unmodified and its saved file keeps the party's power and interest. Then a
# deliberate act -- clicking into the Power field and turning the wheel there --
# does change the value, so the wheel still works where it is meant to.
#
# Usage: e2e-wheel.sh QUADRANT-BINARY
# Needs an X display (make test runs the suite under xvfb-run; without DISPLAY
# this script starts its own Xvfb), xdotool and ImageMagick.
#
# The window is placed at 0,0 at 1100x720; the editor pane is its right third.
set -u

e2e_tools="xdotool import compare"
. "$(dirname "$0")/e2e-map-lib.sh"

datadir=${QUADRANT_DATADIR:-$(dirname "$0")/../../data}
register=$tmp/wheel.quadrant.xml
cp "$datadir/examples/northwind.quadrant.xml" "$register" || fail "example register not found"
cp "$register" "$tmp/original.xml"

party_line () {
  grep '<party ' "$1" | grep 'kind="senior-leadership"' | head -n 1
}
grep -q 'power="90" interest="80"' <<EOT || fail "the example's first party is not at power 90, interest 80"
$(party_line "$register")
EOT

"$quadrant" "$register" >"$tmp/quadrant.log" 2>&1 &
pid=$!
wid=$(find_window "wheel.quadrant.xml" "$pid")
[ -n "$wid" ] || { show_log; fail "the quadrant window did not appear"; }
xdotool windowmove --sync "$wid" 0 0 || true
xdotool windowsize --sync "$wid" 1100 720 || true
xdotool windowfocus --sync "$wid" || fail "could not focus the window"

# click X Y: a real click, press and release apart.
click () {
  xdotool mousemove "$1" "$2"
  xdotool mousedown 1
  xdotool mouseup 1
}

title_is_clean () {
  case $(xdotool getwindowname "$wid") in
    \**|•*) return 1 ;;
  esac
  return 0
}

# The first party of the Parties page (its row below the search and the two
# lines of filters) opens in the editor beside the list.
# A window that has only just appeared may not take the first click yet.
shot start
opened=no
for _ in $(seq 1 10); do
  click 100 240
  shot editor
  changed=$(compare -metric AE "$tmp/start.png" "$tmp/editor.png" null: 2>&1) || true
  [ "$changed" != 0 ] && { opened=yes; break; }
done
[ "$opened" = yes ] || fail "clicking the first party did not open the editor"

# Scroll the editor down and back up with the pointer in the column of the
# sliders and of the spin buttons, so both pass under it.
for x in 850 930 985; do
  xdotool mousemove "$x" 400
  for _ in $(seq 1 12); do xdotool click 5; done
  shot down
  changed=$(compare -metric AE "$tmp/editor.png" "$tmp/down.png" null: 2>&1) || true
  [ "$changed" != 0 ] || fail "the wheel did not scroll the editor (pointer at $x,400)"
  for _ in $(seq 1 12); do xdotool click 4; done
  shot up
done
title_is_clean || fail "scrolling the editor modified the register (title: $(xdotool getwindowname "$wid"))"

# Saving writes the same power and interest back.
xdotool key --clearmodifiers ctrl+s
xdotool mousemove 1275 795
shot saved
grep -q 'power="90" interest="80"' <<EOT || fail "the saved party moved: $(party_line "$register")"
$(party_line "$register")
EOT

# A deliberate act: click into the Power spin button (back at the top of the
# editor), then the wheel there changes it by one step.
click 980 623
shot focused
xdotool click 4
for _ in $(seq 1 40); do
  title_is_clean || break
  shot wait
done
title_is_clean && fail "the wheel over the focused Power field did not change it"
xdotool key --clearmodifiers ctrl+s
for _ in $(seq 1 40); do
  party_line "$register" | grep -q 'power="91" interest="80"' && break
  shot wait
done
party_line "$register" | grep -q 'power="91" interest="80"' ||
  fail "the focused wheel did not save power 91: $(party_line "$register")"

echo "ok 1 - wheel over the party editor scrolls and changes nothing; over a focused field it changes it"
