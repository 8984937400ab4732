/* SPDX-License-Identifier: MIT */
/*
 * change.c -- FD_ROUTING_INTERFACE_CHANGE and FD_ADDRESS_LIST_CHANGE: the
 * seed's summary items (ROUTE1, ALIST1), the edge-triggered paragraph ("A
 * message will be posted exactly once when a change occurs after the client
 * has requested the notification by issuing WSAIoctl ... Further messages
 * will not be forthcoming until the client reissues the IOCTL *and* another
 * change is detected since the IOCTL has been issued"), the two paragraphs
 * ("changes *after* such IOCTL has been issued"), the re-enabling rows, the
 * error table (FD_ROUTING_INTERFACE_CHANGE: WSAENETUNREACH, WSAENETDOWN),
 * S13, S14, D10.  Each test runs four times: {route, address list} x
 * {spec, windows}.
 */
#include "harness.h"

typedef struct {
    long event;
    int input;
    uint32_t ioctl, other_ioctl;
    const char *name;
} change_kind;

static const change_kind kinds[2] = {
    { FDP_FD_ROUTING_INTERFACE_CHANGE, FDP_IN_ROUTE,
      FDP_SIO_ROUTING_INTERFACE_CHANGE, FDP_SIO_ADDRESS_LIST_CHANGE,
      "FD_ROUTING_INTERFACE_CHANGE" },
    { FDP_FD_ADDRESS_LIST_CHANGE, FDP_IN_ADDRESS_LIST,
      FDP_SIO_ADDRESS_LIST_CHANGE, FDP_SIO_ROUTING_INTERFACE_CHANGE,
      "FD_ADDRESS_LIST_CHANGE" },
};

#define CSETUP() const change_kind *k = &kinds[_i / 2]; SETUP(_i % 2)
#define C4(tc, fn) tcase_add_loop_test((tc), fn, 0, 4)

/* ROUTE1 / ALIST1: "after LPWSPIoctl with SIO_... is called, when the ...
   changes". */
START_TEST(test_seed_change_1_after_ioctl_change_posts)
{
    fdp_socket s;
    CSETUP();
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, k->event));
    NONE();
    OK(h_ioctl(h, &s, k->ioctl));
    NONE();
    OK(h_in(h, &s, k->input, 0));
    EXPECT(k->name);
}
END_TEST

/* S13: "armed only by their ioctl: ... changes at other times post
   nothing". */
START_TEST(test_S13_change_without_ioctl_posts_nothing)
{
    fdp_socket s;
    CSETUP();
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, k->event));
    OK(h_in(h, &s, k->input, 0));
    OK(h_in(h, &s, k->input, 0));
    NONE();
}
END_TEST

/* Edge-triggered: exactly once; again only after the ioctl is reissued
   *and* another change is detected since. */
START_TEST(test_seed_change_edge_exactly_once_until_ioctl_reissued)
{
    fdp_socket s;
    CSETUP();
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, k->event));
    OK(h_ioctl(h, &s, k->ioctl));
    OK(h_in(h, &s, k->input, 0));
    EXPECT(k->name);
    OK(h_in(h, &s, k->input, 0));           /* no ioctl since the post */
    NONE();
    OK(h_ioctl(h, &s, k->ioctl));           /* reissued; the change before it
                                               does not count */
    NONE();
    OK(h_in(h, &s, k->input, 0));           /* a change since the ioctl */
    EXPECT(k->name);
}
END_TEST

/* S13: "A select neither posts them nor cancels an ioctl already issued";
   D10 "select and eventselect neither post nor disarm". */
START_TEST(test_S13_select_neither_posts_nor_cancels_ioctl)
{
    fdp_socket s;
    CSETUP();
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, k->event));
    OK(h_ioctl(h, &s, k->ioctl));
    OK(h_select(h, &s, k->event));
    NONE();
    OK(h_select(h, &s, 0));                 /* cancel all, then again */
    OK(h_select(h, &s, k->event));
    NONE();
    OK(h_eventselect(h, &s, k->event));
    OK(h_select(h, &s, k->event));
    NONE();
    OK(h_in(h, &s, k->input, 0));
    EXPECT(k->name);
    /* and after a post, a select does not re-post it */
    OK(h_select(h, &s, k->event));
    NONE();
}
END_TEST

/* D10: "A change while unregistered posts nothing and leaves the ioctl
   armed." */
