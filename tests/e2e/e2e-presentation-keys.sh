#!/bin/sh
# e2e-presentation-keys.sh: in the presentation of the real quadrant, the
# facilitator sorts the selected party from the keyboard with real key events
# (xdotool): Alt+I makes it internal, Alt+K twice steps its kind on by two,
# Alt+Shift+K back by one; after leaving the presentation, Ctrl+S saves what
# the room decided.
#
# Usage: e2e-presentation-keys.sh QUADRANT-BINARY
# Needs an X display (make test runs the suite under xvfb-run; without DISPLAY
# this script starts its own Xvfb), xdotool and ImageMagick.
set -u

e2e_tools="xdotool import convert"
. "$(dirname "$0")/e2e-map-lib.sh"

a_id=7c1d2e3f-5a0e-4f57-9a55-0c1d2e3f4b01
register=$tmp/keys.quadrant.xml
cat >"$register" <<EOF2
<?xml version="1.0" encoding="UTF-8"?>
<register xmlns="urn:quadrant:register" format="1.0">
  <metadata>
    <organisation>Presentation Keys E2E</organisation>
  </metadata>
  <parties>
    <party id="$a_id" category="external" kind="customers" power="25" interest="25" support="neutral" desired-support="supportive">
      <name>Alpha</name>
    </party>
    <party id="7c1d2e3f-5a0e-4f57-9a55-0c1d2e3f4b02" category="external" kind="regulators" power="75" interest="75" support="supportive" desired-support="supportive">
      <name>Bravo</name>
    </party>
  </parties>
</register>
EOF2

# window_gone WID: the window no longer exists.
window_gone () {
  ! xdotool getwindowname "$1" >/dev/null 2>&1
}

open_map "$register"

# Tab selects the first party on the map (Alpha); F5 presents the map.
xdotool key Tab
xdotool key F5
presentation=$(find_window "Stakeholder Map" "$pid")
[ -n "$presentation" ] || { show_log; fail "the presentation window did not appear"; }
xdotool windowmove --sync "$presentation" 0 0 || true
xdotool windowfocus --sync "$presentation" 2>/dev/null || true
wait_for is_focused "$presentation"

# customers → clients → prospects → clients, and internal.
xdotool key --clearmodifiers alt+i
wait_for is_unsaved "$wid"
xdotool key --clearmodifiers alt+k
xdotool key --clearmodifiers alt+k
xdotool key --clearmodifiers alt+shift+k

# Leaving the presentation gives the editing window the keyboard again.
xdotool key Escape
wait_for window_gone "$presentation"
xdotool windowfocus --sync "$wid" 2>/dev/null || true
wait_for is_focused "$wid"

before=$(cksum <"$register")
xdotool key --clearmodifiers ctrl+s
wait_for file_changed "$register" "$before"
wait_for is_saved "$wid"

line=$(grep "id=\"$a_id\"" "$register") || fail "Alpha is missing from the saved register"
echo "# Alpha saved as: $line"
echo "$line" | grep -q 'category="internal"' || fail "Alt+I did not make the selected party internal: $line"
echo "$line" | grep -q 'kind="clients"' ||
  fail "Alt+K twice and Alt+Shift+K once did not step customers on to clients: $line"
grep -q 'kind="regulators"' "$register" || fail "the party not selected changed too"

xdotool key --clearmodifiers ctrl+q
wait_for has_quit "$pid"
pid=

echo "ok 1 - the selected party was sorted from the keyboard in the presentation and saved"
