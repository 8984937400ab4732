/*
 * roundtrip.c -- drive the engine with a random but possible run of a
 * provider, with the recorder (engine/fdp_recorder.h) attached, and write
 * the trace to stdout.  `fdpost check` must find it conforming: the round
 * trip of check-roundtrip.  With --bytes it makes the big trace of
 * `make bench-check`.
 *
 *   roundtrip [--profile spec|windows] [--seed N] [--steps N] [--bytes N]
 *             [--sockets N] [--line BYTES] [--fail-every N]
 *
 * --line gives the recorder a line buffer of that size (lines then go out
 * in pieces); --fail-every makes every Nth write fail and lose its bytes,
 * as a full disk would: the recorder must say so (exit 1) and the trace
 * must read as incomplete (check-incomplete).
 *
 * The driver keeps the bookkeeping a provider keeps (queued bytes, urgent
 * bytes, pending connections, datagrams) so every recv and accept it reports
 * could have happened; handles are reused after close, as Windows does.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fdpost.h"
#include "fdp_recorder.h"

#define MAXS 4096
#define DQ 16

typedef struct sim {
    fdp_socket s;
    int live, udp, listener, connected, cpending, dead, fin, inline_, blocked;
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

static int post_cb(void *ctx, uint64_t w, uint32_t wnd, uint32_t msg, uint32_t lp)
{
    (void)ctx; (void)w; (void)wnd; (void)msg; (void)lp;
    return 0;
}

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

static void sim_close(sim *x)
{
    int err;
    fdp_close(&eng, &x->s, &err);
    if (nfree < MAXS)
        free_handles[nfree++] = x->s.handle;
    x->live = 0;
}

/* A new socket in a free slot: selected, maybe a listener. */
static void sim_born(void)
{
    sim *x;
    int err;
    x = slot();
    if (!x)
        return;
    memset(x, 0, sizeof *x);
    x->live = 1;
    x->udp = rnd(5) == 0;
    fdp_socket_init(&eng, &x->s, new_handle(), x->udp ? FDP_DGRAM : FDP_STREAM,
                    FDP_PROFILE_DEFAULT, &err);
    fdp_select(&eng, &x->s, 1 + rnd(2), 0x401, masks[rnd(4)], &err);
    if (!x->udp && rnd(3) == 0) {
        x->listener = 1;
        fdp_bind(&eng, &x->s, &err);
        fdp_listen(&eng, &x->s, &err);
    } else if (x->udp) {
        fdp_bind(&eng, &x->s, &err);
    }
}

static void step_listener(sim *x, int a)
{
    int err;
    if (a < 40) {
        x->pending++;
        fdp_input(&eng, &x->s, FDP_IN_PENDING, 0, &err);
    } else if (a < 80) {
        if (x->pending && rnd(8) == 0) {
            fdp_accept(&eng, &x->s, FDP_WSATRY_AGAIN, 1, NULL, 0, &err);
        } else if (x->pending) {
            sim *n = slot();
            if (!n)
                return;
            memset(n, 0, sizeof *n);
            n->live = 1;
            n->connected = 1;
            x->pending--;
            fdp_accept(&eng, &x->s, 0, x->pending > 0, &n->s, new_handle(), &err);
        } else {
            fdp_accept(&eng, &x->s, FDP_WSAEWOULDBLOCK, 0, NULL, 0, &err);
        }
    } else if (a < 90) {
        fdp_select(&eng, &x->s, 1, 0x401, masks[rnd(10)], &err);
    } else if (a < 93) {
        x->pending = 0;
        fdp_input(&eng, &x->s, FDP_IN_NO_PENDING, 0, &err);
    } else if (a < 96) {
        fdp_ioctl(&eng, &x->s, FDP_SIO_ADDRESS_LIST_CHANGE, &err);
    } else if (a < 98) {
        fdp_input(&eng, &x->s, FDP_IN_ADDRESS_LIST, 0, &err);
    } else {
        sim_close(x);
    }
}

/* A connect or its outcome; 1 if the step was one. */
static int step_connect(sim *x, int a)
{
    int err;
    if (!x->connected && !x->cpending && !x->udp && a < 60) {
        int r = rnd(4) ? FDP_WSAEWOULDBLOCK : rnd(2) ? 0 : FDP_WSAECONNREFUSED;
        fdp_connect(&eng, &x->s, r, &err);
        x->cpending = r == FDP_WSAEWOULDBLOCK;
        x->connected = r == 0;
        return 1;
    }
    if (x->cpending && a < 60) {
        x->cpending = 0;
        if (rnd(4)) {
            x->connected = 1;
            fdp_input(&eng, &x->s, FDP_IN_CONNECTED, 0, &err);
        } else {
            fdp_input(&eng, &x->s, FDP_IN_CONNECT_FAILED, FDP_WSAETIMEDOUT, &err);
        }
        return 1;
    }
    return 0;
}

static void step_recv(sim *x)
{
    int err;
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
    fdp_recv(&eng, &x->s, (peek ? FDP_MSG_PEEK : 0) | (oob ? FDP_MSG_OOB : 0),
             (long)want, got, left(x), &err);
}

