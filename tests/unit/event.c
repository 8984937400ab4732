/* SPDX-License-Identifier: MIT */
/*
 * event.c -- event-select mode: WSPEventSelect and WSPEnumNetworkEvents
 * (docs/rules.md, E1-E7; decisions DE1-DE4 in docs/decisions.md).  Where
 * message mode posts, event mode records the event in the socket's record
 * and sets the event object; every test here checks both the record (by
 * enumerating it) and the event callback's calls.
 */
#include "harness.h"

#define OBJ2 0x00000000E0E0E0E2ull

/* E1: WSPEventSelect replaces the async registration: nothing is posted
   after it; the events are recorded and the object set, once (DE4). */
START_TEST(test_E1_E2_eventselect_records_instead_of_posting)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_READ | FDP_FD_WRITE));
    EXPECT("FD_WRITE");
    OK(h_eventselect(h, &s, FDP_FD_READ | FDP_FD_WRITE));
    NONE();
    SETS(1, EVOBJ, 1); /* FD_WRITE holds: recorded at the select */
    ck_assert_int_eq(fdp_nonblocking(&s), 1);
    OK(h_in(h, &s, FDP_IN_DATA, 5));
    NONE();
    SETS(1, EVOBJ, 1);
    RECORD(&s, FDP_FD_READ | FDP_FD_WRITE, NO_ERRORS);
    NO_SET(); /* enumerating without an object resets nothing */
}
END_TEST

/* DE4: one call that records two events sets the object once. */
START_TEST(test_DE4_one_set_per_call)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_in(h, &s, FDP_IN_DATA, 5));
    OK(h_eventselect(h, &s, FDP_FD_READ | FDP_FD_WRITE));
    SETS(1, EVOBJ, 1);
    RECORD(&s, FDP_FD_READ | FDP_FD_WRITE, NO_ERRORS);
}
END_TEST

/* DE4: a call that records nothing does not set the object. */
START_TEST(test_DE4_no_record_no_set)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_eventselect(h, &s, FDP_FD_READ));
    NO_SET();
    OK(h_send(h, &s, 10));
    OK(h_bind(h, &s));
    NO_SET();
    RECORD(&s, 0, NO_ERRORS);
}
END_TEST

/* E1: the select clears the record: FD_READ recorded under the first
   registration is gone after a second one without it. */
START_TEST(test_E1_DE3_eventselect_clears_the_record)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_eventselect(h, &s, FDP_FD_READ));
    OK(h_in(h, &s, FDP_IN_DATA, 5));
    SETS(1, EVOBJ, 1);
    OK(h_eventselect_o(h, &s, OBJ2, FDP_FD_WRITE));
    SETS(1, OBJ2, 1); /* FD_WRITE, to the new object; nothing reset (E7f) */
    RECORD(&s, FDP_FD_WRITE, NO_ERRORS);
}
END_TEST

/* E1: mask 0 cancels: nothing is recorded and the object is never set. */
START_TEST(test_E1_mask_zero_cancels)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_eventselect(h, &s, 0));
    OK(h_in(h, &s, FDP_IN_DATA, 5));
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    NO_SET();
    NONE();
    RECORD(&s, 0, NO_ERRORS);
    OK(h_fionbio(h, &s, 0)); /* no mask: blocking again is allowed */
}
END_TEST

/* E1: FIONBIO off while a mask is set fails with WSAEINVAL. */
START_TEST(test_E1_fionbio_off_refused)
{
    fdp_socket s, before;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_eventselect(h, &s, FDP_FD_READ));
    before = s;
    FAILS(h_fionbio(h, &s, 0), FDP_WSAEINVAL);
    SAME(&s, &before);
}
END_TEST

/* E1 with S17: a closed socket, bits beyond FD_ALL_EVENTS, network down,
   and a call from the object's own set callback fail and change nothing. */
static fdp_socket *reenter_s;
static harness *reenter_h;
static int reenter_rc, reenter_err;
static int set_and_reselect(void *ctx, uint64_t object, int set)
{
    (void)ctx;
    (void)object;
    (void)set;
    reenter_rc = fdp_eventselect(&reenter_h->e, reenter_s, EVOBJ, FDP_FD_READ,
                                 &reenter_err);
    return 0;
}

