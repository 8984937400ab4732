# SPDX-License-Identifier: MIT
# fdpost -- spec/ (Ragel) -> gen/ (committed C) -> engine/ -> tools/ and tests/.
#
#   make demo       the main job: an echo server on loopback driven by posted messages
#   make check      every test (installs what is missing first): drift, unit suites plain,
#                   ASan+UBSan and valgrind, vectors, oracle, verify, coverage, live and
#                   load, mingw build, ThreadSanitizer, short fuzz campaigns
#   make gen        regenerate gen/ from spec/ (ragel, re2c, graphviz)
#   make bench      benchmarks: figures to build/bench/ (make bench-doc: into
#                   docs/performance.md), never fail on speed
#   make mutate     mutation testing of the generated tables (~20 min); its output
#                   is kept in build/mutate/mutate.txt for make figures
#   make diff-random  the engine against the reference model over 100,000 random traces
#   make fuzz FUZZ_SECONDS=N     both fuzzers, N seconds each
#   make live-soak  the live scenarios 100 times; make bench-scale: 10 M-record check
#   make figures    README.md's table of figures measured again and rewritten (make
#                   check fails when a measured row is stale)
#
# Each layer's rules are in its own fragment, included below.

CC      ?= cc
CLANG   ?= clang
MINGW   ?= x86_64-w64-mingw32-gcc
RAGEL   ?= ragel
RE2C    ?= re2c
DOT     ?= dot

B       := build
WARN    := -Wall -Wextra -Werror
CFLAGS  ?= -O2 -g
ALL_CFLAGS := -std=c11 $(WARN) $(CFLAGS) -Iengine -Igen
# The engine is C99 and free of POSIX: checked by building it alone this way.
ENGINE_STD := -std=c99 -pedantic $(WARN)
SAN     := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
CHECK_LIBS := $(shell pkg-config --libs check 2>/dev/null || echo -lcheck)

# The table style Ragel writes (gen/EVENT.c: the step functions spec/gen_dense.c
# probes into the dense table the engine runs; docs/performance.md).
RAGEL_STYLE := -F1

.PHONY: all gen deps check check-all bench demo clean
all: $(B)/fdpost

# Each folder's own rules, in the layers' order; a fragment builds only
# what is in its folder.
CHECKS :=
include spec/spec.mk
include engine/engine.mk
include engine/posix/posix.mk
include tools/tools.mk
include tools/live/live.mk
include tests/tests.mk
include tests/live/posix.mk
include tests/model/model.mk
include tests/oracle/oracle.mk
include tests/cli/cli.mk
include tests/bench/bench.mk
include tests/fuzz/fuzz.mk
include tests/mutate/mutate.mk
include tools/probe/probe.mk
include dist/style.mk
include dist/install.mk
include dist/amalgamate.mk
include dist/docs.mk

# What `make check` needs (Ragel, re2c, Check, ...): installed where missing.
deps:
	@sh tools/deps.sh

# A fresh make reads the flags (pkg-config check) after deps installed them.
check: deps
	$(MAKE) --no-print-directory check-all

check-all: $(CHECKS)
	@echo "make check: all passed"

clean:
	rm -rf $(B)
