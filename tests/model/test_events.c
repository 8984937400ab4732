/* SPDX-License-Identifier: MIT */
/*
 * test_events.c -- the reference model's event-select mode alone
 * (docs/rules.md E1-E8 and the decisions DE1-DE4): hand-written scenarios,
 * each named after the rule it checks.  The spec profile's rules first,
 * then the windows profile's departures (E7 a-g).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fdp_model.h"

#define WND 0x11u
#define MSG 0x401u
#define OBJ 5u
#define OBJ2 6u

#define R FDPM_FD_READ
#define W FDPM_FD_WRITE
#define O FDPM_FD_OOB
#define A FDPM_FD_ACCEPT
#define C FDPM_FD_CONNECT
#define X FDPM_FD_CLOSE
#define Q FDPM_FD_QOS

/* ---- what the model did, in order ---------------------------------- */

enum { EV_POST = 1, EV_RECORD, EV_OPTIONAL, EV_SET, EV_RESET };

typedef struct ev {
    int kind;
    uint64_t who;       /* wParam / socket handle / event object */
    unsigned event;
    int error;
} ev;

static ev log_[64];
static int nlog;
static fdpm_engine E;
static int err;
static int callback_result;              /* what the callbacks return */
static fdpm_socket *reenter;             /* calls from inside a callback */
static int reenter_sel_err, reenter_es_err;

static void add(int kind, uint64_t who, unsigned event, int error)
{
    ck_assert_int_lt(nlog, 64);
    log_[nlog].kind = kind;
    log_[nlog].who = who;
    log_[nlog].event = event;
    log_[nlog].error = error;
    nlog++;
}

static void try_reenter(void)
{
    fdpm_socket before;
    if (!reenter)
        return;
    before = *reenter;
    reenter_sel_err = reenter_es_err = 0;
    ck_assert_int_eq(fdpm_select(&E, reenter, WND, MSG, R, &reenter_sel_err),
                     FDPM_SOCKET_ERROR);
    ck_assert_int_eq(fdpm_eventselect(&E, reenter, OBJ2, R, &reenter_es_err),
                     FDPM_SOCKET_ERROR);
    ck_assert(memcmp(&before, reenter, sizeof before) == 0);
}

static int on_post(void *ctx, uint64_t wparam, uint32_t window,
                   uint32_t message, uint32_t lparam)
{
    (void)ctx; (void)window; (void)message;
    add(EV_POST, wparam, lparam & 0xFFFF, (int)(lparam >> 16));
    try_reenter();
    return callback_result;
}

static int on_event(void *ctx, uint64_t object, int set)
{
    (void)ctx;
    add(set ? EV_SET : EV_RESET, object, 0, 0);
    try_reenter();
    return callback_result;
}

static void on_record(void *ctx, uint64_t handle, unsigned event, int error,
                      int optional)
{
    (void)ctx;
    add(optional ? EV_OPTIONAL : EV_RECORD, handle, event, error);
}

static void setup_profile(int profile)
{
    fdpm_init(&E, on_post, NULL, profile);
    fdpm_set_event_callback(&E, on_event, NULL);
    fdpm_set_record_callback(&E, on_record, NULL);
    nlog = 0;
    callback_result = 0;
    reenter = NULL;
}

static void setup_spec(void) { setup_profile(FDPM_PROFILE_SPEC); }
static void setup_windows(void) { setup_profile(FDPM_PROFILE_WINDOWS); }

/* Expect exactly these (kind, who, event, error) quadruples since the last
   expect, then forget them.  kind 0 ends the list. */
static void expect_(int line, const long *want)
{
    int i, n = 0;
    char got[1024] = "", tmp[64];
    for (i = 0; i < nlog; i++) {
        snprintf(tmp, sizeof tmp, " (%d %llu %#x %d)", log_[i].kind,
                 (unsigned long long)log_[i].who, log_[i].event,
                 log_[i].error);
        strncat(got, tmp, sizeof got - strlen(got) - 1);
    }
    while (want[4 * n])
        n++;
    ck_assert_msg(n == nlog, "line %d: want %d entries, got %d:%s", line, n,
                  nlog, got);
    for (i = 0; i < n; i++)
        ck_assert_msg(log_[i].kind == want[4 * i] &&
                      log_[i].who == (uint64_t)want[4 * i + 1] &&
                      log_[i].event == (unsigned)want[4 * i + 2] &&
                      log_[i].error == want[4 * i + 3],
                      "line %d: entry %d differs; got:%s", line, i, got);
    nlog = 0;
}
#define EXPECT(...) do { static const long w_[] = { __VA_ARGS__, 0, 0, 0, \
                         0 }; expect_(__LINE__, w_); } while (0)
#define NOTHING() do { static const long w_[] = { 0, 0, 0, 0 }; \
                       expect_(__LINE__, w_); } while (0)
