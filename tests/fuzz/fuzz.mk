# SPDX-License-Identifier: MIT
# tests/fuzz/: libFuzzer targets (clang, -fsanitize=fuzzer,address,undefined).
#
#   make fuzz-engine FUZZ_SECONDS=N   a campaign on the engine API
#   make fuzz-engine-short            ~15 s, part of `make check`
#   make fuzz-reader FUZZ_SECONDS=N   a campaign on the trace reader
#   make check-fuzz-reader            20 s, part of `make check`
#   make fuzz FUZZ_SECONDS=N          both targets (the engine; the trace reader)
#
# The committed seed corpus is tests/fuzz/corpus/engine/; what a campaign
# finds on top of it goes to $(B)/fuzz/corpus/engine/ (not committed), a
# crash to $(B)/fuzz/crash-*.

FUZZ_SECONDS ?= 600
FUZZ_SHORT_SECONDS ?= 15
FUZZ_FLAGS := -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

.PHONY: fuzz-engine fuzz-engine-short

# With the trace reader: the recorder -> reader round trip is property P9.
FUZZ_ENGINE_TRACE_SRC := tools/trace/fdt_reader.c gen/fdt_lex.c
$(B)/fuzz/fuzz_engine: tests/fuzz/fuzz_engine.c $(ENGINE_SRC) $(ENGINE_HDR) \
                       $(FUZZ_ENGINE_TRACE_SRC) tools/trace/fdt.h tools/trace/fdt_fast.h
	@mkdir -p $(@D)
	$(CLANG) -std=c11 $(WARN) -O1 -g $(FUZZ_FLAGS) -Iengine -Igen -Itools/trace \
	  tests/fuzz/fuzz_engine.c $(ENGINE_SRC) $(FUZZ_ENGINE_TRACE_SRC) -o $@

# $(call fuzz_run,SECONDS): one campaign over the seeds and what earlier
# campaigns found; fails on the first property or sanitizer failure.
fuzz_run = mkdir -p $(B)/fuzz/corpus/engine && \
	$(B)/fuzz/fuzz_engine -max_total_time=$(1) -print_final_stats=1 \
	  -max_len=4096 -timeout=10 -artifact_prefix=$(B)/fuzz/ \
	  $(B)/fuzz/corpus/engine tests/fuzz/corpus/engine

fuzz-engine: $(B)/fuzz/fuzz_engine
	$(call fuzz_run,$(FUZZ_SECONDS))

fuzz-engine-short: $(B)/fuzz/fuzz_engine
	@$(call fuzz_run,$(FUZZ_SHORT_SECONDS)) > $(B)/fuzz/short.log 2>&1 \
	  || { tail -40 $(B)/fuzz/short.log; exit 1; }
	@grep -E '^stat::number_of_executed_units|^stat::new_units_added' $(B)/fuzz/short.log | tr '\n' ' '; \
	  echo; echo "fuzz-engine-short: no property or sanitizer failure in $(FUZZ_SHORT_SECONDS) s"
CHECKS += fuzz-engine-short

# ---- the trace reader: the lexer, the parser and the names they use
FUZZ_READER_SRC := tests/fuzz/fuzz_reader.c tools/trace/fdt_reader.c gen/fdt_lex.c engine/fdp_names.c
.PHONY: fuzz-reader check-fuzz-reader
$(B)/fuzz/fuzz_reader: $(FUZZ_READER_SRC) tools/trace/fdt.h tools/trace/fdt_fast.h
	@mkdir -p $(@D)
	$(CLANG) -std=c11 -g -O1 $(FUZZ_FLAGS) -Iengine -Igen -Itools/trace \
	  $(FUZZ_READER_SRC) -o $@

fuzz-reader: $(B)/fuzz/fuzz_reader
	@mkdir -p $(B)/fuzz/reader-corpus
	$(B)/fuzz/fuzz_reader -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=5 \
	  -dict=tests/fuzz/fdt.dict -print_final_stats=1 \
	  $(B)/fuzz/reader-corpus tests/fuzz/reader-seeds

check-fuzz-reader:
	@mkdir -p $(B)/fuzz
	@$(MAKE) -s fuzz-reader FUZZ_SECONDS=20 > $(B)/fuzz/reader.log 2>&1 || \
	  { tail -n 40 $(B)/fuzz/reader.log; exit 1; }
	@grep -E '^Done|new_units_added' $(B)/fuzz/reader.log
	@echo "fuzz-reader: 20 s campaign from tests/fuzz/reader-seeds, no crash"
CHECKS += check-fuzz-reader

# One owner per variable: a campaign runs FUZZ_SECONDS (600 unless told)
# and the reader's fuzzer is built with -O1 -g -std=c11 (issue 14, item 13).
.PHONY: check-fuzz-settings
check-fuzz-settings:
	@$(MAKE) -s -n fuzz-engine | grep -q 'max_total_time=600 ' || \
	  { echo "fuzz-engine does not run 600 s by default"; exit 1; }
	@$(MAKE) -s -n -B $(B)/fuzz/fuzz_reader | grep -q -- '-std=c11 -g -O1 ' || \
	  { echo "fuzz_reader is not built with -std=c11 -g -O1"; exit 1; }
	@echo "fuzz settings: 600 s campaigns by default; fuzz_reader -std=c11 -g -O1"
CHECKS += check-fuzz-settings

# Both libFuzzer targets, one after the other, FUZZ_SECONDS each.
.PHONY: fuzz
fuzz: fuzz-engine fuzz-reader
