/* SPDX-License-Identifier: MIT */
/*
 * test_model.c -- hand-written scenarios from the seed for the reference
 * model alone.  Each test is named after the clause (seed), S, W or D item
 * it checks.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fdp_model.h"

#define WND 0x11u
#define MSG 0x401u

/* ---- a recording window ------------------------------------------- */

typedef struct post {
    uint64_t wparam;
    uint32_t window, message, lparam;
    int optional;
} post;

static post posts[64];
static int nposts;
static int post_result;                 /* what the callback returns */
static fdpm_engine E;

/* callback hooks */
static fdpm_socket *reenter_sock;       /* select on this from the callback */
static int reenter_rc, reenter_err;

static int record(uint64_t wparam, uint32_t window, uint32_t message,
                  uint32_t lparam, int optional)
{
    ck_assert_int_lt(nposts, 64);
    posts[nposts].wparam = wparam;
    posts[nposts].window = window;
    posts[nposts].message = message;
    posts[nposts].lparam = lparam;
    posts[nposts].optional = optional;
    nposts++;
    if (reenter_sock) {
        reenter_err = 0;
        reenter_rc = fdpm_select(&E, reenter_sock, WND, MSG,
                                 FDPM_FD_ALL_EVENTS, &reenter_err);
    }
    return post_result;
}

static int on_post(void *ctx, uint64_t wparam, uint32_t window,
                   uint32_t message, uint32_t lparam)
{
    (void)ctx;
    return record(wparam, window, message, lparam, 0);
}

static int on_optional(void *ctx, uint64_t wparam, uint32_t window,
                       uint32_t message, uint32_t lparam)
{
    (void)ctx;
    return record(wparam, window, message, lparam, 1);
}

static void setup_profile(int profile)
{
    fdpm_init(&E, on_post, NULL, profile);
    E.post_optional = on_optional;
    nposts = 0;
    post_result = 0;
    reenter_sock = NULL;
}

static void setup_spec(void) { setup_profile(FDPM_PROFILE_SPEC); }
static void setup_windows(void) { setup_profile(FDPM_PROFILE_WINDOWS); }

/* Expect exactly these posts (event, error pairs, 0-terminated by event
   0) since the last call to expect, then forget them. */
static void expect_(int line, const unsigned *want)
{
    int i, n = 0;
    char got[512] = "", tmp[48];
    for (i = 0; i < nposts; i++) {
        snprintf(tmp, sizeof tmp, " %#x/%u", posts[i].lparam & 0xFFFF,
                 posts[i].lparam >> 16);
        strncat(got, tmp, sizeof got - strlen(got) - 1);
    }
    while (want[2 * n])
        n++;
    ck_assert_msg(n == nposts, "line %d: want %d posts, got %d:%s", line, n,
                  nposts, got);
    for (i = 0; i < n; i++)
        ck_assert_msg(posts[i].lparam ==
                      FDPM_MAKESELECTREPLY(want[2 * i], want[2 * i + 1]),
                      "line %d: post %d is %#x, want event %#x error %u;"
                      " got:%s", line, i, posts[i].lparam, want[2 * i],
                      want[2 * i + 1], got);
    nposts = 0;
}
#define EXPECT(...) do { static const unsigned w_[] = { __VA_ARGS__, 0, 0 }; \
                         expect_(__LINE__, w_); } while (0)
#define NOTHING() do { static const unsigned w_[] = { 0, 0 }; \
                       expect_(__LINE__, w_); } while (0)

static int err;
#define OK(call) ck_assert_msg((call) == 0, "%s failed: %d", #call, err)
#define FAILS(call, code) do { err = 0; \
    ck_assert_msg((call) == FDPM_SOCKET_ERROR, "%s did not fail", #call); \
    ck_assert_int_eq(err, (code)); } while (0)

static void sock(fdpm_socket *s, uint64_t h, int type)
{
    OK(fdpm_socket_init(&E, s, h, type, FDPM_PROFILE_DEFAULT, &err));
}

static void sel(fdpm_socket *s, long mask)
{
    OK(fdpm_select(&E, s, WND, MSG, mask, &err));
}

static void in(fdpm_socket *s, int input, long arg)
{
    OK(fdpm_input(&E, s, input, arg, &err));
}

/* A connected stream socket, registered for `mask`, posts consumed. */
static void connected_stream(fdpm_socket *s, long mask)
{
    sock(s, 7, FDPM_STREAM);
    OK(fdpm_connect(&E, s, FDPM_WSAEWOULDBLOCK, &err));
    in(s, FDPM_IN_CONNECTED, 0);
    sel(s, mask);
    nposts = 0;
}

#define R FDPM_FD_READ
#define W FDPM_FD_WRITE
#define O FDPM_FD_OOB
#define A FDPM_FD_ACCEPT
#define C FDPM_FD_CONNECT
#define X FDPM_FD_CLOSE
#define Q FDPM_FD_QOS
#define G FDPM_FD_GROUP_QOS
#define RT FDPM_FD_ROUTING_INTERFACE_CHANGE
#define AL FDPM_FD_ADDRESS_LIST_CHANGE

