#!/bin/sh
# test-report-wrap.sh QUADRANT: the HTML report's tables wrap at spaces only.
#
# Exports the report of the example register, adds a small script to a copy
# that finds every word in a table cell whose letters were laid out on more
# than one line ("Busine ss", "Mediu m"), renders it in headless Chromium at
# a laptop's width and at a narrow one, and fails naming the broken words.
# A control cell too narrow for its word proves the detection works.
#
# Exits 77 (skipped) only when Chromium is not installed.
set -u

QUADRANT=${1:?usage: test-report-wrap.sh PATH-TO-QUADRANT}
SRCDIR=$(cd "$(dirname "$0")/../../.." && pwd)
EXAMPLE="$SRCDIR/data/examples/northwind.quadrant.xml"

CHROMIUM=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then
    CHROMIUM=$(command -v "$candidate")
    break
  fi
done
if [ -z "$CHROMIUM" ]; then
  echo "SKIP: Chromium is not installed (apt-get install chromium)" >&2
  exit 77
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT INT TERM

echo "1..3"

# The words of table cells split over lines (a break after a hyphen is one), into <pre id="broken">.
cat >"$WORK/probe.js" <<'JS'
<script>
window.addEventListener ("load", function () {
  var broken = [];
  document.querySelectorAll ("td, th").forEach (function (cell) {
    var walker = document.createTreeWalker (cell, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode (); node; node = walker.nextNode ()) {
      /* A word, or the part of one up to a hyphen, where a line may break. */
      var re = /[^\s\-\u2010]+[\-\u2010]?/g, m;
      while ((m = re.exec (node.data)) !== null) {
        var range = document.createRange ();
        range.setStart (node, m.index);
        range.setEnd (node, m.index + m[0].length);
        var tops = {};
        Array.prototype.forEach.call (range.getClientRects (), function (r) {
          if (r.width > 0) tops[Math.round (r.top)] = true;
        });
        if (Object.keys (tops).length > 1) broken.push (m[0]);
      }
    }
  });
  var pre = document.createElement ("pre");
  pre.id = "broken";
  /* Built here, so the script's own text never matches. */
  pre.textContent = "BRO" + "KEN[" + broken.join ("|") + "]";
  document.body.appendChild (pre);
});
</script>
JS

# probe HTML WIDTH: prints the broken words of HTML rendered WIDTH wide.
probe () {
  sed -e '/<\/body>/{' -e "r $WORK/probe.js" -e '}' "$1" |
    sed -e 's|</body>||' >"$WORK/probed.html"
  echo "</body></html>" >>"$WORK/probed.html"
  profile=$(mktemp -d "$WORK/profile.XXXXXX")
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --disable-extensions --user-data-dir="$profile" --window-size="$2,900" \
    --dump-dom "file://$WORK/probed.html" 2>/dev/null |
    sed -n 's/.*BROKEN\[\(.*\)\].*/\1/p'
}

# The control: a 2em column holding a long word must break it.
cat >"$WORK/control.html" <<'HTML'
<!DOCTYPE html><html><head><style>td { width: 2em; max-width: 2em; overflow-wrap: anywhere; }</style></head>
<body><table><tr><td>Unbreakableword</td></tr></table></body></html>
HTML
control=$(probe "$WORK/control.html" 800)
if [ "$control" = "Unbreakableword" ]; then
  echo "ok 1 - a word broken inside is detected"
else
  echo "not ok 1 - the control's broken word was not detected (got '$control'); the checks below could not be trusted"
fi

"$QUADRANT" --export html --output "$WORK/report.html" "$EXAMPLE" || {
  echo "not ok 2 - quadrant --export html failed"
  exit 1
}
n=2
for width in 1280 800; do
  words=$(probe "$WORK/report.html" $width)
  if [ -z "$words" ]; then
    echo "ok $n - no word in a table cell breaks across lines at $width px"
  else
    echo "not ok $n - words broken across lines at $width px: $(echo "$words" | tr '|' ' ' | head -c 400)"
  fi
  n=$((n + 1))
done
