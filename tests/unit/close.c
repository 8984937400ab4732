/* SPDX-License-Identifier: MIT */
/*
 * close.c -- FD_CLOSE: the seed's summary FD_CLOSE 1-4 (CLOSE1-CLOSE4), "valid
 * only on connection-oriented sockets", the FD_CLOSE paragraphs (error 0 =
 * graceful, WSAECONNRESET = reset; "posted only after all data is read";
 * "It shouldn't send an FD_READ message to indicate this condition"), its
 * error table (WSAENETDOWN, WSAECONNRESET, WSAECONNABORTED), "FD_CLOSE is
 * not posted after LPWSPCloseSocket", "FD_CLOSE: NONE" re-enables, S8, D2,
 * D3, D8.  Where the windows profile departs (W1, W2) the test says so and
 * windows.c has the W-named tests.
 */
#include "harness.h"

/* CLOSE2 with no data queued: at once, error 0 (both profiles). */
START_TEST(test_seed_fd_close_2_graceful_no_data_posts_close_zero)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_CLOSE));
    NONE();
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    EXPECT("FD_CLOSE:0");
    ck_assert_uint_eq(FDP_MAKESELECTREPLY(FDP_FD_CLOSE, 0), 0x20u);
}
END_TEST

/* CLOSE2: "if data has been received and is waiting to be read when the
   remote system initiates a graceful close, then the FD_CLOSE is not
   delivered until all pending data has been read" (spec profile; W1 says
   Windows posts at once: test_W1_*). */
START_TEST(test_seed_fd_close_2_graceful_after_drain)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_SPEC);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_CLOSE | FDP_FD_READ));
    OK(h_in(h, &s, FDP_IN_DATA, 100));
    EXPECT("FD_READ");
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    NONE();
    OK(h_recv(h, &s, 0, 50, FDP_LEFT_DATA));
    EXPECT("FD_READ");                      /* READ3: data still there */
    OK(h_recv(h, &s, 0, 50, 0));            /* the recv that empties it */
    EXPECT("FD_CLOSE:0");                   /* S8: "right after" it */
}
END_TEST

/* The graceful-close paragraph: "It shouldn't send an FD_READ message to
   indicate this condition" (S8: "no FD_READ is posted for the end-of-data
   condition itself").  Both profiles. */
START_TEST(test_seed_fd_close_graceful_posts_no_read_for_end_of_data)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_CLOSE | FDP_FD_READ));
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    EXPECT("FD_CLOSE");
    OK(h_recv(h, &s, 0, 0, 0));             /* recv returns 0: end of data */
    NONE();
}
END_TEST

/* Spec: the end of data after draining posts FD_CLOSE, not FD_READ, even
   with FD_READ re-enabled by the emptying recv. */
START_TEST(test_S8_drain_after_fin_posts_close_not_read)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_SPEC);
    h_connected(h, &s, SOCK);
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    OK(h_select(h, &s, FDP_FD_CLOSE | FDP_FD_READ));
    EXPECT("FD_READ");                      /* CLOSE1: not yet (not drained) */
    OK(h_recv(h, &s, 0, 10, 0));
    EXPECT("FD_CLOSE");
    OK(h_recv(h, &s, 0, 0, 0));
    NONE();
}
END_TEST

/* CLOSE1: "When LPWSPAsyncSelect is called, if the socket connection has
   been closed" (both profiles: no data queued). */
START_TEST(test_seed_fd_close_1_select_after_graceful_close_posts_close)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    NONE();
    OK(h_select(h, &s, FDP_FD_CLOSE));
    EXPECT("FD_CLOSE:0");
}
END_TEST

/* CLOSE1 + S8 "(graceful: once drained)" -- spec profile. */
START_TEST(test_seed_fd_close_1_select_before_drain_posts_nothing)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_SPEC);
    h_connected(h, &s, SOCK);
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    OK(h_select(h, &s, FDP_FD_CLOSE));
    NONE();
    OK(h_recv(h, &s, 0, 10, 0));
    EXPECT("FD_CLOSE:0");
}
END_TEST