/* shorthands: s is the socket's handle */
#define REC(s, e, x) EV_RECORD, (s), (e), (x)
#define OPT(s, e) EV_OPTIONAL, (s), (e), 0
#define SET(o) EV_SET, (o), 0, 0
#define RESET(o) EV_RESET, (o), 0, 0
#define POST(s, e, x) EV_POST, (s), (e), (x)

#define OK(call) ck_assert_msg((call) == 0, "%s failed: %d", #call, err)
#define FAILS(call, code) do { err = 0; \
    ck_assert_msg((call) == FDPM_SOCKET_ERROR, "%s did not fail", #call); \
    ck_assert_int_eq(err, (code)); } while (0)

static void sock(fdpm_socket *s, uint64_t h, int type)
{
    OK(fdpm_socket_init(&E, s, h, type, FDPM_PROFILE_DEFAULT, &err));
}

static void evsel(fdpm_socket *s, uint64_t object, long mask)
{
    OK(fdpm_eventselect(&E, s, object, mask, &err));
}

static void in(fdpm_socket *s, int input, long arg)
{
    OK(fdpm_input(&E, s, input, arg, &err));
}

/* Enumerate (object given or 0) and expect this lNetworkEvents; errors
   of clear bits must stay as they were (the sentinel). */
static fdpm_network_events ne;
static void enum_(int line, fdpm_socket *s, uint64_t object, long events)
{
    int i;
    memset(&ne, 0, sizeof ne);
    for (i = 0; i < FDPM_FD_MAX_EVENTS; i++)
        ne.error_code[i] = 4242;
    ck_assert_msg(fdpm_enum_network_events(&E, s, object, &ne, &err) == 0,
                  "line %d: enum failed %d", line, err);
    ck_assert_msg(ne.network_events == events,
                  "line %d: enumerated %#lx, want %#lx", line,
                  ne.network_events, events);
    for (i = 0; i < FDPM_FD_MAX_EVENTS; i++)
        if (!(events & (1L << i)))
            ck_assert_msg(ne.error_code[i] == 4242, "line %d: iErrorCode[%d]"
                          " of a clear bit was written", line, i);
}
#define ENUM(s, o, ev) enum_(__LINE__, (s), (o), (ev))
#define ERR_OF(bit) (ne.error_code[bit])

/* A connected stream socket (handle 7), event-selected for `mask` with
   OBJ, its records enumerated and forgotten. */
static void connected_stream(fdpm_socket *s, long mask)
{
    sock(s, 7, FDPM_STREAM);
    OK(fdpm_connect(&E, s, FDPM_WSAEWOULDBLOCK, &err));
    in(s, FDPM_IN_CONNECTED, 0);
    evsel(s, OBJ, mask);
    OK(fdpm_enum_network_events(&E, s, 0, &ne, &err));  /* whatever */
    nlog = 0;
}

/* ---- E1 Registration ------------------------------------------------ */

START_TEST(E1_eventselect_replaces_async_and_records)
{
    fdpm_socket s;
    sock(&s, 7, FDPM_STREAM);
    OK(fdpm_select(&E, &s, WND, MSG, R, &err));
    in(&s, FDPM_IN_DATA, 1);
    EXPECT(POST(7, R, 0));
    /* S2 holds for the registration (E3): data is there, it is recorded */
    evsel(&s, OBJ, R | X);
    EXPECT(REC(7, R, 0), SET(OBJ));
    ck_assert(fdpm_nonblocking(&s));
    OK(fdpm_recv(&E, &s, 0, 1, 1, FDPM_LEFT_DATA, &err));
    EXPECT(REC(7, R, 0), SET(OBJ));          /* recorded, not posted */
    ENUM(&s, OBJ, R);
    EXPECT(RESET(OBJ));
}
END_TEST

START_TEST(E1_clears_record_and_mask_zero_cancels)
{
    fdpm_socket s;
    sock(&s, 7, FDPM_STREAM);
    evsel(&s, OBJ, R);
    in(&s, FDPM_IN_DATA, 1);
    EXPECT(REC(7, R, 0), SET(OBJ));
    OK(fdpm_recv(&E, &s, 0, 1, 1, 0, &err));   /* drained, not enumerated */
    evsel(&s, OBJ, R);                        /* clears the record */
    NOTHING();
    ENUM(&s, 0, 0);
    evsel(&s, OBJ, 0);
    in(&s, FDPM_IN_DATA, 1);
    OK(fdpm_fionbio(&E, &s, 0, &err));        /* no mask: allowed */
    NOTHING();
    ENUM(&s, 0, 0);
    ck_assert(s.object == 0);                 /* mask 0: object ignored */
}
END_TEST