/* ---- S1 ------------------------------------------------------------- */

/* The seed's "Incorrect example": the second call cancels the first. */
START_TEST(seed_two_calls_S1_one_registration)
{
    fdpm_socket s;
    sock(&s, 7, FDPM_STREAM);
    OK(fdpm_select(&E, &s, WND, 0x401, R, &err));
    OK(fdpm_select(&E, &s, WND, 0x402, W, &err));
    in(&s, FDPM_IN_DATA, 10);
    NOTHING();
    OK(fdpm_connect(&E, &s, 0, &err));
    EXPECT(W, 0);
    ck_assert_uint_eq(posts[0].message, 0x402);
}
END_TEST

START_TEST(S1_mask_zero_stops_all_posting)
{
    fdpm_socket s;
    connected_stream(&s, FDPM_FD_ALL_EVENTS);
    sel(&s, 0);
    NOTHING();
    in(&s, FDPM_IN_DATA, 1);
    in(&s, FDPM_IN_QOS, 0);
    in(&s, FDPM_IN_RESET, 0);
    NOTHING();
}
END_TEST

START_TEST(S1_any_select_makes_nonblocking)
{
    fdpm_socket s;
    sock(&s, 7, FDPM_STREAM);
    ck_assert_int_eq(fdpm_nonblocking(&s), 0);
    sel(&s, 0);
    ck_assert_int_eq(fdpm_nonblocking(&s), 1);
    OK(fdpm_fionbio(&E, &s, 0, &err));
    ck_assert_int_eq(fdpm_nonblocking(&s), 0);
    sel(&s, R);
    ck_assert_int_eq(fdpm_nonblocking(&s), 1);
    FAILS(fdpm_fionbio(&E, &s, 0, &err), FDPM_WSAEINVAL);
    ck_assert_int_eq(fdpm_nonblocking(&s), 1);
}
END_TEST

/* ---- S2 ------------------------------------------------------------- */

/* The seed's listen / connect request / select example. */
START_TEST(seed_persistence_example_S2)
{
    fdpm_socket s;
    sock(&s, 7, FDPM_STREAM);
    OK(fdpm_listen(&E, &s, &err));
    in(&s, FDPM_IN_PENDING, 0);
    NOTHING();
    sel(&s, A);
    EXPECT(A, 0);
}
END_TEST

START_TEST(S2_reselect_starts_afresh)
{
    fdpm_socket s;
    connected_stream(&s, R);
    in(&s, FDPM_IN_DATA, 5);
    EXPECT(R, 0);
    sel(&s, R);
    EXPECT(R, 0);
    in(&s, FDPM_IN_DATA_GONE, 0);
    sel(&s, R);
    NOTHING();
}
END_TEST

/* ---- S3, S4, S5 ----------------------------------------------------- */

START_TEST(S3_no_flooding)
{
    fdpm_socket s;
    connected_stream(&s, R | O | A | Q);
    in(&s, FDPM_IN_DATA, 5);
    in(&s, FDPM_IN_DATA, 5);
    EXPECT(R, 0);
    in(&s, FDPM_IN_PENDING, 0);
    in(&s, FDPM_IN_NO_PENDING, 0);
    in(&s, FDPM_IN_PENDING, 0);
    EXPECT(A, 0);
    in(&s, FDPM_IN_URGENT, 1);
    in(&s, FDPM_IN_URGENT_GONE, 0);
    in(&s, FDPM_IN_URGENT, 1);
    EXPECT(O, 0);
}
END_TEST

START_TEST(S4_failing_recv_reenables)
{
    fdpm_socket s;
    connected_stream(&s, R);
    in(&s, FDPM_IN_DATA, 5);
    EXPECT(R, 0);
    OK(fdpm_recv(&E, &s, 0, 10, -FDPM_WSAENOBUFS, FDPM_LEFT_DATA, &err));
    EXPECT(R, 0);
}
END_TEST

START_TEST(S4_nothing_reenables_connect_or_close)
{
    fdpm_socket s;
    sock(&s, 7, FDPM_STREAM);
    sel(&s, C | X);
    OK(fdpm_connect(&E, &s, 0, &err));
    EXPECT(C, 0);
    in(&s, FDPM_IN_FIN, 0);
    EXPECT(X, 0);
    OK(fdpm_recv(&E, &s, 0, 1, 0, 0, &err));
    OK(fdpm_send(&E, &s, 1, 1, &err));
    OK(fdpm_accept(&E, &s, FDPM_WSAEINVAL, 0, NULL, 0, &err));
    in(&s, FDPM_IN_FIN, 0);
    NOTHING();
}
END_TEST

START_TEST(S5_level_triggered_read)
{
    fdpm_socket s;
    connected_stream(&s, R);
    in(&s, FDPM_IN_DATA, 10);
    EXPECT(R, 0);
    OK(fdpm_recv(&E, &s, FDPM_MSG_PEEK, 4, 4, FDPM_LEFT_DATA, &err));
    EXPECT(R, 0);
    OK(fdpm_recv(&E, &s, 0, 100, 10, 0, &err));
    NOTHING();
    in(&s, FDPM_IN_DATA, 1);
    EXPECT(R, 0);
}
END_TEST

