/* SPDX-License-Identifier: MIT */
/*
 * errors.c -- the seed's return value ("zero if ... successful. Otherwise,
 * the value SOCKET_ERROR is returned, and a specific error code is
 * available in lpErrno") and its error table (WSAENETDOWN, WSAEINVAL,
 * WSAEINPROGRESS, WSAENOTSOCK), S16, S17, S18 (D2), D11: bad input returns
 * the documented error and changes nothing; FIONBIO off refused while a
 * mask is set; a failing post callback is reported; the state is 32 bytes.
 */
#include <limits.h>

#include "harness.h"

/* S17: "Bits outside FD_ALL_EVENTS: WSAEINVAL. ... A failed select changes
   nothing" (the earlier registration, window, message and blocking mode
   stay; nothing is posted). */
START_TEST(test_S17_mask_outside_all_events_einval_changes_nothing)
{
    static const long bad[] = { 0x400, 0x401, 0x3FF | 0x8000, -1, 0x10000,
                                (long)0x80000000ul };
    fdp_socket s, before;
    size_t i;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        before = s;
        FAILS(h_select(h, &s, bad[i]), FDP_WSAEINVAL);
        SAME(&s, &before);
        ck_assert_int_eq(fdp_nonblocking(&s), 0);   /* still blocking */
        NONE();
    }
    OK(h_select(h, &s, FDP_FD_READ));
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        before = s;
        FAILS(h_select_wm(h, &s, 0x99u, MSG2, bad[i]), FDP_WSAEINVAL);
        SAME(&s, &before);
    }
    NONE();
    OK(h_in(h, &s, FDP_IN_DATA, 1));
    EXPECT("FD_READ");                      /* the old window and message */
}
END_TEST

/* FD_ALL_EVENTS itself is valid. */
START_TEST(test_S17_all_events_mask_accepted)
{
    fdp_socket s;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_ALL_EVENTS));
    OK(h_select(h, &s, 0x3FF));
    NONE();
}
END_TEST

/* S16: "After close, nothing is posted for the socket, and every API call
   on it fails (WSAENOTSOCK)" and changes nothing; the seed: WSAENOTSOCK
   "The descriptor is not a socket". */
START_TEST(test_S16_every_call_on_closed_socket_enotsock)
{
    fdp_socket s, n, before;
    int in;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_ALL_EVENTS));
    EXPECT_P("FD_CONNECT FD_WRITE", "FD_WRITE");    /* CONNECT1 / W3 */
    OK(h_close(h, &s));
    NONE();
    before = s;
    FAILS(h_select(h, &s, FDP_FD_READ), FDP_WSAENOTSOCK);
    FAILS(h_select(h, &s, 0), FDP_WSAENOTSOCK);
    FAILS(h_eventselect(h, &s, FDP_FD_READ), FDP_WSAENOTSOCK);
    FAILS(h_fionbio(h, &s, 1), FDP_WSAENOTSOCK);
    FAILS(h_fionbio(h, &s, 0), FDP_WSAENOTSOCK);
    FAILS(h_recv(h, &s, 0, 1, FDP_LEFT_DATA), FDP_WSAENOTSOCK);
    FAILS(h_send(h, &s, 1), FDP_WSAENOTSOCK);
    FAILS(h_accept(h, &s, 0, 1, &n, NEWS), FDP_WSAENOTSOCK);
    FAILS(h_connect(h, &s, 0), FDP_WSAENOTSOCK);
    FAILS(h_joinleaf(h, &s, 0), FDP_WSAENOTSOCK);
    FAILS(h_ioctl(h, &s, FDP_SIO_GET_QOS), FDP_WSAENOTSOCK);
    FAILS(h_inline(h, &s, 1), FDP_WSAENOTSOCK);
    FAILS(h_bind(h, &s), FDP_WSAENOTSOCK);
    FAILS(h_listen(h, &s), FDP_WSAENOTSOCK);
    FAILS(h_shutdown(h, &s, FDP_SD_BOTH), FDP_WSAENOTSOCK);
    FAILS(h_close(h, &s), FDP_WSAENOTSOCK);
    for (in = FDP_IN_DATA; in < FDP_IN_COUNT_; in++)
        FAILS(h_in(h, &s, in, in == FDP_IN_ABORT ||
                              in == FDP_IN_CONNECT_FAILED ? 10053 : 1),
              FDP_WSAENOTSOCK);
    SAME(&s, &before);
    NONE();
}
END_TEST

