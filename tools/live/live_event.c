/* SPDX-License-Identifier: MIT */
/*
 * live_event.c -- `fdpost live`'s event-mode scenarios (ev-*): the same
 * loopback sockets as message mode's, registered with fdpx_eventselect
 * (WSAEventSelect) on event objects.  Each asserts, step by step, whether
 * its object is set and what each enumeration (WSAEnumNetworkEvents)
 * returns, errors included; the trace is recorded and judged by the oracle
 * as message mode's are.
 *
 * An object's state is asserted the way message mode asserts "no message":
 * UNSET only once the transport has settled (one epoll round picks up what
 * the kernel still has ready); SET waits for it (fdpx_wait_events, bounded);
 * IS_SET checks at once, for a call that records (a recv that re-enables,
 * an accept, a select).  Where the profiles differ the rule says which:
 * E7 (a)-(g) are the windows profile's departures (docs/rules.md).
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "live_sc.h"

static const char *events_text(long mask, const int *errs, char *b, size_t n)
{
    size_t len = 0;
    int i;
    b[0] = 0;
    if (!mask)
        snprintf(b, n, "0");
    for (i = 0; i < FDP_FD_MAX_EVENTS && len < n; i++) {
        const char *name = fdp_event_name(1u << i), *en;
        if (!(mask & (1L << i)))
            continue;
        len += (size_t)snprintf(b + len, n - len, "%s%s", len ? "|" : "",
                                name ? name : "?");
        if (errs && errs[i] && len < n) {
            en = fdp_error_name(errs[i]);
            len += en ? (size_t)snprintf(b + len, n - len, "=%s", en)
                      : (size_t)snprintf(b + len, n - len, "=%d", errs[i]);
        }
    }
    return b;
}

/* The object must be set now (wait: 1) or soon (wait: 0 ms...LIVE_TIMEOUT_MS). */
static int expect_set(sc *t, fdpx_event_t ev, int wait, int line)
{
    int r = wait ? fdpx_wait_events(t->c, 1, &ev, LIVE_TIMEOUT_MS)
                 : fdpx_event_is_set(t->c, ev) == 1 ? FDPX_WAIT_EVENT_0 : FDPX_WAIT_TIMEOUT;
    if (r == FDPX_WAIT_EVENT_0)
        return 0;
    failf(t, "line %d: expected event object %llu set, %s", line, (unsigned long long)ev,
          r == FDPX_WAIT_TIMEOUT ? (wait ? "not set in time" : "it is not")
                                 : "the wait failed");
    return -1;
}

/* The object is not set, and no message is queued (event mode posts none).
   Called once the transport has settled, as message mode's NONE(). */
static int expect_unset(sc *t, fdpx_event_t ev, int line)
{
    size_t q = fdpx_pump(t->c, 0);
    if (q) {
        failf(t, "line %d: %zu message(s) posted in event mode", line, q);
        return -1;
    }
    if (fdpx_event_is_set(t->c, ev) != 0) {
        failf(t, "line %d: expected event object %llu not set, it is", line,
              (unsigned long long)ev);
        return -1;
    }
    return 0;
}

/* WSAEnumNetworkEvents(h, ev) must return `mask`, every error 0 but that
   of `errev` (if any): `err`; only the entries of set bits written; ev (if
   given) reset. */
static int expect_enum(sc *t, fdpx_socket_t h, fdpx_event_t ev, long mask, unsigned errev,
                       int err, int line)
{
    fdp_network_events ne;
    int want[FDP_FD_MAX_EVENTS], i, bad = 0;
    char got[256], exp[256];
    memset(&ne, 0, sizeof ne);
    for (i = 0; i < FDP_FD_MAX_EVENTS; i++) {
        ne.error_code[i] = -7;                  /* must stay where the bit is clear */
        want[i] = (mask & (1L << i)) ? ((errev & (1u << i)) ? err : 0) : -7;
    }
    if (fdpx_enum_network_events(t->c, h, ev, &ne) == FDP_SOCKET_ERROR) {
        failf(t, "line %d: enum on %#llx failed: %d", line, (unsigned long long)h,
              fdpx_last_error(t->c));
        return -1;
    }
    for (i = 0; i < FDP_FD_MAX_EVENTS; i++)
        bad |= ne.error_code[i] != want[i];
    events_text(ne.network_events, ne.error_code, got, sizeof got);
    if (t->verbose)
        fprintf(stderr, "    enum %#llx ev=%llu -> %s\n", (unsigned long long)h,
                (unsigned long long)ev, got);
    if (ne.network_events != mask || bad) {
        failf(t, "line %d: enum on %#llx: expected %s, got %s", line, (unsigned long long)h,
              events_text(mask, want, exp, sizeof exp), got);
        return -1;
    }
    if (ev != FDPX_INVALID_EVENT && fdpx_event_is_set(t->c, ev) != 0) {
        failf(t, "line %d: enum on %#llx did not reset event object %llu", line,
              (unsigned long long)h, (unsigned long long)ev);
        return -1;
    }
    return 0;
}

