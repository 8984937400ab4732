/* SPDX-License-Identifier: MIT */
/*
 * roundtrip.c -- drive the engine with a random but possible run of a
 * provider, with the recorder (engine/fdp_recorder.h) attached, and write
 * the trace to stdout.  `fdpost check` must find it conforming: the round
 * trip of check-roundtrip.  With --bytes it makes the big trace of
 * `make bench-check`.
 *
 *   roundtrip [--profile spec|windows] [--seed N] [--steps N] [--bytes N]
 *             [--sockets N] [--line BYTES] [--fail-every N]
 *             [--reenter N] [--hold BYTES] [--events N]
 *   roundtrip --diff N [--seed N]
 *
 * --reenter N: about one post in N makes its callback call the engine
 * (fdpost.h, re-entrancy), up to 3 callbacks deep: a random step on any
 * socket (closes, accepts into a closed socket's memory, selects refused
 * with WSAEINPROGRESS...) or a select on the socket being posted.  The
 * recorder gets --hold bytes (default 64 KiB) to keep them in order;
 * without enough, it must say so and the trace must read as incomplete.
 *
 * --events N: about one socket in N is registered with WSPEventSelect
 * (fdp_eventselect, its own event object) instead of WSPAsyncSelect, its
 * network events read now and then with fdp_enum_network_events; with
 * --reenter, event callbacks call the engine too.  Not with --diff (the
 * reference model has no event mode).
 *
 * --line gives the recorder a line buffer of that size (lines then go out
 * in pieces); --fail-every makes every Nth write fail and lose its bytes,
 * as a full disk would: the recorder must say so (exit 1) and the trace
 * must read as incomplete (check-incomplete).
 *
 * The driver keeps the bookkeeping a provider keeps (queued bytes, urgent
 * bytes, pending connections, datagrams) so every recv and accept it reports
 * could have happened; handles are reused after close, as Windows does.
 *
 * --diff N: the differential run (`make diff-random`).  N short random
 * traces, both profiles in turn, each call made on the engine and on the
 * reference model (tools/verify/fdp_model.c) alike; the two must return
 * the same and post the same, optional posts included, at every call.  The
 * first difference is printed with its seed and step, exit 1.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fdpost.h"
#include "fdp_recorder.h"
#include "fdp_model.h"

#define MAXS 4096
#define DQ 16

typedef struct sim {
    fdp_socket s;
    fdpm_socket m;              /* the model's twin (--diff) */
    int live, udp, listener, connected, cpending, dead, fin, inline_, blocked;
    int shut;                   /* its own shutdown SD_SEND or SD_BOTH */
    int evmode;                 /* registered by eventselect (--events) */
    uint64_t obj;               /* ... with this event object */
    unsigned long long queued, urgent, pending;
    unsigned dq[DQ];            /* datagram sizes, a ring */
    int dqh, dqn;
} sim;

static sim socks[MAXS];
static int nsocks = 4;
static fdp_engine eng;
static unsigned long long rng = 88172645463325252ull;
static unsigned long long written;
static uint64_t free_handles[MAXS];
static int nfree;
static uint64_t next_handle = 0x100;

static unsigned rnd(unsigned n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng % n);
}

static unsigned long fail_every, writes;

static int write_cb(void *ctx, const char *line, size_t len)
{
    (void)ctx;
    if (fail_every && ++writes % fail_every == 0)
        return 28;                  /* ENOSPC: the bytes are lost */
    written += len;
    return fwrite(line, 1, len, stdout) == len ? 0 : 1;
}

/* --diff: each side's posts during one call, compared after it. */
#define MAXP 64
typedef struct posts {
    int n;
    struct { uint64_t w; uint32_t wnd, msg, lp, opt; } p[MAXP];
} posts;

static fdpm_engine mod;
static int diff;
static posts eposts, mposts;
static unsigned long long diff_seed, diff_step, diff_calls, diff_posts;

