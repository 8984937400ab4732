/* SPDX-License-Identifier: MIT */
/*
 * live.c -- `fdpost live`: scenarios on real loopback sockets.
 *
 * Each scenario runs on fresh sockets in a fresh adapter context
 * (engine/posix): the subject sockets are the adapter's, the peers are raw
 * sockets driven directly.  Each asserts the message sequence it expects
 * (so a wrong engine fails even where the oracle would agree), records its
 * trace with the recorder and has the oracle judge it.  No scenario sleeps:
 * every wait is for a condition (a message, or the adapter having reported a
 * transport change), bounded by LIVE_TIMEOUT_MS.  docs/live.md lists them.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "fdpost_cmds.h"
#include "live_sc.h"
#include "opts.h"


void failf(sc *t, const char *fmt, ...)
{
    va_list ap;
    if (t->failed++)
        return;
    va_start(ap, fmt);
    vsnprintf(t->why, sizeof t->why, fmt, ap);
    va_end(ap);
}

int keep_raw(sc *t, int fd)
{
    if (fd >= 0 && t->nraw < (int)(sizeof t->raw / sizeof t->raw[0]))
        t->raw[t->nraw++] = fd;
    return fd;
}

void forget_raw(sc *t, int fd)
{
    int i;
    for (i = 0; i < t->nraw; i++)
        if (t->raw[i] == fd)
            t->raw[i] = -1;
}

static const char *evtext(unsigned ev, unsigned err, char *b, size_t n)
{
    fdpx_msg m = { 0, 0, 0, FDP_MAKESELECTREPLY(ev, err) };
    return live_msg_text(&m, b, n);
}

/* The next message must be (h, event, error) to WND with message `msg`. */
int expect_msg(sc *t, fdpx_socket_t h, unsigned ev, unsigned err,
                      uint32_t msg, int line)
{
    fdpx_msg m;
    char want[64], got[64];
    int r = fdpx_get_message(t->c, &m, LIVE_TIMEOUT_MS);
    evtext(ev, err, want, sizeof want);
    if (r != 1) {
        failf(t, "line %d: expected %s on %#llx, got nothing in %d ms", line, want,
              (unsigned long long)h, LIVE_TIMEOUT_MS);
        return -1;
    }
    t->msgs++;
    live_msg_text(&m, got, sizeof got);
    if (t->verbose)
        fprintf(stderr, "    msg %#llx %s wnd=%u msg=%#x\n", (unsigned long long)m.wparam,
                got, m.window, m.message);
    if (m.wparam != h || m.lparam != FDP_MAKESELECTREPLY(ev, err) ||
        m.window != WND || m.message != msg) {
        failf(t, "line %d: expected %s on %#llx msg=%#x, got %s on %#llx msg=%#x", line,
              want, (unsigned long long)h, msg, got, (unsigned long long)m.wparam,
              m.message);
        return -1;
    }
    return 0;
}

/* No message may be waiting.  Called only once the transport has settled
   (every change the scenario caused has been reported), so it needs no
   wait: one epoll round picks up anything the kernel still has ready. */
int expect_none(sc *t, int line)
{
    fdpx_msg m;
    char got[64];
    if (fdpx_pump(t->c, 0) == 0)
        return 0;
    fdpx_peek_message(t->c, 0, &m);
    failf(t, "line %d: expected no message, got %s on %#llx", line,
          live_msg_text(&m, got, sizeof got), (unsigned long long)m.wparam);
    return -1;
}


int pred_connected(const fdpx_seen *s, void *a) { (void)a; return s->connected; }
int pred_fin(const fdpx_seen *s, void *a) { (void)a; return s->fin; }
int pred_reset(const fdpx_seen *s, void *a) { (void)a; return s->reset; }
int pred_urgent(const fdpx_seen *s, void *a) { (void)a; return s->urgent; }
int pred_data(const fdpx_seen *s, void *a) { return s->data >= *(long *)a; }
int pred_pending(const fdpx_seen *s, void *a) { return s->pending >= *(long *)a; }

char live_buf[1 << 16];
char live_pattern[1 << 16];

int pair_opts(sc *t, fdpx_socket_t *h, int *p, int sndbuf, int peer_rcvbuf)
{
    struct sockaddr_in a;
    int lfd = raw_listener(0, &a, peer_rcvbuf);
    *h = fdpx_socket(t->c, AF_INET, FDP_STREAM);
    if (lfd < 0 || *h == FDPX_INVALID_SOCKET) {
        failf(t, "pair: socket");
        return -1;
    }
    if (sndbuf > 0)
        fdpx_setsockopt(t->c, *h, SOL_SOCKET, SO_SNDBUF, &sndbuf, sizeof sndbuf);
    if (fdpx_connect(t->c, *h, (struct sockaddr *)&a, sizeof a) != FDP_SOCKET_ERROR ||
        fdpx_last_error(t->c) != FDP_WSAEWOULDBLOCK) {
        failf(t, "pair: connect did not say WSAEWOULDBLOCK (%d)", fdpx_last_error(t->c));
        close(lfd);
        return -1;
    }
    *p = keep_raw(t, raw_accept(lfd, LIVE_TIMEOUT_MS));
    close(lfd);
    if (*p < 0 || !fdpx_wait(t->c, *h, pred_connected, NULL, LIVE_TIMEOUT_MS)) {
        failf(t, "pair: not connected");
        return -1;
    }
    return 0;
}