#define EVENT(ev) \
    do { (ev) = fdpx_create_event(t->c); \
        REQUIRE((ev) != FDPX_INVALID_EVENT, "create event: %d", fdpx_last_error(t->c)); \
    } while (0)
#define ESELECT(h, ev, mask) OK(fdpx_eventselect(t->c, (h), (ev), (mask)))
#define SET(ev) do { if (expect_set(t, (ev), 1, __LINE__)) return; } while (0)
#define IS_SET(ev) do { if (expect_set(t, (ev), 0, __LINE__)) return; } while (0)
#define UNSET(ev) do { if (expect_unset(t, (ev), __LINE__)) return; } while (0)
#define ENUM(h, ev, mask) \
    do { if (expect_enum(t, (h), (ev), (mask), 0, 0, __LINE__)) return; } while (0)
#define ENUM_ERR(h, ev, mask, errev, err) \
    do { if (expect_enum(t, (h), (ev), (mask), (errev), (err), __LINE__)) return; } while (0)
#define NOEV FDPX_INVALID_EVENT

/* ---- the scenarios ------------------------------------------------------ */

/* FD_READ recorded, the object set; enumerating reads and clears the record
   and resets the object; a recv leaving data records it again (S5); more
   data after the enumeration, before any recv: nothing (spec), recorded
   again (windows, E7a). */
static void ev_read(sc *t)
{
    fdpx_socket_t h;
    fdpx_event_t ev;
    int p;
    PAIR(h, p);
    EVENT(ev);
    ESELECT(h, ev, FDP_FD_READ);
    UNSET(ev);
    PEER_SEND(p, 10);
    SET(ev);
    WAIT_DATA(h, 10);
    ENUM(h, ev, FDP_FD_READ);
    UNSET(ev);
    RECV(h, 4, 0, 4);
    IS_SET(ev);
    ENUM(h, ev, FDP_FD_READ);
    PEER_SEND(p, 5);
    WAIT_DATA(h, 11);
    if (t->win) {
        IS_SET(ev);
        ENUM(h, ev, FDP_FD_READ);
    }
    UNSET(ev);
    ENUM(h, ev, 0);
    RECV(h, 100, 0, 11);
    UNSET(ev);
    ENUM(h, ev, 0);
}

/* A failing recv re-enables FD_READ (S4) in the spec profile, not in the
   windows profile's event mode (E7c). */
static void ev_recv_fail(sc *t)
{
    fdpx_socket_t h;
    fdpx_event_t ev;
    int p;
    PAIR(h, p);
    EVENT(ev);
    ESELECT(h, ev, FDP_FD_READ);
    FAILS(fdpx_recv(t->c, h, live_buf, 100, 0), FDP_WSAEWOULDBLOCK);
    UNSET(ev);
    PEER_SEND(p, 5);
    SET(ev);
    WAIT_DATA(h, 5);
    ENUM(h, ev, FDP_FD_READ);
    FAILS(fdpx_recv(t->c, h, live_buf, 1, FDP_MSG_OOB), FDP_WSAEINVAL);
    if (!t->win) {
        IS_SET(ev);
        ENUM(h, ev, FDP_FD_READ);
    }
    UNSET(ev);
    RECV(h, 100, 0, 5);
    UNSET(ev);
    FAILS(fdpx_recv(t->c, h, live_buf, 100, 0), FDP_WSAEWOULDBLOCK);
    UNSET(ev);
    ENUM(h, ev, 0);
}

/* FD_WRITE at the select; after a send fails with WSAEWOULDBLOCK, once more
   when the peer has drained the buffer (S6); a send that succeeds records
   nothing. */