START_TEST(S5_level_triggered_accept_and_oob)
{
    fdpm_socket s, ns;
    sock(&s, 7, FDPM_STREAM);
    sel(&s, A | O);
    in(&s, FDPM_IN_PENDING, 0);
    EXPECT(A, 0);
    OK(fdpm_accept(&E, &s, 0, 1, &ns, 8, &err));
    EXPECT(A, 0);
    OK(fdpm_accept(&E, &s, 0, 0, &ns, 9, &err));
    NOTHING();
    in(&s, FDPM_IN_URGENT, 1);
    EXPECT(O, 0);
    OK(fdpm_recv(&E, &s, FDPM_MSG_OOB, 1, 1, FDPM_LEFT_URGENT, &err));
    EXPECT(O, 0);
    /* recv without MSG_OOB re-enables FD_OOB too (seed FD_OOB 3) */
    OK(fdpm_recv(&E, &s, 0, 1, 1, FDPM_LEFT_URGENT, &err));
    EXPECT(O, 0);
}
END_TEST

/* ---- S6 ------------------------------------------------------------- */

START_TEST(S6_write_after_connect_follows_connect)
{
    fdpm_socket s;
    sock(&s, 7, FDPM_STREAM);
    sel(&s, FDPM_FD_ALL_EVENTS);
    NOTHING();
    OK(fdpm_connect(&E, &s, FDPM_WSAEWOULDBLOCK, &err));
    NOTHING();
    in(&s, FDPM_IN_CONNECTED, 0);
    EXPECT(C, 0, W, 0);
    /* D6: a second success posts no FD_WRITE */
    in(&s, FDPM_IN_CONNECTED, 0);
    EXPECT(C, 0);
}
END_TEST

START_TEST(S6_write_after_wouldblock_and_space)
{
    fdpm_socket s;
    connected_stream(&s, W);
    in(&s, FDPM_IN_SPACE, 0);
    NOTHING();
    OK(fdpm_send(&E, &s, 10, 10, &err));
    NOTHING();
    OK(fdpm_send(&E, &s, 10, -FDPM_WSAEWOULDBLOCK, &err));
    sel(&s, W);
    NOTHING();                          /* not writable: no FD_WRITE */
    in(&s, FDPM_IN_SPACE, 0);
    EXPECT(W, 0);
    sel(&s, W);
    EXPECT(W, 0);
}
END_TEST

/* ---- S7 ------------------------------------------------------------- */

START_TEST(S7_connect_outcomes)
{
    fdpm_socket s;
    sock(&s, 7, FDPM_STREAM);
    sel(&s, C | W);
    OK(fdpm_connect(&E, &s, FDPM_WSAECONNREFUSED, &err));
    EXPECT(C, FDPM_WSAECONNREFUSED);
    OK(fdpm_joinleaf(&E, &s, FDPM_WSAEWOULDBLOCK, &err));
    NOTHING();
    in(&s, FDPM_IN_CONNECT_FAILED, FDPM_WSAETIMEDOUT);
    EXPECT(C, FDPM_WSAETIMEDOUT);
    sel(&s, C | W);
    NOTHING();                          /* never connected */
    OK(fdpm_connect(&E, &s, 0, &err));
    EXPECT(C, 0, W, 0);
    sel(&s, C | W);
    EXPECT(C, 0, W, 0);                 /* spec: connected at select */
}
END_TEST

START_TEST(S7_datagram_connect_spec)
{
    fdpm_socket s;
    sock(&s, 7, FDPM_DGRAM);
    sel(&s, C | W);
    EXPECT(W, 0);
    OK(fdpm_connect(&E, &s, 0, &err));
    EXPECT(C, 0, W, 0);                 /* D6: each association */
}
END_TEST

/* ---- S8 ------------------------------------------------------------- */

START_TEST(S8_close_only_after_data_read)
{
    fdpm_socket s;
    connected_stream(&s, R | X);
    in(&s, FDPM_IN_DATA, 10);
    EXPECT(R, 0);
    in(&s, FDPM_IN_FIN, 0);
    NOTHING();
    OK(fdpm_recv(&E, &s, 0, 4, 4, FDPM_LEFT_DATA, &err));
    EXPECT(R, 0);
    OK(fdpm_recv(&E, &s, 0, 100, 6, 0, &err));
    EXPECT(X, 0);                       /* and no FD_READ */
    OK(fdpm_recv(&E, &s, 0, 100, 0, 0, &err));
    NOTHING();
    sel(&s, R | X);
    EXPECT(X, 0);
}
END_TEST

START_TEST(S8_reset_at_once_kills_read)
{
    fdpm_socket s;
    connected_stream(&s, R | W | X);
    in(&s, FDPM_IN_DATA, 10);
    EXPECT(R, 0);
    in(&s, FDPM_IN_RESET, 0);
    EXPECT(X, FDPM_WSAECONNRESET);
    ck_assert_uint_eq(posts[0].lparam, 0x27460020u);
    nposts = 0;
    OK(fdpm_recv(&E, &s, 0, 10, 10, FDPM_LEFT_DATA, &err));
    NOTHING();
    sel(&s, R | W | X);
    EXPECT(X, FDPM_WSAECONNRESET);
}
END_TEST