static void push(posts *ps, uint64_t w, uint32_t wnd, uint32_t msg,
                 uint32_t lp, uint32_t opt)
{
    if (ps->n < MAXP) {
        ps->p[ps->n].w = w;
        ps->p[ps->n].wnd = wnd;
        ps->p[ps->n].msg = msg;
        ps->p[ps->n].lp = lp;
        ps->p[ps->n].opt = opt;
    }
    ps->n++;
}

static unsigned reenter, nesting, events;
static void step(void);
static void reentrant_call(uint64_t w);

/* WSASetEvent, WSAResetEvent: done; with --reenter the set may call the
   engine, as fdp_event_fn allows. */
static int event_cb(void *ctx, uint64_t object, int set)
{
    (void)ctx, (void)object;
    if (set && !diff && reenter && nesting < 3 && rnd(reenter) == 0) {
        nesting++;
        step();
        nesting--;
    }
    return 0;
}

static int post_cb(void *ctx, uint64_t w, uint32_t wnd, uint32_t msg, uint32_t lp)
{
    (void)ctx;
    if (diff)
        push(&eposts, w, wnd, msg, lp, 0);
    else if (reenter && nesting < 3 && rnd(reenter) == 0)
        reentrant_call(w);
    return 0;
}

/* The engine's optional posts (D1, D6) are not made; its observer hears. */
static void observe_cb(void *ctx, const fdp_socket *s, const fdp_record *r)
{
    (void)ctx;
    if (r->verb == FDP_V_POST && r->flags)
        push(&eposts, s->handle, r->window, r->message,
             FDP_MAKESELECTREPLY((unsigned)r->arg, (int)r->result), 1);
}

static int m_post(void *ctx, uint64_t w, uint32_t wnd, uint32_t msg, uint32_t lp)
{
    (void)ctx;
    push(&mposts, w, wnd, msg, lp, 0);
    return 0;
}

static int m_post_opt(void *ctx, uint64_t w, uint32_t wnd, uint32_t msg,
                      uint32_t lp)
{
    (void)ctx;
    push(&mposts, w, wnd, msg, lp, 1);
    return 0;
}

static void put_posts(const char *who, const posts *ps)
{
    int i;
    fprintf(stderr, "  %s:", who);
    for (i = 0; i < ps->n && i < MAXP; i++)
        fprintf(stderr, " [%#llx %s err %u%s]", (unsigned long long)ps->p[i].w,
                fdp_event_name(ps->p[i].lp & 0xFFFF), ps->p[i].lp >> 16,
                ps->p[i].opt ? " optional" : "");
    fprintf(stderr, "%s\n", ps->n ? "" : " nothing");
}

/* After one call on both sides: the same result, the same posts. */
static void pair_end(const char *call, int r1, int e1, int r2, int e2)
{
    int same = r1 == r2 && (r1 == 0 || e1 == e2) && eposts.n == mposts.n &&
               !memcmp(eposts.p, mposts.p,
                       (size_t)(eposts.n < MAXP ? eposts.n : MAXP) *
                       sizeof eposts.p[0]);
    diff_step++;
    diff_calls++;
    diff_posts += (unsigned long long)eposts.n;
    if (same)
        return;
    fprintf(stderr, "diff: seed %llu step %llu: %s: engine returned %d (%d),"
            " model %d (%d)\n", diff_seed, diff_step, call, r1, e1, r2, e2);
    put_posts("engine", &eposts);
    put_posts("model", &mposts);
    exit(1);
}

/* One call on the engine's socket and, with --diff, on the model's twin
   (the arguments are evaluated twice: none has a side effect). */
#define CALL(fn, x, ...) do { \
        int e1_ = 0, e2_ = 0, r1_, r2_; \
        eposts.n = mposts.n = 0; \
        r1_ = fdp_##fn(&eng, &(x)->s, __VA_ARGS__, &e1_); \
        if (diff) { \
            r2_ = fdpm_##fn(&mod, &(x)->m, __VA_ARGS__, &e2_); \
            pair_end(#fn, r1_, e1_, r2_, e2_); \
        } \
    } while (0)