static void ev_write(sc *t)
{
    fdpx_socket_t h;
    fdpx_event_t ev;
    int p;
    long sent = 0, got = 0, r;
    if (pair_opts(t, &h, &p, 4096, 4096))
        return;
    EVENT(ev);
    ESELECT(h, ev, FDP_FD_WRITE);
    IS_SET(ev);
    ENUM(h, ev, FDP_FD_WRITE);
    for (;;) {
        r = fdpx_send(t->c, h, live_pattern, sizeof live_pattern, 0);
        if (r == FDP_SOCKET_ERROR)
            break;
        sent += r;
        REQUIRE(sent < (64L << 20), "the send buffer never filled");
    }
    REQUIRE(fdpx_last_error(t->c) == FDP_WSAEWOULDBLOCK, "send: %d", fdpx_last_error(t->c));
    UNSET(ev);
    while (got < sent) {
        long n = raw_recv_n(p, live_buf, (size_t)(sent - got) < sizeof live_buf ?
                            (size_t)(sent - got) : sizeof live_buf, LIVE_TIMEOUT_MS);
        REQUIRE(n > 0, "peer drain stalled at %ld of %ld", got, sent);
        got += n;
    }
    SET(ev);
    ENUM(h, ev, FDP_FD_WRITE);
    REQUIRE(fdpx_send(t->c, h, live_pattern, 1000, 0) == 1000, "send after drain");
    UNSET(ev);
    REQUIRE(raw_recv_n(p, live_buf, 1000, LIVE_TIMEOUT_MS) == 1000, "peer recv");
    UNSET(ev);
    ENUM(h, ev, 0);
}

/* A non-blocking connect: FD_CONNECT(0) and FD_WRITE, recorded together:
   one set, one enumeration (S7, S6). */
static void ev_connect(sc *t)
{
    struct sockaddr_in a;
    fdpx_socket_t h;
    fdpx_event_t ev;
    int lfd = raw_listener(0, &a, 0), p;
    REQUIRE(lfd >= 0, "listener");
    keep_raw(t, lfd);
    h = fdpx_socket(t->c, AF_INET, FDP_STREAM);
    EVENT(ev);
    ESELECT(h, ev, FDP_FD_CONNECT | FDP_FD_READ | FDP_FD_WRITE | FDP_FD_CLOSE);
    UNSET(ev);
    FAILS(fdpx_connect(t->c, h, (struct sockaddr *)&a, sizeof a), FDP_WSAEWOULDBLOCK);
    p = keep_raw(t, raw_accept(lfd, LIVE_TIMEOUT_MS));
    REQUIRE(p >= 0, "peer accept");
    SET(ev);
    WAIT(h, pred_connected, NULL, "the connection");
    ENUM(h, ev, FDP_FD_CONNECT | FDP_FD_WRITE);
    REQUIRE(fdpx_send(t->c, h, live_pattern, 100, 0) == 100, "send");
    UNSET(ev);
    REQUIRE(raw_recv_n(p, live_buf, 100, LIVE_TIMEOUT_MS) == 100, "peer recv");
    UNSET(ev);
}

/* WSAEventSelect on a socket already connected records FD_CONNECT in both
   profiles (S7; windows: E7d, unlike W3) and FD_WRITE. */
static void ev_select_connected(sc *t)
{
    fdpx_socket_t h;
    fdpx_event_t ev;
    int p;
    PAIR(h, p);
    EVENT(ev);
    ESELECT(h, ev, FDP_FD_CONNECT | FDP_FD_WRITE);
    IS_SET(ev);
    ENUM(h, ev, FDP_FD_CONNECT | FDP_FD_WRITE);
    UNSET(ev);
    (void)p;
}

/* Connection refused: FD_CONNECT with WSAECONNREFUSED in iErrorCode, no
   FD_WRITE (S7). */
static void ev_refused(sc *t)
{
    struct sockaddr_in a;
    fdpx_socket_t h;
    fdpx_event_t ev;
    int bfd = keep_raw(t, raw_bound_port(&a));
    REQUIRE(bfd >= 0, "bound port");
    h = fdpx_socket(t->c, AF_INET, FDP_STREAM);
    EVENT(ev);
    ESELECT(h, ev, FDP_FD_CONNECT | FDP_FD_WRITE | FDP_FD_CLOSE);
    FAILS(fdpx_connect(t->c, h, (struct sockaddr *)&a, sizeof a), FDP_WSAEWOULDBLOCK);
    SET(ev);
    ENUM_ERR(h, ev, FDP_FD_CONNECT, FDP_FD_CONNECT, FDP_WSAECONNREFUSED);
    UNSET(ev);
}

/* The accepted socket carries the listener's object and mask from birth,
   with an empty record; FD_WRITE is recorded at once and the (shared)
   object set; no FD_CONNECT (E5, S11, D4). */
