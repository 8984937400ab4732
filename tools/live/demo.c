/* SPDX-License-Identifier: MIT */
/*
 * demo.c -- `fdpost demo`: an echo server and N clients on 127.0.0.1, one
 * thread, driven only by the messages the engine posts (through the POSIX
 * adapter's message queue, GetMessage-style).
 *
 *   server   listener registered FD_ACCEPT|FD_READ|FD_WRITE|FD_CLOSE; the
 *            accepted sockets inherit it (S11).  FD_READ: one recv, echo it;
 *            a send that would block keeps the rest and stops reading until
 *            FD_WRITE.  FD_CLOSE(0): read to the end, flush, close.
 *   clients  FD_CONNECT, then FD_WRITE sends the payload until it would
 *            block (and again at the next FD_WRITE), then shutdown(SD_SEND);
 *            FD_READ receives and checks the echo byte by byte; FD_CLOSE(0)
 *            ends it.  Client 0 is a slow reader (4 KB buffers, 1 KB reads,
 *            big writes: the would-block path on both ends); client 1 resets
 *            mid-transfer (SO_LINGER {1,0}).
 *
 * Output for a person: a progress line (connections, bytes, messages;
 * rewritten in place on a terminal, once a second otherwise), then the
 * summary, and the verdict last.  --verbose logs every message instead.
 * --load: no progress, tiny payloads, and no client shuts down before every
 * client has connected, so all connections are open at once.
 * The trace is recorded and judged by the oracle at the end.
 *
 * --mode event: the same server and clients on event objects (WSAEventSelect)
 * instead of messages.  The listener has one object; the accepted sockets
 * inherit it (E5).  The clients share the others, one per client up to 63
 * (FDPX_MAXIMUM_WAIT_EVENTS in all), round robin beyond.  The loop waits for
 * any object (fdpx_wait_events), resets it, then enumerates every socket
 * that uses it (WSAEnumNetworkEvents, no object: the reset came first, so a
 * recording made meanwhile sets it again) and hands each event recorded to
 * the handler its message would have gone to, in the S15 order.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include <unistd.h>

#include "fdpost_cmds.h"
#include "live_util.h"
#include "opts.h"

#define WND_SRV 1u
#define WND_CLI 2u
#define WM_SRV 0x401u
#define WM_CLI 0x402u
#define CHUNK 16384
#define MAX_CONNECTING 256
#define MODE_MESSAGE 0
#define MODE_EVENT 1

enum { C_IDLE, C_CONNECTING, C_OPEN, C_DONE, C_RESET, C_FAILED };

typedef struct client {
    fdpx_socket_t h;
    int id, state, slow, resetter, shut;
    size_t size, sent, got;
    int bad;                    /* echo mismatch */
} client;

typedef struct conn {
    fdpx_socket_t h;
    int open, peer_done, eof, read_pending;
    char out[CHUNK];
    size_t out_off, out_len;
    unsigned long long in, echoed;
} conn;

/* handle -> (kind, index): open addressing, never shrinks (handles are not
   reused by the adapter). */
typedef struct slot { fdpx_socket_t h; int kind, idx; } slot;

typedef struct demo {
    live_ctx l;
    fdpx_ctx *c;
    int quiet, verbose, load, nclients, profile, mode;
    int tty;                    /* stdout is a terminal: progress in place */
    long last_progress;         /* ms of the last progress line */
    client *cl;
    conn *cn;
    int ncn, cn_cap;
    slot *map;
    size_t map_cap;
    fdpx_socket_t lst;
    struct sockaddr_in addr;
    int next_client, connecting, connected, finished;
    int open_conns, max_open_conns, open_clients, max_open_clients;
    unsigned long seq, would_block_srv, would_block_cli, stale, resets_seen;
    unsigned long ev_by_wnd[2][FDP_FD_MAX_EVENTS];
    /* event mode: [0] the server's object, [1..nbuckets] the clients' */
    fdpx_event_t obj[FDPX_MAXIMUM_WAIT_EVENTS];
    int nobj, nbuckets, c_errno;
    unsigned long wakes, enums, posts;
    int failed;
    char why[256];
} demo;

static unsigned char pat(int id, size_t k)
{
    return (unsigned char)(k * 131u + (unsigned)id * 7u + (k >> 9));
}

static void fail(demo *d, const char *fmt, const char *a, long b)
{
    if (!d->failed++)
        snprintf(d->why, sizeof d->why, fmt, a, b);
}

