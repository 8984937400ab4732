/* SPDX-License-Identifier: MIT */
/*
 * connect.c -- FD_CONNECT: the seed's summary FD_CONNECT 1-4
 * (CONNECT1-CONNECT4), its error table (each error in the high word of
 * lParam), "FD_CONNECT: NONE" re-enables it, S7, D4, D5, D2 for a pending
 * connect.  Tests named `both` run in both profiles; the spec-profile-only
 * ones (CONNECT1 at select, datagram FD_CONNECT) have their windows
 * counterparts (W3, W4) in windows.c.
 */
#include <stdio.h>
#include "harness.h"

/* CONNECT2: "After LPWSPConnect is called, when connection is established
   (even when LPWSPConnect succeeds immediately ...)". */
START_TEST(test_seed_fd_connect_2_immediate_success_posts_connect)
{
    fdp_socket s;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_CONNECT));
    NONE();
    OK(h_connect(h, &s, 0));
    EXPECT("FD_CONNECT");
}
END_TEST

/* CONNECT2: "... and even when it fails immediately" -- with its error. */
START_TEST(test_seed_fd_connect_2_immediate_failure_posts_connect_with_error)
{
    fdp_socket s;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_CONNECT | FDP_FD_WRITE));
    OK(h_connect(h, &s, FDP_WSAECONNREFUSED));
    EXPECT("FD_CONNECT:WSAECONNREFUSED");   /* no FD_WRITE: not connected */
}
END_TEST

/* CONNECT4: WSAEWOULDBLOCK, then "when the outcome has been determined,
   FD_CONNECT happens" -- success. */
START_TEST(test_seed_fd_connect_4_wouldblock_then_success)
{
    fdp_socket s;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_CONNECT));
    OK(h_connect(h, &s, FDP_WSAEWOULDBLOCK));
    NONE();
    OK(h_in(h, &s, FDP_IN_CONNECTED, 0));
    EXPECT("FD_CONNECT");
}
END_TEST

/* CONNECT4: "Whether the operation eventually succeeds or not" -- failure,
   "the client should check the error code". */
START_TEST(test_seed_fd_connect_4_wouldblock_then_failure_posts_error)
{
    fdp_socket s;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_CONNECT | FDP_FD_WRITE));
    OK(h_connect(h, &s, FDP_WSAEWOULDBLOCK));
    NONE();
    OK(h_in(h, &s, FDP_IN_CONNECT_FAILED, FDP_WSAETIMEDOUT));
    EXPECT("FD_CONNECT:WSAETIMEDOUT");
    ck_assert_uint_eq(FDP_GETSELECTERROR(0x274C0010u), FDP_WSAETIMEDOUT);
}
END_TEST

/* The seed's FD_CONNECT error table: every listed error reaches the high
   word of lParam unchanged (S14 "FD_CONNECT ... carry their outcome"). */
static const int connect_errors[] = {
    FDP_WSAEAFNOSUPPORT, FDP_WSAECONNREFUSED, FDP_WSAENETUNREACH,
    FDP_WSAEFAULT, FDP_WSAEINVAL, FDP_WSAEISCONN, FDP_WSAEMFILE,
    FDP_WSAENOBUFS, FDP_WSAENOTCONN, FDP_WSAETIMEDOUT,
};
#define NCONNERR ((int)(sizeof connect_errors / sizeof connect_errors[0]))

START_TEST(test_S14_connect_error_table_every_error_in_lparam)
{
    int profile = _i % 2, e = connect_errors[_i / 2];
    fdp_socket s, t;
    char want[64];
    SETUP(profile);
    /* asynchronous outcome */
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_CONNECT));
    OK(h_connect(h, &s, FDP_WSAEWOULDBLOCK));
    OK(h_in(h, &s, FDP_IN_CONNECT_FAILED, e));
    snprintf(want, sizeof want, "FD_CONNECT:%d", e);
    EXPECT(want);
    ck_assert_uint_eq(FDP_MAKESELECTREPLY(FDP_FD_CONNECT, e),
                      ((uint32_t)e << 16) | 0x10u);
    /* immediate outcome */
    h_new(h, &t, SOCK, FDP_STREAM);
    OK(h_select(h, &t, FDP_FD_CONNECT));
    OK(h_connect(h, &t, e));
    EXPECT(want);
}
END_TEST