static void ev_accept_inherit(sc *t)
{
    struct sockaddr_in a;
    fdpx_socket_t l, n;
    fdpx_event_t ev;
    int p;
    long one = 1;
    LISTENER(l, a);
    EVENT(ev);
    ESELECT(l, ev, FDP_FD_ACCEPT | FDP_FD_READ | FDP_FD_WRITE | FDP_FD_CLOSE |
                   FDP_FD_CONNECT);
    UNSET(ev);
    p = keep_raw(t, raw_connect(&a, LIVE_TIMEOUT_MS));
    REQUIRE(p >= 0, "connect");
    SET(ev);
    WAIT(l, pred_pending, &one, "the connection");
    ENUM(l, ev, FDP_FD_ACCEPT);
    n = fdpx_accept(t->c, l, NULL, NULL);
    REQUIRE(n != FDPX_INVALID_SOCKET, "accept");
    IS_SET(ev);
    ENUM(l, NOEV, 0);
    ENUM(n, ev, FDP_FD_WRITE);
    UNSET(ev);
    PEER_SEND(p, 10);
    SET(ev);
    WAIT_DATA(n, 10);
    ENUM(n, ev, FDP_FD_READ);
    RECV(n, 100, 0, 10);
    UNSET(ev);
    close(p);
    forget_raw(t, p);
    SET(ev);
    WAIT(n, pred_fin, NULL, "the FIN");
    ENUM(n, ev, FDP_FD_CLOSE);
    UNSET(ev);
    ENUM(l, ev, 0);
}

/* An accept that leaves a request pending records FD_ACCEPT on the listener
   and FD_WRITE on the new socket, which share the object: the object is set
   (the engine sets it after each socket's recordings: two set-event lines
   in the trace, one per socket), and each record holds its own event. */
static void ev_accept_both(sc *t)
{
    struct sockaddr_in a;
    fdpx_socket_t l, n;
    fdpx_event_t ev;
    long two = 2;
    LISTENER(l, a);
    EVENT(ev);
    ESELECT(l, ev, FDP_FD_ACCEPT | FDP_FD_WRITE);
    REQUIRE(keep_raw(t, raw_connect(&a, LIVE_TIMEOUT_MS)) >= 0, "connect 1");
    REQUIRE(keep_raw(t, raw_connect(&a, LIVE_TIMEOUT_MS)) >= 0, "connect 2");
    WAIT(l, pred_pending, &two, "two pending");
    IS_SET(ev);
    ENUM(l, ev, FDP_FD_ACCEPT);
    n = fdpx_accept(t->c, l, NULL, NULL);
    REQUIRE(n != FDPX_INVALID_SOCKET, "accept");
    IS_SET(ev);
    OK(fdpx_reset_event(t->c, ev));
    ENUM(l, NOEV, FDP_FD_ACCEPT);
    ENUM(n, NOEV, FDP_FD_WRITE);
    UNSET(ev);
    n = fdpx_accept(t->c, l, NULL, NULL);
    REQUIRE(n != FDPX_INVALID_SOCKET, "accept");
    IS_SET(ev);
    ENUM(l, NOEV, 0);
    ENUM(n, ev, FDP_FD_WRITE);
    UNSET(ev);
}

/* Three requests: FD_ACCEPT recorded again by each accept that leaves one
   pending (S5, S10); more requests after the enumeration, before any
   accept: nothing (spec), recorded again (windows, E7a). */
static void ev_accept_many(sc *t)
{
    struct sockaddr_in a;
    fdpx_socket_t l, n;
    fdpx_event_t ev;
    long one = 1, three = 3;
    int i;
    LISTENER(l, a);
    EVENT(ev);
    ESELECT(l, ev, FDP_FD_ACCEPT);
    UNSET(ev);
    REQUIRE(keep_raw(t, raw_connect(&a, LIVE_TIMEOUT_MS)) >= 0, "connect 1");
    SET(ev);
    WAIT(l, pred_pending, &one, "one pending");
    ENUM(l, ev, FDP_FD_ACCEPT);
    REQUIRE(keep_raw(t, raw_connect(&a, LIVE_TIMEOUT_MS)) >= 0, "connect 2");
    REQUIRE(keep_raw(t, raw_connect(&a, LIVE_TIMEOUT_MS)) >= 0, "connect 3");
    WAIT(l, pred_pending, &three, "three pending");
    if (t->win) {
        IS_SET(ev);
        ENUM(l, ev, FDP_FD_ACCEPT);
    }
    UNSET(ev);
    for (i = 0; i < 3; i++) {
        n = fdpx_accept(t->c, l, NULL, NULL);
        REQUIRE(n != FDPX_INVALID_SOCKET, "accept %d: %d", i, fdpx_last_error(t->c));
        if (i < 2) {
            IS_SET(ev);
            ENUM(l, ev, FDP_FD_ACCEPT);
        }
    }
    UNSET(ev);
    REQUIRE(fdpx_accept(t->c, l, NULL, NULL) == FDPX_INVALID_SOCKET &&
            fdpx_last_error(t->c) == FDP_WSAEWOULDBLOCK, "fourth accept");
    UNSET(ev);
}

/* Graceful close with data unread: FD_CLOSE recorded by the recv that
   drains the data (spec, S8), at the FIN with FD_READ (windows, W1: E7g). */
