/* SPDX-License-Identifier: MIT */
/*
 * bench_engine -- time per input of the engine, of the reference model, of
 * a do-nothing engine behind the same API and driver (null) and of a floor
 * loop, on the same random input streams; and the memory of many sockets.
 * Prints key=value lines.  A benchmark: it never fails on speed.  Each
 * driver is its own function (drive_engine, drive_model, drive_null), for
 * callgrind --toggle-collect.
 *
 *   bench_engine [--impl engine|model|null|limit] [--ops N] [--sockets K]
 *                [--seed S] [--runs R] [--tag T]
 *   bench_engine --rss N [--impl engine|model]
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "fdp_core.h"     /* fdp_dense_machines[]: the table's size */
#include "bench_ops.h"
#include "null_engine.h"
#ifdef BENCH_MODEL
#include "fdp_model.h"
#endif

struct sink { uint64_t posts, hash, optional; };

/* Optional posts (D1): the engine does not make them; the model hands them
   to post_optional, counted apart so both post counts mean the same. */
static int post_optional(void *ctx, uint64_t wparam, uint32_t window,
                         uint32_t message, uint32_t lparam)
{
    (void)wparam;
    (void)window;
    (void)message;
    (void)lparam;
    ((struct sink *)ctx)->optional++;
    return 0;
}

static int post(void *ctx, uint64_t wparam, uint32_t window, uint32_t message,
                uint32_t lparam)
{
    struct sink *k = ctx;
    k->posts++;
    k->hash = (k->hash ^ (wparam * 0x100000001B3ull) ^ lparam ^
               ((uint64_t)window << 32) ^ message) * 0x100000001B3ull;
    return 0;
}

#define DRIVE drive_engine
#define ENG fdp_engine
#define SOCK fdp_socket
#define P(name) fdp_##name
#include "bench_drive.h"
#undef DRIVE
#undef ENG
#undef SOCK
#undef P

#define DRIVE drive_null
#define ENG fdp_engine
#define SOCK fdp_socket
#define P(name) fdpn_##name
#include "bench_drive.h"
#undef DRIVE
#undef ENG
#undef SOCK
#undef P

#ifdef BENCH_MODEL
#define DRIVE drive_model
#define ENG fdpm_engine
#define SOCK fdpm_socket
#define P(name) fdpm_##name
#include "bench_drive.h"
#undef DRIVE
#undef ENG
#undef SOCK
#undef P
#endif

/* The floor: read each input, write one byte of its socket's state. */
static size_t drive_limit(fdp_socket *socks, const bench_op *ops, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        const bench_op *o = &ops[i];
        socks[o->sock].cs[o->kind % FDP_FD_MAX_EVENTS] = (uint8_t)(o->a ^ o->b);
    }
    return 0;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static long resident_bytes(void)
{
    long size = 0, res = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (!f)
        return -1;
    if (fscanf(f, "%ld %ld", &size, &res) != 2)
        res = -1;
    fclose(f);
    return res < 0 ? -1 : res * sysconf(_SC_PAGESIZE);
}

static int rss(const char *impl, long n)
{
    long before, after, i;
    int err;
    before = resident_bytes();
    if (!strcmp(impl, "engine")) {
        fdp_engine e;
        struct sink k = { 0, 0, 0 };
        fdp_socket *s = malloc((size_t)n * sizeof *s);
        if (!s)
            return 1;
        fdp_init(&e, post, &k, FDP_PROFILE_SPEC);
        for (i = 0; i < n; i++)
            if (fdp_socket_init(&e, &s[i], (uint64_t)i + 1, FDP_STREAM,
                                FDP_PROFILE_DEFAULT, &err))
                return 1;
        after = resident_bytes();
        printf("state_bytes=%u\n", (unsigned)sizeof *s);
        printf("engine_rss_sockets=%ld\n", n);
        printf("engine_rss_bytes=%ld\n", after - before);
        printf("engine_rss_bytes_per_socket=%.1f\n", (double)(after - before) / (double)n);
        free(s);
        return 0;
    }
#ifdef BENCH_MODEL
    if (!strcmp(impl, "model")) {
        fdpm_engine e;
        struct sink k = { 0, 0, 0 };
        fdpm_socket *s = malloc((size_t)n * sizeof *s);
        if (!s)
            return 1;
        fdpm_init(&e, post, &k, FDPM_PROFILE_SPEC);
        for (i = 0; i < n; i++)
            if (fdpm_socket_init(&e, &s[i], (uint64_t)i + 1, FDPM_STREAM,
                                 FDPM_PROFILE_DEFAULT, &err))
                return 1;
        after = resident_bytes();
        printf("model_state_bytes=%u\n", (unsigned)sizeof *s);
        printf("model_rss_bytes=%ld\n", after - before);
        free(s);
        return 0;
    }
#endif
    fprintf(stderr, "bench_engine: --rss: no implementation '%s'\n", impl);
    return 2;
}

