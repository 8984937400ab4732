/* SPDX-License-Identifier: MIT */
/*
 * write.c -- FD_WRITE: the seed's summary FD_WRITE 1-4 (WRITE1-WRITE4), the
 * FD_WRITE paragraph ("a client can assume that sends are possible starting
 * from the first FD_WRITE message and lasting until a send returns
 * WSAEWOULDBLOCK"), the re-enabling row (LPWSPSend/LPWSPSendTo), S6, D1, D6.
 * Same machine in both profiles (W4, W5): tests run in both unless the
 * profiles differ (W4 datagram connect: see connect.c and windows.c).
 */
#include "harness.h"

/* WRITE1: "When LPWSPAsyncSelect is called, if an LPWSPSend or LPWSPSendTo
   is possible." */
START_TEST(test_seed_fd_write_1_select_on_connected_posts_write)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_WRITE));
    EXPECT("FD_WRITE");
}
END_TEST

/* S6: a stream socket that is not connected cannot send: nothing at select. */
START_TEST(test_S6_select_on_unconnected_stream_posts_nothing)
{
    fdp_socket s;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_WRITE));
    NONE();
    OK(h_bind(h, &s));
    OK(h_listen(h, &s));
    NONE();
}
END_TEST

/* WRITE2: "After LPWSPConnect ... is called, when connection established",
   here at once (connect succeeded immediately). */
START_TEST(test_seed_fd_write_2_connect_immediate_posts_write)
{
    fdp_socket s;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_WRITE));
    NONE();
    OK(h_connect(h, &s, 0));
    EXPECT("FD_WRITE");
}
END_TEST

/* WRITE2 + FD_WRITE paragraph "(after FD_CONNECT, if also registered)";
   CONNECT4 for the asynchronous outcome. */
START_TEST(test_seed_fd_write_2_connect_completes_posts_connect_then_write)
{
    fdp_socket s;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_WRITE | FDP_FD_CONNECT));
    OK(h_connect(h, &s, FDP_WSAEWOULDBLOCK));
    NONE();
    OK(h_in(h, &s, FDP_IN_CONNECTED, 0));
    EXPECT("FD_CONNECT FD_WRITE");
}
END_TEST

/* WRITE3: "After LPWSPSend or LPWSPSendTo fail with WSAEWOULDBLOCK, when
   LPWSPSend or LPWSPSendTo are likely to succeed." */
START_TEST(test_seed_fd_write_3_wouldblock_then_space_posts_write)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_WRITE));
    EXPECT("FD_WRITE");
    OK(h_send(h, &s, -FDP_WSAEWOULDBLOCK));
    NONE();
    OK(h_in(h, &s, FDP_IN_SPACE, 0));
    EXPECT("FD_WRITE");
    /* once per WSAEWOULDBLOCK */
    OK(h_in(h, &s, FDP_IN_SPACE, 0));
    NONE();
}
END_TEST

/* S6: space that returns when no send was blocked posts nothing. */
START_TEST(test_S6_space_without_wouldblock_posts_nothing)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_WRITE));
    EXPECT("FD_WRITE");
    OK(h_in(h, &s, FDP_IN_SPACE, 0));
    NONE();
}
END_TEST

/* S6 / W5: "A send that succeeds neither consumes nor re-arms it." */
START_TEST(test_S6_successful_send_neither_consumes_nor_rearms_write)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_WRITE));
    EXPECT("FD_WRITE");
    OK(h_send(h, &s, 512));
    NONE();                                 /* not re-armed */
    OK(h_in(h, &s, FDP_IN_SPACE, 0));
    NONE();
    OK(h_select(h, &s, FDP_FD_WRITE));      /* not consumed: still writable */
    EXPECT("FD_WRITE");
}
END_TEST

/* S6: "posted at select when ... no send has failed with WSAEWOULDBLOCK
   since". */
START_TEST(test_S6_select_after_wouldblock_posts_nothing_until_space)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_send(h, &s, -FDP_WSAEWOULDBLOCK));
    OK(h_select(h, &s, FDP_FD_WRITE));
    NONE();
    OK(h_in(h, &s, FDP_IN_SPACE, 0));
    EXPECT("FD_WRITE");
}
END_TEST

/* S6: space returning while FD_WRITE is not selected makes the socket
   writable again: a later select posts (WRITE1). */
