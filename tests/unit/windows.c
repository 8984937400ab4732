/* SPDX-License-Identifier: MIT */
/*
 * windows.c -- the windows profile: W1-W4 where it departs from the spec
 * profile (each with the spec profile's contrasting outcome checked too),
 * and W5: "Everything else is as in the spec profile" -- each W5 item run
 * in the windows profile.
 */
#include "harness.h"

/* W1: "A graceful close posts FD_CLOSE(0) as soon as the FIN arrives,
   whether or not data is still queued; it is not posted again when the
   queue drains." */
START_TEST(test_W1_fin_with_data_queued_posts_close_at_once)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_WINDOWS);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ | FDP_FD_CLOSE));
    OK(h_in(h, &s, FDP_IN_DATA, 100));
    EXPECT("FD_READ");
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    EXPECT("FD_CLOSE:0");
    OK(h_recv(h, &s, 0, 50, FDP_LEFT_DATA));
    EXPECT("FD_READ");                      /* FD_READ goes on as usual */
    OK(h_recv(h, &s, 0, 50, 0));
    NONE();                                 /* not posted again on drain */
}
END_TEST

/* W1 vs spec: the same sequence in the spec profile waits for the drain
   (CLOSE2). */
START_TEST(test_W1_contrast_spec_waits_for_drain)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_SPEC);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ | FDP_FD_CLOSE));
    OK(h_in(h, &s, FDP_IN_DATA, 100));
    EXPECT("FD_READ");
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    NONE();
    OK(h_recv(h, &s, 0, 50, FDP_LEFT_DATA));
    EXPECT("FD_READ");
    OK(h_recv(h, &s, 0, 50, 0));
    EXPECT("FD_CLOSE:0");
}
END_TEST

/* W1 at select: data still queued after the FIN, FD_CLOSE at select anyway
   (W5/S2: re-select re-posts still-true FD_CLOSE). */
START_TEST(test_W1_select_after_fin_with_data_posts_close)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_WINDOWS);
    h_connected(h, &s, SOCK);
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    OK(h_select(h, &s, FDP_FD_READ | FDP_FD_CLOSE));
    EXPECT("FD_READ FD_CLOSE");
    OK(h_recv(h, &s, 0, 10, 0));
    NONE();
}
END_TEST

/* W1 with SO_OOBINLINE urgent data queued: still at once. */
START_TEST(test_W1_fin_with_inline_urgent_posts_close_at_once)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_WINDOWS);
    h_connected(h, &s, SOCK);
    OK(h_inline(h, &s, 1));
    OK(h_select(h, &s, FDP_FD_CLOSE));
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    EXPECT("FD_CLOSE:0");
}
END_TEST

/* W2: "A reset reports WSAECONNABORTED, not WSAECONNRESET, in FD_CLOSE". */
START_TEST(test_W2_reset_reports_connaborted)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_WINDOWS);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_CLOSE));
    OK(h_in(h, &s, FDP_IN_RESET, 0));
    ck_assert_int_eq(h->n, 1);
    ck_assert_uint_eq(h->post[0].lparam, 0x27450020u);
    EXPECT("FD_CLOSE:WSAECONNABORTED");
}
END_TEST

/* W2 with data queued and after re-select: the same error again. */
START_TEST(test_W2_reset_with_data_and_reselect_connaborted)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_WINDOWS);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_CLOSE | FDP_FD_READ));
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    EXPECT("FD_READ");
    OK(h_in(h, &s, FDP_IN_RESET, 0));
    EXPECT("FD_CLOSE:WSAECONNABORTED");
    OK(h_select(h, &s, FDP_FD_CLOSE | FDP_FD_READ));
    EXPECT("FD_CLOSE:WSAECONNABORTED");     /* FD_READ dead (S8) */
}
END_TEST

/* W2 concerns resets only: an abort posts its own error as in the spec
   profile (W5, S8, D8: WSAENETDOWN kept). */
START_TEST(test_W2_abort_keeps_its_error)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_WINDOWS);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_CLOSE));
    OK(h_in(h, &s, FDP_IN_ABORT, FDP_WSAENETDOWN));
    EXPECT("FD_CLOSE:WSAENETDOWN");
}
END_TEST

/* W3: "A select on a socket that is already connected does not post
   FD_CONNECT ...; FD_WRITE is posted as usual." */
