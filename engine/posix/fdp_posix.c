/* SPDX-License-Identifier: MIT */
/*
 * fdp_posix.c -- the POSIX (Linux) adapter; see fdp_posix.h.
 *
 * How each transport condition is learnt (docs/live.md has the details):
 *   data      FIONREAD; at an urgent mark FIONREAD stops short, so when it
 *             says 0 a MSG_PEEK|MSG_TRUNC recv counts what a recv would read.
 *             Datagram sockets: POLLIN and FIONREAD (size of the head datagram).
 *   urgent    recv(MSG_OOB|MSG_PEEK) returns the urgent byte (SO_OOBINLINE off).
 *   pending   TCP_INFO on a listener: tcpi_unacked is the accept queue length.
 *   connect   POLLOUT/POLLERR on a connecting socket, then TCP_INFO state and
 *             SO_ERROR for the outcome.
 *   space     POLLOUT once a send has failed with EAGAIN.
 *   fin       POLLRDHUP (TCP_INFO state after a local SHUT_RD).
 *   reset     POLLERR and SO_ERROR (ECONNRESET, or EPIPE in CLOSE_WAIT).
 * The epoll set is edge-triggered and only wakes the adapter: on each wake the
 * socket's levels are read afresh (poll with timeout 0) and compared with what
 * was last reported, so every change is reported exactly once.
 *
 * The trace's arithmetic (queued = arrived - received) must hold: before a
 * call is reported, every byte, urgent byte or connection request it consumed
 * or left behind has been reported as arrived.
 */
#define _GNU_SOURCE
#include "fdp_posix.h"

#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

/* Event objects are eventfds where the system has them, else pipes. */
#if !defined(FDPX_NO_EVENTFD) && defined(__has_include)
#if __has_include(<sys/eventfd.h>)
#define FDPX_HAVE_EVENTFD 1
#endif
#elif !defined(FDPX_NO_EVENTFD) && defined(__linux__)
#define FDPX_HAVE_EVENTFD 1
#endif
#ifdef FDPX_HAVE_EVENTFD
#include <sys/eventfd.h>
#endif

enum { ST_NEW, ST_CONNECTING, ST_CONNECTED, ST_LISTENING, ST_FAILED };

#define HANDLE_BASE 0x100u
#define HANDLE_STEP 4u          /* SOCKETs are multiples of 4 on Windows */

struct fdpx_sock {
    fdp_socket fs;          /* the engine's socket */
    fdpx_socket_t h;
    int fd, family, type, state;
    long known;             /* data reported, not received (bytes / datagrams) */
    int urg;                /* urgent byte reported, not received */
    long pending;           /* connection requests reported, not accepted */
    int blocked;            /* send failed with EAGAIN, no space reported yet */
    int fin, dead;          /* FIN reported; reset/abort reported */
    int dead_err;           /* errno of that reset/abort (for later recvs) */
    int fail_err;           /* Winsock error of a failed connect */
    int shut_rd, shut_wr, oobinline;
    unsigned long inputs;
};

/* An event object: readable at rfd while set; wfd == rfd for an eventfd. */
struct fdpx_event {
    int rfd, wfd;           /* -1 once closed */
};

struct fdpx_ctx {
    fdp_engine e;
    int profile;
    int ep;
    int last_error;
    struct fdpx_sock **tab;     /* index (h - HANDLE_BASE) / HANDLE_STEP */
    size_t ntab, cap;
    struct fdpx_event *evt;     /* event objects: handle = index + 1 */
    size_t nevt, evt_cap;
    fdpx_msg *q;                /* ring */
    size_t qhead, qlen, qcap;
    fdpx_stats st;
};

/* ---- errors ------------------------------------------------------------ */

int fdpx_wsa_from_errno(int e)
{
    switch (e) {
    case 0: return 0;
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EINPROGRESS: return FDP_WSAEWOULDBLOCK;
    case EINTR: return FDPX_WSAEINTR;
    case EACCES: case EPERM: return FDPX_WSAEACCES;
    case EFAULT: return FDP_WSAEFAULT;
    case EINVAL: return FDP_WSAEINVAL;
    case EMFILE: case ENFILE: return FDP_WSAEMFILE;
    case EALREADY: return FDPX_WSAEALREADY;
    case EBADF: case ENOTSOCK: return FDP_WSAENOTSOCK;
    case EDESTADDRREQ: return FDPX_WSAEDESTADDRREQ;
    case EMSGSIZE: return FDPX_WSAEMSGSIZE;
    case EPROTONOSUPPORT: return FDPX_WSAEPROTONOSUPPORT;
    case EOPNOTSUPP: return FDPX_WSAEOPNOTSUPP;
    case EAFNOSUPPORT: return FDP_WSAEAFNOSUPPORT;
    case EADDRINUSE: return FDPX_WSAEADDRINUSE;
    case EADDRNOTAVAIL: return FDPX_WSAEADDRNOTAVAIL;
    case ENETDOWN: return FDP_WSAENETDOWN;
    case ENETUNREACH: return FDP_WSAENETUNREACH;
    case ECONNABORTED: return FDP_WSAECONNABORTED;
    case ECONNRESET: case EPIPE: return FDP_WSAECONNRESET;
    case ENOBUFS: case ENOMEM: return FDP_WSAENOBUFS;
    case EISCONN: return FDP_WSAEISCONN;
    case ENOTCONN: return FDP_WSAENOTCONN;
    case ESHUTDOWN: return FDPX_WSAESHUTDOWN;
    case ETIMEDOUT: return FDP_WSAETIMEDOUT;
    case ECONNREFUSED: return FDP_WSAECONNREFUSED;
    case EHOSTUNREACH: return FDPX_WSAEHOSTUNREACH;
    default: return FDP_WSAEINVAL;
    }
}

