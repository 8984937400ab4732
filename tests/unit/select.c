/* SPDX-License-Identifier: MIT */
/*
 * select.c -- the registration itself: the seed's description and Remarks
 * (WPUPostMessage to hWnd with wMsg; "automatically sets socket s to
 * nonblocking mode, regardless of the value of lEvent"; one call cancels any
 * previous LPWSPAsyncSelect or LPWSPEventSelect; the FD_READ|FD_WRITE
 * example; the two-call incorrect example; mask 0 cancels; "the same
 * Windows message for each event"; wParam = the socket; lParam =
 * WSAMAKESELECTREPLY), the return value (zero on success), S1, S2, S15,
 * D7, D12, D13.
 */
#include "harness.h"

/* The seed's example: "rc = WSPAsyncSelect(s, hWnd, wMsg, FD_READ |
   FD_WRITE, &error);" -- both events with one call; rc is zero. */
START_TEST(test_seed_read_write_example_one_call_for_both)
{
    fdp_socket s;
    int rc;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    rc = h_select(h, &s, FDP_FD_READ | FDP_FD_WRITE);
    ck_assert_int_eq(rc, 0);                /* "The return value is zero" */
    EXPECT("FD_READ FD_WRITE");
    OK(h_send(h, &s, -FDP_WSAEWOULDBLOCK));
    OK(h_in(h, &s, FDP_IN_SPACE, 0));
    EXPECT("FD_WRITE");
    OK(h_recv(h, &s, 0, 10, 0));
    OK(h_in(h, &s, FDP_IN_DATA, 10));
    EXPECT("FD_READ");
}
END_TEST

/* The seed's incorrect example: select(wMsg1, FD_READ) then
   select(wMsg2, FD_WRITE): "the second call cancels the effects of the
   first, and the only association will be the FD_WRITE event associated
   with wMsg2" (S1).  Explicit post records. */
START_TEST(test_seed_incorrect_example_second_call_cancels_first)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select_wm(h, &s, WIN, MSG, FDP_FD_READ));
    NONE();
    OK(h_select_wm(h, &s, WIN, MSG2, FDP_FD_WRITE));
    ck_assert_int_eq(h->n, 1);              /* WRITE1 at the second select */
    ck_assert_uint_eq(h->post[0].wparam, SOCK);
    ck_assert_uint_eq(h->post[0].window, WIN);
    ck_assert_uint_eq(h->post[0].message, MSG2);
    ck_assert_uint_eq(h->post[0].lparam, FDP_FD_WRITE);
    h->n = 0;
    OK(h_in(h, &s, FDP_IN_DATA, 10));       /* FD_READ was cancelled */
    NONE();
    OK(h_send(h, &s, -FDP_WSAEWOULDBLOCK));
    OK(h_in(h, &s, FDP_IN_SPACE, 0));
    EXPECT("FD_WRITE/0x8002");
}
END_TEST

/* "To cancel all notification ..., set lEvent to zero":
   WSPAsyncSelect(s, hWnd, 0, 0, &error) -- nothing is posted any more. */
START_TEST(test_seed_mask_zero_cancels_all_notification)
{
    fdp_socket s, l;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_ALL_EVENTS));
    OK(h_ioctl(h, &s, FDP_SIO_GET_QOS));
    OK(h_select_wm(h, &s, WIN, 0, 0));
    NONE();
    OK(h_connect(h, &s, FDP_WSAEWOULDBLOCK));
    OK(h_in(h, &s, FDP_IN_CONNECTED, 0));
    OK(h_in(h, &s, FDP_IN_DATA, 1));
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    OK(h_send(h, &s, -FDP_WSAEWOULDBLOCK));
    OK(h_in(h, &s, FDP_IN_SPACE, 0));
    OK(h_in(h, &s, FDP_IN_QOS, 0));
    OK(h_in(h, &s, FDP_IN_GROUP_QOS, 0));
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    OK(h_recv(h, &s, 0, 1, 0));
    NONE();
    /* a listener too */
    h->dh = SOCK2;
    h_listener(h, &l, SOCK2);
    OK(h_select(h, &l, FDP_FD_ACCEPT));
    OK(h_select(h, &l, 0));
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    NONE();
}
END_TEST

/* "This function automatically sets socket s to nonblocking mode,
   regardless of the value of lEvent" (S1: mask 0 included). */