START_TEST(test_S6_space_while_unregistered_then_select_posts_write)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_send(h, &s, -FDP_WSAEWOULDBLOCK));
    OK(h_in(h, &s, FDP_IN_SPACE, 0));
    NONE();
    OK(h_select(h, &s, FDP_FD_WRITE));
    EXPECT("FD_WRITE");
}
END_TEST

/* The FD_WRITE paragraph end to end: first FD_WRITE on connect; sends are
   possible until one returns WSAEWOULDBLOCK; then one FD_WRITE when space
   returns; again after the next WSAEWOULDBLOCK. */
START_TEST(test_seed_fd_write_paragraph_connect_send_block_space_cycle)
{
    fdp_socket s;
    int k;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_WRITE));
    OK(h_connect(h, &s, FDP_WSAEWOULDBLOCK));
    NONE();
    OK(h_in(h, &s, FDP_IN_CONNECTED, 0));
    EXPECT("FD_WRITE");
    for (k = 0; k < 2; k++) {
        OK(h_send(h, &s, 512));
        OK(h_send(h, &s, 100));
        NONE();
        OK(h_send(h, &s, -FDP_WSAEWOULDBLOCK));
        OK(h_send(h, &s, -FDP_WSAEWOULDBLOCK));
        NONE();
        OK(h_in(h, &s, FDP_IN_SPACE, 0));
        EXPECT("FD_WRITE");
    }
}
END_TEST

/* S4 for FD_WRITE: a send that fails other than with WSAEWOULDBLOCK while
   blocked does not make space appear: FD_WRITE still waits for space. */
START_TEST(test_S4_send_after_wouldblock_still_waits_for_space)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_WRITE));
    EXPECT("FD_WRITE");
    OK(h_send(h, &s, -FDP_WSAEWOULDBLOCK));
    OK(h_send(h, &s, -FDP_WSAENOBUFS));
    NONE();
    OK(h_in(h, &s, FDP_IN_SPACE, 0));
    EXPECT("FD_WRITE");
}
END_TEST

/* S6 / D6: a datagram socket is always writable: FD_WRITE at select, bound
   or not (both profiles; W4 for windows). */
START_TEST(test_S6_datagram_select_posts_write)
{
    fdp_socket s;
    SETUP(_i);
    h_dgram(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_WRITE));
    EXPECT("FD_WRITE");
}
END_TEST

/* WRITE4 / D1: "After LPWSPBind on a connectionless socket. FD_WRITE may or
   may not occur" -- D1 as revised (spec/rules.rl, fdpost.h): the post is
   optional and the engine does not make it (S3: select posted it already).
   "a connectionless socket is always writable immediately after bind": a
   later select posts it (WRITE1). */
START_TEST(test_D1_datagram_bind_posts_no_optional_write)
{
    fdp_socket s;
    SETUP(_i);
    h_dgram(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_WRITE));
    EXPECT("FD_WRITE");
    OK(h_bind(h, &s));
    NONE();
    OK(h_select(h, &s, FDP_FD_WRITE));
    EXPECT("FD_WRITE");
}
END_TEST

/* D1 / WRITE3: bind while a send is blocked posts nothing; space does. */
START_TEST(test_D1_datagram_bind_with_send_blocked_posts_nothing)
{
    fdp_socket s;
    SETUP(_i);
    h_dgram(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_WRITE));
    EXPECT("FD_WRITE");
    OK(h_send(h, &s, -FDP_WSAEWOULDBLOCK));
    OK(h_bind(h, &s));
    NONE();
    OK(h_in(h, &s, FDP_IN_SPACE, 0));       /* WRITE3 on a datagram socket */
    EXPECT("FD_WRITE");
}
END_TEST

/* D1: not registered for FD_WRITE: bind posts nothing. */
START_TEST(test_D1_datagram_bind_unregistered_posts_nothing)
{
    fdp_socket s;
    SETUP(_i);
    h_dgram(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ));
    OK(h_bind(h, &s));
    NONE();
}
END_TEST

/* D7: bind on a stream socket posts nothing. */
START_TEST(test_D7_stream_bind_posts_nothing)
{
    fdp_socket s;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_ALL_EVENTS));
    NONE();
    OK(h_bind(h, &s));
    NONE();
}
END_TEST

/* D6: "a second success on a connected socket posts nothing". */
START_TEST(test_D6_second_connect_success_posts_no_write)
{
    fdp_socket s;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_WRITE));
    OK(h_connect(h, &s, 0));
    EXPECT("FD_WRITE");
    OK(h_connect(h, &s, 0));
    NONE();
    OK(h_in(h, &s, FDP_IN_CONNECTED, 0));
    NONE();
}
END_TEST

