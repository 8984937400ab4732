/* SPDX-License-Identifier: MIT */
/*
 * bench_ops.h -- the benchmark's random input streams: one array of calls
 * and transport inputs over many sockets, made from a fixed seed, so the
 * engine, the reference model and the floor loop read exactly the same
 * inputs.  Invalid calls are part of the mix.
 */
#ifndef BENCH_OPS_H
#define BENCH_OPS_H

#include <stdint.h>
#include <stdlib.h>

/* One input: 8 bytes. */
typedef struct bench_op {
    uint32_t sock;      /* index into the socket array */
    uint8_t kind;       /* enum bench_kind */
    uint8_t a;          /* kind's small argument */
    uint16_t b;         /* kind's second argument */
} bench_op;

enum bench_kind {
    K_SOCKET,       /* a: type (0 stream, 1 dgram), b: profile */
    K_SELECT,       /* b: mask (may be invalid) */
    K_EVENTSELECT,  /* b: mask */
    K_FIONBIO,      /* a: on */
    K_RECV,         /* a: flags | left << 4, b: result code (see below) */
    K_SEND,         /* a: 1 would block, 0 ok */
    K_ACCEPT,       /* a: 0 ok, 1 try again, 2 error, 3 invalid; b: pending */
    K_CONNECT,      /* a: 0 ok, 1 wait, 2 fail, 3 invalid */
    K_JOINLEAF,     /* same */
    K_IOCTL,        /* a: 0..3 the SIO codes, 4 other */
    K_OOBINLINE,    /* a: on */
    K_BIND,
    K_LISTEN,
    K_SHUTDOWN,     /* a: how (3: invalid) */
    K_CLOSE,
    K_INPUT,        /* a: enum fdp_input (0 or 18: invalid), b: arg */
    K_COUNT
};