/* S17 / seed table: WSAEINPROGRESS "the service provider is still
   processing a callback function" -- a select on the socket from inside
   its post callback; D11: it changes nothing. */
static void reselect_hook(harness *h, const h_post *p)
{
    fdp_socket before = *h->hook_sock;
    (void)p;
    h->hook_rc = fdp_select(&h->e, h->hook_sock, 0x77u, MSG2, h->hook_mask,
                            &h->hook_err);
    if (h->hook_rc != 0)        /* S17: a failed select changes nothing */
        SAME(h->hook_sock, &before);
}

START_TEST(test_S17_select_inside_post_callback_einprogress)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    h->hook = reselect_hook;
    h->hook_sock = &s;
    h->hook_mask = FDP_FD_WRITE;
    OK(h_select(h, &s, FDP_FD_READ));
    OK(h_in(h, &s, FDP_IN_DATA, 1));
    EXPECT("FD_READ");
    ck_assert_int_eq(h->hook_calls, 1);
    ck_assert_int_eq(h->hook_rc, FDP_SOCKET_ERROR);
    ck_assert_int_eq(h->hook_err, FDP_WSAEINPROGRESS);
    /* nothing changed: FD_READ still selected with MSG, FD_WRITE not */
    h->hook = NULL;
    OK(h_send(h, &s, -FDP_WSAEWOULDBLOCK));
    OK(h_in(h, &s, FDP_IN_SPACE, 0));
    NONE();
    OK(h_recv(h, &s, 0, 1, FDP_LEFT_DATA));
    EXPECT("FD_READ");
    /* and once the callback returned, select works again */
    OK(h_select(h, &s, FDP_FD_WRITE));
    EXPECT("FD_WRITE");
}
END_TEST

/* D11: "The flag is per socket (no global state), so a callback may select
   on another socket." */
START_TEST(test_D11_select_other_socket_inside_callback_succeeds)
{
    fdp_socket s, t;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    h_connected(h, &t, SOCK2);
    h->hook = reselect_hook;
    h->hook_sock = &t;
    h->hook_mask = FDP_FD_READ;
    OK(h_select(h, &s, FDP_FD_READ));
    OK(h_in(h, &s, FDP_IN_DATA, 1));
    ck_assert_int_eq(h->hook_calls, 1);
    ck_assert_int_eq(h->hook_rc, 0);
    EXPECT("FD_READ");
    h->hook = NULL;
    OK(h_in(h, &t, FDP_IN_DATA, 1));
    EXPECT("FD_READ@0x2222/0x8002%0x77");
}
END_TEST

/* S17 "After network down: WSAENETDOWN" (the seed: "The network subsystem
   has failed"), and it changes nothing (D2: from then on). */
START_TEST(test_S17_select_after_netdown_enetdown)
{
    fdp_socket s, before;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ));
    OK(h_in(h, &s, FDP_IN_NETDOWN, 0));
    EXPECT("FD_READ:WSAENETDOWN");          /* D2; FD_CLOSE not selected */
    before = s;
    FAILS(h_select(h, &s, FDP_FD_READ | FDP_FD_CLOSE), FDP_WSAENETDOWN);
    FAILS(h_select(h, &s, 0), FDP_WSAENETDOWN);
    SAME(&s, &before);
    NONE();
}
END_TEST

/* D11: "When several of select's errors apply, the first in this order is
   returned: WSAENOTSOCK, then WSAENETDOWN, WSAEINVAL, WSAEINPROGRESS." */
static void badmask_hook(harness *h, const h_post *p)
{
    (void)p;
    h->hook_rc = fdp_select(&h->e, h->hook_sock, WIN, MSG, h->hook_mask,
                            &h->hook_err);
}