static void ev_close_data(sc *t)
{
    fdpx_socket_t h;
    fdpx_event_t ev;
    int p;
    PAIR(h, p);
    EVENT(ev);
    ESELECT(h, ev, FDP_FD_READ | FDP_FD_CLOSE);
    PEER_SEND(p, 10);
    close(p);
    forget_raw(t, p);
    WAIT(h, pred_fin, NULL, "the FIN");
    IS_SET(ev);
    ENUM(h, ev, FDP_FD_READ | (t->win ? FDP_FD_CLOSE : 0));
    UNSET(ev);
    RECV(h, 100, 0, 10);
    if (!t->win) {
        IS_SET(ev);
        ENUM(h, ev, FDP_FD_CLOSE);
    }
    UNSET(ev);
    RECV(h, 100, 0, 0);
    UNSET(ev);
    ENUM(h, ev, 0);
}

/* Graceful close, nothing unread: FD_CLOSE(0). */
static void ev_close_nodata(sc *t)
{
    fdpx_socket_t h;
    fdpx_event_t ev;
    int p;
    PAIR(h, p);
    EVENT(ev);
    ESELECT(h, ev, FDP_FD_READ | FDP_FD_CLOSE);
    UNSET(ev);
    close(p);
    forget_raw(t, p);
    SET(ev);
    WAIT(h, pred_fin, NULL, "the FIN");
    ENUM(h, ev, FDP_FD_CLOSE);
    UNSET(ev);
    RECV(h, 100, 0, 0);
    UNSET(ev);
    ENUM(h, ev, 0);
}

/* A reset: FD_CLOSE with WSAECONNRESET in iErrorCode (windows:
   WSAECONNABORTED, W2: E7g); nothing recorded afterwards (S8). */
static void ev_reset(sc *t)
{
    fdpx_socket_t h;
    fdpx_event_t ev;
    int p;
    long r;
    PAIR(h, p);
    EVENT(ev);
    ESELECT(h, ev, FDP_FD_READ | FDP_FD_WRITE | FDP_FD_CLOSE);
    IS_SET(ev);
    ENUM(h, ev, FDP_FD_WRITE);
    PEER_SEND(p, 10);
    SET(ev);
    WAIT_DATA(h, 10);
    ENUM(h, ev, FDP_FD_READ);
    raw_reset(p);
    forget_raw(t, p);
    SET(ev);
    WAIT(h, pred_reset, NULL, "the reset");
    ENUM_ERR(h, ev, FDP_FD_CLOSE, FDP_FD_CLOSE,
             t->win ? FDP_WSAECONNABORTED : FDP_WSAECONNRESET);
    UNSET(ev);
    r = fdpx_recv(t->c, h, live_buf, 100, 0);   /* Linux keeps the data readable */
    REQUIRE(r == 10 || (r == FDP_SOCKET_ERROR &&
                        fdpx_last_error(t->c) == FDP_WSAECONNRESET), "recv after reset");
    UNSET(ev);
    FAILS(fdpx_recv(t->c, h, live_buf, 100, 0), FDP_WSAECONNRESET);
    UNSET(ev);
    FAILS(fdpx_send(t->c, h, live_pattern, 10, 0), FDP_WSAECONNRESET);
    UNSET(ev);
    ENUM(h, ev, 0);
}

/* Urgent data, SO_OOBINLINE off: FD_OOB; the MSG_OOB recv re-enables
   FD_READ too, recorded while normal data remains (S4, S5, S9). */
static void ev_oob(sc *t)
{
    fdpx_socket_t h;
    fdpx_event_t ev;
    int p;
    PAIR(h, p);
    EVENT(ev);
    ESELECT(h, ev, FDP_FD_READ | FDP_FD_OOB);
    PEER_SEND(p, 3);
    SET(ev);
    WAIT_DATA(h, 3);
    ENUM(h, ev, FDP_FD_READ);
    REQUIRE(send(p, "X", 1, MSG_OOB) == 1, "peer send MSG_OOB");
    WAIT(h, pred_urgent, NULL, "urgent data");
    IS_SET(ev);
    ENUM(h, ev, FDP_FD_OOB);
    RECV(h, 1, FDP_MSG_OOB, 1);
    REQUIRE(live_buf[0] == 'X', "urgent byte");
    IS_SET(ev);
    ENUM(h, ev, FDP_FD_READ);
    RECV(h, 100, 0, 3);
    UNSET(ev);
    ENUM(h, ev, 0);
}

/* Enumeration (E4): it copies and clears the record, resets the object only
   when given one, re-enables nothing; an event recorded twice is one bit
   (DE1); a failing enumeration changes nothing; a socket never
   event-selected enumerates as 0; a closed one fails WSAENOTSOCK (E6). */