START_TEST(E1_errors_change_nothing)
{
    fdpm_socket s, before;
    connected_stream(&s, R);
    in(&s, FDPM_IN_DATA, 1);
    EXPECT(REC(7, R, 0), SET(OBJ));
    before = s;
    FAILS(fdpm_eventselect(&E, &s, OBJ2, 0x400, &err), FDPM_WSAEINVAL);
    FAILS(fdpm_eventselect(&E, &s, OBJ2, -1, &err), FDPM_WSAEINVAL);
    FAILS(fdpm_fionbio(&E, &s, 0, &err), FDPM_WSAEINVAL);
    ck_assert(memcmp(&s, &before, sizeof s) == 0);
    in(&s, FDPM_IN_NETDOWN, 0);
    before = s;
    FAILS(fdpm_eventselect(&E, &s, OBJ, R, &err), FDPM_WSAENETDOWN);
    ck_assert(memcmp(&s, &before, sizeof s) == 0);
    OK(fdpm_close(&E, &s, &err));
    FAILS(fdpm_eventselect(&E, &s, OBJ, R, &err), FDPM_WSAENOTSOCK);
    NOTHING();
}
END_TEST

/* E1: WSAEINPROGRESS from inside a callback of this socket: the post
   callback and the set-event callback alike. */
START_TEST(E1_inside_callback_in_progress)
{
    fdpm_socket s;
    sock(&s, 7, FDPM_STREAM);
    OK(fdpm_select(&E, &s, WND, MSG, R, &err));
    reenter = &s;
    in(&s, FDPM_IN_DATA, 1);
    ck_assert_int_eq(reenter_sel_err, FDPM_WSAEINPROGRESS);
    ck_assert_int_eq(reenter_es_err, FDPM_WSAEINPROGRESS);
    reenter = NULL;
    evsel(&s, OBJ, R);
    reenter = &s;
    OK(fdpm_recv(&E, &s, 0, 1, 1, FDPM_LEFT_DATA, &err));
    ck_assert_int_eq(reenter_sel_err, FDPM_WSAEINPROGRESS);
    ck_assert_int_eq(reenter_es_err, FDPM_WSAEINPROGRESS);
    ENUM(&s, OBJ, R);                        /* the reset: busy too */
    ck_assert_int_eq(reenter_es_err, FDPM_WSAEINPROGRESS);
    reenter = NULL;
    nlog = 0;
}
END_TEST

/* DE3/E7f: the registration does not reset the object. */
START_TEST(DE3_eventselect_does_not_reset)
{
    fdpm_socket s;
    sock(&s, 7, FDPM_STREAM);
    evsel(&s, OBJ, R);
    evsel(&s, OBJ2, W | R);
    evsel(&s, OBJ2, 0);
    NOTHING();
}
END_TEST

/* ---- E2 Recording, DE1, DE4 ----------------------------------------- */

START_TEST(E2_record_error_by_bit_index)
{
    fdpm_socket s;
    connected_stream(&s, X | R);
    in(&s, FDPM_IN_RESET, 0);
    EXPECT(REC(7, X, FDPM_WSAECONNRESET), SET(OBJ));
    ENUM(&s, OBJ, X);
    ck_assert_int_eq(ERR_OF(FDPM_FD_CLOSE_BIT), FDPM_WSAECONNRESET);
    EXPECT(RESET(OBJ));
}
END_TEST

START_TEST(DE1_recorded_again_one_bit_latest_error)
{
    fdpm_socket s;
    connected_stream(&s, R);
    in(&s, FDPM_IN_DATA, 1);
    OK(fdpm_recv(&E, &s, 0, 1, 1, 0, &err));      /* re-enabled, drained */
    in(&s, FDPM_IN_NETDOWN, 0);                    /* D2: re-enabled */
    EXPECT(REC(7, R, 0), SET(OBJ), REC(7, R, FDPM_WSAENETDOWN), SET(OBJ));
    ENUM(&s, 0, R);                                /* E: after netdown */
    ck_assert_int_eq(ERR_OF(FDPM_FD_READ_BIT), FDPM_WSAENETDOWN);
    NOTHING();
}
END_TEST

/* DE4: once per call that recorded, after its records; never otherwise. */
START_TEST(DE4_set_once_per_recording_step)
{
    fdpm_socket s;
    sock(&s, 7, FDPM_STREAM);
    OK(fdpm_connect(&E, &s, FDPM_WSAEWOULDBLOCK, &err));
    in(&s, FDPM_IN_CONNECTED, 0);
    in(&s, FDPM_IN_DATA, 1);
    in(&s, FDPM_IN_PENDING, 0);
    evsel(&s, OBJ, FDPM_FD_ALL_EVENTS);
    /* S15 order, the spec profile's FD_CONNECT at select (S7) */
    EXPECT(REC(7, C, 0), REC(7, A, 0), REC(7, R, 0), REC(7, W, 0),
           SET(OBJ));
    in(&s, FDPM_IN_DATA, 1);                       /* S3: nothing */
    OK(fdpm_send(&E, &s, 1, 1, &err));
    OK(fdpm_listen(&E, &s, &err));
    NOTHING();
    ENUM(&s, 0, C | A | R | W);
    NOTHING();                                     /* no object: no reset */
}
END_TEST

