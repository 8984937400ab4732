/* SPDX-License-Identifier: MIT */
/*
 * read.c -- FD_READ: the seed's summary FD_READ 1-3 (READ1-READ3), its
 * re-enabling row (LPWSPRecv/LPWSPRecvFrom), "even one that fails" (S4),
 * level-triggering (S5), no flooding (S3), persistence at select (S2).
 * FD_READ is the same machine in both profiles (W5): every test runs in both.
 */
#include "harness.h"

/* READ1: "When LPWSPAsyncSelect is called, if there is data currently
   available to receive." */
START_TEST(test_seed_fd_read_1_select_with_data_posts_read)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    NONE();                                 /* not registered yet */
    OK(h_select(h, &s, FDP_FD_READ));
    EXPECT("FD_READ");
}
END_TEST

/* READ1, negative: no data, no FD_READ at select. */
START_TEST(test_seed_fd_read_1_select_without_data_posts_nothing)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ));
    NONE();
}
END_TEST

/* READ1 after data came and went while unregistered: condition is a level. */
START_TEST(test_seed_fd_read_1_data_gone_before_select_posts_nothing)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    OK(h_in(h, &s, FDP_IN_DATA_GONE, 0));
    OK(h_select(h, &s, FDP_FD_READ));
    NONE();
}
END_TEST

/* READ2: "When data arrives, if FD_READ not already posted." */
START_TEST(test_seed_fd_read_2_data_arrives_posts_read)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ));
    NONE();
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    EXPECT("FD_READ");
}
END_TEST

/* READ2 "if FD_READ not already posted", S5 "data that arrive while the
   event is posted and not re-enabled cause nothing", W5 "a second batch of
   data posts nothing until re-enabled". */
START_TEST(test_S5_second_batch_of_data_posts_nothing_until_recv)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ));
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    EXPECT("FD_READ");
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    NONE();
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    NONE();
    /* READ3: the recv re-enables, data is still there: posted again. */
    OK(h_recv(h, &s, 0, 10, FDP_LEFT_DATA));
    EXPECT("FD_READ");
}
END_TEST

/* S3: posted, not re-enabled: even if the data goes and comes back, no
   second FD_READ before a recv. */
START_TEST(test_S3_read_not_reposted_when_data_goes_and_returns)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ));
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    EXPECT("FD_READ");
    OK(h_in(h, &s, FDP_IN_DATA_GONE, 0));
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    NONE();
}
END_TEST

/* READ3 / S5: "After LPWSPRecv ... is called, if data is still available
   to receive" -- level-triggered. */
START_TEST(test_S5_read_reposted_after_recv_while_data_left)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_in(h, &s, FDP_IN_DATA, 100));
    OK(h_select(h, &s, FDP_FD_READ));
    EXPECT("FD_READ");
    OK(h_recv(h, &s, 0, 10, FDP_LEFT_DATA));
    EXPECT("FD_READ");
    OK(h_recv(h, &s, 0, 10, FDP_LEFT_DATA));
    EXPECT("FD_READ");
    OK(h_recv(h, &s, 0, 80, 0));            /* drained */
    NONE();
}
END_TEST

/* READ3 "(with or without MSG_PEEK)". */
START_TEST(test_seed_fd_read_3_recv_peek_reposts_read)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ));
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    EXPECT("FD_READ");
    OK(h_recv(h, &s, FDP_MSG_PEEK, 10, FDP_LEFT_DATA));
    EXPECT("FD_READ");
}
END_TEST

/* S4 re-enabling row FD_READ: a recv that empties the queue re-enables:
   the next arrival posts (READ2). */
START_TEST(test_S4_recv_reenables_read_next_data_posts)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ));
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    EXPECT("FD_READ");
    OK(h_recv(h, &s, 0, 10, 0));
    NONE();
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    EXPECT("FD_READ");
}
END_TEST

/* Seed: "Any call to the re-enabling routine, even one that fails, results
   in re-enabling" (S4, W5 "a failing recv re-enables"). */
START_TEST(test_S4_failing_recv_reenables_read)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ));
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    EXPECT("FD_READ");
    OK(h_in(h, &s, FDP_IN_DATA_GONE, 0));
    OK(h_recv(h, &s, 0, -FDP_WSAEWOULDBLOCK, 0));
    NONE();
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    EXPECT("FD_READ");
}
END_TEST