START_TEST(test_E1_eventselect_errors)
{
    fdp_socket s, before;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    before = s;
    FAILS(h_eventselect(h, &s, 0x400), FDP_WSAEINVAL);
    SAME(&s, &before);
    reenter_h = h;
    reenter_s = &s;
    fdp_set_event_callback(&h->e, set_and_reselect, h);
    OK(h_eventselect(h, &s, FDP_FD_WRITE));
    ck_assert_int_eq(reenter_rc, FDP_SOCKET_ERROR);
    ck_assert_int_eq(reenter_err, FDP_WSAEINPROGRESS);
    OK(h_in(h, &s, FDP_IN_NETDOWN, 0));
    before = s;
    FAILS(h_eventselect(h, &s, FDP_FD_READ), FDP_WSAENETDOWN);
    SAME(&s, &before);
    OK(h_close(h, &s));
    FAILS(h_eventselect(h, &s, FDP_FD_READ), FDP_WSAENOTSOCK);
}
END_TEST

/* E1, DE2: WSPAsyncSelect replaces an event-select registration and drops
   its record not yet enumerated; the object is set no more. */
START_TEST(test_DE2_async_select_drops_the_record)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_eventselect(h, &s, FDP_FD_READ));
    OK(h_in(h, &s, FDP_IN_DATA, 5));
    SETS(1, EVOBJ, 1);
    OK(h_select(h, &s, FDP_FD_WRITE));
    EXPECT("FD_WRITE");
    RECORD(&s, 0, NO_ERRORS);
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    OK(h_recv(h, &s, 0, 5, 0));
    NO_SET();
    NONE();
}
END_TEST

/* E4: enumeration copies and clears the record and resets the object it is
   given, as one step; it re-enables nothing (spec profile: more data is
   not recorded until a recv). */
START_TEST(test_E4_enumeration_clears_and_resets)
{
    fdp_socket s;
    fdp_network_events ne;
    SETUP(FDP_PROFILE_SPEC);
    h_connected(h, &s, SOCK);
    OK(h_eventselect(h, &s, FDP_FD_READ));
    OK(h_in(h, &s, FDP_IN_DATA, 5));
    SETS(1, EVOBJ, 1);
    memset(&ne, 0, sizeof ne);
    OK(h_enum(h, &s, EVOBJ, &ne));
    ck_assert_int_eq(ne.network_events, FDP_FD_READ);
    SETS(1, EVOBJ, 0);
    RECORD(&s, 0, NO_ERRORS);
    OK(h_in(h, &s, FDP_IN_DATA, 5));
    NO_SET();
    RECORD(&s, 0, NO_ERRORS);
    OK(h_recv(h, &s, 0, 5, FDP_LEFT_DATA)); /* re-enabled, data left */
    SETS(1, EVOBJ, 1);
    RECORD(&s, FDP_FD_READ, NO_ERRORS);
}
END_TEST

/* E4: a failed enumeration clears and resets nothing. */
START_TEST(test_E4_failed_enumeration_changes_nothing)
{
    fdp_socket s, before;
    fdp_network_events ne;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_eventselect(h, &s, FDP_FD_WRITE));
    SETS(1, EVOBJ, 1);
    before = s;
    FAILS(h_enum(h, &s, EVOBJ, NULL), FDP_WSAEFAULT);
    SAME(&s, &before);
    NO_SET();
    RECORD(&s, FDP_FD_WRITE, NO_ERRORS);
    OK(h_close(h, &s));
    FAILS(h_enum(h, &s, EVOBJ, &ne), FDP_WSAENOTSOCK);
    NO_SET();
}
END_TEST

/* E4: a socket never event-selected enumerates as nothing. */
START_TEST(test_E4_never_selected_is_empty)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_select(h, &s, FDP_FD_WRITE));
    EXPECT("FD_WRITE");
    RECORD(&s, 0, NO_ERRORS);
}
END_TEST

/* DE1: an event recorded twice before an enumeration is one bit with the
   latest error (D5: each connect's outcome is reported). */
START_TEST(test_DE1_latest_error_wins)
{
    fdp_socket s;
    SETUP(_i);
    h_new(h, &s, SOCK, FDP_STREAM);
    OK(h_eventselect(h, &s, FDP_FD_CONNECT));
    OK(h_connect(h, &s, FDP_WSAEWOULDBLOCK));
    OK(h_connect(h, &s, 10037)); /* WSAEALREADY */
    SETS(1, EVOBJ, 1);
    OK(h_in(h, &s, FDP_IN_CONNECT_FAILED, FDP_WSAECONNREFUSED));
    SETS(1, EVOBJ, 1);
    RECORD(&s, FDP_FD_CONNECT,
           { [FDP_FD_CONNECT_BIT] = FDP_WSAECONNREFUSED });
}
END_TEST