#define CALL0(fn, x) do { \
        int e1_ = 0, e2_ = 0, r1_, r2_; \
        eposts.n = mposts.n = 0; \
        r1_ = fdp_##fn(&eng, &(x)->s, &e1_); \
        if (diff) { \
            r2_ = fdpm_##fn(&mod, &(x)->m, &e2_); \
            pair_end(#fn, r1_, e1_, r2_, e2_); \
        } \
    } while (0)

static uint64_t new_handle(void)
{
    if (nfree && rnd(2))
        return free_handles[--nfree];
    next_handle += 4;
    return next_handle;
}

static sim *slot(void)
{
    int i;
    for (i = 0; i < nsocks; i++)
        if (!socks[i].live)
            return &socks[i];
    return NULL;
}

static unsigned left(const sim *x)
{
    unsigned l = 0;
    if (x->udp ? x->dqn > 0 : x->queued > 0)
        l |= FDP_LEFT_DATA;
    if (x->urgent)
        l |= FDP_LEFT_URGENT;
    return l;
}

static const long masks[] = {
    FDP_FD_READ | FDP_FD_WRITE | FDP_FD_CLOSE,
    FDP_FD_READ | FDP_FD_WRITE | FDP_FD_OOB | FDP_FD_CLOSE | FDP_FD_CONNECT,
    FDP_FD_ALL_EVENTS, FDP_FD_ACCEPT | FDP_FD_READ | FDP_FD_WRITE | FDP_FD_CLOSE,
    FDP_FD_WRITE, FDP_FD_READ, 0, FDP_FD_QOS | FDP_FD_GROUP_QOS | FDP_FD_READ,
    FDP_FD_ROUTING_INTERFACE_CHANGE | FDP_FD_ADDRESS_LIST_CHANGE | FDP_FD_WRITE,
    0x400 | FDP_FD_READ,        /* bad bits: the engine refuses (S17) */
};

/* Every abort error a provider may report (D8: FD_CLOSE tells WSAENETDOWN
   and WSAECONNRESET as they are, the rest as WSAECONNABORTED). */
enum { WSAEALREADY_ = 10037, WSAEADDRNOTAVAIL_ = 10049, WSAENETRESET_ = 10052,
       WSAESHUTDOWN_ = 10058, WSAEHOSTUNREACH_ = 10065 };
static const int abort_errors[] = {
    FDP_WSAECONNABORTED, FDP_WSAENETDOWN, FDP_WSAECONNRESET,
    FDP_WSAETIMEDOUT, WSAENETRESET_, WSAEHOSTUNREACH_,
};
static const long route_errors[] = { 0, FDP_WSAENETUNREACH, FDP_WSAENETDOWN };

static void sim_close(sim *x)
{
    CALL0(close, x);
    if (nfree < MAXS)
        free_handles[nfree++] = x->s.handle;
    x->live = 0;
}

/* A new socket in a free slot: selected, maybe a listener. */
static void sim_born(void)
{
    sim *x;
    x = slot();
    if (!x)
        return;
    memset(x, 0, sizeof *x);
    x->live = 1;
    x->udp = rnd(5) == 0;
    {
        uint64_t h = new_handle();
        int type = x->udp ? FDP_DGRAM : FDP_STREAM;
        uint32_t w = 1 + rnd(2);
        long m = masks[rnd(4)];
        CALL(socket_init, x, h, type, FDP_PROFILE_DEFAULT);
        if (events && !diff && rnd(events) == 0) {
            x->evmode = 1;
            x->obj = 0x10000 + h;
            fdp_eventselect(&eng, &x->s, x->obj, m, NULL);
        } else {
            CALL(select, x, w, 0x401, m);
        }
    }
    if (!x->udp && rnd(3) == 0) {
        x->listener = 1;
        CALL0(bind, x);
        CALL0(listen, x);
    } else if (x->udp) {
        CALL0(bind, x);
    }
}

