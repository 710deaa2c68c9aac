#!/bin/sh
# e2e-refine.sh: refine 30 brainstormed candidates in the real quadrant with
# real key events (xdotool): Ctrl+R opens Refine mode, one key decides each
# candidate (1–4 relevant and placed in that quadrant, R relevant and left in
# the tray, N not relevant), one gets its reason typed (Tab, the reason,
# Enter), Esc closes. Ctrl+S saves, and the file must hold every decision.
# Prints how many keys the 30 decisions took.
#
# Usage: e2e-refine.sh QUADRANT-BINARY
# Needs an X display (make test runs the suite under xvfb-run; without DISPLAY
# this script starts its own Xvfb), xdotool and ImageMagick.
set -u

e2e_tools="xdotool import compare"
. "$(dirname "$0")/e2e-map-lib.sh"

register=$tmp/refine.quadrant.xml
{
  echo '<?xml version="1.0" encoding="UTF-8"?>'
  echo '<register xmlns="urn:quadrant:register" format="1.1">'
  echo '  <metadata>'
  echo '    <organisation>Refine E2E</organisation>'
  echo '  </metadata>'
  echo '  <parties>'
  for i in $(seq 1 30); do
    printf '    <party id="7c1d0c2e-7f3a-4c1e-8d2b-1a2b3c4d%04d" category="external" kind="other" support="neutral" desired-support="neutral" identified-by="brainstorming" identified-on="2026-03-01" relevance="to-decide">\n' "$i"
    printf '      <name>Candidate %02d</name>\n' "$i"
    echo '    </party>'
  done
  echo '  </parties>'
  echo '</register>'
} >"$register"

"$quadrant" "$register" >"$tmp/quadrant.log" 2>&1 &
pid=$!
wid=$(find_window "refine.quadrant.xml" "$pid")
[ -n "$wid" ] || { show_log; fail "the quadrant window did not appear"; }
xdotool windowmove --sync "$wid" 0 0 || true
xdotool windowsize --sync "$wid" 1100 720 || true
xdotool windowfocus --sync "$wid" || fail "could not focus the window"
wait_for is_focused "$wid"

# has_no_window NAME: no visible window has that title any more.
has_no_window () {
  [ -z "$(xdotool search --onlyvisible --name "$1" 2>/dev/null)" ]
}

keys=0
press () {
  xdotool key --clearmodifiers "$1" || fail "xdotool key $1 failed"
  keys=$((keys + 1))
}

# Refine mode. No window manager under Xvfb: focus its window ourselves.
press ctrl+r
refine=$(find_window "Refine Candidates" "$pid")
[ -n "$refine" ] || { show_log; fail "Refine mode did not open with Ctrl+R"; }
xdotool windowfocus --sync "$refine" || fail "could not focus Refine mode"
wait_for is_focused "$refine"
shot refine-first

# Candidates 1–18: relevant, placed in quadrants 1, 2, 3, 4 in turn;
# 19–22: relevant, left in the tray; 23–29: not relevant, reason later.
for i in $(seq 1 18); do
  press $(( (i - 1) % 4 + 1 ))
done
for i in $(seq 19 22); do
  press r
done
for i in $(seq 23 29); do
  press n
done
# 30: not relevant, with its reason typed now.
reason="No access to us"
press Tab
xdotool type --delay 20 "$reason" || fail "xdotool type failed"
keys=$((keys + ${#reason}))
press Return
shot_after refine-first refine-done
press Escape
wait_for has_no_window "Refine Candidates"

# Back in the main window: save.
xdotool windowfocus --sync "$wid" || fail "could not focus the window"
wait_for is_focused "$wid"
xdotool key --clearmodifiers ctrl+s
wait_for is_saved "$wid"
wait_for grep -q 'relevance="not-relevant"' "$register"

count () {
  grep -c "$1" "$register"
}
today=$(date +%Y-%m-%d)
[ "$(count 'relevance="to-decide"')" -eq 0 ] || fail "candidates still to decide after refining: $(count 'relevance="to-decide"')"
[ "$(count 'relevance="not-relevant"')" -eq 8 ] || fail "expected 8 not relevant, found $(count 'relevance="not-relevant"')"
[ "$(count "relevance-decided=\"$today\"")" -eq 30 ] || fail "expected 30 decisions dated $today, found $(count "relevance-decided=\"$today\"")"
[ "$(count ' power=')" -eq 18 ] || fail "expected 18 parties placed from Refine mode, found $(count ' power=')"
grep -q "<relevance-rationale>$reason</relevance-rationale>" "$register" || fail "the reason typed in Refine mode was not saved"
# Key 1 placed candidate 1 in manage closely (high power, high interest).
grep -A1 'Candidate 01' "$register" >/dev/null
awk '/4d0001"/ { if ($0 !~ /power="(6[0-9]|7[0-9]|8[0-9])"/ || $0 !~ /interest="(6[0-9]|7[0-9]|8[0-9])"/) exit 1 }' "$register" ||
  fail "key 1 did not place the candidate in manage closely"

echo "# refining 30 candidates took $keys keys: Ctrl+R, 29 single-key decisions, Tab + ${#reason} characters of a reason + Enter, Esc"
echo "ok 1 - 30 candidates refined from the keyboard and saved"