int listener(sc *t, fdpx_socket_t *l, struct sockaddr_in *a)
{
    socklen_t len = sizeof *a;
    *a = loopback(0);
    *l = fdpx_socket(t->c, AF_INET, FDP_STREAM);
    if (*l == FDPX_INVALID_SOCKET ||
        fdpx_bind(t->c, *l, (struct sockaddr *)a, sizeof *a) ||
        fdpx_listen(t->c, *l, 16) ||
        fdpx_getsockname(t->c, *l, (struct sockaddr *)a, &len)) {
        failf(t, "listener: %d", fdpx_last_error(t->c));
        return -1;
    }
    return 0;
}

/* ---- the scenarios ------------------------------------------------------ */

/* FD_READ is level-triggered: re-posted after a recv that leaves data; data
   that arrives while it is posted and not re-enabled posts nothing (S5). */
static void sc_read_level(sc *t)
{
    fdpx_socket_t h;
    int p;
    PAIR(h, p);
    SELECT(h, FDP_FD_READ);
    NONE();
    PEER_SEND(p, 10);
    EXPECT(h, FDP_FD_READ, 0);
    RECV(h, 4, 0, 4);
    EXPECT(h, FDP_FD_READ, 0);
    PEER_SEND(p, 5);
    WAIT_DATA(h, 11);
    NONE();
    RECV(h, 100, 0, 11);
    NONE();
}

/* A peek re-enables FD_READ and leaves the data: FD_READ again (seed table). */
static void sc_peek(sc *t)
{
    fdpx_socket_t h;
    int p;
    PAIR(h, p);
    SELECT(h, FDP_FD_READ);
    PEER_SEND(p, 10);
    EXPECT(h, FDP_FD_READ, 0);
    RECV(h, 10, FDP_MSG_PEEK, 10);
    EXPECT(h, FDP_FD_READ, 0);
    RECV(h, 100, 0, 10);
    NONE();
}

/* A failing recv re-enables too (S4). */
static void sc_recv_fail(sc *t)
{
    fdpx_socket_t h;
    int p;
    PAIR(h, p);
    SELECT(h, FDP_FD_READ);
    FAILS(fdpx_recv(t->c, h, live_buf, 100, 0), FDP_WSAEWOULDBLOCK);
    NONE();
    PEER_SEND(p, 5);
    EXPECT(h, FDP_FD_READ, 0);
    FAILS(fdpx_recv(t->c, h, live_buf, 1, FDP_MSG_OOB), FDP_WSAEINVAL);  /* no urgent data */
    EXPECT(h, FDP_FD_READ, 0);
    RECV(h, 100, 0, 5);
    NONE();
    FAILS(fdpx_recv(t->c, h, live_buf, 100, 0), FDP_WSAEWOULDBLOCK);
    NONE();
}

/* A select starts afresh: a posted, not re-enabled FD_READ is posted again
   while data is there (S2); nothing when there is none. */
static void sc_select_again(sc *t)
{
    fdpx_socket_t h;
    int p;
    PAIR(h, p);
    SELECT(h, FDP_FD_READ);
    PEER_SEND(p, 5);
    EXPECT(h, FDP_FD_READ, 0);
    SELECT(h, FDP_FD_READ);
    EXPECT(h, FDP_FD_READ, 0);
    RECV(h, 100, 0, 5);
    NONE();
    SELECT(h, FDP_FD_READ);
    NONE();
}

/* Mask 0 stops all posting; a new select posts what holds (S1, S2). */
static void sc_cancel(sc *t)
{
    fdpx_socket_t h;
    int p;
    PAIR(h, p);
    SELECT(h, FDP_FD_READ);
    PEER_SEND(p, 5);
    EXPECT(h, FDP_FD_READ, 0);
    OK(fdpx_select(t->c, h, 0, 0, 0));
    NONE();
    RECV(h, 1, 0, 1);
    NONE();
    PEER_SEND(p, 5);
    WAIT_DATA(h, 9);
    NONE();
    SELECT(h, FDP_FD_READ);
    EXPECT(h, FDP_FD_READ, 0);
    RECV(h, 100, 0, 9);
    NONE();
}

/* The seed's "incorrect example": the second select replaces the first,
   message and all (S1). */
static void sc_replace(sc *t)
{
    fdpx_socket_t h;
    int p;
    PAIR(h, p);
    OK(fdpx_select(t->c, h, WND, WM_SOCK, FDP_FD_READ));
    NONE();
    OK(fdpx_select(t->c, h, WND, WM_SOCK2, FDP_FD_WRITE));
    EXPECT_M(h, FDP_FD_WRITE, 0, WM_SOCK2);
    PEER_SEND(p, 5);
    WAIT_DATA(h, 5);
    NONE();
    OK(fdpx_select(t->c, h, WND, WM_SOCK2, FDP_FD_READ | FDP_FD_WRITE));
    EXPECT_M(h, FDP_FD_READ, 0, WM_SOCK2);
    EXPECT_M(h, FDP_FD_WRITE, 0, WM_SOCK2);
    RECV(h, 100, 0, 5);
    NONE();
}

/* A non-blocking connect: FD_CONNECT(0) then FD_WRITE when it completes
   (S7, S6, S15); a successful send re-arms nothing. */
