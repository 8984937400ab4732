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

/* ---- event-select mode through the engine -------------------------------- */

static int pred_connected(const fdpx_seen *s, void *a) { (void)a; return s->connected; }
static int pred_data(const fdpx_seen *s, void *a) { return s->data >= *(long *)a; }
static int pred_pending(const fdpx_seen *s, void *a) { return s->pending >= *(long *)a; }

static struct sockaddr_in lo_addr(void)
{
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

/* An adapter stream socket *h connected to a raw peer (returned). */
static int pair(fdpx_ctx *c, fdpx_socket_t *h)
{
    struct sockaddr_in a = lo_addr();
    socklen_t l = sizeof a;
    struct pollfd pf;
    int lfd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0), p;
    ck_assert_int_ge(lfd, 0);
    ck_assert_int_eq(bind(lfd, (struct sockaddr *)&a, sizeof a), 0);
    ck_assert_int_eq(listen(lfd, 4), 0);
    ck_assert_int_eq(getsockname(lfd, (struct sockaddr *)&a, &l), 0);
    *h = fdpx_socket(c, AF_INET, FDP_STREAM);
    ck_assert_uint_ne(*h, FDPX_INVALID_SOCKET);
    ck_assert_int_eq(fdpx_connect(c, *h, (struct sockaddr *)&a, sizeof a), FDP_SOCKET_ERROR);
    ck_assert_int_eq(fdpx_last_error(c), FDP_WSAEWOULDBLOCK);
    pf = (struct pollfd){ lfd, POLLIN, 0 };
    ck_assert_int_eq(poll(&pf, 1, TIMEOUT_MS), 1);
    p = accept4(lfd, NULL, NULL, SOCK_CLOEXEC);
    ck_assert_int_ge(p, 0);
    close(lfd);
    ck_assert(fdpx_wait(c, *h, pred_connected, NULL, TIMEOUT_MS));
    return p;
}

static long enum_events(fdpx_ctx *c, fdpx_socket_t h, fdpx_event_t ev)
{
    fdp_network_events ne;
    memset(&ne, 0, sizeof ne);
    ck_assert_int_eq(fdpx_enum_network_events(c, h, ev, &ne), 0);
    return ne.network_events;
}

/* The wait wakes when the engine records an event for data that arrives
   while it waits (the adapter runs epoll meanwhile); enumerating resets. */
START_TEST(event_wait_wakes)
{
    fdpx_ctx *c = fdpx_new(_i, NULL, NULL);
    fdpx_event_t ev = fdpx_create_event(c), idle = fdpx_create_event(c), both[2];
    fdpx_socket_t h;
    int p = pair(c, &h);
    fdpx_stats st;
    long five = 5;
    ck_assert_int_eq(fdpx_eventselect(c, h, ev, FDP_FD_READ), 0);
    ck_assert_int_eq(fdpx_event_is_set(c, ev), 0);
    both[0] = idle;
    both[1] = ev;
    ck_assert_int_eq(fdpx_wait_events(c, 2, both, 0), FDPX_WAIT_TIMEOUT);
    ck_assert_int_eq(send(p, "hello", 5, 0), 5);
    ck_assert_int_eq(fdpx_wait_events(c, 2, both, TIMEOUT_MS), FDPX_WAIT_EVENT_0 + 1);
    ck_assert(fdpx_wait(c, h, pred_data, &five, TIMEOUT_MS));
    ck_assert_int_eq(enum_events(c, h, ev), FDP_FD_READ);
    ck_assert_int_eq(fdpx_event_is_set(c, ev), 0);
    ck_assert_uint_eq(fdpx_queued(c), 0);           /* no message in event mode */
    fdpx_stats_get(c, &st);
    ck_assert_uint_ge(st.event_sets, 1);
    ck_assert_uint_eq(st.enums, 1);
    close(p);
    fdpx_free(c);
}
END_TEST

/* The adapter refuses an event object it does not know, before the engine
   hears of the call: the registration in force stays (messages here). */
START_TEST(eventselect_bad_object)
{
    fdpx_ctx *c = fdpx_new(_i, NULL, NULL);
    fdpx_socket_t h;
    int p = pair(c, &h);
    fdpx_event_t ev = fdpx_create_event(c);
    fdp_network_events ne;
    fdpx_msg m;
    ck_assert_int_eq(fdpx_select(c, h, 1, 0x401, FDP_FD_READ), 0);
    ck_assert_int_eq(fdpx_eventselect(c, h, FDPX_INVALID_EVENT, FDP_FD_READ),
                     FDP_SOCKET_ERROR);
    ck_assert_int_eq(fdpx_last_error(c), FDP_WSAEINVAL);
    ck_assert_int_eq(fdpx_eventselect(c, h, ev + 1, FDP_FD_READ), FDP_SOCKET_ERROR);
    ck_assert_int_eq(fdpx_last_error(c), FDP_WSAEINVAL);
    ck_assert_int_eq(fdpx_eventselect(c, h, ev, FDP_FD_ALL_EVENTS + 1), FDP_SOCKET_ERROR);
    ck_assert_int_eq(fdpx_last_error(c), FDP_WSAEINVAL);    /* the engine's refusal */
    ck_assert_int_eq(send(p, "x", 1, 0), 1);
    ck_assert_int_eq(fdpx_get_message(c, &m, TIMEOUT_MS), 1);
    ck_assert_uint_eq(m.wparam, h);
    ck_assert_uint_eq(m.lparam, FDP_MAKESELECTREPLY(FDP_FD_READ, 0));
    ck_assert_int_eq(fdpx_event_is_set(c, ev), 0);
    ck_assert_int_eq(fdpx_enum_network_events(c, h, ev + 1, &ne), FDP_SOCKET_ERROR);
    ck_assert_int_eq(fdpx_last_error(c), FDP_WSAEINVAL);
    ck_assert_int_eq(fdpx_enum_network_events(c, h, ev, NULL), FDP_SOCKET_ERROR);
    ck_assert_int_eq(fdpx_last_error(c), FDP_WSAEFAULT);
    ck_assert_int_eq(fdpx_eventselect(c, h, FDPX_INVALID_EVENT, 0), 0);  /* cancels */
    ck_assert_int_eq(fdpx_closesocket(c, h), 0);
    ck_assert_int_eq(fdpx_enum_network_events(c, h, ev, &ne), FDP_SOCKET_ERROR);
    ck_assert_int_eq(fdpx_last_error(c), FDP_WSAENOTSOCK);
    ck_assert_int_eq(fdpx_eventselect(c, h, ev, FDP_FD_READ), FDP_SOCKET_ERROR);
    ck_assert_int_eq(fdpx_last_error(c), FDP_WSAENOTSOCK);
    close(p);
    fdpx_free(c);
}
END_TEST

