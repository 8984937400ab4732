# tools/oracle.mk -- the trace format and its oracle: the .fdt
# reader (re2c lexer), `fdpost check`, `fdpost run`, the recorder's round
# trip, the conformance vectors, the malformed corpus and the reader's fuzzer.
# docs/trace-format.md is the format, the replay mapping and the reports;
# `make bench-check` times `fdpost check` on a 100 MB recorded trace.

ORACLE_SRC := tools/check.c tools/run.c tools/oracle.c \
              tools/trace/fdt_reader.c tools/trace/fdt_lex.c
ORACLE_HDR := tools/oracle.h tools/trace/fdt.h
TOOLS_SRC += $(ORACLE_SRC)
TOOLS_HDR += $(ORACLE_HDR)
$(B)/fdpost: $(ORACLE_SRC) $(ORACLE_HDR)

# ---- the lexer: tools/trace/fdt_lex.re -> tools/trace/fdt_lex.c (committed)
RE2C_FLAGS := -W -i --no-generation-date --no-version
.PHONY: gen-lexer check-lexer-drift
gen: gen-lexer
gen-lexer:
	$(RE2C) $(RE2C_FLAGS) tools/trace/fdt_lex.re -o tools/trace/fdt_lex.c

check-lexer-drift:
	@mkdir -p $(B)/lexer
	$(RE2C) $(RE2C_FLAGS) tools/trace/fdt_lex.re -o $(B)/lexer/fdt_lex.c
	diff -u tools/trace/fdt_lex.c $(B)/lexer/fdt_lex.c
	@echo "lexer drift: tools/trace/fdt_lex.c is what fdt_lex.re generates"

# ---- fdpost with the sanitizers, for the bad-input corpus and the vectors
$(B)/san/fdpost: $(TOOLS_SRC) $(TOOLS_HDR) $(B)/san/libfdpost.a
	@mkdir -p $(@D)
	$(CC) -std=c11 $(WARN) -O1 -g $(SAN) -Iengine -Igen -Itools $(TOOLS_SRC) \
	  $(B)/san/libfdpost.a -o $@

# ---- conformance vectors: tests/vectors/{spec,windows}/*.fdt
.PHONY: check-vectors check-malformed check-roundtrip check-junit check-github
check-vectors: $(B)/fdpost $(B)/san/fdpost
	sh tests/oracle/vectors.sh $(B)/fdpost tests/vectors
	sh tests/oracle/vectors.sh $(B)/san/fdpost tests/vectors >/dev/null
	@echo "vectors: also clean under ASan+UBSan"

# ---- bad input: tests/malformed/*.fdt, each with its expected message
check-malformed: $(B)/fdpost $(B)/san/fdpost
	sh tests/oracle/malformed.sh $(B)/fdpost tests/malformed
	sh tests/oracle/malformed.sh $(B)/san/fdpost tests/malformed >/dev/null
	@echo "malformed: also clean under ASan+UBSan"

# ---- the recorder's round trip: record engine runs, check them
$(B)/roundtrip: tests/oracle/roundtrip.c $(B)/libfdpost.a
	$(CC) $(ALL_CFLAGS) tests/oracle/roundtrip.c $(B)/libfdpost.a -o $@

check-roundtrip: $(B)/roundtrip $(B)/fdpost
	sh tests/oracle/roundtrip.sh $(B)/roundtrip $(B)/fdpost $(B)/roundtrip.d

# ---- JUnit XML and GitHub annotations, parsed back
check-junit: $(B)/fdpost
	sh tests/oracle/junit.sh $(B)/fdpost $(B)/junit.d

# ---- the reader's fuzzer (libFuzzer; clang)
FUZZ_SECONDS ?= 20
FUZZ_FLAGS := -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
.PHONY: fuzz-reader check-fuzz-reader
$(B)/fuzz/fuzz_reader: tests/fuzz/fuzz_reader.c tools/trace/fdt_reader.c tools/trace/fdt_lex.c tools/trace/fdt.h engine/fdp_names.c
	@mkdir -p $(@D)
	$(CLANG) $(FUZZ_FLAGS) -Itools/trace tests/fuzz/fuzz_reader.c \
	  -Iengine -Igen tools/trace/fdt_reader.c tools/trace/fdt_lex.c engine/fdp_names.c -o $@

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

# ---- benchmark: a >= 100 MB recorded trace, `fdpost check` beside `wc -l`
BENCH_MB ?= 100
.PHONY: bench-check
bench-check: $(B)/fdpost $(B)/roundtrip
	sh tests/oracle/bench.sh $(B)/roundtrip $(B)/fdpost $(B)/bench $(BENCH_MB)

CHECKS += check-lexer-drift check-vectors check-malformed check-roundtrip \
          check-junit check-fuzz-reader
