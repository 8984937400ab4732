/* SPDX-License-Identifier: MIT */
/*
 * test_posix.c -- the POSIX adapter's event objects, its wait and its
 * event-select calls, one by one (engine/posix/fdp_posix.h).
 *
 * Built twice (tests/live/posix.mk): with eventfds, and with
 * FDPX_NO_EVENTFD (pipes) under ASan+UBSan.  The sockets are real, on
 * 127.0.0.1; no test sleeps: every wait is for a condition, bounded.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "posix/fdp_posix.h"

#define TIMEOUT_MS 5000

static long now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* ---- event objects ------------------------------------------------------ */

START_TEST(event_set_reset)
{
    fdpx_ctx *c = fdpx_new(FDP_PROFILE_SPEC, NULL, NULL);
    fdpx_event_t a = fdpx_create_event(c), b = fdpx_create_event(c);
    ck_assert_uint_eq(a, 1);
    ck_assert_uint_eq(b, 2);
    ck_assert_int_eq(fdpx_event_is_set(c, a), 0);       /* born not set */
    ck_assert_int_eq(fdpx_set_event(c, a), 0);
    ck_assert_int_eq(fdpx_event_is_set(c, a), 1);
    ck_assert_int_eq(fdpx_event_is_set(c, b), 0);
    ck_assert_int_eq(fdpx_set_event(c, a), 0);          /* set twice: still set */
    ck_assert_int_eq(fdpx_event_is_set(c, a), 1);
    ck_assert_int_eq(fdpx_reset_event(c, a), 0);        /* one reset clears it */
    ck_assert_int_eq(fdpx_event_is_set(c, a), 0);
    ck_assert_int_eq(fdpx_reset_event(c, a), 0);        /* reset when not set */
    ck_assert_int_eq(fdpx_event_is_set(c, a), 0);
    fdpx_free(c);
}
END_TEST

/* A pipe must not fill however often it is set: one byte while set. */
START_TEST(event_set_many)
{
    fdpx_ctx *c = fdpx_new(FDP_PROFILE_SPEC, NULL, NULL);
    fdpx_event_t a = fdpx_create_event(c);
    int i;
    for (i = 0; i < 100000; i++)
        ck_assert_int_eq(fdpx_set_event(c, a), 0);
    ck_assert_int_eq(fdpx_event_is_set(c, a), 1);
    ck_assert_int_eq(fdpx_reset_event(c, a), 0);
    ck_assert_int_eq(fdpx_event_is_set(c, a), 0);
    fdpx_free(c);
}
END_TEST

START_TEST(event_close)
{
    fdpx_ctx *c = fdpx_new(FDP_PROFILE_SPEC, NULL, NULL);
    fdpx_event_t a = fdpx_create_event(c), b;
    int fd = fdpx_event_fd(c, a);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(fdpx_close_event(c, a), 0);
    ck_assert_int_eq(fcntl(fd, F_GETFD), -1);           /* the descriptor is gone */
    ck_assert_int_eq(fdpx_event_is_set(c, a), -1);
    ck_assert_int_eq(fdpx_event_fd(c, a), -1);
    ck_assert_int_eq(fdpx_set_event(c, a), FDP_SOCKET_ERROR);
    ck_assert_int_eq(fdpx_last_error(c), FDPX_WSA_INVALID_HANDLE);
    ck_assert_int_eq(fdpx_reset_event(c, a), FDP_SOCKET_ERROR);
    ck_assert_int_eq(fdpx_close_event(c, a), FDP_SOCKET_ERROR);
    ck_assert_int_eq(fdpx_last_error(c), FDPX_WSA_INVALID_HANDLE);
    b = fdpx_create_event(c);                           /* handles are not reused */
    ck_assert_uint_eq(b, 2);
    fdpx_free(c);
}
END_TEST