static void step_send_oob(sim *x, int a)
{
    int err;
    if (a < 62) {                        /* send */
        unsigned n = 1 + rnd(4000);
        long r = x->blocked || rnd(5) == 0 ? -FDP_WSAEWOULDBLOCK : (long)n;
        if (x->dead)
            r = -FDP_WSAECONNRESET;
        x->blocked = r == -FDP_WSAEWOULDBLOCK;
        fdp_send(&eng, &x->s, (long)n, r, &err);
    } else if (a < 68) {
        if (x->blocked) {
            x->blocked = 0;
            fdp_input(&eng, &x->s, FDP_IN_SPACE, 0, &err);
        }
    } else if (a < 71) {
        if (!x->udp && !x->dead) {
            if (x->inline_)
                x->queued += 1;
            else
                x->urgent += 1;
            fdp_input(&eng, &x->s, FDP_IN_URGENT, 1, &err);
        }
    } else if (a < 73) {
        if (!x->udp) {
            if (!x->inline_ && rnd(2)) {
                x->queued += x->urgent;
                x->urgent = 0;
                x->inline_ = 1;
                fdp_oobinline(&eng, &x->s, 1, &err);
            } else if (x->inline_) {
                x->inline_ = 0;
                fdp_oobinline(&eng, &x->s, 0, &err);
            }
        }
    }
}

static void step_other(sim *x, int a)
{
    int err;
    if (a < 78) {
        fdp_select(&eng, &x->s, 1 + rnd(2), 0x401 + rnd(2), masks[rnd(10)], &err);
    } else if (a < 80) {
        if (!x->udp && !x->fin) {
            x->fin = 1;
            fdp_input(&eng, &x->s, FDP_IN_FIN, 0, &err);
        }
    } else if (a < 81) {
        if (!x->udp) {
            x->dead = 1;
            if (rnd(2))
                fdp_input(&eng, &x->s, FDP_IN_RESET, 0, &err);
            else
                fdp_input(&eng, &x->s, FDP_IN_ABORT, FDP_WSAECONNABORTED, &err);
        }
    } else if (a < 83) {
        static const uint32_t codes[] = { FDP_SIO_GET_QOS, FDP_SIO_GET_GROUP_QOS,
            FDP_SIO_ROUTING_INTERFACE_CHANGE, FDP_SIO_ADDRESS_LIST_CHANGE, 0x4004667e };
        fdp_ioctl(&eng, &x->s, codes[rnd(5)], &err);
    } else if (a < 86) {
        static const int ins[] = { FDP_IN_QOS, FDP_IN_GROUP_QOS, FDP_IN_ROUTE,
                                   FDP_IN_ADDRESS_LIST };
        int in = ins[rnd(4)];
        fdp_input(&eng, &x->s, in, in == FDP_IN_ROUTE && rnd(2) ? FDP_WSAENETUNREACH : 0, &err);
    } else if (a < 88) {
        fdp_shutdown(&eng, &x->s, (int)rnd(3), &err);
    } else if (a < 89) {
        fdp_fionbio(&eng, &x->s, (int)rnd(2), &err);
    } else if (a < 90) {
        if (rnd(4) == 0)
            fdp_eventselect(&eng, &x->s, FDP_FD_READ, &err);
    } else if (a < 91) {
        if (rnd(10) == 0)
            fdp_input(&eng, &x->s, FDP_IN_NETDOWN, 0, &err);
    } else if (a < 92) {
        if (x->udp) {
            fdp_connect(&eng, &x->s, 0, &err);
        } else if (x->queued && rnd(2)) {
            x->queued = 0;
            fdp_input(&eng, &x->s, FDP_IN_DATA_GONE, 0, &err);
        }
    } else if (a < 95) {
        sim_close(x);
    }
}

static void step(void)
{
    sim *x = &socks[rnd((unsigned)nsocks)];
    int err, a;
    if (!x->live) {
        sim_born();
        return;
    }
    a = (int)rnd(100);
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
        fdp_input(&eng, &x->s, FDP_IN_DATA, (long)n, &err);
    } else if (a < 48) {
        step_recv(x);
    } else if (a < 78) {
        step_send_oob(x, a);
    } else {
        step_other(x, a);
    }
}

int main(int argc, char **argv)
{
    static char line[FDP_RECORDER_LINE_MAX];
    size_t linesize = sizeof line;
    fdp_recorder rec;
    int profile = FDP_PROFILE_SPEC, i;
    unsigned long long steps = 2000, bytes = 0, n;
    for (i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--profile") && i + 1 < argc)
            profile = strcmp(argv[++i], "windows") ? FDP_PROFILE_SPEC : FDP_PROFILE_WINDOWS;
        else if (!strcmp(argv[i], "--seed") && i + 1 < argc)
            rng = strtoull(argv[++i], NULL, 0) * 2654435761ull + 1;
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
        else {
            fprintf(stderr, "usage: roundtrip [--profile spec|windows] [--seed N] "
                            "[--steps N] [--bytes N] [--sockets N] [--line BYTES] "
                            "[--fail-every N]\n");
            return 2;
        }
    }
    if (nsocks < 1 || nsocks > MAXS)
        nsocks = 4;
    fdp_init(&eng, post_cb, NULL, profile);
    if (linesize > sizeof line)
        linesize = sizeof line;
    fdp_recorder_init(&rec, line, linesize, write_cb, NULL);
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
