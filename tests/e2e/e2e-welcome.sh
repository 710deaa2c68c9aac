#!/bin/sh
# e2e-welcome.sh: the real quadrant started without a file shows its welcome
# page; its New from Template… (Alt+T, a real key event) opens the template
# dialog, where a click names the organisation and ticks a party, and Create
# (Alt+R) leads to a register, which Ctrl+S saves: the file is checked.
#
# Usage: e2e-welcome.sh QUADRANT-BINARY
# Needs an X display (make test runs the suite under xvfb-run; without DISPLAY
# this script starts its own Xvfb), xdotool and ImageMagick.
set -u

e2e_tools="xdotool import compare"
. "$(dirname "$0")/e2e-map-lib.sh"

saved=$tmp/acme.quadrant.xml

title_is () {
  [ "$(xdotool getwindowname "$1" 2>/dev/null)" = "$2" ]
}
title_is_not () {
  ! title_is "$1" "$2"
}

"$quadrant" >"$tmp/quadrant.log" 2>&1 &
pid=$!
wid=$(find_window "^Quadrant$" "$pid")
[ -n "$wid" ] || { show_log; fail "the quadrant window did not appear"; }
xdotool windowmove --sync "$wid" 0 0 || true
xdotool windowsize --sync "$wid" 1100 720 || true
xdotool windowfocus --sync "$wid" || fail "could not focus the window"
wait_for is_focused "$wid"
xdotool mousemove 1275 795
shot welcome
# The window is named after its register; only the welcome page leaves it
# plain "Quadrant".
title_is "$wid" "Quadrant" || fail "started without a file, the window is not the welcome page: $(xdotool getwindowname "$wid")"

# New from Template… by its mnemonic.
xdotool key --clearmodifiers alt+t
dialog=$(find_window "New Register from Template" "$pid")
[ -n "$dialog" ] || { show_log; fail "New from Template… did not open its dialog"; }
xdotool windowmove --sync "$dialog" 0 0 || true
xdotool windowfocus --sync "$dialog" || fail "could not focus the template dialog"
wait_for is_focused "$dialog"
shot dialog

# The Organisation row, then the first party's tick box, by the pointer.
xdotool mousemove --window "$dialog" 150 130 click 1
shot_after dialog organisation
xdotool type --delay 15 "Acme Ltd"
xdotool mousemove --window "$dialog" 58 343 click 1
shot_after organisation ticked
xdotool key --clearmodifiers alt+r

# The welcome page gives way to the new register.
wait_for title_is_not "$wid" "Quadrant"
shot register
case $(xdotool getwindowname "$wid") in
  *"Unsaved register"*) ;;
  *) fail "after Create the window shows no new register: $(xdotool getwindowname "$wid")" ;;
esac

# Saved as a person would: Ctrl+S asks where.
xdotool windowfocus --sync "$wid" || true
xdotool key --clearmodifiers ctrl+s
chooser=$(find_window "Save Register" "$pid")
[ -n "$chooser" ] || { show_log; fail "Ctrl+S did not ask where to save"; }
xdotool windowfocus --sync "$chooser" || true
wait_for is_focused "$chooser"
xdotool key --clearmodifiers ctrl+a
xdotool type --delay 15 "$saved"
xdotool key --clearmodifiers Return
wait_for test -s "$saved"
wait_for title_is "$wid" "acme.quadrant.xml"

grep -q 'Acme Ltd' "$saved" || fail "the saved register lacks the organisation typed in the template dialog"
grep -q '<party ' "$saved" || fail "the saved register has no party from the template"
grep -q 'Senior leadership' "$saved" || fail "the saved register lacks the party ticked in the template dialog"

xdotool key --clearmodifiers ctrl+q
wait_for has_quit "$pid"
pid=
echo "ok 1 - welcome page, New from Template, a register saved"