START_TEST(S8_abort_carries_its_error)
{
    fdpm_socket s;
    connected_stream(&s, X);
    in(&s, FDPM_IN_ABORT, FDPM_WSAENETDOWN);
    EXPECT(X, FDPM_WSAENETDOWN);
    in(&s, FDPM_IN_RESET, 0);          /* D8: the first wins */
    NOTHING();
    sel(&s, X);
    EXPECT(X, FDPM_WSAENETDOWN);
    connected_stream(&s, X);           /* not in the seed's table */
    in(&s, FDPM_IN_ABORT, FDPM_WSAETIMEDOUT);
    EXPECT(X, FDPM_WSAECONNABORTED);
}
END_TEST

START_TEST(S8_shutdown_posts_nothing_and_datagram_no_close)
{
    fdpm_socket s, d;
    connected_stream(&s, FDPM_FD_ALL_EVENTS);
    OK(fdpm_shutdown(&E, &s, FDPM_SD_SEND, &err));
    OK(fdpm_shutdown(&E, &s, FDPM_SD_BOTH, &err));
    NOTHING();
    in(&s, FDPM_IN_FIN, 0);
    EXPECT(X, 0);
    sock(&d, 8, FDPM_DGRAM);
    sel(&d, X);
    in(&d, FDPM_IN_FIN, 0);
    in(&d, FDPM_IN_RESET, 0);
    NOTHING();
}
END_TEST

START_TEST(seed_no_close_after_closesocket_S16)
{
    fdpm_socket s;
    connected_stream(&s, FDPM_FD_ALL_EVENTS);
    OK(fdpm_close(&E, &s, &err));
    FAILS(fdpm_input(&E, &s, FDPM_IN_FIN, 0, &err), FDPM_WSAENOTSOCK);
    FAILS(fdpm_input(&E, &s, FDPM_IN_DATA, 1, &err), FDPM_WSAENOTSOCK);
    FAILS(fdpm_select(&E, &s, WND, MSG, R, &err), FDPM_WSAENOTSOCK);
    FAILS(fdpm_recv(&E, &s, 0, 1, 1, 0, &err), FDPM_WSAENOTSOCK);
    FAILS(fdpm_send(&E, &s, 1, 1, &err), FDPM_WSAENOTSOCK);
    FAILS(fdpm_accept(&E, &s, 1, 0, NULL, 0, &err), FDPM_WSAENOTSOCK);
    FAILS(fdpm_connect(&E, &s, 0, &err), FDPM_WSAENOTSOCK);
    FAILS(fdpm_joinleaf(&E, &s, 0, &err), FDPM_WSAENOTSOCK);
    FAILS(fdpm_ioctl(&E, &s, FDPM_SIO_GET_QOS, &err), FDPM_WSAENOTSOCK);
    FAILS(fdpm_oobinline(&E, &s, 1, &err), FDPM_WSAENOTSOCK);
    FAILS(fdpm_bind(&E, &s, &err), FDPM_WSAENOTSOCK);
    FAILS(fdpm_listen(&E, &s, &err), FDPM_WSAENOTSOCK);
    FAILS(fdpm_shutdown(&E, &s, 1, &err), FDPM_WSAENOTSOCK);
    FAILS(fdpm_eventselect(&E, &s, 1, 0, &err), FDPM_WSAENOTSOCK);
    FAILS(fdpm_fionbio(&E, &s, 1, &err), FDPM_WSAENOTSOCK);
    FAILS(fdpm_close(&E, &s, &err), FDPM_WSAENOTSOCK);
    NOTHING();
}
END_TEST

/* ---- S9, D3 --------------------------------------------------------- */

START_TEST(S9_oobinline_urgent_is_data)
{
    fdpm_socket s;
    connected_stream(&s, R | O | X);
    OK(fdpm_oobinline(&E, &s, 1, &err));
    in(&s, FDPM_IN_URGENT, 1);
    EXPECT(R, 0);
    /* a MSG_OOB recv fails with WSAEINVAL but still re-enables */
    OK(fdpm_recv(&E, &s, FDPM_MSG_OOB, 1, -FDPM_WSAEINVAL, FDPM_LEFT_DATA,
                 &err));
    EXPECT(R, 0);
    /* D3: inline urgent data holds back a graceful FD_CLOSE */
    in(&s, FDPM_IN_FIN, 0);
    NOTHING();
    OK(fdpm_recv(&E, &s, 0, 1, 1, 0, &err));
    EXPECT(X, 0);
}
END_TEST

