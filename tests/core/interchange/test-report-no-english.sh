#!/bin/sh
# The report's stylesheet writes no words of its own: every text node of
# data/quadrant-report.xsl that would reach the report (xsl:text and text in
# literal elements) is white space, punctuation, digits or a colour, never a
# letter; the words come from the strings Quadrant adds in the report's
# language (quadrant-report-strings.c). The CSS and xsl:message (an error for
# someone running the stylesheet by hand) are left out.
#
# Usage: test-report-no-english.sh STYLESHEET...  (the report and the files it includes)
set -u

[ $# -gt 0 ] || { echo "usage: test-report-no-english.sh STYLESHEET..."; exit 1; }

if ! command -v xsltproc >/dev/null 2>&1; then
  echo "xsltproc not found (Debian package xsltproc)"
  exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/quadrant-xsl.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

cat > "$tmp/words.xsl" <<'EOF_XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:variable name="letters" select="'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'"/>
  <xsl:template match="/">
    <xsl:for-each select="//text()[not(ancestor::xsl:message)
                                   and not(ancestor::xsl:template[@name = 'css'])
                                   and not(starts-with(normalize-space(.), '#'))
                                   and string-length(translate(., $letters, '')) != string-length(.)]">
      <xsl:value-of select="concat('“', normalize-space(.), '” in &lt;', name(..), '&gt;&#10;')"/>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
EOF_XSL

for stylesheet in "$@"; do
  if ! xsltproc --nonet "$tmp/words.xsl" "$stylesheet" > "$tmp/found"; then
    echo "xsltproc could not read $stylesheet"
    exit 1
  fi
  if [ -s "$tmp/found" ]; then
    echo "Words written in $stylesheet instead of taken from the report's strings:"
    cat "$tmp/found"
    exit 1
  fi
  echo "No words of its own in $stylesheet"
done