START_TEST(event_bad_handles)
{
    fdpx_ctx *c = fdpx_new(FDP_PROFILE_SPEC, NULL, NULL);
    fdpx_event_t bad[] = { FDPX_INVALID_EVENT, 1, 99, ~(fdpx_event_t)0 };
    size_t i;
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ck_assert_int_eq(fdpx_set_event(c, bad[i]), FDP_SOCKET_ERROR);
        ck_assert_int_eq(fdpx_last_error(c), FDPX_WSA_INVALID_HANDLE);
        ck_assert_int_eq(fdpx_reset_event(c, bad[i]), FDP_SOCKET_ERROR);
        ck_assert_int_eq(fdpx_event_is_set(c, bad[i]), -1);
        ck_assert_int_eq(fdpx_event_fd(c, bad[i]), -1);
    }
    fdpx_free(c);
}
END_TEST

/* The descriptor is readable exactly while the object is set; it is an
   eventfd, or a pipe in the FDPX_NO_EVENTFD build. */
START_TEST(event_fd)
{
    fdpx_ctx *c = fdpx_new(FDP_PROFILE_SPEC, NULL, NULL);
    fdpx_event_t a = fdpx_create_event(c);
    struct pollfd p = { fdpx_event_fd(c, a), POLLIN, 0 };
    struct stat st;
    char link[64], target[128];
    ssize_t n;
    ck_assert_int_eq(poll(&p, 1, 0), 0);
    fdpx_set_event(c, a);
    ck_assert_int_eq(poll(&p, 1, 0), 1);
    ck_assert_int_eq(fstat(p.fd, &st), 0);
    snprintf(link, sizeof link, "/proc/self/fd/%d", p.fd);
    n = readlink(link, target, sizeof target - 1);
    target[n > 0 ? n : 0] = 0;
#ifdef FDPX_NO_EVENTFD
    ck_assert_msg(S_ISFIFO(st.st_mode), "not a pipe: %s", target);
#else
    ck_assert_msg(!S_ISFIFO(st.st_mode) && (n <= 0 || strstr(target, "eventfd")),
                  "not an eventfd: %s", target);
#endif
    fdpx_reset_event(c, a);
    ck_assert_int_eq(poll(&p, 1, 0), 0);
    fdpx_free(c);
}
END_TEST

/* fdpx_free closes the objects left open. */
START_TEST(event_free)
{
    fdpx_ctx *c = fdpx_new(FDP_PROFILE_SPEC, NULL, NULL);
    int fd = fdpx_event_fd(c, fdpx_create_event(c));
    fdpx_event_t b = fdpx_create_event(c);
    int fd2 = fdpx_event_fd(c, b);
    fdpx_set_event(c, b);
    fdpx_free(c);
    ck_assert_int_eq(fcntl(fd, F_GETFD), -1);
    ck_assert_int_eq(fcntl(fd2, F_GETFD), -1);
}
END_TEST

/* ---- the wait ----------------------------------------------------------- */

START_TEST(wait_bad)
{
    fdpx_ctx *c = fdpx_new(FDP_PROFILE_SPEC, NULL, NULL);
    fdpx_event_t evs[FDPX_MAXIMUM_WAIT_EVENTS + 1];
    size_t i;
    for (i = 0; i < sizeof evs / sizeof evs[0]; i++)
        evs[i] = fdpx_create_event(c);
    ck_assert_int_eq(fdpx_wait_events(c, 0, evs, 0), FDPX_WAIT_FAILED);
    ck_assert_int_eq(fdpx_last_error(c), FDPX_WSA_INVALID_PARAMETER);
    ck_assert_int_eq(fdpx_wait_events(c, 1, NULL, 0), FDPX_WAIT_FAILED);
    ck_assert_int_eq(fdpx_last_error(c), FDPX_WSA_INVALID_PARAMETER);
    ck_assert_int_eq(fdpx_wait_events(c, FDPX_MAXIMUM_WAIT_EVENTS + 1, evs, 0),
                     FDPX_WAIT_FAILED);
    ck_assert_int_eq(fdpx_last_error(c), FDPX_WSA_INVALID_PARAMETER);
    ck_assert_int_eq(fdpx_wait_events(c, FDPX_MAXIMUM_WAIT_EVENTS, evs, 0),
                     FDPX_WAIT_TIMEOUT);
    fdpx_close_event(c, evs[3]);
    fdpx_set_event(c, evs[0]);              /* a closed object fails the wait */
    ck_assert_int_eq(fdpx_wait_events(c, 4, evs, 0), FDPX_WAIT_FAILED);
    ck_assert_int_eq(fdpx_last_error(c), FDPX_WSA_INVALID_HANDLE);
    evs[3] = 1000;
    ck_assert_int_eq(fdpx_wait_events(c, 4, evs, 0), FDPX_WAIT_FAILED);
    ck_assert_int_eq(fdpx_last_error(c), FDPX_WSA_INVALID_HANDLE);
    fdpx_free(c);
}
END_TEST

