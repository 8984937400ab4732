# SPDX-License-Identifier: MIT
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

# ---- the oracle's verdicts on small traces, a Check suite (issue 10),
# plain and under ASan+UBSan
ORACLE_SRC := tools/oracle.c tools/trace/fdt_reader.c gen/fdt_lex.c
ORACLE_INC := -Itools -Itools/trace
.PHONY: check-oracle-unit
$(B)/oracle/test_oracle: tests/oracle/test_oracle.c $(ORACLE_SRC) tools/oracle.h \
                         tools/trace/fdt.h tools/trace/fdt_fast.h $(B)/libfdpost.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(ORACLE_INC) $(CHECK_CFLAGS) tests/oracle/test_oracle.c \
	  $(ORACLE_SRC) $(B)/libfdpost.a $(CHECK_LIBS) -o $@

$(B)/oracle/test_oracle-san: tests/oracle/test_oracle.c $(ORACLE_SRC) tools/oracle.h \
                             tools/trace/fdt.h tools/trace/fdt_fast.h $(B)/san/libfdpost.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -O1 $(SAN) $(ORACLE_INC) $(CHECK_CFLAGS) tests/oracle/test_oracle.c \
	  $(ORACLE_SRC) $(B)/san/libfdpost.a $(CHECK_LIBS) -o $@

check-oracle-unit: $(B)/oracle/test_oracle $(B)/oracle/test_oracle-san
	CK_DEFAULT_TIMEOUT=10 $(B)/oracle/test_oracle
	CK_FORK=no $(B)/oracle/test_oracle-san

# ---- the recorder's round trip: record engine runs, check them
# (with the reference model linked in, for its --diff mode)
$(B)/roundtrip: tests/oracle/roundtrip.c $(MODEL_SRC) $(MODEL_HDR) $(B)/libfdpost.a
	$(CC) $(ALL_CFLAGS) -Itools/verify tests/oracle/roundtrip.c $(MODEL_SRC) \
	  $(B)/libfdpost.a -o $@

check-roundtrip: $(B)/roundtrip $(B)/fdpost
	sh tests/oracle/roundtrip.sh $(B)/roundtrip $(B)/fdpost $(B)/roundtrip.d

# ---- the differential run: the round trip's random traces (SO_OOBINLINE
# toggled with urgent data queued, datagram connects and joins in both
# profiles, every kind of abort error, unregistered route and address-list
# changes, shutdowns) made on the engine and on the reference model alike;
# they must return and post the same at every call.  `make diff-random`
# runs DIFF_TRACES (100,000, about 20 s); `make check` a few seconds' worth.
DIFF_TRACES ?= 100000
DIFF_SHORT_TRACES ?= 10000
.PHONY: diff-random check-diff-random
diff-random: $(B)/roundtrip
	$(B)/roundtrip --diff $(DIFF_TRACES) --seed 1

check-diff-random: $(B)/roundtrip
	$(B)/roundtrip --diff $(DIFF_SHORT_TRACES) --seed 1000001

# ---- the recorder's spellings read back: every verb, every error code
# in every place an error stands (issue 14, item 3)
.PHONY: check-recorder-codes
$(B)/recorder_codes: tests/oracle/recorder_codes.c tools/trace/fdt_reader.c gen/fdt_lex.c \
                     tools/trace/fdt.h tools/trace/fdt_fast.h $(B)/libfdpost.a
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

# ---- event-select mode's records through the command: check, --diff,
# --junit, --github, run
.PHONY: check-eventmode
check-eventmode: $(B)/fdpost
	sh tests/oracle/eventmode.sh $(B)/fdpost $(B)/eventmode.d

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

CHECKS += check-vectors check-malformed check-roundtrip check-junit check-hostile
CHECKS += check-oracle-unit check-diff-random check-jobs
CHECKS += check-recorder-codes check-incomplete check-silent check-eventmode
