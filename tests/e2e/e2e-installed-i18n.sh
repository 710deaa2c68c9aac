#!/bin/sh
# e2e-installed-i18n.sh: the installed program speaks German and French.
#
# Installs the build into a staging folder (meson install --destdir), makes
# the de_DE and fr_FR locales it needs with localedef into a folder of its
# own (LOCPATH), and runs the installed quadrant with LANGUAGE=de and
# LANGUAGE=fr: a command-line message, the HTML report and the PDF report
# (read with pdftotext) must carry the translations that the installed .mo
# files hold (looked up with gettext(1), not written here), the HTML report
# must follow the register's language (xml:lang) and --lang. The staged
# program finds its translations through QUADRANT_LOCALEDIR, as the folder
# compiled into it is the one it will have once really installed.
#
# Usage: e2e-installed-i18n.sh BUILD-DIR SOURCE-DIR
# Needs meson, gettext, locales (localedef, /usr/share/i18n) and poppler-utils.
set -u

builddir=${1:?usage: e2e-installed-i18n.sh BUILD-DIR SOURCE-DIR}
srcdir=${2:?usage: e2e-installed-i18n.sh BUILD-DIR SOURCE-DIR}
n=0
status=0

ok () {
  n=$((n + 1))
  echo "ok $n - $*"
}
not_ok () {
  n=$((n + 1))
  echo "not ok $n - $*"
  status=1
}
bail () {
  echo "Bail out! $*"
  exit 1
}

for lang in de fr; do
  if ! grep -qw "$lang" "$srcdir/po/LINGUAS"; then
    echo "1..0 # SKIP po/LINGUAS has no $lang yet"
    exit 0
  fi
done
for tool in meson localedef gettext msgunfmt pdftotext; do
  command -v "$tool" >/dev/null 2>&1 || bail "$tool is not installed (make deps installs it)"
done
[ -d /usr/share/i18n/locales ] || bail "/usr/share/i18n/locales is missing (Debian package locales)"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/quadrant-installed.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

echo "1..20"

# The build as it would be installed.
meson install -C "$builddir" --no-rebuild --quiet --destdir "$tmp/stage" > "$tmp/install.log" 2>&1 ||
  { cat "$tmp/install.log"; bail "meson install --destdir failed"; }
quadrant=$(find "$tmp/stage" -path '*/bin/quadrant' -type f | head -n 1)
de_mo=$(find "$tmp/stage" -path '*/de/LC_MESSAGES/quadrant.mo' | head -n 1)
fr_mo=$(find "$tmp/stage" -path '*/fr/LC_MESSAGES/quadrant.mo' | head -n 1)
[ -x "$quadrant" ] || bail "no bin/quadrant in the staged install"
[ -f "$de_mo" ] && [ -f "$fr_mo" ] || bail "the staged install has no de or fr quadrant.mo"
localedir=$(dirname "$(dirname "$(dirname "$de_mo")")")
ok "installed into a staging folder: $(echo "$quadrant" | sed "s|$tmp/stage||"), translations in $(echo "$localedir" | sed "s|$tmp/stage||")"

# The locales, made here: a machine need not have them generated.
mkdir -p "$tmp/locale"
for locale in de_DE fr_FR; do
  localedef -i "$locale" -f UTF-8 "$tmp/locale/$locale.UTF-8" > "$tmp/localedef.log" 2>&1 ||
    { cat "$tmp/localedef.log"; bail "localedef could not make $locale.UTF-8"; }
done
ok "made de_DE.UTF-8 and fr_FR.UTF-8 with localedef"

# The translation of a message (context optional) from the installed .mo.
translation () {
  lang=$1
  context=$2
  msgid=$3
  if [ -n "$context" ]; then
    LOCPATH="$tmp/locale" LC_ALL="$lang.UTF-8" LANGUAGE="${lang%_*}" TEXTDOMAINDIR="$localedir" \
      gettext -d quadrant -c "$context" -e "$msgid"
  else
    LOCPATH="$tmp/locale" LC_ALL="$lang.UTF-8" LANGUAGE="${lang%_*}" TEXTDOMAINDIR="$localedir" \
      gettext -d quadrant -e "$msgid"
  fi
}

# The installed program, in a language, without the test environment's data folder.
run () {
  lang=$1
  shift
  env -u QUADRANT_DATADIR -u LANGUAGE LOCPATH="$tmp/locale" LC_ALL="$lang.UTF-8" LANGUAGE="${lang%_*}" \
    QUADRANT_LOCALEDIR="$localedir" "$quadrant" "$@"
}

# Fails unless file holds text (fixed string), and text differs from the English.
expect () {
  what=$1
  file=$2
  text=$3
  english=$4
  if [ -z "$text" ] || [ "$text" = "$english" ]; then
    not_ok "$what: no translation of “$english”"
  elif grep -qF -- "$text" "$file"; then
    ok "$what: “$text”"
  else
    not_ok "$what: “$text” not found in $(basename "$file")"
    head -c 2000 "$file" | sed 's/^/# /'
  fi
}

