/* SPDX-License-Identifier: MIT */
/*
 * qos.c -- FD_QOS and FD_GROUP_QOS: the seed's summary FD_QOS 1-2 (QOS1,
 * QOS2), FD_GROUP_QOS 1-2 (GQOS1, GQOS2), the edge-triggered paragraph ("A
 * message will be posted exactly once when a QOS change occurs. Further
 * messages won't be forthcoming until either the provider detects a further
 * change in QOS, or the client renegotiates"), the re-enabling rows
 * (SIO_GET_QOS, SIO_GET_GROUP_QOS), the QOS paragraph, S12, D9.
 * Each test runs four times: {FD_QOS, FD_GROUP_QOS} x {spec, windows}.
 */
#include "harness.h"

typedef struct {
    long event;
    int input;
    uint32_t ioctl, other_ioctl;
    const char *name;
} qos_kind;

static const qos_kind kinds[2] = {
    { FDP_FD_QOS, FDP_IN_QOS, FDP_SIO_GET_QOS, FDP_SIO_GET_GROUP_QOS,
      "FD_QOS" },
    { FDP_FD_GROUP_QOS, FDP_IN_GROUP_QOS, FDP_SIO_GET_GROUP_QOS,
      FDP_SIO_GET_QOS, "FD_GROUP_QOS" },
};

#define QSETUP() const qos_kind *k = &kinds[_i / 2]; SETUP(_i % 2)
#define Q4(tc, fn) tcase_add_loop_test((tc), fn, 0, 4)

/* QOS1 / GQOS1: "When LPWSPAsyncSelect is called, if the (group) QOS
   associated with the socket has been changed." */
START_TEST(test_seed_fd_qos_1_select_after_change_posts)
{
    fdp_socket s;
    QSETUP();
    h_connected(h, &s, SOCK);
    OK(h_in(h, &s, k->input, 0));
    NONE();
    OK(h_select(h, &s, k->event));
    EXPECT(k->name);
}
END_TEST

START_TEST(test_seed_fd_qos_1_select_without_change_posts_nothing)
{
    fdp_socket s;
    QSETUP();
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, k->event));
    NONE();
}
END_TEST

/* QOS2 / GQOS2 "when the QOS is changed"; edge-triggered: "posted exactly
   once when a QOS change occurs" -- a second change before the ioctl posts
   nothing (S12). */
START_TEST(test_S12_qos_change_posts_exactly_once)
{
    fdp_socket s;
    QSETUP();
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, k->event));
    OK(h_in(h, &s, k->input, 0));
    EXPECT(k->name);
    OK(h_in(h, &s, k->input, 0));
    OK(h_in(h, &s, k->input, 0));
    NONE();
}
END_TEST

/* QOS2 / GQOS2: "After LPWSPIoctl with SIO_GET_(GROUP_)QOS is called, when
   the QOS is changed" -- the ioctl renegotiates; the next change posts. */
START_TEST(test_seed_fd_qos_2_after_ioctl_next_change_posts)
{
    fdp_socket s;
    QSETUP();
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, k->event));
    OK(h_in(h, &s, k->input, 0));
    EXPECT(k->name);
    OK(h_ioctl(h, &s, k->ioctl));
    NONE();                                 /* edge: the ioctl posts nothing */
    OK(h_in(h, &s, k->input, 0));
    EXPECT(k->name);
}
END_TEST

/* S12: "the ioctl reads the current QOS, so a change made before it is
   consumed by it" (D9: "The ioctl clears both"). */
START_TEST(test_S12_change_before_ioctl_is_consumed)
{
    fdp_socket s, t;
    QSETUP();
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, k->event));
    OK(h_in(h, &s, k->input, 0));
    EXPECT(k->name);
    OK(h_in(h, &s, k->input, 0));           /* posted: nothing */
    OK(h_ioctl(h, &s, k->ioctl));           /* reads it */
    NONE();
    OK(h_select(h, &s, k->event));          /* not changed since the ioctl */
    NONE();
    /* unregistered: change, ioctl, select -> nothing */
    h->dh = SOCK2;
    h_connected(h, &t, SOCK2);
    OK(h_in(h, &t, k->input, 0));
    OK(h_ioctl(h, &t, k->ioctl));
    OK(h_select(h, &t, k->event));
    NONE();
}
END_TEST

/* S12 "At select, posted if the QOS changed since the last such ioctl"
   (S2: a select starts afresh, D9). */
