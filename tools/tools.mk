# SPDX-License-Identifier: MIT
# tools/: the fdpost command.  One file per subcommand; fdpost.c dispatches.
#
#   tools/            fdpost.c, info, rules; check and run over the oracle
#   tools/trace/      the .fdt reader (its lexer, made by re2c, is gen/fdt_lex.c)
#   tools/verify/     `fdpost verify` and the reference model it ships with
#   tools/live/       `fdpost live` (scenarios on loopback) and `fdpost demo`,
#                     over the POSIX adapter (engine/posix/)
#
# fdpost's sources are listed here and nowhere else.  `check --jobs` runs
# traces on threads (-pthread).

FDPOST_SRC := tools/fdpost.c tools/info.c tools/rules.c \
              tools/check.c tools/check_files.c tools/check_diff.c \
              tools/run.c tools/oracle.c \
              tools/trace/fdt_reader.c gen/fdt_lex.c \
              tools/verify/verify.c tools/verify/fdp_model.c \
              tools/live/live.c tools/live/live_event.c tools/live/demo.c \
              tools/live/live_util.c
FDPOST_HDR := tools/fdpost_cmds.h tools/oracle.h tools/opts.h tools/check_diff.h \
              tools/check_files.h tools/trace/fdt.h tools/trace/fdt_fast.h \
              tools/verify/fdp_model.h tools/live/live_util.h tools/live/live_sc.h \
              $(POSIX_HDR)
FDPOST_INC := -Itools -Itools/trace -Itools/verify -Itools/live

$(B)/fdpost: $(FDPOST_SRC) $(FDPOST_HDR) $(B)/libfdp_posix.a $(B)/libfdpost.a
	$(CC) $(ALL_CFLAGS) $(FDPOST_INC) $(FDPOST_SRC) $(B)/libfdp_posix.a \
	  $(B)/libfdpost.a -pthread -o $@

# The same with the sanitizers, for the bad-input corpus and the vectors.
$(B)/san/fdpost: $(FDPOST_SRC) $(FDPOST_HDR) $(B)/san/libfdp_posix.a $(B)/san/libfdpost.a
	@mkdir -p $(@D)
	$(CC) -std=c11 $(WARN) -O1 -g $(SAN) -Iengine -Igen $(FDPOST_INC) $(FDPOST_SRC) \
	  $(B)/san/libfdp_posix.a $(B)/san/libfdpost.a -pthread -o $@

# The trace lexer: re2c output, committed in gen/ and drift-checked with
# the rest of it (check-drift).  Like spec/spec.mk's rules, this one exists
# only under `make gen`, so a build needs no re2c.
FDPOST_RE2C_FLAGS := -W -i --no-generation-date --no-version
gen: gen/fdt_lex.c
ifneq ($(filter gen,$(MAKECMDGOALS)),)
gen/fdt_lex.c: tools/trace/fdt_lex.re
	$(RE2C) $(FDPOST_RE2C_FLAGS) $< -o $@
endif

.PHONY: verify
# Engine and model, every reachable state of both profiles.
verify: $(B)/fdpost
	$(B)/fdpost verify
CHECKS += verify

# No hand-written function over 80 lines (gen/ is Ragel's and re2c's).
FDPOST_HAND_C = $(sort $(shell find engine tools tests examples spec \
                  -name '*.c' -o -name '*.h' -o -name '*.re'))
.PHONY: check-function-length
check-function-length:
	@awk -v max=80 -f tools/function_length.awk $(FDPOST_HAND_C) || \
	  { echo "check-function-length: split the functions above (80 lines at most)"; exit 1; }
	@echo "function length: $(words $(FDPOST_HAND_C)) hand-written files, no function over 80 lines"
CHECKS += check-function-length