START_TEST(D3_toggling_posts_nothing)
{
    fdpm_socket s;
    connected_stream(&s, R | O);
    in(&s, FDPM_IN_URGENT, 1);
    EXPECT(O, 0);
    OK(fdpm_oobinline(&E, &s, 1, &err));
    NOTHING();
    in(&s, FDPM_IN_URGENT, 1);          /* now data: FD_READ */
    EXPECT(R, 0);
    OK(fdpm_oobinline(&E, &s, 0, &err));
    NOTHING();
    in(&s, FDPM_IN_URGENT, 1);          /* FD_OOB starts re-enabled */
    EXPECT(O, 0);
}
END_TEST

/* ---- S10, S11 ------------------------------------------------------- */

START_TEST(S10_try_again_does_not_reenable)
{
    fdpm_socket s;
    sock(&s, 7, FDPM_STREAM);
    sel(&s, A);
    in(&s, FDPM_IN_PENDING, 0);
    EXPECT(A, 0);
    OK(fdpm_accept(&E, &s, FDPM_WSATRY_AGAIN, 1, NULL, 0, &err));
    NOTHING();
    OK(fdpm_accept(&E, &s, FDPM_WSAECONNRESET, 1, NULL, 0, &err));
    EXPECT(A, 0);
}
END_TEST

START_TEST(S11_seed_inheritance_example)
{
    fdpm_socket l, a;
    sock(&l, 7, FDPM_STREAM);
    OK(fdpm_bind(&E, &l, &err));
    OK(fdpm_listen(&E, &l, &err));
    sel(&l, A | R | W | X | C);
    NOTHING();
    in(&l, FDPM_IN_PENDING, 0);
    EXPECT(A, 0);
    OK(fdpm_accept(&E, &l, 0, 1, &a, 8, &err));
    EXPECT(A, 0, W, 0);                 /* D12: the new socket's follow */
    ck_assert_uint_eq(posts[0].wparam, 7);      /* (still in the array) */
    ck_assert_uint_eq(posts[1].wparam, 8);
    ck_assert_uint_eq(a.mask, A | R | W | X | C);
    ck_assert_uint_eq(a.window, WND);
    ck_assert_int_eq(fdpm_nonblocking(&a), 1);
    nposts = 0;
    OK(fdpm_accept(&E, &l, 0, 0, &a, 9, &err));
    ck_assert_int_eq(nposts, 1);
    ck_assert_uint_eq(posts[0].wparam, 9);
    ck_assert_uint_eq(posts[0].lparam, FDPM_MAKESELECTREPLY(W, 0));
    ck_assert_uint_eq(posts[0].message, MSG);
    nposts = 0;
    in(&a, FDPM_IN_DATA, 10);
    EXPECT(R, 0);
    sel(&a, C | W);
    EXPECT(W, 0);                       /* D4: never FD_CONNECT */
    FAILS(fdpm_accept(&E, &l, 0, 0, NULL, 9, &err), FDPM_WSAEFAULT);
}
END_TEST

/* ---- S12, S13 ------------------------------------------------------- */

START_TEST(S12_qos_edge_triggered)
{
    fdpm_socket s;
    sock(&s, 7, FDPM_STREAM);
    sel(&s, Q | G);
    in(&s, FDPM_IN_QOS, 0);
    EXPECT(Q, 0);
    in(&s, FDPM_IN_QOS, 0);
    NOTHING();
    OK(fdpm_ioctl(&E, &s, FDPM_SIO_GET_QOS, &err));
    NOTHING();                          /* the change was consumed */
    sel(&s, Q | G);
    NOTHING();
    in(&s, FDPM_IN_QOS, 0);
    EXPECT(Q, 0);
    sel(&s, Q | G);
    EXPECT(Q, 0);                       /* changed since the ioctl */
    in(&s, FDPM_IN_GROUP_QOS, 0);
    EXPECT(G, 0);
    OK(fdpm_ioctl(&E, &s, FDPM_SIO_GET_GROUP_QOS, &err));
    in(&s, FDPM_IN_GROUP_QOS, 0);
    EXPECT(G, 0);
}
END_TEST

START_TEST(S13_change_events_armed_by_ioctl)
{
    fdpm_socket s;
    sock(&s, 7, FDPM_STREAM);
    sel(&s, RT | AL);
    in(&s, FDPM_IN_ROUTE, 0);
    in(&s, FDPM_IN_ADDRESS_LIST, 0);
    NOTHING();
    OK(fdpm_ioctl(&E, &s, FDPM_SIO_ROUTING_INTERFACE_CHANGE, &err));
    OK(fdpm_ioctl(&E, &s, FDPM_SIO_ADDRESS_LIST_CHANGE, &err));
    sel(&s, RT | AL);                   /* neither posts nor cancels */
    NOTHING();
    in(&s, FDPM_IN_ROUTE, FDPM_WSAENETUNREACH);
    EXPECT(RT, FDPM_WSAENETUNREACH);
    in(&s, FDPM_IN_ROUTE, 0);
    NOTHING();
    /* D10: a change while unregistered leaves the ioctl armed */
    sel(&s, RT);
    in(&s, FDPM_IN_ADDRESS_LIST, 0);
    NOTHING();
    sel(&s, AL);
    in(&s, FDPM_IN_ADDRESS_LIST, 0);
    EXPECT(AL, 0);
}
END_TEST

