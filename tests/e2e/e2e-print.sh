#!/bin/sh
# e2e-print.sh: start the real quadrant on the example register, print it with
# real key events (xdotool) through GTK's print dialog to its "Print to File"
# printer, and check the PDF with poppler: the title page, the map's page
# turned to landscape, "Page N of M" footers, and the same page count as
# `quadrant --export pdf-report` when the paper is A4.
#
# Usage: e2e-print.sh QUADRANT-BINARY
# Needs an X display (make test runs the suite under xvfb-run; without DISPLAY
# this script starts its own Xvfb), xdotool and poppler-utils (make deps).
set -u

quadrant=${1:?usage: e2e-print.sh QUADRANT-BINARY}
# Absolute, as the program runs from another folder.
case $quadrant in
  /*) ;;
  *) quadrant=$(pwd)/$quadrant ;;
esac

fail () {
  echo "not ok 1 - $*"
  exit 1
}

# The plan once, in the process that runs the test (not again after exec).
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  exec xvfb-run -a -s "-screen 0 1280x900x24" "$0" "$@"
fi

echo "1..1"

[ -n "${DISPLAY:-}" ] || fail "no DISPLAY and no xvfb-run to make one"

for tool in xdotool pdfinfo pdftotext import compare; do
  command -v $tool >/dev/null 2>&1 || fail "$tool is not installed (make deps installs it)"
done

datadir=${QUADRANT_DATADIR:-$(dirname "$0")/../../data}
example=$datadir/examples/northwind.quadrant.xml
[ -f "$example" ] || fail "example register $example not found"

tmp=$(mktemp -d) || fail "mktemp failed"
pid=
cleanup () {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM
. "$(dirname "$0")/e2e-wait.sh"

register=$tmp/e2e-print.quadrant.xml
cp "$example" "$register"

# A private home: "Print to File" writes output.pdf there, and nothing of anyone
# else's (drafts, recent files, print settings) gets in.
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache
export GSETTINGS_BACKEND=memory GTK_A11Y=none NO_AT_BRIDGE=1
mkdir -p "$HOME"
output=$HOME/output.pdf

# "Print to File" suggests output.pdf in the working folder.
cd "$HOME" || fail "cd failed"
"$quadrant" "$register" >"$tmp/quadrant.log" 2>&1 &
pid=$!

wid=$(find_window "e2e-print.quadrant.xml" "$pid")
[ -n "$wid" ] || { cat "$tmp/quadrant.log"; fail "the quadrant window did not appear"; }
# No window manager under Xvfb: give windows the keyboard focus ourselves.
xdotool windowfocus --sync "$wid" || fail "could not focus the window"
wait_for is_focused "$wid"

xdotool key --clearmodifiers ctrl+p || fail "xdotool key failed"
dialog=$(find_window "^Print$" "$pid")
[ -n "$dialog" ] || { cat "$tmp/quadrant.log"; fail "Ctrl+P did not open the print dialog"; }
xdotool windowfocus --sync "$dialog" || fail "could not focus the print dialog"
wait_for is_focused "$dialog"
# The printer list has the focus: once the dialog has filled it and settled,
# select its first printer ("Print to File" is the only one without CUPS),
# then press Print (Alt+P).
shot dialog
xdotool key Down
shot_after dialog selected
xdotool key space
shot selected
xdotool key --clearmodifiers alt+p

# The PDF is complete once it ends with its %%EOF line.
pdf_complete () {
  [ -s "$output" ] && tail -c 16 "$output" | grep -q '%%EOF'
}
wait_for pdf_complete

pages=$(pdfinfo "$output" | sed -n 's/^Pages: *//p')
[ "${pages:-0}" -gt 3 ] || fail "the printed report has ${pages:-no} pages, expected more than 3"

size () {
  pdfinfo -f "$1" -l "$1" "$output" | sed -n "s/^Page *$1 size: *\([0-9.]*\) x \([0-9.]*\).*/\1 \2/p"
}
landscape () {
  echo "$1" | awk '{ exit !($1 > $2) }'
}
size1=$(size 1)
size2=$(size 2)
landscape "$size1" && fail "the title page is landscape ($size1)"
landscape "$size2" || fail "the map's page is not landscape ($size2)"

pdftotext -layout -f 1 -l 1 "$output" - | grep -q "Interested Parties Register" ||
  fail "no title on the first page"
pdftotext -layout -f 1 -l 1 "$output" - | grep -q "Northwind Health Systems Ltd" ||
  fail "no organisation on the first page"
pdftotext -layout -f "$pages" -l "$pages" "$output" - | grep -q "Page $pages of $pages" ||
  fail "no “Page $pages of $pages” footer on the last page"

# On A4 the print dialog and the PDF export lay out the same pages.
case "$size1" in
  595.27*" "841.8*)
    "$quadrant" --export pdf-report --output "$tmp/export.pdf" "$register" ||
      fail "quadrant --export pdf-report failed"
    exported=$(pdfinfo "$tmp/export.pdf" | sed -n 's/^Pages: *//p')
    [ "$exported" = "$pages" ] ||
      fail "printed $pages pages but the PDF export has $exported"
    ;;
esac

echo "ok 1 - printed $pages pages through the print dialog (page sizes: $size1; map $size2)"