/* E2: "A post the profile leaves optional (D1) is not recorded." */
START_TEST(E2_optional_not_recorded)
{
    fdpm_socket d;
    sock(&d, 9, FDPM_DGRAM);
    evsel(&d, OBJ, W);
    EXPECT(REC(9, W, 0), SET(OBJ));                /* S6: connectionless */
    OK(fdpm_bind(&E, &d, &err));
    EXPECT(OPT(9, W));                             /* D1: no set either */
    OK(fdpm_connect(&E, &d, 0, &err));
    EXPECT(OPT(9, W));                             /* D6 (spec) */
    ENUM(&d, OBJ, W);
    EXPECT(RESET(OBJ));
}
END_TEST

/* ---- E3 The same rules -------------------------------------------- */

START_TEST(E3_no_flooding_and_level_triggering)
{
    fdpm_socket s;
    connected_stream(&s, R | O | W);
    in(&s, FDPM_IN_DATA, 1);
    in(&s, FDPM_IN_DATA, 1);                       /* S3 */
    EXPECT(REC(7, R, 0), SET(OBJ));
    OK(fdpm_recv(&E, &s, 0, 1, -FDPM_WSAEWOULDBLOCK, FDPM_LEFT_DATA,
                 &err));                           /* S4: failing too */
    EXPECT(REC(7, R, 0), SET(OBJ));
    OK(fdpm_send(&E, &s, 1, -FDPM_WSAEWOULDBLOCK, &err));
    in(&s, FDPM_IN_SPACE, 0);                      /* S6 */
    EXPECT(REC(7, W, 0), SET(OBJ));
    in(&s, FDPM_IN_URGENT, 1);
    OK(fdpm_recv(&E, &s, FDPM_MSG_OOB, 1, 1, FDPM_LEFT_URGENT |
                 FDPM_LEFT_DATA, &err));           /* S5: both */
    EXPECT(REC(7, O, 0), SET(OBJ), REC(7, O, 0), REC(7, R, 0), SET(OBJ));
    ENUM(&s, OBJ, R | W | O);
    EXPECT(RESET(OBJ));
}
END_TEST

START_TEST(E3_graceful_close_after_drain)
{
    fdpm_socket s;
    connected_stream(&s, R | X);
    in(&s, FDPM_IN_DATA, 1);
    in(&s, FDPM_IN_FIN, 0);                        /* S8: held back */
    EXPECT(REC(7, R, 0), SET(OBJ));
    OK(fdpm_recv(&E, &s, 0, 1, 1, 0, &err));
    EXPECT(REC(7, X, 0), SET(OBJ));
    ENUM(&s, OBJ, R | X);
    ck_assert_int_eq(ERR_OF(FDPM_FD_CLOSE_BIT), 0);
}
END_TEST

/* ---- E4 Enumeration ------------------------------------------------ */

START_TEST(E4_copies_clears_resets_reenables_nothing)
{
    fdpm_socket s;
    connected_stream(&s, R | A);
    in(&s, FDPM_IN_DATA, 1);
    EXPECT(REC(7, R, 0), SET(OBJ));
    ENUM(&s, OBJ2, R);                              /* the object given */
    EXPECT(RESET(OBJ2));
    ENUM(&s, 0, 0);                                 /* cleared */
    NOTHING();
    in(&s, FDPM_IN_DATA, 1);                        /* still awaiting */
    NOTHING();
    ENUM(&s, OBJ, 0);
    EXPECT(RESET(OBJ));                             /* reset all the same */
}
END_TEST

START_TEST(E4_failed_enum_changes_nothing)
{
    fdpm_socket s, before;
    fdpm_network_events out;
    connected_stream(&s, R);
    in(&s, FDPM_IN_DATA, 1);
    nlog = 0;
    before = s;
    FAILS(fdpm_enum_network_events(&E, &s, OBJ, NULL, &err), FDPM_WSAEFAULT);
    ck_assert(memcmp(&s, &before, sizeof s) == 0);
    NOTHING();
    OK(fdpm_close(&E, &s, &err));
    FAILS(fdpm_enum_network_events(&E, &s, OBJ, &out, &err),
          FDPM_WSAENOTSOCK);
    NOTHING();
}
END_TEST

START_TEST(E4_never_event_selected_is_empty)
{
    fdpm_socket s;
    sock(&s, 7, FDPM_STREAM);
    OK(fdpm_select(&E, &s, WND, MSG, R, &err));
    in(&s, FDPM_IN_DATA, 1);
    EXPECT(POST(7, R, 0));
    ENUM(&s, 0, 0);
    NOTHING();
}
END_TEST

