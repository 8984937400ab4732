# SPDX-License-Identifier: MIT
# tests/live/: the POSIX adapter's own tests (engine/posix/), on real
# descriptors and loopback sockets: its event objects (eventfd, and the pipe
# it falls back on, built with FDPX_NO_EVENTFD), the wait, and event-select
# mode end to end through the engine.  `fdpost live` (tools/live/) runs the
# scenarios; these test the adapter's calls one by one.
#
#   make check-posix    plain (eventfd), and with pipes under ASan+UBSan

POSIX_TEST_SRC := tests/live/test_posix.c
POSIX_TEST_CFLAGS = $(shell pkg-config --cflags check 2>/dev/null)

$(B)/posix/test_posix: $(POSIX_TEST_SRC) $(POSIX_HDR) $(B)/libfdp_posix.a $(B)/libfdpost.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(POSIX_TEST_CFLAGS) $(POSIX_TEST_SRC) $(B)/libfdp_posix.a \
	  $(B)/libfdpost.a $(CHECK_LIBS) -o $@

# The pipe fallback: the adapter compiled without eventfd, with the sanitizers.
$(B)/san/posix/test_posix_pipe: $(POSIX_TEST_SRC) $(POSIX_SRC) $(POSIX_HDR) $(B)/san/libfdpost.a
	@mkdir -p $(@D)
	$(CC) -std=c11 $(WARN) -O1 -g $(SAN) -Iengine -Igen -DFDPX_NO_EVENTFD \
	  $(POSIX_TEST_CFLAGS) $(POSIX_TEST_SRC) $(POSIX_SRC) $(B)/san/libfdpost.a \
	  $(CHECK_LIBS) -o $@

.PHONY: check-posix
check-posix: $(B)/posix/test_posix $(B)/san/posix/test_posix_pipe
	CK_DEFAULT_TIMEOUT=20 $(B)/posix/test_posix
	CK_FORK=no CK_DEFAULT_TIMEOUT=60 \
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 $(B)/san/posix/test_posix_pipe

CHECKS += check-posix
