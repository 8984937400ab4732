# SPDX-License-Identifier: MIT
# tests/mutate/: transition coverage of the conformance vectors and mutation
# testing of the generated tables (docs/verification.md, "Transition
# coverage" and "Mutation testing").
#
#   make coverage           per machine and profile: transitions the vectors
#                           exercise, of all; the unexercised ones with why
#   make coverage-vectors   rewrite tests/vectors/coverage/: a vector per
#                           transition (then per mutant) the others miss
#   make mutate             every single-point mutant of the tables against
#                           the vectors (in process) and verify; its output
#                           also to build/mutate/mutate.txt
#
# build/mutate/fdp_mutate is its own build of the engine: engine/fdp_engine.c
# with tests/mutate/fdp_mu.h force-included (its FDP_STEP_HOOK line calls the
# harness after each machine step) over a copy of gen/ whose target tables
# are writable (tests/mutate/mkmutable.sh); the default build is untouched.

MU_DIR  := $(B)/mutate
MU_GEN  := $(MU_DIR)/gen
MU_SRC  := tests/mutate/mutate.c engine/fdp_names.c tools/oracle.c \
           tools/trace/fdt_reader.c gen/fdt_lex.c tools/verify/verify.c \
           tools/verify/fdp_model.c
MU_VECTORS = $(sort $(wildcard tests/vectors/spec/*.fdt tests/vectors/windows/*.fdt)) \
          $(sort $(wildcard tests/vectors/coverage/spec/*.fdt tests/vectors/coverage/windows/*.fdt))
MU_HAND_VECTORS = $(sort $(wildcard tests/vectors/spec/*.fdt tests/vectors/windows/*.fdt))
# In recipes the shell expands the patterns: the files, some 2,800, are
# more than one command line (make's recipe string) may hold.
MU_VECTOR_ARGS := tests/vectors/spec/*.fdt tests/vectors/windows/*.fdt \
                  tests/vectors/coverage/spec/*.fdt tests/vectors/coverage/windows/*.fdt
MU_HAND_ARGS   := tests/vectors/spec/*.fdt tests/vectors/windows/*.fdt

$(MU_GEN)/fdp_machines.h: tests/mutate/mkmutable.sh $(GEN_C) $(GEN_H)
	sh tests/mutate/mkmutable.sh gen $(MU_GEN)

$(MU_DIR)/fdp_engine.o: engine/fdp_engine.c tests/mutate/fdp_mu.h $(MU_GEN)/fdp_machines.h $(ENGINE_HDR)
	$(CC) $(ALL_CFLAGS) -iquote $(MU_GEN) -Itests/mutate -include tests/mutate/fdp_mu.h \
	  -c engine/fdp_engine.c -o $@

$(MU_DIR)/fdp_mutate: $(MU_SRC) $(MU_DIR)/fdp_engine.o tests/mutate/fdp_mu.h $(ENGINE_HDR) \
                      tools/oracle.h tools/trace/fdt.h tools/trace/fdt_fast.h tools/verify/fdp_model.h
	$(CC) $(ALL_CFLAGS) -Itools -Itools/trace -Itools/verify -Itests/mutate $(MU_SRC) $(MU_DIR)/fdp_engine.o \
	  -pthread -o $@

.PHONY: coverage coverage-vectors mutate check-coverage
coverage: $(MU_DIR)/fdp_mutate
	$(MU_DIR)/fdp_mutate coverage --list $(MU_VECTOR_ARGS)

# The generated vectors are committed: run this after a spec/ change (then
# `make coverage` and read the new ones).  First one per transition the
# hand-written vectors miss, then one per mutant that all of them miss:
# verify's shortest counterexample for it, with the original's posts.
coverage-vectors: $(MU_DIR)/fdp_mutate
	rm -f tests/vectors/coverage/spec/*.fdt tests/vectors/coverage/windows/*.fdt
	mkdir -p tests/vectors/coverage/spec tests/vectors/coverage/windows
	$(MU_DIR)/fdp_mutate gen tests/vectors/coverage $(MU_HAND_ARGS)
	sh tests/mutate/shards.sh $(MU_JOBS) $(MU_DIR)/kill $(MU_DIR)/fdp_mutate mutate \
	  --kill tests/vectors/coverage $(MU_HAND_ARGS) tests/vectors/coverage/*/*.fdt | tail -n 3

# The mutants are shared out among MU_JOBS processes (every Nth each).
# The output is also kept, for `make figures` to read the score from:
# $(MU_DIR)/mutate.txt, replaced only by a run that finishes.
MU_JOBS ?= 2
mutate: $(MU_DIR)/fdp_mutate
	sh tests/mutate/shards.sh $(MU_JOBS) $(MU_DIR)/mutate $(MU_DIR)/fdp_mutate mutate --list \
	  $(MU_VECTOR_ARGS) > $(MU_DIR)/mutate.part
	@cat $(MU_DIR)/mutate.part; mv $(MU_DIR)/mutate.part $(MU_DIR)/mutate.txt

# Every reachable transition exercised, or listed as unreachable (fast).
check-coverage: $(MU_DIR)/fdp_mutate
	@out=$$($(MU_DIR)/fdp_mutate coverage $(MU_VECTOR_ARGS)) || { echo "$$out"; exit 1; }; \
	  echo "$$out" | tail -n 1

# A deliberately broken machine (FD_READ's re-post removed from its table):
# verify must fail, and its counterexample must replay as a divergence.
check-verify-broken: $(MU_DIR)/fdp_mutate $(B)/fdpost
	@mkdir -p $(MU_DIR)
	@if $(MU_DIR)/fdp_mutate broken --profile spec > $(MU_DIR)/broken.out 2>&1; then \
	  echo "verify passed a broken machine"; exit 1; fi
	@sed -n '/^fdt 1$$/,$$p' $(MU_DIR)/broken.out > $(MU_DIR)/broken.fdt
	@grep -q 'post FD_READ' $(MU_DIR)/broken.fdt || { cat $(MU_DIR)/broken.out; exit 1; }
	@$(B)/fdpost check $(MU_DIR)/broken.fdt > $(MU_DIR)/broken.check 2>&1; \
	  test $$? = 1 || { echo "the counterexample does not replay as a divergence"; \
	  cat $(MU_DIR)/broken.fdt $(MU_DIR)/broken.check; exit 1; }
	@echo "verify-broken: a broken FD_READ machine fails verify; its counterexample replays as a divergence ($(MU_DIR)/broken.fdt)"

CHECKS += check-coverage check-verify-broken