static void sc_connect_write(sc *t)
{
    struct sockaddr_in a;
    fdpx_socket_t h;
    int lfd = raw_listener(0, &a, 0), p;
    REQUIRE(lfd >= 0, "listener");
    keep_raw(t, lfd);
    h = fdpx_socket(t->c, AF_INET, FDP_STREAM);
    SELECT(h, FDP_FD_CONNECT | FDP_FD_READ | FDP_FD_WRITE | FDP_FD_CLOSE);
    NONE();
    FAILS(fdpx_connect(t->c, h, (struct sockaddr *)&a, sizeof a), FDP_WSAEWOULDBLOCK);
    p = keep_raw(t, raw_accept(lfd, LIVE_TIMEOUT_MS));
    REQUIRE(p >= 0, "peer accept");
    EXPECT(h, FDP_FD_CONNECT, 0);
    EXPECT(h, FDP_FD_WRITE, 0);
    REQUIRE(fdpx_send(t->c, h, live_pattern, 100, 0) == 100, "send");
    NONE();
    REQUIRE(raw_recv_n(p, live_buf, 100, LIVE_TIMEOUT_MS) == 100, "peer recv");
    REQUIRE(!memcmp(live_buf, live_pattern, 100), "bytes differ");
    NONE();
}

/* A select on a socket already connected: FD_CONNECT (spec, S7) or not
   (windows, W3), and FD_WRITE. */
static void sc_select_connected(sc *t)
{
    fdpx_socket_t h;
    int p;
    PAIR(h, p);
    SELECT(h, FDP_FD_CONNECT | FDP_FD_WRITE);
    if (!t->win)
        EXPECT(h, FDP_FD_CONNECT, 0);
    EXPECT(h, FDP_FD_WRITE, 0);
    NONE();
    (void)p;
}

/* Fill the send buffer to WSAEWOULDBLOCK, let the peer drain it: one
   FD_WRITE when space returns (S6); a send that succeeds re-arms nothing. */
static void sc_fill_drain(sc *t)
{
    fdpx_socket_t h;
    int p;
    long sent = 0, got = 0, r;
    if (pair_opts(t, &h, &p, 4096, 4096))
        return;
    SELECT(h, FDP_FD_WRITE);
    EXPECT(h, FDP_FD_WRITE, 0);
    for (;;) {
        r = fdpx_send(t->c, h, live_pattern, sizeof live_pattern, 0);
        if (r == FDP_SOCKET_ERROR)
            break;
        sent += r;
        REQUIRE(sent < (64L << 20), "the send buffer never filled");
    }
    REQUIRE(fdpx_last_error(t->c) == FDP_WSAEWOULDBLOCK, "send: %d", fdpx_last_error(t->c));
    while (got < sent) {
        long n = raw_recv_n(p, live_buf, (size_t)(sent - got) < sizeof live_buf ?
                            (size_t)(sent - got) : sizeof live_buf, LIVE_TIMEOUT_MS);
        REQUIRE(n > 0, "peer drain stalled at %ld of %ld", got, sent);
        got += n;
    }
    EXPECT(h, FDP_FD_WRITE, 0);
    NONE();
    REQUIRE(fdpx_send(t->c, h, live_pattern, 1000, 0) == 1000, "send after drain");
    NONE();
    REQUIRE(raw_recv_n(p, live_buf, 1000, LIVE_TIMEOUT_MS) == 1000, "peer recv");
    NONE();
}

/* Connection refused: FD_CONNECT(WSAECONNREFUSED), no FD_WRITE (S7). */
static void sc_refused(sc *t)
{
    struct sockaddr_in a;
    fdpx_socket_t h;
    int bfd = keep_raw(t, raw_bound_port(&a));      /* bound, not listening */
    REQUIRE(bfd >= 0, "bound port");
    h = fdpx_socket(t->c, AF_INET, FDP_STREAM);
    SELECT(h, FDP_FD_CONNECT | FDP_FD_WRITE | FDP_FD_CLOSE);
    FAILS(fdpx_connect(t->c, h, (struct sockaddr *)&a, sizeof a), FDP_WSAEWOULDBLOCK);
    EXPECT(h, FDP_FD_CONNECT, FDP_WSAECONNREFUSED);
    NONE();
}

/* Several pending connections: FD_ACCEPT once, re-posted by each accept
   that leaves one pending (S5, S10). */
static void sc_accept_many(sc *t)
{
    struct sockaddr_in a;
    fdpx_socket_t l, n;
    long three = 3;
    int i;
    LISTENER(l, a);
    SELECT(l, FDP_FD_ACCEPT);
    NONE();
    REQUIRE(keep_raw(t, raw_connect(&a, LIVE_TIMEOUT_MS)) >= 0, "connect 1");
    EXPECT(l, FDP_FD_ACCEPT, 0);
    REQUIRE(keep_raw(t, raw_connect(&a, LIVE_TIMEOUT_MS)) >= 0, "connect 2");
    REQUIRE(keep_raw(t, raw_connect(&a, LIVE_TIMEOUT_MS)) >= 0, "connect 3");
    WAIT(l, pred_pending, &three, "three pending");
    NONE();
    for (i = 0; i < 3; i++) {
        n = fdpx_accept(t->c, l, NULL, NULL);
        REQUIRE(n != FDPX_INVALID_SOCKET, "accept %d: %d", i, fdpx_last_error(t->c));
        if (i < 2)
            EXPECT(l, FDP_FD_ACCEPT, 0);
    }
    NONE();
    REQUIRE(fdpx_accept(t->c, l, NULL, NULL) == FDPX_INVALID_SOCKET &&
            fdpx_last_error(t->c) == FDP_WSAEWOULDBLOCK, "fourth accept");
    NONE();
}

