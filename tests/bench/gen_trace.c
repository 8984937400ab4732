/* SPDX-License-Identifier: MIT */
/*
 * gen_trace -- writes a large, valid, conforming .fdt trace for
 * benchmarking `fdpost check`: listeners accepting connections, clients
 * connecting, data both ways, blocked sends, graceful and reset closes,
 * re-selects, over many interleaved sockets.  The world is kept
 * consistent (bytes queued, connections pending, ...) so every record can
 * have happened, and the posts are the engine's own (the library's
 * fdp_* calls, as `fdpost run` would add them).
 *
 *   gen_trace [--records N] [--sockets K] [--seed S] [--profile spec|windows]
 *
 * N counts every line but the two directives; K is how many sockets are
 * live at once (listeners included).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fdpost.h"

enum role { FREE, LISTENER, CLIENT_CONNECTING, CONN, CONN_DEAD };

struct sock {
    fdp_socket s;
    uint32_t name;          /* printed as sNAME */
    uint8_t role;
    uint8_t fin;            /* the peer closed gracefully */
    uint8_t blocked;        /* a send failed with WSAEWOULDBLOCK */
    uint32_t queued;        /* bytes arrived and not received */
    uint32_t pending;       /* connection requests (listener) */
};

static struct sock *socks;
static uint32_t nsocks, nlisteners, live, max_live;
static uint32_t next_name = 1;
static uint64_t records, max_records;
static uint64_t rng;
static fdp_engine engine;
static const uint32_t WND = 1, MSG = 0x401;