START_TEST(test_D11_select_error_precedence)
{
    fdp_socket s, t, u;
    SETUP(_i);
    /* closed + netdown + bad mask -> WSAENOTSOCK */
    h_connected(h, &s, SOCK);
    OK(h_in(h, &s, FDP_IN_NETDOWN, 0));
    OK(h_close(h, &s));
    FAILS(h_select(h, &s, 0x400), FDP_WSAENOTSOCK);
    /* netdown + bad mask -> WSAENETDOWN */
    h_connected(h, &t, SOCK2);
    OK(h_in(h, &t, FDP_IN_NETDOWN, 0));
    FAILS(h_select(h, &t, 0x400), FDP_WSAENETDOWN);
    /* inside the callback + bad mask -> WSAEINVAL */
    h_connected(h, &u, SOCK);
    OK(h_select(h, &u, FDP_FD_READ));
    h->hook = badmask_hook;
    h->hook_sock = &u;
    h->hook_mask = 0x800;
    OK(h_in(h, &u, FDP_IN_DATA, 1));
    EXPECT("FD_READ");
    ck_assert_int_eq(h->hook_rc, FDP_SOCKET_ERROR);
    ck_assert_int_eq(h->hook_err, FDP_WSAEINVAL);
    /* inside the callback of a network-down post + bad mask -> WSAENETDOWN */
    OK(h_select(h, &u, FDP_FD_CLOSE));
    h->hook_mask = 0x800;
    OK(h_in(h, &u, FDP_IN_NETDOWN, 0));
    EXPECT("FD_CLOSE:WSAENETDOWN");
    ck_assert_int_eq(h->hook_err, FDP_WSAENETDOWN);
    /* inside the callback of a network-down post, good mask -> WSAENETDOWN */
    h_connected(h, &t, SOCK);
    OK(h_select(h, &t, FDP_FD_CLOSE));
    h->hook_sock = &t;
    h->hook_mask = FDP_FD_READ;
    OK(h_in(h, &t, FDP_IN_NETDOWN, 0));
    EXPECT("FD_CLOSE:WSAENETDOWN");
    ck_assert_int_eq(h->hook_err, FDP_WSAENETDOWN);
}
END_TEST

/* D11: "Other calls can fail only with WSAENOTSOCK, WSAEINVAL (an argument
   out of range: a negative or over-16-bit error, an unknown input or
   shutdown how) or WSAEFAULT" -- each bad argument: WSAEINVAL, nothing
   changed, nothing posted. */
START_TEST(test_D11_bad_arguments_einval_change_nothing)
{
    fdp_socket s, n, before;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_ALL_EVENTS));
    OK(h_connect(h, &s, FDP_WSAEWOULDBLOCK));
    NONE();
    before = s;
    FAILS(h_in(h, &s, 0, 0), FDP_WSAEINVAL);
    FAILS(h_in(h, &s, FDP_IN_COUNT_, 0), FDP_WSAEINVAL);
    FAILS(h_in(h, &s, 1000, 0), FDP_WSAEINVAL);
    FAILS(h_in(h, &s, -1, 0), FDP_WSAEINVAL);
    FAILS(h_in(h, &s, FDP_IN_DATA, -1), FDP_WSAEINVAL);
    FAILS(h_in(h, &s, FDP_IN_ABORT, 0), FDP_WSAEINVAL);
    FAILS(h_in(h, &s, FDP_IN_ABORT, 0x10000), FDP_WSAEINVAL);
    FAILS(h_in(h, &s, FDP_IN_ABORT, -FDP_WSAECONNABORTED), FDP_WSAEINVAL);
    FAILS(h_in(h, &s, FDP_IN_CONNECT_FAILED, 0), FDP_WSAEINVAL);
    FAILS(h_in(h, &s, FDP_IN_CONNECT_FAILED, 0x10000), FDP_WSAEINVAL);
    FAILS(h_in(h, &s, FDP_IN_ROUTE, 0x10000), FDP_WSAEINVAL);
    FAILS(h_in(h, &s, FDP_IN_ROUTE, -1), FDP_WSAEINVAL);
    FAILS(h_shutdown(h, &s, 3), FDP_WSAEINVAL);
    FAILS(h_shutdown(h, &s, -1), FDP_WSAEINVAL);
    FAILS(h_connect(h, &s, -1), FDP_WSAEINVAL);
    FAILS(h_connect(h, &s, 0x10000), FDP_WSAEINVAL);
    FAILS(h_joinleaf(h, &s, -FDP_WSAECONNREFUSED), FDP_WSAEINVAL);
    FAILS(h_accept(h, &s, -1, 0, NULL, 0), FDP_WSAEINVAL);
    FAILS(h_accept(h, &s, 0x10000, 0, &n, NEWS), FDP_WSAEINVAL);
    SAME(&s, &before);
    NONE();
    /* the pending connect is intact */
    OK(h_in(h, &s, FDP_IN_CONNECTED, 0));
    EXPECT("FD_CONNECT FD_WRITE");
}
END_TEST