START_TEST(test_W3_select_on_connected_socket_posts_write_not_connect)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_WINDOWS);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_connect(h, &s, FDP_WSAEWOULDBLOCK));
    OK(h_in(h, &s, FDP_IN_CONNECTED, 0));
    NONE();
    OK(h_select(h, &s, FDP_FD_CONNECT | FDP_FD_WRITE));
    EXPECT("FD_WRITE");
}
END_TEST

/* W3: "... and a new select never re-posts it". */
START_TEST(test_W3_reselect_never_reposts_connect)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_WINDOWS);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_CONNECT));
    OK(h_connect(h, &s, 0));
    EXPECT("FD_CONNECT");
    OK(h_select(h, &s, FDP_FD_CONNECT));
    NONE();
    OK(h_select(h, &s, 0));
    OK(h_select(h, &s, FDP_FD_CONNECT));
    NONE();
}
END_TEST

/* W3 "FD_CONNECT only for an outcome seen while registered": a connect
   pending while unregistered whose outcome arrives after the select posts. */
START_TEST(test_W3_outcome_seen_while_registered_posts)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_WINDOWS);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_connect(h, &s, FDP_WSAEWOULDBLOCK));
    OK(h_select(h, &s, FDP_FD_CONNECT));
    NONE();
    OK(h_in(h, &s, FDP_IN_CONNECT_FAILED, FDP_WSAECONNREFUSED));
    EXPECT("FD_CONNECT:WSAECONNREFUSED");
}
END_TEST

/* W3: an outcome while registered for something else is never posted
   later. */
START_TEST(test_W3_outcome_while_unregistered_never_posted)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_WINDOWS);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_READ));
    OK(h_connect(h, &s, FDP_WSAEWOULDBLOCK));
    OK(h_in(h, &s, FDP_IN_CONNECT_FAILED, FDP_WSAETIMEDOUT));
    NONE();
    OK(h_select(h, &s, FDP_FD_CONNECT));
    NONE();
}
END_TEST

/* W3 vs spec: CONNECT1 posts in the spec profile. */
START_TEST(test_W3_contrast_spec_select_posts_connect)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_SPEC);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_connect(h, &s, FDP_WSAEWOULDBLOCK));
    OK(h_in(h, &s, FDP_IN_CONNECTED, 0));
    OK(h_select(h, &s, FDP_FD_CONNECT | FDP_FD_WRITE));
    EXPECT("FD_CONNECT FD_WRITE");
}
END_TEST

/* W4: "A select on a datagram socket posts FD_WRITE(0) at once, bound or
   not". */
START_TEST(test_W4_datagram_select_posts_write_bound_or_not)
{
    fdp_socket s, t;
    SETUP(FDP_PROFILE_WINDOWS);
    h_dgram(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_ALL_EVENTS));
    EXPECT("FD_WRITE:0");
    h->dh = SOCK2;
    h_dgram(h, &t, SOCK2);
    OK(h_bind(h, &t));
    OK(h_select(h, &t, FDP_FD_WRITE));
    EXPECT("FD_WRITE:0");
}
END_TEST

/* W4: "a connect on it posts FD_WRITE(0) again and no FD_CONNECT, even with
   FD_CONNECT in the mask" (also a second connect, and at a later select). */
START_TEST(test_W4_datagram_connect_posts_write_no_connect)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_WINDOWS);
    h_dgram(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_CONNECT | FDP_FD_WRITE));
    EXPECT("FD_WRITE");
    OK(h_connect(h, &s, 0));
    EXPECT("FD_WRITE:0");
    OK(h_connect(h, &s, 0));
    EXPECT("FD_WRITE:0");
    OK(h_select(h, &s, FDP_FD_CONNECT | FDP_FD_WRITE));
    EXPECT("FD_WRITE");
}
END_TEST

/* W4 with a failing or pending connect on a datagram socket: still no
   FD_CONNECT. */
START_TEST(test_W4_datagram_connect_failure_posts_no_connect)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_WINDOWS);
    h_dgram(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_CONNECT));
    OK(h_connect(h, &s, FDP_WSAEAFNOSUPPORT));
    NONE();
}
END_TEST

/* ---- W5: each item, in the windows profile ---- */

/* W5 "re-select re-posts still-true FD_READ, FD_WRITE, FD_ACCEPT, FD_OOB
   and FD_CLOSE (S2)". */
