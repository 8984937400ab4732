# tests/bench/: benchmarks (`make bench`, `make bench-scale`), never pass/fail
# on speed; the sanitizer and tool runs (`make memcheck`, `make check-tsan`).
#
#   make bench          figures as key=value lines, written to docs/performance.md
#   make bench-scale    fdpost check on 10 million records, 100,000 live sockets
#   make memcheck       unit suites and fdpost check on the vectors under valgrind
#                       (in CHECKS)
#   make check-tsan     4 threads, one shared engine, ThreadSanitizer (in CHECKS)

BENCH_OPS     ?= 10000000
BENCH_SOCKETS ?= 10000
BENCH_SEED    ?= 20240601
BENCH_RUNS    ?= 3
# The trace for `fdpost check` (>= 200 MB) and a second, shorter one for the
# peak-RSS comparison.
BENCH_TRACE_RECORDS  ?= 9600000
BENCH_TRACE_SOCKETS  ?= 2000
# Ragel's table styles measured against each other; -G2 (goto code) as a
# yardstick only.
BENCH_STYLES  := T0 T1 F0 F1 G2

BENCH_MODEL_SRC := tools/verify/fdp_model.c
BENCH_MODEL_OBJ := $(B)/bench/model/fdp_model.o
BENCH_MODEL_DEF := -DBENCH_MODEL -Itools/verify

.PHONY: bench bench-build bench-scale bench-styles memcheck check-tsan

# The machines in each style: ragel straight into $(B)/styles/STYLE/, then
# that directory's own fdp_machines.h (gen_machines.sh reads gen/EVENT.c:
# `gen` is a link to the directory itself).
$(B)/styles/%/fdp_machines.h: $(MACHINE_RL) $(SPEC_SHARED) spec/gen_machines.sh
	rm -rf $(B)/styles/$* && mkdir -p $(B)/styles/$*/windows
	for rl in $(MACHINE_RL); do \
	  out=$${rl#spec/}; \
	  $(RAGEL) -$* -I spec $$rl -o $(B)/styles/$*/$${out%.rl}.c || exit 1; \
	done
	ln -s . $(B)/styles/$*/gen
	cd $(B)/styles/$* && sh $(CURDIR)/spec/gen_machines.sh "$(EVENTS)" "$(WINDOWS_EVENTS)" > fdp_machines.h.tmp
	mv $(B)/styles/$*/fdp_machines.h.tmp $@

# Kept after the build (make would delete them as intermediate files).
.PRECIOUS: $(B)/styles/%/fdp_machines.h $(B)/styles/%/fdp_engine.o

# Goto code falls through between cases and has no tables.
BENCH_STYLE_FLAGS = $(if $(filter G%,$(1)),-Wno-implicit-fallthrough -Wno-missing-field-initializers)

# The engine compiled against a style's machines: that directory first on
# the include path, so fdp_machines.h and its `#include "fd_read.c"` are
# the style's, the rest (fdp_alphabet.h, fdp_rules.h) from gen/.
$(B)/styles/%/fdp_engine.o: engine/fdp_engine.c $(B)/styles/%/fdp_machines.h engine/fdpost.h engine/fdp_core.h $(GEN_H)
	$(CC) $(ENGINE_STD) $(CFLAGS) $(call BENCH_STYLE_FLAGS,$*) -I$(B)/styles/$* -Iengine -Igen -c $< -o $@

$(BENCH_MODEL_OBJ): $(BENCH_MODEL_SRC) tools/verify/fdp_model.h
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Itools/verify -c $< -o $@

BENCH_ENGINE_DEPS := tests/bench/bench_engine.c tests/bench/bench_ops.h tests/bench/bench_drive.h engine/fdpost.h

$(B)/bench/bench_engine-%: $(BENCH_ENGINE_DEPS) $(B)/styles/%/fdp_engine.o $(B)/engine/fdp_names.o $(BENCH_MODEL_OBJ)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(BENCH_MODEL_DEF) -Itests/bench tests/bench/bench_engine.c \
	  $(B)/styles/$*/fdp_engine.o $(B)/engine/fdp_names.o $(BENCH_MODEL_OBJ) -o $@

# The engine as gen/ has it (the committed style), for everything else.
$(B)/bench/bench_engine: $(BENCH_ENGINE_DEPS) $(B)/libfdpost.a $(BENCH_MODEL_OBJ)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(BENCH_MODEL_DEF) -Itests/bench tests/bench/bench_engine.c \
	  $(BENCH_MODEL_OBJ) $(B)/libfdpost.a -o $@

# The trace generator: drives the engine over many interleaved sockets and
# writes a conforming .fdt trace (the engine's own posts).
$(B)/bench/gen_trace: tests/bench/gen_trace.c $(B)/libfdpost.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) tests/bench/gen_trace.c $(B)/libfdpost.a -o $@

bench-styles: $(BENCH_STYLES:%=$(B)/bench/bench_engine-%)

bench-build: bench-styles $(B)/bench/bench_engine $(B)/bench/gen_trace $(B)/fdpost

bench: bench-build
	B=$(B) BENCH_OPS=$(BENCH_OPS) BENCH_SOCKETS=$(BENCH_SOCKETS) \
	  BENCH_SEED=$(BENCH_SEED) BENCH_RUNS=$(BENCH_RUNS) \
	  BENCH_STYLES="$(BENCH_STYLES)" RAGEL_STYLE="$(RAGEL_STYLE)" \
	  BENCH_TRACE_RECORDS=$(BENCH_TRACE_RECORDS) BENCH_TRACE_SOCKETS=$(BENCH_TRACE_SOCKETS) \
	  sh tests/bench/run_bench.sh

# Scale: 10 million records over 100,000 live sockets through fdpost check,
# and the engine with 1,000,000 sockets.
bench-scale: $(B)/bench/gen_trace $(B)/bench/bench_engine $(B)/fdpost
	B=$(B) sh tests/bench/run_scale.sh

# ThreadSanitizer: 4 threads drive disjoint sockets of one shared engine.
$(B)/tsan/tsan_engine: tests/bench/tsan_engine.c tests/bench/bench_ops.h tests/bench/bench_drive.h $(ENGINE_SRC) $(ENGINE_HDR)
	@mkdir -p $(@D)
	$(CLANG) -std=c11 $(WARN) -O1 -g -fsanitize=thread -Iengine -Igen -Itests/bench \
	  tests/bench/tsan_engine.c $(ENGINE_SRC) -lpthread -o $@

check-tsan: $(B)/tsan/tsan_engine
	TSAN_OPTIONS="halt_on_error=1 exitcode=66" $(B)/tsan/tsan_engine
CHECKS += check-tsan

# valgrind memcheck: every unit suite built by tests/tests.mk, and
# fdpost check on each vector, when they exist.
VALGRIND ?= valgrind
MEMCHECK := $(VALGRIND) -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite,indirect
memcheck: $(B)/fdpost $(B)/bench/gen_trace
	B=$(B) MEMCHECK="$(MEMCHECK)" MAKE="$(MAKE)" sh tests/bench/memcheck.sh
CHECKS += memcheck      # seconds: cheap enough to run in every make check
