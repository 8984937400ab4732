# SPDX-License-Identifier: MIT
# tests/model/: the tests of the reference model (tools/verify/fdp_model.c,
# which `fdpost verify` ships with) and of verify itself.
# docs/verification.md says what verify checks.

MODEL_SRC := tools/verify/fdp_model.c
MODEL_HDR := tools/verify/fdp_model.h
MODEL_CHECK_CFLAGS := $(shell pkg-config --cflags check 2>/dev/null)

$(B)/model/test_model: tests/model/test_model.c $(MODEL_SRC) $(MODEL_HDR)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Itools/verify $(MODEL_CHECK_CFLAGS) \
	  tests/model/test_model.c $(MODEL_SRC) $(CHECK_LIBS) -o $@

$(B)/model/test_model-san: tests/model/test_model.c $(MODEL_SRC) $(MODEL_HDR)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -O1 $(SAN) -Itools/verify $(MODEL_CHECK_CFLAGS) \
	  tests/model/test_model.c $(MODEL_SRC) $(CHECK_LIBS) -o $@

$(B)/model/test_events: tests/model/test_events.c $(MODEL_SRC) $(MODEL_HDR)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Itools/verify $(MODEL_CHECK_CFLAGS) \
	  tests/model/test_events.c $(MODEL_SRC) $(CHECK_LIBS) -o $@

$(B)/model/test_events-san: tests/model/test_events.c $(MODEL_SRC) $(MODEL_HDR)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -O1 $(SAN) -Itools/verify $(MODEL_CHECK_CFLAGS) \
	  tests/model/test_events.c $(MODEL_SRC) $(CHECK_LIBS) -o $@

$(B)/model/test_verify: tests/model/test_verify.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(MODEL_CHECK_CFLAGS) tests/model/test_verify.c \
	  $(CHECK_LIBS) -o $@

.PHONY: check-model check-verify-faults
# The model alone, plain and under ASan+UBSan: message mode, event mode.
check-model: $(B)/model/test_model $(B)/model/test_model-san \
             $(B)/model/test_events $(B)/model/test_events-san
	$(B)/model/test_model
	$(B)/model/test_model-san
	$(B)/model/test_events
	$(B)/model/test_events-san

# A deliberately broken engine must make verify fail with a replayable
# counterexample.
check-verify-faults: $(B)/fdpost $(B)/model/test_verify
	FDPOST=$(B)/fdpost TMPDIR=$(B)/model $(B)/model/test_verify

CHECKS += check-model check-verify-faults