static void ev_enum(sc *t)
{
    fdpx_socket_t h, h2;
    fdpx_event_t ev;
    int p;
    fdp_network_events ne;
    PAIR(h, p);
    EVENT(ev);
    h2 = fdpx_socket(t->c, AF_INET, FDP_STREAM);
    REQUIRE(h2 != FDPX_INVALID_SOCKET, "socket");
    ENUM(h2, NOEV, 0);
    ESELECT(h, ev, FDP_FD_READ | FDP_FD_WRITE);
    IS_SET(ev);
    PEER_SEND(p, 5);
    WAIT_DATA(h, 5);
    RECV(h, 2, 0, 2);
    ENUM(h, NOEV, FDP_FD_READ | FDP_FD_WRITE);
    IS_SET(ev);
    ENUM(h, ev, 0);
    OK(fdpx_set_event(t->c, ev));
    FAILS(fdpx_enum_network_events(t->c, h, ev, NULL), FDP_WSAEFAULT);
    IS_SET(ev);
    FAILS(fdpx_enum_network_events(t->c, h, 1000, &ne), FDP_WSAEINVAL);
    IS_SET(ev);
    OK(fdpx_reset_event(t->c, ev));
    PEER_SEND(p, 4);
    WAIT_DATA(h, 7);
    if (t->win) {
        IS_SET(ev);
        ENUM(h, ev, FDP_FD_READ);
    }
    UNSET(ev);
    ENUM(h, ev, 0);
    RECV(h, 100, 0, 7);
    UNSET(ev);
    OK(fdpx_closesocket(t->c, h));
    FAILS(fdpx_enum_network_events(t->c, h, ev, &ne), FDP_WSAENOTSOCK);
    UNSET(ev);
}

/* A second WSAEventSelect clears the record and does not reset the object
   (E1, DE3; E7f with a new mask).  It records what holds (spec, S2); the
   windows profile records an event not enumerated since it happened, but
   not one enumerated and not re-enabled since (E7b).  Another object takes
   over from the next recording. */
static void ev_reselect(sc *t)
{
    fdpx_socket_t h;
    fdpx_event_t ev, ev2;
    int p;
    PAIR(h, p);
    EVENT(ev);
    EVENT(ev2);
    ESELECT(h, ev, FDP_FD_READ);
    PEER_SEND(p, 5);
    SET(ev);
    WAIT_DATA(h, 5);
    ESELECT(h, ev, FDP_FD_READ);
    IS_SET(ev);
    ENUM(h, ev, FDP_FD_READ);
    ESELECT(h, ev, FDP_FD_READ);
    if (!t->win) {
        IS_SET(ev);
        ENUM(h, ev, FDP_FD_READ);
    }
    UNSET(ev);
    RECV(h, 100, 0, 5);
    UNSET(ev);
    ESELECT(h, ev2, FDP_FD_READ | FDP_FD_WRITE);
    IS_SET(ev2);
    ENUM(h, ev2, FDP_FD_WRITE);
    PEER_SEND(p, 3);
    SET(ev2);
    WAIT_DATA(h, 3);
    UNSET(ev);
    ESELECT(h, ev2, FDP_FD_READ | FDP_FD_WRITE | FDP_FD_CLOSE);
    IS_SET(ev2);
    ENUM(h, ev2, FDP_FD_READ | (t->win ? 0 : FDP_FD_WRITE));
    OK(fdpx_set_event(t->c, ev2));
    ESELECT(h, ev2, FDP_FD_READ | FDP_FD_WRITE);
    IS_SET(ev2);
    ENUM(h, ev2, t->win ? 0 : FDP_FD_READ | FDP_FD_WRITE);
    RECV(h, 100, 0, 3);
    UNSET(ev2);
    UNSET(ev);
}

/* Mask 0 cancels: the record is cleared, the object left as it is; nothing
   is recorded until the next select (E1).  That select records what holds
   (spec, S2); the windows profile records what happened and was not
   enumerated since (re-enabled while cancelled, or dropped with the record
   unread) but not what was enumerated and not re-enabled since (E7b). */
static void ev_cancel(sc *t)
{
    fdpx_socket_t h;
    fdpx_event_t ev;
    int p;
    PAIR(h, p);
    EVENT(ev);
    ESELECT(h, ev, FDP_FD_READ);
    PEER_SEND(p, 5);
    SET(ev);
    WAIT_DATA(h, 5);
    ESELECT(h, ev, 0);
    IS_SET(ev);
    ENUM(h, ev, 0);
    RECV(h, 2, 0, 2);
    UNSET(ev);
    ENUM(h, ev, 0);
    ESELECT(h, ev, FDP_FD_READ);
    IS_SET(ev);
    ENUM(h, ev, FDP_FD_READ);
    RECV(h, 100, 0, 3);
    UNSET(ev);
    PEER_SEND(p, 4);
    SET(ev);
    WAIT_DATA(h, 4);
    ESELECT(h, ev, 0);
    ENUM(h, ev, 0);
    ESELECT(h, ev, FDP_FD_READ);
    IS_SET(ev);
    ENUM(h, ev, FDP_FD_READ);
    ESELECT(h, ev, 0);
    ESELECT(h, ev, FDP_FD_READ);
    if (!t->win) {
        IS_SET(ev);
        ENUM(h, ev, FDP_FD_READ);
    }
    UNSET(ev);
    RECV(h, 100, 0, 4);
    UNSET(ev);
}

