#!/bin/sh
# Fails when a file with translatable strings is missing from po/POTFILES.in,
# when POTFILES.in names a file that does not exist, or when it is not sorted.
# Files that must stay untranslated can be listed in po/POTFILES.skip.
#
# Usage: check-potfiles.sh [SOURCE-ROOT]
set -u

srcdir=${1:-$(dirname "$0")/..}
cd "$srcdir" || exit 1

potfiles=po/POTFILES.in
skipfiles=po/POTFILES.skip

if [ ! -f "$potfiles" ]; then
  echo "$potfiles is missing"
  exit 1
fi

listed=$(mktemp) || exit 1
trap 'rm -f "$listed"' EXIT INT TERM
# Entries without comments and blank lines (and without a trailing CR).
sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$potfiles" > "$listed"
if [ -f "$skipfiles" ]; then
  sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$skipfiles" >> "$listed"
fi

status=0

# A C file is translatable when it calls a gettext macro or function: _(), N_(),
# C_(), NC_(), Q_(), ngettext () and friends (with or without a space before the
# parenthesis), not when an identifier merely ends in an underscore.
c_pattern='(^|[^[:alnum:]_])(_|N_|C_|NC_|Q_|g_dgettext|g_dngettext|g_dpgettext2?|[dn]?gettext|dngettext)[[:space:]]*\('
ui_pattern='translatable="(yes|true)"'

candidates=$(
  {
    find src -type f \( -name '*.c' -o -name '*.h' \) 2>/dev/null |
      xargs -r grep -lE "$c_pattern" 2>/dev/null
    find ui src -type f \( -name '*.ui' -o -name '*.blp' \) 2>/dev/null |
      xargs -r grep -lE "$ui_pattern" 2>/dev/null
    # Desktop file, metainfo, schema, MIME type and the catalogue of typical
    # parties (through data/its/) are translatable by their nature.
    find data -maxdepth 1 -type f \( -name '*.desktop.in' -o -name '*.metainfo.xml.in' \
      -o -name '*.appdata.xml.in' -o -name '*.gschema.xml' -o -name '*.mime.xml' \
      -o -name 'catalogue.xml' \) 2>/dev/null
  } | sed 's|^\./||' | LC_ALL=C sort -u
)

for file in $candidates; do
  if ! grep -qxF "$file" "$listed"; then
    echo "Missing from $potfiles: $file (it has translatable strings; add the line '$file' to $potfiles, keeping it sorted)"
    status=1
  fi
done

while IFS= read -r file; do
  if [ ! -f "$file" ]; then
    echo "Listed in $potfiles but does not exist: $file (remove that line)"
    status=1
  fi
done <<EOF_LIST
$(sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$potfiles")
EOF_LIST

entries=$(sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$potfiles")
sorted=$(printf '%s\n' "$entries" | LC_ALL=C sort)
if [ "$entries" != "$sorted" ]; then
  echo "$potfiles is not sorted; it should read:"
  printf '%s\n' "$sorted" | LC_ALL=C sort -u
  status=1
fi
duplicates=$(printf '%s\n' "$entries" | LC_ALL=C sort | uniq -d)
if [ -n "$duplicates" ]; then
  echo "Listed more than once in $potfiles: $duplicates"
  status=1
fi

if [ "$status" -eq 0 ]; then
  echo "$potfiles lists all $(printf '%s\n' $candidates | grep -c .) files with translatable strings"
fi
exit "$status"