/* E2: errors are recorded by the event's bit: FD_CLOSE's reset (W2 in the
   windows profile, E7g), network down for the others. */
START_TEST(test_E2_errors_by_bit)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_SPEC);
    h_connected(h, &s, SOCK);
    OK(h_eventselect(h, &s, FDP_FD_CLOSE));
    OK(h_in(h, &s, FDP_IN_RESET, 0));
    SETS(1, EVOBJ, 1);
    RECORD(&s, FDP_FD_CLOSE,
           { [FDP_FD_CLOSE_BIT] = FDP_WSAECONNRESET });
}
END_TEST

START_TEST(test_E2_windows_reset_is_aborted)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_WINDOWS);
    h_connected(h, &s, SOCK);
    OK(h_eventselect(h, &s, FDP_FD_CLOSE));
    OK(h_in(h, &s, FDP_IN_RESET, 0));
    SETS(1, EVOBJ, 1);
    RECORD(&s, FDP_FD_CLOSE,
           { [FDP_FD_CLOSE_BIT] = FDP_WSAECONNABORTED });
}
END_TEST

/* E2 with D2 and S14: network down and a route change's error. */
START_TEST(test_E2_small_errors)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_eventselect(h, &s, FDP_FD_READ | FDP_FD_ROUTING_INTERFACE_CHANGE));
    OK(h_ioctl(h, &s, FDP_SIO_ROUTING_INTERFACE_CHANGE));
    OK(h_in(h, &s, FDP_IN_ROUTE, FDP_WSAENETUNREACH));
    SETS(1, EVOBJ, 1);
    RECORD(&s, FDP_FD_ROUTING_INTERFACE_CHANGE,
           { [FDP_FD_ROUTING_INTERFACE_CHANGE_BIT] = FDP_WSAENETUNREACH });
    OK(h_in(h, &s, FDP_IN_NETDOWN, 0));
    SETS(1, EVOBJ, 1);
    RECORD(&s, FDP_FD_READ, { [FDP_FD_READ_BIT] = FDP_WSAENETDOWN });
}
END_TEST

/* E5: an accepted socket carries the listener's object and mask from
   birth, with an empty record, and records what holds at once. */
START_TEST(test_E5_accept_inherits_event_registration)
{
    fdp_socket l, n;
    SETUP(_i);
    h_listener(h, &l, SOCK);
    OK(h_eventselect(h, &l, FDP_FD_ACCEPT | FDP_FD_WRITE | FDP_FD_READ));
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    SETS(1, EVOBJ, 1);
    OK(h_accept(h, &l, 0, 0, &n, NEWS));
    NONE();
    SETS(1, EVOBJ, 1); /* the new socket's FD_WRITE */
    RECORD(&l, FDP_FD_ACCEPT, NO_ERRORS);
    RECORD(&n, FDP_FD_WRITE, NO_ERRORS);
    OK(h_in(h, &n, FDP_IN_DATA, 3));
    SETS(1, EVOBJ, 1);
    RECORD(&n, FDP_FD_READ, NO_ERRORS);
    FAILS(h_fionbio(h, &n, 0), FDP_WSAEINVAL); /* the mask came along */
}
END_TEST

/* E6: after close nothing is recorded or set. */
START_TEST(test_E6_close)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_eventselect(h, &s, FDP_FD_READ | FDP_FD_CLOSE));
    OK(h_close(h, &s));
    NO_SET();
    FAILS(h_in(h, &s, FDP_IN_DATA, 5), FDP_WSAENOTSOCK);
    FAILS(h_in(h, &s, FDP_IN_FIN, 0), FDP_WSAENOTSOCK);
    NO_SET();
}
END_TEST

/* fdp_event_fn: a set that fails is reported by the call that recorded;
   the events stay recorded.  No callback at all: WSAENOBUFS. */