/* D11: "WSAEFAULT (accept succeeded but no new socket state was given)";
   nothing changed: the listener's FD_ACCEPT is still posted-not-re-enabled. */
START_TEST(test_D11_accept_without_new_socket_efault)
{
    fdp_socket l, n, before;
    SETUP(_i);
    h_listener(h, &l, SOCK);
    OK(h_select(h, &l, FDP_FD_ACCEPT));
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    EXPECT("FD_ACCEPT");
    before = l;
    FAILS(h_accept(h, &l, 0, 1, NULL, NEWS), FDP_WSAEFAULT);
    SAME(&l, &before);
    NONE();                                 /* no ACCEPT3: not re-enabled */
    OK(h_accept(h, &l, 0, 1, &n, NEWS));
    EXPECT("FD_ACCEPT");
}
END_TEST

/* fdp_socket_init refuses a bad type or profile: WSAEINVAL. */
START_TEST(test_D11_socket_init_bad_type_or_profile_einval)
{
    fdp_socket s;
    int err = 0;
    SETUP(_i);
    ck_assert_int_eq(fdp_socket_init(&h->e, &s, SOCK, 7, _i, &err),
                     FDP_SOCKET_ERROR);
    ck_assert_int_eq(err, FDP_WSAEINVAL);
    err = 0;
    ck_assert_int_eq(fdp_socket_init(&h->e, &s, SOCK, FDP_STREAM, 5, &err),
                     FDP_SOCKET_ERROR);
    ck_assert_int_eq(err, FDP_WSAEINVAL);
    NONE();
}
END_TEST

/* fdpost.h: "FIONBIO: turning non-blocking off while lEvent != 0 fails,
   WSAEINVAL" (the seed: "See LPWSPIoctl about how to set the socket back
   to blocking mode"; after lEvent 0 it may). */
START_TEST(test_fionbio_off_refused_while_mask_set)
{
    fdp_socket s, before;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_fionbio(h, &s, 1));
    ck_assert_int_eq(fdp_nonblocking(&s), 1);
    OK(h_fionbio(h, &s, 0));
    ck_assert_int_eq(fdp_nonblocking(&s), 0);
    OK(h_select(h, &s, FDP_FD_READ));
    ck_assert_int_eq(fdp_nonblocking(&s), 1);
    before = s;
    FAILS(h_fionbio(h, &s, 0), FDP_WSAEINVAL);
    SAME(&s, &before);
    ck_assert_int_eq(fdp_nonblocking(&s), 1);
    OK(h_fionbio(h, &s, 1));                /* setting it on is fine */
    OK(h_select(h, &s, 0));
    OK(h_fionbio(h, &s, 0));
    ck_assert_int_eq(fdp_nonblocking(&s), 0);
    NONE();
}
END_TEST

/* D11: "A post callback that fails does not stop the other posts; the call
   returns the first callback error" (fdpost.h: "the engine returns that
   error from the call that caused the post"). */
START_TEST(test_D11_post_callback_failure_reported)
{
    fdp_socket s;
    static const int seq[2] = { FDP_WSAENOBUFS, FDP_WSAENETDOWN };
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_in(h, &s, FDP_IN_DATA, 1));
    h_fail(h, FDP_WSAENOBUFS, 0, NULL);     /* every post fails */
    FAILS(h_select(h, &s, FDP_FD_READ | FDP_FD_WRITE), FDP_WSAENOBUFS);
    EXPECT("FD_READ FD_WRITE");             /* both were attempted */
    h_fail(h, 0, 2, seq);                   /* first two fail, differently */
    FAILS(h_select(h, &s, FDP_FD_READ | FDP_FD_WRITE), FDP_WSAENOBUFS);
    EXPECT("FD_READ FD_WRITE");
    h_fail(h, 0, 0, NULL);
    OK(h_select(h, &s, FDP_FD_READ | FDP_FD_WRITE));
    EXPECT("FD_READ FD_WRITE");
}
END_TEST