/* A select with a connection already pending posts FD_ACCEPT at once (the
   seed's example; S2). */
static void sc_accept_pending(sc *t)
{
    struct sockaddr_in a;
    fdpx_socket_t l;
    long one = 1;
    LISTENER(l, a);
    REQUIRE(keep_raw(t, raw_connect(&a, LIVE_TIMEOUT_MS)) >= 0, "connect");
    WAIT(l, pred_pending, &one, "a pending connection");
    NONE();
    SELECT(l, FDP_FD_ACCEPT);
    EXPECT(l, FDP_FD_ACCEPT, 0);
    REQUIRE(fdpx_accept(t->c, l, NULL, NULL) != FDPX_INVALID_SOCKET, "accept");
    NONE();
}

/* The accepted socket inherits window, message and mask; FD_WRITE at birth,
   no FD_CONNECT (S11, D4). */
static void sc_accept_inherit(sc *t)
{
    struct sockaddr_in a;
    fdpx_socket_t l, n;
    int p;
    LISTENER(l, a);
    SELECT(l, FDP_FD_ACCEPT | FDP_FD_READ | FDP_FD_WRITE | FDP_FD_CLOSE | FDP_FD_CONNECT);
    NONE();
    p = keep_raw(t, raw_connect(&a, LIVE_TIMEOUT_MS));
    REQUIRE(p >= 0, "connect");
    EXPECT(l, FDP_FD_ACCEPT, 0);
    n = fdpx_accept(t->c, l, NULL, NULL);
    REQUIRE(n != FDPX_INVALID_SOCKET, "accept");
    EXPECT(n, FDP_FD_WRITE, 0);
    NONE();
    PEER_SEND(p, 10);
    EXPECT(n, FDP_FD_READ, 0);
    RECV(n, 100, 0, 10);
    NONE();
    close(p);
    forget_raw(t, p);
    EXPECT(n, FDP_FD_CLOSE, 0);
    NONE();
}

/* Graceful close with data unread: spec holds FD_CLOSE until the recv that
   drains the queue (S8); windows posts it at the FIN (W1). */
static void sc_close_data(sc *t)
{
    fdpx_socket_t h;
    int p;
    PAIR(h, p);
    SELECT(h, FDP_FD_READ | FDP_FD_CLOSE);
    PEER_SEND(p, 10);
    close(p);
    forget_raw(t, p);
    WAIT(h, pred_fin, NULL, "the FIN");
    EXPECT(h, FDP_FD_READ, 0);
    if (t->win)
        EXPECT(h, FDP_FD_CLOSE, 0);
    NONE();
    RECV(h, 100, 0, 10);
    if (!t->win)
        EXPECT(h, FDP_FD_CLOSE, 0);
    NONE();
    RECV(h, 100, 0, 0);
    NONE();
}

/* Graceful close, nothing unread: FD_CLOSE(0) at once. */
static void sc_close_nodata(sc *t)
{
    fdpx_socket_t h;
    int p;
    PAIR(h, p);
    SELECT(h, FDP_FD_READ | FDP_FD_CLOSE);
    close(p);
    forget_raw(t, p);
    EXPECT(h, FDP_FD_CLOSE, 0);
    NONE();
    RECV(h, 100, 0, 0);
    NONE();
}

/* A reset (the peer's SO_LINGER {1,0} close): FD_CLOSE(WSAECONNRESET) at
   once, data unread or not; windows says WSAECONNABORTED (W2).  Afterwards
   nothing more is posted (S8). */
static void sc_reset(sc *t)
{
    fdpx_socket_t h;
    int p;
    long r;
    PAIR(h, p);
    SELECT(h, FDP_FD_READ | FDP_FD_WRITE | FDP_FD_CLOSE);
    EXPECT(h, FDP_FD_WRITE, 0);
    PEER_SEND(p, 10);
    EXPECT(h, FDP_FD_READ, 0);
    raw_reset(p);
    forget_raw(t, p);
    EXPECT(h, FDP_FD_CLOSE, t->win ? FDP_WSAECONNABORTED : FDP_WSAECONNRESET);
    NONE();
    /* Linux keeps the unread data readable after a reset; then the reset. */
    r = fdpx_recv(t->c, h, live_buf, 100, 0);
    REQUIRE(r == 10 || (r == FDP_SOCKET_ERROR &&
                        fdpx_last_error(t->c) == FDP_WSAECONNRESET), "recv after reset");
    NONE();
    FAILS(fdpx_recv(t->c, h, live_buf, 100, 0), FDP_WSAECONNRESET);
    NONE();
    FAILS(fdpx_send(t->c, h, live_pattern, 10, 0), FDP_WSAECONNRESET);
    NONE();
}

/* A select after the peer closed posts FD_CLOSE(0) (S2, S8; W5). */
static void sc_select_closed(sc *t)
{
    fdpx_socket_t h;
    int p;
    PAIR(h, p);
    close(p);
    forget_raw(t, p);
    WAIT(h, pred_fin, NULL, "the FIN");
    NONE();
    SELECT(h, FDP_FD_READ | FDP_FD_CLOSE);
    EXPECT(h, FDP_FD_CLOSE, 0);
    NONE();
}