static int fail(fdpx_ctx *c, int wsa)
{
    c->last_error = wsa;
    return FDP_SOCKET_ERROR;
}

int fdpx_last_error(const fdpx_ctx *c) { return c->last_error; }
fdp_engine *fdpx_engine(fdpx_ctx *c) { return &c->e; }

/* ---- the message queue (the engine's post callback) --------------------- */

static int post_cb(void *ctx, uint64_t wparam, uint32_t window, uint32_t message,
                   uint32_t lparam)
{
    fdpx_ctx *c = ctx;
    int i;
    if (c->qlen == c->qcap) {
        size_t ncap = c->qcap ? c->qcap * 2 : 256, k;
        fdpx_msg *nq = malloc(ncap * sizeof *nq);
        if (!nq) {
            c->st.post_failures++;
            return FDP_WSAENOBUFS;
        }
        for (k = 0; k < c->qlen; k++)
            nq[k] = c->q[(c->qhead + k) % c->qcap];
        free(c->q);
        c->q = nq;
        c->qcap = ncap;
        c->qhead = 0;
    }
    c->q[(c->qhead + c->qlen) % c->qcap] = (fdpx_msg){ window, message, wparam, lparam };
    c->qlen++;
    c->st.posts++;
    i = fdp_event_index(FDP_GETSELECTEVENT(lparam));
    if (i >= 0)
        c->st.by_event[i]++;
    return 0;
}

size_t fdpx_queued(const fdpx_ctx *c) { return c->qlen; }

int fdpx_peek_message(const fdpx_ctx *c, size_t i, fdpx_msg *m)
{
    if (i >= c->qlen)
        return 0;
    *m = c->q[(c->qhead + i) % c->qcap];
    return 1;
}

static int pop(fdpx_ctx *c, fdpx_msg *m)
{
    if (!c->qlen)
        return 0;
    *m = c->q[c->qhead];
    c->qhead = (c->qhead + 1) % c->qcap;
    c->qlen--;
    return 1;
}

/* ---- the socket table --------------------------------------------------- */

static struct fdpx_sock *lookup(const fdpx_ctx *c, fdpx_socket_t h)
{
    size_t i;
    if (h < HANDLE_BASE || (h - HANDLE_BASE) % HANDLE_STEP)
        return NULL;
    i = (size_t)((h - HANDLE_BASE) / HANDLE_STEP);
    return i < c->ntab ? c->tab[i] : NULL;
}

static struct fdpx_sock *add_sock(fdpx_ctx *c, int fd, int family, int type)
{
    struct fdpx_sock *s;
    struct epoll_event ev;
    if (c->ntab == c->cap) {
        size_t ncap = c->cap ? c->cap * 2 : 64;
        struct fdpx_sock **nt = realloc(c->tab, ncap * sizeof *nt);
        if (!nt)
            return NULL;
        c->tab = nt;
        c->cap = ncap;
    }
    s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->fd = fd;
    s->family = family;
    s->type = type;
    s->h = HANDLE_BASE + (fdpx_socket_t)c->ntab * HANDLE_STEP;
    memset(&ev, 0, sizeof ev);
    ev.events = EPOLLIN | EPOLLOUT | EPOLLPRI | EPOLLRDHUP | EPOLLET;
    ev.data.u64 = s->h;
    if (epoll_ctl(c->ep, EPOLL_CTL_ADD, fd, &ev) < 0) {
        free(s);
        return NULL;
    }
    c->tab[c->ntab++] = s;
    c->st.sockets++;
    return s;
}

static void drop_sock(fdpx_ctx *c, struct fdpx_sock *s)
{
    size_t i = (size_t)((s->h - HANDLE_BASE) / HANDLE_STEP);
    epoll_ctl(c->ep, EPOLL_CTL_DEL, s->fd, NULL);
    close(s->fd);
    c->tab[i] = NULL;
    free(s);
}

int fdpx_fd(const fdpx_ctx *c, fdpx_socket_t h)
{
    struct fdpx_sock *s = lookup(c, h);
    return s ? s->fd : -1;
}

/* ---- kernel levels ------------------------------------------------------ */

static short levels(int fd)
{
    struct pollfd p = { fd, POLLIN | POLLPRI | POLLOUT | POLLRDHUP, 0 };
    if (poll(&p, 1, 0) < 1)
        return 0;
    return p.revents;
}

static int tcp_state(int fd, unsigned *unacked)
{
    struct tcp_info ti;
    socklen_t l = sizeof ti;
    memset(&ti, 0, sizeof ti);
    if (getsockopt(fd, IPPROTO_TCP, TCP_INFO, &ti, &l) < 0)
        return -1;
    if (unacked)
        *unacked = ti.tcpi_unacked;
    return ti.tcpi_state;
}

