#!/bin/sh
# Checks that the shared-mime-info definition makes GIO recognise register files:
# by name (*.quadrant.xml) even when the content says nothing, and by content
# (the namespace) when the name says nothing. Works in a private MIME database,
# so an installed copy of Quadrant cannot make this pass.
#
# Usage: test-mime.sh MIME-XML
set -u

mime_xml=${1:?usage: test-mime.sh MIME-XML}
type=application/x-quadrant-register

for tool in update-mime-database gio; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "1..0 # SKIP $tool not found"
    exit 0
  fi
done
if [ ! -d /usr/share/mime ]; then
  echo "1..0 # SKIP no system MIME database in /usr/share/mime"
  exit 0
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/quadrant-mime.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

# Only the system database and ours: nothing from /usr/local or the user's home.
mkdir -p "$tmp/sys" "$tmp/home/mime/packages" "$tmp/empty" "$tmp/files"
ln -s /usr/share/mime "$tmp/sys/mime"
cp "$mime_xml" "$tmp/home/mime/packages/quadrant.xml"
export XDG_DATA_DIRS="$tmp/sys"
export GIO_USE_VFS=local
unset XDG_DATA_HOME

n=0
failed=0
ok () {
  n=$((n + 1))
  echo "ok $n - $1"
}
not_ok () {
  n=$((n + 1))
  failed=$((failed + 1))
  echo "not ok $n - $1"
  shift
  for line in "$@"; do
    echo "# $line"
  done
}

content_type () {
  # $1: XDG_DATA_HOME, $2: file
  XDG_DATA_HOME=$1 gio info -a standard::content-type "$2" 2>&1 |
    sed -n 's/^ *standard::content-type: *//p'
}

expect () {
  # $1: description, $2: XDG_DATA_HOME, $3: file, $4: wanted type
  got=$(content_type "$2" "$3")
  if [ "$got" = "$4" ]; then
    ok "$1"
  else
    not_ok "$1" "$(basename "$3"): expected '$4', got '$got'"
  fi
}

echo "1..7"

out=$(XDG_DATA_HOME="$tmp/home" update-mime-database "$tmp/home/mime" 2>&1)
if [ $? -eq 0 ] && [ -z "$out" ]; then
  ok "update-mime-database accepts the definition"
else
  not_ok "update-mime-database accepts the definition" "$out"
fi

if grep -qx "$type application/xml" "$tmp/home/mime/subclasses" 2>/dev/null; then
  ok "$type is a sub-class of application/xml"
else
  not_ok "$type is a sub-class of application/xml" \
    "subclasses: $(cat "$tmp/home/mime/subclasses" 2>/dev/null)"
fi

register='<?xml version="1.0" encoding="UTF-8"?>
<register xmlns="urn:quadrant:register" format="1.0">
  <metadata>
    <organisation>Acme</organisation>
  </metadata>
</register>'
plain='<?xml version="1.0" encoding="UTF-8"?>
<catalog>
  <item>nothing to do with registers</item>
</catalog>'

printf '%s\n' "$register" > "$tmp/files/acme.quadrant.xml"
printf '%s\n' "$plain" > "$tmp/files/other.quadrant.xml"
printf '%s\n' "$plain" > "$tmp/files/plain.xml"
printf '%s\n' "$register" > "$tmp/files/register-without-suffix"

# Without our definition the same file is plain XML: the checks below depend on it.
expect "without the definition a register is plain XML" \
  "$tmp/empty" "$tmp/files/acme.quadrant.xml" application/xml
expect "a register named *.quadrant.xml" \
  "$tmp/home" "$tmp/files/acme.quadrant.xml" "$type"
expect "any XML named *.quadrant.xml (the name decides)" \
  "$tmp/home" "$tmp/files/other.quadrant.xml" "$type"
expect "a register without the suffix (the namespace decides)" \
  "$tmp/home" "$tmp/files/register-without-suffix" "$type"
expect "other XML stays application/xml" \
  "$tmp/home" "$tmp/files/plain.xml" application/xml

[ "$failed" -eq 0 ]