static size_t map_pos(const demo *d, fdpx_socket_t h)
{
    size_t i = (size_t)(h * 0x9E3779B97F4A7C15ull >> 17) & (d->map_cap - 1);
    while (d->map[i].h && d->map[i].h != h)
        i = (i + 1) & (d->map_cap - 1);
    return i;
}

static void map_put(demo *d, fdpx_socket_t h, int kind, int idx)
{
    size_t i = map_pos(d, h);
    d->map[i].h = h;
    d->map[i].kind = kind;
    d->map[i].idx = idx;
}

static slot *map_get(demo *d, fdpx_socket_t h)
{
    slot *s = &d->map[map_pos(d, h)];
    return s->h ? s : NULL;
}

/* ---- log ----------------------------------------------------------------- */

static char act[160];

static void logmsg(demo *d, const fdpx_msg *m, const char *who)
{
    char ev[48];
    if (!d->verbose)
        return;
    printf("%6lu %-5s %#6llx %-22s %s\n", d->seq, who, (unsigned long long)m->wparam,
           live_msg_text(m, ev, sizeof ev), act + (act[0] == ' '));
}

#define ACT(...) snprintf(act + strlen(act), sizeof act - strlen(act), __VA_ARGS__)

/* ---- server ------------------------------------------------------------- */

static void conn_close(demo *d, conn *k)
{
    if (!k->open)
        return;
    fdpx_closesocket(d->c, k->h);
    k->open = 0;
    d->open_conns--;
    ACT(" close");
}

static int conn_flush(demo *d, conn *k)
{
    while (k->out_len) {
        long r = fdpx_send(d->c, k->h, k->out + k->out_off, k->out_len, 0);
        if (r == FDP_SOCKET_ERROR) {
            if (fdpx_last_error(d->c) == FDP_WSAEWOULDBLOCK) {
                d->would_block_srv++;
                ACT(" send: would block");
                return 0;
            }
            ACT(" send: error %d", fdpx_last_error(d->c));
            if (fdpx_last_error(d->c) == FDP_WSAECONNRESET)
                d->resets_seen++;
            conn_close(d, k);
            return -1;
        }
        k->echoed += (unsigned long long)r;
        k->out_off += (size_t)r;
        k->out_len -= (size_t)r;
    }
    k->out_off = 0;
    return 1;
}

/* One recv (or, once the peer is done, recvs to the end) and the echo. */
static void conn_read(demo *d, conn *k)
{
    do {
        long n;
        if (!k->open)
            return;
        if (k->out_len) {
            k->read_pending = 1;    /* FD_WRITE will carry on */
            return;
        }
        k->read_pending = 0;
        n = fdpx_recv(d->c, k->h, k->out, CHUNK, 0);
        if (n == FDP_SOCKET_ERROR) {
            int e = fdpx_last_error(d->c);
            if (e != FDP_WSAEWOULDBLOCK) {
                ACT(" recv: error %d", e);
                if (e == FDP_WSAECONNRESET)
                    d->resets_seen++;
                conn_close(d, k);
            }
            return;
        }
        if (n == 0) {
            k->eof = 1;
            break;
        }
        k->in += (unsigned long long)n;
        k->out_len = (size_t)n;
        ACT(" recv %ld", n);
        if (conn_flush(d, k) < 0)
            return;
    } while (k->peer_done);
    if (k->eof && !k->out_len)
        conn_close(d, k);
}