/* ---- S15 ------------------------------------------------------------ */

START_TEST(S15_order)
{
    fdpm_socket s;
    sock(&s, 7, FDPM_STREAM);
    OK(fdpm_connect(&E, &s, 0, &err));
    in(&s, FDPM_IN_DATA, 1);
    in(&s, FDPM_IN_URGENT, 1);
    in(&s, FDPM_IN_PENDING, 0);
    in(&s, FDPM_IN_QOS, 0);
    in(&s, FDPM_IN_GROUP_QOS, 0);
    in(&s, FDPM_IN_ABORT, FDPM_WSAECONNABORTED);
    NOTHING();
    sel(&s, FDPM_FD_ALL_EVENTS);
    /* dead connection: no FD_READ/FD_OOB/FD_WRITE, no FD_CONNECT (D4) */
    EXPECT(A, 0, X, FDPM_WSAECONNABORTED, Q, 0, G, 0);
}
END_TEST

START_TEST(S15_order_all_alive)
{
    fdpm_socket s;
    sock(&s, 7, FDPM_STREAM);
    OK(fdpm_connect(&E, &s, 0, &err));
    in(&s, FDPM_IN_URGENT, 1);
    in(&s, FDPM_IN_PENDING, 0);
    in(&s, FDPM_IN_QOS, 0);
    in(&s, FDPM_IN_GROUP_QOS, 0);
    in(&s, FDPM_IN_FIN, 0);
    sel(&s, FDPM_FD_ALL_EVENTS);
    EXPECT(C, 0, A, 0, O, 0, W, 0, X, 0, Q, 0, G, 0);
}
END_TEST

/* ---- S17, D11 ------------------------------------------------------- */

START_TEST(S17_select_errors_change_nothing)
{
    fdpm_socket s, before;
    connected_stream(&s, R);
    in(&s, FDPM_IN_DATA, 1);
    EXPECT(R, 0);
    before = s;
    FAILS(fdpm_select(&E, &s, 9, 9, 0x400, &err), FDPM_WSAEINVAL);
    FAILS(fdpm_select(&E, &s, 9, 9, -1, &err), FDPM_WSAEINVAL);
    FAILS(fdpm_eventselect(&E, &s, 1, 0x800, &err), FDPM_WSAEINVAL);
    ck_assert(memcmp(&s, &before, sizeof s) == 0);
    in(&s, FDPM_IN_NETDOWN, 0);
    before = s;
    FAILS(fdpm_select(&E, &s, 9, 9, R, &err), FDPM_WSAENETDOWN);
    ck_assert(memcmp(&s, &before, sizeof s) == 0);
    OK(fdpm_close(&E, &s, &err));
    FAILS(fdpm_select(&E, &s, 9, 9, R, &err), FDPM_WSAENOTSOCK);
    NOTHING();
}
END_TEST

START_TEST(D11_select_inside_callback_in_progress)
{
    fdpm_socket s, other, before;
    connected_stream(&s, R);
    sock(&other, 8, FDPM_STREAM);
    reenter_sock = &s;
    before = s;
    in(&s, FDPM_IN_DATA, 1);
    EXPECT(R, 0);
    ck_assert_int_eq(reenter_rc, FDPM_SOCKET_ERROR);
    ck_assert_int_eq(reenter_err, FDPM_WSAEINPROGRESS);
    ck_assert_int_eq(s.busy, 0);
    ck_assert_uint_eq(s.mask, before.mask);
    /* the flag is per socket: a callback may select another socket */
    reenter_sock = &other;
    in(&s, FDPM_IN_DATA_GONE, 0);
    in(&s, FDPM_IN_DATA, 1);
    NOTHING();                          /* awaiting re-enable */
    OK(fdpm_recv(&E, &s, 0, 1, 1, FDPM_LEFT_DATA, &err));
    EXPECT(R, 0);
    ck_assert_int_eq(reenter_rc, 0);
    ck_assert_uint_eq(other.mask, FDPM_FD_ALL_EVENTS);
}
END_TEST

START_TEST(post_failure_is_returned)
{
    fdpm_socket s;
    connected_stream(&s, R);
    post_result = FDPM_WSAENOBUFS;
    FAILS(fdpm_input(&E, &s, FDPM_IN_DATA, 1, &err), FDPM_WSAENOBUFS);
    EXPECT(R, 0);
}
END_TEST

/* ---- D1, D2, D5, D6, D8 --------------------------------------------- */

START_TEST(D1_optional_write_after_bind)
{
    fdpm_socket s, t;
    sock(&s, 7, FDPM_DGRAM);
    sel(&s, W);
    ck_assert_int_eq(nposts, 1);
    ck_assert_int_eq(posts[0].optional, 0);
    EXPECT(W, 0);
    OK(fdpm_bind(&E, &s, &err));
    ck_assert_int_eq(nposts, 1);
    ck_assert_int_eq(posts[0].optional, 1);
    EXPECT(W, 0);
    OK(fdpm_bind(&E, &s, &err));
    EXPECT(W, 0);                       /* each bind */
    OK(fdpm_send(&E, &s, 1, -FDPM_WSAEWOULDBLOCK, &err));
    OK(fdpm_bind(&E, &s, &err));
    NOTHING();                          /* a send is blocked */
    sock(&t, 8, FDPM_STREAM);
    sel(&t, W);
    OK(fdpm_bind(&E, &t, &err));
    NOTHING();                          /* streams: never */
}
END_TEST