/* ---- DE2 ------------------------------------------------------------ */

START_TEST(DE2_async_select_clears_record)
{
    fdpm_socket s;
    connected_stream(&s, R);
    in(&s, FDPM_IN_DATA, 1);
    EXPECT(REC(7, R, 0), SET(OBJ));
    OK(fdpm_select(&E, &s, WND, MSG, R, &err));
    EXPECT(POST(7, R, 0));                         /* S2, as a message */
    ENUM(&s, 0, 0);
    OK(fdpm_recv(&E, &s, 0, 1, 1, FDPM_LEFT_DATA, &err));
    EXPECT(POST(7, R, 0));
    evsel(&s, OBJ, R);                             /* and back */
    EXPECT(REC(7, R, 0), SET(OBJ));
}
END_TEST

/* ---- E5 Inheritance ------------------------------------------------- */

START_TEST(E5_accept_inherits_object_and_mask)
{
    fdpm_socket l, n;
    sock(&l, 3, FDPM_STREAM);
    OK(fdpm_listen(&E, &l, &err));
    evsel(&l, OBJ, A | W | R);
    in(&l, FDPM_IN_PENDING, 0);
    EXPECT(REC(3, A, 0), SET(OBJ));
    OK(fdpm_accept(&E, &l, 0, 1, &n, 4, &err));    /* S5, then the new one */
    EXPECT(REC(3, A, 0), REC(4, W, 0), SET(OBJ));  /* DE4: one set */
    ck_assert(n.evsel && n.object == OBJ && n.mask == (A | W | R));
    in(&n, FDPM_IN_DATA, 1);
    EXPECT(REC(4, R, 0), SET(OBJ));
    ENUM(&n, 0, W | R);                            /* records of its own */
    ENUM(&l, 0, A);
    OK(fdpm_select(&E, &l, WND, MSG, W, &err));    /* message mode: S11 */
    OK(fdpm_accept(&E, &l, 0, 0, &n, 4, &err));
    EXPECT(POST(4, W, 0));
    ck_assert(!n.evsel);
}
END_TEST

/* ---- E6 Close ------------------------------------------------------- */

START_TEST(E6_nothing_recorded_after_close)
{
    fdpm_socket s;
    fdpm_network_events out;
    connected_stream(&s, FDPM_FD_ALL_EVENTS);
    in(&s, FDPM_IN_DATA, 1);
    OK(fdpm_close(&E, &s, &err));
    nlog = 0;
    FAILS(fdpm_input(&E, &s, FDPM_IN_FIN, 0, &err), FDPM_WSAENOTSOCK);
    FAILS(fdpm_eventselect(&E, &s, OBJ, R, &err), FDPM_WSAENOTSOCK);
    FAILS(fdpm_enum_network_events(&E, &s, OBJ, &out, &err),
          FDPM_WSAENOTSOCK);
    NOTHING();
}
END_TEST

START_TEST(post_failure_is_returned_by_set)
{
    fdpm_socket s;
    connected_stream(&s, R);
    callback_result = FDPM_WSAENOBUFS;
    FAILS(fdpm_input(&E, &s, FDPM_IN_DATA, 1, &err), FDPM_WSAENOBUFS);
    EXPECT(REC(7, R, 0), SET(OBJ));
    FAILS(fdpm_enum_network_events(&E, &s, OBJ, &ne, &err),
          FDPM_WSAENOBUFS);
    EXPECT(RESET(OBJ));
    ck_assert_int_eq(s.rec, 0);                    /* enumerated all the same */
}
END_TEST

START_TEST(state_is_88_bytes_and_compares_bytewise)
{
    fdpm_socket a, b;
    ck_assert_int_eq(sizeof(fdpm_socket), 88);
    sock(&a, 7, FDPM_STREAM);
    sock(&b, 7, FDPM_STREAM);
    evsel(&a, OBJ, R);
    evsel(&b, OBJ, R);
    in(&a, FDPM_IN_DATA, 1);
    in(&b, FDPM_IN_DATA, 1);
    ENUM(&a, 0, R);
    ENUM(&b, 0, R);
    ck_assert(memcmp(&a, &b, sizeof a) == 0);
    nlog = 0;
}
END_TEST

/* ---- E7 windows ----------------------------------------------------- */

/* E7A: a new arrival records again without re-enabling, enumerated or
   not. */
