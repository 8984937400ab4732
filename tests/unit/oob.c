/* SPDX-License-Identifier: MIT */
/*
 * oob.c -- FD_OOB: the seed's summary FD_OOB 1-3 (OOB1-OOB3), "valid only
 * when SO_OOBINLINE is disabled", the FD_OOB inline paragraph, the
 * SO_OOBINLINE sentence under FD_READ, S9, D3.  Same machine in both
 * profiles (W5): every test runs in both.
 */
#include "harness.h"

/* OOB1: "When LPWSPAsyncSelect is called, if there is OOB data currently
   available to receive with the MSG_OOB flag." */
START_TEST(test_seed_fd_oob_1_select_with_urgent_posts_oob)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    NONE();
    OK(h_select(h, &s, FDP_FD_OOB));
    EXPECT("FD_OOB");
}
END_TEST

START_TEST(test_seed_fd_oob_1_select_without_urgent_posts_nothing)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_in(h, &s, FDP_IN_DATA, 10));       /* normal data is not OOB data */
    OK(h_select(h, &s, FDP_FD_OOB));
    NONE();
}
END_TEST

/* OOB2: "When OOB data arrives, if FD_OOB not already posted"; S5: a second
   arrival while posted causes nothing. */
START_TEST(test_seed_fd_oob_2_urgent_arrives_posts_once)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_OOB));
    NONE();
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    EXPECT("FD_OOB");
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    NONE();
}
END_TEST

/* OOB3: "After LPWSPRecv ... is called with or without MSG_OOB flag, if
   OOB data is still available to receive" (S5). */
START_TEST(test_seed_fd_oob_3_recv_oob_with_urgent_left_reposts)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_OOB));
    OK(h_in(h, &s, FDP_IN_URGENT, 2));
    EXPECT("FD_OOB");
    OK(h_recv(h, &s, FDP_MSG_OOB, 1, FDP_LEFT_URGENT));
    EXPECT("FD_OOB");
    OK(h_recv(h, &s, FDP_MSG_OOB, 1, 0));
    NONE();
    OK(h_in(h, &s, FDP_IN_URGENT, 1));      /* re-enabled: OOB2 */
    EXPECT("FD_OOB");
}
END_TEST

/* OOB3 "without MSG_OOB flag": a plain recv re-enables FD_OOB too (S4). */
START_TEST(test_seed_fd_oob_3_plain_recv_with_urgent_left_reposts)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_OOB));
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    EXPECT("FD_OOB");
    OK(h_recv(h, &s, 0, 10, FDP_LEFT_URGENT));
    EXPECT("FD_OOB");
}
END_TEST

/* S4: a failing recv re-enables FD_OOB. */
START_TEST(test_S4_failing_recv_reenables_oob)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_OOB));
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    EXPECT("FD_OOB");
    OK(h_in(h, &s, FDP_IN_URGENT_GONE, 0));
    OK(h_recv(h, &s, FDP_MSG_OOB, -FDP_WSAEWOULDBLOCK, 0));
    NONE();
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    EXPECT("FD_OOB");
}
END_TEST

/* S2 / W5: a new select re-posts a still-true FD_OOB. */
START_TEST(test_S2_reselect_reposts_oob)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_OOB));
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    EXPECT("FD_OOB");
    OK(h_select(h, &s, FDP_FD_OOB));
    EXPECT("FD_OOB");
}
END_TEST

/* S15: both posted by one recv, FD_OOB before FD_READ; S4: recv re-enables
   both FD_READ and FD_OOB. */
START_TEST(test_S4_recv_reenables_read_and_oob_in_S15_order)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ | FDP_FD_OOB));
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    EXPECT("FD_READ");
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    EXPECT("FD_OOB");
    OK(h_recv(h, &s, 0, 5, FDP_LEFT_DATA | FDP_LEFT_URGENT));
    EXPECT("FD_OOB FD_READ");
    OK(h_recv(h, &s, FDP_MSG_OOB, 1, FDP_LEFT_DATA));
    EXPECT("FD_READ");
}
END_TEST

/* S9 / FD_OOB inline paragraph: "If the socket is configured to receive
   out-of-band data in-line, then the out-of-band (expedited) data is
   treated as normal data": FD_READ, never FD_OOB. */
START_TEST(test_S9_inline_urgent_posts_read_never_oob)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_inline(h, &s, 1));
    OK(h_select(h, &s, FDP_FD_READ | FDP_FD_OOB));
    NONE();
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    EXPECT("FD_READ");
    OK(h_in(h, &s, FDP_IN_URGENT, 1));          /* posted: nothing (S5) */
    NONE();
    OK(h_recv(h, &s, 0, 1, FDP_LEFT_DATA));     /* inline urgent left */
    EXPECT("FD_READ");                          /* READ3, never FD_OOB */
}
END_TEST

/* The SO_OOBINLINE sentence under FD_READ: "data includes both normal data
   and OOB data" -- READ1 at select with only inline urgent data queued. */
START_TEST(test_S9_inline_urgent_counts_as_data_at_select)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_inline(h, &s, 1));
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    OK(h_select(h, &s, FDP_FD_READ | FDP_FD_OOB));
    EXPECT("FD_READ");
}
END_TEST

/* FD_OOB inline paragraph: "the client must register an interest in
   FD_READ events, not FD_OOB events": with only FD_OOB, nothing. */
START_TEST(test_S9_inline_oob_only_mask_posts_nothing)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_inline(h, &s, 1));
    OK(h_select(h, &s, FDP_FD_OOB));
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    OK(h_recv(h, &s, FDP_MSG_OOB, -FDP_WSAEINVAL, FDP_LEFT_DATA));
    NONE();
}
END_TEST