/* Any of them: the lowest index set; nothing is reset (manual reset). */
START_TEST(wait_any)
{
    fdpx_ctx *c = fdpx_new(FDP_PROFILE_SPEC, NULL, NULL);
    fdpx_event_t evs[3];
    int i;
    for (i = 0; i < 3; i++)
        evs[i] = fdpx_create_event(c);
    ck_assert_int_eq(fdpx_wait_events(c, 3, evs, 0), FDPX_WAIT_TIMEOUT);
    fdpx_set_event(c, evs[2]);
    ck_assert_int_eq(fdpx_wait_events(c, 3, evs, 0), FDPX_WAIT_EVENT_0 + 2);
    ck_assert_int_eq(fdpx_wait_events(c, 3, evs, TIMEOUT_MS), FDPX_WAIT_EVENT_0 + 2);
    fdpx_set_event(c, evs[1]);
    ck_assert_int_eq(fdpx_wait_events(c, 3, evs, -1), FDPX_WAIT_EVENT_0 + 1);
    ck_assert_int_eq(fdpx_event_is_set(c, evs[1]), 1);
    ck_assert_int_eq(fdpx_event_is_set(c, evs[2]), 1);
    ck_assert_int_eq(fdpx_wait_events(c, 1, &evs[2], 0), FDPX_WAIT_EVENT_0);
    fdpx_reset_event(c, evs[1]);
    fdpx_reset_event(c, evs[2]);
    ck_assert_int_eq(fdpx_wait_events(c, 3, evs, 0), FDPX_WAIT_TIMEOUT);
    fdpx_free(c);
}
END_TEST

/* The timeout is kept: not early, and not much later. */
START_TEST(wait_timeout)
{
    fdpx_ctx *c = fdpx_new(FDP_PROFILE_SPEC, NULL, NULL);
    fdpx_event_t a = fdpx_create_event(c);
    long t0 = now_ms(), dt;
    ck_assert_int_eq(fdpx_wait_events(c, 1, &a, 60), FDPX_WAIT_TIMEOUT);
    dt = now_ms() - t0;
    ck_assert_msg(dt >= 59 && dt < 2000, "waited %ld ms for 60", dt);
    fdpx_free(c);
}
END_TEST

/* ---- suite -------------------------------------------------------------- */

static Suite *posix_suite(void)
{
    Suite *s = suite_create("posix");
    TCase *ev = tcase_create("event objects"), *w = tcase_create("wait");
    tcase_add_test(ev, event_set_reset);
    tcase_add_test(ev, event_set_many);
    tcase_add_test(ev, event_close);
    tcase_add_test(ev, event_bad_handles);
    tcase_add_test(ev, event_fd);
    tcase_add_test(ev, event_free);
    tcase_add_test(w, wait_bad);
    tcase_add_test(w, wait_any);
    tcase_add_test(w, wait_timeout);
    suite_add_tcase(s, ev);
    suite_add_tcase(s, w);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(posix_suite());
    int failed;
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