/* Accept: the new socket carries the listener's object and mask; FD_WRITE
   is recorded at birth and the shared object set (E5). */
START_TEST(accept_inherits)
{
    fdpx_ctx *c = fdpx_new(_i, NULL, NULL);
    fdpx_event_t ev = fdpx_create_event(c);
    struct sockaddr_in a = lo_addr();
    socklen_t al = sizeof a;
    fdpx_socket_t l = fdpx_socket(c, AF_INET, FDP_STREAM), n;
    int p = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    long one = 1;
    ck_assert_int_eq(fdpx_bind(c, l, (struct sockaddr *)&a, sizeof a), 0);
    ck_assert_int_eq(fdpx_listen(c, l, 4), 0);
    ck_assert_int_eq(fdpx_getsockname(c, l, (struct sockaddr *)&a, &al), 0);
    ck_assert_int_eq(fdpx_eventselect(c, l, ev, FDP_FD_ACCEPT | FDP_FD_WRITE | FDP_FD_READ), 0);
    ck_assert_int_eq(fdpx_event_is_set(c, ev), 0);
    ck_assert_int_eq(connect(p, (struct sockaddr *)&a, sizeof a), 0);
    ck_assert_int_eq(fdpx_wait_events(c, 1, &ev, TIMEOUT_MS), FDPX_WAIT_EVENT_0);
    ck_assert(fdpx_wait(c, l, pred_pending, &one, TIMEOUT_MS));
    ck_assert_int_eq(enum_events(c, l, ev), FDP_FD_ACCEPT);
    n = fdpx_accept(c, l, NULL, NULL);
    ck_assert_uint_ne(n, FDPX_INVALID_SOCKET);
    ck_assert_int_eq(fdpx_event_is_set(c, ev), 1);
    ck_assert_int_eq(enum_events(c, n, ev), FDP_FD_WRITE);
    ck_assert_int_eq(enum_events(c, l, FDPX_INVALID_EVENT), 0);
    ck_assert_int_eq(fdpx_event_is_set(c, ev), 0);
    close(p);
    fdpx_free(c);
}
END_TEST

/* An object closed under a registration: the engine's set fails; the call
   that recorded keeps its result; the record is still there to read. */
START_TEST(closed_object_under_registration)
{
    fdpx_ctx *c = fdpx_new(_i, NULL, NULL);
    fdpx_event_t ev = fdpx_create_event(c);
    fdpx_socket_t h;
    int p = pair(c, &h);
    fdpx_stats st;
    char b[8];
    long ten = 10;
    ck_assert_int_eq(fdpx_eventselect(c, h, ev, FDP_FD_READ), 0);
    ck_assert_int_eq(fdpx_close_event(c, ev), 0);
    ck_assert_int_eq(send(p, "0123456789", 10, 0), 10);
    ck_assert(fdpx_wait(c, h, pred_data, &ten, TIMEOUT_MS));
    ck_assert_int_eq(fdpx_recv(c, h, b, 4, 0), 4);  /* records FD_READ again: set fails */
    fdpx_stats_get(c, &st);
    ck_assert_uint_ge(st.event_failures, 2);
    ck_assert_int_eq(enum_events(c, h, FDPX_INVALID_EVENT), FDP_FD_READ);
    close(p);
    fdpx_free(c);
}
END_TEST

/* ---- suite -------------------------------------------------------------- */

static Suite *posix_suite(void)
{
    Suite *s = suite_create("posix");
    TCase *ev = tcase_create("event objects"), *w = tcase_create("wait");
    TCase *m = tcase_create("event select");
    tcase_add_test(ev, event_set_reset);
    tcase_add_test(ev, event_set_many);
    tcase_add_test(ev, event_close);
    tcase_add_test(ev, event_bad_handles);
    tcase_add_test(ev, event_fd);
    tcase_add_test(ev, event_free);
    tcase_add_test(w, wait_bad);
    tcase_add_test(w, wait_any);
    tcase_add_test(w, wait_timeout);
    tcase_add_loop_test(m, event_wait_wakes, FDP_PROFILE_SPEC, FDP_PROFILES);
    tcase_add_loop_test(m, eventselect_bad_object, FDP_PROFILE_SPEC, FDP_PROFILES);
    tcase_add_loop_test(m, accept_inherits, FDP_PROFILE_SPEC, FDP_PROFILES);
    tcase_add_loop_test(m, closed_object_under_registration, FDP_PROFILE_SPEC,
                        FDP_PROFILES);
    suite_add_tcase(s, ev);
    suite_add_tcase(s, w);
    suite_add_tcase(s, m);
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
