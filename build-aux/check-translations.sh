#!/bin/sh
# Fails unless every language in po/LINGUAS is complete: its .po passes
# `msgfmt --check` with no fuzzy and no untranslated message, and it is
# still complete when merged with a template made afresh from the sources
# (build-aux/make-pot.sh), so a string added since the last update of the
# .po files is noticed here and not by a user.
#
# Usage: check-translations.sh [SOURCE-ROOT]
set -u

srcdir=${1:-$(dirname "$0")/..}
srcdir=$(cd "$srcdir" && pwd) || exit 1

for tool in xgettext msgfmt msgmerge; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool not found (Debian package gettext)"
    exit 1
  fi
done

languages=$(sed -e 's/#.*//' "$srcdir/po/LINGUAS" | tr -s ' \t' '\n' | sed '/^$/d')
if [ -z "$languages" ]; then
  echo "po/LINGUAS lists no language"
  exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/quadrant-translations.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

if ! "$srcdir/build-aux/make-pot.sh" "$srcdir" "$tmp/quadrant.pot" 2> "$tmp/xgettext.log"; then
  cat "$tmp/xgettext.log"
  echo "xgettext could not make a template from the sources"
  exit 1
fi

# "12 translated messages, 1 fuzzy translation, 2 untranslated messages."
count () {
  sed -n "s/.*[^0-9]\([0-9][0-9]*\) $1.*/\1/p; s/^\([0-9][0-9]*\) $1.*/\1/p" "$2" | head -n 1
}

status=0
for lang in $languages; do
  po="$srcdir/po/$lang.po"
  if [ ! -f "$po" ]; then
    echo "$lang: po/$lang.po is missing (listed in po/LINGUAS)"
    status=1
    continue
  fi

  if ! LC_ALL=C msgfmt --check --statistics --output-file=/dev/null "$po" 2> "$tmp/$lang.stats"; then
    cat "$tmp/$lang.stats"
    echo "$lang: msgfmt --check refuses po/$lang.po"
    status=1
    continue
  fi
  translated=$(count "translated" "$tmp/$lang.stats")
  fuzzy=$(count "fuzzy" "$tmp/$lang.stats")
  untranslated=$(count "untranslated" "$tmp/$lang.stats")

  # Against the sources as they are now.
  LC_ALL=C msgmerge --quiet --output-file="$tmp/$lang.po" "$po" "$tmp/quadrant.pot" || exit 1
  LC_ALL=C msgfmt --statistics --output-file=/dev/null "$tmp/$lang.po" 2> "$tmp/$lang.merged" || exit 1
  merged_fuzzy=$(count "fuzzy" "$tmp/$lang.merged")
  merged_untranslated=$(count "untranslated" "$tmp/$lang.merged")

  echo "$lang: ${translated:-0} translated, ${fuzzy:-0} fuzzy, ${untranslated:-0} untranslated;" \
       "against the sources: ${merged_fuzzy:-0} fuzzy, ${merged_untranslated:-0} untranslated"
  if [ -n "$fuzzy$untranslated$merged_fuzzy$merged_untranslated" ]; then
    status=1
    if [ -n "$merged_fuzzy$merged_untranslated" ]; then
      echo "  not yet translated (run msgmerge po/$lang.po with a fresh template to see them):"
      LC_ALL=C msgattrib --no-wrap --only-fuzzy "$tmp/$lang.po" 2>/dev/null | sed -n 's/^msgid "\(..*\)"$/    fuzzy: \1/p' | head -n 10
      LC_ALL=C msgattrib --no-wrap --untranslated --no-obsolete "$tmp/$lang.po" 2>/dev/null |
        sed -n 's/^msgid "\(..*\)"$/    untranslated: \1/p' | head -n 10
    fi
  fi
done
exit "$status"