/* accept on both sides: the new socket is `n`'s pair. */
static void sim_accept(sim *x, int result, int pending, sim *n, uint64_t h)
{
    int e1 = 0, e2 = 0, r1, r2;
    eposts.n = mposts.n = 0;
    r1 = fdp_accept(&eng, &x->s, result, pending, n ? &n->s : NULL, h, &e1);
    if (diff) {
        r2 = fdpm_accept(&mod, &x->m, result, pending, n ? &n->m : NULL, h,
                         &e2);
        pair_end("accept", r1, e1, r2, e2);
    }
}

static void step_listener(sim *x, int a)
{
    if (a < 40) {
        x->pending++;
        CALL(input, x, FDP_IN_PENDING, 0);
    } else if (a < 80) {
        if (x->pending && rnd(8) == 0) {
            sim_accept(x, FDP_WSATRY_AGAIN, 1, NULL, 0);
        } else if (x->pending) {
            sim *n = slot();
            if (!n)
                return;
            memset(n, 0, sizeof *n);
            n->live = 1;
            n->connected = 1;
            n->inline_ = x->inline_;    /* S11: the listener's properties */
            n->evmode = x->evmode;      /* E5: and its event object */
            n->obj = x->obj;
            x->pending--;
            sim_accept(x, 0, x->pending > 0, n, new_handle());
        } else {
            sim_accept(x, FDP_WSAEWOULDBLOCK, 0, NULL, 0);
        }
    } else if (a < 90) {
        long m = masks[rnd(10)];
        CALL(select, x, 1, 0x401, m);
        x->evmode = 0;
    } else if (a < 93) {
        x->pending = 0;
        CALL(input, x, FDP_IN_NO_PENDING, 0);
    } else if (a < 96) {
        CALL(ioctl, x, FDP_SIO_ADDRESS_LIST_CHANGE);
    } else if (a < 98) {
        CALL(input, x, FDP_IN_ADDRESS_LIST, 0);
    } else {
        sim_close(x);
    }
}

/* A connect or its outcome; 1 if the step was one. */
static int step_connect(sim *x, int a)
{
    if (!x->connected && !x->cpending && !x->udp && a < 60) {
        int r = rnd(4) ? FDP_WSAEWOULDBLOCK : rnd(2) ? 0 : FDP_WSAECONNREFUSED;
        CALL(connect, x, r);
        x->cpending = r == FDP_WSAEWOULDBLOCK;
        x->connected = r == 0;
        return 1;
    }
    if (x->cpending && a < 60) {
        x->cpending = 0;
        if (rnd(4)) {
            x->connected = 1;
            CALL(input, x, FDP_IN_CONNECTED, 0);
        } else {
            CALL(input, x, FDP_IN_CONNECT_FAILED, FDP_WSAETIMEDOUT);
        }
        return 1;
    }
    return 0;
}

static void step_recv(sim *x)
{
    unsigned want = 1 + rnd(2000);
    int peek = rnd(6) == 0, oob = !x->udp && rnd(8) == 0;
    long got;
    if (oob) {
        got = x->inline_ ? -FDP_WSAEINVAL :
              x->urgent ? (long)(x->urgent < want ? x->urgent : want) : -FDP_WSAEWOULDBLOCK;
        if (got > 0 && !peek)
            x->urgent -= (unsigned long long)got;
    } else if (x->udp) {
        if (!x->dqn) {
            got = -FDP_WSAEWOULDBLOCK;
        } else {
            unsigned d = x->dq[x->dqh];
            got = d <= want ? (long)d : -10040;     /* WSAEMSGSIZE */
            if (!peek) {
                x->dqh = (x->dqh + 1) % DQ;
                x->dqn--;
            }
        }
    } else if (x->queued) {
        got = (long)(x->queued < want ? x->queued : want);
        if (!peek)
            x->queued -= (unsigned long long)got;
    } else {
        got = x->fin ? 0 : x->dead ? -FDP_WSAECONNRESET : -FDP_WSAEWOULDBLOCK;
    }
    CALL(recv, x, (peek ? FDP_MSG_PEEK : 0) | (oob ? FDP_MSG_OOB : 0),
             (long)want, got, left(x));
}