START_TEST(D2_S18_network_down)
{
    fdpm_socket s, d;
    sock(&s, 7, FDPM_STREAM);
    sel(&s, FDPM_FD_ALL_EVENTS);
    OK(fdpm_connect(&E, &s, FDPM_WSAEWOULDBLOCK, &err));
    in(&s, FDPM_IN_NETDOWN, 0);
    /* D2: each registered, re-enabled event once, with the error of its
       table: FD_CONNECT's WSAENETUNREACH for the pending connect, the
       rest WSAENETDOWN; FD_WRITE too (no send possible yet); no
       connection yet: no FD_CLOSE */
    EXPECT(C, FDPM_WSAENETUNREACH, A, FDPM_WSAENETDOWN, O, FDPM_WSAENETDOWN,
           R, FDPM_WSAENETDOWN, W, FDPM_WSAENETDOWN, Q, FDPM_WSAENETDOWN,
           G, FDPM_WSAENETDOWN);
    in(&s, FDPM_IN_DATA, 1);
    in(&s, FDPM_IN_PENDING, 0);
    in(&s, FDPM_IN_QOS, 0);
    in(&s, FDPM_IN_CONNECTED, 0);
    in(&s, FDPM_IN_NETDOWN, 0);
    NOTHING();
    FAILS(fdpm_select(&E, &s, WND, MSG, R, &err), FDPM_WSAENETDOWN);
    sock(&d, 8, FDPM_DGRAM);
    sel(&d, FDPM_FD_ALL_EVENTS);
    EXPECT(W, 0);
    in(&d, FDPM_IN_NETDOWN, 0);         /* FD_WRITE was posted: not again */
    EXPECT(A, FDPM_WSAENETDOWN, O, FDPM_WSAENETDOWN, R, FDPM_WSAENETDOWN,
           Q, FDPM_WSAENETDOWN, G, FDPM_WSAENETDOWN);
    in(&d, FDPM_IN_DATA, 1);
    NOTHING();
}
END_TEST

START_TEST(D5_each_outcome_posts_once)
{
    fdpm_socket s;
    sock(&s, 7, FDPM_STREAM);
    sel(&s, C);
    OK(fdpm_connect(&E, &s, FDPM_WSAEWOULDBLOCK, &err));
    OK(fdpm_connect(&E, &s, 10037 /* WSAEALREADY */, &err));
    EXPECT(C, 10037);
    in(&s, FDPM_IN_CONNECTED, 0);
    EXPECT(C, 0);
    OK(fdpm_connect(&E, &s, FDPM_WSAEISCONN, &err));
    EXPECT(C, FDPM_WSAEISCONN);
    in(&s, FDPM_IN_CONNECT_FAILED, FDPM_WSAETIMEDOUT);
    EXPECT(C, FDPM_WSAETIMEDOUT);
}
END_TEST

START_TEST(D8_reset_takes_over_held_fin_then_first_wins)
{
    fdpm_socket s;
    connected_stream(&s, R | X);
    in(&s, FDPM_IN_DATA, 3);
    EXPECT(R, 0);
    in(&s, FDPM_IN_FIN, 0);
    NOTHING();                          /* held back by the data */
    in(&s, FDPM_IN_RESET, 0);          /* takes over a held close */
    EXPECT(X, FDPM_WSAECONNRESET);
    OK(fdpm_recv(&E, &s, 0, 3, 3, 0, &err));
    NOTHING();
    in(&s, FDPM_IN_FIN, 0);            /* the first posted end wins */
    NOTHING();
    sel(&s, R | X);
    EXPECT(X, FDPM_WSAECONNRESET);
}
END_TEST

START_TEST(state_compares_bytewise)
{
    fdpm_socket a, b;
    memset(&a, 0xA5, sizeof a);
    memset(&b, 0x5A, sizeof b);
    sock(&a, 7, FDPM_STREAM);
    sock(&b, 7, FDPM_STREAM);
    sel(&a, R); sel(&b, R);
    in(&a, FDPM_IN_DATA, 1); in(&b, FDPM_IN_DATA, 9);
    ck_assert(memcmp(&a, &b, sizeof a) == 0);
}
END_TEST

/* ---- W -------------------------------------------------------------- */

START_TEST(W1_close_does_not_wait_for_data)
{
    fdpm_socket s;
    connected_stream(&s, R | X);
    in(&s, FDPM_IN_DATA, 10);
    EXPECT(R, 0);
    in(&s, FDPM_IN_FIN, 0);
    EXPECT(X, 0);
    OK(fdpm_recv(&E, &s, 0, 10, 10, 0, &err));
    NOTHING();
    sel(&s, R | X);
    EXPECT(X, 0);                       /* W5: re-select re-posts it */
}
END_TEST