/* ... and after a reset, FD_CLOSE with the reset's error. */
static void sc_select_reset(sc *t)
{
    fdpx_socket_t h;
    int p;
    PAIR(h, p);
    raw_reset(p);
    forget_raw(t, p);
    WAIT(h, pred_reset, NULL, "the reset");
    NONE();
    SELECT(h, FDP_FD_READ | FDP_FD_WRITE | FDP_FD_CLOSE);
    EXPECT(h, FDP_FD_CLOSE, t->win ? FDP_WSAECONNABORTED : FDP_WSAECONNRESET);
    NONE();
}

/* Urgent data, SO_OOBINLINE off: FD_OOB; a MSG_OOB recv re-enables FD_READ
   too, which is re-posted while normal data remains (S4, S5, S9). */
static void sc_oob(sc *t)
{
    fdpx_socket_t h;
    int p;
    PAIR(h, p);
    SELECT(h, FDP_FD_READ | FDP_FD_OOB);
    PEER_SEND(p, 3);
    EXPECT(h, FDP_FD_READ, 0);
    REQUIRE(send(p, "X", 1, MSG_OOB) == 1, "peer send MSG_OOB");
    WAIT(h, pred_urgent, NULL, "urgent data");
    EXPECT(h, FDP_FD_OOB, 0);
    RECV(h, 1, FDP_MSG_OOB, 1);
    REQUIRE(live_buf[0] == 'X', "urgent byte");
    EXPECT(h, FDP_FD_READ, 0);
    NONE();
    RECV(h, 100, 0, 3);
    NONE();
}

/* Urgent data, SO_OOBINLINE on: normal data, FD_READ and never FD_OOB; a
   MSG_OOB recv fails WSAEINVAL and still re-enables (S9, D3). */
static void sc_oob_inline(sc *t)
{
    fdpx_socket_t h;
    int p;
    long one = 1;
    PAIR(h, p);
    OK(fdpx_oobinline(t->c, h, 1));
    SELECT(h, FDP_FD_READ | FDP_FD_OOB);
    NONE();
    REQUIRE(send(p, "X", 1, MSG_OOB) == 1, "peer send MSG_OOB");
    EXPECT(h, FDP_FD_READ, 0);
    WAIT_DATA(h, one);
    NONE();
    FAILS(fdpx_recv(t->c, h, live_buf, 1, FDP_MSG_OOB), FDP_WSAEINVAL);
    EXPECT(h, FDP_FD_READ, 0);
    RECV(h, 100, 0, 1);
    REQUIRE(live_buf[0] == 'X', "inline urgent byte");
    NONE();
}

/* A local shutdown posts nothing (S8, D7); the peer's FIN then posts
   FD_CLOSE(0). */
static void sc_shutdown_fin(sc *t)
{
    fdpx_socket_t h;
    int p;
    PAIR(h, p);
    SELECT(h, FDP_FD_READ | FDP_FD_WRITE | FDP_FD_CLOSE);
    EXPECT(h, FDP_FD_WRITE, 0);
    OK(fdpx_shutdown(t->c, h, FDP_SD_SEND));
    NONE();
    REQUIRE(raw_wait_eof(p, LIVE_TIMEOUT_MS), "peer saw no end of data");
    NONE();
    close(p);
    forget_raw(t, p);
    EXPECT(h, FDP_FD_CLOSE, 0);
    NONE();
}

/* Close with messages pending: what was posted before the close stays in
   the queue (as in a Windows message queue); nothing is posted after (S16). */
static void sc_close_pending(sc *t)
{
    fdpx_socket_t h;
    int p;
    PAIR(h, p);
    SELECT(h, FDP_FD_READ | FDP_FD_CLOSE);
    PEER_SEND(p, 10);
    close(p);
    forget_raw(t, p);
    WAIT(h, pred_fin, NULL, "the FIN");
    REQUIRE(fdpx_queued(t->c) == (t->win ? 2u : 1u), "%zu messages queued",
            fdpx_queued(t->c));
    OK(fdpx_closesocket(t->c, h));
    EXPECT(h, FDP_FD_READ, 0);
    if (t->win)
        EXPECT(h, FDP_FD_CLOSE, 0);
    NONE();
    FAILS(fdpx_recv(t->c, h, live_buf, 100, 0), FDP_WSAENOTSOCK);
    FAILS(fdpx_select(t->c, h, WND, WM_SOCK, FDP_FD_READ), FDP_WSAENOTSOCK);
    NONE();
}

/* UDP: FD_WRITE at select (connectionless, S6/W4), not again after bind
   (D1: optional, and the engine does not make it: S3), and on connect in windows (W4, without
   FD_CONNECT); in the spec profile a connect posts FD_CONNECT (S7) and FD_WRITE is optional
   (D6, not made); FD_READ per datagram queue. */