static void step_send_oob(sim *x, int a)
{
    if (a < 62) {                        /* send */
        unsigned n = 1 + rnd(4000);
        long r = x->blocked || rnd(5) == 0 ? -FDP_WSAEWOULDBLOCK : (long)n;
        if (x->dead)
            r = -FDP_WSAECONNRESET;
        else if (x->shut)
            r = -WSAESHUTDOWN_;
        x->blocked = r == -FDP_WSAEWOULDBLOCK;
        CALL(send, x, (long)n, r);
    } else if (a < 68) {
        if (x->blocked) {
            x->blocked = 0;
            CALL(input, x, FDP_IN_SPACE, 0);
        }
    } else if (a < 71) {
        if (!x->udp && !x->dead) {
            if (x->inline_)
                x->queued += 1;
            else
                x->urgent += 1;
            CALL(input, x, FDP_IN_URGENT, 1);
        }
    } else if (a < 73) {
        if (!x->udp) {
            if (!x->inline_ && rnd(2)) {
                x->queued += x->urgent;
                x->urgent = 0;
                x->inline_ = 1;
                CALL(oobinline, x, 1);
            } else if (x->inline_) {
                x->inline_ = 0;
                CALL(oobinline, x, 0);
            }
        }
    }
}

/* Connects and joins of every kind (D5, D6, W4): on a datagram socket in
   both profiles, on a connected or connecting stream socket; SO_OOBINLINE
   turned on with urgent data queued (D3). */
static void step_more(sim *x, int a)
{
    static const int dgram_results[] = { 0, 0, FDP_WSAENETUNREACH,
                                         WSAEADDRNOTAVAIL_ };
    int r;
    if (a < 97) {
        r = x->udp ? dgram_results[rnd(4)]
          : x->cpending ? WSAEALREADY_
          : x->connected ? FDP_WSAEISCONN
          : rnd(2) ? FDP_WSAEWOULDBLOCK : FDP_WSAECONNREFUSED;
        if (rnd(2))
            CALL(joinleaf, x, r);
        else
            CALL(connect, x, r);
        x->cpending |= r == FDP_WSAEWOULDBLOCK;
    } else if (!x->udp && !x->dead && !x->inline_) {
        x->urgent += 1;
        CALL(input, x, FDP_IN_URGENT, 1);
        if (rnd(2)) {
            x->queued += x->urgent;     /* D3: normal data now */
            x->urgent = 0;
            x->inline_ = 1;
            CALL(oobinline, x, 1);
        }
    }
}

/* WSPEventSelect: the socket's own event object.  Not with --diff: the
   reference model has no event mode yet (its eventselect only cancels, and
   then takes a FIONBIO off that the engine refuses, E1). */
static void sim_eventselect(sim *x, long mask)
{
    if (diff)
        return;
    if (!x->obj)
        x->obj = 0x10000 + x->s.handle;
    x->evmode = 1;
    fdp_eventselect(&eng, &x->s, x->obj, mask, NULL);
}

/* WSPEnumNetworkEvents, the socket's object given or not. */
static void sim_enum(sim *x)
{
    fdp_network_events ne;
    fdp_enum_network_events(&eng, &x->s, rnd(4) ? x->obj : 0, &ne, NULL);
}