static void on_server(demo *d, const fdpx_msg *m)
{
    unsigned ev = FDP_GETSELECTEVENT(m->lparam), err = FDP_GETSELECTERROR(m->lparam);
    slot *s;
    conn *k;
    if (m->wparam == d->lst) {
        if (ev == FDP_FD_ACCEPT) {
            fdpx_socket_t n = fdpx_accept(d->c, d->lst, NULL, NULL);
            if (n == FDPX_INVALID_SOCKET) {
                ACT("accept: error %d", fdpx_last_error(d->c));
                return;
            }
            if (d->ncn == d->cn_cap) {
                fail(d, "more connections than clients%s (%ld)", "", d->ncn);
                fdpx_closesocket(d->c, n);
                return;
            }
            k = &d->cn[d->ncn];
            memset(k, 0, sizeof *k);
            k->h = n;
            k->open = 1;
            map_put(d, n, 0, d->ncn++);
            if (++d->open_conns > d->max_open_conns)
                d->max_open_conns = d->open_conns;
            ACT("accept -> %#llx", (unsigned long long)n);
        }
        logmsg(d, m, "lst");
        return;
    }
    s = map_get(d, m->wparam);
    if (!s || s->kind != 0 || !d->cn[s->idx].open) {
        d->stale++;
        ACT("(socket closed: ignored)");
        logmsg(d, m, "srv");
        return;
    }
    k = &d->cn[s->idx];
    switch (ev) {
    case FDP_FD_READ:
        conn_read(d, k);
        break;
    case FDP_FD_WRITE:
        if (conn_flush(d, k) > 0 && (k->read_pending || k->peer_done))
            conn_read(d, k);
        break;
    case FDP_FD_CLOSE:
        if (err) {
            d->resets_seen++;
            ACT("connection reset");
            conn_close(d, k);
        } else {
            k->peer_done = 1;
            conn_read(d, k);
        }
        break;
    default:
        break;
    }
    logmsg(d, m, "srv");
}

/* ---- registration: messages or event objects ---------------------------- */

/* WSAAsyncSelect to window `wnd`, or WSAEventSelect on `ev` (event mode). */
static int register_socket(demo *d, fdpx_socket_t h, uint32_t wnd, fdpx_event_t ev,
                           long mask)
{
    if (d->mode == MODE_EVENT)
        return fdpx_eventselect(d->c, h, ev, mask);
    return fdpx_select(d->c, h, wnd, wnd == WND_SRV ? WM_SRV : WM_CLI, mask);
}

static fdpx_event_t client_object(const demo *d, int id)
{
    return d->mode == MODE_EVENT ? d->obj[1 + id % d->nbuckets] : FDPX_INVALID_EVENT;
}

/* The event objects: the server's, and one per client up to the wait's
   limit; 0 or -1. */
static int make_objects(demo *d)
{
    int i;
    if (d->mode != MODE_EVENT)
        return 0;
    d->nbuckets = d->nclients < FDPX_MAXIMUM_WAIT_EVENTS - 1 ? d->nclients
                                                            : FDPX_MAXIMUM_WAIT_EVENTS - 1;
    d->nobj = 1 + d->nbuckets;
    for (i = 0; i < d->nobj; i++)
        if ((d->obj[i] = fdpx_create_event(d->c)) == FDPX_INVALID_EVENT) {
            fprintf(stderr, "fdpost demo: event object: %d\n", fdpx_last_error(d->c));
            return -1;
        }
    return 0;
}

/* ---- clients ------------------------------------------------------------ */

static void client_start(demo *d, client *c)
{
    c->h = fdpx_socket(d->c, AF_INET, FDP_STREAM);
    if (c->h == FDPX_INVALID_SOCKET) {
        fail(d, "client socket%s: %ld", "", fdpx_last_error(d->c));
        c->state = C_FAILED;
        return;
    }
    map_put(d, c->h, 1, c->id);
    if (c->slow || c->resetter) {
        int sz = 4096;
        fdpx_setsockopt(d->c, c->h, SOL_SOCKET, SO_RCVBUF, &sz, sizeof sz);
        fdpx_setsockopt(d->c, c->h, SOL_SOCKET, SO_SNDBUF, &sz, sizeof sz);
    }
    register_socket(d, c->h, WND_CLI, client_object(d, c->id),
                    FDP_FD_CONNECT | FDP_FD_READ | FDP_FD_WRITE | FDP_FD_CLOSE);
    if (fdpx_connect(d->c, c->h, (struct sockaddr *)&d->addr, sizeof d->addr) !=
            FDP_SOCKET_ERROR || fdpx_last_error(d->c) != FDP_WSAEWOULDBLOCK) {
        fail(d, "connect%s: %ld", "", fdpx_last_error(d->c));
        c->state = C_FAILED;
        return;
    }
    c->state = C_CONNECTING;
    d->connecting++;
    if (++d->open_clients > d->max_open_clients)
        d->max_open_clients = d->open_clients;
}

static void start_more(demo *d)
{
    while (d->next_client < d->nclients && d->connecting < MAX_CONNECTING)
        client_start(d, &d->cl[d->next_client++]);
}