/* CLOSE1 / S2 / W5 / D8: a new select re-posts FD_CLOSE with the same error. */
START_TEST(test_D8_reselect_reposts_close_with_same_error)
{
    fdp_socket s, t, u;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_CLOSE));
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    EXPECT("FD_CLOSE:0");
    OK(h_select(h, &s, FDP_FD_CLOSE));
    EXPECT("FD_CLOSE:0");
    OK(h_select(h, &s, FDP_FD_CLOSE));
    EXPECT("FD_CLOSE:0");

    h->dh = SOCK2;
    h_connected(h, &t, SOCK2);
    OK(h_select(h, &t, FDP_FD_CLOSE));
    OK(h_in(h, &t, FDP_IN_ABORT, FDP_WSAECONNABORTED));
    EXPECT("FD_CLOSE:WSAECONNABORTED");
    OK(h_select(h, &t, FDP_FD_CLOSE));
    EXPECT("FD_CLOSE:WSAECONNABORTED");

    h_connected(h, &u, SOCK2);
    OK(h_in(h, &u, FDP_IN_RESET, 0));
    OK(h_select(h, &u, FDP_FD_CLOSE));
    if (_i == FDP_PROFILE_WINDOWS)
        EXPECT("FD_CLOSE:WSAECONNABORTED"); /* W2 */
    else
        EXPECT("FD_CLOSE:WSAECONNRESET");
    OK(h_select(h, &u, FDP_FD_CLOSE));
    if (_i == FDP_PROFILE_WINDOWS)
        EXPECT("FD_CLOSE:WSAECONNABORTED");
    else
        EXPECT("FD_CLOSE:WSAECONNRESET");
}
END_TEST

/* CLOSE3: "After the local system initiates a graceful close with
   LPWSPShutdown and the remote system has responded with an end-of-data
   notification"; S8: "a shutdown posts nothing to its own socket". */
START_TEST(test_seed_fd_close_3_local_shutdown_then_peer_fin)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_CLOSE));
    OK(h_shutdown(h, &s, FDP_SD_SEND));
    NONE();
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    EXPECT("FD_CLOSE:0");
}
END_TEST

/* CLOSE3 "when no data is currently available to receive" (spec). */
START_TEST(test_seed_fd_close_3_local_shutdown_waits_for_drain)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_SPEC);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_CLOSE));
    OK(h_shutdown(h, &s, FDP_SD_SEND));
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    NONE();
    OK(h_recv(h, &s, 0, 10, 0));
    EXPECT("FD_CLOSE:0");
}
END_TEST

/* S8 / D7: shutdown, any `how`, posts nothing to its own socket even with
   every event registered. */
START_TEST(test_S8_shutdown_posts_nothing_to_own_socket)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_ALL_EVENTS));
    if (_i == FDP_PROFILE_WINDOWS)
        EXPECT("FD_WRITE");                 /* W3 */
    else
        EXPECT("FD_CONNECT FD_WRITE");      /* CONNECT1, WRITE1 */
    OK(h_shutdown(h, &s, FDP_SD_RECEIVE));
    OK(h_shutdown(h, &s, FDP_SD_SEND));
    OK(h_shutdown(h, &s, FDP_SD_BOTH));
    NONE();
}
END_TEST

/* CLOSE4: "When the remote system aborts the connection (for example, sent
   TCP RST), and lParam will contain the WSAECONNRESET error value"; the
   FD_CLOSE paragraph: "if the error code is WSAECONNRESET, then the
   socket's virtual circuit was reset".  lParam = 0x27460020 (docs/rules.md).
   Spec profile; windows: test_W2_reset_reports_connaborted. */
START_TEST(test_seed_fd_close_4_reset_posts_connreset)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_SPEC);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_CLOSE));
    OK(h_in(h, &s, FDP_IN_RESET, 0));
    ck_assert_int_eq(h->n, 1);
    ck_assert_uint_eq(h->post[0].lparam, 0x27460020u);
    EXPECT("FD_CLOSE:WSAECONNRESET");
}
END_TEST