static int so_error(int fd)
{
    int e = 0;
    socklen_t l = sizeof e;
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &e, &l) < 0)
        return errno;
    return e;
}

/* Bytes a plain recv would return now (stream). */
static long stream_avail(int fd)
{
    int q = 0;
    long n;
    if (ioctl(fd, FIONREAD, &q) == 0 && q > 0)
        return q;
    /* At an urgent mark FIONREAD stops short: count what a recv would read. */
    n = recv(fd, NULL, 1 << 30, MSG_PEEK | MSG_TRUNC | MSG_DONTWAIT);
    return n > 0 ? n : 0;
}

static int urgent_avail(int fd)
{
    char b;
    return recv(fd, &b, 1, MSG_OOB | MSG_PEEK | MSG_DONTWAIT) == 1;
}

static long dgram_head(int fd)
{
    int q = 0;
    if (ioctl(fd, FIONREAD, &q) < 0)
        return 0;
    return q;
}

/* ---- reporting to the engine ------------------------------------------- */

static void input(fdpx_ctx *c, struct fdpx_sock *s, int in, long arg)
{
    int err;
    fdp_input(&c->e, &s->fs, in, arg, &err);
    s->inputs++;
    c->st.inputs++;
}

static void report_data_to(fdpx_ctx *c, struct fdpx_sock *s, long total)
{
    if (total > s->known) {
        input(c, s, FDP_IN_DATA, total - s->known);
        s->known = total;
    }
}

static void report_dead(fdpx_ctx *c, struct fdpx_sock *s, int e)
{
    if (s->dead)
        return;
    s->dead = 1;
    s->dead_err = e;
    if (e == ECONNRESET || e == EPIPE)
        input(c, s, FDP_IN_RESET, 0);
    else
        input(c, s, FDP_IN_ABORT, fdpx_wsa_from_errno(e));
}

static int fin_now(struct fdpx_sock *s, short ev)
{
    int st;
    if (!s->shut_rd)
        return (ev & POLLRDHUP) != 0;
    /* After a local SHUT_RD, RDHUP is always up: ask TCP whether a FIN came. */
    st = tcp_state(s->fd, NULL);
    return st == TCP_CLOSE_WAIT || st == TCP_LAST_ACK || st == TCP_CLOSING ||
           st == TCP_TIME_WAIT || st == TCP_CLOSE;
}

/* Connected stream socket: data, urgent, FIN, space, reset -- in the order
   they happened on the wire (a reset comes last: data before it stays). */
static void stream_conditions(fdpx_ctx *c, struct fdpx_sock *s, short ev, int err)
{
    if (!s->dead && !err && (ev & POLLERR))
        err = so_error(s->fd);
    if (!s->dead) {
        if ((ev & POLLPRI) && !s->oobinline && !s->urg && urgent_avail(s->fd)) {
            s->urg = 1;
            input(c, s, FDP_IN_URGENT, 1);
        }
        if (ev & (POLLIN | POLLPRI))
            report_data_to(c, s, stream_avail(s->fd));
        if (!s->fin && !err && fin_now(s, ev)) {
            s->fin = 1;
            input(c, s, FDP_IN_FIN, 0);
        }
        if (s->blocked && !err && (ev & POLLOUT)) {
            s->blocked = 0;
            input(c, s, FDP_IN_SPACE, 0);
        }
    }
    if (err)
        report_dead(c, s, err);
}

static void refresh(fdpx_ctx *c, struct fdpx_sock *s)
{
    short ev = levels(s->fd);
    if (s->type == FDP_DGRAM) {
        if ((ev & POLLIN) && s->known == 0) {
            s->known = 1;
            input(c, s, FDP_IN_DATA, dgram_head(s->fd));
        }
        if (s->blocked && (ev & POLLOUT)) {
            s->blocked = 0;
            input(c, s, FDP_IN_SPACE, 0);
        }
        return;
    }
    switch (s->state) {
    case ST_CONNECTING: {
        int st, err;
        if (!(ev & (POLLOUT | POLLERR | POLLHUP)))
            return;
        st = tcp_state(s->fd, NULL);
        if (st == TCP_SYN_SENT)
            return;
        err = so_error(s->fd);
        if (err == 0 || err == ECONNRESET || err == EPIPE) {
            /* established (perhaps already reset: that comes next) */
            s->state = ST_CONNECTED;
            input(c, s, FDP_IN_CONNECTED, 0);
            stream_conditions(c, s, levels(s->fd), err);
        } else {
            s->state = ST_FAILED;
            s->fail_err = fdpx_wsa_from_errno(err);
            input(c, s, FDP_IN_CONNECT_FAILED, s->fail_err);
        }
        return;
    }
    case ST_LISTENING: {
        unsigned q = 0;
        if (tcp_state(s->fd, &q) != TCP_LISTEN)
            return;
        while (s->pending < (long)q) {
            s->pending++;
            input(c, s, FDP_IN_PENDING, 0);
        }
        return;
    }
    case ST_CONNECTED:
        stream_conditions(c, s, ev, 0);
        return;
    default:
        return;
    }
}