START_TEST(E7a_arrival_records_again)
{
    fdpm_socket s;
    connected_stream(&s, R | O | A);
    in(&s, FDPM_IN_DATA, 1);
    in(&s, FDPM_IN_DATA, 1);                       /* not enumerated */
    EXPECT(REC(7, R, 0), SET(OBJ), REC(7, R, 0), SET(OBJ));
    ENUM(&s, 0, R);
    in(&s, FDPM_IN_DATA, 1);
    EXPECT(REC(7, R, 0), SET(OBJ));
    in(&s, FDPM_IN_URGENT, 1);
    ENUM(&s, 0, R | O);
    in(&s, FDPM_IN_URGENT, 1);
    EXPECT(REC(7, O, 0), SET(OBJ), REC(7, O, 0), SET(OBJ));
    in(&s, FDPM_IN_PENDING, 0);
    ENUM(&s, 0, O | A);
    in(&s, FDPM_IN_PENDING, 0);
    EXPECT(REC(7, A, 0), SET(OBJ), REC(7, A, 0), SET(OBJ));
    /* message mode is W5's: a second arrival posts nothing */
    OK(fdpm_select(&E, &s, WND, MSG, R, &err));
    in(&s, FDPM_IN_DATA, 1);
    EXPECT(POST(7, R, 0));
}
END_TEST

/* E7b (as Wine's tests refine it): no second recording at a new
   registration of what was enumerated and not re-enabled since. */
START_TEST(E7b_reregistration_withholds_enumerated)
{
    fdpm_socket s;
    sock(&s, 7, FDPM_STREAM);
    OK(fdpm_connect(&E, &s, 0, &err));
    in(&s, FDPM_IN_DATA, 1);
    evsel(&s, OBJ, R | W);
    EXPECT(REC(7, R, 0), REC(7, W, 0), SET(OBJ));
    ENUM(&s, OBJ, R | W);
    nlog = 0;
    evsel(&s, OBJ, R | W);                         /* the same mask */
    evsel(&s, OBJ, 0);
    evsel(&s, OBJ, R | W);                         /* 0 and the mask */
    OK(fdpm_send(&E, &s, 1, 1, &err));             /* S6: re-arms nothing */
    evsel(&s, OBJ, R | W);
    NOTHING();
    OK(fdpm_send(&E, &s, 1, -FDPM_WSAEWOULDBLOCK, &err));
    in(&s, FDPM_IN_SPACE, 0);
    EXPECT(REC(7, W, 0), SET(OBJ));
    OK(fdpm_recv(&E, &s, 0, 1, 1, FDPM_LEFT_DATA, &err));
    EXPECT(REC(7, R, 0), SET(OBJ));                /* S5 */
    ENUM(&s, OBJ, R | W);
    evsel(&s, OBJ, R | W);
    EXPECT(RESET(OBJ));
    OK(fdpm_select(&E, &s, WND, MSG, R | W, &err));   /* W5: afresh */
    EXPECT(POST(7, R, 0), POST(7, W, 0));
    evsel(&s, OBJ, R | W);                         /* and back: afresh */
    EXPECT(REC(7, R, 0), REC(7, W, 0), SET(OBJ));
}
END_TEST

/* E7b: what was recorded and not enumerated is recorded again (Wine's
   test_accept_events, the subset select), also after an arrival recorded
   it again (E7a). */
START_TEST(E7b_recorded_not_enumerated_is_recorded_again)
{
    fdpm_socket l;
    sock(&l, 3, FDPM_STREAM);
    OK(fdpm_listen(&E, &l, &err));
    evsel(&l, OBJ, A | R);
    in(&l, FDPM_IN_PENDING, 0);
    EXPECT(REC(3, A, 0), SET(OBJ));
    evsel(&l, OBJ, R);                             /* drops FD_ACCEPT */
    evsel(&l, OBJ, A | R);
    EXPECT(REC(3, A, 0), SET(OBJ));
    ENUM(&l, OBJ, A);
    in(&l, FDPM_IN_PENDING, 0);                    /* E7a */
    EXPECT(RESET(OBJ), REC(3, A, 0), SET(OBJ));
    evsel(&l, OBJ, A | R);
    EXPECT(REC(3, A, 0), SET(OBJ));
    ENUM(&l, OBJ, A);
    evsel(&l, OBJ, A | R);
    EXPECT(RESET(OBJ));
}
END_TEST

/* E7b: what happens again outside the mask after its enumeration is
   recorded when it is added (Wine's test_*_events: C3, R3, K6, O2). */
START_TEST(E7b_happened_outside_mask_is_recorded)
{
    fdpm_socket s;
    connected_stream(&s, R | Q);
    in(&s, FDPM_IN_DATA, 1);
    in(&s, FDPM_IN_QOS, 0);
    OK(fdpm_ioctl(&E, &s, FDPM_SIO_GET_QOS, &err));
    ENUM(&s, 0, R | Q);                            /* both enumerated */
    nlog = 0;
    evsel(&s, OBJ, R | Q);
    NOTHING();                                     /* FD_READ withheld */
    evsel(&s, OBJ, 0);
    in(&s, FDPM_IN_DATA, 1);                       /* happens again */
    in(&s, FDPM_IN_QOS, 0);
    NOTHING();
    evsel(&s, OBJ, R | Q);
    EXPECT(REC(7, R, 0), REC(7, Q, 0), SET(OBJ));
}
END_TEST

