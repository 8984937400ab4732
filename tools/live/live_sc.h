/* SPDX-License-Identifier: MIT */
/*
 * live_sc.h -- what the scenarios of `fdpost live` share (live.c: message
 * mode; live_event.c: event mode): the scenario's state, its checks (each
 * fails the scenario and returns from it), the peers and the waits.
 */
#ifndef LIVE_SC_H
#define LIVE_SC_H

#include <stddef.h>

#include "live_util.h"

#define WND 1u
#define WM_SOCK 0x401u      /* WM_USER + 1 */
#define WM_SOCK2 0x402u

typedef struct sc {
    live_ctx l;
    fdpx_ctx *c;
    int win;                /* the windows profile */
    int failed;
    char why[512];
    int raw[16];            /* peer descriptors, closed at the end */
    int nraw;
    int verbose;
    unsigned long msgs;     /* messages taken */
} sc;

typedef struct scenario {
    const char *name;
    void (*run)(sc *t);
    const char *what;
} scenario;

/* Event mode's scenarios (live_event.c), run after message mode's. */
extern const scenario live_event_scenarios[];
extern const size_t live_event_nscenarios;

void failf(sc *t, const char *fmt, ...);
int keep_raw(sc *t, int fd);
void forget_raw(sc *t, int fd);
int expect_msg(sc *t, fdpx_socket_t h, unsigned ev, unsigned err, uint32_t msg, int line);
int expect_none(sc *t, int line);
/* A connected pair: the adapter's socket *h and a raw peer *p. */
int pair_opts(sc *t, fdpx_socket_t *h, int *p, int sndbuf, int peer_rcvbuf);
/* An adapter listener on 127.0.0.1. */
int listener(sc *t, fdpx_socket_t *l, struct sockaddr_in *a);

/* What the adapter has reported (for fdpx_wait). */
int pred_connected(const fdpx_seen *s, void *a);
int pred_fin(const fdpx_seen *s, void *a);
int pred_reset(const fdpx_seen *s, void *a);
int pred_urgent(const fdpx_seen *s, void *a);
int pred_data(const fdpx_seen *s, void *a);      /* a: long, bytes at least */
int pred_pending(const fdpx_seen *s, void *a);   /* a: long, requests at least */

extern char live_buf[1 << 16];          /* what recvs read into */
extern char live_pattern[1 << 16];      /* what sends send */

#define EXPECT(h, ev, err) \
    do { if (expect_msg(t, (h), (ev), (err), WM_SOCK, __LINE__)) return; } while (0)
#define EXPECT_M(h, ev, err, msg) \
    do { if (expect_msg(t, (h), (ev), (err), (msg), __LINE__)) return; } while (0)
#define NONE() do { if (expect_none(t, __LINE__)) return; } while (0)
#define REQUIRE(cond, ...) \
    do { if (!(cond)) { failf(t, "line %d: " __VA_ARGS__); return; } } while (0)

/* Adapter calls that must succeed / must fail with a given error. */
#define OK(call) \
    do { if ((call) == FDP_SOCKET_ERROR) { \
        failf(t, "line %d: %s failed: %d", __LINE__, #call, fdpx_last_error(t->c)); \
        return; } } while (0)
#define FAILS(call, code) \
    do { long r_ = (long)(call); \
        if (r_ != FDP_SOCKET_ERROR || fdpx_last_error(t->c) != (code)) { \
            failf(t, "line %d: %s: expected error %d, got %ld / %d", __LINE__, #call, \
                  (code), r_, fdpx_last_error(t->c)); return; } } while (0)
#define RECV(h, n, flags, want) \
    do { long r_ = fdpx_recv(t->c, (h), live_buf, (n), (flags)); \
        if (r_ != (want)) { failf(t, "line %d: recv %d: expected %ld, got %ld (%d)", \
            __LINE__, (int)(n), (long)(want), r_, fdpx_last_error(t->c)); return; } } while (0)
#define SELECT(h, mask) OK(fdpx_select(t->c, (h), WND, WM_SOCK, (mask)))

/* Wait (pumping, bounded) until the adapter has reported what pred says. */
#define WAIT(h, pred, arg, what) \
    REQUIRE(fdpx_wait(t->c, (h), (pred), (arg), LIVE_TIMEOUT_MS), \
            "timed out waiting for %s", (what))
#define WAIT_DATA(h, n) \
    do { long n_ = (n); WAIT((h), pred_data, &n_, "data"); } while (0)

#define PEER_SEND(fd, n) \
    REQUIRE(raw_send_all((fd), live_pattern, (n), LIVE_TIMEOUT_MS) == (long)(n), "peer send")
#define PAIR(h, p) do { if (pair_opts(t, &(h), &(p), 0, 0)) return; } while (0)
#define LISTENER(l, a) do { if (listener(t, &(l), &(a))) return; } while (0)

#endif