/* ---- the event loop ----------------------------------------------------- */

static long now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* One epoll_wait (at most timeout_ms) and the refreshes it calls for. */
static int pump_wait(fdpx_ctx *c, int timeout_ms)
{
    struct epoll_event evs[256];
    int n, i;
    c->st.epoll_waits++;
    n = epoll_wait(c->ep, evs, 256, timeout_ms);
    if (n < 0)
        return errno == EINTR ? 0 : -1;
    for (i = 0; i < n; i++) {
        struct fdpx_sock *s = lookup(c, evs[i].data.u64);
        if (s)
            refresh(c, s);
    }
    return n;
}

size_t fdpx_pump(fdpx_ctx *c, int timeout_ms)
{
    pump_wait(c, c->qlen ? 0 : timeout_ms);
    return c->qlen;
}

int fdpx_get_message(fdpx_ctx *c, fdpx_msg *m, int timeout_ms)
{
    long deadline = timeout_ms < 0 ? 0 : now_ms() + timeout_ms;
    for (;;) {
        int left;
        if (pop(c, m))
            return 1;
        left = timeout_ms < 0 ? -1 : (int)(deadline - now_ms());
        if (timeout_ms >= 0 && left < 0)
            left = 0;
        if (pump_wait(c, left) < 0)
            return -1;
        if (pop(c, m))
            return 1;
        if (left == 0)
            return 0;
    }
}

int fdpx_seen_get(const fdpx_ctx *c, fdpx_socket_t h, fdpx_seen *o)
{
    const struct fdpx_sock *s = lookup(c, h);
    memset(o, 0, sizeof *o);
    if (!s)
        return 0;
    o->open = 1;
    o->connecting = s->state == ST_CONNECTING;
    o->connected = s->state == ST_CONNECTED;
    o->listening = s->state == ST_LISTENING;
    o->data = s->known;
    o->urgent = s->urg;
    o->pending = s->pending;
    o->send_blocked = s->blocked;
    o->fin = s->fin;
    o->reset = s->dead;
    o->error = s->dead ? fdpx_wsa_from_errno(s->dead_err) : s->fail_err;
    o->inputs = s->inputs;
    return 1;
}

int fdpx_wait(fdpx_ctx *c, fdpx_socket_t h, fdpx_pred_fn *pred, void *arg,
              int timeout_ms)
{
    long deadline = now_ms() + timeout_ms;
    for (;;) {
        fdpx_seen seen;
        long left;
        struct fdpx_sock *s = lookup(c, h);
        if (!s)
            return 0;
        refresh(c, s);
        fdpx_seen_get(c, h, &seen);
        if (pred(&seen, arg))
            return 1;
        left = deadline - now_ms();
        if (left <= 0)
            return 0;
        pump_wait(c, (int)(left > 50 ? 50 : left));
    }
}

void fdpx_stats_get(const fdpx_ctx *c, fdpx_stats *o) { *o = c->st; }

/* ---- event objects ------------------------------------------------------ */

static struct fdpx_event *event_lookup(const fdpx_ctx *c, fdpx_event_t ev)
{
    if (ev == FDPX_INVALID_EVENT || ev > c->nevt || c->evt[ev - 1].rfd < 0)
        return NULL;
    return &c->evt[ev - 1];
}

static int fd_readable(int fd)
{
    struct pollfd p = { fd, POLLIN, 0 };
    return poll(&p, 1, 0) > 0 && (p.revents & POLLIN);
}

/* The descriptors of a new object: an eventfd, or a pipe where there is none. */
static int event_open(struct fdpx_event *v)
{
    int p[2];
#ifdef FDPX_HAVE_EVENTFD
    v->rfd = v->wfd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (v->rfd >= 0)
        return 0;
    if (errno != ENOSYS && errno != EINVAL)
        return -1;
#endif
    if (pipe2(p, O_NONBLOCK | O_CLOEXEC) < 0)
        return -1;
    v->rfd = p[0];
    v->wfd = p[1];
    return 0;
}

static int event_set(struct fdpx_event *v)
{
    if (v->rfd != v->wfd) {             /* a pipe: one byte while set */
        if (fd_readable(v->rfd))
            return 0;
        return write(v->wfd, "", 1) == 1 || errno == EAGAIN ? 0 : -1;
    }
    {
        uint64_t one = 1;               /* an eventfd: set while the count is not 0 */
        return write(v->wfd, &one, sizeof one) == (ssize_t)sizeof one ||
               errno == EAGAIN ? 0 : -1;
    }
}

static void event_reset(struct fdpx_event *v)
{
    char b[64];
    while (read(v->rfd, b, v->rfd == v->wfd ? sizeof(uint64_t) : sizeof b) > 0)
        if (v->rfd == v->wfd)
            break;                      /* one read zeroes an eventfd */
}

/* The engine's fdp_event_fn: WSASetEvent / WSAResetEvent. */
static int event_cb(void *ctx, uint64_t object, int set)
{
    fdpx_ctx *c = ctx;
    struct fdpx_event *v = event_lookup(c, object);
    if (!v) {
        c->st.event_failures++;     /* closed under a registration */
        return FDPX_WSA_INVALID_HANDLE;
    }
    if (!set) {
        event_reset(v);
        return 0;
    }
    if (event_set(v) < 0) {
        c->st.event_failures++;
        return fdpx_wsa_from_errno(errno);
    }
    c->st.event_sets++;
    return 0;
}

