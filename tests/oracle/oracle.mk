# tests/oracle/: the trace format and its oracle under test: the
# conformance vectors, the malformed corpus, the recorder's round trip,
# JUnit and GitHub reports.  docs/trace-format.md is the format, the replay
# mapping and the reports; `make bench-check` times `fdpost check` on a
# 100 MB recorded trace.

# ---- conformance vectors: tests/vectors/{spec,windows}/*.fdt
.PHONY: check-vectors check-malformed check-roundtrip check-junit
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

# ---- the recorder's spellings read back: every verb, every error code
# in every place an error stands (issue 14, item 3)
.PHONY: check-recorder-codes
$(B)/recorder_codes: tests/oracle/recorder_codes.c tools/trace/fdt_reader.c gen/fdt_lex.c \
                     tools/trace/fdt.h $(B)/libfdpost.a
	$(CC) $(ALL_CFLAGS) -Itools/trace tests/oracle/recorder_codes.c \
	  tools/trace/fdt_reader.c gen/fdt_lex.c $(B)/libfdpost.a -o $@

check-recorder-codes: $(B)/recorder_codes
	$(B)/recorder_codes

# ---- lost, cut and empty recordings are incomplete (exit 3), never pass
# (issue 14, item 1)
.PHONY: check-incomplete
check-incomplete: $(B)/roundtrip $(B)/fdpost
	sh tests/oracle/incomplete.sh $(B)/roundtrip $(B)/fdpost $(B)/incomplete.d

# ---- what the engine refuses cannot pass silently (issue 14, item 9)
.PHONY: check-silent
check-silent: $(B)/fdpost
	sh tests/oracle/silent.sh $(B)/fdpost $(B)/silent.d

# ---- JUnit XML and GitHub annotations, parsed back
check-junit: $(B)/fdpost
	sh tests/oracle/junit.sh $(B)/fdpost $(B)/junit.d

# ---- hostile surroundings: forged --github names, a full stdout, a
# directory as a trace, CRLF at the line limit (issue 14, items 6, 8, 10)
.PHONY: check-hostile
check-hostile: $(B)/fdpost
	sh tests/oracle/hostile.sh $(B)/fdpost $(B)/hostile.d

# ---- benchmark: a >= 100 MB recorded trace, `fdpost check` beside `wc -l`
BENCH_MB ?= 100
.PHONY: bench-check
bench-check: $(B)/fdpost $(B)/roundtrip
	sh tests/oracle/bench.sh $(B)/roundtrip $(B)/fdpost $(B)/bench $(BENCH_MB)

CHECKS += check-vectors check-malformed check-roundtrip check-junit check-hostile \
          check-recorder-codes check-incomplete check-silent
