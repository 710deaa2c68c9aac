#!/bin/sh
# Makes a translation template from the sources (build-aux/make-pot.sh) and
# fails when xgettext warns that a msgid is used with and without a plural
# (one of the two can then not be translated), or when a name, description or
# requirement of the catalogue of typical parties is not in the template (its
# ITS rules in data/its/ were not found).
#
# Usage: check-pot.sh [SOURCE-ROOT]
set -u

srcdir=${1:-$(dirname "$0")/..}
srcdir=$(cd "$srcdir" && pwd) || exit 1

for tool in xgettext msgcat xsltproc; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool not found (Debian packages gettext and xsltproc)"
    exit 1
  fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/quadrant-pot.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
status=0

if ! "$srcdir/build-aux/make-pot.sh" "$srcdir" "$tmp/quadrant.pot" 2> "$tmp/warnings"; then
  cat "$tmp/warnings"
  echo "xgettext failed"
  exit 1
fi
if grep -A3 "without plural and with plural" "$tmp/warnings"; then
  echo "A msgid is used with and without plural: give one of them other words or a context"
  status=1
fi
msgcat --no-wrap --output-file="$tmp/flat.pot" "$tmp/quadrant.pot" || exit 1

# Every text of the catalogue, one per line, written as a msgid line.
cat > "$tmp/texts.xsl" <<'EOF_XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:q="urn:quadrant:catalogue">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:template match="/">
    <xsl:for-each select="//q:entry/q:name | //q:entry/q:description | //q:entry/q:requirement">
      <xsl:value-of select="normalize-space (.)"/>
      <xsl:text>&#10;</xsl:text>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
EOF_XSL
xsltproc --nonet "$tmp/texts.xsl" "$srcdir/data/catalogue.xml" > "$tmp/texts" || exit 1

n=0
missing=0
while IFS= read -r text; do
  n=$((n + 1))
  escaped=$(printf '%s' "$text" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')
  if ! grep -qxF "msgid \"$escaped\"" "$tmp/flat.pot"; then
    echo "Not in the template: “$text” (data/catalogue.xml)"
    missing=$((missing + 1))
  fi
done < "$tmp/texts"

if [ "$n" -lt 20 ]; then
  echo "Only $n texts read from data/catalogue.xml; expected the whole catalogue"
  status=1
fi
if [ "$missing" -gt 0 ]; then
  echo "$missing of $n catalogue texts are missing from the template: are data/catalogue.xml in po/POTFILES.in and data/its/ on GETTEXTDATADIRS?"
  status=1
fi
if [ "$status" -eq 0 ]; then
  echo "The template has $(grep -c '^msgid ' "$tmp/flat.pot") messages, all $n texts of the catalogue among them, and no msgid with and without plural"
fi
exit "$status"