START_TEST(test_E2_set_failure_reported)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    h->set_rc = FDP_WSAENOBUFS;
    FAILS(h_eventselect(h, &s, FDP_FD_WRITE), FDP_WSAENOBUFS);
    SETS(1, EVOBJ, 1);
    h->set_rc = 0;
    RECORD(&s, FDP_FD_WRITE, NO_ERRORS);
    OK(h_eventselect(h, &s, FDP_FD_READ));
    NO_SET();
    fdp_set_event_callback(&h->e, NULL, NULL);
    FAILS(h_in(h, &s, FDP_IN_DATA, 1), FDP_WSAENOBUFS);
    RECORD(&s, FDP_FD_READ, NO_ERRORS);
    OK(h_eventselect(h, &s, 0));
}
END_TEST

/* E3: the spec profile's rules hold in event mode: no flooding (S3), the
   recv re-enables (S4), FD_WRITE only after WSAEWOULDBLOCK (S6), FD_CLOSE
   after the data is read (S8). */
START_TEST(test_E3_spec_rules_hold)
{
    fdp_socket s;
    SETUP(FDP_PROFILE_SPEC);
    h_connected(h, &s, SOCK);
    OK(h_eventselect(h, &s, FDP_FD_READ | FDP_FD_WRITE | FDP_FD_CLOSE));
    SETS(1, EVOBJ, 1);
    RECORD(&s, FDP_FD_WRITE, NO_ERRORS);
    OK(h_send(h, &s, 10));
    OK(h_in(h, &s, FDP_IN_SPACE, 0));
    NO_SET(); /* S6: no WSAEWOULDBLOCK, no FD_WRITE */
    OK(h_send(h, &s, -FDP_WSAEWOULDBLOCK));
    OK(h_in(h, &s, FDP_IN_SPACE, 0));
    SETS(1, EVOBJ, 1);
    OK(h_in(h, &s, FDP_IN_DATA, 5));
    SETS(1, EVOBJ, 1);
    OK(h_in(h, &s, FDP_IN_DATA, 5));
    NO_SET(); /* S3 */
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    NO_SET(); /* S8: data is still queued */
    RECORD(&s, FDP_FD_READ | FDP_FD_WRITE, NO_ERRORS);
    OK(h_recv(h, &s, 0, 10, 0));
    SETS(1, EVOBJ, 1);
    RECORD(&s, FDP_FD_CLOSE, NO_ERRORS);
}
END_TEST

/* The windows profile in event mode (E7), each from a scenario of Wine's
   dlls/ws2_32/tests/sock.c whose assertions run on Windows.  M is the mask
   those tests select. */
#define M_RD (FDP_FD_ACCEPT | FDP_FD_CLOSE | FDP_FD_CONNECT | FDP_FD_OOB | FDP_FD_READ)

/* A server socket as tcp_socketpair makes it: accepted from an
   unregistered listener. */
static void server(harness *h, fdp_socket *l, fdp_socket *n)
{
    h_listener(h, l, SOCK2);
    OK(h_in(h, l, FDP_IN_PENDING, 0));
    OK(h_accept(h, l, 0, 0, n, SOCK));
    NONE();
}

/* test_read_events: E7b (re-select, mask 0 then the mask: nothing), E7a
   (more data, no recv since: recorded), E7c (a failing recv: nothing). */
START_TEST(test_E7A_E7B_E7C_read_events)
{
    fdp_socket l, s;
    SETUP(FDP_PROFILE_WINDOWS);
    server(h, &l, &s);
    OK(h_eventselect(h, &s, M_RD));
    NO_SET();
    OK(h_in(h, &s, FDP_IN_DATA, 5));
    SETS(1, EVOBJ, 1);
    RECORD(&s, FDP_FD_READ, NO_ERRORS);
    OK(h_eventselect(h, &s, M_RD));
    OK(h_eventselect(h, &s, 0));
    OK(h_eventselect(h, &s, M_RD));
    NO_SET();
    RECORD(&s, 0, NO_ERRORS);
    OK(h_in(h, &s, FDP_IN_DATA, 5)); /* E7a */
    SETS(1, EVOBJ, 1);
    RECORD(&s, FDP_FD_READ, NO_ERRORS);
    OK(h_recv(h, &s, 0, 2, FDP_LEFT_DATA));
    SETS(1, EVOBJ, 1);
    RECORD(&s, FDP_FD_READ, NO_ERRORS);
    OK(h_recv(h, &s, 0, -FDP_WSAEFAULT, FDP_LEFT_DATA)); /* E7c */
    NO_SET();
    RECORD(&s, 0, NO_ERRORS);
    OK(h_recv(h, &s, 0, 1, FDP_LEFT_DATA));
    SETS(1, EVOBJ, 1);
    RECORD(&s, FDP_FD_READ, NO_ERRORS);
    OK(h_recv(h, &s, 0, 7, 0));
    NO_SET();
}
END_TEST