/* S8: "Reset: posted at once with WSAECONNRESET, data unread or not"
   (spec: even while a graceful FD_CLOSE waits for a drain). */
START_TEST(test_S8_reset_with_data_unread_posts_at_once)
{
    fdp_socket s, t;
    SETUP(FDP_PROFILE_SPEC);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_CLOSE));
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    OK(h_in(h, &s, FDP_IN_RESET, 0));
    EXPECT("FD_CLOSE:WSAECONNRESET");

    h->dh = SOCK2;
    h_connected(h, &t, SOCK2);
    OK(h_select(h, &t, FDP_FD_CLOSE));
    OK(h_in(h, &t, FDP_IN_DATA, 10));
    OK(h_in(h, &t, FDP_IN_FIN, 0));
    NONE();                                 /* graceful, waiting for drain */
    OK(h_in(h, &t, FDP_IN_RESET, 0));
    EXPECT("FD_CLOSE:WSAECONNRESET");
}
END_TEST

/* S8: "After a reset or an abort the connection is dead: FD_READ, FD_OOB
   and FD_WRITE are not posted for it again, whatever a later recv returns"
   (both profiles, D8). */
START_TEST(test_S8_reset_kills_read_oob_and_write)
{
    fdp_socket s;
    int how;
    for (how = 0; how < 2; how++) {
        SETUP(_i);
        h_connected(h, &s, SOCK);
        OK(h_select(h, &s, FDP_FD_READ | FDP_FD_OOB | FDP_FD_WRITE));
        EXPECT("FD_WRITE");
        OK(h_send(h, &s, -FDP_WSAEWOULDBLOCK));
        if (how == 0)
            OK(h_in(h, &s, FDP_IN_RESET, 0));
        else
            OK(h_in(h, &s, FDP_IN_ABORT, FDP_WSAECONNABORTED));
        NONE();                             /* FD_CLOSE not selected */
        OK(h_in(h, &s, FDP_IN_DATA, 10));
        OK(h_in(h, &s, FDP_IN_URGENT, 1));
        OK(h_in(h, &s, FDP_IN_SPACE, 0));
        OK(h_recv(h, &s, 0, 10, FDP_LEFT_DATA | FDP_LEFT_URGENT));
        OK(h_recv(h, &s, 0, -FDP_WSAECONNRESET, FDP_LEFT_DATA));
        OK(h_send(h, &s, -FDP_WSAECONNRESET));
        NONE();
        OK(h_select(h, &s, FDP_FD_READ | FDP_FD_OOB | FDP_FD_WRITE));
        NONE();
    }
}
END_TEST

/* D8: the reset kills FD_READ/FD_OOB/FD_WRITE but FD_QOS, FD_GROUP_QOS and
   the change events live on; FD_CLOSE is re-posted at select. */
START_TEST(test_D8_after_reset_qos_and_changes_live_on)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_QOS | FDP_FD_GROUP_QOS |
                FDP_FD_ROUTING_INTERFACE_CHANGE | FDP_FD_ADDRESS_LIST_CHANGE));
    OK(h_ioctl(h, &s, FDP_SIO_ROUTING_INTERFACE_CHANGE));
    OK(h_ioctl(h, &s, FDP_SIO_ADDRESS_LIST_CHANGE));
    OK(h_in(h, &s, FDP_IN_RESET, 0));
    NONE();
    OK(h_in(h, &s, FDP_IN_QOS, 0));
    EXPECT("FD_QOS");
    OK(h_in(h, &s, FDP_IN_GROUP_QOS, 0));
    EXPECT("FD_GROUP_QOS");
    OK(h_in(h, &s, FDP_IN_ROUTE, 0));
    EXPECT("FD_ROUTING_INTERFACE_CHANGE");
    OK(h_in(h, &s, FDP_IN_ADDRESS_LIST, 0));
    EXPECT("FD_ADDRESS_LIST_CHANGE");
}
END_TEST

