#!/bin/sh
# e2e-journeys.sh: what an ISMS manager does most, from the keyboard alone,
# in the real quadrant with real key events (xdotool), each journey a test
# that checks the saved file and reports how many keys it took besides the
# text typed:
#   1. a new register from the template, with two catalogue parties;
#   2. a party waiting in the tray placed on the map and moved to another
#      quadrant;
#   3. a revision recorded;
#   4. a presentation, with three parties quick-added in the room;
#   5. the HTML report exported from the main menu, after which the window
#      still takes keys.
# (A party with two decided requirements: e2e-add-requirements.sh.)
#
# Usage: e2e-journeys.sh QUADRANT-BINARY
# Needs an X display (make test runs the suite under xvfb-run; without DISPLAY
# this script starts its own Xvfb), xdotool and ImageMagick.
set -u

e2e_plan=5
e2e_tools="xdotool import compare"
. "$(dirname "$0")/e2e-map-lib.sh"

# No blinking caret: a screen with one never stands still for a screenshot.
mkdir -p "$XDG_CONFIG_HOME/gtk-4.0"
printf '[Settings]\ngtk-cursor-blink=false\n' >"$XDG_CONFIG_HOME/gtk-4.0/settings.ini"

register=$tmp/journey.quadrant.xml
write_register () {
  cat >"$register" <<EOF2
<?xml version="1.0" encoding="UTF-8"?>
<register xmlns="urn:quadrant:register" format="1.0">
  <metadata>
    <organisation>Journeys E2E</organisation>
    <version>0.1</version>
  </metadata>
  <parties>
    <party id="7c1d2e3f-5a0e-4f57-9a55-0c1d2e3f4b02" category="external" kind="regulators" power="75" interest="75" support="supportive" desired-support="supportive">
      <name>Bravo</name>
    </party>
    <party id="7c1d2e3f-5a0e-4f57-9a55-0c1d2e3f4b01" category="external" kind="customers" support="neutral" desired-support="supportive">
      <name>Alpha</name>
    </party>
  </parties>
</register>
EOF2
}

keys=0
# press KEY...: keys that are not text, counted, each followed by a screen
# that stands still (what the key did has been drawn).
press () {
  for k in "$@"; do
    xdotool key --clearmodifiers "$k" || fail "xdotool key $k failed"
    keys=$((keys + 1))
    shot after-key
  done
}
# press_and_wait KEY...: the same for keys that must show something (a menu
# opening) before the next key can reach it: waits for the screen to change.
press_and_wait () {
  for k in "$@"; do
    shot before-key
    xdotool key --clearmodifiers "$k" || fail "xdotool key $k failed"
    keys=$((keys + 1))
    changed_from before-key after-key
    shot after-key
  done
}
# press_blind KEY: a counted key whose effect may not show (a save).
press_blind () {
  xdotool key --clearmodifiers "$1" || fail "xdotool key $1 failed"
  keys=$((keys + 1))
}
# type TEXT: text, not counted.
type () {
  xdotool type --delay 15 "$1"
}

# other_window: the id of a window of quadrant other than $wid and $known
# (a dialog), once shown; it gets the keyboard focus, as a window manager
# would give it.
known=
other_windows () {
  xdotool search --onlyvisible --pid "$pid" 2>/dev/null | while read -r w; do
    case " $wid $known " in
      *" $w "*) ;;
      *) echo "$w" ;;
    esac
  done
}
has_other_window () {
  [ -n "$(other_windows)" ]
}
other_window () {
  wait_for has_other_window
  other=$(other_windows | tail -n 1)
  xdotool windowfocus --sync "$other" 2>/dev/null || true
  wait_for is_focused "$other"
  echo "$other"
}
no_other_window () {
  ! has_other_window
}
# is_hidden WID: the window is no longer shown.
is_hidden () {
  ! xdotool search --onlyvisible --pid "$pid" 2>/dev/null | grep -qx "$1"
}
# back_to_main: once the dialogs have gone, the main window has the keyboard.
back_to_main () {
  wait_for no_other_window
  xdotool windowfocus --sync "$wid" 2>/dev/null || true
  wait_for is_focused "$wid"
}

# start: quadrant on a new copy of the register, on the Map page.
start () {
  e2e_test=$1
  keys=0
  register=$tmp/journey$1.quadrant.xml
  write_register
  open_map "$register"
}
# finish NAME: saved (Ctrl+S) and quit (Ctrl+Q); the keys are reported.
finish () {
  before=$(cksum <"$register")
  press_blind ctrl+s
  wait_for file_changed "$register" "$before"
  wait_for is_saved "$wid"
  xdotool key --clearmodifiers ctrl+q
  wait_for has_quit "$pid"
  pid=
}
# check_register PYTHON: the saved register, as root, passes the assertions.
check_register () {
  python3 - "$register" "$@" || { show_log; fail "the saved register is not as entered"; }
}