/* S4 + S5: a failing recv with data still queued re-enables and re-posts. */
START_TEST(test_S4_failing_recv_with_data_left_reposts_read)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ));
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    EXPECT("FD_READ");
    OK(h_recv(h, &s, 0, -FDP_WSAENOBUFS, FDP_LEFT_DATA));
    EXPECT("FD_READ");
}
END_TEST

/* S4: send, accept and the ioctls are not FD_READ's re-enabling function. */
START_TEST(test_S4_other_calls_do_not_reenable_read)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ));
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    EXPECT("FD_READ");
    OK(h_send(h, &s, 10));
    OK(h_ioctl(h, &s, FDP_SIO_GET_QOS));
    OK(h_ioctl(h, &s, FDP_SIO_ROUTING_INTERFACE_CHANGE));
    OK(h_ioctl(h, &s, 0x4004667Fu));        /* FIONREAD: not in the table */
    OK(h_accept(h, &s, FDP_WSAEINVAL, 0, NULL, 0));
    NONE();
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    NONE();
}
END_TEST

/* S2: "A select starts afresh: an event that was posted and not yet
   re-enabled is posted again if its condition still holds" (W5). */
START_TEST(test_S2_reselect_reposts_read_while_data_queued)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ));
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    EXPECT("FD_READ");
    OK(h_select(h, &s, FDP_FD_READ));
    EXPECT("FD_READ");
}
END_TEST

/* S2: a select starts afresh -- it re-enables even when nothing is queued. */
START_TEST(test_S2_reselect_after_drain_reenables_read)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ));
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    EXPECT("FD_READ");
    OK(h_in(h, &s, FDP_IN_DATA_GONE, 0));
    OK(h_select(h, &s, FDP_FD_READ));
    NONE();
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    EXPECT("FD_READ");
}
END_TEST

/* S1: an event not in lEvent is not posted. */
START_TEST(test_S1_read_not_in_mask_not_posted)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_OOB));
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    OK(h_recv(h, &s, 0, 5, FDP_LEFT_DATA));
    NONE();
    /* Selecting FD_READ later: READ1, data is still there. */
    OK(h_select(h, &s, FDP_FD_READ));
    EXPECT("FD_READ");
}
END_TEST

/* FD_READ on a datagram socket works the same way (READ1-READ3). */
START_TEST(test_seed_fd_read_datagram_socket)
{
    fdp_socket s;
    SETUP(_i);
    h_dgram(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ));
    NONE();
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    EXPECT("FD_READ");
    OK(h_recv(h, &s, 0, 10, FDP_LEFT_DATA));
    EXPECT("FD_READ");
}
END_TEST

/* S14: FD_READ carries error 0 (the high word of lParam). */
START_TEST(test_S14_read_posted_with_error_zero)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ));
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    ck_assert_int_eq(h->n, 1);
    ck_assert_uint_eq(h->post[0].lparam, 0x00000001u);
    EXPECT("FD_READ:0");
}
END_TEST

Suite *read_suite(void)
{
    Suite *s = suite_create("read");
    TCase *tc = tcase_create("FD_READ");
    B(tc, test_seed_fd_read_1_select_with_data_posts_read);
    B(tc, test_seed_fd_read_1_select_without_data_posts_nothing);
    B(tc, test_seed_fd_read_1_data_gone_before_select_posts_nothing);
    B(tc, test_seed_fd_read_2_data_arrives_posts_read);
    B(tc, test_S5_second_batch_of_data_posts_nothing_until_recv);
    B(tc, test_S3_read_not_reposted_when_data_goes_and_returns);
    B(tc, test_S5_read_reposted_after_recv_while_data_left);
    B(tc, test_seed_fd_read_3_recv_peek_reposts_read);
    B(tc, test_S4_recv_reenables_read_next_data_posts);
    B(tc, test_S4_failing_recv_reenables_read);
    B(tc, test_S4_failing_recv_with_data_left_reposts_read);
    B(tc, test_S4_other_calls_do_not_reenable_read);
    B(tc, test_S2_reselect_reposts_read_while_data_queued);
    B(tc, test_S2_reselect_after_drain_reenables_read);
    B(tc, test_S1_read_not_in_mask_not_posted);
    B(tc, test_seed_fd_read_datagram_socket);
    B(tc, test_S14_read_posted_with_error_zero);
    suite_add_tcase(s, tc);
    return s;
}