/* WSAAsyncSelect replaces an event-select registration and drops its
   record (DE2); messages from then on, until WSAEventSelect again. */
static void ev_async(sc *t)
{
    fdpx_socket_t h;
    fdpx_event_t ev;
    int p;
    PAIR(h, p);
    EVENT(ev);
    ESELECT(h, ev, FDP_FD_READ);
    PEER_SEND(p, 5);
    SET(ev);
    WAIT_DATA(h, 5);
    SELECT(h, FDP_FD_READ);
    EXPECT(h, FDP_FD_READ, 0);
    ENUM(h, NOEV, 0);
    NONE();
    RECV(h, 100, 0, 5);
    NONE();
    OK(fdpx_reset_event(t->c, ev));
    ESELECT(h, ev, FDP_FD_READ);
    UNSET(ev);
    PEER_SEND(p, 3);
    SET(ev);
    WAIT_DATA(h, 3);
    ENUM(h, ev, FDP_FD_READ);
    RECV(h, 100, 0, 3);
    UNSET(ev);
}

/* Close with events recorded: calls on the socket fail WSAENOTSOCK; the
   object is left as it was and nothing sets it again (E6). */
static void ev_close_pending(sc *t)
{
    fdpx_socket_t h;
    fdpx_event_t ev;
    fdp_network_events ne;
    int p;
    PAIR(h, p);
    EVENT(ev);
    ESELECT(h, ev, FDP_FD_READ | FDP_FD_CLOSE);
    PEER_SEND(p, 10);
    close(p);
    forget_raw(t, p);
    WAIT(h, pred_fin, NULL, "the FIN");
    IS_SET(ev);
    OK(fdpx_closesocket(t->c, h));
    FAILS(fdpx_enum_network_events(t->c, h, ev, &ne), FDP_WSAENOTSOCK);
    FAILS(fdpx_eventselect(t->c, h, ev, FDP_FD_READ), FDP_WSAENOTSOCK);
    FAILS(fdpx_recv(t->c, h, live_buf, 100, 0), FDP_WSAENOTSOCK);
    IS_SET(ev);
    OK(fdpx_reset_event(t->c, ev));
    UNSET(ev);
}

/* UDP: FD_WRITE at the select (spec, S6), not on an unbound socket (windows,
   E7e); not after bind (D1); the connect records FD_CONNECT (spec: FD_WRITE
   optional, not made, D6) and FD_WRITE (windows, E7e); FD_READ per datagram
   queue. */
static void ev_udp(sc *t)
{
    struct sockaddr_in a = loopback(0), pa;
    socklen_t al = sizeof a;
    fdpx_socket_t u;
    fdpx_event_t ev;
    int p = keep_raw(t, raw_listener(1, &pa, 0));
    REQUIRE(p >= 0, "peer udp");
    u = fdpx_socket(t->c, AF_INET, FDP_DGRAM);
    REQUIRE(u != FDPX_INVALID_SOCKET, "socket");
    EVENT(ev);
    ESELECT(u, ev, FDP_FD_READ | FDP_FD_WRITE | FDP_FD_CONNECT);
    if (!t->win) {
        IS_SET(ev);
        ENUM(u, ev, FDP_FD_WRITE);
    }
    UNSET(ev);
    OK(fdpx_bind(t->c, u, (struct sockaddr *)&a, sizeof a));
    UNSET(ev);
    OK(fdpx_getsockname(t->c, u, (struct sockaddr *)&a, &al));
    OK(fdpx_connect(t->c, u, (struct sockaddr *)&pa, sizeof pa));
    IS_SET(ev);
    ENUM(u, ev, FDP_FD_CONNECT | (t->win ? FDP_FD_WRITE : 0));
    REQUIRE(sendto(p, live_pattern, 7, 0, (struct sockaddr *)&a, sizeof a) == 7, "sendto");
    SET(ev);
    ENUM(u, ev, FDP_FD_READ);
    RECV(u, sizeof live_buf, 0, 7);
    UNSET(ev);
    REQUIRE(sendto(p, live_pattern, 3, 0, (struct sockaddr *)&a, sizeof a) == 3, "sendto");
    REQUIRE(sendto(p, live_pattern, 4, 0, (struct sockaddr *)&a, sizeof a) == 4, "sendto");
    SET(ev);
    ENUM(u, ev, FDP_FD_READ);
    RECV(u, sizeof live_buf, 0, 3);
    SET(ev);
    ENUM(u, ev, FDP_FD_READ);
    RECV(u, sizeof live_buf, 0, 4);
    UNSET(ev);
    REQUIRE(fdpx_send(t->c, u, live_pattern, 5, 0) == 5, "send");
    UNSET(ev);
    REQUIRE(recv(p, live_buf, sizeof live_buf, 0) == 5, "peer recv");
    UNSET(ev);
}