static void client_end(demo *d, client *c, int state)
{
    if (c->state == C_OPEN || c->state == C_CONNECTING) {
        fdpx_closesocket(d->c, c->h);
        d->open_clients--;
        d->finished++;
        ACT(" close");
    }
    c->state = state;
}

static void client_maybe_shut(demo *d, client *c)
{
    if (c->state != C_OPEN || c->shut || c->sent < c->size || c->resetter)
        return;
    if (d->load && d->connected < d->nclients)
        return;                     /* --load: hold every connection open */
    if (fdpx_shutdown(d->c, c->h, FDP_SD_SEND) == 0) {
        c->shut = 1;
        ACT(" shutdown");
    }
}

static void client_send(demo *d, client *c)
{
    static unsigned char buf[1 << 16];
    size_t chunk = c->slow ? sizeof buf : 8192;
    while (c->state == C_OPEN && c->sent < c->size) {
        size_t n = c->size - c->sent, k;
        long r;
        if (n > chunk)
            n = chunk;
        for (k = 0; k < n; k++)
            buf[k] = pat(c->id, c->sent + k);
        r = fdpx_send(d->c, c->h, buf, n, 0);
        if (r == FDP_SOCKET_ERROR) {
            if (fdpx_last_error(d->c) == FDP_WSAEWOULDBLOCK) {
                d->would_block_cli++;
                ACT(" send: would block at %zu", c->sent);
            } else {
                ACT(" send: error %d", fdpx_last_error(d->c));
            }
            return;
        }
        c->sent += (size_t)r;
    }
    if (c->state == C_OPEN)
        ACT(" sent %zu", c->sent);
    client_maybe_shut(d, c);
}

/* recv once; check the bytes; 0 at the end of data, -1 when nothing came. */
static long client_recv(demo *d, client *c)
{
    static unsigned char buf[1 << 16];
    long n = fdpx_recv(d->c, c->h, buf, c->slow ? 1024 : sizeof buf, 0), k;
    if (n == FDP_SOCKET_ERROR)
        return -1;
    for (k = 0; k < n; k++)
        if (buf[k] != pat(c->id, c->got + (size_t)k)) {
            c->bad = 1;
            fail(d, "client %s%ld: echo differs", "", c->id);
            break;
        }
    c->got += (size_t)n;
    if (c->got > c->sent) {
        c->bad = 1;
        fail(d, "client %s%ld: more echoed than sent", "", c->id);
    }
    return n;
}