/* The same sequence in the spec profile follows E3: no record for more
   data before a recv (S3), and a failing recv re-enables (S4). */
START_TEST(test_E3_read_events_spec)
{
    fdp_socket l, s;
    SETUP(FDP_PROFILE_SPEC);
    server(h, &l, &s);
    OK(h_eventselect(h, &s, M_RD));
    OK(h_in(h, &s, FDP_IN_DATA, 5));
    SETS(1, EVOBJ, 1);
    RECORD(&s, FDP_FD_READ, NO_ERRORS);
    OK(h_eventselect(h, &s, M_RD)); /* S2: data is queued */
    SETS(1, EVOBJ, 1);
    RECORD(&s, FDP_FD_READ, NO_ERRORS);
    OK(h_in(h, &s, FDP_IN_DATA, 5));
    NO_SET();
    OK(h_recv(h, &s, 0, -FDP_WSAEFAULT, FDP_LEFT_DATA));
    SETS(1, EVOBJ, 1);
    RECORD(&s, FDP_FD_READ, NO_ERRORS);
}
END_TEST

/* test_accept_events: E7a (a second request, no accept since), E7b, and
   "select on a subset": a recorded FD_ACCEPT dropped from the mask and
   selected again is recorded again until enumerated (E7b), the mask change
   not resetting the object (E7f). */
START_TEST(test_E7A_E7B_E7F_accept_events)
{
    fdp_socket l, n;
    SETUP(FDP_PROFILE_WINDOWS);
    h_new(h, &l, SOCK, FDP_STREAM);
    OK(h_eventselect(h, &l, FDP_FD_CONNECT | FDP_FD_READ | FDP_FD_OOB | FDP_FD_ACCEPT));
    OK(h_bind(h, &l));
    OK(h_listen(h, &l));
    NO_SET();
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    SETS(1, EVOBJ, 1);
    RECORD(&l, FDP_FD_ACCEPT, NO_ERRORS);
    OK(h_eventselect(h, &l, FDP_FD_CONNECT | FDP_FD_READ | FDP_FD_OOB | FDP_FD_ACCEPT));
    NO_SET();
    OK(h_in(h, &l, FDP_IN_PENDING, 0)); /* E7a */
    SETS(1, EVOBJ, 1);
    RECORD(&l, FDP_FD_ACCEPT, NO_ERRORS);
    OK(h_accept(h, &l, 0, 1, &n, NEWS)); /* ACCEPT3 */
    SETS(1, EVOBJ, 1);
    RECORD(&l, FDP_FD_ACCEPT, NO_ERRORS);
    OK(h_accept(h, &l, 0, 0, &n, NEWS + 1));
    NO_SET();
    /* A subset without FD_ACCEPT, then with it again, nothing enumerated */
    OK(h_in(h, &l, FDP_IN_PENDING, 0));
    SETS(1, EVOBJ, 1);
    OK(h_eventselect(h, &l, FDP_FD_CONNECT | FDP_FD_READ | FDP_FD_OOB));
    NO_SET(); /* E7f: not reset either */
    OK(h_eventselect(h, &l, FDP_FD_CONNECT | FDP_FD_READ | FDP_FD_OOB | FDP_FD_ACCEPT));
    SETS(1, EVOBJ, 1);
    RECORD(&l, FDP_FD_ACCEPT, NO_ERRORS);
}
END_TEST

/* test_connect_events: E7d (select after the connect completed records
   FD_CONNECT, once enumerated never again), E7e (a datagram socket). */