/* The seed's FD_CLOSE error table, WSAECONNABORTED: "terminated due to a
   time-out or other failure" (S8 abort: at once, its error). */
START_TEST(test_seed_fd_close_error_table_abort_connaborted)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_CLOSE));
    OK(h_in(h, &s, FDP_IN_DATA, 10));       /* data unread or not */
    OK(h_in(h, &s, FDP_IN_ABORT, FDP_WSAECONNABORTED));
    EXPECT("FD_CLOSE:WSAECONNABORTED");
}
END_TEST

/* S18 (network down, decided by D2).  The seed's FD_CLOSE error table,
   WSAENETDOWN; D2 "a stream socket's
   FD_CLOSE machine treats it as an abort with WSAENETDOWN". */
START_TEST(test_D2_netdown_posts_close_netdown)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_CLOSE));
    OK(h_in(h, &s, FDP_IN_NETDOWN, 0));
    EXPECT("FD_CLOSE:WSAENETDOWN");
    /* S8 also names an abort with WSAENETDOWN */
    {
        fdp_socket t;
        h->dh = SOCK2;
        h_connected(h, &t, SOCK2);
        OK(h_select(h, &t, FDP_FD_CLOSE));
        OK(h_in(h, &t, FDP_IN_ABORT, FDP_WSAENETDOWN));
        EXPECT("FD_CLOSE:WSAENETDOWN");
    }
}
END_TEST

/* D8: "a reset or abort after a FIN takes over, else the first end wins":
   after the reset a later fin or abort changes nothing, and a select
   re-posts FD_CLOSE with the reset's error (W2 in the windows profile);
   at the reset itself nothing, FD_CLOSE was posted for the FIN (S3). */
START_TEST(test_D8_reset_after_fin_takes_over)
{
    fdp_socket s, t;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_CLOSE));
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    EXPECT("FD_CLOSE:0");
    OK(h_in(h, &s, FDP_IN_RESET, 0));
    OK(h_in(h, &s, FDP_IN_ABORT, FDP_WSAECONNABORTED));
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    NONE();
    OK(h_select(h, &s, FDP_FD_CLOSE));
    EXPECT_P("FD_CLOSE:WSAECONNRESET", "FD_CLOSE:WSAECONNABORTED");

    h->dh = SOCK2;
    h_connected(h, &t, SOCK2);
    OK(h_select(h, &t, FDP_FD_CLOSE));
    OK(h_in(h, &t, FDP_IN_ABORT, FDP_WSAENETDOWN));
    EXPECT("FD_CLOSE:WSAENETDOWN");
    OK(h_in(h, &t, FDP_IN_RESET, 0));
    OK(h_in(h, &t, FDP_IN_FIN, 0));
    OK(h_in(h, &t, FDP_IN_ABORT, FDP_WSAECONNABORTED));
    NONE();
    OK(h_select(h, &t, FDP_FD_CLOSE));
    EXPECT("FD_CLOSE:WSAENETDOWN");
}
END_TEST

/* Re-enabling table "FD_CLOSE: NONE": nothing but a new select posts it
   again. */
START_TEST(test_S4_nothing_reenables_close)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_CLOSE));
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    EXPECT("FD_CLOSE");
    OK(h_recv(h, &s, 0, 0, 0));
    OK(h_recv(h, &s, FDP_MSG_OOB, -FDP_WSAEINVAL, 0));
    OK(h_send(h, &s, 1));
    OK(h_accept(h, &s, FDP_WSAEINVAL, 0, NULL, 0));
    OK(h_ioctl(h, &s, FDP_SIO_GET_QOS));
    OK(h_ioctl(h, &s, FDP_SIO_ADDRESS_LIST_CHANGE));
    OK(h_shutdown(h, &s, FDP_SD_BOTH));
    OK(h_in(h, &s, FDP_IN_DATA_GONE, 0));
    NONE();
}
END_TEST

