#!/bin/sh
# e2e-map-catalogue.sh: drag an entry of the catalogue beside the map onto the
# map of the real quadrant with real mouse events (xdotool), save with Ctrl+S
# and check that the saved file has the party where it was dropped, with its
# typical requirements undecided; then one Ctrl+Z takes all of it away.
#
# Usage: e2e-map-catalogue.sh QUADRANT-BINARY
# Needs an X display (make test runs the suite under xvfb-run; without DISPLAY
# this script starts its own Xvfb), xdotool and ImageMagick.
#
# Nothing on screen is assumed to be at a fixed place. The map's scale comes
# from two parties at known values: Tab draws a focus ring around each, and
# the difference between screenshots is that ring. The catalogue row comes
# from searching for two words that each match one entry: the difference
# between the two screenshots is the text of the row (and of the search
# entry, which is above it).
set -u

e2e_tools="xdotool import convert compare"
. "$(dirname "$0")/e2e-map-lib.sh"

# Two parties at known places: Alpha at power 25, interest 25, Bravo at 75, 75.
register=$tmp/catalogue.quadrant.xml
cat >"$register" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<register xmlns="urn:quadrant:register" format="1.0">
  <metadata>
    <organisation>Map Catalogue E2E</organisation>
  </metadata>
  <parties>
    <party id="5b1d0c2e-7f3a-4c1e-8d2b-1a2b3c4d5e01" category="external" kind="customers" power="25" interest="25" support="neutral" desired-support="supportive">
      <name>Alpha</name>
    </party>
    <party id="5b1d0c2e-7f3a-4c1e-8d2b-1a2b3c4d5e02" category="external" kind="regulators" power="75" interest="75" support="supportive" desired-support="supportive">
      <name>Bravo</name>
    </party>
  </parties>
</register>
EOF

open_map "$register"

# changes BEFORE AFTER: the changed areas between two screenshots, one
# "WIDTH HEIGHT X Y" (centre) a line.
changes () {
  convert "$tmp/$1.png" "$tmp/$2.png" -compose difference -composite \
    -colorspace gray -threshold 8% -morphology close disk:2 "$tmp/diff.png" || return 1
  convert "$tmp/diff.png" -define connected-components:verbose=true \
    -define connected-components:area-threshold=20 -connected-components 8 null: 2>/dev/null |
    awk '/srgb\(255,255,255\)|gray\(255\)|#FFFFFF/ {
           split ($2, g, /[x+]/); split ($3, c, ",");
           printf "%d %d %d %d\n", g[1], g[2], c[1] + 0.5, c[2] + 0.5
         }'
}

# filtered BEFORE NAME: after a search was typed, waits until the list
# below the search entry changed too (the search runs a moment after the
# typing): a change right of the map well below the topmost one, which is
# the entry's text. No settling here: the entry's caret blinks.
filtered () {
  while :; do
    screen_is "$2"
    below=$(changes "$1" "$2" | awk -v right="$bx" '$3 > right + 60 { print $4 }' | sort -n |
            awk 'NR == 1 { top = $1 } $1 > top + 20 { n++ } END { print n + 0 }')
    [ "$below" -gt 0 ] && return 0
    sleep 0.1
  done
}

# ring_of BEFORE AFTER: the centre "X Y" of the focus ring that appeared.
ring_of () {
  changes "$1" "$2" |
    awk '$1 >= 12 && $2 >= 12 && $1 <= 80 && $2 <= 80 && $1 / $2 > 0.6 && $1 / $2 < 1.6 {
           if ($1 * $2 > best) { best = $1 * $2; c = $3 " " $4 }
         }
         END { if (c == "") exit 1; print c }'
}

