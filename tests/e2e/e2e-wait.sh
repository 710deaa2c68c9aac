# e2e-wait.sh: waiting for conditions, never for a time. Sourced (with `.`)
# by the end-to-end scripts after they have defined fail () and $tmp.
#
# Every wait polls its condition until it holds, without a bound of its own:
# meson's timeout (scaled by --timeout-multiplier) is the only limit, so a busy
# machine makes a test slower, never wrong. The short pause between polls only
# keeps the loop from taking a core from the program it waits for.

# wait_for COMMAND [ARG…]: until COMMAND succeeds.
wait_for () {
  until "$@"; do
    sleep 0.1
  done
}

# is_running PID: the process exists and has not ended (an ended child that
# nobody waited for yet is a zombie, which kill -0 still finds).
is_running () {
  [ -r "/proc/$1/status" ] || return 1
  ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null
}

# find_window NAME [PID]: prints the id of the first visible window whose
# title matches NAME, once there is one. xdotool's own --sync gives up with
# nothing when a window it examines goes away meanwhile (an X BadWindow
# error, which a busy machine makes likely while windows come and go), so
# the search is repeated until it finds one; it fails only when PID, the
# program that should show it, has quit.
find_window () {
  while :; do
    found=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -n 1)
    if [ -n "$found" ]; then
      echo "$found"
      return 0
    fi
    if [ -n "${2:-}" ] && ! is_running "$2"; then
      return 1
    fi
    sleep 0.1
  done
}

# is_focused WID: the window has the keyboard focus.
is_focused () {
  [ "$(xdotool getwindowfocus 2>/dev/null)" = "$1" ]
}

# is_unsaved WID: the window's title carries the unsaved mark.
is_unsaved () {
  case $(xdotool getwindowname "$1" 2>/dev/null) in
    \**) return 0 ;;
  esac
  return 1
}

# is_saved WID: the window's title has no unsaved mark.
is_saved () {
  ! is_unsaved "$1"
}

# has_quit PID: the process has ended (a zombie has: kill -0 still finds it).
has_quit () {
  ! is_running "$1"
}

# file_changed FILE CKSUM: FILE's checksum is no longer CKSUM.
file_changed () {
  [ "$(cksum <"$1")" != "$2" ]
}

# screen_is NAME: takes a screenshot into $tmp/NAME.png.
screen_is () {
  import -window root "$tmp/$1.png" || fail "could not take a screenshot"
}

# same_screen A B: the two screenshots have no pixel that differs.
same_screen () {
  [ "$(compare -metric AE "$tmp/$1.png" "$tmp/$2.png" null: 2>&1)" = 0 ]
}

# shot NAME: a screenshot once the screen has stopped changing: two in a row
# that are the same.
shot () {
  screen_is "$1"
  while :; do
    screen_is "$1.next"
    if same_screen "$1" "$1.next"; then
      rm -f "$tmp/$1.next.png"
      return 0
    fi
    mv "$tmp/$1.next.png" "$tmp/$1.png"
  done
}

# changed_from BEFORE NAME: waits until the screen differs from the
# screenshot BEFORE (the last input shows), keeping it as NAME. For a screen
# that never settles, such as one with a blinking caret.
changed_from () {
  while :; do
    screen_is "$2"
    same_screen "$1" "$2" || return 0
    sleep 0.1
  done
}

# shot_after BEFORE NAME: waits until the screen differs from the screenshot
# BEFORE (what the last input shows), then takes NAME once it has settled.
shot_after () {
  changed_from "$1" "$2"
  shot "$2"
}