/* "FD_CLOSE is not posted after LPWSPCloseSocket is called" (S8 "Never
   posted after the socket's own close", S16). */
START_TEST(test_seed_fd_close_not_posted_after_closesocket)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_CLOSE | FDP_FD_READ));
    OK(h_close(h, &s));
    NONE();                                 /* the close itself posts nothing */
    FAILS(h_in(h, &s, FDP_IN_FIN, 0), FDP_WSAENOTSOCK);
    FAILS(h_in(h, &s, FDP_IN_RESET, 0), FDP_WSAENOTSOCK);
    FAILS(h_select(h, &s, FDP_FD_CLOSE), FDP_WSAENOTSOCK);
    NONE();
}
END_TEST

/* Closing a socket whose peer already closed posts nothing either. */
START_TEST(test_seed_fd_close_closesocket_after_fin_posts_nothing)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_SPEC);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_CLOSE));
    OK(h_in(h, &s, FDP_IN_DATA, 1));
    OK(h_in(h, &s, FDP_IN_FIN, 0));         /* waiting for drain */
    OK(h_close(h, &s));
    NONE();
}
END_TEST

/* "FD_CLOSE (valid only on connection-oriented sockets (for example,
   SOCK_STREAM))"; D2 "datagram sockets get no post". */
START_TEST(test_seed_fd_close_never_on_datagram_socket)
{
    fdp_socket s;
    SETUP(_i);
    h_dgram(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_CLOSE));
    NONE();
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    OK(h_in(h, &s, FDP_IN_RESET, 0));
    OK(h_in(h, &s, FDP_IN_ABORT, FDP_WSAECONNABORTED));
    OK(h_select(h, &s, FDP_FD_CLOSE));
    OK(h_in(h, &s, FDP_IN_NETDOWN, 0));
    NONE();
}
END_TEST

/* D3: "With SO_OOBINLINE on, urgent data ... holds back a graceful FD_CLOSE
   like any unread data" (spec). */
START_TEST(test_D3_inline_urgent_holds_back_graceful_close)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_SPEC);
    h_connected(h, &s, SOCK);
    OK(h_inline(h, &s, 1));
    OK(h_select(h, &s, FDP_FD_CLOSE));
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    NONE();
    OK(h_recv(h, &s, 0, 1, 0));
    EXPECT("FD_CLOSE:0");
}
END_TEST

/* S1: FD_CLOSE not in lEvent: nothing; selecting it later: CLOSE1. */
START_TEST(test_S1_close_not_in_mask_not_posted)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ));
    OK(h_in(h, &s, FDP_IN_RESET, 0));
    NONE();
    OK(h_select(h, &s, FDP_FD_CLOSE));
    if (_i == FDP_PROFILE_WINDOWS)
        EXPECT("FD_CLOSE:WSAECONNABORTED");
    else
        EXPECT("FD_CLOSE:WSAECONNRESET");
}
END_TEST

/* D8 (as revised in spec/rules.rl): "an abort is told with an error of the
   seed's FD_CLOSE table" (WSAENETDOWN, WSAECONNRESET, WSAECONNABORTED "the
   connection was terminated due to a time-out or other failure"): an abort
   for another reason (WSAETIMEDOUT) is told as WSAECONNABORTED, now and at
   a later select. */
START_TEST(test_D8_abort_told_with_seed_fd_close_table_error)
{
    fdp_socket s, t;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_CLOSE));
    OK(h_in(h, &s, FDP_IN_ABORT, FDP_WSAETIMEDOUT));
    EXPECT("FD_CLOSE:WSAECONNABORTED");
    OK(h_select(h, &s, FDP_FD_CLOSE));
    EXPECT("FD_CLOSE:WSAECONNABORTED");
    h->dh = SOCK2;
    h_connected(h, &t, SOCK2);
    OK(h_in(h, &t, FDP_IN_ABORT, FDP_WSAECONNRESET));
    OK(h_select(h, &t, FDP_FD_CLOSE));
    EXPECT("FD_CLOSE:WSAECONNRESET");       /* in the table: kept */
}
END_TEST