START_TEST(test_S1_select_sets_nonblocking_even_with_mask_zero)
{
    fdp_socket s, t;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    ck_assert_int_eq(fdp_nonblocking(&s), 0);   /* a new socket is blocking */
    OK(h_select(h, &s, 0));
    ck_assert_int_eq(fdp_nonblocking(&s), 1);
    h_new(h, &t, SOCK2, FDP_DGRAM);
    OK(h_select(h, &t, FDP_FD_READ));
    ck_assert_int_eq(fdp_nonblocking(&t), 1);
}
END_TEST

/* S1: "A select replaces window, message and mask". */
START_TEST(test_S1_select_replaces_window_message_and_mask)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select_wm(h, &s, 0x1111u, 0x2222u, FDP_FD_READ | FDP_FD_OOB));
    OK(h_select_wm(h, &s, 0x3333u, 0x4444u, FDP_FD_READ));
    NONE();
    OK(h_in(h, &s, FDP_IN_DATA, 1));
    EXPECT("FD_READ/0x4444%0x3333");
    OK(h_in(h, &s, FDP_IN_URGENT, 1));      /* FD_OOB no longer selected */
    NONE();
}
END_TEST

/* S1 / D7 / E1: "Invoking LPWSPAsyncSelect for a socket cancels any
   previous LPWSPAsyncSelect or LPWSPEventSelect" -- and an event-select
   cancels the async registration: nothing is posted after it (event mode
   records instead: tests/unit/event.c). */
START_TEST(test_D7_eventselect_cancels_async_registration)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ | FDP_FD_WRITE));
    EXPECT("FD_WRITE");
    OK(h_eventselect(h, &s, FDP_FD_READ | FDP_FD_WRITE));
    NONE();
    ck_assert_int_eq(fdp_nonblocking(&s), 1);
    OK(h_in(h, &s, FDP_IN_DATA, 1));
    OK(h_send(h, &s, -FDP_WSAEWOULDBLOCK));
    OK(h_in(h, &s, FDP_IN_SPACE, 0));
    NONE();
    /* an async select after it registers afresh (S2: persistence) */
    OK(h_select(h, &s, FDP_FD_READ | FDP_FD_WRITE));
    EXPECT("FD_READ FD_WRITE");
}
END_TEST

/* lParam: "The low word of lParam specifies the network event ... The
   high word of lParam contains any error code" (WSAMAKESELECTREPLY;
   docs/rules.md: FD_CLOSE with WSAECONNRESET is 0x27460020).  The macros
   too. */
START_TEST(test_seed_lparam_is_makeselectreply)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_SPEC);
    ck_assert_uint_eq(FDP_MAKESELECTREPLY(FDP_FD_CLOSE, FDP_WSAECONNRESET),
                      0x27460020u);
    ck_assert_uint_eq(FDP_GETSELECTEVENT(0x27460020u), FDP_FD_CLOSE);
    ck_assert_uint_eq(FDP_GETSELECTERROR(0x27460020u), FDP_WSAECONNRESET);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_CLOSE | FDP_FD_READ));
    OK(h_in(h, &s, FDP_IN_DATA, 1));
    OK(h_in(h, &s, FDP_IN_RESET, 0));
    ck_assert_int_eq(h->n, 2);
    ck_assert_uint_eq(h->post[0].lparam, 0x00000001u);
    ck_assert_uint_eq(h->post[1].lparam, 0x27460020u);
    h->n = 0;
}
END_TEST

/* wParam: "the wParam argument identifies the socket on which a network
   event has occurred" -- the full 64-bit handle, per socket. */
START_TEST(test_seed_wparam_is_the_socket)
{
    fdp_socket a, b;
    SETUP(_i);
    h_connected(h, &a, 0xFEDCBA9876543210ull);
    h_connected(h, &b, 0x0000000000000004ull);
    OK(h_select(h, &a, FDP_FD_READ));
    OK(h_select(h, &b, FDP_FD_READ));
    OK(h_in(h, &b, FDP_IN_DATA, 1));
    OK(h_in(h, &a, FDP_IN_DATA, 1));
    EXPECT("FD_READ@0x4 FD_READ@0xFEDCBA9876543210");
}
END_TEST

