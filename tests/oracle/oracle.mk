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

# ---- JUnit XML and GitHub annotations, parsed back
check-junit: $(B)/fdpost
	sh tests/oracle/junit.sh $(B)/fdpost $(B)/junit.d

# ---- hostile surroundings: forged --github names, a full stdout, a
# directory as a trace, CRLF at the line limit (issue 14, items 6, 8, 10)
.PHONY: check-hostile
check-hostile: $(B)/fdpost
	sh tests/oracle/hostile.sh $(B)/fdpost $(B)/hostile.d

# ---- `fdpost check --jobs N`: the output, exit status and summary of
# --jobs 1 (tests/oracle/jobs.sh), also under ASan+UBSan
.PHONY: check-jobs
check-jobs: $(B)/fdpost $(B)/san/fdpost $(B)/bench/gen_trace
	sh tests/oracle/jobs.sh $(B)/fdpost $(B)/bench/gen_trace tests/vectors tests/malformed $(B)/jobs.d
	sh tests/oracle/jobs.sh $(B)/san/fdpost $(B)/bench/gen_trace tests/vectors tests/malformed \
	  $(B)/jobs-san.d >/dev/null
	@echo "jobs: also clean under ASan+UBSan"

# ---- benchmark: a >= 100 MB recorded trace, `fdpost check` beside `wc -l`
BENCH_MB ?= 100
.PHONY: bench-check
bench-check: $(B)/fdpost $(B)/roundtrip
	sh tests/oracle/bench.sh $(B)/roundtrip $(B)/fdpost $(B)/bench $(BENCH_MB)

CHECKS += check-vectors check-malformed check-roundtrip check-junit check-hostile check-jobs