static void on_client(demo *d, const fdpx_msg *m)
{
    unsigned ev = FDP_GETSELECTEVENT(m->lparam), err = FDP_GETSELECTERROR(m->lparam);
    slot *s = map_get(d, m->wparam);
    client *c;
    char who[16];
    if (!s || s->kind != 1) {
        d->stale++;
        return;
    }
    c = &d->cl[s->idx];
    snprintf(who, sizeof who, "c%d", c->id);
    if (c->state != C_OPEN && c->state != C_CONNECTING) {
        d->stale++;
        ACT("(socket closed: ignored)");
        logmsg(d, m, who);
        return;
    }
    switch (ev) {
    case FDP_FD_CONNECT:
        d->connecting--;
        if (err) {
            fail(d, "connect failed%s: %ld", "", (long)err);
            client_end(d, c, C_FAILED);
        } else {
            c->state = C_OPEN;
            if (++d->connected == d->nclients && d->load) {
                int i;              /* everyone is connected: let them finish */
                for (i = 0; i < d->nclients; i++)
                    client_maybe_shut(d, &d->cl[i]);
            }
        }
        start_more(d);
        break;
    case FDP_FD_WRITE:
        client_send(d, c);
        break;
    case FDP_FD_READ: {
        long n = client_recv(d, c);
        if (n > 0)
            ACT("recv %ld (%zu of %zu)", n, c->got, c->size);
        if (c->resetter && c->got >= 65536) {
            struct linger lg = { 1, 0 };
            fdpx_setsockopt(d->c, c->h, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
            ACT(" reset mid-transfer (SO_LINGER {1,0})");
            client_end(d, c, C_RESET);
        }
        break;
    }
    case FDP_FD_CLOSE:
        if (err) {
            fail(d, "client FD_CLOSE error%s %ld", "", (long)err);
            client_end(d, c, C_FAILED);
            break;
        }
        while (client_recv(d, c) > 0)   /* windows profile: data may remain (W1) */
            ;
        if (c->got != c->size || c->bad)
            fail(d, "client %s%ld: echo incomplete", "", c->id);
        ACT("echoed %zu of %zu", c->got, c->size);
        client_end(d, c, C_DONE);
        break;
    default:
        break;
    }
    logmsg(d, m, who);
}

/* ---- main --------------------------------------------------------------- */

static long now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

static int usage(FILE *to)
{
    fprintf(to, "usage: fdpost demo [--clients N] [--profile spec|windows] [--trace FILE]\n"
                "                   [--mode message|event] [--verbose | --quiet] [--load]\n"
                "                   [--timeout SECONDS]\n"
                "An echo server and N clients (default 50) on 127.0.0.1, driven only by\n"
                "the messages the engine posts (--mode event: by the events it records\n"
                "and the event objects it sets); client 0 reads slowly, client 1 resets\n"
                "mid-transfer.  Prints a progress line, the summary and the verdict\n"
                "(last); --verbose logs every message, --quiet drops the progress line.\n"
                "--load: N concurrent connections.  The trace is recorded (--trace,\n"
                "default build/demo.fdt) and checked by the oracle.\n");
    return to == stderr ? 2 : 0;
}

/* connections done, bytes echoed, messages taken: one line for a person */
static void progress(demo *d, long now, int last)
{
    unsigned long long echoed = 0;
    int i;
    if (d->quiet || d->verbose || (!last && now - d->last_progress < (d->tty ? 100 : 1000)))
        return;
    d->last_progress = now;
    for (i = 0; i < d->nclients; i++)
        echoed += d->cl[i].got;
    printf("%sprogress: %d/%d connections done, %d open, %llu bytes back, %lu %s%s",
           d->tty ? "\r" : "", d->finished, d->nclients, d->open_conns, echoed, d->seq,
           d->mode == MODE_EVENT ? "events" : "messages", d->tty && !last ? "\033[K" : "\n");
    fflush(stdout);
}

static const struct option demo_longs[] = {
    { "help", no_argument, NULL, 'h' },
    { "clients", required_argument, NULL, 'c' },
    { "trace", required_argument, NULL, 't' },
    { "timeout", required_argument, NULL, 'T' },
    { "quiet", no_argument, NULL, 'q' },
    { "verbose", no_argument, NULL, 'v' },
    { "load", no_argument, NULL, 'l' },
    { "profile", required_argument, NULL, 'p' },
    { "mode", required_argument, NULL, 'm' },
    { NULL, 0, NULL, 0 }
};

/* One option into d; -1 to go on, else the exit status. */
static int take_opt(demo *d, int ch, const char **trace, long *timeout_s)
{
    long n;
    switch (ch) {
    case 'h': return usage(stdout);
    case 'c':
        if (opts_number("demo", "--clients", optarg, 1, 100000, &n))
            return 2;
        d->nclients = (int)n;
        return -1;
    case 't': *trace = optarg; return -1;
    case 'T': return opts_number("demo", "--timeout", optarg, 1, 86400, timeout_s) ? 2 : -1;
    case 'q': d->quiet = 1; return -1;
    case 'v': d->verbose = 1; return -1;
    case 'l': d->load = d->quiet = 1; return -1;
    case 'p':
        d->profile = live_profile_parse(optarg);
        if (d->profile >= 0)
            return -1;
        fprintf(stderr, "fdpost demo: unknown profile '%s' (spec or windows)\n", optarg);
        return 2;
    case 'm':
        d->mode = !strcmp(optarg, "message") ? MODE_MESSAGE
                  : !strcmp(optarg, "event") ? MODE_EVENT : -1;
        if (d->mode >= 0)
            return -1;
        fprintf(stderr, "fdpost demo: unknown mode '%s' (message or event)\n", optarg);
        return 2;
    default: return 2;
    }
}

/* The options into d; -1 to go on, else the exit status. */
static int parse_args(demo *d, int argc, char **argv, const char **trace,
                      long *timeout_s)
{
    int ch, rc;
    opts_begin();
    while ((ch = opts_next("demo", argc, argv, "hqv", demo_longs)) != -1)
        if ((rc = take_opt(d, ch, trace, timeout_s)) >= 0)
            return rc;
    if (optind < argc) {
        fprintf(stderr, "fdpost demo: takes no operand ('%s')\n", argv[optind]);
        return 2;
    }
    if (d->verbose && d->quiet) {
        fprintf(stderr, "fdpost demo: --verbose and --quiet (or --load) exclude each other\n");
        return 2;
    }
    d->tty = isatty(STDOUT_FILENO);
    return -1;
}

/* Tables, the recorder and the clients' sizes and roles; 0 or -1. */
static int demo_setup(demo *d, const char *trace)
{
    int i;
    if (live_raise_nofile(2L * d->nclients + 64)) {
        fprintf(stderr, "fdpost demo: cannot raise RLIMIT_NOFILE to %ld\n",
                2L * d->nclients + 64);
        return -1;
    }
    d->cl = calloc((size_t)d->nclients, sizeof *d->cl);
    d->cn_cap = d->nclients;
    d->cn = calloc((size_t)d->cn_cap, sizeof *d->cn);
    for (d->map_cap = 64; d->map_cap < 4u * (size_t)d->nclients + 8; d->map_cap *= 2)
        ;
    d->map = calloc(d->map_cap, sizeof *d->map);
    if (!d->cl || !d->cn || !d->map || live_ctx_begin(&d->l, d->profile, trace)) {
        fprintf(stderr, "fdpost demo: cannot start (%s: %s)\n", trace, strerror(errno));
        return -1;
    }
    d->c = d->l.c;
    if (make_objects(d))
        return -1;
    for (i = 0; i < d->nclients; i++) {
        client *c = &d->cl[i];
        c->id = i;
        if (d->load) {
            c->size = 1024 + (size_t)(i * 2654435761u % 65536);
        } else if (i == 0 && d->nclients > 1) {
            c->slow = 1;
            c->size = 512 * 1024;
        } else if (i == 1 && d->nclients > 2) {
            c->resetter = 1;
            c->size = 1024 * 1024;
        } else {
            c->size = 1 + (size_t)(i * 2654435761u % 200000);
        }
    }
    return 0;
}

/* The listener, selected for its events; 0 or -1. */
static int start_server(demo *d)
{
    socklen_t al;
    int srv_sndbuf = 8192;      /* accepted sockets inherit it: sends would block */
    d->addr = loopback(0);
    al = sizeof d->addr;
    d->lst = fdpx_socket(d->c, AF_INET, FDP_STREAM);
    if (d->lst == FDPX_INVALID_SOCKET ||
        fdpx_bind(d->c, d->lst, (struct sockaddr *)&d->addr, sizeof d->addr) ||
        (!d->load && fdpx_setsockopt(d->c, d->lst, SOL_SOCKET, SO_SNDBUF, &srv_sndbuf,
                                     sizeof srv_sndbuf)) ||
        fdpx_listen(d->c, d->lst, 4096) ||
        fdpx_getsockname(d->c, d->lst, (struct sockaddr *)&d->addr, &al) ||
        register_socket(d, d->lst, WND_SRV, d->obj[0],
                        FDP_FD_ACCEPT | FDP_FD_READ | FDP_FD_WRITE | FDP_FD_CLOSE)) {
        fprintf(stderr, "fdpost demo: listener: %d\n", fdpx_last_error(d->c));
        return -1;
    }
    map_put(d, d->lst, 2, 0);
    if (!d->quiet)
        printf("fdpost demo: echo server %#llx on 127.0.0.1:%u, %d clients, profile %s, %s\n",
               (unsigned long long)d->lst, ntohs(d->addr.sin_port), d->nclients,
               live_profile_name(d->profile),
               d->mode == MODE_EVENT ? "event objects" : "messages");
    if (d->verbose)
        printf("   seq who   socket message                action\n");
    return 0;
}

/* One message to whom its window says. */
static void deliver(demo *d, const fdpx_msg *m)
{
    int ix = fdp_event_index(FDP_GETSELECTEVENT(m->lparam));
    d->seq++;
    act[0] = 0;
    if (ix >= 0)
        d->ev_by_wnd[m->window == WND_CLI][ix]++;
    if (m->window == WND_SRV)
        on_server(d, m);
    else
        on_client(d, m);
}

/* Event mode: socket h's record, each event in it to its handler as the
   message it would have been (S15 order). */
static void take_record(demo *d, fdpx_socket_t h, uint32_t wnd)
{
    fdp_network_events ne;
    int k, bit;
    if (fdpx_enum_network_events(d->c, h, FDPX_INVALID_EVENT, &ne) == FDP_SOCKET_ERROR) {
        fail(d, "enum%s: %ld", "", (long)fdpx_last_error(d->c));
        return;
    }
    d->enums++;
    for (k = 0; k < FDP_FD_MAX_EVENTS; k++) {
        unsigned ev = fdp_event_at(k);
        fdpx_msg m;
        if (!(ne.network_events & (long)ev))
            continue;
        for (bit = 0; (1u << bit) != ev; bit++)
            ;
        m.window = wnd;
        m.message = wnd == WND_SRV ? WM_SRV : WM_CLI;
        m.wparam = h;
        m.lparam = FDP_MAKESELECTREPLY(ev, (unsigned)ne.error_code[bit]);
        deliver(d, &m);
    }
}

/* Event mode: object i was set: reset it, then read the record of every
   socket that uses it (a recording made meanwhile sets it again). */
static void take_object(demo *d, int i)
{
    int k;
    d->wakes++;
    fdpx_reset_event(d->c, d->obj[i]);
    if (i == 0) {
        take_record(d, d->lst, WND_SRV);
        for (k = 0; k < d->ncn; k++)
            if (d->cn[k].open)
                take_record(d, d->cn[k].h, WND_SRV);
        return;
    }
    for (k = i - 1; k < d->nclients; k += d->nbuckets)
        if (d->cl[k].state == C_OPEN || d->cl[k].state == C_CONNECTING)
            take_record(d, d->cl[k].h, WND_CLI);
}

/* One step of the loop: a message delivered, or an object's sockets
   served; 1, 0 on time-out, -1 on error. */
static int step(demo *d, int timeout_ms)
{
    fdpx_msg m;
    int r;
    if (d->mode == MODE_EVENT) {
        r = fdpx_wait_events(d->c, (size_t)d->nobj, d->obj, timeout_ms);
        if (r == FDPX_WAIT_FAILED || r == FDPX_WAIT_TIMEOUT)
            return r == FDPX_WAIT_TIMEOUT ? 0 : -1;
        take_object(d, r - FDPX_WAIT_EVENT_0);
        return 1;
    }
    r = fdpx_get_message(d->c, &m, timeout_ms);
    if (r > 0)
        deliver(d, &m);
    if (r < 0)
        d->c_errno = errno;
    return r;
}

/* The loop: everything below happens because a message came (or, in event
   mode, an object was set). */
static void run_messages(demo *d, long t0, long timeout_s)
{
    int i;
    while (d->finished < d->nclients && !d->failed) {
        int r = step(d, 1000);
        if (r < 0) {
            fail(d, "waiting%s: %ld", "", d->mode == MODE_EVENT ?
                 (long)fdpx_last_error(d->c) : (long)d->c_errno);
            break;
        }
        if (now_ms() - t0 > timeout_s * 1000) {
            fail(d, "timed out%s after %ld s", "", timeout_s);
            break;
        }
        progress(d, now_ms(), 0);
    }
    /* The server's last sockets close on their FD_CLOSE: take what is left. */
    for (;;) {
        int open = 0;
        for (i = 0; i < d->ncn; i++)
            open += d->cn[i].open;
        if (!open || d->failed || now_ms() - t0 > timeout_s * 1000 || step(d, 1000) != 1)
            break;
    }
}

/* What the run did, counted from the clients and the server's sockets. */
typedef struct tally {
    unsigned long long sent, echoed, srv_in, srv_out, reset_sent;
    int done, resets, failed_clients, still_open;
} tally;

static void count(const demo *d, tally *t)
{
    int i;
    memset(t, 0, sizeof *t);
    for (i = 0; i < d->nclients; i++) {
        const client *c = &d->cl[i];
        if (c->state == C_DONE) {
            t->done++;
            t->sent += c->size;
            t->echoed += c->got;
        } else if (c->state == C_RESET) {
            t->resets++;
            t->reset_sent += c->sent;
        } else {
            t->failed_clients++;
        }
    }
    for (i = 0; i < d->ncn; i++) {
        t->srv_in += d->cn[i].in;
        t->srv_out += d->cn[i].echoed;
        if (d->cn[i].open)
            t->still_open = 1;
    }
}

static void print_summary(const demo *d, const tally *t, const fdpx_stats *st,
                          long ms, size_t left)
{
    int i;
    printf("\nsummary (profile %s, %ld ms)\n", live_profile_name(d->profile), ms);
    printf("  connections   %d accepted, %d clients: %d echoed in full, %d reset "
           "mid-transfer, %d failed\n", d->ncn, d->nclients, t->done, t->resets,
           t->failed_clients);
    printf("  concurrency   %d server connections open at once (%d client sockets)\n",
           d->max_open_conns, d->max_open_clients);
    printf("  bytes         sent %llu, echoed back and checked %llu: %s\n", t->sent,
           t->echoed, t->sent == t->echoed ? "equal" : "DIFFERENT");
    printf("  server        received %llu, echoed %llu", t->srv_in, t->srv_out);
    if (t->resets)
        printf(" (with the reset client's: it had sent %llu)", t->reset_sent);
    printf("; %lu sends would block\n", d->would_block_srv);
    printf("  clients       %lu sends would block; %lu resets seen by the server\n",
           d->would_block_cli, d->resets_seen);
    if (d->mode == MODE_EVENT)
        printf("  events        %lu taken (%lu for sockets already closed) from %lu "
               "enumerations;\n                %lu objects set, %lu wakes of %d objects; "
               "%lu messages posted\n", d->seq, d->stale, d->enums, st->event_sets,
               d->wakes, d->nobj, st->posts);
    else
        printf("  messages      %lu posted, %lu taken (%lu for sockets already closed), "
               "%zu left queued\n", st->posts, d->seq, d->stale, left);
    for (i = 0; i < FDP_FD_MAX_EVENTS; i++)
        if (d->ev_by_wnd[0][i] || d->ev_by_wnd[1][i])
            printf("    %-12s server %7lu  clients %7lu\n", fdp_event_name(fdp_event_at(i)),
                   d->ev_by_wnd[0][i], d->ev_by_wnd[1][i]);
    printf("  adapter       %lu transport inputs, %lu epoll waits\n", st->inputs,
           st->epoll_waits);
}

/* The verdict line and the failures; 1 if the run failed. */
static int report(const demo *d, const tally *t, const char *trace, int verdict,
                  const char *why)
{
    int err = t->still_open;
    printf("  trace         %s: fdpost check: %s%s%s\n", trace,
           verdict == 0 ? "conforms" : verdict == 1 ? "DIVERGES" :
           verdict == 3 ? "INCOMPLETE" : "TRACE ERROR",
           verdict ? ": " : "", verdict ? why : "");
    if (d->failed)
        printf("  FAILED: %s\n", d->why);
    if (d->load && d->max_open_conns < d->nclients) {
        printf("  FAILED: only %d of %d connections were open at once\n",
               d->max_open_conns, d->nclients);
        err = 1;
    }
    if (!d->load && d->nclients > 2 && t->resets != 1)
        err = 1;
    if (t->failed_clients || t->sent != t->echoed)
        err = 1;
    if (d->mode == MODE_EVENT && d->posts) {
        printf("  FAILED: %lu messages posted in event mode\n", d->posts);
        err = 1;
    }
    err = d->failed || err || verdict;
    printf("fdpost demo: %s\n", err ? "FAILED" : "passed: every byte echoed, the trace conforms");
    return err;
}

int cmd_demo(int argc, char **argv)
{
    demo d;
    const char *trace = "build/demo.fdt";
    long t0, ms, timeout_s = 50;
    int verdict, rc;
    char why[512];
    fdpx_stats st;
    tally t;
    size_t left;

    memset(&d, 0, sizeof d);
    d.nclients = 50;
    d.profile = FDP_PROFILE_SPEC;
    rc = parse_args(&d, argc, argv, &trace, &timeout_s);
    if (rc >= 0)
        return rc;
    if (demo_setup(&d, trace))
        return 2;
    t0 = now_ms();
    d.last_progress = t0;
    if (start_server(&d))
        return 2;
    start_more(&d);
    run_messages(&d, t0, timeout_s);
    ms = now_ms() - t0;
    progress(&d, ms, 1);
    fdpx_stats_get(d.c, &st);
    d.posts = st.posts;
    count(&d, &t);
    left = fdpx_queued(d.c);
    verdict = live_ctx_end(&d.l, why, sizeof why);
    print_summary(&d, &t, &st, ms, left);
    rc = report(&d, &t, trace, verdict, why);
    free(d.cl);
    free(d.cn);
    free(d.map);
    /* a trace that could not be written is an I/O failure: exit 2 */
    return verdict == 2 ? 2 : rc ? 1 : 0;
}
