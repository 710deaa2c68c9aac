#!/bin/sh
# e2e-map-drag.sh: drag a party's marker on the map of the real quadrant with
# real mouse events (xdotool), save with Ctrl+S and check that the party's
# power and interest changed in the saved file as the drag implies.
#
# Usage: e2e-map-drag.sh QUADRANT-BINARY
# Needs an X display (make test runs the suite under xvfb-run; without DISPLAY
# this script starts its own Xvfb), xdotool and ImageMagick.
#
# Where the markers are on screen is found by looking, not assumed: the map
# draws a focus ring around the party that Tab selects, so the difference
# between a screenshot before and after Tab is that ring, and its centre is
# the marker. Two parties at known values give the scale of both axes.
set -u

e2e_tools="xdotool import convert"
. "$(dirname "$0")/e2e-map-lib.sh"

# A small register: A at power 25, interest 25 and B at 75, 75; a third party
# is not on the map yet (it waits in the tray).
a_id=3f0e6f7c-5a0e-4f57-9a55-0c1d2e3f4a01
register=$tmp/map.quadrant.xml
cat >"$register" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<register xmlns="urn:quadrant:register" format="1.0">
  <metadata>
    <organisation>Map Drag E2E</organisation>
  </metadata>
  <parties>
    <party id="$a_id" category="external" kind="customers" power="25" interest="25" support="neutral" desired-support="supportive">
      <name>Alpha</name>
    </party>
    <party id="3f0e6f7c-5a0e-4f57-9a55-0c1d2e3f4a02" category="external" kind="regulators" power="75" interest="75" support="supportive" desired-support="supportive">
      <name>Bravo</name>
    </party>
    <party id="3f0e6f7c-5a0e-4f57-9a55-0c1d2e3f4a03" category="internal" kind="staff" support="neutral" desired-support="supportive">
      <name>Charlie</name>
    </party>
  </parties>
</register>
EOF

open_map "$register"

# centre_of BEFORE AFTER: the centre "X Y" of the largest changed area, in
# screen pixels (the ring of the newly focused marker).
centre_of () {
  convert "$tmp/$1.png" "$tmp/$2.png" -compose difference -composite \
    -colorspace gray -threshold 8% -morphology close disk:2 "$tmp/diff.png" || return 1
  convert "$tmp/diff.png" -define connected-components:verbose=true \
    -define connected-components:area-threshold=30 -connected-components 8 null: 2>/dev/null |
    awk '/srgb\(255,255,255\)|gray\(255\)|#FFFFFF/ {
           split ($2, g, /[x+]/); w = g[1]; h = g[2];
           if (w < 12 || h < 12 || w > 80 || h > 80) next;
           r = w / h; if (r < 0.6 || r > 1.6) next;      # the ring is round
           if ($4 > best) { best = $4; c = $3 }
         }
         END { if (c == "") exit 1; split (c, p, ","); printf "%d %d\n", p[1] + 0.5, p[2] + 0.5 }'
}

shot s0
xdotool key Tab
shot_after s0 s1
xdotool key Tab
shot_after s1 s2

a=$(centre_of s0 s1) || fail "no focus ring appeared on the map after Tab (is the Map page shown?)"
b=$(centre_of s0 s2) || fail "no focus ring appeared on the second party after Tab"
ax=${a% *}; ay=${a#* }
bx=${b% *}; by=${b#* }
echo "# Alpha (25, 25) at $ax,$ay; Bravo (75, 75) at $bx,$by"

# Interest grows to the right, power upwards.
[ "$bx" -gt $((ax + 100)) ] || fail "Bravo ($bx) is not well right of Alpha ($ax)"
[ "$by" -lt $((ay - 100)) ] || fail "Bravo ($by) is not well above Alpha ($ay)"

# Drag Alpha by 40 interest to the right and 30 power up: pixels per 50 units
# are the distance between the two markers.
dx=$(( (bx - ax) * 40 / 50 ))
dy=$(( (ay - by) * 30 / 50 ))
# The pauses between motions pace the gesture like a hand; the app handles
# the events in order, so nothing waits on them.
xdotool mousemove "$ax" "$ay"
xdotool mousedown 1
steps=12
i=1
while [ $i -le $steps ]; do
  xdotool mousemove $((ax + dx * i / steps)) $((ay - dy * i / steps))
  sleep 0.05
  i=$((i + 1))
done
xdotool mouseup 1
xdotool mousemove 1275 795
# The drag is recorded when the title gets its unsaved mark.
wait_for is_unsaved "$wid"

# Save, and wait until the file has changed and the window says it is saved.
before=$(cksum <"$register")
xdotool key --clearmodifiers ctrl+s
wait_for file_changed "$register" "$before"
wait_for is_saved "$wid"

line=$(grep "id=\"$a_id\"" "$register") || fail "Alpha is missing from the saved register"
power=$(echo "$line" | sed -n 's/.* power="\([0-9]*\)".*/\1/p')
interest=$(echo "$line" | sed -n 's/.* interest="\([0-9]*\)".*/\1/p')
echo "# Alpha saved at power $power, interest $interest (expected about 55, 65)"
[ -n "$power" ] && [ -n "$interest" ] || fail "Alpha has no position in the saved register: $line"
[ "$power" -ge 52 ] && [ "$power" -le 58 ] ||
  fail "Alpha's power is $power after dragging it 30 up from 25"
[ "$interest" -ge 62 ] && [ "$interest" -le 68 ] ||
  fail "Alpha's interest is $interest after dragging it 40 right from 25"
grep -q 'power="75" interest="75"' "$register" || fail "Bravo moved although it was not dragged"

# One drag is one undo step: Ctrl+Z puts Alpha back where it was.
xdotool key --clearmodifiers ctrl+z
wait_for is_unsaved "$wid"
before=$(cksum <"$register")
xdotool key --clearmodifiers ctrl+s
wait_for file_changed "$register" "$before"
wait_for is_saved "$wid"
grep "id=\"$a_id\"" "$register" | grep -q 'power="25" interest="25"' ||
  fail "one Ctrl+Z did not undo the whole drag: $(grep "id=\"$a_id\"" "$register")"

xdotool key --clearmodifiers ctrl+q
wait_for has_quit "$pid"
pid=

echo "ok 1 - a party dragged on the map with the mouse was saved at its new power and interest"
