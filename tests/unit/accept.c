/* SPDX-License-Identifier: MIT */
/*
 * accept.c -- FD_ACCEPT: the seed's summary FD_ACCEPT 1-3 (ACCEPT1-ACCEPT3),
 * the persistence example (listen, request, select -> FD_ACCEPT at once),
 * the re-enabling row ("LPWSPAccept, unless the error code returned is
 * WSATRY_AGAIN"), S4, S5, S10, D8.  Same machine in both profiles (W5).
 * The new socket's side of accept is in inherit.c.
 */
#include "harness.h"

/* The seed's persistence example: 1. listen; 2. a connect request is
   received, not yet accepted; 3. select FD_ACCEPT: "the WinSock service
   provider posts an FD_ACCEPT message immediately" (ACCEPT1, S2). */
START_TEST(test_seed_persistence_example_listen_request_select_posts_accept)
{
    fdp_socket l;
    SETUP(_i);
    h_new(h, &l, SOCK, FDP_STREAM);
    OK(h_listen(h, &l));
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    NONE();
    OK(h_select(h, &l, FDP_FD_ACCEPT));
    EXPECT("FD_ACCEPT");
}
END_TEST

START_TEST(test_seed_fd_accept_1_select_without_request_posts_nothing)
{
    fdp_socket l;
    SETUP(_i);
    h_listener(h, &l, SOCK);
    OK(h_select(h, &l, FDP_FD_ACCEPT));
    NONE();
}
END_TEST

/* ACCEPT2: "When a connection request arrives, if FD_ACCEPT not already
   posted"; S5 / W5: a second pending connection posts nothing. */
START_TEST(test_seed_fd_accept_2_request_arrives_posts_once)
{
    fdp_socket l;
    SETUP(_i);
    h_listener(h, &l, SOCK);
    OK(h_select(h, &l, FDP_FD_ACCEPT));
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    EXPECT("FD_ACCEPT");
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    NONE();
}
END_TEST

/* ACCEPT3: "After LPWSPAccept is called, if there is another connection
   request available to accept" (S5 level-triggered). */
START_TEST(test_seed_fd_accept_3_accept_with_more_pending_reposts)
{
    fdp_socket l, n1, n2;
    SETUP(_i);
    h_listener(h, &l, SOCK);
    OK(h_select(h, &l, FDP_FD_ACCEPT));
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    EXPECT("FD_ACCEPT");
    OK(h_accept(h, &l, 0, 1, &n1, NEWS));
    EXPECT("FD_ACCEPT");
    OK(h_accept(h, &l, 0, 0, &n2, NEWS + 1));
    NONE();
}
END_TEST

/* S11 with D11 (fdpost.h, re-entrancy): an accept decides the new
   socket's posts with the listener's.  The listener's FD_ACCEPT callback
   closes the listener; the new socket was born with the registration the
   accept found and still posts its FD_WRITE. */
static void cancel_hook(harness *h, const h_post *p)
{
    (void)p;
    if (h->hook_calls == 1)
        h->hook_rc = fdp_close(&h->e, h->hook_sock, &h->hook_err);
}

START_TEST(test_S11_new_socket_decided_before_listener_callback)
{
    fdp_socket l, n;
    SETUP(_i);
    h_listener(h, &l, SOCK);
    OK(h_select(h, &l, FDP_FD_ACCEPT | FDP_FD_WRITE));
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    EXPECT("FD_ACCEPT");
    h->hook = cancel_hook;
    h->hook_sock = &l;
    OK(h_accept(h, &l, 0, 1, &n, NEWS));
    ck_assert_int_eq(h->hook_rc, 0);
    EXPECT("FD_ACCEPT FD_WRITE@0xA0001");
}
END_TEST

/* S4: accept re-enables: the next request posts (ACCEPT2). */
START_TEST(test_S4_accept_reenables_next_request_posts)
{
    fdp_socket l, n;
    SETUP(_i);
    h_listener(h, &l, SOCK);
    OK(h_select(h, &l, FDP_FD_ACCEPT));
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    EXPECT("FD_ACCEPT");
    OK(h_accept(h, &l, 0, 0, &n, NEWS));
    NONE();
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    EXPECT("FD_ACCEPT");
}
END_TEST

/* Seed: "Any call to the re-enabling routine, even one that fails" (S4):
   a failed accept (other than WSATRY_AGAIN) re-enables. */
START_TEST(test_S4_failing_accept_reenables_accept)
{
    fdp_socket l;
    SETUP(_i);
    h_listener(h, &l, SOCK);
    OK(h_select(h, &l, FDP_FD_ACCEPT));
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    EXPECT("FD_ACCEPT");
    /* the request went away; the accept fails */
    OK(h_accept(h, &l, FDP_WSAECONNRESET, 0, NULL, 0));
    NONE();
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    EXPECT("FD_ACCEPT");
    /* a failing accept with a request still pending re-posts at once */
    OK(h_accept(h, &l, FDP_WSAENOBUFS, 1, NULL, 0));
    EXPECT("FD_ACCEPT");
}
END_TEST