/* "the service provider issues the same Windows message for each event"
   and sends it to hWnd. */
START_TEST(test_seed_same_message_and_window_for_each_event)
{
    fdp_socket s;
    uint32_t lp[5];
    int i;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select_wm(h, &s, 0x0BADF00Du, 0xC0DEu, FDP_FD_ALL_EVENTS));
    OK(h_connect(h, &s, 0));
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    OK(h_in(h, &s, FDP_IN_DATA, 1));
    OK(h_in(h, &s, FDP_IN_QOS, 0));
    ck_assert_int_eq(h->n, 5);      /* CONNECT, WRITE, OOB, READ, QOS */
    for (i = 0; i < h->n; i++) {
        ck_assert_uint_eq(h->post[i].message, 0xC0DEu);
        ck_assert_uint_eq(h->post[i].window, 0x0BADF00Du);
        ck_assert_uint_eq(h->post[i].wparam, SOCK);
        lp[i] = h->post[i].lparam;
    }
    ck_assert_uint_eq(lp[0], FDP_FD_CONNECT);
    ck_assert_uint_eq(lp[1], FDP_FD_WRITE);
    ck_assert_uint_eq(lp[2], FDP_FD_OOB);
    ck_assert_uint_eq(lp[3], FDP_FD_READ);
    ck_assert_uint_eq(lp[4], FDP_FD_QOS);
    h->n = 0;
}
END_TEST

/* D13: "hWnd is kept as 32 bits" -- every bit of window and message. */
START_TEST(test_D13_window_and_message_kept_as_32_bits)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select_wm(h, &s, 0xFFFFFFFFu, 0xFFFFFFFFu, FDP_FD_WRITE));
    EXPECT("FD_WRITE/0xFFFFFFFF%0xFFFFFFFF");
    OK(h_select_wm(h, &s, 0x80000001u, 0x00010000u, FDP_FD_WRITE));
    EXPECT("FD_WRITE/0x10000%0x80000001");
}
END_TEST

/* S15: several posts caused by one input leave in the order FD_CONNECT,
   FD_ACCEPT, FD_OOB, FD_READ, FD_WRITE, ... FD_QOS, FD_GROUP_QOS -- a
   select with every condition holding (spec: CONNECT1 too). */
START_TEST(test_S15_select_posts_in_order)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_in(h, &s, FDP_IN_GROUP_QOS, 0));
    OK(h_in(h, &s, FDP_IN_QOS, 0));
    OK(h_in(h, &s, FDP_IN_DATA, 1));
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    OK(h_in(h, &s, FDP_IN_PENDING, 0));
    NONE();
    OK(h_select(h, &s, FDP_FD_ALL_EVENTS));
    if (_i == FDP_PROFILE_WINDOWS)          /* W3: no FD_CONNECT at select */
        EXPECT("FD_ACCEPT FD_OOB FD_READ FD_WRITE FD_QOS FD_GROUP_QOS");
    else
        EXPECT("FD_CONNECT FD_ACCEPT FD_OOB FD_READ FD_WRITE FD_QOS "
               "FD_GROUP_QOS");
}
END_TEST

/* S15: ... FD_WRITE, FD_CLOSE, FD_QOS, FD_GROUP_QOS. */
START_TEST(test_S15_select_posts_write_close_qos_in_order)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_in(h, &s, FDP_IN_GROUP_QOS, 0));
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    OK(h_in(h, &s, FDP_IN_QOS, 0));
    OK(h_select(h, &s, FDP_FD_ALL_EVENTS));
    if (_i == FDP_PROFILE_WINDOWS)
        EXPECT("FD_WRITE FD_CLOSE FD_QOS FD_GROUP_QOS");
    else
        EXPECT("FD_CONNECT FD_WRITE FD_CLOSE FD_QOS FD_GROUP_QOS");
}
END_TEST

/* D12: one recv: FD_OOB (urgent still there) before FD_CLOSE (the recv
   emptied the normal data after a FIN) -- spec profile. */
START_TEST(test_D12_one_recv_posts_oob_before_close)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_SPEC);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_OOB | FDP_FD_READ | FDP_FD_CLOSE));
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    EXPECT("FD_OOB");
    OK(h_in(h, &s, FDP_IN_DATA, 1));
    EXPECT("FD_READ");
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    NONE();
    OK(h_recv(h, &s, 0, 1, FDP_LEFT_URGENT));
    EXPECT("FD_OOB FD_CLOSE");
}
END_TEST

