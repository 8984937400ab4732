# SPDX-License-Identifier: MIT
# engine/posix/: the Linux adapter (epoll, TCP_INFO) that `fdpost live`,
# `fdpost demo` and the load test run on (tools/live/).  It builds on its
# own, into its own library; the portable engine stays free of POSIX and
# the mingw build (check-portable) never sees this directory.

POSIX_SRC := engine/posix/fdp_posix.c
POSIX_HDR := engine/posix/fdp_posix.h

$(B)/posix/fdp_posix.o: $(POSIX_SRC) $(POSIX_HDR) engine/fdpost.h
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(B)/libfdp_posix.a: $(B)/posix/fdp_posix.o
	$(AR) rcs $@ $^

$(B)/san/posix/fdp_posix.o: $(POSIX_SRC) $(POSIX_HDR) engine/fdpost.h
	@mkdir -p $(@D)
	$(CC) -std=c11 $(WARN) -O1 -g $(SAN) -Iengine -Igen -c $< -o $@

$(B)/san/libfdp_posix.a: $(B)/san/posix/fdp_posix.o
	$(AR) rcs $@ $^
