/* SPDX-License-Identifier: MIT */
/*
 * consumer.c -- a program that uses the engine as an installed library
 * would be used: only <fdpost.h> and <fdp_recorder.h>, linked against
 * libfdpost.  It checks the public API's promises that the unit suites do
 * not: observers through fdp_set_observer, fdp_profile_name, the version,
 * a NULL err, and a failing post that is not retried.  Exit 0 when all
 * hold; each failure is printed.
 */
#include <stdio.h>
#include <string.h>

#include <fdpost.h>
#ifndef FDP_RECORDER_H /* the single-file fdpost.h has it already */
#include <fdp_recorder.h>
#endif

static int failures;

#define CHECK(cond) \
    do { \
        if (!(cond)) { \
            fprintf(stderr, "consumer.c:%d: %s\n", __LINE__, #cond); \
            failures++; \
        } \
    } while (0)

struct counts {
    int posts, records, post_records;
    int refuse; /* the post callback's answer */
};

static int post(void *ctx, uint64_t s, uint32_t hwnd, uint32_t msg,
                uint32_t lparam)
{
    struct counts *c = ctx;
    (void)s, (void)hwnd, (void)msg, (void)lparam;
    c->posts++;
    return c->refuse;
}

static void observe(void *ctx, const struct fdp_socket *s, const fdp_record *r)
{
    struct counts *c = ctx;
    (void)s;
    c->records++;
    if (r->verb == FDP_V_POST)
        c->post_records++;
}

static int write_line(void *ctx, const char *line, size_t len)
{
    size_t *total = ctx;
    (void)line;
    *total += len;
    return 0;
}

static void names(void)
{
    CHECK(strcmp(fdp_version(), FDP_VERSION_STRING) == 0);
    CHECK(FDP_VERSION_MAJOR == 0 && FDP_VERSION_MINOR == 2);
    CHECK(strcmp(fdp_profile_name(FDP_PROFILE_SPEC), "spec") == 0);
    CHECK(strcmp(fdp_profile_name(FDP_PROFILE_WINDOWS), "windows") == 0);
    CHECK(fdp_profile_name(FDP_PROFILE_DEFAULT) == NULL);
    CHECK(fdp_profile_name(FDP_PROFILES) == NULL);
    CHECK(strcmp(fdp_event_name(FDP_FD_READ), "FD_READ") == 0);
}

static void observers(void)
{
    struct counts c = { 0, 0, 0, 0 };
    fdp_engine e;
    fdp_socket s;
    void *ctx = &e;
    fdp_init(&e, post, &c, FDP_PROFILE_SPEC);
    CHECK(fdp_get_observer(&e, &ctx) == NULL && ctx == NULL);
    fdp_set_observer(&e, observe, &c);
    CHECK(fdp_get_observer(&e, &ctx) == observe && ctx == &c);
    CHECK(fdp_get_observer(&e, NULL) == observe);
    CHECK(fdp_socket_init(&e, &s, 7, FDP_STREAM, FDP_PROFILE_DEFAULT, NULL) ==
          0);
    CHECK(fdp_input(&e, &s, FDP_IN_DATA, 5, NULL) == 0);
    CHECK(fdp_select(&e, &s, 1, 0x401, FDP_FD_READ, NULL) == 0);
    CHECK(c.posts == 1 && c.post_records == 1 && c.records == 4);
    fdp_set_observer(&e, NULL, NULL);
    CHECK(fdp_recv(&e, &s, 0, 5, 2, FDP_LEFT_DATA, NULL) == 0);
    CHECK(c.posts == 2 && c.records == 4); /* no observer now */
    CHECK(fdp_close(&e, &s, NULL) == 0);
}

/* A refused post is reported once and not retried; a NULL err is fine. */
static void failing_post(void)
{
    struct counts c = { 0, 0, 0, FDP_WSAENOBUFS };
    fdp_engine e;
    fdp_socket s;
    int err = 0;
    fdp_init(&e, post, &c, FDP_PROFILE_WINDOWS);
    CHECK(fdp_socket_init(&e, &s, 9, FDP_STREAM, FDP_PROFILE_DEFAULT, &err) ==
          0);
    CHECK(fdp_input(&e, &s, FDP_IN_DATA, 5, &err) == 0);
    CHECK(fdp_select(&e, &s, 1, 0x401, FDP_FD_READ, &err) == FDP_SOCKET_ERROR);
    CHECK(err == FDP_WSAENOBUFS && c.posts == 1);
    c.refuse = 0;
    CHECK(fdp_input(&e, &s, FDP_IN_DATA, 5, NULL) == 0);
    CHECK(c.posts == 1); /* not retried */
    CHECK(fdp_shutdown(&e, &s, (enum fdp_shutdown)7, NULL) == FDP_SOCKET_ERROR);
    CHECK(fdp_close(&e, &s, &err) == 0);
    CHECK(fdp_close(&e, &s, &err) == FDP_SOCKET_ERROR &&
          err == FDP_WSAENOTSOCK);
}

/* The recorder installs itself through the observer API and chains. */
static void recorder(void)
{
    static char line[FDP_RECORDER_LINE_MAX];
    struct counts c = { 0, 0, 0, 0 };
    size_t bytes = 0;
    fdp_recorder rec;
    fdp_engine e;
    fdp_socket s;
    fdp_init(&e, post, &c, FDP_PROFILE_SPEC);
    fdp_set_observer(&e, observe, &c);
    fdp_recorder_init(&rec, line, sizeof line, write_line, &bytes);
    fdp_recorder_attach(&rec, &e);
    CHECK(fdp_get_observer(&e, NULL) == fdp_recorder_observe);
    CHECK(fdp_socket_init(&e, &s, 3, FDP_DGRAM, FDP_PROFILE_DEFAULT, NULL) ==
          0);
    CHECK(c.records == 1 && rec.lines == 3 && rec.error == 0 && bytes > 0);
    CHECK(fdp_recorder_end(&rec) == 0 && rec.records == 4); /* "end 3" */
}

int main(void)
{
    names();
    observers();
    failing_post();
    recorder();
    if (failures)
        return 1;
    printf("consumer: fdpost %s, the public API as documented\n",
           fdp_version());
    return 0;
}