/* S10 / re-enabling row: "unless the error code returned is WSATRY_AGAIN
   indicating that the condition function returned CF_DEFER". */
START_TEST(test_S10_try_again_does_not_reenable_accept)
{
    fdp_socket l, n;
    SETUP(_i);
    h_listener(h, &l, SOCK);
    OK(h_select(h, &l, FDP_FD_ACCEPT));
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    EXPECT("FD_ACCEPT");
    OK(h_accept(h, &l, FDP_WSATRY_AGAIN, 1, NULL, 0));
    NONE();                                 /* not re-enabled: no ACCEPT3 */
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    NONE();                                 /* still posted */
    OK(h_accept(h, &l, 0, 1, &n, NEWS));    /* a real accept re-enables */
    EXPECT("FD_ACCEPT");
}
END_TEST

/* S10 with nothing pending after the deferral: still not re-enabled. */
START_TEST(test_S10_try_again_then_new_request_posts_nothing)
{
    fdp_socket l;
    SETUP(_i);
    h_listener(h, &l, SOCK);
    OK(h_select(h, &l, FDP_FD_ACCEPT));
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    EXPECT("FD_ACCEPT");
    OK(h_accept(h, &l, FDP_WSATRY_AGAIN, 0, NULL, 0));
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    NONE();
}
END_TEST

/* S2 / W5: a new select re-posts a still-true FD_ACCEPT. */
START_TEST(test_S2_reselect_reposts_accept)
{
    fdp_socket l;
    SETUP(_i);
    h_listener(h, &l, SOCK);
    OK(h_select(h, &l, FDP_FD_ACCEPT));
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    EXPECT("FD_ACCEPT");
    OK(h_select(h, &l, FDP_FD_ACCEPT));
    EXPECT("FD_ACCEPT");
    /* and a select after the request went away re-enables */
    OK(h_in(h, &l, FDP_IN_NO_PENDING, 0));
    OK(h_select(h, &l, FDP_FD_ACCEPT));
    NONE();
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    EXPECT("FD_ACCEPT");
}
END_TEST

/* S4: recv, send and the ioctls do not re-enable FD_ACCEPT. */
START_TEST(test_S4_other_calls_do_not_reenable_accept)
{
    fdp_socket l;
    SETUP(_i);
    h_listener(h, &l, SOCK);
    OK(h_select(h, &l, FDP_FD_ACCEPT));
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    EXPECT("FD_ACCEPT");
    OK(h_recv(h, &l, 0, -FDP_WSAENOTCONN, 0));
    OK(h_send(h, &l, -FDP_WSAENOTCONN));
    OK(h_ioctl(h, &l, FDP_SIO_GET_QOS));
    OK(h_ioctl(h, &l, FDP_SIO_ADDRESS_LIST_CHANGE));
    NONE();
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    NONE();
}
END_TEST

/* D8: "FD_ACCEPT ... live on" after a reset or abort ("they are not about
   the connection"). */
START_TEST(test_D8_accept_lives_on_after_reset_and_abort)
{
    fdp_socket l;
    SETUP(_i);
    h_listener(h, &l, SOCK);
    OK(h_select(h, &l, FDP_FD_ACCEPT));
    OK(h_in(h, &l, FDP_IN_RESET, 0));
    OK(h_in(h, &l, FDP_IN_ABORT, FDP_WSAECONNABORTED));
    NONE();
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    EXPECT("FD_ACCEPT");
}
END_TEST

/* S14: FD_ACCEPT carries error 0. */
START_TEST(test_S14_accept_posted_with_error_zero)
{
    fdp_socket l;
    SETUP(_i);
    h_listener(h, &l, SOCK);
    OK(h_select(h, &l, FDP_FD_ACCEPT));
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    ck_assert_int_eq(h->n, 1);
    ck_assert_uint_eq(h->post[0].lparam, 0x00000008u);
    EXPECT("FD_ACCEPT:0");
}
END_TEST

Suite *accept_suite(void)
{
    Suite *s = suite_create("accept");
    TCase *tc = tcase_create("FD_ACCEPT");
    B(tc, test_seed_persistence_example_listen_request_select_posts_accept);
    B(tc, test_seed_fd_accept_1_select_without_request_posts_nothing);
    B(tc, test_seed_fd_accept_2_request_arrives_posts_once);
    B(tc, test_seed_fd_accept_3_accept_with_more_pending_reposts);
    B(tc, test_S11_new_socket_decided_before_listener_callback);
    B(tc, test_S4_accept_reenables_next_request_posts);
    B(tc, test_S4_failing_accept_reenables_accept);
    B(tc, test_S10_try_again_does_not_reenable_accept);
    B(tc, test_S10_try_again_then_new_request_posts_nothing);
    B(tc, test_S2_reselect_reposts_accept);
    B(tc, test_S4_other_calls_do_not_reenable_accept);
    B(tc, test_D8_accept_lives_on_after_reset_and_abort);
    B(tc, test_S14_accept_posted_with_error_zero);
    suite_add_tcase(s, tc);
    return s;
}
