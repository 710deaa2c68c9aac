# The two commands a newcomer types: `make run` and `make test`.
# Both install missing Debian/Ubuntu build dependencies first (with sudo when not root).

BUILDDIR      ?= build
ASAN_BUILDDIR ?= build-asan
EXAMPLE       ?= data/examples/northwind.quadrant.xml

DEPS = gcc meson ninja-build pkg-config gettext \
       libglib2.0-dev libglib2.0-dev-bin libglib2.0-bin libgtk-4-dev libadwaita-1-dev \
       libxml2-dev libxml2-utils libxslt1-dev xsltproc libgsf-1-dev libxlsxwriter-dev zip libcairo2-dev libpango1.0-dev \
       desktop-file-utils appstream shared-mime-info \
       xvfb xauth xdotool x11-utils imagemagick fonts-cantarell poppler-utils chromium git \
       dbus-daemon at-spi2-core libatspi2.0-dev locales

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build run test test-asan bench torture fuzz clean

all: build

deps:
	@missing=""; \
	for p in $(DEPS); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing build dependencies:$$missing"; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -q && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	fi

$(BUILDDIR)/build.ninja: | deps
	meson setup $(BUILDDIR)

build: deps $(BUILDDIR)/build.ninja
	ninja -C $(BUILDDIR)

# Runs the app from the build tree on the bundled example register.
run: build
	GSETTINGS_SCHEMA_DIR=$(BUILDDIR)/data $(BUILDDIR)/src/quadrant $(EXAMPLE)

# Whole suite in a normal build, then again under AddressSanitizer and UBSan.
XVFB = $(shell [ -n "$$DISPLAY" ] || echo "xvfb-run -a -s '-screen 0 1280x800x24 -noreset'")

test: build
	$(XVFB) meson test -C $(BUILDDIR) --print-errorlogs
	$(MAKE) test-asan

$(ASAN_BUILDDIR)/build.ninja: | deps
	meson setup $(ASAN_BUILDDIR) -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug

# The core suite runs with LeakSanitizer (tests/lsan.supp lists the libraries'
# own lifetime allocations, each with its reason); the UI suites without it, as
# GTK and its libraries keep much for the life of the process.
SANITIZE = UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
           LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0

test-asan: deps $(ASAN_BUILDDIR)/build.ninja
	ninja -C $(ASAN_BUILDDIR)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 $(SANITIZE) \
	  meson test -C $(ASAN_BUILDDIR) --print-errorlogs --timeout-multiplier 3 --suite core
	ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 $(SANITIZE) \
	  $(XVFB) meson test -C $(ASAN_BUILDDIR) --print-errorlogs --timeout-multiplier 3 --no-suite core

# bench-window opens real windows: under Xvfb when there is no display.
bench: build
	$(XVFB) meson test -C $(BUILDDIR) --benchmark --verbose --timeout-multiplier 0

# 1,000 kill -9 during saves (test-kill runs 50 in the suite); as root it
# also covers another user's file in a group-writable folder.
torture: build
	QUADRANT_KILLS=1000 QUADRANT_DATADIR=$(CURDIR)/data $(BUILDDIR)/tests/test-kill

# libFuzzer needs clang, which only this target installs (make test does not).
# Each target runs FUZZ_SECONDS on inputs up to 1 MB from a copy of its seeds
# in the build folder; what it finds is kept there as findings-TARGET-*.
FUZZ_BUILDDIR ?= build-fuzz
FUZZ_SECONDS  ?= 60
FUZZ_TARGETS   = reader:reader csv-import:csv-import roundtrip:reader

fuzz: deps
	@dpkg-query -W -f='$${Status}\n' clang 2>/dev/null | grep -q "install ok installed" || \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends clang
	[ -f $(FUZZ_BUILDDIR)/build.ninja ] || CC=clang meson setup $(FUZZ_BUILDDIR) -Dlibfuzzer=true \
	  -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debugoptimized -Dc_args=-fsanitize=fuzzer-no-link
	ninja -C $(FUZZ_BUILDDIR) tests/fuzz-reader tests/fuzz-csv-import tests/fuzz-roundtrip
	@for pair in $(FUZZ_TARGETS); do \
	  target=$${pair%%:*}; seeds=$${pair#*:}; corpus=$(FUZZ_BUILDDIR)/corpus-$$target; \
	  mkdir -p $$corpus && cp -n tests/fuzz/fuzz-corpus/$$seeds/* $$corpus/; \
	  echo "== fuzz-$$target for $(FUZZ_SECONDS) s"; \
	  QUADRANT_DATADIR=$(CURDIR)/data ASAN_OPTIONS=detect_leaks=0 $(FUZZ_BUILDDIR)/tests/fuzz-$$target \
	    -max_len=1048576 -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	    -artifact_prefix=$(FUZZ_BUILDDIR)/findings-$$target- $$corpus || exit 1; \
	done

clean:
	rm -rf $(BUILDDIR) $(ASAN_BUILDDIR) $(FUZZ_BUILDDIR)