/* The wait (WSAWaitForMultipleEvents): two sockets, an object each; the
   wait returns the index of the one whose socket recorded, the lowest when
   both are set, and times out when neither is. */
static void ev_wait(sc *t)
{
    fdpx_socket_t h[2];
    fdpx_event_t ev[2];
    int p[2], i;
    for (i = 0; i < 2; i++) {
        if (pair_opts(t, &h[i], &p[i], 0, 0))
            return;
        EVENT(ev[i]);
        ESELECT(h[i], ev[i], FDP_FD_READ);
    }
    REQUIRE(fdpx_wait_events(t->c, 2, ev, 0) == FDPX_WAIT_TIMEOUT, "wait: not a time-out");
    PEER_SEND(p[1], 5);
    REQUIRE(fdpx_wait_events(t->c, 2, ev, LIVE_TIMEOUT_MS) == FDPX_WAIT_EVENT_0 + 1,
            "wait: not the second object");
    UNSET(ev[0]);
    PEER_SEND(p[0], 5);
    REQUIRE(fdpx_wait_events(t->c, 1, ev, LIVE_TIMEOUT_MS) == FDPX_WAIT_EVENT_0,
            "wait: first object not set");
    REQUIRE(fdpx_wait_events(t->c, 2, ev, 0) == FDPX_WAIT_EVENT_0, "wait: not the lowest");
    WAIT_DATA(h[0], 5);
    WAIT_DATA(h[1], 5);
    for (i = 0; i < 2; i++) {
        ENUM(h[i], ev[i], FDP_FD_READ);
        RECV(h[i], 100, 0, 5);
    }
    REQUIRE(fdpx_wait_events(t->c, 2, ev, 0) == FDPX_WAIT_TIMEOUT, "wait: not a time-out");
}

const scenario live_event_scenarios[] = {
    { "ev-read",             ev_read,             "FD_READ recorded, enumerated, level (E2, E4, S5)" },
    { "ev-recv-fail",        ev_recv_fail,        "a failing recv re-enables: spec only (S4, E7c)" },
    { "ev-write",            ev_write,            "FD_WRITE after WSAEWOULDBLOCK (S6)" },
    { "ev-connect",          ev_connect,          "FD_CONNECT and FD_WRITE, one set (S7, S6)" },
    { "ev-select-connected", ev_select_connected, "select on a connected socket (S7, E7d)" },
    { "ev-refused",          ev_refused,          "FD_CONNECT=WSAECONNREFUSED (S7)" },
    { "ev-accept-inherit",   ev_accept_inherit,   "accept inherits object and mask (E5, S11)" },
    { "ev-accept-both",      ev_accept_both,      "accept records on both sockets (E5, DE4)" },
    { "ev-accept-many",      ev_accept_many,      "several pending accepts (S5, S10, E7a)" },
    { "ev-close-data",       ev_close_data,       "graceful close after data (S8, W1)" },
    { "ev-close-nodata",     ev_close_nodata,     "graceful close without data (S8)" },
    { "ev-reset",            ev_reset,            "reset: FD_CLOSE=WSAECONNRESET (S8, W2)" },
    { "ev-oob",              ev_oob,              "urgent data, SO_OOBINLINE off (S9)" },
    { "ev-enum",             ev_enum,             "enumeration clears, resets, re-enables nothing (E4)" },
    { "ev-reselect",         ev_reselect,         "a second WSAEventSelect (E1, S2, E7b, E7f)" },
    { "ev-cancel",           ev_cancel,           "mask 0 cancels; the mask again (E1, E7b)" },
    { "ev-async",            ev_async,            "WSAAsyncSelect drops the record (DE2)" },
    { "ev-close-pending",    ev_close_pending,    "close with events recorded (E6)" },
    { "ev-udp",              ev_udp,              "UDP bound and connected (S6, S7, D1, E7e)" },
    { "ev-wait",             ev_wait,             "WaitForMultipleEvents: any of two objects" },
};
const size_t live_event_nscenarios = sizeof live_event_scenarios / sizeof live_event_scenarios[0];