START_TEST(test_E7D_E7E_connect_events)
{
    fdp_socket c, u;
    SETUP(FDP_PROFILE_WINDOWS);
    h_new(h, &c, SOCK, FDP_STREAM);
    OK(h_eventselect(h, &c, M_RD | FDP_FD_WRITE));
    NO_SET();
    OK(h_connect(h, &c, FDP_WSAEWOULDBLOCK));
    OK(h_in(h, &c, FDP_IN_CONNECTED, 0));
    SETS(1, EVOBJ, 1);
    RECORD(&c, FDP_FD_CONNECT | FDP_FD_WRITE, NO_ERRORS);
    OK(h_eventselect(h, &c, 0));
    OK(h_eventselect(h, &c, M_RD | FDP_FD_WRITE));
    NO_SET();
    /* "Connect and then select" */
    h_connected(h, &c, SOCK2);
    OK(h_send(h, &c, 5));
    OK(h_eventselect(h, &c, M_RD | FDP_FD_WRITE));
    SETS(1, EVOBJ, 1);
    RECORD(&c, FDP_FD_CONNECT | FDP_FD_WRITE, NO_ERRORS);
    /* UDP, unbound: nothing at select; a connect records both */
    h_dgram(h, &u, NEWS);
    OK(h_eventselect(h, &u, FDP_FD_ACCEPT | FDP_FD_CONNECT | FDP_FD_OOB | FDP_FD_READ | FDP_FD_WRITE));
    NO_SET();
    OK(h_connect(h, &u, 0));
    SETS(1, EVOBJ, 1);
    RECORD(&u, FDP_FD_CONNECT | FDP_FD_WRITE, NO_ERRORS);
}
END_TEST

/* DE5: a connect that failed before the event select is not recorded by
   it (only a success waits, E7d); a later success is. */
START_TEST(test_DE5_failed_connect_before_select)
{
    fdp_socket c;
    SETUP(FDP_PROFILE_WINDOWS);
    h_new(h, &c, SOCK, FDP_STREAM);
    OK(h_connect(h, &c, FDP_WSAEWOULDBLOCK));
    OK(h_in(h, &c, FDP_IN_CONNECT_FAILED, FDP_WSAECONNREFUSED));
    OK(h_eventselect(h, &c, FDP_FD_CONNECT));
    NO_SET();
    RECORD(&c, 0, NO_ERRORS);
    OK(h_eventselect(h, &c, 0));
    OK(h_connect(h, &c, 0));
    OK(h_eventselect(h, &c, FDP_FD_CONNECT));
    SETS(1, EVOBJ, 1);
    RECORD(&c, FDP_FD_CONNECT, NO_ERRORS);
}
END_TEST

/* DE6: a connect's outcome, once enumerated, is not recorded again, even
   after a WSPAsyncSelect (FD_WRITE starts afresh); one not enumerated still
   waits across it. */
START_TEST(test_DE6_connect_once_across_async_select)
{
    fdp_socket c, d;
    SETUP(FDP_PROFILE_WINDOWS);
    h_new(h, &c, SOCK, FDP_STREAM);
    OK(h_eventselect(h, &c, FDP_FD_CONNECT | FDP_FD_WRITE));
    OK(h_connect(h, &c, 0));
    SETS(1, EVOBJ, 1);
    RECORD(&c, FDP_FD_CONNECT | FDP_FD_WRITE, NO_ERRORS);
    OK(h_select(h, &c, FDP_FD_CONNECT | FDP_FD_WRITE));
    EXPECT("FD_WRITE");
    OK(h_eventselect(h, &c, FDP_FD_CONNECT | FDP_FD_WRITE));
    SETS(1, EVOBJ, 1);
    RECORD(&c, FDP_FD_WRITE, NO_ERRORS);
    h_new(h, &d, SOCK2, FDP_STREAM);
    OK(h_eventselect(h, &d, FDP_FD_CONNECT));
    OK(h_connect(h, &d, 0));
    SETS(1, EVOBJ, 1);
    OK(h_select(h, &d, FDP_FD_CONNECT));
    NONE();                                        /* W3 */
    OK(h_eventselect(h, &d, FDP_FD_CONNECT));
    SETS(1, EVOBJ, 1);
    RECORD(&d, FDP_FD_CONNECT, NO_ERRORS);
}
END_TEST

/* DE6: a new connect makes FD_WRITE happen again after it was taken: not
   recorded (not re-enabled), but the next select records it; an
   enumeration before that takes nothing. */
START_TEST(test_DE6_connect_rearms_write)
{
    fdp_socket c;
    SETUP(FDP_PROFILE_WINDOWS);
    h_new(h, &c, SOCK, FDP_STREAM);
    OK(h_eventselect(h, &c, FDP_FD_WRITE));
    OK(h_connect(h, &c, 0));
    SETS(1, EVOBJ, 1);
    RECORD(&c, FDP_FD_WRITE, NO_ERRORS);
    OK(h_connect(h, &c, 0));
    NO_SET();
    RECORD(&c, 0, NO_ERRORS);
    OK(h_eventselect(h, &c, FDP_FD_WRITE));
    SETS(1, EVOBJ, 1);
    RECORD(&c, FDP_FD_WRITE, NO_ERRORS);
    OK(h_eventselect(h, &c, FDP_FD_WRITE));
    NO_SET();
}
END_TEST