/* D11: only the second post fails: its error is returned, the first one
   went out; on an input too. */
START_TEST(test_D11_post_callback_second_failure_returned)
{
    fdp_socket s;
    static const int seq[2] = { 0, FDP_WSAENOBUFS };
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_CONNECT | FDP_FD_WRITE));
    OK(h_connect(h, &s, FDP_WSAEWOULDBLOCK));
    h_fail(h, 0, 2, seq);
    FAILS(h_in(h, &s, FDP_IN_CONNECTED, 0), FDP_WSAENOBUFS);
    EXPECT("FD_CONNECT FD_WRITE");
}
END_TEST

/* A failed post still counts as posted for no-flooding purposes? The seed
   says "Having successfully posted notification ..., no further message";
   D11 only says the failure is reported.  Checked: the engine reports it
   and the socket keeps working (the next re-enabling call posts). */
START_TEST(test_D11_post_failure_socket_keeps_working)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ));
    h_fail(h, FDP_WSAENOBUFS, 0, NULL);
    FAILS(h_in(h, &s, FDP_IN_DATA, 1), FDP_WSAENOBUFS);
    EXPECT("FD_READ");
    h_fail(h, 0, 0, NULL);
    OK(h_recv(h, &s, 0, 1, FDP_LEFT_DATA));
    EXPECT("FD_READ");
}
END_TEST

/* S18 / D2 / D11: network down posts each registered, re-enabled event
   once with WSAENETDOWN (FD_WRITE and FD_CONNECT were posted and are not
   re-enabled); after it the other calls still succeed (they fail only with
   WSAENOTSOCK, WSAEINVAL, WSAEFAULT) and nothing more is posted. */
START_TEST(test_D2_after_netdown_calls_succeed_nothing_posted)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_ALL_EVENTS & ~FDP_FD_CLOSE));
    EXPECT_P("FD_CONNECT FD_WRITE", "FD_WRITE");    /* CONNECT1 / W3 */
    OK(h_ioctl(h, &s, FDP_SIO_ROUTING_INTERFACE_CHANGE));
    OK(h_ioctl(h, &s, FDP_SIO_ADDRESS_LIST_CHANGE));
    OK(h_in(h, &s, FDP_IN_NETDOWN, 0));
    EXPECT("FD_ACCEPT:WSAENETDOWN FD_OOB:WSAENETDOWN FD_READ:WSAENETDOWN "
           "FD_QOS:WSAENETDOWN FD_GROUP_QOS:WSAENETDOWN "
           "FD_ROUTING_INTERFACE_CHANGE:WSAENETDOWN "
           "FD_ADDRESS_LIST_CHANGE:WSAENETDOWN");
    OK(h_in(h, &s, FDP_IN_DATA, 1));
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    OK(h_in(h, &s, FDP_IN_PENDING, 0));
    OK(h_in(h, &s, FDP_IN_QOS, 0));
    OK(h_in(h, &s, FDP_IN_GROUP_QOS, 0));
    OK(h_in(h, &s, FDP_IN_ROUTE, FDP_WSAENETDOWN));
    OK(h_in(h, &s, FDP_IN_ADDRESS_LIST, 0));
    OK(h_recv(h, &s, 0, 1, FDP_LEFT_DATA | FDP_LEFT_URGENT));
    OK(h_send(h, &s, -FDP_WSAEWOULDBLOCK));
    OK(h_in(h, &s, FDP_IN_SPACE, 0));
    OK(h_accept(h, &s, FDP_WSAENETDOWN, 1, NULL, 0));
    NONE();
    OK(h_connect(h, &s, 0));
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    NONE();
    OK(h_close(h, &s));
    NONE();
}
END_TEST

/* S18 / D2: a datagram socket gets the re-enabled events with WSAENETDOWN
   (never FD_CLOSE: not a connection), and select fails. */