START_TEST(E7b_close_recorded_once)
{
    fdpm_socket s;
    connected_stream(&s, X);
    in(&s, FDPM_IN_FIN, 0);
    EXPECT(REC(7, X, 0), SET(OBJ));
    evsel(&s, OBJ, X);                             /* not enumerated */
    EXPECT(REC(7, X, 0), SET(OBJ));
    ENUM(&s, 0, X);
    evsel(&s, OBJ, X);
    evsel(&s, OBJ, 0);
    evsel(&s, OBJ, X);
    NOTHING();
}
END_TEST

/* E7C: a failing recv re-enables neither FD_READ nor FD_OOB in event
   mode. */
START_TEST(E7c_failing_recv_does_not_reenable_read)
{
    fdpm_socket s;
    connected_stream(&s, R | O);
    in(&s, FDPM_IN_DATA, 1);
    in(&s, FDPM_IN_URGENT, 1);
    EXPECT(REC(7, R, 0), SET(OBJ), REC(7, O, 0), SET(OBJ));
    OK(fdpm_recv(&E, &s, 0, 1, -FDPM_WSAEWOULDBLOCK,
                 FDPM_LEFT_DATA | FDPM_LEFT_URGENT, &err));
    NOTHING();
    OK(fdpm_recv(&E, &s, 0, 1, 1, FDPM_LEFT_DATA | FDPM_LEFT_URGENT,
                 &err));
    EXPECT(REC(7, O, 0), REC(7, R, 0), SET(OBJ));
}
END_TEST

/* E7d: FD_CONNECT recorded at the registration after a completed
   connect (W3 holds in message mode). */
START_TEST(E7d_connect_recorded_at_registration)
{
    fdpm_socket s;
    sock(&s, 7, FDPM_STREAM);
    OK(fdpm_connect(&E, &s, FDPM_WSAEWOULDBLOCK, &err));
    in(&s, FDPM_IN_CONNECTED, 0);
    OK(fdpm_select(&E, &s, WND, MSG, C, &err));
    NOTHING();                                     /* W3 */
    evsel(&s, OBJ, C);
    EXPECT(REC(7, C, 0), SET(OBJ));
    ENUM(&s, 0, C);
    evsel(&s, OBJ, C);                             /* E7b: once */
    NOTHING();
}
END_TEST

/* DE5: a connect that failed before the event select is not recorded by
   it; only a success waits (E7D). */
START_TEST(DE5_failed_connect_not_recorded_at_registration)
{
    fdpm_socket s;
    sock(&s, 7, FDPM_STREAM);
    OK(fdpm_connect(&E, &s, FDPM_WSAECONNREFUSED, &err));
    evsel(&s, OBJ, C);
    NOTHING();
    evsel(&s, OBJ, 0);
    OK(fdpm_connect(&E, &s, 0, &err));             /* a success waits */
    evsel(&s, OBJ, C);
    EXPECT(REC(7, C, 0), SET(OBJ));
}
END_TEST

/* DE6: what an enumeration took stays taken: a connect's outcome across
   a WSPAsyncSelect (E7D's "once"); a reset after the graceful close; and a
   new connect makes FD_WRITE happen again for the next select. */
START_TEST(DE6_taken_stays_taken)
{
    fdpm_socket s, c;
    sock(&s, 7, FDPM_STREAM);
    evsel(&s, OBJ, C | W | X);
    OK(fdpm_connect(&E, &s, 0, &err));
    EXPECT(REC(7, C, 0), REC(7, W, 0), SET(OBJ));
    ENUM(&s, 0, C | W);
    OK(fdpm_select(&E, &s, WND, MSG, C | W | X, &err));
    EXPECT(POST(7, W, 0));                         /* W3, W5 */
    evsel(&s, OBJ, C | W | X);
    EXPECT(REC(7, W, 0), SET(OBJ));                /* not FD_CONNECT */
    ENUM(&s, 0, W);
    OK(fdpm_connect(&E, &s, 0, &err));
    EXPECT(REC(7, C, 0), SET(OBJ));
    ENUM(&s, 0, C);
    evsel(&s, OBJ, C | W | X);
    EXPECT(REC(7, W, 0), SET(OBJ));                /* happened again */
    ENUM(&s, 0, W);
    in(&s, FDPM_IN_FIN, 0);
    EXPECT(REC(7, X, 0), SET(OBJ));
    ENUM(&s, 0, X);
    in(&s, FDPM_IN_RESET, 0);
    evsel(&s, OBJ, C | W | X);
    NOTHING();                                     /* the end was taken */
    /* not enumerated: waits across the WSPAsyncSelect */
    sock(&c, 8, FDPM_STREAM);
    evsel(&c, OBJ, C);
    OK(fdpm_connect(&E, &c, 0, &err));
    EXPECT(REC(8, C, 0), SET(OBJ));
    OK(fdpm_select(&E, &c, WND, MSG, C, &err));
    NOTHING();
    evsel(&c, OBJ, C);
    EXPECT(REC(8, C, 0), SET(OBJ));
}
END_TEST

