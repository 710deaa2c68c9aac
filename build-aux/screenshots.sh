#!/bin/sh
# screenshots.sh: refresh the README's screenshots in docs/screenshots/
#
# Runs the built quadrant under Xvfb on the example register and saves the main
# window (Parties page) and the map (light) at 1280×800, presentation mode full
# screen on a 1920×1080 projector, and the map page of the PDF report, each a
# small PNG (256 colours, well under 300 KB).
#
# Usage: build-aux/screenshots.sh [BUILDDIR]   (default: build; run `make` first)
# Needs xvfb-run (or a DISPLAY), xdotool, ImageMagick and pdftoppm: `make deps` installs them.
set -eu

srcdir=$(cd "$(dirname "$0")/.." && pwd)
builddir=${1:-$srcdir/build}
case $builddir in /*) ;; *) builddir=$(pwd)/$builddir ;; esac
quadrant=$builddir/src/quadrant
example=$srcdir/data/examples/northwind.quadrant.xml
outdir=$srcdir/docs/screenshots
width=1280
height=800
# The screen: a projector's, for presentation mode.
screen_width=1920
screen_height=1080

[ -x "$quadrant" ] || { echo "screenshots.sh: $quadrant not found; build first (make)" >&2; exit 1; }
for tool in xdotool import convert pdftoppm; do
  command -v $tool >/dev/null 2>&1 || { echo "screenshots.sh: $tool is missing (make deps)" >&2; exit 1; }
done

if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 ${screen_width}x${screen_height}x24" "$0" "$builddir"
fi

tmp=$(mktemp -d)
pid=
cleanup () {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

# A private home and settings, the light style, and the schemas of the build.
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache
export GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR=$builddir/data GTK_A11Y=none NO_AT_BRIDGE=1
export ADW_DEBUG_COLOR_SCHEME=prefer-light LANG=${LANG:-C.UTF-8}
mkdir -p "$HOME/Documents" "$outdir"
cp "$example" "$HOME/Documents/northwind.quadrant.xml"

"$quadrant" "$HOME/Documents/northwind.quadrant.xml" >"$tmp/quadrant.log" 2>&1 &
pid=$!

wid=$(xdotool search --sync --onlyvisible --name "northwind.quadrant.xml" | head -n 1)
[ -n "$wid" ] || { cat "$tmp/quadrant.log" >&2; echo "screenshots.sh: no window" >&2; exit 1; }
# No window manager: place, size and focus the window ourselves.
xdotool windowmove --sync "$wid" 0 0 || true
xdotool windowsize --sync "$wid" $width $height || true
xdotool windowfocus --sync "$wid"
xdotool mousemove $((width - 1)) $((height - 1))
sleep 2

# save NAME: $tmp/NAME.png into the README's folder, small.
save () {
  convert "$tmp/$1.png" -resize "${width}x${height}>" -colors 256 -strip "PNG8:$outdir/$1.png"
  echo "$outdir/$1.png: $(wc -c <"$outdir/$1.png") bytes"
}

# shot NAME [all]: the main window's corner of the screen (or all of it).
shot () {
  if [ "${2:-}" = all ]; then
    import -window root "$tmp/$1.png"
  else
    import -window root -crop "${width}x${height}+0+0" +repage "$tmp/$1.png"
  fi
  save "$1"
}

# The first party selected, so its editor shows beside the list.
xdotool mousemove 120 146 click 1
sleep 1
xdotool mousemove $((width - 1)) $((height - 1))
sleep 0.5
shot main-window

xdotool key --clearmodifiers alt+3
sleep 2
shot map

xdotool key --clearmodifiers F5
sleep 2
# Full screen on the projector, whatever the window manager (there is none).
pwid=$(xdotool search --sync --onlyvisible --name "Stakeholder Map" | head -n 1)
if [ -n "$pwid" ]; then
  xdotool windowmove --sync "$pwid" 0 0 || true
  xdotool windowsize --sync "$pwid" $screen_width $screen_height || true
  xdotool windowfocus --sync "$pwid"
  sleep 1
fi
# Two ideas typed into the quick-add bar, as in a workshop.
xdotool type --delay 30 "Local newspaper"
xdotool key Return
xdotool type --delay 30 "Cloud backup provider"
xdotool key Return
sleep 1.5
shot presentation all

# Leave presentation and quit without saving the quick-added parties.
xdotool key Escape
sleep 0.5
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
pid=

# The map page of the PDF report (page 2), as the auditor reads it.
"$quadrant" --export pdf-report --output "$tmp/report.pdf" "$example"
pdftoppm -f 2 -l 2 -r 110 -png "$tmp/report.pdf" "$tmp/report"
mv "$tmp"/report-*2.png "$tmp/report-map.png"
save report-map