START_TEST(W2_reset_reports_connaborted)
{
    fdpm_socket s;
    connected_stream(&s, X);
    in(&s, FDPM_IN_RESET, 0);
    EXPECT(X, FDPM_WSAECONNABORTED);
}
END_TEST

START_TEST(W3_no_connect_at_select)
{
    fdpm_socket s;
    sock(&s, 7, FDPM_STREAM);
    sel(&s, C | W);
    OK(fdpm_connect(&E, &s, FDPM_WSAEWOULDBLOCK, &err));
    in(&s, FDPM_IN_CONNECTED, 0);
    EXPECT(C, 0, W, 0);
    sel(&s, C | W);
    EXPECT(W, 0);
}
END_TEST

START_TEST(W4_datagram_write_no_connect)
{
    fdpm_socket s;
    sock(&s, 7, FDPM_DGRAM);
    sel(&s, C | W);
    EXPECT(W, 0);
    OK(fdpm_connect(&E, &s, 0, &err));
    EXPECT(W, 0);
    OK(fdpm_connect(&E, &s, FDPM_WSAECONNREFUSED, &err));
    NOTHING();
    sel(&s, C | W);
    EXPECT(W, 0);
}
END_TEST

START_TEST(W5_reselect_reposts_true_events)
{
    fdpm_socket s;
    connected_stream(&s, R | W | A | O);
    in(&s, FDPM_IN_DATA, 1);
    in(&s, FDPM_IN_PENDING, 0);
    in(&s, FDPM_IN_URGENT, 1);
    EXPECT(R, 0, A, 0, O, 0);
    sel(&s, R | W | A | O);
    EXPECT(A, 0, O, 0, R, 0, W, 0);
    OK(fdpm_recv(&E, &s, 0, 1, -FDPM_WSAEWOULDBLOCK, FDPM_LEFT_DATA, &err));
    EXPECT(R, 0);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("model");
    TCase *t = tcase_create("spec");
    TCase *w = tcase_create("windows");
    tcase_add_checked_fixture(t, setup_spec, NULL);
    tcase_add_checked_fixture(w, setup_windows, NULL);
    tcase_add_test(t, seed_two_calls_S1_one_registration);
    tcase_add_test(t, S1_mask_zero_stops_all_posting);
    tcase_add_test(t, S1_any_select_makes_nonblocking);
    tcase_add_test(t, seed_persistence_example_S2);
    tcase_add_test(t, S2_reselect_starts_afresh);
    tcase_add_test(t, S3_no_flooding);
    tcase_add_test(t, S4_failing_recv_reenables);
    tcase_add_test(t, S4_nothing_reenables_connect_or_close);
    tcase_add_test(t, S5_level_triggered_read);
    tcase_add_test(t, S5_level_triggered_accept_and_oob);
    tcase_add_test(t, S6_write_after_connect_follows_connect);
    tcase_add_test(t, S6_write_after_wouldblock_and_space);
    tcase_add_test(t, S7_connect_outcomes);
    tcase_add_test(t, S7_datagram_connect_spec);
    tcase_add_test(t, S8_close_only_after_data_read);
    tcase_add_test(t, S8_reset_at_once_kills_read);
    tcase_add_test(t, S8_abort_carries_its_error);
    tcase_add_test(t, S8_shutdown_posts_nothing_and_datagram_no_close);
    tcase_add_test(t, seed_no_close_after_closesocket_S16);
    tcase_add_test(t, S9_oobinline_urgent_is_data);
    tcase_add_test(t, D3_toggling_posts_nothing);
    tcase_add_test(t, S10_try_again_does_not_reenable);
    tcase_add_test(t, S11_seed_inheritance_example);
    tcase_add_test(t, S12_qos_edge_triggered);
    tcase_add_test(t, S13_change_events_armed_by_ioctl);
    tcase_add_test(t, S15_order);
    tcase_add_test(t, S15_order_all_alive);
    tcase_add_test(t, S17_select_errors_change_nothing);
    tcase_add_test(t, D11_select_inside_callback_in_progress);
    tcase_add_test(t, post_failure_is_returned);
    tcase_add_test(t, D1_optional_write_after_bind);
    tcase_add_test(t, D2_S18_network_down);
    tcase_add_test(t, D5_each_outcome_posts_once);
    tcase_add_test(t, D8_reset_takes_over_held_fin_then_first_wins);
    tcase_add_test(t, state_compares_bytewise);
    tcase_add_test(w, W1_close_does_not_wait_for_data);
    tcase_add_test(w, W2_reset_reports_connaborted);
    tcase_add_test(w, W3_no_connect_at_select);
    tcase_add_test(w, W4_datagram_write_no_connect);
    tcase_add_test(w, W5_reselect_reposts_true_events);
    suite_add_tcase(s, t);
    suite_add_tcase(s, w);
    return s;
}

int main(void)
{
    SRunner *r = srunner_create(suite());
    int failed;
    srunner_run_all(r, CK_NORMAL);
    failed = srunner_ntests_failed(r);
    srunner_free(r);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