START_TEST(test_D2_netdown_datagram_posts_nothing)
{
    fdp_socket s;
    SETUP(_i);
    h_dgram(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_ALL_EVENTS));
    EXPECT("FD_WRITE");
    OK(h_in(h, &s, FDP_IN_NETDOWN, 0));
    EXPECT("FD_ACCEPT:WSAENETDOWN FD_OOB:WSAENETDOWN FD_READ:WSAENETDOWN "
           "FD_QOS:WSAENETDOWN FD_GROUP_QOS:WSAENETDOWN");
    FAILS(h_select(h, &s, FDP_FD_ALL_EVENTS), FDP_WSAENETDOWN);
    FAILS(h_eventselect(h, &s, FDP_FD_READ), FDP_WSAENETDOWN);
    OK(h_in(h, &s, FDP_IN_DATA, 1));
    NONE();
}
END_TEST


/* D11: "the call returns the first callback error" -- also when accept's
   posts go to two sockets (D12: the listener's first). */
START_TEST(test_D11_accept_returns_first_callback_error)
{
    fdp_socket l, n;
    static const int seq[2] = { FDP_WSAENOBUFS, FDP_WSAENETDOWN };
    SETUP(_i);
    h_listener(h, &l, SOCK);
    OK(h_select(h, &l, FDP_FD_ACCEPT | FDP_FD_WRITE));
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    EXPECT("FD_ACCEPT");
    h_fail(h, 0, 2, seq);
    FAILS(h_accept(h, &l, 0, 1, &n, NEWS), FDP_WSAENOBUFS);
    EXPECT("FD_ACCEPT FD_WRITE@0xA0001");
}
END_TEST

/* S17 / D11: "The engine marks a socket busy while its posts are being
   delivered; a select on that socket from inside the post callback fails
   with WSAEINPROGRESS" -- for every post of the call, even after the
   callback made another (post-less) call on the socket. */
static void nested_hook(harness *h, const h_post *p)
{
    int err = 0;
    (void)p;
    if (h->hook_calls == 1) {
        /* a call that posts nothing: a successful send */
        ck_assert_int_eq(fdp_send(&h->e, h->hook_sock, 10, 10, &err), 0);
    } else {
        h->hook_rc = fdp_select(&h->e, h->hook_sock, WIN, MSG2, FDP_FD_OOB,
                                &h->hook_err);
    }
}

START_TEST(test_S17_select_inside_callback_einprogress_after_nested_call)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_in(h, &s, FDP_IN_DATA, 1));
    h->hook = nested_hook;
    h->hook_sock = &s;
    h->hook_rc = 12345;
    OK(h_select(h, &s, FDP_FD_READ | FDP_FD_WRITE));
    EXPECT("FD_READ FD_WRITE");
    ck_assert_int_eq(h->hook_calls, 2);
    ck_assert_int_eq(h->hook_rc, FDP_SOCKET_ERROR);
    ck_assert_int_eq(h->hook_err, FDP_WSAEINPROGRESS);
}
END_TEST

/* D11 (fdpost.h, re-entrancy): a batch goes out as it was decided.  The
   first post's callback closes the socket and sets its memory up as another
   socket, selected to another window and message; the batch's FD_WRITE still
   goes to the old handle, window and message. */
static void reuse_hook(harness *h, const h_post *p)
{
    int err = 0;
    (void)p;
    if (h->hook_calls != 1)
        return;
    ck_assert_int_eq(fdp_close(&h->e, h->hook_sock, &err), 0);
    ck_assert_int_eq(fdp_socket_init(&h->e, h->hook_sock, SOCK2, FDP_STREAM,
                                     FDP_PROFILE_DEFAULT, &err), 0);
    ck_assert_int_eq(fdp_connect(&h->e, h->hook_sock, 0, &err), 0);
    ck_assert_int_eq(fdp_select(&h->e, h->hook_sock, 0x77, MSG2, FDP_FD_WRITE,
                                &err), 0);
}

START_TEST(test_D11_batch_keeps_handle_window_after_reuse_in_callback)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_in(h, &s, FDP_IN_DATA, 1));
    h->hook = reuse_hook;
    h->hook_sock = &s;
    OK(h_select(h, &s, FDP_FD_READ | FDP_FD_WRITE));
    EXPECT("FD_READ FD_WRITE@0x2222/0x8002%0x77 FD_WRITE");
}
END_TEST