/* DE6: a reset after an enumerated graceful close is not recorded by a
   later event select; a WSPAsyncSelect posts it (D8, W2). */
START_TEST(test_DE6_late_reset_after_enumerated_close)
{
    fdp_socket c;
    SETUP(FDP_PROFILE_WINDOWS);
    h_connected(h, &c, SOCK);
    OK(h_eventselect(h, &c, FDP_FD_CLOSE));
    OK(h_in(h, &c, FDP_IN_FIN, 0));
    SETS(1, EVOBJ, 1);
    RECORD(&c, FDP_FD_CLOSE, NO_ERRORS);
    OK(h_in(h, &c, FDP_IN_RESET, 0));
    NO_SET();
    OK(h_eventselect(h, &c, FDP_FD_CLOSE));
    NO_SET();
    RECORD(&c, 0, NO_ERRORS);
    OK(h_select(h, &c, FDP_FD_CLOSE));
    EXPECT("FD_CLOSE:WSAECONNABORTED");
}
END_TEST

/* test_write_events: E7b for FD_WRITE, then FD_WRITE after WSAEWOULDBLOCK
   and space; test_WSAEnumNetworkEvents: a bound datagram socket records
   FD_WRITE once (E7e). */
START_TEST(test_E7B_E7E_write_events)
{
    fdp_socket l, s, u;
    SETUP(FDP_PROFILE_WINDOWS);
    server(h, &l, &s);
    OK(h_eventselect(h, &s, M_RD | FDP_FD_WRITE));
    SETS(1, EVOBJ, 1);
    RECORD(&s, FDP_FD_WRITE, NO_ERRORS);
    OK(h_eventselect(h, &s, M_RD | FDP_FD_WRITE));
    OK(h_eventselect(h, &s, 0));
    OK(h_eventselect(h, &s, M_RD | FDP_FD_WRITE));
    OK(h_send(h, &s, 5));
    NO_SET();
    OK(h_send(h, &s, -FDP_WSAEWOULDBLOCK));
    OK(h_in(h, &s, FDP_IN_SPACE, 0));
    SETS(1, EVOBJ, 1);
    RECORD(&s, FDP_FD_WRITE, NO_ERRORS);
    OK(h_eventselect(h, &s, 0));
    OK(h_eventselect(h, &s, M_RD | FDP_FD_WRITE));
    NO_SET();
    h_dgram(h, &u, NEWS);
    OK(h_bind(h, &u));
    OK(h_eventselect(h, &u, FDP_FD_READ | FDP_FD_WRITE));
    SETS(1, EVOBJ, 1);
    RECORD(&u, FDP_FD_WRITE, NO_ERRORS);
    OK(h_eventselect(h, &u, FDP_FD_READ | FDP_FD_WRITE));
    NO_SET();
    RECORD(&u, 0, NO_ERRORS);
}
END_TEST

/* test_oob_events: E7a for a second urgent byte, E7b. */
START_TEST(test_E7A_E7B_oob_events)
{
    fdp_socket l, s;
    SETUP(FDP_PROFILE_WINDOWS);
    server(h, &l, &s);
    OK(h_eventselect(h, &s, M_RD));
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    SETS(1, EVOBJ, 1);
    RECORD(&s, FDP_FD_OOB, NO_ERRORS);
    OK(h_eventselect(h, &s, M_RD));
    NO_SET();
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    SETS(1, EVOBJ, 1);
    RECORD(&s, FDP_FD_OOB, NO_ERRORS);
    OK(h_recv(h, &s, FDP_MSG_OOB, 1, FDP_LEFT_URGENT));
    SETS(1, EVOBJ, 1);
    RECORD(&s, FDP_FD_OOB, NO_ERRORS);
    OK(h_recv(h, &s, FDP_MSG_OOB, 1, 0));
    NO_SET();
}
END_TEST

/* test_close_events: FD_CLOSE at once with data unread (W1, E7g), not
   again when drained; a reset's WSAECONNABORTED (W2); E7b. */