static void step_other(sim *x, int a)
{
    if (a < 78) {
        uint32_t w = 1 + rnd(2), msg = 0x401 + rnd(2);
        long m = masks[rnd(10)];
        if (x->evmode && rnd(2)) {
            fdp_eventselect(&eng, &x->s, x->obj, m, NULL);
        } else {
            CALL(select, x, w, msg, m);
            x->evmode = 0;
        }
    } else if (a < 80) {
        if (!x->udp && !x->fin) {
            x->fin = 1;
            CALL(input, x, FDP_IN_FIN, 0);
        }
    } else if (a < 81) {
        if (!x->udp) {
            x->dead = 1;
            if (rnd(2)) {
                CALL(input, x, FDP_IN_RESET, 0);
            } else {
                long e = abort_errors[rnd(6)];
                CALL(input, x, FDP_IN_ABORT, e);
            }
        }
    } else if (a < 83) {
        static const uint32_t codes[] = { FDP_SIO_GET_QOS, FDP_SIO_GET_GROUP_QOS,
            FDP_SIO_ROUTING_INTERFACE_CHANGE, FDP_SIO_ADDRESS_LIST_CHANGE, 0x4004667e };
        uint32_t code = codes[rnd(5)];
        CALL(ioctl, x, code);
    } else if (a < 86) {
        static const int ins[] = { FDP_IN_QOS, FDP_IN_GROUP_QOS, FDP_IN_ROUTE,
                                   FDP_IN_ADDRESS_LIST };
        int in = ins[rnd(4)];
        long e = in == FDP_IN_ROUTE ? route_errors[rnd(3)] : 0;
        CALL(input, x, in, e);
    } else if (a < 88) {
        int how = (int)rnd(3);
        CALL(shutdown, x, how);
        x->shut |= how != FDP_SD_RECEIVE;
    } else if (a < 89) {
        int on = (int)rnd(2);
        CALL(fionbio, x, on);
    } else if (a < 90) {
        if (rnd(4) == 0)
            sim_eventselect(x, FDP_FD_READ);
    } else if (a < 91) {
        if (rnd(10) == 0)
            CALL(input, x, FDP_IN_NETDOWN, 0);
    } else if (a < 92) {
        if (x->udp) {
            CALL(connect, x, 0);
        } else if (x->queued && rnd(2)) {
            x->queued = 0;
            CALL(input, x, FDP_IN_DATA_GONE, 0);
        }
    } else if (a < 95) {
        sim_close(x);
    } else {
        step_more(x, a);
    }
}

static void step(void)
{
    sim *x = &socks[rnd((unsigned)nsocks)];
    int a;
    if (!x->live) {
        sim_born();
        return;
    }
    a = (int)rnd(100);
    if (x->evmode && rnd(4) == 0) {
        sim_enum(x);
        return;
    }
    if (x->listener) {
        step_listener(x, a);
        return;
    }
    if (step_connect(x, a))
        return;
    if (a < 22) {                               /* data arrives */
        unsigned n = 1 + rnd(1400);
        if (x->udp) {
            if (x->dqn == DQ)
                return;
            x->dq[(x->dqh + x->dqn++) % DQ] = n;
        } else {
            if (x->fin || x->dead)
                return;
            x->queued += n;
        }
        CALL(input, x, FDP_IN_DATA, (long)n);
    } else if (a < 48) {
        step_recv(x);
    } else if (a < 78) {
        step_send_oob(x, a);
    } else {
        step_other(x, a);
    }
}

/* --reenter: the post callback calls the engine, as fdpost.h allows. */
static void reentrant_call(uint64_t w)
{
    sim *x = NULL;
    int i;
    nesting++;
    for (i = 0; i < nsocks && !x; i++)
        if (socks[i].live && socks[i].s.handle == w)
            x = &socks[i];
    /* a select on the socket posted is refused (S17) while its batch goes
       out, unless a callback closed it and its memory holds another */
    if (x && rnd(4) == 0)
        CALL(select, x, 1 + rnd(2), 0x401, masks[rnd(4)]);
    else
        step();
    nesting--;
}

/* --diff: n short traces, the profiles in turn, 1-6 sockets and 10-200
   steps each, every socket closed at the end. */