fdpx_event_t fdpx_create_event(fdpx_ctx *c)
{
    struct fdpx_event *v;
    if (c->nevt == c->evt_cap) {
        size_t ncap = c->evt_cap ? c->evt_cap * 2 : 16;
        struct fdpx_event *nt = realloc(c->evt, ncap * sizeof *nt);
        if (!nt) {
            c->last_error = FDP_WSAENOBUFS;
            return FDPX_INVALID_EVENT;
        }
        c->evt = nt;
        c->evt_cap = ncap;
    }
    v = &c->evt[c->nevt];
    if (event_open(v) < 0) {
        c->last_error = fdpx_wsa_from_errno(errno);
        return FDPX_INVALID_EVENT;
    }
    c->st.events++;
    return (fdpx_event_t)++c->nevt;
}

int fdpx_close_event(fdpx_ctx *c, fdpx_event_t ev)
{
    struct fdpx_event *v = event_lookup(c, ev);
    if (!v)
        return fail(c, FDPX_WSA_INVALID_HANDLE);
    if (v->wfd != v->rfd)
        close(v->wfd);
    close(v->rfd);
    v->rfd = v->wfd = -1;
    return 0;
}

int fdpx_set_event(fdpx_ctx *c, fdpx_event_t ev)
{
    struct fdpx_event *v = event_lookup(c, ev);
    if (!v)
        return fail(c, FDPX_WSA_INVALID_HANDLE);
    if (event_set(v) < 0)
        return fail(c, fdpx_wsa_from_errno(errno));
    return 0;
}

int fdpx_reset_event(fdpx_ctx *c, fdpx_event_t ev)
{
    struct fdpx_event *v = event_lookup(c, ev);
    if (!v)
        return fail(c, FDPX_WSA_INVALID_HANDLE);
    event_reset(v);
    return 0;
}

int fdpx_event_is_set(const fdpx_ctx *c, fdpx_event_t ev)
{
    const struct fdpx_event *v = event_lookup(c, ev);
    return v ? fd_readable(v->rfd) : -1;
}

int fdpx_event_fd(const fdpx_ctx *c, fdpx_event_t ev)
{
    const struct fdpx_event *v = event_lookup(c, ev);
    return v ? v->rfd : -1;
}

/* The lowest i whose object is set, or -1. */
static int first_set(const fdpx_ctx *c, size_t n, const fdpx_event_t *evs)
{
    struct pollfd p[FDPX_MAXIMUM_WAIT_EVENTS];
    size_t i;
    for (i = 0; i < n; i++)
        p[i] = (struct pollfd){ c->evt[evs[i] - 1].rfd, POLLIN, 0 };
    if (poll(p, (nfds_t)n, 0) <= 0)
        return -1;
    for (i = 0; i < n; i++)
        if (p[i].revents & POLLIN)
            return (int)i;
    return -1;
}

int fdpx_wait_events(fdpx_ctx *c, size_t n, const fdpx_event_t *evs, int timeout_ms)
{
    struct pollfd p[FDPX_MAXIMUM_WAIT_EVENTS + 1];
    long deadline = timeout_ms < 0 ? 0 : now_ms() + timeout_ms;
    size_t i;
    c->st.event_waits++;
    if (!evs || n == 0 || n > FDPX_MAXIMUM_WAIT_EVENTS)
        return fail(c, FDPX_WSA_INVALID_PARAMETER);
    for (i = 0; i < n; i++) {
        if (!event_lookup(c, evs[i]))
            return fail(c, FDPX_WSA_INVALID_HANDLE);
        p[i] = (struct pollfd){ c->evt[evs[i] - 1].rfd, POLLIN, 0 };
    }
    p[n] = (struct pollfd){ c->ep, POLLIN, 0 };
    for (;;) {
        int k = first_set(c, n, evs), left;
        if (k >= 0)
            return FDPX_WAIT_EVENT_0 + k;
        if (pump_wait(c, 0) < 0)        /* what the transport did meanwhile */
            return fail(c, fdpx_wsa_from_errno(errno));
        if ((k = first_set(c, n, evs)) >= 0)
            return FDPX_WAIT_EVENT_0 + k;
        left = timeout_ms < 0 ? -1 : (int)(deadline - now_ms());
        if (timeout_ms >= 0 && left <= 0)
            return FDPX_WAIT_TIMEOUT;
        if (poll(p, (nfds_t)n + 1, left) < 0 && errno != EINTR)
            return fail(c, fdpx_wsa_from_errno(errno));
    }
}

/* ---- context ------------------------------------------------------------ */

fdpx_ctx *fdpx_new(int profile, fdp_observe_fn *observe, void *observe_ctx)
{
    fdpx_ctx *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->ep = epoll_create1(EPOLL_CLOEXEC);
    if (c->ep < 0) {
        free(c);
        return NULL;
    }
    c->profile = profile;
    fdp_init(&c->e, post_cb, c, profile);
    fdp_set_observer(&c->e, observe, observe_ctx);
    fdp_set_event_callback(&c->e, event_cb, c);
    return c;
}