/* D12: network down: FD_CONNECT (WSAENETUNREACH) before FD_CLOSE (D2: a
   connected stream socket with another connect pending, D5). */
START_TEST(test_D12_netdown_posts_connect_before_close)
{
    fdp_socket s;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_CLOSE | FDP_FD_CONNECT));
    OK(h_connect(h, &s, 0));
    EXPECT("FD_CONNECT");
    OK(h_connect(h, &s, FDP_WSAEWOULDBLOCK));
    NONE();
    OK(h_in(h, &s, FDP_IN_NETDOWN, 0));
    EXPECT("FD_CONNECT:WSAENETUNREACH FD_CLOSE:WSAENETDOWN");
}
END_TEST

/* D12: a reset: FD_READ cannot follow, FD_CLOSE alone, even with data
   queued and FD_READ re-enabled by a recv in the same call (S8). */
START_TEST(test_D12_reset_posts_close_only)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ | FDP_FD_WRITE | FDP_FD_OOB |
                FDP_FD_CLOSE));
    EXPECT("FD_WRITE");
    OK(h_in(h, &s, FDP_IN_DATA, 1));
    EXPECT("FD_READ");
    OK(h_in(h, &s, FDP_IN_RESET, 0));
    if (_i == FDP_PROFILE_WINDOWS)
        EXPECT("FD_CLOSE:WSAECONNABORTED");
    else
        EXPECT("FD_CLOSE:WSAECONNRESET");
}
END_TEST

/* S2: "At select, every selected event whose condition holds is posted at
   once" -- and nothing is posted for events whose condition does not. */
START_TEST(test_S2_select_posts_only_true_conditions)
{
    fdp_socket s;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_ALL_EVENTS));
    NONE();                                 /* nothing holds yet */
    OK(h_in(h, &s, FDP_IN_DATA, 1));
    EXPECT("FD_READ");
    OK(h_select(h, &s, FDP_FD_ALL_EVENTS));
    EXPECT("FD_READ");                      /* S2: afresh */
}
END_TEST

/* The Remarks: "If any event has already happened when the client calls
   LPWSPAsyncSelect, or when the re-enabling function is called, then a
   message is posted as appropriate" -- both halves on one socket. */
START_TEST(test_seed_event_already_happened_at_select_or_reenable)
{
    fdp_socket l, n;
    SETUP(_i);
    h_listener(h, &l, SOCK);
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    OK(h_select(h, &l, FDP_FD_ACCEPT));
    EXPECT("FD_ACCEPT");                    /* at select */
    OK(h_accept(h, &l, 0, 1, &n, NEWS));
    EXPECT("FD_ACCEPT");                    /* at the re-enabling call */
}
END_TEST

/* D7: listen posts nothing. */
START_TEST(test_D7_listen_posts_nothing)
{
    fdp_socket s;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_select(h, &s, FDP_FD_ALL_EVENTS));
    OK(h_bind(h, &s));
    OK(h_listen(h, &s));
    NONE();
}
END_TEST

/* The engine's default profile (fdp_init) is taken by FDP_PROFILE_DEFAULT. */
START_TEST(test_profile_default_taken_from_engine)
{
    fdp_socket s;
    int err = 0;
    SETUP(_i);
    ck_assert_int_eq(fdp_socket_init(&h->e, &s, SOCK, FDP_STREAM,
                                     FDP_PROFILE_DEFAULT, &err), 0);
    OK(h_connect(h, &s, 0));
    OK(h_in(h, &s, FDP_IN_RESET, 0));
    OK(h_select(h, &s, FDP_FD_CLOSE));
    if (_i == FDP_PROFILE_WINDOWS)
        EXPECT("FD_CLOSE:WSAECONNABORTED");
    else
        EXPECT("FD_CLOSE:WSAECONNRESET");
}
END_TEST

/* The lEvent table and docs/rules.md's numbers: Windows' own values (FD_*,
   WSAE*, SIO_*, SOCKET_ERROR), so posts carry what a Windows client reads. */