/* E7e: datagram FD_WRITE follows the connect, not the select. */
START_TEST(E7e_datagram_write_follows_connect)
{
    fdpm_socket d, b;
    sock(&d, 9, FDPM_DGRAM);
    evsel(&d, OBJ, W | C);
    NOTHING();                                     /* unbound */
    OK(fdpm_connect(&E, &d, 0, &err));
    EXPECT(REC(9, C, 0), REC(9, W, 0), SET(OBJ));
    sock(&b, 8, FDPM_DGRAM);
    OK(fdpm_bind(&E, &b, &err));
    evsel(&b, OBJ, W);
    EXPECT(REC(8, W, 0), SET(OBJ));
    OK(fdpm_select(&E, &b, WND, MSG, W | C, &err));   /* W4 */
    OK(fdpm_connect(&E, &b, 0, &err));
    EXPECT(POST(8, W, 0), POST(8, W, 0));
}
END_TEST

/* E7g: W1 and W2 in event mode. */
START_TEST(E7g_w1_w2_hold)
{
    fdpm_socket s;
    connected_stream(&s, R | X);
    in(&s, FDPM_IN_DATA, 1);
    in(&s, FDPM_IN_FIN, 0);
    EXPECT(REC(7, R, 0), SET(OBJ), REC(7, X, 0), SET(OBJ));
    ENUM(&s, 0, R | X);
    sock(&s, 7, FDPM_STREAM);
    OK(fdpm_connect(&E, &s, 0, &err));
    evsel(&s, OBJ, X);
    in(&s, FDPM_IN_RESET, 0);
    EXPECT(REC(7, X, FDPM_WSAECONNABORTED), SET(OBJ));
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("events");
    TCase *t = tcase_create("spec");
    TCase *w = tcase_create("windows");
    tcase_add_checked_fixture(t, setup_spec, NULL);
    tcase_add_checked_fixture(w, setup_windows, NULL);
    tcase_add_test(t, E1_eventselect_replaces_async_and_records);
    tcase_add_test(t, E1_clears_record_and_mask_zero_cancels);
    tcase_add_test(t, E1_errors_change_nothing);
    tcase_add_test(t, E1_inside_callback_in_progress);
    tcase_add_test(t, DE3_eventselect_does_not_reset);
    tcase_add_test(t, E2_record_error_by_bit_index);
    tcase_add_test(t, DE1_recorded_again_one_bit_latest_error);
    tcase_add_test(t, DE4_set_once_per_recording_step);
    tcase_add_test(t, E2_optional_not_recorded);
    tcase_add_test(t, E3_no_flooding_and_level_triggering);
    tcase_add_test(t, E3_graceful_close_after_drain);
    tcase_add_test(t, E4_copies_clears_resets_reenables_nothing);
    tcase_add_test(t, E4_failed_enum_changes_nothing);
    tcase_add_test(t, E4_never_event_selected_is_empty);
    tcase_add_test(t, DE2_async_select_clears_record);
    tcase_add_test(t, E5_accept_inherits_object_and_mask);
    tcase_add_test(t, E6_nothing_recorded_after_close);
    tcase_add_test(t, post_failure_is_returned_by_set);
    tcase_add_test(t, state_is_88_bytes_and_compares_bytewise);
    tcase_add_test(w, E7a_arrival_records_again);
    tcase_add_test(w, E7b_reregistration_withholds_enumerated);
    tcase_add_test(w, E7b_recorded_not_enumerated_is_recorded_again);
    tcase_add_test(w, E7b_close_recorded_once);
    tcase_add_test(w, E7b_happened_outside_mask_is_recorded);
    tcase_add_test(w, E7c_failing_recv_does_not_reenable_read);
    tcase_add_test(w, E7d_connect_recorded_at_registration);
    tcase_add_test(w, DE5_failed_connect_not_recorded_at_registration);
    tcase_add_test(w, DE6_taken_stays_taken);
    tcase_add_test(w, E7e_datagram_write_follows_connect);
    tcase_add_test(w, DE3_eventselect_does_not_reset);
    tcase_add_test(w, E7g_w1_w2_hold);
    tcase_add_test(w, E5_accept_inherits_object_and_mask);
    suite_add_tcase(s, t);
    suite_add_tcase(s, w);
    return s;
}

int main(void)
{
    SRunner *r = srunner_create(suite());
    int failed;
    srunner_run_all(r, CK_NORMAL);
    failed = srunner_ntests_failed(r);
    srunner_free(r);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