/* D6: "A datagram socket is writable from birth; each connect on it (an
   association) posts FD_WRITE again" (W4 too). */
START_TEST(test_D6_datagram_each_connect_posts_write)
{
    fdp_socket s;
    SETUP(_i);
    h_dgram(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_WRITE));
    EXPECT("FD_WRITE");
    OK(h_connect(h, &s, 0));
    EXPECT_P("", "FD_WRITE");               /* spec: optional, not made */
    OK(h_connect(h, &s, 0));
    EXPECT_P("", "FD_WRITE");
}
END_TEST

/* D6: SD_RECEIVE does not change FD_WRITE; after the socket's own SD_SEND
   "a send is possible" (WRITE1) never holds again: no select, space or
   connect posts FD_WRITE (W5: both profiles).  Failed before issue 10. */
START_TEST(test_D6_shutdown_send_ends_write)
{
    fdp_socket s, t;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_WRITE));
    EXPECT("FD_WRITE");
    OK(h_shutdown(h, &s, FDP_SD_RECEIVE));
    OK(h_select(h, &s, FDP_FD_WRITE));
    EXPECT("FD_WRITE");
    OK(h_shutdown(h, &s, FDP_SD_SEND));
    NONE();
    OK(h_select(h, &s, FDP_FD_WRITE));
    NONE();
    OK(h_send(h, &s, -FDP_WSAEWOULDBLOCK));
    OK(h_in(h, &s, FDP_IN_SPACE, 0));
    NONE();
    h->dh = SOCK2;
    h_connected(h, &t, SOCK2);
    OK(h_shutdown(h, &t, FDP_SD_BOTH));
    OK(h_select(h, &t, FDP_FD_WRITE));
    NONE();
}
END_TEST

/* S1: FD_WRITE not in lEvent: nothing, even on space after a block. */
START_TEST(test_S1_write_not_in_mask_not_posted)
{
    fdp_socket s;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_READ));
    OK(h_connect(h, &s, 0));
    OK(h_send(h, &s, -FDP_WSAEWOULDBLOCK));
    OK(h_in(h, &s, FDP_IN_SPACE, 0));
    NONE();
}
END_TEST

/* S2 / W5: a new select re-posts a still-true FD_WRITE. */
START_TEST(test_S2_reselect_reposts_write)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_WRITE));
    EXPECT("FD_WRITE");
    OK(h_select(h, &s, FDP_FD_WRITE));
    EXPECT("FD_WRITE");
}
END_TEST

Suite *write_suite(void)
{
    Suite *s = suite_create("write");
    TCase *tc = tcase_create("FD_WRITE");
    B(tc, test_seed_fd_write_1_select_on_connected_posts_write);
    B(tc, test_S6_select_on_unconnected_stream_posts_nothing);
    B(tc, test_seed_fd_write_2_connect_immediate_posts_write);
    B(tc, test_seed_fd_write_2_connect_completes_posts_connect_then_write);
    B(tc, test_seed_fd_write_3_wouldblock_then_space_posts_write);
    B(tc, test_S6_space_without_wouldblock_posts_nothing);
    B(tc, test_S6_successful_send_neither_consumes_nor_rearms_write);
    B(tc, test_S6_select_after_wouldblock_posts_nothing_until_space);
    B(tc, test_S6_space_while_unregistered_then_select_posts_write);
    B(tc, test_seed_fd_write_paragraph_connect_send_block_space_cycle);
    B(tc, test_S4_send_after_wouldblock_still_waits_for_space);
    B(tc, test_S6_datagram_select_posts_write);
    B(tc, test_D1_datagram_bind_posts_no_optional_write);
    B(tc, test_D1_datagram_bind_with_send_blocked_posts_nothing);
    B(tc, test_D1_datagram_bind_unregistered_posts_nothing);
    B(tc, test_D7_stream_bind_posts_nothing);
    B(tc, test_D6_second_connect_success_posts_no_write);
    B(tc, test_D6_datagram_each_connect_posts_write);
    B(tc, test_D6_shutdown_send_ends_write);
    B(tc, test_S1_write_not_in_mask_not_posted);
    B(tc, test_S2_reselect_reposts_write);
    suite_add_tcase(s, tc);
    return s;
}
