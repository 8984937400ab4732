/* SPDX-License-Identifier: MIT */
/*
 * harness.h -- the unit tests' engine under test.
 *
 * A harness is one fdp_engine whose post callback captures every post
 * (wParam, window, message, lParam) in order.  Tests drive the engine only
 * through its public API (engine/fdpost.h) and compare the captured posts
 * with what the seed and docs/rules.md (S1-S18, W1-W5, D1-D13; reasons in
 * docs/decisions.md) say, with EXPECT("FD_READ FD_WRITE"): a mismatch
 * prints both lists.  Expectations are written from the documents, never
 * from the engine.
 *
 * EXPECT's grammar: posts separated by blanks, each
 *     EVENT[:ERROR][@HANDLE][/MESSAGE][%WINDOW]
 * EVENT is FD_READ ... FD_ADDRESS_LIST_CHANGE; ERROR a WSAE name or a
 * number (default 0); HANDLE, MESSAGE, WINDOW numbers (C syntax), default
 * the harness's dh, dmsg, dwin.  EXPECT("") means "nothing was posted".
 * Each EXPECT consumes the posts it checked.
 */
#ifndef FDP_UNIT_HARNESS_H
#define FDP_UNIT_HARNESS_H

#include <check.h>
#include <stdint.h>
#include <string.h>
#include "fdpost.h"

#define H_MAX 64

/* The defaults every test uses unless it says otherwise. */
#define WIN   0x00C0FFEEu           /* hWnd */
#define MSG   0x00008001u           /* wMsg (WM_APP + 1) */
#define MSG2  0x00008002u
#define SOCK  0x1122334455667788ull /* the socket's handle (wParam) */
#define SOCK2 0x0000000000002222ull
#define NEWS  0x00000000000A0001ull /* a socket born by accept */
#define EVOBJ 0x00000000E0E0E0E1ull /* the event object of h_eventselect */

typedef struct h_post {
    uint64_t wparam;
    uint32_t window, message, lparam;
} h_post;

/* One call of the event callback. */
typedef struct h_set {
    uint64_t object;
    int set; /* 1 set, 0 reset */
} h_set;

typedef struct harness harness;
typedef void h_hook_fn(harness *h, const h_post *p);

struct harness {
    fdp_engine e;
    int profile;
    h_post post[H_MAX];         /* posts since the last EXPECT */
    int n;
    int attempts;               /* callback calls since h_init */
    /* Failing callback: attempt k (counted from h_fail) returns fail_seq[k]
       if k < fail_len, else fail_all. */
    int fail_seq[8], fail_len, fail_all, fail_base;
    /* Re-entrancy: the callback calls hook(h, post) before returning. */
    h_hook_fn *hook;
    fdp_socket *hook_sock;
    long hook_mask;
    int hook_calls, hook_rc, hook_err;
    h_set sets[H_MAX];          /* event callback calls since h_sets() */
    int nsets;
    int set_rc;                 /* what the event callback returns */
    int err;                    /* *err of the last wrapped call */
    uint64_t dh;                /* default wParam in EXPECT */
    uint32_t dwin, dmsg;        /* default window, message */
};

void h_init(harness *h, int profile);
void h_fail(harness *h, int all, int n, const int *seq);

/* Wrapped API calls: return the call's result, *err in h->err. */
void h_new(harness *h, fdp_socket *s, uint64_t handle, int type);
int h_select(harness *h, fdp_socket *s, long mask);
int h_select_wm(harness *h, fdp_socket *s, uint32_t win, uint32_t msg, long mask);
int h_eventselect(harness *h, fdp_socket *s, long mask); /* object EVOBJ */
int h_eventselect_o(harness *h, fdp_socket *s, uint64_t object, long mask);
int h_enum(harness *h, fdp_socket *s, uint64_t object, fdp_network_events *ne);
int h_fionbio(harness *h, fdp_socket *s, int on);
int h_recv(harness *h, fdp_socket *s, int flags, long result, unsigned left);
int h_send(harness *h, fdp_socket *s, long result);
int h_accept(harness *h, fdp_socket *s, int result, int pending,
             fdp_socket *ns, uint64_t nh);