START_TEST(test_E7B_E7G_close_events)
{
    fdp_socket l, s;
    SETUP(FDP_PROFILE_WINDOWS);
    server(h, &l, &s);
    OK(h_eventselect(h, &s, M_RD));
    OK(h_in(h, &s, FDP_IN_DATA, 5));
    SETS(1, EVOBJ, 1);
    RECORD(&s, FDP_FD_READ, NO_ERRORS);
    OK(h_in(h, &s, FDP_IN_FIN, 0));
    SETS(1, EVOBJ, 1);
    RECORD(&s, FDP_FD_CLOSE, NO_ERRORS);
    OK(h_recv(h, &s, 0, 3, FDP_LEFT_DATA));
    SETS(1, EVOBJ, 1);
    RECORD(&s, FDP_FD_READ, NO_ERRORS);
    OK(h_recv(h, &s, 0, 2, 0));
    NO_SET();
    OK(h_eventselect(h, &s, M_RD));
    NO_SET();
    server(h, &l, &s);
    OK(h_eventselect(h, &s, M_RD));
    OK(h_in(h, &s, FDP_IN_RESET, 0));
    SETS(1, EVOBJ, 1);
    RECORD(&s, FDP_FD_CLOSE, { [FDP_FD_CLOSE_BIT] = FDP_WSAECONNABORTED });
    OK(h_eventselect(h, &s, M_RD));
    OK(h_eventselect(h, &s, 0));
    OK(h_eventselect(h, &s, M_RD));
    NO_SET();
}
END_TEST

/* E4 in the windows profile: enumeration re-enables nothing either; it is
   what makes a select not record again (E7b). */
START_TEST(test_E4_enumeration_records_nothing)
{
    fdp_socket s;
    SETUP(_i);
    h_connected(h, &s, SOCK);
    OK(h_in(h, &s, FDP_IN_DATA, 1));
    OK(h_in(h, &s, FDP_IN_URGENT, 1));
    OK(h_eventselect(h, &s, FDP_FD_ALL_EVENTS));
    SETS(1, EVOBJ, 1); /* S7/D4 in the spec profile, E7d in windows' */
    RECORD(&s, FDP_FD_CONNECT | FDP_FD_READ | FDP_FD_OOB | FDP_FD_WRITE,
           NO_ERRORS);
    RECORD(&s, 0, NO_ERRORS);
    NO_SET();
}
END_TEST

Suite *event_suite(void)
{
    Suite *su = suite_create("event");
    TCase *tc = tcase_create("event-select");
    B(tc, test_E1_E2_eventselect_records_instead_of_posting);
    B(tc, test_DE4_one_set_per_call);
    B(tc, test_DE4_no_record_no_set);
    B(tc, test_E1_DE3_eventselect_clears_the_record);
    B(tc, test_E1_mask_zero_cancels);
    B(tc, test_E1_fionbio_off_refused);
    B(tc, test_E1_eventselect_errors);
    B(tc, test_DE2_async_select_drops_the_record);
    T(tc, test_E4_enumeration_clears_and_resets);
    B(tc, test_E4_failed_enumeration_changes_nothing);
    B(tc, test_E4_never_selected_is_empty);
    B(tc, test_DE1_latest_error_wins);
    T(tc, test_E2_errors_by_bit);
    T(tc, test_E2_windows_reset_is_aborted);
    B(tc, test_E2_small_errors);
    B(tc, test_E5_accept_inherits_event_registration);
    B(tc, test_E6_close);
    B(tc, test_E2_set_failure_reported);
    T(tc, test_E3_spec_rules_hold);
    T(tc, test_E7A_E7B_E7C_read_events);
    T(tc, test_E3_read_events_spec);
    T(tc, test_E7A_E7B_E7F_accept_events);
    T(tc, test_E7D_E7E_connect_events);
    T(tc, test_DE5_failed_connect_before_select);
    T(tc, test_DE6_connect_once_across_async_select);
    T(tc, test_DE6_connect_rearms_write);
    T(tc, test_DE6_late_reset_after_enumerated_close);
    T(tc, test_E7B_E7E_write_events);
    T(tc, test_E7A_E7B_oob_events);
    T(tc, test_E7B_E7G_close_events);
    B(tc, test_E4_enumeration_records_nothing);
    suite_add_tcase(su, tc);
    return su;
}
