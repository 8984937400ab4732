# SPDX-License-Identifier: MIT
# tests/: Check suites (plain and under ASan+UBSan).
#
#   make check-unit        the unit suites (tests/unit/*.c, one runner)
#   make check-unit-san    the same under ASan+UBSan, against build/san/libfdpost.a
#   make check-trace       every rule id of spec/rules.rl, S1-S18, W1-W5 and
#                          D1-D13 appears in docs/traceability.md and in a test
#
# One suite runs alone with `build/unit/fdp_unit read close`.

CHECK_CFLAGS := $(shell pkg-config --cflags check 2>/dev/null)
UNIT_SRC := $(sort $(wildcard tests/unit/*.c))
UNIT_HDR := tests/unit/harness.h engine/fdpost.h engine/fdp_core.h $(GEN_H)

$(B)/unit/fdp_unit: $(UNIT_SRC) $(UNIT_HDR) $(B)/libfdpost.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(CHECK_CFLAGS) -Itests/unit $(UNIT_SRC) \
	  $(B)/libfdpost.a $(CHECK_LIBS) -o $@

$(B)/unit/fdp_unit_san: $(UNIT_SRC) $(UNIT_HDR) $(B)/san/libfdpost.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -O1 $(SAN) $(CHECK_CFLAGS) -Itests/unit $(UNIT_SRC) \
	  $(B)/san/libfdpost.a $(CHECK_LIBS) -o $@

.PHONY: check-unit check-unit-san check-trace
check-unit: $(B)/unit/fdp_unit
	CK_DEFAULT_TIMEOUT=10 $<

# No fork under the sanitizers: one process, so a report stops the run.
check-unit-san: $(B)/unit/fdp_unit_san
	CK_FORK=no CK_DEFAULT_TIMEOUT=60 \
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 $<

# Traceability: the rules the machines cite (spec/rules.rl), S1-S18, W1-W5
# and D1-D13 must each have a row in docs/traceability.md and be named by a
# test (its name or a comment in tests/unit/).
TRACE_IDS = $(sort $(shell sed -n 's/^action \([A-Z0-9]*\) .*/\1/p' spec/rules.rl) \
              $(shell seq -f 'S%g' 1 18) $(shell seq -f 'W%g' 1 5) \
              $(shell sed -n 's/^## \(D[0-9]*\) .*/\1/p' docs/decisions.md))
check-trace: docs/traceability.md $(UNIT_SRC)
	@missing=0; \
	for id in $(TRACE_IDS); do \
	  grep -Eq "(^|[^A-Za-z0-9])$$id([^0-9]|$$)" docs/traceability.md || \
	    { echo "check-trace: $$id has no row in docs/traceability.md"; missing=1; }; \
	  cat $(UNIT_SRC) | grep -Eq "(^|[^A-Za-z0-9])$$id([^0-9]|$$)" || \
	    { echo "check-trace: no test in tests/unit names $$id"; missing=1; }; \
	done; \
	test $$missing = 0 && echo "trace: $(words $(TRACE_IDS)) rule ids traced to docs/traceability.md and tests/unit"

CHECKS += check-unit check-unit-san check-trace