/* CONNECT3: "After WSPJoinLeaf is called, when the join operation
   completes" -- asynchronous and immediate. */
START_TEST(test_seed_fd_connect_3_joinleaf_completion_posts_connect)
{
    fdp_socket s, t;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_CONNECT));
    OK(h_joinleaf(h, &s, FDP_WSAEWOULDBLOCK));
    NONE();
    OK(h_in(h, &s, FDP_IN_CONNECTED, 0));
    EXPECT("FD_CONNECT");
    h->dh = SOCK2;
    h_new(h, &t, SOCK2, FDP_STREAM);
    OK(h_select(h, &t, FDP_FD_CONNECT));
    OK(h_joinleaf(h, &t, 0));
    EXPECT("FD_CONNECT");
    h_new(h, &t, SOCK2, FDP_STREAM);
    OK(h_select(h, &t, FDP_FD_CONNECT));
    OK(h_joinleaf(h, &t, FDP_WSAEWOULDBLOCK));
    OK(h_in(h, &t, FDP_IN_CONNECT_FAILED, FDP_WSAENETUNREACH));
    EXPECT("FD_CONNECT:WSAENETUNREACH");
}
END_TEST

/* S7 "Each connect or joinleaf call's outcome posts it once. ... Nothing
   else re-enables it" (re-enabling table: FD_CONNECT NONE). */
START_TEST(test_S7_connect_posted_once_nothing_reenables)
{
    fdp_socket s;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_CONNECT));
    OK(h_connect(h, &s, FDP_WSAEWOULDBLOCK));
    OK(h_in(h, &s, FDP_IN_CONNECTED, 0));
    EXPECT("FD_CONNECT");
    OK(h_recv(h, &s, 0, 0, 0));
    OK(h_send(h, &s, 10));
    OK(h_send(h, &s, -FDP_WSAEWOULDBLOCK));
    OK(h_in(h, &s, FDP_IN_SPACE, 0));
    OK(h_accept(h, &s, FDP_WSAEINVAL, 0, NULL, 0));
    OK(h_ioctl(h, &s, FDP_SIO_GET_QOS));
    OK(h_ioctl(h, &s, FDP_SIO_GET_GROUP_QOS));
    OK(h_ioctl(h, &s, FDP_SIO_ROUTING_INTERFACE_CHANGE));
    OK(h_ioctl(h, &s, FDP_SIO_ADDRESS_LIST_CHANGE));
    OK(h_in(h, &s, FDP_IN_DATA, 1));
    NONE();
}
END_TEST

/* S15 / FD_WRITE paragraph: FD_CONNECT then FD_WRITE on one connect. */
START_TEST(test_S15_connect_posts_connect_before_write)
{
    fdp_socket s;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_WRITE | FDP_FD_CONNECT));
    OK(h_connect(h, &s, 0));
    EXPECT("FD_CONNECT FD_WRITE");
}
END_TEST

/* D5: "A connect that fails immediately posts FD_CONNECT with its error
   even when another connect is pending ...; the pending connect still
   posts its own outcome." */
START_TEST(test_D5_immediate_failure_beside_pending_connect)
{
    fdp_socket s;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_CONNECT));
    OK(h_connect(h, &s, FDP_WSAEWOULDBLOCK));
    OK(h_connect(h, &s, 10037));            /* WSAEALREADY */
    EXPECT("FD_CONNECT:WSAEALREADY");
    OK(h_in(h, &s, FDP_IN_CONNECTED, 0));
    EXPECT("FD_CONNECT");
}
END_TEST