/* S9: "a recv with MSG_OOB fails with WSAEINVAL but still re-enables". */
START_TEST(test_S9_inline_recv_oob_einval_still_reenables_read)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_inline(h, &s, 1));
    OK(h_select(h, &s, FDP_FD_READ));
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    EXPECT("FD_READ");
    /* data still queued: re-enabled and re-posted (READ3) */
    OK(h_recv(h, &s, FDP_MSG_OOB, -FDP_WSAEINVAL, FDP_LEFT_DATA));
    EXPECT("FD_READ");
    /* drained by a plain recv, then a failing MSG_OOB recv re-enables */
    OK(h_in(h, &s, FDP_IN_DATA_GONE, 0));
    OK(h_recv(h, &s, FDP_MSG_OOB, -FDP_WSAEINVAL, 0));
    NONE();
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    EXPECT("FD_READ");
}
END_TEST

/* D3: "Turning SO_OOBINLINE on makes FD_OOB forget urgent data already
   queued (it is now read in line) ... turning it off starts FD_OOB with no
   urgent data and re-enabled. Toggling posts nothing by itself." */
START_TEST(test_D3_inline_toggle_forgets_urgent_and_posts_nothing)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_OOB));
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    EXPECT("FD_OOB");
    OK(h_inline(h, &s, 1));
    NONE();
    OK(h_select(h, &s, FDP_FD_OOB));        /* urgent data forgotten */
    NONE();
    OK(h_inline(h, &s, 0));
    NONE();
    OK(h_select(h, &s, FDP_FD_OOB));        /* no urgent data */
    NONE();
    OK(h_in(h, &s, FDP_IN_URGENT, 1));      /* re-enabled: OOB2 */
    EXPECT("FD_OOB");
}
END_TEST

/* D3: turning SO_OOBINLINE off after FD_OOB was posted: re-enabled. */
START_TEST(test_D3_inline_off_starts_oob_reenabled)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_OOB));
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    EXPECT("FD_OOB");
    OK(h_inline(h, &s, 1));
    OK(h_inline(h, &s, 0));
    NONE();
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    EXPECT("FD_OOB");
}
END_TEST

/* D3: toggling SO_OOBINLINE with data and urgent data queued posts nothing
   for FD_READ either. */
START_TEST(test_D3_inline_toggle_posts_nothing_for_read)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ | FDP_FD_OOB));
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    EXPECT("FD_READ");
    OK(h_inline(h, &s, 1));
    OK(h_inline(h, &s, 0));
    OK(h_inline(h, &s, 1));
    NONE();
}
END_TEST

/* D3, issue 10 defect 1: "urgent data queued when SO_OOBINLINE goes on
   becomes normal data": a select then posts FD_READ for it, and a recv
   that leaves some of it posts FD_READ again (READ3).  Failed before. */
START_TEST(test_D3_inline_on_makes_queued_urgent_data_readable)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ | FDP_FD_OOB));
    OK(h_in(h, &s, FDP_IN_URGENT, 2));
    EXPECT("FD_OOB");
    OK(h_inline(h, &s, 1));
    NONE();                                 /* toggling posts nothing */
    OK(h_select(h, &s, FDP_FD_READ));
    EXPECT("FD_READ");                      /* READ1: 2 bytes in line */
    OK(h_recv(h, &s, 0, 1, FDP_LEFT_DATA));
    EXPECT("FD_READ");                      /* READ3: 1 byte left */
}
END_TEST

/* D3 with S8 (spec profile): the bytes that were urgent are data, so a FIN
   holds FD_CLOSE back until they are read.  Failed before issue 10. */
START_TEST(test_D3_inline_on_urgent_data_holds_fin_back)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_SPEC);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_CLOSE));
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    OK(h_inline(h, &s, 1));
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    NONE();                                 /* data unread: held back */
    OK(h_recv(h, &s, 0, 1, 0));
    EXPECT("FD_CLOSE:0");
}
END_TEST

/* S14: FD_OOB carries error 0. */
START_TEST(test_S14_oob_posted_with_error_zero)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_OOB));
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    ck_assert_int_eq(h->n, 1);
    ck_assert_uint_eq(h->post[0].lparam, 0x00000004u);
    EXPECT("FD_OOB:0");
}
END_TEST

Suite *oob_suite(void)
{
    Suite *s = suite_create("oob");
    TCase *tc = tcase_create("FD_OOB");
    B(tc, test_seed_fd_oob_1_select_with_urgent_posts_oob);
    B(tc, test_seed_fd_oob_1_select_without_urgent_posts_nothing);
    B(tc, test_seed_fd_oob_2_urgent_arrives_posts_once);
    B(tc, test_seed_fd_oob_3_recv_oob_with_urgent_left_reposts);
    B(tc, test_seed_fd_oob_3_plain_recv_with_urgent_left_reposts);
    B(tc, test_S4_failing_recv_reenables_oob);
    B(tc, test_S2_reselect_reposts_oob);
    B(tc, test_S4_recv_reenables_read_and_oob_in_S15_order);
    B(tc, test_S9_inline_urgent_posts_read_never_oob);
    B(tc, test_S9_inline_urgent_counts_as_data_at_select);
    B(tc, test_S9_inline_oob_only_mask_posts_nothing);
    B(tc, test_S9_inline_recv_oob_einval_still_reenables_read);
    B(tc, test_D3_inline_toggle_forgets_urgent_and_posts_nothing);
    B(tc, test_D3_inline_off_starts_oob_reenabled);
    B(tc, test_D3_inline_toggle_posts_nothing_for_read);
    B(tc, test_D3_inline_on_makes_queued_urgent_data_readable);
    T(tc, test_D3_inline_on_urgent_data_holds_fin_back);
    B(tc, test_S14_oob_posted_with_error_zero);
    suite_add_tcase(s, tc);
    return s;
}
