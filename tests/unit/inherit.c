/* SPDX-License-Identifier: MIT */
/*
 * inherit.c -- the accepted socket: the seed's inheritance paragraph ("any
 * LPWSPAsyncSelect events set for the listening socket apply to the
 * accepted socket ... with the same wMsg value"), WRITE2 "or LPWSPAccept",
 * S11, D4 (no FD_CONNECT), D12 (the new socket's posts follow the
 * listener's).  Both profiles.
 */
#include "harness.h"

/* The seed's example: listener with FD_ACCEPT, FD_READ, FD_WRITE; the
   accepted socket has the same events and wMsg.  S11: FD_WRITE is posted to
   it at once, wParam = the new socket. */
START_TEST(test_S11_accepted_socket_inherits_events_window_and_message)
{
    fdp_socket l, n;
    SETUP(_i);
    h_listener(h, &l, SOCK);
    OK(h_select(h, &l, FDP_FD_ACCEPT | FDP_FD_READ | FDP_FD_WRITE));
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    EXPECT("FD_ACCEPT");
    OK(h_accept(h, &l, 0, 0, &n, NEWS));
    EXPECT("FD_WRITE@0xA0001");
    /* its FD_READ, to the same window and message */
    OK(h_in(h, &n, FDP_IN_DATA, 10));
    EXPECT("FD_READ@0xA0001");
    /* and its FD_ACCEPT (the seed: "will also have FD_ACCEPT") */
    OK(h_in(h, &n, FDP_IN_PENDING, 0));
    EXPECT("FD_ACCEPT@0xA0001");
    /* and its own FD_WRITE cycle (WRITE3) */
    OK(h_send(h, &n, -FDP_WSAEWOULDBLOCK));
    OK(h_in(h, &n, FDP_IN_SPACE, 0));
    EXPECT("FD_WRITE@0xA0001");
}
END_TEST

/* The new socket's window and message are the listener's, exactly. */
START_TEST(test_S11_accepted_socket_posts_to_listener_window_and_message)
{
    fdp_socket l, n;
    SETUP(_i);
    h_listener(h, &l, SOCK);
    OK(h_select_wm(h, &l, 0x7654321u, 0xC123u, FDP_FD_WRITE));
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    OK(h_accept(h, &l, 0, 0, &n, NEWS));
    EXPECT("FD_WRITE@0xA0001/0xC123%0x7654321");
}
END_TEST

/* S11 / D4: "FD_CONNECT is not: it never connected", even with FD_CONNECT
   inherited; and not at a later select on it either (D4). */
START_TEST(test_S11_no_connect_posted_to_accepted_socket)
{
    fdp_socket l, n;
    SETUP(_i);
    h_listener(h, &l, SOCK);
    OK(h_select(h, &l, FDP_FD_CONNECT | FDP_FD_WRITE));
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    NONE();
    OK(h_accept(h, &l, 0, 0, &n, NEWS));
    EXPECT("FD_WRITE@0xA0001");
    h->dh = NEWS;
    OK(h_select(h, &n, FDP_FD_CONNECT | FDP_FD_WRITE));
    EXPECT("FD_WRITE");                     /* D4: no FD_CONNECT */
}
END_TEST

/* D12: "accept's posts to the new socket follow the listener's". */
START_TEST(test_D12_listener_accept_post_before_new_socket_write)
{
    fdp_socket l, n;
    SETUP(_i);
    h_listener(h, &l, SOCK);
    OK(h_select(h, &l, FDP_FD_ACCEPT | FDP_FD_WRITE));
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    EXPECT("FD_ACCEPT");
    OK(h_accept(h, &l, 0, 1, &n, NEWS));
    EXPECT("FD_ACCEPT FD_WRITE@0xA0001");
}
END_TEST

/* The seed: "If a different wMsg or events are desired, then the client
   should call LPWSPAsyncSelect, passing the accepted socket" -- that call
   changes the accepted socket only (S1 per socket). */
START_TEST(test_seed_accepted_socket_reselect_changes_only_it)
{
    fdp_socket l, n;
    SETUP(_i);
    h_listener(h, &l, SOCK);
    OK(h_select(h, &l, FDP_FD_ACCEPT | FDP_FD_WRITE));
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    EXPECT("FD_ACCEPT");
    OK(h_accept(h, &l, 0, 0, &n, NEWS));
    EXPECT("FD_WRITE@0xA0001");
    OK(h_select_wm(h, &n, WIN, MSG2, FDP_FD_READ | FDP_FD_WRITE));
    EXPECT("FD_WRITE@0xA0001/0x8002");
    OK(h_in(h, &n, FDP_IN_DATA, 1));
    EXPECT("FD_READ@0xA0001/0x8002");
    OK(h_in(h, &n, FDP_IN_PENDING, 0));     /* FD_ACCEPT no longer selected */
    NONE();
    /* the listener keeps wMsg and its events */
    OK(h_in(h, &l, FDP_IN_PENDING, 0));     /* the accept re-enabled it */
    EXPECT("FD_ACCEPT");
    OK(h_accept(h, &l, FDP_WSAENOBUFS, 1, NULL, 0));
    EXPECT("FD_ACCEPT");
}
END_TEST

