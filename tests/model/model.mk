# tests/model/: the reference model (fdp_model.c), its own Check suite, and
# `fdpost verify` (tools/verify.c), which explores engine and model side by
# side.  docs/verification.md says what verify checks.

MODEL_SRC := tests/model/fdp_model.c
MODEL_HDR := tests/model/fdp_model.h
MODEL_CHECK_CFLAGS := $(shell pkg-config --cflags check 2>/dev/null)

# verify is a subcommand of build/fdpost: link it and the model in.
TOOLS_SRC += tools/verify.c $(MODEL_SRC)
$(B)/fdpost: tools/verify.c $(MODEL_SRC) $(MODEL_HDR)

$(B)/model/test_model: tests/model/test_model.c $(MODEL_SRC) $(MODEL_HDR)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Itests/model $(MODEL_CHECK_CFLAGS) \
	  tests/model/test_model.c $(MODEL_SRC) $(CHECK_LIBS) -o $@

$(B)/model/test_model-san: tests/model/test_model.c $(MODEL_SRC) $(MODEL_HDR)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -O1 $(SAN) -Itests/model $(MODEL_CHECK_CFLAGS) \
	  tests/model/test_model.c $(MODEL_SRC) $(CHECK_LIBS) -o $@

$(B)/model/test_verify: tests/model/test_verify.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(MODEL_CHECK_CFLAGS) tests/model/test_verify.c \
	  $(CHECK_LIBS) -o $@

.PHONY: check-model verify check-verify-faults
# The model alone, plain and under ASan+UBSan.
check-model: $(B)/model/test_model $(B)/model/test_model-san
	$(B)/model/test_model
	$(B)/model/test_model-san

# Engine and model, every reachable state of both profiles.
verify: $(B)/fdpost
	$(B)/fdpost verify

# A deliberately broken engine must make verify fail with a replayable
# counterexample.
check-verify-faults: $(B)/fdpost $(B)/model/test_verify
	FDPOST=$(B)/fdpost TMPDIR=$(B)/model $(B)/model/test_verify

CHECKS += check-model check-verify-faults verify