# ---- 1. A new register from the template ----
# F10 opens the main menu, T New from Template; the dialog starts in
# Organisation; Tab to the scope and the search; Enter in the search ticks
# the first entry found; Alt+R creates. The new register has a window of its
# own, saved with Ctrl+S into a name chosen in the file chooser.
start 1
press_and_wait F10 t
dialog=$(other_window)
type "Acme Clinics"
press Tab
type "Patient records and the booking service"
press Tab
type "board of directors"
press Return
type "data protection authority"
press Return
press_blind alt+r
# The new register's window replaces the dialog.
wait_for is_hidden "$dialog"
new_wid=$(other_window)
old_wid=$wid
wid=$new_wid
known=$old_wid
press_blind ctrl+s
chooser=$(other_window)
template_register=$tmp/acme.quadrant.xml
press ctrl+a
type "$template_register"
press_blind Return
wait_for test -s "$template_register"
echo "# 1. new register from the template: $keys keys"
python3 - "$template_register" <<'PY' || { show_log; fail "the register from the template is not as entered"; }
import sys, xml.etree.ElementTree as ET
ns = {'q': 'urn:quadrant:register'}
root = ET.parse(sys.argv[1]).getroot()
assert root.findtext('q:metadata/q:organisation', '', ns) == 'Acme Clinics'
assert root.findtext('q:metadata/q:scope', '', ns) == 'Patient records and the booking service'
names = [p.findtext('q:name', '', ns) for p in root.iterfind('.//q:party', ns)]
assert names == ['Board of directors', 'Data protection authority'], names
PY
back_to_main
xdotool key --clearmodifiers ctrl+q
wait_for has_quit "$pid"
pid=
wid=$old_wid
known=
echo "ok 1 - a register from the template with two catalogue parties, from the keyboard in $keys keys"

# ---- 2. Placed on the map and moved ----
# Tab reaches the party on the map, Tab again the tray, Enter places Alpha at
# the centre and focuses it; Shift+arrows move it by 10: power 70, interest
# 30, keep satisfied.
start 2
press Tab Tab Return
press shift+Up shift+Up shift+Left shift+Left
finish
echo "# 2. placed and moved to another quadrant: $keys keys"
check_register <<'PY'
import sys, xml.etree.ElementTree as ET
ns = {'q': 'urn:quadrant:register'}
root = ET.parse(sys.argv[1]).getroot()
alpha = [p for p in root.iterfind('.//q:party', ns) if p.findtext('q:name', '', ns) == 'Alpha'][0]
assert (alpha.get('power'), alpha.get('interest')) == ('70', '30'), alpha.attrib
PY
echo "ok 2 - a party placed from the tray and moved to keep satisfied in $keys keys"

# ---- 3. A revision recorded ----
# Alt+Return opens Register Details, Alt+H its History, Alt+R Record
# Revision, which starts in Author; Tab to the summary, Shift+Tab back up to
# the version; Enter records and closes; Esc closes the details.
start 3
press_and_wait alt+Return
details=$(other_window)
press_and_wait alt+h alt+r
record=$(other_window)
type "Dana Keyboard"
press Tab
type "After the first workshop"
press shift+Tab shift+Tab shift+Tab
type "0.2"
press_blind Return
wait_for is_hidden "$record"
xdotool windowfocus --sync "$details" 2>/dev/null || true
wait_for is_focused "$details"
press_blind Escape
back_to_main
finish
echo "# 3. revision recorded: $keys keys"
check_register <<'PY'
import sys, xml.etree.ElementTree as ET
ns = {'q': 'urn:quadrant:register'}
root = ET.parse(sys.argv[1]).getroot()
revisions = [(r.get('version'), r.findtext('q:author', '', ns) or r.get('author'),
              r.findtext('q:summary', '', ns)) for r in root.iterfind('.//q:revision', ns)]
assert revisions == [('0.2', 'Dana Keyboard', 'After the first workshop')], revisions
PY
echo "ok 3 - a revision recorded from the keyboard in $keys keys"

# ---- 4. A presentation with three parties quick-added ----
# F5 presents the map with the quick-add bar focused: a name and Enter each;
# Esc leaves the presentation.
start 4
press_blind F5
presentation=$(other_window)
for name in Charlie Delta Echo; do
  type "$name"
  press Return
done
press_blind Escape
back_to_main
finish
echo "# 4. presentation with three parties quick-added: $keys keys"
check_register <<'PY'
import sys, xml.etree.ElementTree as ET
ns = {'q': 'urn:quadrant:register'}
root = ET.parse(sys.argv[1]).getroot()
names = [p.findtext('q:name', '', ns) for p in root.iterfind('.//q:party', ns)]
assert names[-3:] == ['Charlie', 'Delta', 'Echo'], names
PY
echo "ok 4 - three parties quick-added in a presentation in $keys keys"

# ---- 5. The HTML report exported ----
# F10 opens the main menu, E its Export submenu, H HTML Report…; the file
# chooser takes the name and Enter exports. Then the window must have the
# keyboard again: Ctrl+Q quits it (the Export submenu once kept the keys).
start 5
press_and_wait F10 e h
chooser=$(other_window)
report=$tmp/journey-report.html
press ctrl+a
type "$report"
press_blind Return
wait_for test -s "$report"
back_to_main
echo "# 5. HTML report exported: $keys keys"
python3 - "$report" <<'PY' || { show_log; fail "the exported report is not the register's"; }
import sys
html = open(sys.argv[1], encoding='utf-8').read()
assert html.lstrip().lower().startswith('<!doctype html'), html[:80]
for text in ('Journeys E2E', 'Alpha', 'Bravo'):
    assert text in html, text
PY
xdotool key --clearmodifiers ctrl+q
wait_for has_quit "$pid"
pid=
echo "ok 5 - the HTML report exported from the main menu in $keys keys, and the window still takes keys"