static void sc_udp(sc *t)
{
    struct sockaddr_in a = loopback(0), pa;
    socklen_t al = sizeof a;
    fdpx_socket_t u;
    int p = keep_raw(t, raw_listener(1, &pa, 0));
    REQUIRE(p >= 0, "peer udp");
    u = fdpx_socket(t->c, AF_INET, FDP_DGRAM);
    REQUIRE(u != FDPX_INVALID_SOCKET, "socket");
    SELECT(u, FDP_FD_READ | FDP_FD_WRITE | FDP_FD_CONNECT);
    EXPECT(u, FDP_FD_WRITE, 0);
    NONE();
    OK(fdpx_bind(t->c, u, (struct sockaddr *)&a, sizeof a));
    NONE();
    OK(fdpx_getsockname(t->c, u, (struct sockaddr *)&a, &al));
    OK(fdpx_connect(t->c, u, (struct sockaddr *)&pa, sizeof pa));
    if (!t->win)
        EXPECT(u, FDP_FD_CONNECT, 0);   /* FD_WRITE optional, not made (D6) */
    else
        EXPECT(u, FDP_FD_WRITE, 0);     /* W4 */
    NONE();
    REQUIRE(sendto(p, live_pattern, 7, 0, (struct sockaddr *)&a, sizeof a) == 7, "peer sendto");
    EXPECT(u, FDP_FD_READ, 0);
    RECV(u, sizeof live_buf, 0, 7);
    NONE();
    REQUIRE(sendto(p, live_pattern, 3, 0, (struct sockaddr *)&a, sizeof a) == 3, "peer sendto");
    REQUIRE(sendto(p, live_pattern, 4, 0, (struct sockaddr *)&a, sizeof a) == 4, "peer sendto");
    EXPECT(u, FDP_FD_READ, 0);
    RECV(u, sizeof live_buf, 0, 3);
    EXPECT(u, FDP_FD_READ, 0);          /* the second datagram, level-triggered */
    RECV(u, sizeof live_buf, 0, 4);
    NONE();
    REQUIRE(fdpx_send(t->c, u, live_pattern, 5, 0) == 5, "send");
    NONE();
    REQUIRE(recv(p, live_buf, sizeof live_buf, 0) == 5, "peer recv");
    NONE();
}


/* The peer sends and closes before the accept: the accepted socket is born
   with data and the FIN queued; FD_WRITE at birth, then FD_READ; FD_CLOSE
   once drained (spec, S8) or at once (windows, W1). */
static void sc_accept_queued(sc *t)
{
    struct sockaddr_in a;
    fdpx_socket_t l, n;
    int p;
    long one = 1;
    LISTENER(l, a);
    SELECT(l, FDP_FD_ACCEPT | FDP_FD_READ | FDP_FD_WRITE | FDP_FD_CLOSE);
    p = raw_connect(&a, LIVE_TIMEOUT_MS);
    REQUIRE(p >= 0, "connect");
    REQUIRE(raw_send_all(p, live_pattern, 10, LIVE_TIMEOUT_MS) == 10, "peer send");
    close(p);
    EXPECT(l, FDP_FD_ACCEPT, 0);
    WAIT(l, pred_pending, &one, "the connection");
    /* The adapter reads the new socket's conditions right after accept4:
       the data (and the FIN, if it is there yet) are reported then. */
    n = fdpx_accept(t->c, l, NULL, NULL);
    REQUIRE(n != FDPX_INVALID_SOCKET, "accept");
    EXPECT(n, FDP_FD_WRITE, 0);
    WAIT(n, pred_fin, NULL, "the FIN");
    EXPECT(n, FDP_FD_READ, 0);
    if (t->win)
        EXPECT(n, FDP_FD_CLOSE, 0);
    NONE();
    RECV(n, 100, 0, 10);
    if (!t->win)
        EXPECT(n, FDP_FD_CLOSE, 0);
    NONE();
}

/* Reading past the urgent mark: Linux stops a plain recv at the mark; the
   next one skips the urgent byte, which is then gone (urgent-gone). */
static void sc_oob_mark(sc *t)
{
    fdpx_socket_t h;
    int p;
    PAIR(h, p);
    SELECT(h, FDP_FD_READ | FDP_FD_OOB);
    PEER_SEND(p, 2);
    EXPECT(h, FDP_FD_READ, 0);
    REQUIRE(send(p, "X", 1, MSG_OOB) == 1, "peer send MSG_OOB");
    WAIT(h, pred_urgent, NULL, "urgent data");
    EXPECT(h, FDP_FD_OOB, 0);
    PEER_SEND(p, 2);
    RECV(h, 100, 0, 2);                 /* up to the mark */
    WAIT_DATA(h, 2);                    /* the two bytes after the mark */
    /* The recv re-enabled both: urgent data and normal data remain. The two
       bytes after the mark may have been seen with the recv or just after:
       either way FD_OOB and FD_READ, in the S15 order. */
    EXPECT(h, FDP_FD_OOB, 0);
    EXPECT(h, FDP_FD_READ, 0);
    NONE();
    RECV(h, 100, 0, 2);                 /* past the mark: the urgent byte is skipped */
    NONE();
    FAILS(fdpx_recv(t->c, h, live_buf, 1, FDP_MSG_OOB), FDP_WSAEINVAL);
    NONE();
}