/* S11: a listener without FD_WRITE: the new socket gets no FD_WRITE but its
   other inherited events work. */
START_TEST(test_S11_inherited_mask_without_write_posts_nothing_at_birth)
{
    fdp_socket l, n;
    SETUP(_i);
    h_listener(h, &l, SOCK);
    OK(h_select(h, &l, FDP_FD_ACCEPT | FDP_FD_READ));
    OK(h_accept(h, &l, 0, 0, &n, NEWS));
    NONE();
    OK(h_in(h, &n, FDP_IN_DATA, 1));
    EXPECT("FD_READ@0xA0001");
    /* S6: it is connected: selecting FD_WRITE now posts (WRITE1) */
    OK(h_select(h, &n, FDP_FD_WRITE));
    EXPECT("FD_WRITE@0xA0001");
}
END_TEST

/* S11 with an unregistered listener: the new socket is unregistered. */
START_TEST(test_S11_unregistered_listener_accepted_socket_unregistered)
{
    fdp_socket l, n;
    SETUP(_i);
    h_listener(h, &l, SOCK);
    OK(h_accept(h, &l, 0, 0, &n, NEWS));
    OK(h_in(h, &n, FDP_IN_DATA, 1));
    OK(h_in(h, &n, FDP_IN_FIN, 0));
    NONE();
    ck_assert_int_eq(fdp_nonblocking(&n), 0);
}
END_TEST

/* S11 "same properties as the listening socket": non-blocking too (the
   select made the listener non-blocking, S1). */
START_TEST(test_S11_accepted_socket_inherits_nonblocking)
{
    fdp_socket l, n;
    SETUP(_i);
    h_listener(h, &l, SOCK);
    OK(h_select(h, &l, FDP_FD_ACCEPT));
    OK(h_accept(h, &l, 0, 0, &n, NEWS));
    ck_assert_int_eq(fdp_nonblocking(&n), 1);
    /* and the inherited mask forbids FIONBIO off on it */
    FAILS(h_fionbio(h, &n, 0), FDP_WSAEINVAL);
}
END_TEST

/* S11 + the listener's profile: the new socket is judged by it (its FD_CLOSE
   on a reset: WSAECONNRESET in spec, WSAECONNABORTED in windows, W2). */
START_TEST(test_S11_accepted_socket_inherits_profile)
{
    fdp_socket l, n;
    SETUP(_i);
    h_listener(h, &l, SOCK);
    OK(h_select(h, &l, FDP_FD_ACCEPT | FDP_FD_CLOSE));
    OK(h_accept(h, &l, 0, 0, &n, NEWS));
    NONE();
    OK(h_in(h, &n, FDP_IN_RESET, 0));
    if (_i == FDP_PROFILE_WINDOWS)
        EXPECT("FD_CLOSE:WSAECONNABORTED@0xA0001");
    else
        EXPECT("FD_CLOSE:WSAECONNRESET@0xA0001");
}
END_TEST

/* WRITE2 for accept and S8: the accepted connection's FD_CLOSE (graceful). */
START_TEST(test_S11_accepted_socket_graceful_close)
{
    fdp_socket l, n;
    SETUP(_i);
    h_listener(h, &l, SOCK);
    OK(h_select(h, &l, FDP_FD_CLOSE | FDP_FD_READ));
    OK(h_accept(h, &l, 0, 0, &n, NEWS));
    NONE();
    OK(h_in(h, &n, FDP_IN_FIN, 0));
    EXPECT("FD_CLOSE@0xA0001");
}
END_TEST

Suite *inherit_suite(void)
{
    Suite *s = suite_create("inherit");
    TCase *tc = tcase_create("accepted socket");
    B(tc, test_S11_accepted_socket_inherits_events_window_and_message);
    B(tc, test_S11_accepted_socket_posts_to_listener_window_and_message);
    B(tc, test_S11_no_connect_posted_to_accepted_socket);
    B(tc, test_D12_listener_accept_post_before_new_socket_write);
    B(tc, test_seed_accepted_socket_reselect_changes_only_it);
    B(tc, test_S11_inherited_mask_without_write_posts_nothing_at_birth);
    B(tc, test_S11_unregistered_listener_accepted_socket_unregistered);
    B(tc, test_S11_accepted_socket_inherits_nonblocking);
    B(tc, test_S11_accepted_socket_inherits_profile);
    B(tc, test_S11_accepted_socket_graceful_close);
    suite_add_tcase(s, tc);
    return s;
}