START_TEST(test_W5_reselect_reposts_still_true_events)
{
    fdp_socket s, l;
    SETUP(FDP_PROFILE_WINDOWS);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ | FDP_FD_WRITE | FDP_FD_OOB |
                FDP_FD_CLOSE));
    EXPECT("FD_WRITE");
    OK(h_in(h, &s, FDP_IN_DATA, 1));
    EXPECT("FD_READ");
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    EXPECT("FD_OOB");
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    EXPECT("FD_CLOSE");
    OK(h_select(h, &s, FDP_FD_READ | FDP_FD_WRITE | FDP_FD_OOB |
                FDP_FD_CLOSE));
    EXPECT("FD_OOB FD_READ FD_WRITE FD_CLOSE");
    h->dh = SOCK2;
    h_listener(h, &l, SOCK2);
    OK(h_select(h, &l, FDP_FD_ACCEPT));
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    EXPECT("FD_ACCEPT");
    OK(h_select(h, &l, FDP_FD_ACCEPT));
    EXPECT("FD_ACCEPT");
}
END_TEST

/* W5 "a failing recv re-enables (S4)". */
START_TEST(test_W5_failing_recv_reenables)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_WINDOWS);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ | FDP_FD_OOB));
    OK(h_in(h, &s, FDP_IN_DATA, 1));
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    EXPECT("FD_READ FD_OOB");
    OK(h_in(h, &s, FDP_IN_DATA_GONE, 0));
    OK(h_in(h, &s, FDP_IN_URGENT_GONE, 0));
    OK(h_recv(h, &s, 0, -FDP_WSAEWOULDBLOCK, 0));
    NONE();
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    OK(h_in(h, &s, FDP_IN_DATA, 1));
    EXPECT("FD_OOB FD_READ");
}
END_TEST

/* W5 "a successful send neither consumes nor re-arms FD_WRITE (S6)". */
START_TEST(test_W5_successful_send_neither_consumes_nor_rearms)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_WINDOWS);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_WRITE));
    EXPECT("FD_WRITE");
    OK(h_send(h, &s, 100));
    OK(h_in(h, &s, FDP_IN_SPACE, 0));
    NONE();
    OK(h_select(h, &s, FDP_FD_WRITE));
    EXPECT("FD_WRITE");
}
END_TEST

/* W5 "a second pending connection or a second batch of data posts nothing
   until re-enabled (S5)". */
START_TEST(test_W5_second_pending_or_batch_posts_nothing)
{
    fdp_socket s, l, n;
    SETUP(FDP_PROFILE_WINDOWS);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ));
    OK(h_in(h, &s, FDP_IN_DATA, 1));
    EXPECT("FD_READ");
    OK(h_in(h, &s, FDP_IN_DATA, 1));
    NONE();
    OK(h_recv(h, &s, 0, 1, FDP_LEFT_DATA));
    EXPECT("FD_READ");
    h->dh = SOCK2;
    h_listener(h, &l, SOCK2);
    OK(h_select(h, &l, FDP_FD_ACCEPT));
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    EXPECT("FD_ACCEPT");
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    NONE();
    OK(h_accept(h, &l, 0, 1, &n, NEWS));
    EXPECT("FD_ACCEPT");
}
END_TEST

Suite *windows_suite(void)
{
    Suite *s = suite_create("windows");
    TCase *tc = tcase_create("W1-W5");
    T(tc, test_W1_fin_with_data_queued_posts_close_at_once);
    T(tc, test_W1_contrast_spec_waits_for_drain);
    T(tc, test_W1_select_after_fin_with_data_posts_close);
    T(tc, test_W1_fin_with_inline_urgent_posts_close_at_once);
    T(tc, test_W2_reset_reports_connaborted);
    T(tc, test_W2_reset_with_data_and_reselect_connaborted);
    T(tc, test_W2_abort_keeps_its_error);
    T(tc, test_W3_select_on_connected_socket_posts_write_not_connect);
    T(tc, test_W3_reselect_never_reposts_connect);
    T(tc, test_W3_outcome_seen_while_registered_posts);
    T(tc, test_W3_outcome_while_unregistered_never_posted);
    T(tc, test_W3_contrast_spec_select_posts_connect);
    T(tc, test_W4_datagram_select_posts_write_bound_or_not);
    T(tc, test_W4_datagram_connect_posts_write_no_connect);
    T(tc, test_W4_datagram_connect_failure_posts_no_connect);
    T(tc, test_W5_reselect_reposts_still_true_events);
    T(tc, test_W5_failing_recv_reenables);
    T(tc, test_W5_successful_send_neither_consumes_nor_rearms);
    T(tc, test_W5_second_pending_or_batch_posts_nothing);
    suite_add_tcase(s, tc);
    return s;
}