/* splitmix64: small, fast, the same everywhere. */
static inline uint64_t bench_rand(uint64_t *x)
{
    uint64_t z = (*x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static const uint16_t bench_masks[] = {
    0x3F,       /* FD_READ|FD_WRITE|FD_OOB|FD_ACCEPT|FD_CONNECT|FD_CLOSE */
    0x23,       /* FD_READ|FD_WRITE|FD_CLOSE: a typical server connection */
    0x08,       /* FD_ACCEPT: a listener */
    0x33,       /* a client: FD_READ|FD_WRITE|FD_CONNECT|FD_CLOSE */
    0x3FF,      /* FD_ALL_EVENTS */
    0x0,        /* cancel */
    0x27,
    0x400,      /* invalid */
};

/* Transport inputs and their weights (out of 1000 of all inputs). */
struct bench_weight { uint8_t kind, a; uint16_t w; };
static const struct bench_weight bench_mix[] = {
    { K_INPUT, 1 /* DATA */, 200 },
    { K_RECV, 0, 200 },
    { K_SEND, 0, 130 },
    { K_SEND, 1, 20 },
    { K_INPUT, 9 /* SPACE */, 40 },
    { K_SELECT, 0, 70 },
    { K_INPUT, 2 /* DATA_GONE */, 15 },
    { K_INPUT, 3 /* URGENT */, 15 },
    { K_INPUT, 4 /* URGENT_GONE */, 10 },
    { K_INPUT, 5 /* PENDING */, 25 },
    { K_INPUT, 6 /* NO_PENDING */, 10 },
    { K_ACCEPT, 0, 25 },
    { K_CONNECT, 0, 20 },
    { K_JOINLEAF, 0, 3 },
    { K_INPUT, 7 /* CONNECTED */, 15 },
    { K_INPUT, 8 /* CONNECT_FAILED */, 5 },
    { K_IOCTL, 0, 20 },
    { K_INPUT, 14 /* QOS */, 8 },
    { K_INPUT, 15 /* GROUP_QOS */, 5 },
    { K_INPUT, 16 /* ROUTE */, 6 },
    { K_INPUT, 17 /* ADDRESS_LIST */, 6 },
    { K_INPUT, 10 /* FIN */, 12 },
    { K_INPUT, 11 /* RESET */, 4 },
    { K_INPUT, 12 /* ABORT */, 4 },
    { K_INPUT, 13 /* NETDOWN */, 1 },
    { K_OOBINLINE, 0, 8 },
    { K_BIND, 0, 8 },
    { K_LISTEN, 0, 5 },
    { K_SHUTDOWN, 0, 8 },
    { K_EVENTSELECT, 0, 4 },
    { K_FIONBIO, 0, 4 },
    { K_CLOSE, 0, 10 },
    { K_INPUT, 0 /* invalid */, 4 },
};

/* Fill ops[0..n) over nsock sockets (each created by ops[0..nsock) first).
   A socket the stream closed is re-created at its next turn, so the stream
   stays mostly on live sockets, as a provider's would. */
static inline void bench_make_ops(bench_op *ops, size_t n, uint32_t nsock,
                                  uint64_t seed)
{
    uint64_t x = seed;
    uint16_t cum[sizeof bench_mix / sizeof bench_mix[0]];
    uint8_t *closed = calloc(nsock, 1);
    size_t i, k, nmix = sizeof bench_mix / sizeof bench_mix[0];
    unsigned total = 0;
    for (k = 0; k < nmix; k++)
        cum[k] = (uint16_t)(total += bench_mix[k].w);
    for (i = 0; i < n; i++) {
        bench_op *o = &ops[i];
        uint64_t r = bench_rand(&x);
        unsigned pick = (unsigned)(r % total);
        uint32_t s = i < nsock ? (uint32_t)i : (uint32_t)((r >> 16) % nsock);
        o->sock = s;
        o->a = 0;
        o->b = 0;
        r >>= 48;
        if (i < nsock || closed[s]) {
            o->kind = K_SOCKET;
            o->a = (r & 15) == 0;               /* 1 in 16 datagram */
            o->b = (r >> 4) & 1;                /* half windows profile */
            closed[s] = 0;
            continue;
        }
        for (k = 0; cum[k] <= pick; k++)
            ;
        o->kind = bench_mix[k].kind;
        o->a = bench_mix[k].a;
        switch (o->kind) {
        case K_SELECT:
        case K_EVENTSELECT:
            o->b = bench_masks[r % (sizeof bench_masks / sizeof bench_masks[0])];
            break;
        case K_FIONBIO:
        case K_OOBINLINE:
            o->a = r & 1;
            break;
        case K_RECV:
            /* flags: 1 in 8 MSG_OOB, 1 in 16 MSG_PEEK; left: data 1 in 3 */
            o->a = (uint8_t)(((r & 7) == 0 ? 1 : 0) | (((r >> 3) & 15) == 0 ? 2 : 0) |
                             ((((r >> 7) % 3) == 0 ? 1 : 0) << 4));
            o->b = (r >> 9) & 7;                /* 0: would block */
            break;
        case K_ACCEPT:
            o->a = (r & 7) < 5 ? 0 : (r & 7) == 5 ? 1 : (r & 7) == 6 ? 2 : 3;
            o->b = (r >> 3) & 1;
            if (o->a == 0)                      /* it re-creates a neighbour */
                closed[(s + 1) % nsock] = 0;
            break;
        case K_CONNECT:
        case K_JOINLEAF:
            o->a = (r & 7) < 2 ? 0 : (r & 7) < 6 ? 1 : (r & 7) == 6 ? 2 : 3;
            break;
        case K_IOCTL:
            o->a = (uint8_t)(r % 5);
            break;
        case K_SHUTDOWN:
            o->a = (uint8_t)(r & 3);
            break;
        case K_CLOSE:
            closed[s] = 1;
            break;
        case K_INPUT:
            if (o->a == 8 || o->a == 12)        /* connect-failed, abort */
                o->b = (r & 1) ? 10061 : 10053;
            else if (o->a == 16)                /* route */
                o->b = (r & 3) == 0 ? 10051 : 0;
            else if (o->a == 1 || o->a == 3)
                o->b = (uint16_t)(1 + (r & 1023));
            else if (o->a == 0)
                o->a = (r & 1) ? 0 : 18;        /* unknown input */
            break;
        default:
            break;
        }
    }
    free(closed);
}

#endif