int h_connect(harness *h, fdp_socket *s, int result);
int h_joinleaf(harness *h, fdp_socket *s, int result);
int h_ioctl(harness *h, fdp_socket *s, uint32_t code);
int h_inline(harness *h, fdp_socket *s, int on);
int h_bind(harness *h, fdp_socket *s);
int h_listen(harness *h, fdp_socket *s);
int h_shutdown(harness *h, fdp_socket *s, int how);
int h_close(harness *h, fdp_socket *s);
int h_in(harness *h, fdp_socket *s, int input, long arg);

/* Scenarios (nothing registered, so nothing posted; checked). */
void h_connected(harness *h, fdp_socket *s, uint64_t handle);  /* stream, connect ok */
void h_listener(harness *h, fdp_socket *s, uint64_t handle);   /* stream, bind, listen */
void h_dgram(harness *h, fdp_socket *s, uint64_t handle);

/* Checks (file/line are the caller's). */
void h_ok(harness *h, const char *file, int line, const char *what, int rc);
void h_fails(harness *h, const char *file, int line, const char *what, int rc,
             int code);
void h_expect(harness *h, const char *file, int line, const char *spec);
void h_same(const char *file, int line, const fdp_socket *a, const fdp_socket *b);
/* The event callback was called exactly `n` times since the last check,
   the last time with (object, set); then forgets them. */
void h_sets(harness *h, const char *file, int line, int n, uint64_t object,
            int set);
/* Enumerates s (no object) and checks the record: the events, and each
   set bit's error (errors[] by FDP_FD_*_BIT); entries of clear bits must
   be left as they were. */
void h_record(harness *h, const char *file, int line, fdp_socket *s,
              long events, const int *errors);

#define SETUP(profile) harness h_storage_; harness *h = &h_storage_; \
                       h_init(h, (profile))
#define OK(call)         h_ok(h, __FILE__, __LINE__, #call, (call))
#define FAILS(call, code) h_fails(h, __FILE__, __LINE__, #call, (call), (code))
#define EXPECT(spec)     h_expect(h, __FILE__, __LINE__, (spec))
#define NONE()           h_expect(h, __FILE__, __LINE__, "")
/* Event mode: SETS(n, object, set) and RECORD(events, {errors by bit}). */
#define SETS(n, obj, set) h_sets(h, __FILE__, __LINE__, (n), (obj), (set))
#define NO_SET()          h_sets(h, __FILE__, __LINE__, 0, 0, 0)
#define RECORD(s, ev, ...)                                                   \
    do {                                                                     \
        static const int errs_[FDP_FD_MAX_EVENTS] = __VA_ARGS__;             \
        h_record(h, __FILE__, __LINE__, (s), (ev), errs_);                   \
    } while (0)
#define NO_ERRORS { 0 }
/* Where the profiles differ: the spec profile's posts, then windows'. */
#define EXPECT_P(sp, win) h_expect(h, __FILE__, __LINE__, \
                          h->profile == FDP_PROFILE_WINDOWS ? (win) : (sp))
/* The socket state did not change (a failed call changes nothing). */
#define SAME(a, b)       h_same(__FILE__, __LINE__, (a), (b))

#define PROFILE_NAME(p) fdp_profile_name(p)  /* the one name table */

/* Suite registration: T one run (the test picks its profile), B both
   profiles (_i is the profile). */
#define T(tc, fn) tcase_add_test((tc), fn)
#define B(tc, fn) tcase_add_loop_test((tc), fn, FDP_PROFILE_SPEC, FDP_PROFILES)

Suite *read_suite(void);
Suite *write_suite(void);
Suite *oob_suite(void);
Suite *accept_suite(void);
Suite *connect_suite(void);
Suite *close_suite(void);
Suite *qos_suite(void);
Suite *change_suite(void);
Suite *select_suite(void);
Suite *inherit_suite(void);
Suite *errors_suite(void);
Suite *windows_suite(void);
Suite *machines_suite(void);
Suite *misuse_suite(void);
Suite *event_suite(void);

#endif