shot s0
xdotool key Tab
shot_after s0 s1
xdotool key Tab
shot_after s1 s2
a=$(ring_of s0 s1) || fail "no focus ring appeared on the map after Tab (is the Map page shown?)"
b=$(ring_of s0 s2) || fail "no focus ring appeared on the second party after Tab"
ax=${a% *}; ay=${a#* }
bx=${b% *}; by=${b#* }
echo "# Alpha (25, 25) at $ax,$ay; Bravo (75, 75) at $bx,$by"
[ "$bx" -gt $((ax + 100)) ] && [ "$by" -lt $((ay - 100)) ] ||
  fail "the two parties are not where their values put them"

# Tab goes on out of the map to the catalogue's search entry beside it. Tab
# again before each screenshot, so that no blinking caret keeps the screen
# from settling.
# The entry shows its focus before it takes the typing; Tab leaves it only
# once the list is filtered, or the focus would go to a row being replaced.
xdotool key Tab
changed_from s2 in-entry
xdotool type --delay 50 "activist"
filtered s2 typed
xdotool key Tab
shot c1
xdotool key shift+Tab
changed_from c1 in-entry
xdotool key --clearmodifiers ctrl+a
xdotool type --delay 50 "insurance"
filtered in-entry typed
xdotool key Tab
shot c2

# Right of the map, the top change is the search entry's text; the next line
# down is the name in the one row left: Insurance providers.
changes c1 c2 | awk -v right="$bx" '$3 > right + 60' >"$tmp/side.txt"
top=$(sort -n -k4 "$tmp/side.txt" | head -n 1 | cut -d' ' -f4)
row=$(awk -v top="${top:-0}" '$4 > top + 20 && (y == "" || $4 < y) { y = $4; c = $3 " " $4 }
                             END { if (c == "") exit 1; print c }' "$tmp/side.txt") ||
  fail "the catalogue beside the map did not show the searched entry"
rx=${row% *}; ry=${row#* }
echo "# the catalogue row for Insurance providers at $rx,$ry"

# Drop it at power 20, interest 80 (Keep informed), far from the catalogue's
# own suggestion (60, 50).
tx=$((ax + (bx - ax) * 55 / 50))
ty=$((ay + (ay - by) * 5 / 50))
# The pauses between motions pace the gesture like a hand. The drop is the
# end of a drag-and-drop exchange between windows, not one event: the party
# is there when the title gets its unsaved mark.
xdotool mousemove "$rx" "$ry"
shot before-drag
xdotool mousedown 1
steps=15
i=1
while [ $i -le $steps ]; do
  xdotool mousemove $((rx + (tx - rx) * i / steps)) $((ry + (ty - ry) * i / steps))
  sleep 0.05
  i=$((i + 1))
done
# The drag has begun once its icon shows under the pointer.
shot_after before-drag dragged
xdotool mouseup 1
wait_for is_unsaved "$wid"
xdotool mousemove 1275 795

# save: Ctrl+S, then wait until the file has changed and the window says so.
save () {
  before=$(cksum <"$register")
  xdotool key --clearmodifiers ctrl+s
  wait_for file_changed "$register" "$before"
  wait_for is_saved "$wid"
}
save "after the drop"

line=$(grep '<party .*kind="insurers"' "$register") ||
  fail "no party made from the dropped catalogue entry in the saved register"
power=$(echo "$line" | sed -n 's/.* power="\([0-9]*\)".*/\1/p')
interest=$(echo "$line" | sed -n 's/.* interest="\([0-9]*\)".*/\1/p')
echo "# Insurance providers saved at power $power, interest $interest (expected about 20, 80)"
[ -n "$power" ] && [ -n "$interest" ] || fail "the new party has no position: $line"
[ "$power" -ge 16 ] && [ "$power" -le 24 ] || fail "the new party's power is $power, dropped at 20"
[ "$interest" -ge 76 ] && [ "$interest" -le 84 ] || fail "the new party's interest is $interest, dropped at 80"
grep -q '<name>Insurance providers</name>' "$register" || fail "the new party is not named after the entry"
[ "$(grep -c '<requirement ' "$register")" = 2 ] ||
  fail "the new party does not have the entry's two typical requirements"
[ "$(grep '<requirement ' "$register" | grep -c 'decision="undecided"')" = 2 ] ||
  fail "the typical requirements are not undecided"
grep -q 'multi-factor authentication' "$register" || fail "a typical requirement's statement is missing"

# One drop is one undo step: Ctrl+Z takes the party and its requirements away.
xdotool key --clearmodifiers ctrl+z
wait_for is_unsaved "$wid"
save "after Ctrl+Z"
! grep -q 'kind="insurers"' "$register" || fail "one Ctrl+Z did not take the dropped party away"
! grep -q '<requirement ' "$register" || fail "one Ctrl+Z left requirements of the dropped party"
[ "$(grep -c '<party ' "$register")" = 2 ] || fail "Ctrl+Z did not leave the two parties there were"

xdotool key --clearmodifiers ctrl+q
wait_for has_quit "$pid"
pid=

echo "ok 1 - a catalogue entry dragged onto the map with the mouse was saved there with its undecided requirements, and one undo took it away"
