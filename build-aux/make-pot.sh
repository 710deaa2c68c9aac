#!/bin/sh
# Makes a fresh translation template from the sources into OUTPUT, without
# touching po/ (meson's quadrant-pot target writes po/quadrant.pot in the
# source tree). The xgettext arguments are those of meson's i18n "glib" preset
# that po/meson.build uses, and GETTEXTDATADIRS finds the ITS rules of the
# catalogue in data/its/, as po/meson.build's data_dirs does.
# xgettext's warnings go to stderr; the callers look at them.
#
# Usage: make-pot.sh SOURCE-ROOT OUTPUT
set -eu

srcdir=$1
output=$2

GETTEXTDATADIRS="$srcdir/data${GETTEXTDATADIRS:+:$GETTEXTDATADIRS}"
export GETTEXTDATADIRS

xgettext --package-name=quadrant --directory="$srcdir" --files-from="$srcdir/po/POTFILES.in" \
  --output="$output" --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dcgettext:2 \
  --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format --flag=g_print:1:c-format \
  --flag=g_printerr:1:c-format --flag=g_printf:1:c-format --flag=g_fprintf:2:c-format \
  --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format