START_TEST(test_seed_event_and_error_values)
{
    ck_assert_int_eq(FDP_FD_READ, 0x001);
    ck_assert_int_eq(FDP_FD_WRITE, 0x002);
    ck_assert_int_eq(FDP_FD_OOB, 0x004);
    ck_assert_int_eq(FDP_FD_ACCEPT, 0x008);
    ck_assert_int_eq(FDP_FD_CONNECT, 0x010);
    ck_assert_int_eq(FDP_FD_CLOSE, 0x020);
    ck_assert_int_eq(FDP_FD_QOS, 0x040);
    ck_assert_int_eq(FDP_FD_GROUP_QOS, 0x080);
    ck_assert_int_eq(FDP_FD_ROUTING_INTERFACE_CHANGE, 0x100);
    ck_assert_int_eq(FDP_FD_ADDRESS_LIST_CHANGE, 0x200);
    ck_assert_int_eq(FDP_FD_ALL_EVENTS, 0x3FF);
    ck_assert_int_eq(FDP_FD_MAX_EVENTS, 10);
    ck_assert_int_eq(FDP_SOCKET_ERROR, -1);
    ck_assert_int_eq(FDP_WSAEFAULT, 10014);
    ck_assert_int_eq(FDP_WSAEINVAL, 10022);
    ck_assert_int_eq(FDP_WSAEMFILE, 10024);
    ck_assert_int_eq(FDP_WSAEWOULDBLOCK, 10035);
    ck_assert_int_eq(FDP_WSAEINPROGRESS, 10036);
    ck_assert_int_eq(FDP_WSAENOTSOCK, 10038);
    ck_assert_int_eq(FDP_WSAEAFNOSUPPORT, 10047);
    ck_assert_int_eq(FDP_WSAENETDOWN, 10050);
    ck_assert_int_eq(FDP_WSAENETUNREACH, 10051);
    ck_assert_int_eq(FDP_WSAECONNABORTED, 10053);
    ck_assert_int_eq(FDP_WSAECONNRESET, 10054);
    ck_assert_int_eq(FDP_WSAENOBUFS, 10055);
    ck_assert_int_eq(FDP_WSAEISCONN, 10056);
    ck_assert_int_eq(FDP_WSAENOTCONN, 10057);
    ck_assert_int_eq(FDP_WSAETIMEDOUT, 10060);
    ck_assert_int_eq(FDP_WSAECONNREFUSED, 10061);
    ck_assert_int_eq(FDP_WSATRY_AGAIN, 11002);
    ck_assert_uint_eq(FDP_SIO_GET_QOS, 0xC8000007u);
    ck_assert_uint_eq(FDP_SIO_GET_GROUP_QOS, 0xC8000008u);
    ck_assert_uint_eq(FDP_SIO_ROUTING_INTERFACE_CHANGE, 0x88000015u);
    ck_assert_uint_eq(FDP_SIO_ADDRESS_LIST_CHANGE, 0x28000017u);
}
END_TEST

Suite *select_suite(void)
{
    Suite *s = suite_create("select");
    TCase *tc = tcase_create("registration");
    B(tc, test_seed_read_write_example_one_call_for_both);
    B(tc, test_seed_incorrect_example_second_call_cancels_first);
    B(tc, test_seed_mask_zero_cancels_all_notification);
    B(tc, test_S1_select_sets_nonblocking_even_with_mask_zero);
    B(tc, test_S1_select_replaces_window_message_and_mask);
    B(tc, test_D7_eventselect_cancels_async_registration);
    T(tc, test_seed_lparam_is_makeselectreply);
    B(tc, test_seed_wparam_is_the_socket);
    B(tc, test_seed_same_message_and_window_for_each_event);
    B(tc, test_D13_window_and_message_kept_as_32_bits);
    B(tc, test_S15_select_posts_in_order);
    B(tc, test_S15_select_posts_write_close_qos_in_order);
    T(tc, test_D12_one_recv_posts_oob_before_close);
    B(tc, test_D12_netdown_posts_connect_before_close);
    B(tc, test_D12_reset_posts_close_only);
    B(tc, test_S2_select_posts_only_true_conditions);
    B(tc, test_seed_event_already_happened_at_select_or_reenable);
    B(tc, test_D7_listen_posts_nothing);
    B(tc, test_profile_default_taken_from_engine);
    T(tc, test_seed_event_and_error_values);
    suite_add_tcase(s, tc);
    return s;
}
