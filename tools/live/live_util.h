/* SPDX-License-Identifier: MIT */
/*
 * live_util.h -- what `fdpost live` and `fdpost demo` (with --load) share:
 * raw peer sockets on 127.0.0.1 (bounded waits, never sleeps), the recorder
 * around an adapter context, and the oracle's verdict on the recorded trace.
 */
#ifndef LIVE_UTIL_H
#define LIVE_UTIL_H

#include <netinet/in.h>
#include <stddef.h>
#include <stdio.h>

#include "fdp_recorder.h"
#include "posix/fdp_posix.h"

#define LIVE_TIMEOUT_MS 5000    /* every wait is bounded by this */

/* Raw (peer) sockets, not seen by the engine: the other end of the wire. */
int raw_listener(int type, struct sockaddr_in *addr, int rcvbuf);
int raw_bound_port(struct sockaddr_in *addr);    /* bound, never listening */
int raw_accept(int lfd, int timeout_ms);
int raw_connect(const struct sockaddr_in *addr, int timeout_ms);
long raw_send_all(int fd, const void *buf, size_t n, int timeout_ms);
long raw_recv_n(int fd, void *buf, size_t n, int timeout_ms);     /* exactly n */
int raw_wait_eof(int fd, int timeout_ms);                          /* 1 at EOF */
void raw_reset(int fd);                     /* SO_LINGER {1,0} + close: RST */
struct sockaddr_in loopback(unsigned short port);

/* A recorded adapter context: the recorder writes `path` (or nothing when
   path is NULL); live_ctx_end() closes what is left, finishes the trace and,
   when path is set, runs the oracle on it. */
typedef struct live_ctx {
    fdpx_ctx *c;
    fdp_recorder rec;
    char line[FDP_RECORDER_LINE_MAX];
    FILE *out;
    char path[4096];
    int profile;
} live_ctx;
int live_ctx_begin(live_ctx *l, int profile, const char *path);
/* Verdict: 0 conforms, 1 diverges, 2 trace error or no oracle.  `why`
   (may be NULL) gets the oracle's first headline. */
int live_ctx_end(live_ctx *l, char *why, size_t whylen);

const char *live_profile_name(int profile);
int live_profile_parse(const char *s);          /* -1 if unknown */
/* "FD_READ", "FD_CLOSE(WSAECONNRESET)" */
const char *live_msg_text(const fdpx_msg *m, char *buf, size_t len);
int live_raise_nofile(long want);               /* 0 if the limit is now >= want */

#endif