static uint64_t rnd(void)
{
    uint64_t z = (rng += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static unsigned below(unsigned n)
{
    return (unsigned)(rnd() % n);
}

static const char *event_name(unsigned e)
{
    const char *n = fdp_event_name(e);
    return n ? n : "FD_?";
}

/* The post callback: the engine's decision, written as the trace's posts. */
static int post(void *ctx, uint64_t wparam, uint32_t window, uint32_t message,
                uint32_t lparam)
{
    unsigned err = FDP_GETSELECTERROR(lparam);
    (void)ctx;
    (void)window;
    (void)message;
    if (err)
        printf("s%u post %s %u\n", (unsigned)wparam,
               event_name(FDP_GETSELECTEVENT(lparam)), err);
    else
        printf("s%u post %s\n", (unsigned)wparam,
               event_name(FDP_GETSELECTEVENT(lparam)));
    records++;
    return 0;
}

static void rec(void)
{
    records++;
}

static int err_;

static struct sock *create(uint32_t i, enum role role)
{
    struct sock *k = &socks[i];
    memset(k, 0, sizeof *k);
    k->name = next_name++;
    k->role = (uint8_t)role;
    if (++live > max_live)
        max_live = live;
    return k;
}

static void close_sock(struct sock *k)
{
    printf("s%u close\n", k->name);
    rec();
    fdp_close(&engine, &k->s, &err_);
    k->role = FREE;
    live--;
}

static void new_listener(uint32_t i)
{
    struct sock *k = create(i, LISTENER);
    printf("socket s%u tcp\n", k->name);
    rec();
    fdp_socket_init(&engine, &k->s, k->name, FDP_STREAM, FDP_PROFILE_DEFAULT, &err_);
    printf("s%u bind\n", k->name);
    rec();
    fdp_bind(&engine, &k->s, &err_);
    printf("s%u listen\n", k->name);
    rec();
    fdp_listen(&engine, &k->s, &err_);
    printf("s%u select FD_ACCEPT|FD_READ|FD_WRITE|FD_CLOSE wnd=%u msg=0x%x\n",
           k->name, WND, MSG);
    rec();
    fdp_select(&engine, &k->s, WND, MSG,
               FDP_FD_ACCEPT | FDP_FD_READ | FDP_FD_WRITE | FDP_FD_CLOSE, &err_);
}

static void new_client(uint32_t i)
{
    struct sock *k = create(i, CLIENT_CONNECTING);
    printf("socket s%u tcp\n", k->name);
    rec();
    fdp_socket_init(&engine, &k->s, k->name, FDP_STREAM, FDP_PROFILE_DEFAULT, &err_);
    printf("s%u select FD_CONNECT|FD_READ|FD_WRITE|FD_CLOSE wnd=%u msg=0x%x\n",
           k->name, WND, MSG);
    rec();
    fdp_select(&engine, &k->s, WND, MSG,
               FDP_FD_CONNECT | FDP_FD_READ | FDP_FD_WRITE | FDP_FD_CLOSE, &err_);
    printf("s%u connect -> WSAEWOULDBLOCK\n", k->name);
    rec();
    fdp_connect(&engine, &k->s, FDP_WSAEWOULDBLOCK, &err_);
}

/* A free slot for a new connection, or none. */
static int free_slot(uint32_t *out)
{
    uint32_t tries;
    if (live >= nsocks)
        return 0;
    for (tries = 0; tries < 64; tries++) {
        uint32_t i = nlisteners + below(nsocks - nlisteners);
        if (socks[i].role == FREE) {
            *out = i;
            return 1;
        }
    }
    return 0;
}

static void step_listener(struct sock *k)
{
    uint32_t j;
    if (k->pending && free_slot(&j)) {
        struct sock *n = create(j, CONN);
        k->pending--;
        printf("s%u accept -> s%u\n", k->name, n->name);
        rec();
        fdp_accept(&engine, &k->s, 0, k->pending != 0, &n->s, n->name, &err_);
        return;
    }
    if (k->pending < 4) {
        k->pending++;
        printf("s%u incoming\n", k->name);
        rec();
        fdp_input(&engine, &k->s, FDP_IN_PENDING, 0, &err_);
    }
}

static void step_connecting(struct sock *k)
{
    if (below(16) == 0) {
        printf("s%u connect-failed WSAECONNREFUSED\n", k->name);
        rec();
        fdp_input(&engine, &k->s, FDP_IN_CONNECT_FAILED, FDP_WSAECONNREFUSED, &err_);
        close_sock(k);
        return;
    }
    printf("s%u connected\n", k->name);
    rec();
    fdp_input(&engine, &k->s, FDP_IN_CONNECTED, 0, &err_);
    k->role = CONN;
}

static void recv_some(struct sock *k)
{
    unsigned want = 1 + below(2048), got;
    if (!k->queued) {
        if (k->fin) {
            printf("s%u recv %u -> 0\n", k->name, want);
            rec();
            fdp_recv(&engine, &k->s, 0, want, 0, 0, &err_);
        } else {
            printf("s%u recv %u -> WSAEWOULDBLOCK\n", k->name, want);
            rec();
            fdp_recv(&engine, &k->s, 0, want, -FDP_WSAEWOULDBLOCK, 0, &err_);
        }
        return;
    }
    got = want < k->queued ? want : k->queued;
    k->queued -= got;
    printf("s%u recv %u -> %u\n", k->name, want, got);
    rec();
    fdp_recv(&engine, &k->s, 0, want, got, k->queued ? FDP_LEFT_DATA : 0, &err_);
}

static void step_conn(struct sock *k)
{
    unsigned r = below(1000);
    if (k->role == CONN_DEAD) {
        close_sock(k);
        return;
    }
    if (r < 300 && !k->fin) {
        unsigned n = 1 + below(1460);
        k->queued += n;
        printf("s%u arrive %u\n", k->name, n);
        rec();
        fdp_input(&engine, &k->s, FDP_IN_DATA, n, &err_);
    } else if (r < 600) {
        recv_some(k);
    } else if (r < 800) {
        unsigned n = 1 + below(4096);
        if (!k->blocked && below(8) == 0) {
            k->blocked = 1;
            printf("s%u send %u -> WSAEWOULDBLOCK\n", k->name, n);
            rec();
            fdp_send(&engine, &k->s, n, -FDP_WSAEWOULDBLOCK, &err_);
        } else if (!k->blocked) {
            printf("s%u send %u -> %u\n", k->name, n, n);
            rec();
            fdp_send(&engine, &k->s, n, n, &err_);
        } else {
            k->blocked = 0;
            printf("s%u space\n", k->name);
            rec();
            fdp_input(&engine, &k->s, FDP_IN_SPACE, 0, &err_);
        }
    } else if (r < 830) {
        printf("s%u select FD_READ|FD_WRITE|FD_CLOSE wnd=%u msg=0x%x\n",
               k->name, WND, MSG);
        rec();
        fdp_select(&engine, &k->s, WND, MSG,
                   FDP_FD_READ | FDP_FD_WRITE | FDP_FD_CLOSE, &err_);
    } else if (r < 850 && !k->fin) {
        k->fin = 1;
        printf("s%u fin\n", k->name);
        rec();
        fdp_input(&engine, &k->s, FDP_IN_FIN, 0, &err_);
    } else if (r < 853) {
        printf("s%u reset\n", k->name);
        rec();
        fdp_input(&engine, &k->s, FDP_IN_RESET, 0, &err_);
        k->role = CONN_DEAD;
    } else if (r < 870 && k->fin && !k->queued) {
        close_sock(k);
    } else {
        recv_some(k);
    }
}

int main(int argc, char **argv)
{
    uint64_t seed = 42;
    const char *profile = "spec";
    int i;
    static char buf[1 << 20];
    max_records = 1000000;
    nsocks = 1000;
    for (i = 1; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--records"))
            max_records = strtoull(argv[i + 1], 0, 0);
        else if (!strcmp(argv[i], "--sockets"))
            nsocks = (uint32_t)strtoul(argv[i + 1], 0, 0);
        else if (!strcmp(argv[i], "--seed"))
            seed = strtoull(argv[i + 1], 0, 0);
        else if (!strcmp(argv[i], "--profile"))
            profile = argv[i + 1];
        else
            break;
    }
    if (i < argc || nsocks < 4 ||
        (strcmp(profile, "spec") && strcmp(profile, "windows"))) {
        fprintf(stderr, "usage: gen_trace [--records N] [--sockets K] [--seed S] "
                "[--profile spec|windows]\n");
        return 2;
    }
    setvbuf(stdout, buf, _IOFBF, sizeof buf);
    rng = seed;
    socks = calloc(nsocks, sizeof *socks);
    if (!socks)
        return 1;
    fdp_init(&engine, post, 0, strcmp(profile, "spec") ? FDP_PROFILE_WINDOWS
                                                       : FDP_PROFILE_SPEC);
    printf("fdt 1\nprofile %s\nhandwritten\n", profile);   /* generated: no end */
    printf("# gen_trace --records %llu --sockets %u --seed %llu (tests/bench/gen_trace.c)\n",
           (unsigned long long)max_records, nsocks, (unsigned long long)seed);
    /* One listener per 64 sockets. */
    nlisteners = nsocks / 64 ? nsocks / 64 : 1;
    for (i = 0; i < (int)nlisteners; i++)
        new_listener((uint32_t)i);
    while (records < max_records) {
        uint32_t j = below(nsocks);
        struct sock *k = &socks[j];
        switch (k->role) {
        case FREE:
            /* A third of new connections are our own clients. */
            if (j >= nlisteners && below(3) == 0)
                new_client(j);
            else
                step_listener(&socks[below(nlisteners)]);
            break;
        case LISTENER:
            step_listener(k);
            break;
        case CLIENT_CONNECTING:
            step_connecting(k);
            break;
        default:
            step_conn(k);
            break;
        }
    }
    free(socks);
    fprintf(stderr, "gen_trace: %llu records, %u sockets created, at most %u live at once\n",
            (unsigned long long)records, next_name - 1, max_live);
    return fflush(stdout) ? 1 : 0;
}