# An ISO date (YYYY-MM-DD) as a language writes it, from the installed .mo.
shown_date () {
  translation "$1" "report date pattern" '{year}-{month}-{day}' |
    sed -e "s/{year}/${2%%-*}/" -e "s/{month}/$(echo "$2" | cut -d- -f2)/" -e "s/{day}/${2##*-}/"
}

example=$srcdir/data/examples/northwind.quadrant.xml
for lang in de_DE fr_FR; do
  short=${lang%_*}

  # --check names dates as the language writes them (a requirement of the
  # example was due for review on 2026-06-30).
  run "$lang" --check "$example" > "$tmp/check.txt" 2>&1
  expect "$short --check dates" "$tmp/check.txt" "$(shown_date "$lang" 2026-06-30)" '2026-06-30'

  # A command-line message.
  run "$lang" --check > "$tmp/out.txt" 2> "$tmp/err.txt"
  expect "$short command line" "$tmp/err.txt" \
    "$(translation "$lang" "" 'quadrant: --check needs at least one register file\n')" \
    'quadrant: --check needs at least one register file'

  # The HTML report of a register that names no language: the user's.
  run "$lang" --export html -o "$tmp/report-$short.html" "$example" 2> "$tmp/err.txt" ||
    { cat "$tmp/err.txt"; bail "$short: --export html failed"; }
  expect "$short HTML report" "$tmp/report-$short.html" \
    ">$(translation "$lang" "" 'Open findings')<" '>Open findings<'
  if grep -q " lang=\"$short\"><head>" "$tmp/report-$short.html"; then
    ok "$short HTML report says lang=\"$short\""
  else
    not_ok "$short HTML report does not say lang=\"$short\""
  fi

  # The map's coordinates are numbers with decimal points in any locale.
  if grep -Eq 'points="[^"]*[0-9],[0-9]+,[0-9]|(x|y|cx|cy|r|x1|y1|x2|y2|width|height)="-?[0-9]+,[0-9]' \
       "$tmp/report-$short.html"; then
    not_ok "$short HTML report: the map's coordinates have decimal commas"
  else
    ok "$short HTML report: the map's coordinates have decimal points"
  fi

  # The PDF report, as text.
  run "$lang" --export pdf-report -o "$tmp/report-$short.pdf" "$example" 2> "$tmp/err.txt" ||
    { cat "$tmp/err.txt"; bail "$short: --export pdf-report failed"; }
  pdftotext -layout "$tmp/report-$short.pdf" "$tmp/report-$short.txt"
  expect "$short PDF report" "$tmp/report-$short.txt" \
    "$(translation "$lang" "" 'Document Control')" 'Document Control'
  # Its dates too (the example was approved on 2026-03-09), and none left in ISO.
  if grep -Eq '[0-9]{4}-[0-9]{2}-[0-9]{2}' "$tmp/report-$short.txt"; then
    not_ok "$short PDF report still has ISO dates: $(grep -Eo '[0-9]{4}-[0-9]{2}-[0-9]{2}' "$tmp/report-$short.txt" | head -n 3 | tr '\n' ' ')"
  else
    expect "$short PDF report dates" "$tmp/report-$short.txt" "$(shown_date "$lang" 2026-03-09)" '2026-03-09'
  fi
done

# A failure's message, after the program's name as French writes it ("quadrant : ").
run fr_FR --check "$tmp/no-such.quadrant.xml" > "$tmp/out.txt" 2> "$tmp/err.txt"
expect "fr message prefix" "$tmp/err.txt" "$(translation fr_FR "" 'quadrant: %s\n' | sed 's/%s.*//')" 'quadrant: '

# The register's language wins over the user's, and --lang over both.
sed 's|format="1.0">|format="1.0" xml:lang="fr">|' "$example" > "$tmp/french.quadrant.xml"
run de_DE --export html -o "$tmp/french.html" "$tmp/french.quadrant.xml" 2> "$tmp/err.txt" ||
  { cat "$tmp/err.txt"; bail "--export html of a French register failed"; }
expect "a French register, a German user: the report" "$tmp/french.html" \
  ">$(translation fr_FR "" 'Open findings')<" '>Open findings<'
run de_DE --export html --lang de -o "$tmp/german.html" "$tmp/french.quadrant.xml" 2> "$tmp/err.txt" ||
  { cat "$tmp/err.txt"; bail "--export html --lang de failed"; }
expect "the same with --lang de" "$tmp/german.html" \
  ">$(translation de_DE "" 'Open findings')<" '>Open findings<'
# Its dates as German writes them (the example was approved on 2026-03-09).
german_date=$(shown_date de_DE 2026-03-09)
expect "German dates in the report" "$tmp/german.html" "$german_date" '2026-03-09'

exit "$status"