START_TEST(test_D10_change_unregistered_posts_nothing_stays_armed)
{
    fdp_socket s;
    CSETUP();
    h_connected(h, &s, SOCK);
    OK(h_ioctl(h, &s, k->ioctl));
    OK(h_in(h, &s, k->input, 0));
    NONE();
    OK(h_select(h, &s, k->event));
    NONE();                                 /* S13: select does not post */
    OK(h_in(h, &s, k->input, 0));
    EXPECT(k->name);
}
END_TEST

/* D10 with a mask that lacks the event (registered for something else). */
START_TEST(test_D10_change_not_in_mask_posts_nothing_stays_armed)
{
    fdp_socket s;
    CSETUP();
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ));
    OK(h_ioctl(h, &s, k->ioctl));
    OK(h_in(h, &s, k->input, 0));
    NONE();
    OK(h_select(h, &s, FDP_FD_READ | k->event));
    NONE();
    OK(h_in(h, &s, k->input, 0));
    EXPECT(k->name);
}
END_TEST

/* The re-enabling table: only its own ioctl arms it. */
START_TEST(test_S4_only_own_ioctl_arms_change)
{
    fdp_socket s;
    CSETUP();
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_ROUTING_INTERFACE_CHANGE |
                FDP_FD_ADDRESS_LIST_CHANGE));
    OK(h_ioctl(h, &s, k->other_ioctl));
    OK(h_ioctl(h, &s, FDP_SIO_GET_QOS));
    OK(h_ioctl(h, &s, FDP_SIO_GET_GROUP_QOS));
    OK(h_recv(h, &s, 0, 1, 0));
    OK(h_send(h, &s, 1));
    OK(h_in(h, &s, k->input, 0));
    NONE();
}
END_TEST

/* S14: FD_ADDRESS_LIST_CHANGE carries 0; FD_ROUTING_INTERFACE_CHANGE carries
   0, WSAENETUNREACH ("The specified destination is no longer reachable") or
   WSAENETDOWN -- the seed's error table. */
START_TEST(test_S14_change_errors_in_lparam)
{
    fdp_socket s;
    CSETUP();
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, k->event));
    OK(h_ioctl(h, &s, k->ioctl));
    OK(h_in(h, &s, k->input, 0));
    ck_assert_int_eq(h->n, 1);
    ck_assert_uint_eq(h->post[0].lparam, (uint32_t)k->event);
    h->n = 0;
    if (k->event == FDP_FD_ROUTING_INTERFACE_CHANGE) {
        OK(h_ioctl(h, &s, k->ioctl));
        OK(h_in(h, &s, FDP_IN_ROUTE, FDP_WSAENETUNREACH));
        EXPECT("FD_ROUTING_INTERFACE_CHANGE:WSAENETUNREACH");
        OK(h_ioctl(h, &s, k->ioctl));
        OK(h_in(h, &s, FDP_IN_ROUTE, FDP_WSAENETDOWN));
        EXPECT("FD_ROUTING_INTERFACE_CHANGE:WSAENETDOWN");
        ck_assert_uint_eq(FDP_MAKESELECTREPLY(0x100, FDP_WSAENETUNREACH),
                          0x27430100u);
    }
}
END_TEST

/* S15: FD_ROUTING_INTERFACE_CHANGE before FD_ADDRESS_LIST_CHANGE cannot be
   caused by one input; their independence is checked instead. */
START_TEST(test_S13_route_and_address_list_independent)
{
    fdp_socket s;
    CSETUP();
    const change_kind *o = &kinds[1 - _i / 2];
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_ROUTING_INTERFACE_CHANGE |
                FDP_FD_ADDRESS_LIST_CHANGE));
    OK(h_ioctl(h, &s, k->ioctl));
    OK(h_in(h, &s, o->input, 0));
    NONE();
    OK(h_in(h, &s, k->input, 0));
    EXPECT(k->name);
}
END_TEST

Suite *change_suite(void)
{
    Suite *s = suite_create("change");
    TCase *tc = tcase_create("FD_ROUTING_INTERFACE_CHANGE, FD_ADDRESS_LIST_CHANGE");
    C4(tc, test_seed_change_1_after_ioctl_change_posts);
    C4(tc, test_S13_change_without_ioctl_posts_nothing);
    C4(tc, test_seed_change_edge_exactly_once_until_ioctl_reissued);
    C4(tc, test_S13_select_neither_posts_nor_cancels_ioctl);
    C4(tc, test_D10_change_unregistered_posts_nothing_stays_armed);
    C4(tc, test_D10_change_not_in_mask_posts_nothing_stays_armed);
    C4(tc, test_S4_only_own_ioctl_arms_change);
    C4(tc, test_S14_change_errors_in_lparam);
    C4(tc, test_S13_route_and_address_list_independent);
    suite_add_tcase(s, tc);
    return s;
}
