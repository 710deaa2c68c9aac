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
sleep 1
shot s1
xdotool key Tab
sleep 1
shot s2
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
xdotool key Tab
sleep 0.5
xdotool type --delay 50 "activist"
sleep 1
xdotool key Tab
shot c1
xdotool key shift+Tab
xdotool key --clearmodifiers ctrl+a
xdotool type --delay 50 "insurance"
sleep 1
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
xdotool mousemove "$rx" "$ry"
sleep 0.3
xdotool mousedown 1
steps=15
i=1
while [ $i -le $steps ]; do
  xdotool mousemove $((rx + (tx - rx) * i / steps)) $((ry + (ty - ry) * i / steps))
  sleep 0.05
  i=$((i + 1))
done
sleep 0.5
xdotool mouseup 1
sleep 0.8
xdotool mousemove 1275 795

# save: Ctrl+S and wait for the file to change.
save () {
  before=$(cksum <"$register")
  xdotool key --clearmodifiers ctrl+s
  for _ in $(seq 1 60); do
    if [ "$(cksum <"$register")" != "$before" ]; then
      sleep 0.5
      return 0
    fi
    sleep 0.5
  done
  show_log
  fail "Ctrl+S did not save the register $1"
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
sleep 0.5
save "after Ctrl+Z"
! grep -q 'kind="insurers"' "$register" || fail "one Ctrl+Z did not take the dropped party away"
! grep -q '<requirement ' "$register" || fail "one Ctrl+Z left requirements of the dropped party"
[ "$(grep -c '<party ' "$register")" = 2 ] || fail "Ctrl+Z did not leave the two parties there were"

xdotool key --clearmodifiers ctrl+q
for _ in $(seq 1 20); do
  kill -0 "$pid" 2>/dev/null || { pid=; break; }
  sleep 0.5
done
[ -z "$pid" ] || fail "Ctrl+Q did not quit after saving"

echo "ok 1 - a catalogue entry dragged onto the map with the mouse was saved there with its undecided requirements, and one undo took it away"