static const scenario msg_scenarios[] = {
    { "read-level",       sc_read_level,       "FD_READ is level-triggered (S5)" },
    { "peek",             sc_peek,             "a MSG_PEEK recv re-enables FD_READ" },
    { "recv-fail",        sc_recv_fail,        "a failing recv re-enables (S4)" },
    { "select-again",     sc_select_again,     "a new select re-posts what holds (S2)" },
    { "cancel",           sc_cancel,           "select with mask 0 stops posting (S1)" },
    { "replace",          sc_replace,          "a second select replaces the first (S1)" },
    { "connect-write",    sc_connect_write,    "connect: FD_CONNECT then FD_WRITE (S7, S6)" },
    { "select-connected", sc_select_connected, "select on a connected socket (S7, W3)" },
    { "fill-drain",       sc_fill_drain,       "WSAEWOULDBLOCK, then FD_WRITE on space (S6)" },
    { "refused",          sc_refused,          "FD_CONNECT(WSAECONNREFUSED) (S7)" },
    { "accept-many",      sc_accept_many,      "several pending accepts (S5, S10)" },
    { "accept-pending",   sc_accept_pending,   "select with a connection pending (S2)" },
    { "accept-inherit",   sc_accept_inherit,   "the accepted socket inherits (S11)" },
    { "accept-queued",    sc_accept_queued,    "data and FIN queued before the accept (S11, S8)" },
    { "close-data",       sc_close_data,       "graceful close after data (S8, W1)" },
    { "close-nodata",     sc_close_nodata,     "graceful close without data (S8)" },
    { "reset",            sc_reset,            "reset: FD_CLOSE(WSAECONNRESET) (S8, W2)" },
    { "select-closed",    sc_select_closed,    "select after the peer closed (S2, S8)" },
    { "select-reset",     sc_select_reset,     "select after the peer reset (S2, S8, W2)" },
    { "oob",              sc_oob,              "urgent data, SO_OOBINLINE off (S9)" },
    { "oob-inline",       sc_oob_inline,       "urgent data, SO_OOBINLINE on (S9, D3)" },
    { "oob-mark",         sc_oob_mark,         "reading past the urgent mark (S4, S9)" },
    { "shutdown-fin",     sc_shutdown_fin,     "local shutdown, then the peer's FIN (S8)" },
    { "close-pending",    sc_close_pending,    "close with messages pending (S16)" },
    { "udp",              sc_udp,              "UDP bound and connected (S6, S7, D1, W4)" },
};
#define NMSG (sizeof msg_scenarios / sizeof msg_scenarios[0])
#define MAX_SCENARIOS 64

/* Message mode's scenarios, then event mode's (live_event.c). */
static size_t nscenarios(void)
{
    return NMSG + live_event_nscenarios;
}

static const scenario *scenario_at(size_t k)
{
    return k < NMSG ? &msg_scenarios[k] : &live_event_scenarios[k - NMSG];
}

static int is_event(const scenario *s)
{
    return !strncmp(s->name, "ev-", 3);
}

/* One scenario under one profile: 0 pass, 1 fail. */
static int run_one(const scenario *s, int profile, const char *dir, int verbose,
                   int print)
{
    sc t;
    char path[4096], why[512];
    fdpx_stats st;
    int i, verdict;
    memset(&t, 0, sizeof t);
    t.win = profile == FDP_PROFILE_WINDOWS;
    t.verbose = verbose;
    snprintf(path, sizeof path, "%s/%s.%s.fdt", dir, s->name, live_profile_name(profile));
    if (live_ctx_begin(&t.l, profile, path)) {
        printf("%-19s %-8s cannot start: %s\n", s->name, live_profile_name(profile),
               strerror(errno));
        return 1;
    }
    t.c = t.l.c;
    s->run(&t);
    fdpx_stats_get(t.c, &st);
    for (i = 0; i < t.nraw; i++)
        if (t.raw[i] >= 0)
            close(t.raw[i]);
    verdict = live_ctx_end(&t.l, why, sizeof why);
    if (t.failed || verdict != 0 || print) {
        const char *v = t.failed ? "FAIL" : verdict == 0 ? "pass"
                        : verdict == 1 ? "DIVERGES" : verdict == 3 ? "INCOMPLETE"
                        : "TRACE-ERROR";
        /* message mode: messages posted; event mode: objects set */
        printf("%-19s %-8s %s %3lu  %s", s->name, live_profile_name(profile),
               is_event(s) ? "sets " : "posts", is_event(s) ? st.event_sets : st.posts, v);
        if (t.failed)
            printf("  (%s)", t.why);
        else if (verdict)
            printf("  (%s)", why);
        printf("\n");
        fflush(stdout);
    }
    return t.failed || verdict != 0;
}

static int usage(FILE *to)
{
    size_t i;
    fprintf(to, "usage: fdpost live [--profile spec|windows] [--mode message|event]\n"
                "                   [--keep DIR] [--repeat N] [--verbose] [--list] [SCENARIO...]\n"
                "Runs each scenario on fresh loopback sockets through the POSIX adapter,\n"
                "asserts its message sequence (event mode, ev-*: its event objects and\n"
                "enumerations), records its trace and checks it with the oracle.  Without\n"
                "--profile, both profiles; without --mode, both modes.  --keep keeps the\n"
                "traces.\n\n");
    for (i = 0; i < nscenarios(); i++)
        fprintf(to, "  %-19s %s\n", scenario_at(i)->name, scenario_at(i)->what);
    return to == stderr ? 2 : 0;
}

static int rm_dir(const char *dir)
{
    size_t i;
    int p;
    char path[4096];
    for (i = 0; i < nscenarios(); i++)
        for (p = 0; p < FDP_PROFILES; p++) {
            snprintf(path, sizeof path, "%s/%s.%s.fdt", dir, scenario_at(i)->name,
                     live_profile_name(p));
            unlink(path);
        }
    return rmdir(dir);
}

/* What to run: the options of `fdpost live`. */
typedef struct live_opts {
    int profiles[2], nprof, verbose;
    int mode;               /* 0 both, 1 message mode only, 2 event mode only */
    const char *keep;
    long repeat;
    unsigned char sel[MAX_SCENARIOS];
} live_opts;

/* A scenario named on the command line selected; 0, or the exit status. */
static int select_scenario(live_opts *lo, const char *name)
{
    size_t k;
    for (k = 0; k < nscenarios(); k++)
        if (!strcmp(name, scenario_at(k)->name))
            break;
    if (k == nscenarios()) {
        fprintf(stderr, "fdpost live: no scenario '%s' (--list)\n", name);
        return 2;
    }
    lo->sel[k] = 1;
    return 0;
}

