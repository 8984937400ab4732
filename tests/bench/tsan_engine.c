/* SPDX-License-Identifier: MIT */
/*
 * tsan_engine.c -- the engine's thread-safety contract under
 * ThreadSanitizer (docs/thread-safety.md): ONE fdp_engine, set up once and
 * then shared read-only by 4 threads, each driving its own disjoint sockets
 * with a random stream of calls and inputs (tests/bench/bench_ops.h).  The
 * post and observer callbacks are shared too; they are thread-safe because
 * each writes only to the calling thread's buffer (found from the socket's
 * handle).
 *
 * Then each thread's stream is run again alone, on one thread: the posts
 * must be the same, in number and content.  TSan reports any data race;
 * the comparison catches interference a race detector cannot see.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fdpost.h"
#include "bench_ops.h"

#define NTHREADS 4
#define NSOCK    256            /* per thread */
#define NOPS     150000         /* per thread */

struct buffer {
    uint64_t posts, hash, observed;
    uint32_t last[64];          /* the last posts' lParams, a ring */
};

static struct buffer buffers[NTHREADS];
static fdp_engine engine;       /* shared: written only before the threads */

/* A socket's handle says whose it is: thread << 32 | index. */
static struct buffer *owner(uint64_t handle)
{
    return &buffers[(handle >> 32) % NTHREADS];
}

static int post(void *ctx, uint64_t wparam, uint32_t window, uint32_t message,
                uint32_t lparam)
{
    struct buffer *b = owner(wparam);
    (void)ctx;
    b->last[b->posts % 64] = lparam;
    b->posts++;
    b->hash = (b->hash ^ wparam ^ lparam ^ ((uint64_t)window << 32) ^ message)
              * 0x100000001B3ull;
    return 0;
}

static void observe(void *ctx, const fdp_socket *s, const fdp_record *r)
{
    (void)ctx;
    (void)r;
    owner(s->handle)->observed++;
}

#define DRIVE drive
#define ENG fdp_engine
#define SOCK fdp_socket
#define P(name) fdp_##name
#include "bench_drive.h"

struct job {
    int id;
    bench_op *ops;
    fdp_socket *socks;
};

static void *run(void *arg)
{
    struct job *j = arg;
    memset(j->socks, 0, NSOCK * sizeof *j->socks);
    drive(&engine, j->socks, NSOCK, j->ops, NOPS, (uint64_t)j->id << 32);
    return 0;
}

int main(void)
{
    pthread_t th[NTHREADS];
    struct job jobs[NTHREADS];
    struct buffer together[NTHREADS];
    int t, bad = 0;

    fdp_init(&engine, post, 0, FDP_PROFILE_SPEC);
    fdp_set_observer(&engine, observe, 0);

    for (t = 0; t < NTHREADS; t++) {
        jobs[t].id = t;
        jobs[t].ops = malloc(NOPS * sizeof *jobs[t].ops);
        jobs[t].socks = malloc(NSOCK * sizeof *jobs[t].socks);
        if (!jobs[t].ops || !jobs[t].socks)
            return 1;
        bench_make_ops(jobs[t].ops, NOPS, NSOCK, 1000 + (uint64_t)t);
    }
    /* Each thread's handles carry its number in bits 32 and up. */
    for (t = 0; t < NTHREADS; t++)
        if (pthread_create(&th[t], 0, run, &jobs[t]))
            return 1;
    for (t = 0; t < NTHREADS; t++)
        pthread_join(th[t], 0);
    memcpy(together, buffers, sizeof buffers);

    /* Alone, one after the other. */
    memset(buffers, 0, sizeof buffers);
    for (t = 0; t < NTHREADS; t++)
        run(&jobs[t]);
    for (t = 0; t < NTHREADS; t++) {
        if (together[t].posts != buffers[t].posts ||
            together[t].hash != buffers[t].hash ||
            together[t].observed != buffers[t].observed) {
            fprintf(stderr, "tsan_engine: thread %d: %llu posts together, "
                    "%llu alone\n", t, (unsigned long long)together[t].posts,
                    (unsigned long long)buffers[t].posts);
            bad = 1;
        }
    }
    for (t = 0; t < NTHREADS; t++) {
        free(jobs[t].ops);
        free(jobs[t].socks);
    }
    if (bad)
        return 1;
    printf("check-tsan: %d threads x %d inputs over %d sockets each, one shared "
           "engine: no race, posts as when run alone (%llu posts)\n",
           NTHREADS, NOPS, NSOCK, (unsigned long long)(together[0].posts +
           together[1].posts + together[2].posts + together[3].posts));
    return 0;
}