void fdpx_free(fdpx_ctx *c)
{
    size_t i;
    if (!c)
        return;
    for (i = 0; i < c->ntab; i++)
        if (c->tab[i])
            fdpx_closesocket(c, c->tab[i]->h);
    for (i = 0; i < c->nevt; i++)
        if (c->evt[i].rfd >= 0)
            fdpx_close_event(c, (fdpx_event_t)i + 1);
    free(c->evt);
    close(c->ep);
    free(c->tab);
    free(c->q);
    free(c);
}

/* ---- the client's calls ------------------------------------------------- */

/* After the system call, the engine is told of it.  The adapter's calls are
   well-formed, so the engine's only error then is a post or an event set
   that failed (counted by the callbacks): the system call's result stands,
   as in the README's provider. */
static void told(int rc)
{
    (void)rc;
}

#define GET(s, h, bad) \
    struct fdpx_sock *s = lookup(c, (h)); \
    if (!s) { c->last_error = FDP_WSAENOTSOCK; return (bad); }

fdpx_socket_t fdpx_socket(fdpx_ctx *c, int family, int type)
{
    int fd, err;
    struct fdpx_sock *s;
    if (type != FDP_STREAM && type != FDP_DGRAM) {
        c->last_error = FDP_WSAEINVAL;
        return FDPX_INVALID_SOCKET;
    }
    fd = socket(family, (type == FDP_STREAM ? SOCK_STREAM : SOCK_DGRAM) |
                SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        c->last_error = fdpx_wsa_from_errno(errno);
        return FDPX_INVALID_SOCKET;
    }
    s = add_sock(c, fd, family, type);
    if (!s) {
        close(fd);
        c->last_error = FDP_WSAENOBUFS;
        return FDPX_INVALID_SOCKET;
    }
    if (fdp_socket_init(&c->e, &s->fs, s->h, type, FDP_PROFILE_DEFAULT, &err)) {
        drop_sock(c, s);
        c->last_error = err;
        return FDPX_INVALID_SOCKET;
    }
    return s->h;
}

int fdpx_bind(fdpx_ctx *c, fdpx_socket_t h, const struct sockaddr *a, socklen_t len)
{
    int err;
    GET(s, h, FDP_SOCKET_ERROR);
    if (bind(s->fd, a, len) < 0)
        return fail(c, fdpx_wsa_from_errno(errno));
    told(fdp_bind(&c->e, &s->fs, &err));
    return 0;
}

int fdpx_listen(fdpx_ctx *c, fdpx_socket_t h, int backlog)
{
    int err;
    GET(s, h, FDP_SOCKET_ERROR);
    if (s->type != FDP_STREAM)
        return fail(c, FDPX_WSAEOPNOTSUPP);
    if (listen(s->fd, backlog) < 0)
        return fail(c, fdpx_wsa_from_errno(errno));
    s->state = ST_LISTENING;
    told(fdp_listen(&c->e, &s->fs, &err));
    refresh(c, s);
    return 0;
}

int fdpx_connect(fdpx_ctx *c, fdpx_socket_t h, const struct sockaddr *a, socklen_t len)
{
    int result = 0, err;
    GET(s, h, FDP_SOCKET_ERROR);
    if (connect(s->fd, a, len) == 0) {
        s->state = ST_CONNECTED;
    } else {
        result = fdpx_wsa_from_errno(errno);
        if (errno == EINPROGRESS)
            s->state = ST_CONNECTING;
    }
    told(fdp_connect(&c->e, &s->fs, result, &err));
    if (s->type == FDP_STREAM && s->state == ST_CONNECTED)
        refresh(c, s);
    return result ? fail(c, result) : 0;
}