static const struct option live_longs[] = {
    { "help", no_argument, NULL, 'h' },
    { "list", no_argument, NULL, 'L' },
    { "verbose", no_argument, NULL, 'v' },
    { "profile", required_argument, NULL, 'p' },
    { "keep", required_argument, NULL, 'k' },
    { "repeat", required_argument, NULL, 'r' },
    { "mode", required_argument, NULL, 'm' },
    { NULL, 0, NULL, 0 }
};

/* One option into lo; -1 to go on, else the exit status. */
static int take_opt(live_opts *lo, int ch)
{
    size_t k;
    switch (ch) {
    case 'h': return usage(stdout);
    case 'L':
        for (k = 0; k < nscenarios(); k++)
            printf("%s\n", scenario_at(k)->name);
        return 0;
    case 'v': lo->verbose = 1; return -1;
    case 'p':
        lo->profiles[0] = live_profile_parse(optarg);
        lo->nprof = 1;
        if (lo->profiles[0] >= 0)
            return -1;
        fprintf(stderr, "fdpost live: unknown profile '%s'\n", optarg);
        return 2;
    case 'k': lo->keep = optarg; return -1;
    case 'm':
        lo->mode = !strcmp(optarg, "message") ? 1 : !strcmp(optarg, "event") ? 2 : -1;
        if (lo->mode > 0)
            return -1;
        fprintf(stderr, "fdpost live: unknown mode '%s' (message or event)\n", optarg);
        return 2;
    case 'r': return opts_number("live", "--repeat", optarg, 1, 1000000, &lo->repeat) ? 2 : -1;
    default: return 2;
    }
}

/* The options; -1 to go on, else the exit status. */
static int parse_args(live_opts *lo, int argc, char **argv)
{
    int ch, rc, any = 0;
    opts_begin();
    while ((ch = opts_next("live", argc, argv, "hv", live_longs)) != -1)
        if ((rc = take_opt(lo, ch)) >= 0)
            return rc;
    for (; optind < argc; optind++, any = 1)
        if (select_scenario(lo, argv[optind]))
            return 2;
    if (!any)
        memset(lo->sel, 1, sizeof lo->sel);
    return -1;
}

/* The directory for the traces: --keep's, or a fresh temporary one. */
static const char *trace_dir(const live_opts *lo, char *tmpdir)
{
    if (lo->keep) {
        if (mkdir(lo->keep, 0777) < 0 && errno != EEXIST) {
            fprintf(stderr, "fdpost live: %s: %s\n", lo->keep, strerror(errno));
            return NULL;
        }
        return lo->keep;
    }
    if (!mkdtemp(tmpdir)) {
        fprintf(stderr, "fdpost live: mkdtemp: %s\n", strerror(errno));
        return NULL;
    }
    return tmpdir;
}

/* Scenario k is selected, in a mode --mode keeps. */
static int wanted(const live_opts *lo, size_t k)
{
    return lo->sel[k] && (!lo->mode || (lo->mode == 2) == is_event(scenario_at(k)));
}

/* Every round of the selected scenarios; the failures. */
static int run_rounds(const live_opts *lo, const char *dir)
{
    long round;
    int failed = 0;
    for (round = 0; round < lo->repeat; round++) {
        int round_failed = 0, p;
        size_t k;
        for (k = 0; k < nscenarios(); k++) {
            if (!wanted(lo, k))
                continue;
            for (p = 0; p < lo->nprof; p++)
                round_failed += run_one(scenario_at(k), lo->profiles[p], dir,
                                        lo->verbose, round == 0);
        }
        failed += round_failed;
        if (lo->repeat > 1 && (round_failed || (round + 1) % 10 == 0))
            printf("live: round %ld of %ld: %d failed\n", round + 1, lo->repeat,
                   round_failed);
    }
    return failed;
}

static long live_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int cmd_live(int argc, char **argv)
{
    live_opts lo;
    char tmpdir[] = "/tmp/fdpost-live-XXXXXX";
    const char *dir;
    int failed, rc;
    size_t k, nsel = 0;
    long t0;

    memset(&lo, 0, sizeof lo);
    lo.profiles[0] = FDP_PROFILE_SPEC;
    lo.profiles[1] = FDP_PROFILE_WINDOWS;
    lo.nprof = 2;
    lo.repeat = 1;
    rc = parse_args(&lo, argc, argv);
    if (rc >= 0)
        return rc;
    dir = trace_dir(&lo, tmpdir);
    if (!dir)
        return 2;
    for (k = 0; k < sizeof live_pattern; k++)
        live_pattern[k] = (char)('a' + k % 26);

    t0 = live_now_ms();
    failed = run_rounds(&lo, dir);
    for (k = 0; k < nscenarios(); k++)
        nsel += (size_t)wanted(&lo, k);
    printf("live: %zu scenarios x %d profile%s x %ld round%s: %s (%d failed), %ld ms%s%s\n",
           nsel, lo.nprof, lo.nprof > 1 ? "s" : "", lo.repeat, lo.repeat > 1 ? "s" : "",
           failed ? "FAIL" : "all passed", failed, live_now_ms() - t0,
           lo.keep ? ", traces in " : "", lo.keep ? lo.keep : "");
    if (!lo.keep)
        rm_dir(tmpdir);
    return failed ? 1 : 0;
}