/* D2 (as revised in spec/rules.rl): FD_CLOSE(WSAENETDOWN) only to a
   *connected* stream socket: a listener or a socket never connected gets
   none ("before a connection there is nothing to close"). */
START_TEST(test_D2_netdown_unconnected_stream_posts_no_close)
{
    fdp_socket l, s;
    SETUP(_i);
    h_listener(h, &l, SOCK);
    OK(h_select(h, &l, FDP_FD_CLOSE | FDP_FD_ACCEPT));
    OK(h_in(h, &l, FDP_IN_NETDOWN, 0));
    EXPECT("FD_ACCEPT:WSAENETDOWN");        /* D2: FD_ACCEPT's table */
    h->dh = SOCK2;
    h_new(h, &s, SOCK2, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_CLOSE));
    OK(h_connect(h, &s, FDP_WSAEWOULDBLOCK));
    OK(h_in(h, &s, FDP_IN_NETDOWN, 0));
    NONE();
}
END_TEST

/* D8: "Before a connection is established ... fin, reset and abort find
   no connection": every machine ignores them, so the connection made
   afterwards is live (FD_WRITE, FD_READ).  Failed before issue 10. */
START_TEST(test_D8_reset_before_connection_ends_nothing)
{
    fdp_socket s;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_READ | FDP_FD_WRITE | FDP_FD_CLOSE));
    OK(h_in(h, &s, FDP_IN_RESET, 0));
    OK(h_in(h, &s, FDP_IN_ABORT, FDP_WSAETIMEDOUT));
    NONE();
    OK(h_connect(h, &s, 0));
    EXPECT("FD_WRITE");
    OK(h_in(h, &s, FDP_IN_DATA, 5));
    EXPECT("FD_READ");
}
END_TEST

Suite *close_suite(void)
{
    Suite *s = suite_create("close");
    TCase *tc = tcase_create("FD_CLOSE");
    B(tc, test_seed_fd_close_2_graceful_no_data_posts_close_zero);
    T(tc, test_seed_fd_close_2_graceful_after_drain);
    B(tc, test_seed_fd_close_graceful_posts_no_read_for_end_of_data);
    T(tc, test_S8_drain_after_fin_posts_close_not_read);
    B(tc, test_seed_fd_close_1_select_after_graceful_close_posts_close);
    T(tc, test_seed_fd_close_1_select_before_drain_posts_nothing);
    B(tc, test_D8_reselect_reposts_close_with_same_error);
    B(tc, test_seed_fd_close_3_local_shutdown_then_peer_fin);
    T(tc, test_seed_fd_close_3_local_shutdown_waits_for_drain);
    B(tc, test_S8_shutdown_posts_nothing_to_own_socket);
    T(tc, test_seed_fd_close_4_reset_posts_connreset);
    T(tc, test_S8_reset_with_data_unread_posts_at_once);
    B(tc, test_S8_reset_kills_read_oob_and_write);
    B(tc, test_D8_after_reset_qos_and_changes_live_on);
    B(tc, test_seed_fd_close_error_table_abort_connaborted);
    B(tc, test_D2_netdown_posts_close_netdown);
    B(tc, test_D8_reset_after_fin_takes_over);
    B(tc, test_D8_reset_before_connection_ends_nothing);
    B(tc, test_D8_abort_told_with_seed_fd_close_table_error);
    B(tc, test_D2_netdown_unconnected_stream_posts_no_close);
    B(tc, test_S4_nothing_reenables_close);
    B(tc, test_seed_fd_close_not_posted_after_closesocket);
    T(tc, test_seed_fd_close_closesocket_after_fin_posts_nothing);
    B(tc, test_seed_fd_close_never_on_datagram_socket);
    T(tc, test_D3_inline_urgent_holds_back_graceful_close);
    B(tc, test_S1_close_not_in_mask_not_posted);
    suite_add_tcase(s, tc);
    return s;
}