fdpx_socket_t fdpx_accept(fdpx_ctx *c, fdpx_socket_t h, struct sockaddr *a, socklen_t *len)
{
    int nfd, err, result = 0;
    unsigned q = 0;
    struct fdpx_sock *ns = NULL;
    GET(s, h, FDPX_INVALID_SOCKET);
    nfd = accept4(s->fd, a, len, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (nfd < 0)
        result = fdpx_wsa_from_errno(errno);
    if (s->state == ST_LISTENING)
        tcp_state(s->fd, &q);
    /* Everything the call consumed or left behind arrived before it. */
    while (s->pending < (long)q + (nfd >= 0)) {
        s->pending++;
        input(c, s, FDP_IN_PENDING, 0);
    }
    if (nfd >= 0) {
        s->pending--;
        ns = add_sock(c, nfd, s->family, FDP_STREAM);
        if (!ns) {
            close(nfd);
            result = FDP_WSAENOBUFS;
        } else {
            ns->state = ST_CONNECTED;
        }
    }
    told(fdp_accept(&c->e, &s->fs, result, q > 0, ns ? &ns->fs : NULL,
                    ns ? ns->h : 0, &err));
    if (result) {
        c->last_error = result;
        return FDPX_INVALID_SOCKET;
    }
    refresh(c, ns);     /* data or a FIN that came before the accept */
    return ns->h;
}

static int os_recv_flags(int flags)
{
    return MSG_DONTWAIT | ((flags & FDP_MSG_OOB) ? MSG_OOB : 0) |
           ((flags & FDP_MSG_PEEK) ? MSG_PEEK : 0);
}

/* After a recv on a datagram socket: what it tells of the queue; the
   flags for fdp_recv's `left`. */
static unsigned dgram_after_recv(fdpx_ctx *c, struct fdpx_sock *s, long n, int e,
                                 int flags, long *result)
{
    if (n >= 0) {
        if (s->known == 0) {
            s->known = 1;
            input(c, s, FDP_IN_DATA, n);
        }
        if (!(flags & FDP_MSG_PEEK))
            s->known--;
    } else if (e == ECONNREFUSED) {
        *result = -FDP_WSAECONNRESET;   /* Windows' word for port unreachable */
    }
    if (levels(s->fd) & POLLIN) {
        if (s->known == 0) {
            s->known = 1;
            input(c, s, FDP_IN_DATA, dgram_head(s->fd));
        }
        return FDP_LEFT_DATA;
    }
    return 0;
}

/* After a recv on a stream socket: its end, a reset, the data and the
   urgent data left; the flags for fdp_recv's `left`. */
static unsigned stream_after_recv(fdpx_ctx *c, struct fdpx_sock *s, long n, int e,
                                  int flags, size_t len, long *result)
{
    int oob = (flags & FDP_MSG_OOB) != 0, peek = (flags & FDP_MSG_PEEK) != 0;
    long consumed = (n > 0 && !oob && !peek) ? n : 0, avail;
    int urg_after;
    if (n < 0 && s->state != ST_CONNECTED && e == EAGAIN) {
        *result = -FDP_WSAENOTCONN;     /* Winsock: not connected (yet) */
    } else if (n < 0 && (e == ECONNRESET || e == EPIPE || e == ETIMEDOUT ||
                  e == ECONNABORTED || e == EHOSTUNREACH)) {
        report_dead(c, s, e);
    } else if (s->dead && ((n == 0 && len > 0 && !oob) || (n < 0 && e == ENOTCONN))) {
        /* The adapter read the reset's error from SO_ERROR: a recv now
           returns 0 where it would have failed; report what it was. */
        *result = -(long)fdpx_wsa_from_errno(s->dead_err);
    } else if (n == 0 && len > 0 && !oob && s->state == ST_CONNECTED && !s->fin &&
               (!s->shut_rd || fin_now(s, 0))) {
        s->fin = 1;                     /* end of data: the FIN came */
        input(c, s, FDP_IN_FIN, 0);
    }
    avail = stream_avail(s->fd);
    report_data_to(c, s, avail + consumed);
    s->known -= consumed;
    if (s->known > avail && avail == 0) {
        s->known = 0;                   /* gone other than by a recv */
        input(c, s, FDP_IN_DATA_GONE, 0);
    }
    urg_after = !s->oobinline && urgent_avail(s->fd);
    if (oob && n > 0 && !s->urg) {
        s->urg = 1;
        input(c, s, FDP_IN_URGENT, 1);
    }
    if (oob && n > 0 && !peek)
        s->urg = 0;
    if (urg_after && !s->urg) {
        s->urg = 1;
        input(c, s, FDP_IN_URGENT, 1);
    }
    if (!urg_after && s->urg) {         /* a plain recv read past the mark */
        s->urg = 0;
        input(c, s, FDP_IN_URGENT_GONE, 0);
    }
    return (avail > 0 ? FDP_LEFT_DATA : 0u) | (urg_after ? FDP_LEFT_URGENT : 0u);
}

long fdpx_recvfrom(fdpx_ctx *c, fdpx_socket_t h, void *buf, size_t len, int flags,
                   struct sockaddr *from, socklen_t *fromlen)
{
    long n, result;
    int e = 0, err;
    unsigned left;
    GET(s, h, FDP_SOCKET_ERROR);
    c->st.syscalls_recv++;
    n = recvfrom(s->fd, buf, len, os_recv_flags(flags), from, fromlen);
    if (n < 0)
        e = errno;
    result = n >= 0 ? n : -(long)fdpx_wsa_from_errno(e);
    left = s->type == FDP_DGRAM ? dgram_after_recv(c, s, n, e, flags, &result)
                                : stream_after_recv(c, s, n, e, flags, len, &result);
    told(fdp_recv(&c->e, &s->fs, flags & (FDP_MSG_OOB | FDP_MSG_PEEK), (long)len,
                  result, left, &err));
    return result < 0 ? fail(c, (int)-result) : result;
}

long fdpx_recv(fdpx_ctx *c, fdpx_socket_t h, void *buf, size_t len, int flags)
{
    return fdpx_recvfrom(c, h, buf, len, flags, NULL, NULL);
}

long fdpx_sendto(fdpx_ctx *c, fdpx_socket_t h, const void *buf, size_t len, int flags,
                 const struct sockaddr *to, socklen_t tolen)
{
    long n, result;
    int e = 0, err;
    GET(s, h, FDP_SOCKET_ERROR);
    c->st.syscalls_send++;
    n = sendto(s->fd, buf, len,
               MSG_DONTWAIT | MSG_NOSIGNAL | ((flags & FDP_MSG_OOB) ? MSG_OOB : 0),
               to, tolen);
    if (n >= 0) {
        result = n;
        if (s->blocked) {               /* the send found space: it came back */
            s->blocked = 0;
            input(c, s, FDP_IN_SPACE, 0);
        }
    } else {
        e = errno;
        result = -(long)fdpx_wsa_from_errno(e);
        if (s->type == FDP_STREAM && s->state != ST_CONNECTED &&
            (e == EAGAIN || e == EPIPE)) {
            result = -FDP_WSAENOTCONN;      /* Winsock: not connected (yet) */
        } else if (e == EAGAIN || e == EWOULDBLOCK) {
            s->blocked = 1;
        } else if (s->type == FDP_STREAM && e == EPIPE && s->shut_wr && !s->dead) {
            result = -FDPX_WSAESHUTDOWN;
        } else if (s->type == FDP_STREAM && (e == ECONNRESET || e == EPIPE) &&
                   s->state == ST_CONNECTED) {
            report_dead(c, s, ECONNRESET);
        }
    }
    told(fdp_send(&c->e, &s->fs, (long)len, result, &err));
    return result < 0 ? fail(c, (int)-result) : result;
}

long fdpx_send(fdpx_ctx *c, fdpx_socket_t h, const void *buf, size_t len, int flags)
{
    return fdpx_sendto(c, h, buf, len, flags, NULL, 0);
}

int fdpx_shutdown(fdpx_ctx *c, fdpx_socket_t h, int how)
{
    int err, os;
    GET(s, h, FDP_SOCKET_ERROR);
    os = how == FDP_SD_RECEIVE ? SHUT_RD : how == FDP_SD_SEND ? SHUT_WR : SHUT_RDWR;
    if (how < FDP_SD_RECEIVE || how > FDP_SD_BOTH)
        return fail(c, FDP_WSAEINVAL);
    if (shutdown(s->fd, os) < 0)
        return fail(c, fdpx_wsa_from_errno(errno));
    if (how != FDP_SD_SEND)
        s->shut_rd = 1;
    if (how != FDP_SD_RECEIVE)
        s->shut_wr = 1;
    told(fdp_shutdown(&c->e, &s->fs, how, &err));
    return 0;
}

int fdpx_closesocket(fdpx_ctx *c, fdpx_socket_t h)
{
    int err;
    GET(s, h, FDP_SOCKET_ERROR);
    fdp_close(&c->e, &s->fs, &err);
    drop_sock(c, s);
    return 0;
}

int fdpx_select(fdpx_ctx *c, fdpx_socket_t h, uint32_t window, uint32_t message,
                long mask)
{
    int err;
    GET(s, h, FDP_SOCKET_ERROR);
    refresh(c, s);          /* the engine decides on today's conditions */
    if (fdp_select(&c->e, &s->fs, window, message, mask, &err))
        return fail(c, err);
    return 0;
}

int fdpx_eventselect(fdpx_ctx *c, fdpx_socket_t h, fdpx_event_t ev, long mask)
{
    int err;
    GET(s, h, FDP_SOCKET_ERROR);
    if (mask && !event_lookup(c, ev))
        return fail(c, FDP_WSAEINVAL);
    refresh(c, s);          /* the engine decides on today's conditions */
    if (fdp_eventselect(&c->e, &s->fs, ev, mask, &err))
        return fail(c, err);
    return 0;
}

int fdpx_enum_network_events(fdpx_ctx *c, fdpx_socket_t h, fdpx_event_t ev,
                             fdp_network_events *out)
{
    int err;
    GET(s, h, FDP_SOCKET_ERROR);
    if (ev != FDPX_INVALID_EVENT && !event_lookup(c, ev))
        return fail(c, FDP_WSAEINVAL);
    refresh(c, s);          /* what the kernel knows now is in the record */
    c->st.enums++;
    if (fdp_enum_network_events(&c->e, &s->fs, ev, out, &err))
        return fail(c, err);
    return 0;
}

int fdpx_oobinline(fdpx_ctx *c, fdpx_socket_t h, int on)
{
    int err, v = on ? 1 : 0;
    GET(s, h, FDP_SOCKET_ERROR);
    if (setsockopt(s->fd, SOL_SOCKET, SO_OOBINLINE, &v, sizeof v) < 0)
        return fail(c, fdpx_wsa_from_errno(errno));
    s->oobinline = v;
    if (v && s->urg)
        s->urg = 0;         /* D3: queued urgent data is now read in line */
    told(fdp_oobinline(&c->e, &s->fs, v, &err));
    return 0;
}

int fdpx_setsockopt(fdpx_ctx *c, fdpx_socket_t h, int level, int name,
                    const void *val, socklen_t len)
{
    GET(s, h, FDP_SOCKET_ERROR);
    if (setsockopt(s->fd, level, name, val, len) < 0)
        return fail(c, fdpx_wsa_from_errno(errno));
    return 0;
}

int fdpx_getsockname(fdpx_ctx *c, fdpx_socket_t h, struct sockaddr *a, socklen_t *len)
{
    GET(s, h, FDP_SOCKET_ERROR);
    if (getsockname(s->fd, a, len) < 0)
        return fail(c, fdpx_wsa_from_errno(errno));
    return 0;
}