/* D5: "... or the socket is connected (WSAEISCONN)". */
START_TEST(test_D5_immediate_failure_on_connected_socket)
{
    fdp_socket s;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_CONNECT));
    OK(h_connect(h, &s, 0));
    EXPECT("FD_CONNECT");
    OK(h_connect(h, &s, FDP_WSAEISCONN));
    EXPECT("FD_CONNECT:WSAEISCONN");
}
END_TEST

/* D5: "A completion (connected, connect-failed) with no connect pending is
   still an outcome and posts." */
START_TEST(test_D5_completion_without_pending_connect_posts)
{
    fdp_socket s;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_CONNECT));
    OK(h_in(h, &s, FDP_IN_CONNECT_FAILED, FDP_WSAECONNREFUSED));
    EXPECT("FD_CONNECT:WSAECONNREFUSED");
    OK(h_in(h, &s, FDP_IN_CONNECTED, 0));
    EXPECT("FD_CONNECT");
}
END_TEST

/* D2: "a pending connect gets FD_CONNECT(WSAENETUNREACH)" (FD_CONNECT's
   table has no WSAENETDOWN); FD_WRITE, registered and never posted, gets
   WSAENETDOWN. */
START_TEST(test_D2_netdown_gives_pending_connect_its_outcome)
{
    fdp_socket s;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_CONNECT | FDP_FD_WRITE));
    OK(h_connect(h, &s, FDP_WSAEWOULDBLOCK));
    OK(h_in(h, &s, FDP_IN_NETDOWN, 0));
    EXPECT("FD_CONNECT:WSAENETUNREACH FD_WRITE:WSAENETDOWN");
    OK(h_in(h, &s, FDP_IN_CONNECTED, 0));   /* nothing ever after (D2) */
    NONE();
}
END_TEST

/* D2: no connect in progress: network down posts no FD_CONNECT. */
START_TEST(test_D2_netdown_without_pending_connect_posts_no_connect)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_CONNECT));
    if (_i == FDP_PROFILE_SPEC)
        EXPECT("FD_CONNECT");               /* CONNECT1 */
    else
        NONE();                             /* W3 */
    OK(h_in(h, &s, FDP_IN_NETDOWN, 0));
    NONE();
}
END_TEST

/* S1: FD_CONNECT not in lEvent: the outcome posts nothing. */
START_TEST(test_S1_connect_not_in_mask_not_posted)
{
    fdp_socket s;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_READ));
    OK(h_connect(h, &s, FDP_WSAEWOULDBLOCK));
    OK(h_in(h, &s, FDP_IN_CONNECTED, 0));
    OK(h_connect(h, &s, FDP_WSAEISCONN));
    NONE();
}
END_TEST

/* ---- spec profile only (windows: W3, W4 in windows.c) ---- */

/* CONNECT1: "When LPWSPAsyncSelect is called, if there is currently a
   connection established" (spec profile; D4: this socket's own connect). */
START_TEST(test_seed_fd_connect_1_select_when_established_posts_connect)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_SPEC);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_CONNECT | FDP_FD_WRITE));
    EXPECT("FD_CONNECT FD_WRITE");
}
END_TEST

/* CONNECT1 + S2: a new select re-posts it while established (spec). */
START_TEST(test_S2_reselect_reposts_connect_while_established)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_SPEC);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_CONNECT));
    OK(h_connect(h, &s, FDP_WSAEWOULDBLOCK));
    OK(h_select(h, &s, FDP_FD_CONNECT));    /* outcome not known yet */
    NONE();
    OK(h_in(h, &s, FDP_IN_CONNECTED, 0));
    EXPECT("FD_CONNECT");
    OK(h_select(h, &s, FDP_FD_CONNECT));
    EXPECT("FD_CONNECT");
}
END_TEST

