#!/bin/sh
# test-report-browser.sh QUADRANT: the HTML report in a real browser.
#
# Exports the report of the example register with `quadrant --export html`,
# renders it in headless Chromium and checks that the page shows every party
# and logs nothing to the console (no errors, no warnings, no blocked loads),
# then does the same with a register whose party is named
# <script>alert(1)</script>: the page must show that text, not run it.
#
# Console messages are found in Chromium's own log (--enable-logging=stderr),
# where each one is a line with ":CONSOLE". A control page that logs an error
# proves the detection works on this Chromium before its silence is trusted.
#
# Exits 77 (skipped) only when Chromium is not installed; `make test`
# installs Debian's chromium package.
set -u

QUADRANT=${1:?usage: test-report-browser.sh PATH-TO-QUADRANT}
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
  echo "SKIP: Chromium is not installed (apt-get install chromium); the report was not rendered in a browser" >&2
  exit 77
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT INT TERM

failures=0
fail () {
  echo "not ok - $*"
  failures=$((failures + 1))
}
pass () {
  echo "ok - $*"
}

# render FILE.html: writes FILE.dom (the DOM after loading) and FILE.log.
render () {
  profile=$(mktemp -d "$WORK/profile.XXXXXX")
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic \
    --no-first-run --disable-background-networking --disable-component-update \
    --disable-sync --disable-extensions --user-data-dir="$profile" \
    --enable-logging=stderr --v=0 \
    --dump-dom "file://$1" >"${1%.html}.dom" 2>"${1%.html}.log"
  status=$?
  if [ $status -ne 0 ]; then
    echo "# chromium exited with $status on $1; its log:"
    sed 's/^/#   /' "${1%.html}.log"
    return 1
  fi
  return 0
}

console_lines () {
  grep -a ':CONSOLE' "$1" || true
}

# 1. The control: an error on the console must be seen.
cat >"$WORK/control.html" <<'HTML'
<!DOCTYPE html><html><head><title>control</title></head><body><p>control</p>
<script>console.error("quadrant-control-error");</script></body></html>
HTML
if render "$WORK/control.html" && console_lines "$WORK/control.log" | grep -q quadrant-control-error; then
  pass "console errors are detected in Chromium's log"
else
  fail "console errors are not detected in Chromium's log; the checks below could not be trusted"
fi

# 2. The example register's report.
if "$QUADRANT" --export html --output "$WORK/report.html" "$EXAMPLE"; then
  pass "quadrant --export html of the example register"
else
  fail "quadrant --export html of the example register"
fi

if render "$WORK/report.html"; then
  pass "Chromium renders the report"
else
  fail "Chromium renders the report"
fi

messages=$(console_lines "$WORK/report.log")
if [ -z "$messages" ]; then
  pass "no console messages while rendering the report"
else
  fail "console messages while rendering the report:"
  echo "$messages" | sed 's/^/#   /'
fi

# Names as XML text, serialised with the same escaping (&amp; &lt; &gt;) as
# Chromium's DOM dump uses for text.
xmllint --xpath "//*[local-name()='party']/*[local-name()='name']" "$EXAMPLE" |
  sed -n 's|.*<name>\(.*\)</name>.*|\1|p' >"$WORK/names.txt"
n_names=$(wc -l <"$WORK/names.txt")
if [ "$n_names" -lt 1 ]; then
  fail "no party names found in $EXAMPLE"
fi
missing=0
while IFS= read -r name; do
  if ! grep -qF -- "$name" "$WORK/report.dom"; then
    echo "# missing from the rendered page: $name"
    missing=$((missing + 1))
  fi
done <"$WORK/names.txt"
if [ "$missing" -eq 0 ] && [ "$n_names" -gt 0 ]; then
  pass "the rendered page shows all $n_names parties"
else
  fail "$missing of $n_names parties missing from the rendered page"
fi

n_articles=$(grep -o '<article class="party"' "$WORK/report.dom" | wc -l)
if [ "$n_articles" -eq "$n_names" ]; then
  pass "one register entry per party in the DOM ($n_articles)"
else
  fail "$n_articles register entries in the DOM for $n_names parties"
fi

# 3. A hostile party name.
cat >"$WORK/hostile.quadrant.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<register xmlns="urn:quadrant:register" format="1.0">
  <metadata>
    <organisation>&lt;img src=x onerror=alert(2)&gt;</organisation>
  </metadata>
  <parties>
    <party id="6f1c2b8e-3d4a-4f5b-9c6d-7e8f9a0b1c2d" category="external" kind="malicious-actors" power="70" interest="70" support="resistant" desired-support="neutral">
      <name>&lt;script&gt;alert(1)&lt;/script&gt;</name>
      <requirements>
        <requirement id="0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d" type="other" priority="medium" decision="undecided">
          <statement>&lt;/td&gt;&lt;script&gt;alert(3)&lt;/script&gt;</statement>
        </requirement>
      </requirements>
    </party>
  </parties>
</register>
XML
if "$QUADRANT" --export html --output "$WORK/hostile.html" "$WORK/hostile.quadrant.xml"; then
  pass "quadrant --export html of a register with a hostile party name"
else
  fail "quadrant --export html of a register with a hostile party name"
fi

if render "$WORK/hostile.html"; then
  pass "Chromium renders the hostile report"
else
  fail "Chromium renders the hostile report"
fi

if grep -qi '<script' "$WORK/hostile.dom" || grep -qi '<img' "$WORK/hostile.dom"; then
  fail "the hostile name became markup in the DOM:"
  grep -oi '<script[^>]*>\|<img[^>]*>' "$WORK/hostile.dom" | sed 's/^/#   /'
else
  pass "no script or img element in the DOM"
fi

if grep -qF '&lt;script&gt;alert(1)&lt;/script&gt;' "$WORK/hostile.dom" &&
   grep -qF '&lt;/td&gt;&lt;script&gt;alert(3)&lt;/script&gt;' "$WORK/hostile.dom" &&
   grep -qF '&lt;img src=x onerror=alert(2)&gt;' "$WORK/hostile.dom"; then
  pass "the hostile values show as text"
else
  fail "the hostile values are not on the page as text"
fi

messages=$(console_lines "$WORK/hostile.log")
if [ -z "$messages" ]; then
  pass "no console messages while rendering the hostile report"
else
  fail "console messages while rendering the hostile report:"
  echo "$messages" | sed 's/^/#   /'
fi

if [ "$failures" -gt 0 ]; then
  echo "# $failures check(s) failed"
  exit 1
fi
exit 0