/* The table the engine runs, and the machines in it. */
static int print_tables(void)
{
    unsigned n = 0, rows = 0;
    for (n = 0; fdp_dense_machines[n].name; n++)
        rows += (unsigned)fdp_dense_machines[n].rows;
    printf("dense_table_bytes=%u\n", fdp_dense_table_bytes);
    printf("dense_rows=%u\n", rows);
    printf("dense_machines=%u\n", n);
    return 0;
}

/* One timed run of an implementation over the ops; seconds, or -1 when
   there is no such implementation. */
static double one_run(const char *impl, void *socks, uint32_t nsock, size_t sock_size,
                      const bench_op *ops, size_t nops, struct sink *k, size_t *failed)
{
    size_t i;
    double t0, t;
    memset(socks, 0, (size_t)nsock * sock_size);
    k->posts = k->hash = k->optional = 0;
    if (!strcmp(impl, "engine")) {
        fdp_engine e;
        fdp_init(&e, post, k, FDP_PROFILE_SPEC);
        t0 = now();
        *failed = drive_engine(&e, socks, nsock, ops, nops, 0);
        t = now() - t0;
    }
#ifdef BENCH_MODEL
    else if (!strcmp(impl, "model")) {
        fdpm_engine e;
        fdpm_init(&e, post, k, FDPM_PROFILE_SPEC);
        e.post_optional = post_optional;
        e.optional_ctx = k;
        t0 = now();
        *failed = drive_model(&e, socks, nsock, ops, nops, 0);
        t = now() - t0;
    }
#endif
    else if (!strcmp(impl, "null")) {
        fdp_engine e;
        fdp_init(&e, post, k, FDP_PROFILE_SPEC);
        t0 = now();
        *failed = drive_null(&e, socks, nsock, ops, nops, 0);
        t = now() - t0;
    } else if (!strcmp(impl, "limit")) {
        t0 = now();
        *failed = drive_limit(socks, ops, nops);
        t = now() - t0;
        for (i = 0; i < (size_t)nsock * sock_size; i++)
            k->hash += ((unsigned char *)socks)[i];
    } else {
        fprintf(stderr, "bench_engine: no implementation '%s'\n", impl);
        return -1;
    }
    return t;
}

int main(int argc, char **argv)
{
    const char *impl = "engine", *tag = 0;
    size_t nops = 10000000, i;
    uint32_t nsock = 10000;
    uint64_t seed = 20240601;
    long rss_n = 0;
    int runs = 3, r;
    bench_op *ops;
    void *socks;
    double best = 1e30;
    struct sink k = { 0, 0, 0 };
    size_t failed = 0, sock_size = sizeof(fdp_socket);

    for (i = 1; i < (size_t)argc; i++) {
        const char *a = argv[i], *v = i + 1 < (size_t)argc ? argv[i + 1] : 0;
        if (!v)
            goto usage;
        if (!strcmp(a, "--impl"))
            impl = v;
        else if (!strcmp(a, "--ops"))
            nops = strtoull(v, 0, 0);
        else if (!strcmp(a, "--sockets"))
            nsock = (uint32_t)strtoul(v, 0, 0);
        else if (!strcmp(a, "--seed"))
            seed = strtoull(v, 0, 0);
        else if (!strcmp(a, "--runs"))
            runs = atoi(v);
        else if (!strcmp(a, "--tag"))
            tag = v;
        else if (!strcmp(a, "--rss"))
            rss_n = atol(v);
        else
            goto usage;
        i++;
    }
    if (rss_n > 0)
        return rss(impl, rss_n);
    if (!strcmp(impl, "tables"))
        return print_tables();
    if (nsock < 2 || nops < nsock || runs < 1)
        goto usage;
#ifdef BENCH_MODEL
    if (!strcmp(impl, "model"))
        sock_size = sizeof(fdpm_socket);
#endif
    ops = malloc(nops * sizeof *ops);
    socks = malloc((size_t)nsock * sock_size);
    if (!ops || !socks)
        return 1;
    bench_make_ops(ops, nops, nsock, seed);

    for (r = 0; r < runs; r++) {
        double t = one_run(impl, socks, nsock, sock_size, ops, nops, &k, &failed);
        if (t < 0)
            return 2;
        if (t < best)
            best = t;
    }
    tag = tag ? tag : impl;
    printf("%s_ns_per_input=%.2f\n", tag, best * 1e9 / (double)nops);
    printf("%s_inputs=%zu\n", tag, nops);
    printf("%s_sockets=%u\n", tag, nsock);
    printf("%s_seed=%llu\n", tag, (unsigned long long)seed);
    printf("%s_posts=%llu\n", tag, (unsigned long long)k.posts);
    printf("%s_post_hash=%016llx\n", tag, (unsigned long long)k.hash);
    printf("%s_refused=%zu\n", tag, failed);
    if (k.optional)
        printf("%s_optional_posts=%llu\n", tag, (unsigned long long)k.optional);
    free(ops);
    free(socks);
    return 0;
usage:
    fprintf(stderr, "usage: bench_engine [--impl engine|model|null|limit|tables] [--ops N] "
            "[--sockets K] [--seed S] [--runs R] [--tag T] | --rss N\n");
    return 2;
}