static int run_diff(unsigned long long n, unsigned long long seed)
{
    unsigned long long t, steps, k;
    int i;
    diff = 1;
    for (t = 0; t < n; t++) {
        int profile = t & 1 ? FDP_PROFILE_WINDOWS : FDP_PROFILE_SPEC;
        diff_seed = seed + t;
        diff_step = 0;
        rng = diff_seed * 2654435761ull + 1;
        memset(socks, 0, sizeof socks);
        nfree = 0;
        next_handle = 0x100;
        nsocks = 1 + (int)rnd(6);
        fdp_init(&eng, post_cb, NULL, profile);
        fdp_set_observer(&eng, observe_cb, NULL);
        fdp_set_event_callback(&eng, event_cb, NULL);
        fdpm_init(&mod, m_post, NULL, profile);
        mod.post_optional = m_post_opt;
        steps = 10 + rnd(191);
        for (k = 0; k < steps; k++)
            step();
        for (i = 0; i < nsocks; i++)
            if (socks[i].live)
                sim_close(&socks[i]);
    }
    printf("diff: %llu random traces (seeds %llu-%llu, both profiles), %llu"
           " calls, %llu posts: engine and model agree at every call\n", n,
           seed, seed + n - 1, diff_calls, diff_posts);
    return 0;
}

int main(int argc, char **argv)
{
    static char line[FDP_RECORDER_LINE_MAX], hold[65536];
    size_t linesize = sizeof line, holdsize = sizeof hold;
    fdp_recorder rec;
    int profile = FDP_PROFILE_SPEC, i;
    unsigned long long steps = 2000, bytes = 0, n, ndiff = 0, seed = 0;
    for (i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--profile") && i + 1 < argc)
            profile = strcmp(argv[++i], "windows") ? FDP_PROFILE_SPEC : FDP_PROFILE_WINDOWS;
        else if (!strcmp(argv[i], "--seed") && i + 1 < argc)
            rng = (seed = strtoull(argv[++i], NULL, 0)) * 2654435761ull + 1;
        else if (!strcmp(argv[i], "--diff") && i + 1 < argc)
            ndiff = strtoull(argv[++i], NULL, 0);
        else if (!strcmp(argv[i], "--steps") && i + 1 < argc)
            steps = strtoull(argv[++i], NULL, 0);
        else if (!strcmp(argv[i], "--bytes") && i + 1 < argc)
            bytes = strtoull(argv[++i], NULL, 0);
        else if (!strcmp(argv[i], "--sockets") && i + 1 < argc)
            nsocks = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--line") && i + 1 < argc)
            linesize = strtoul(argv[++i], NULL, 0);
        else if (!strcmp(argv[i], "--fail-every") && i + 1 < argc)
            fail_every = strtoul(argv[++i], NULL, 0);
        else if (!strcmp(argv[i], "--reenter") && i + 1 < argc)
            reenter = (unsigned)strtoul(argv[++i], NULL, 0);
        else if (!strcmp(argv[i], "--hold") && i + 1 < argc)
            holdsize = strtoul(argv[++i], NULL, 0);
        else if (!strcmp(argv[i], "--events") && i + 1 < argc)
            events = (unsigned)strtoul(argv[++i], NULL, 0);
        else {
            fprintf(stderr, "usage: roundtrip [--profile spec|windows] [--seed N] "
                            "[--steps N] [--bytes N] [--sockets N] [--line BYTES] "
                            "[--fail-every N] [--reenter N] [--hold BYTES] "
                            "[--events N]\n"
                            "       roundtrip --diff N [--seed N]\n");
            return 2;
        }
    }
    if (ndiff)
        return run_diff(ndiff, seed);
    if (nsocks < 1 || nsocks > MAXS)
        nsocks = 4;
    fdp_init(&eng, post_cb, NULL, profile);
    fdp_set_event_callback(&eng, event_cb, NULL);
    if (linesize > sizeof line)
        linesize = sizeof line;
    fdp_recorder_init(&rec, line, linesize, write_cb, NULL);
    if (holdsize > sizeof hold)
        holdsize = sizeof hold;
    fdp_recorder_hold(&rec, hold, holdsize);
    fdp_recorder_attach(&rec, &eng);
    fdp_recorder_comment(&rec, "recorded by tests/oracle/roundtrip.c");
    for (n = 0; bytes ? written < bytes : n < steps; n++)
        step();
    if (fdp_recorder_end(&rec)) {
        fprintf(stderr, "roundtrip: the recorder failed (%d)\n", rec.error);
        return 1;
    }
    return fflush(stdout) ? 1 : 0;
}