/* S14: "FD_ROUTING_INTERFACE_CHANGE carries 0, WSAENETUNREACH or
   WSAENETDOWN" (fdpost.h: FDP_IN_ROUTE "arg = 0, WSAENETUNREACH or
   WSAENETDOWN"); any other error is an argument out of range (D11:
   WSAEINVAL) and must not reach a post. */
START_TEST(test_S14_route_change_with_other_error_refused)
{
    fdp_socket s, before;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_ROUTING_INTERFACE_CHANGE));
    OK(h_ioctl(h, &s, FDP_SIO_ROUTING_INTERFACE_CHANGE));
    before = s;
    FAILS(h_in(h, &s, FDP_IN_ROUTE, FDP_WSAECONNRESET), FDP_WSAEINVAL);
    SAME(&s, &before);
    NONE();
    OK(h_in(h, &s, FDP_IN_ROUTE, FDP_WSAENETUNREACH));
    EXPECT("FD_ROUTING_INTERFACE_CHANGE:WSAENETUNREACH");
}
END_TEST

/* fdpost.h: "fdp_socket ... caller-owned, 40 bytes, no allocation". */
START_TEST(test_state_is_40_bytes)
{
    ck_assert_uint_eq(sizeof(fdp_socket), 40);
}
END_TEST

/* D11: a recv or send result that is no error code (below -0xFFFF, down to
   LONG_MIN) is refused with WSAEINVAL, without negating it (issue 14,
   item 7: -LONG_MIN is undefined; UBSan stops the san run on it). */
START_TEST(test_D11_recv_send_result_long_min_einval)
{
    fdp_socket s;
    int err = 0;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    ck_assert_int_eq(fdp_recv(&h->e, &s, 0, 1, LONG_MIN, 0, &err), FDP_SOCKET_ERROR);
    ck_assert_int_eq(err, FDP_WSAEINVAL);
    ck_assert_int_eq(fdp_send(&h->e, &s, 1, LONG_MIN, &err), FDP_SOCKET_ERROR);
    ck_assert_int_eq(err, FDP_WSAEINVAL);
    ck_assert_int_eq(fdp_send(&h->e, &s, 1, -0x10000L, &err), FDP_SOCKET_ERROR);
    ck_assert_int_eq(err, FDP_WSAEINVAL);
}
END_TEST

Suite *errors_suite(void)
{
    Suite *s = suite_create("errors");
    TCase *tc = tcase_create("errors");
    B(tc, test_S17_mask_outside_all_events_einval_changes_nothing);
    B(tc, test_S17_all_events_mask_accepted);
    B(tc, test_S16_every_call_on_closed_socket_enotsock);
    B(tc, test_S17_select_inside_post_callback_einprogress);
    B(tc, test_D11_select_other_socket_inside_callback_succeeds);
    B(tc, test_S17_select_after_netdown_enetdown);
    B(tc, test_D11_select_error_precedence);
    B(tc, test_D11_bad_arguments_einval_change_nothing);
    B(tc, test_D11_accept_without_new_socket_efault);
    B(tc, test_D11_socket_init_bad_type_or_profile_einval);
    B(tc, test_fionbio_off_refused_while_mask_set);
    B(tc, test_D11_post_callback_failure_reported);
    B(tc, test_D11_post_callback_second_failure_returned);
    B(tc, test_D11_post_failure_socket_keeps_working);
    B(tc, test_D2_after_netdown_calls_succeed_nothing_posted);
    B(tc, test_D2_netdown_datagram_posts_nothing);
    B(tc, test_D11_accept_returns_first_callback_error);
    B(tc, test_S17_select_inside_callback_einprogress_after_nested_call);
    B(tc, test_D11_batch_keeps_handle_window_after_reuse_in_callback);
    B(tc, test_S14_route_change_with_other_error_refused);
    T(tc, test_state_is_40_bytes);
    T(tc, test_D11_recv_send_result_long_min_einval);
    suite_add_tcase(s, tc);
    return s;
}
