# SPDX-License-Identifier: MIT
# tests/bench/: benchmarks (`make bench`, `make bench-scale`), never pass/fail
# on speed; the sanitizer and tool runs (`make memcheck`, `make check-tsan`).
#
#   make bench          figures as key=value lines, to $(B)/bench/figures.txt
#                       (the tracked tree is left as it is)
#   make bench-doc      the same, then written into docs/performance.md
#   make bench-scale    fdpost check on 10 million records, 100,000 live sockets
#   make memcheck       unit suites and fdpost check on the vectors under valgrind
#                       (in CHECKS)
#   make check-tsan     4 threads, one shared engine, ThreadSanitizer (in CHECKS)

BENCH_OPS     ?= 10000000
BENCH_SOCKETS ?= 10000
BENCH_SEED    ?= 20240601
BENCH_RUNS    ?= 5
# Inputs for the instruction counts (callgrind runs ~50 times slower).
BENCH_IR_OPS  ?= 300000
# The trace for `fdpost check` (>= 200 MB) and a second, shorter one for the
# peak-RSS comparison.
BENCH_TRACE_RECORDS  ?= 9600000
BENCH_TRACE_SOCKETS  ?= 2000
# Rounds of wc, awk, the reader and fdpost check, alternating (best of each).
BENCH_CHECK_RUNS     ?= 3

BENCH_MODEL_SRC := tools/verify/fdp_model.c
BENCH_MODEL_OBJ := $(B)/bench/model/fdp_model.o
BENCH_MODEL_DEF := -DBENCH_MODEL -Itools/verify

.PHONY: bench bench-doc bench-build bench-scale memcheck check-tsan

$(BENCH_MODEL_OBJ): $(BENCH_MODEL_SRC) tools/verify/fdp_model.h
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Itools/verify -c $< -o $@

# The do-nothing engine: its own object, called as the engine is.
$(B)/bench/null_engine.o: tests/bench/null_engine.c tests/bench/null_engine.h engine/fdpost.h
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

BENCH_ENGINE_DEPS := tests/bench/bench_engine.c tests/bench/bench_ops.h tests/bench/bench_drive.h \
                     tests/bench/null_engine.h engine/fdpost.h engine/fdp_core.h

$(B)/bench/bench_engine: $(BENCH_ENGINE_DEPS) $(B)/libfdpost.a $(B)/bench/null_engine.o $(BENCH_MODEL_OBJ)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(BENCH_MODEL_DEF) -Itests/bench tests/bench/bench_engine.c \
	  $(B)/bench/null_engine.o $(BENCH_MODEL_OBJ) $(B)/libfdpost.a -o $@

# The trace generator: drives the engine over many interleaved sockets and
# writes a conforming .fdt trace (the engine's own posts).
$(B)/bench/gen_trace: tests/bench/gen_trace.c $(B)/libfdpost.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) tests/bench/gen_trace.c $(B)/libfdpost.a -o $@

# The trace reader alone (no replay): what `fdpost check` reads at best.
$(B)/bench/bench_reader: tests/bench/bench_reader.c tools/trace/fdt_reader.c gen/fdt_lex.c tools/trace/fdt.h tools/trace/fdt_fast.h $(B)/libfdpost.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Itools/trace tests/bench/bench_reader.c tools/trace/fdt_reader.c \
	  gen/fdt_lex.c $(B)/libfdpost.a -o $@

bench-build: $(B)/bench/bench_engine $(B)/bench/gen_trace $(B)/bench/bench_reader $(B)/fdpost

bench: bench-build
	B=$(B) BENCH_OPS=$(BENCH_OPS) BENCH_SOCKETS=$(BENCH_SOCKETS) \
	  BENCH_SEED=$(BENCH_SEED) BENCH_RUNS=$(BENCH_RUNS) BENCH_IR_OPS=$(BENCH_IR_OPS) \
	  BENCH_TRACE_RECORDS=$(BENCH_TRACE_RECORDS) BENCH_TRACE_SOCKETS=$(BENCH_TRACE_SOCKETS) \
	  BENCH_CHECK_RUNS=$(BENCH_CHECK_RUNS) sh tests/bench/run_bench.sh

bench-doc: bench
	B=$(B) BENCH_OPS=$(BENCH_OPS) BENCH_SOCKETS=$(BENCH_SOCKETS) \
	  BENCH_SEED=$(BENCH_SEED) BENCH_RUNS=$(BENCH_RUNS) BENCH_IR_OPS=$(BENCH_IR_OPS) \
	  BENCH_CHECK_RUNS=$(BENCH_CHECK_RUNS) sh tests/bench/bench_doc.sh docs/performance.md

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