/* CONNECT1 negative: a failed connect leaves nothing established. */
START_TEST(test_seed_fd_connect_1_select_after_failure_posts_nothing)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_SPEC);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_connect(h, &s, FDP_WSAEWOULDBLOCK));
    OK(h_in(h, &s, FDP_IN_CONNECT_FAILED, FDP_WSAECONNREFUSED));
    OK(h_select(h, &s, FDP_FD_CONNECT));
    NONE();
}
END_TEST

/* D4: "not been reset or aborted since" -- no FD_CONNECT at select. */
START_TEST(test_D4_select_after_reset_or_abort_posts_no_connect)
{
    fdp_socket s, t;
    SETUP(FDP_PROFILE_SPEC);
    h_connected(h, &s, SOCK);
    OK(h_in(h, &s, FDP_IN_RESET, 0));
    OK(h_select(h, &s, FDP_FD_CONNECT));
    NONE();
    h->dh = SOCK2;
    h_connected(h, &t, SOCK2);
    OK(h_in(h, &t, FDP_IN_ABORT, FDP_WSAECONNABORTED));
    OK(h_select(h, &t, FDP_FD_CONNECT));
    NONE();
}
END_TEST

/* D4: "a FIN does not end it: the connection is half-open, still
   established". */
START_TEST(test_D4_select_after_fin_still_posts_connect)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_SPEC);
    h_connected(h, &s, SOCK);
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    OK(h_select(h, &s, FDP_FD_CONNECT));
    EXPECT("FD_CONNECT");
}
END_TEST

/* CONNECT2 on a datagram socket, spec profile: "even when LPWSPConnect
   succeeds immediately, as is typical with a datagram socket"; D6: FD_WRITE
   again is optional (the select posted it), so not made. */
START_TEST(test_seed_fd_connect_2_datagram_connect_posts_connect_then_write)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_SPEC);
    h_dgram(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_CONNECT | FDP_FD_WRITE));
    EXPECT("FD_WRITE");                     /* not connected: no CONNECT1 */
    OK(h_connect(h, &s, 0));
    EXPECT("FD_CONNECT");
    OK(h_select(h, &s, FDP_FD_CONNECT | FDP_FD_WRITE));
    EXPECT("FD_CONNECT FD_WRITE");          /* CONNECT1: associated */
}
END_TEST

Suite *connect_suite(void)
{
    Suite *s = suite_create("connect");
    TCase *tc = tcase_create("FD_CONNECT");
    B(tc, test_seed_fd_connect_2_immediate_success_posts_connect);
    B(tc, test_seed_fd_connect_2_immediate_failure_posts_connect_with_error);
    B(tc, test_seed_fd_connect_4_wouldblock_then_success);
    B(tc, test_seed_fd_connect_4_wouldblock_then_failure_posts_error);
    tcase_add_loop_test(tc, test_S14_connect_error_table_every_error_in_lparam,
                        0, 2 * NCONNERR);
    B(tc, test_seed_fd_connect_3_joinleaf_completion_posts_connect);
    B(tc, test_S7_connect_posted_once_nothing_reenables);
    B(tc, test_S15_connect_posts_connect_before_write);
    B(tc, test_D5_immediate_failure_beside_pending_connect);
    B(tc, test_D5_immediate_failure_on_connected_socket);
    B(tc, test_D5_completion_without_pending_connect_posts);
    B(tc, test_D2_netdown_gives_pending_connect_its_outcome);
    B(tc, test_D2_netdown_without_pending_connect_posts_no_connect);
    B(tc, test_S1_connect_not_in_mask_not_posted);
    T(tc, test_seed_fd_connect_1_select_when_established_posts_connect);
    T(tc, test_S2_reselect_reposts_connect_while_established);
    T(tc, test_seed_fd_connect_1_select_after_failure_posts_nothing);
    T(tc, test_D4_select_after_reset_or_abort_posts_no_connect);
    T(tc, test_D4_select_after_fin_still_posts_connect);
    T(tc, test_seed_fd_connect_2_datagram_connect_posts_connect_then_write);
    suite_add_tcase(s, tc);
    return s;
}