START_TEST(test_S12_select_reposts_while_changed_since_ioctl)
{
    fdp_socket s;
    QSETUP();
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, k->event));
    OK(h_in(h, &s, k->input, 0));
    EXPECT(k->name);
    OK(h_select(h, &s, k->event));
    EXPECT(k->name);
    OK(h_ioctl(h, &s, k->ioctl));
    OK(h_select(h, &s, k->event));
    NONE();
}
END_TEST

/* The re-enabling table: only its own ioctl re-enables (the other QOS
   ioctl, recv, send, accept do not). */
START_TEST(test_S4_only_own_ioctl_reenables_qos)
{
    fdp_socket s;
    QSETUP();
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, k->event));
    OK(h_in(h, &s, k->input, 0));
    EXPECT(k->name);
    OK(h_ioctl(h, &s, k->other_ioctl));
    OK(h_ioctl(h, &s, FDP_SIO_ROUTING_INTERFACE_CHANGE));
    OK(h_recv(h, &s, 0, 1, 0));
    OK(h_send(h, &s, 1));
    OK(h_accept(h, &s, FDP_WSAEINVAL, 0, NULL, 0));
    OK(h_in(h, &s, k->input, 0));
    NONE();
}
END_TEST

/* S1: not in lEvent: a change posts nothing; D9: a later select posts
   (changed since the last ioctl). */
START_TEST(test_D9_change_unregistered_posted_at_select)
{
    fdp_socket s;
    QSETUP();
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ));
    OK(h_in(h, &s, k->input, 0));
    NONE();
    OK(h_select(h, &s, k->event | FDP_FD_READ));
    EXPECT(k->name);
}
END_TEST

/* The two QOS events are independent (each with its own input and ioctl). */
START_TEST(test_D9_qos_and_group_qos_independent)
{
    fdp_socket s;
    QSETUP();
    h_connected(h, &s, SOCK);
    const qos_kind *o = &kinds[1 - _i / 2];
    OK(h_select(h, &s, FDP_FD_QOS | FDP_FD_GROUP_QOS));
    OK(h_in(h, &s, k->input, 0));
    EXPECT(k->name);
    OK(h_in(h, &s, o->input, 0));
    EXPECT(o->name);
    OK(h_ioctl(h, &s, k->ioctl));           /* re-enables k only */
    OK(h_in(h, &s, o->input, 0));
    NONE();
    OK(h_in(h, &s, k->input, 0));
    EXPECT(k->name);
}
END_TEST

/* S14: FD_QOS, FD_GROUP_QOS carry 0. */
START_TEST(test_S14_qos_posted_with_error_zero)
{
    fdp_socket s;
    QSETUP();
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, k->event));
    OK(h_in(h, &s, k->input, 0));
    ck_assert_int_eq(h->n, 1);
    ck_assert_uint_eq(h->post[0].lparam, (uint32_t)k->event);
    EXPECT(k->event == FDP_FD_QOS ? "FD_QOS:0" : "FD_GROUP_QOS:0");
}
END_TEST

/* S15: FD_QOS before FD_GROUP_QOS when one select posts both. */
START_TEST(test_S15_qos_before_group_qos)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_in(h, &s, FDP_IN_GROUP_QOS, 0));
    OK(h_in(h, &s, FDP_IN_QOS, 0));
    OK(h_select(h, &s, FDP_FD_GROUP_QOS | FDP_FD_QOS));
    EXPECT("FD_QOS FD_GROUP_QOS");
}
END_TEST

Suite *qos_suite(void)
{
    Suite *s = suite_create("qos");
    TCase *tc = tcase_create("FD_QOS and FD_GROUP_QOS");
    Q4(tc, test_seed_fd_qos_1_select_after_change_posts);
    Q4(tc, test_seed_fd_qos_1_select_without_change_posts_nothing);
    Q4(tc, test_S12_qos_change_posts_exactly_once);
    Q4(tc, test_seed_fd_qos_2_after_ioctl_next_change_posts);
    Q4(tc, test_S12_change_before_ioctl_is_consumed);
    Q4(tc, test_S12_select_reposts_while_changed_since_ioctl);
    Q4(tc, test_S4_only_own_ioctl_reenables_qos);
    Q4(tc, test_D9_change_unregistered_posted_at_select);
    Q4(tc, test_D9_qos_and_group_qos_independent);
    Q4(tc, test_S14_qos_posted_with_error_zero);
    B(tc, test_S15_qos_before_group_qos);
    suite_add_tcase(s, tc);
    return s;
}
