/* SPDX-License-Identifier: MIT */
/*
 * fdp_engine.c -- the runtime: maps each call and input onto the alphabet of
 * spec/alphabet.rl, feeds it to the socket's ten machines, and delivers what
 * they decided, in the S15 order.  No decision to post is made here.
 */
#include "fdp_core.h"
#include "fdp_machines.h"  /* the generated machines and fdp_profiles[] */
#include "fdp_relevance.h" /* which machines each symbol can change */

#define NEVENTS FDP_FD_MAX_EVENTS

/* What one call or input made the machines decide. */
typedef struct fdp_posts {
    int n;
    struct {
        uint8_t machine; /* index in the S15 order */
        uint8_t optional;
        uint8_t rule;
        uint16_t err;
    } p[3 * NEVENTS]; /* a call feeds at most three symbols */
    uint8_t why[NEVENTS];
} fdp_posts;

static int fail(int *err, int code)
{
    if (err)
        *err = code;
    return FDP_SOCKET_ERROR;
}

static int valid_error(long code)
{
    return code > 0 && code <= 0xFFFF;
}

/* A recv or send result below 0 is -error; checked without negating it
   (-LONG_MIN is undefined). */
static int valid_failure(long result)
{
    return result < 0 && result >= -0xFFFFL;
}

static int profile_of(const fdp_socket *s)
{
    return (s->flags & FDP_F_WINDOWS) ? FDP_PROFILE_WINDOWS : FDP_PROFILE_SPEC;
}

static const fdp_machine *machines(const fdp_socket *s)
{
    return fdp_profiles[profile_of(s)];
}

/* The index of the lowest set bit of a non-zero mask. */
static int lowest_bit(unsigned bits)
{
#if defined(__GNUC__)
    return __builtin_ctz(bits);
#else
    int i = 0;
    while (!(bits & 1u)) {
        bits >>= 1;
        i++;
    }
    return i;
#endif
}

/* Feed one symbol to the machines.  A select is sel_on to the machines whose
   event is in lEvent and sel_off to the others.  Machines the symbol cannot
   change (gen/fdp_relevance.h) are skipped: their state and decision would
   be the same.  An observer hears every machine's reason, so for one they
   all run.  Where the compiler can, the steps are inlined into this loop
   (flatten): no call per machine. */
#if defined(__GNUC__)
#define FLATTEN __attribute__((flatten))
#else
#define FLATTEN
#endif
static FLATTEN void feed(fdp_socket *s, unsigned char sym, unsigned in_err,
                         int all, fdp_posts *out)
{
    const int p = profile_of(s);
    unsigned bits = all ? 0x3FFu : fdp_relevance[p][sym];
    /* Only the machines the symbol can change, in S15 order: lowest bit
       first. */
    for (; bits; bits &= bits - 1) {
        const int i = lowest_bit(bits);
        unsigned char x = sym;
        fdp_io io;
        int next;
        if (sym == FDP_SYM_SEL_ON && !(s->mask & fdp_profiles[p][i].event))
            x = FDP_SYM_SEL_OFF;
        io.in_err = (uint16_t)in_err;
        io.kept = &s->error;
        io.post = FDP_NO_POST;
        io.why = FDP_RULE_NONE;
        io.err = 0;
        next = fdp_step(p, i, s->cs[i], x, &io);
#ifdef FDP_STEP_HOOK /* coverage and mutation builds (tests/mutate/) */
        FDP_STEP_HOOK(p, i, s->cs[i], x, next, &io);
#endif
        s->cs[i] = (uint8_t)next;
        if (io.why != FDP_RULE_NONE)
            out->why[i] = io.why;
        if (io.post != FDP_NO_POST) {
            int k = out->n++;
            /* Keep the S15 order: insert after every post of a machine
               that comes no later. */
            while (k > 0 && out->p[k - 1].machine > i) {
                out->p[k] = out->p[k - 1];
                k--;
            }
            out->p[k].machine = (uint8_t)i;
            out->p[k].optional = io.post == FDP_MAY_POST;
            out->p[k].rule = io.why;
            out->p[k].err = io.err;
        }
    }
}

static void observe(const fdp_engine *e, const fdp_socket *s, fdp_record *r,
                    const fdp_posts *d)
{
    if (!e->observe)
        return;
    r->why = d ? d->why : 0;
    e->observe(e->observe_ctx, s, r);
}

static void record_init(fdp_record *r, int verb)
{
    r->verb = verb;
    r->failed = 0;
    r->error = 0;
    r->arg = 0;
    r->result = 0;
    r->flags = 0;
    r->handle = 0;
    r->window = 0;
    r->message = 0;
    r->rule = 0;
    r->posted = 0;
    r->why = 0;
}

/* Post what the machines decided; the first callback failure is returned. */
static int deliver(const fdp_engine *e, fdp_socket *s, const fdp_posts *d,
                   int *err)
{
    const fdp_machine *m = machines(s);
    const uint8_t busy = s->flags & FDP_F_BUSY; /* a nested call's */
    int i, first = 0;
    s->flags |= FDP_F_BUSY;
    for (i = 0; i < d->n; i++) {
        unsigned event = m[d->p[i].machine].event;
        /* A post the profile leaves open is not made (docs/decisions.md,
           D1); only the observer hears of it. */
        int rc = d->p[i].optional ? 0
                 : !e->post
                     ? FDP_WSAENOBUFS /* nowhere to post */
                     : e->post(e->post_ctx, s->handle, s->window, s->message,
                               FDP_MAKESELECTREPLY(event, d->p[i].err));
        if (rc && !valid_error(rc)) /* -1, TRUE...: no Winsock error */
            rc = FDP_WSAENOBUFS;
        if (e->observe) {
            fdp_record r;
            record_init(&r, FDP_V_POST);
            r.arg = (long)event;
            r.result = d->p[i].err;
            r.flags = d->p[i].optional;
            r.window = s->window;
            r.message = s->message;
            r.rule = d->p[i].rule;
            r.posted = rc;
            e->observe(e->observe_ctx, s, &r);
        }
        if (rc && !first)
            first = rc;
    }
    s->flags = (uint8_t)((s->flags & ~FDP_F_BUSY) | busy);
    return first ? fail(err, first) : 0;
}

/* The common path of every call and input: feed up to three symbols,
   tell the observer, deliver. */
static int run(const fdp_engine *e, fdp_socket *s, fdp_record *r,
               const unsigned char *syms, int nsyms, unsigned in_err, int *err)
{
    fdp_posts d;
    int i;
    d.n = 0;
    for (i = 0; i < NEVENTS; i++)
        d.why[i] = FDP_RULE_NONE;
    for (i = 0; i < nsyms; i++)
        feed(s, syms[i], in_err, e->observe != 0, &d);
    observe(e, s, r, &d);
    return deliver(e, s, &d, err);
}

static int run1(const fdp_engine *e, fdp_socket *s, fdp_record *r,
                unsigned char sym, unsigned in_err, int *err)
{
    return run(e, s, r, &sym, 1, in_err, err);
}

/* A refused call changes nothing; the observer still hears of it, except on
   a closed socket, which no longer exists for a trace. */
static int refuse(const fdp_engine *e, const fdp_socket *s, fdp_record *r,
                  int code, int *err)
{
    if (code != FDP_WSAENOTSOCK) {
        r->failed = 1;
        r->error = code;
        observe(e, s, r, 0);
    }
    return fail(err, code);
}

void fdp_init(fdp_engine *e, fdp_post_fn *post, void *post_ctx,
              enum fdp_profile profile)
{
    e->post = post;
    e->post_ctx = post_ctx;
    e->observe = 0;
    e->observe_ctx = 0;
    e->profile = profile;
}

void fdp_set_observer(fdp_engine *e, fdp_observe_fn *fn, void *ctx)
{
    e->observe = fn;
    e->observe_ctx = ctx;
}

fdp_observe_fn *fdp_get_observer(const fdp_engine *e, void **ctx)
{
    if (ctx)
        *ctx = e->observe_ctx;
    return e->observe;
}

const char *fdp_profile_name(enum fdp_profile profile)
{
    return profile == FDP_PROFILE_SPEC || profile == FDP_PROFILE_WINDOWS
               ? fdp_profile_names[profile]
               : 0;
}

const char *fdp_version(void)
{
    return FDP_VERSION_STRING;
}

static void socket_reset(fdp_socket *s, uint64_t handle, int windows)
{
    const fdp_machine *m;
    int i;
    s->handle = handle;
    s->window = 0;
    s->message = 0;
    s->mask = 0;
    s->error = 0;
    s->flags = windows ? FDP_F_WINDOWS : 0;
    s->spare = 0;
    m = machines(s);
    for (i = 0; i < NEVENTS; i++)
        s->cs[i] = (uint8_t)*m[i].start;
}

int fdp_socket_init(const fdp_engine *e, fdp_socket *s, uint64_t handle,
                    enum fdp_type type, enum fdp_profile profile, int *err)
{
    fdp_record r;
    if (profile == FDP_PROFILE_DEFAULT)
        profile = e->profile;
    if (!s || (type != FDP_STREAM && type != FDP_DGRAM) ||
        (profile != FDP_PROFILE_SPEC && profile != FDP_PROFILE_WINDOWS))
        return fail(err, FDP_WSAEINVAL);
    socket_reset(s, handle, profile == FDP_PROFILE_WINDOWS);
    record_init(&r, FDP_V_SOCKET);
    r.arg = type;
    if (type == FDP_DGRAM)
        return run1(e, s, &r, FDP_SYM_DGRAM, 0, err);
    return run(e, s, &r, 0, 0, 0, err);
}

int fdp_select(const fdp_engine *e, fdp_socket *s, uint32_t window,
               uint32_t message, long mask, int *err)
{
    fdp_record r;
    record_init(&r, FDP_V_SELECT);
    r.arg = mask;
    r.window = window;
    r.message = message;
    /* S16, then the seed's table order (docs/decisions.md, D11). */
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, &r, FDP_WSAENOTSOCK, err);
    if (s->flags & FDP_F_NETDOWN)
        return refuse(e, s, &r, FDP_WSAENETDOWN, err);
    if (mask & ~(long)FDP_FD_ALL_EVENTS)
        return refuse(e, s, &r, FDP_WSAEINVAL, err);
    if (s->flags & FDP_F_BUSY)
        return refuse(e, s, &r, FDP_WSAEINPROGRESS, err);
    s->window = window;
    s->message = message;
    s->mask = (uint16_t)mask;
    s->flags |= FDP_F_NONBLOCKING;
    return run1(e, s, &r, FDP_SYM_SEL_ON, 0, err);
}

int fdp_eventselect(const fdp_engine *e, fdp_socket *s, long mask, int *err)
{
    fdp_record r;
    record_init(&r, FDP_V_EVENTSELECT);
    r.arg = mask;
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, &r, FDP_WSAENOTSOCK, err);
    if (mask & ~(long)FDP_FD_ALL_EVENTS)
        return refuse(e, s, &r, FDP_WSAEINVAL, err);
    s->mask = 0; /* S1: it cancels the async registration */
    s->flags |= FDP_F_NONBLOCKING;
    return run1(e, s, &r, FDP_SYM_SEL_ON, 0, err);
}

int fdp_fionbio(const fdp_engine *e, fdp_socket *s, int nonblocking, int *err)
{
    fdp_record r;
    record_init(&r, FDP_V_FIONBIO);
    r.arg = nonblocking != 0;
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, &r, FDP_WSAENOTSOCK, err);
    if (!nonblocking && s->mask)
        return refuse(e, s, &r, FDP_WSAEINVAL, err);
    if (nonblocking)
        s->flags |= FDP_F_NONBLOCKING;
    else
        s->flags &= (uint8_t)~FDP_F_NONBLOCKING;
    return run(e, s, &r, 0, 0, 0, err);
}

int fdp_nonblocking(const fdp_socket *s)
{
    return (s->flags & FDP_F_NONBLOCKING) != 0;
}

int fdp_recv(const fdp_engine *e, fdp_socket *s, int flags, long requested,
             long result, unsigned left, int *err)
{
    unsigned char syms[3];
    int n = 0;
    fdp_record r;
    record_init(&r, FDP_V_RECV);
    r.arg = requested;
    r.result = result;
    r.flags = flags;
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, &r, FDP_WSAENOTSOCK, err);
    if (requested < 0 || result > requested ||
        (result < 0 && !valid_failure(result)))
        return refuse(e, s, &r, FDP_WSAEINVAL, err);
    /* The drains first, so the re-enabling call sees what is left (S5). */
    if (!(left & FDP_LEFT_DATA))
        syms[n++] = FDP_SYM_DATA_OFF;
    if (!(left & FDP_LEFT_URGENT))
        syms[n++] = FDP_SYM_URGENT_OFF;
    syms[n++] = FDP_SYM_RECV;
    return run(e, s, &r, syms, n, 0, err);
}

int fdp_send(const fdp_engine *e, fdp_socket *s, long requested, long result,
             int *err)
{
    fdp_record r;
    record_init(&r, FDP_V_SEND);
    r.arg = requested;
    r.result = result;
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, &r, FDP_WSAENOTSOCK, err);
    if (requested < 0 || result > requested ||
        (result < 0 && !valid_failure(result)))
        return refuse(e, s, &r, FDP_WSAEINVAL, err);
    return run1(e, s, &r,
                result == -FDP_WSAEWOULDBLOCK ? FDP_SYM_SEND_BLOCK
                                              : FDP_SYM_SEND,
                0, err);
}

int fdp_accept(const fdp_engine *e, fdp_socket *s, int result, int pending,
               fdp_socket *ns, uint64_t nhandle, int *err)
{
    unsigned char syms[2], nsyms[3];
    int n = 0, rc, nrc, nerr = 0;
    fdp_record r;
    record_init(&r, FDP_V_ACCEPT);
    r.result = result;
    r.flags = pending != 0;
    r.handle = nhandle;
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, &r, FDP_WSAENOTSOCK, err);
    if (result == 0 && !ns)
        return refuse(e, s, &r, FDP_WSAEFAULT, err);
    if (result == 0 && ns == s) /* would wipe the listener */
        return refuse(e, s, &r, FDP_WSAEINVAL, err);
    if (result < 0 || (result != 0 && !valid_error(result)))
        return refuse(e, s, &r, FDP_WSAEINVAL, err);
    if (!pending)
        syms[n++] = FDP_SYM_CONN_OFF;
    syms[n++] =
        result == FDP_WSATRY_AGAIN ? FDP_SYM_ACCEPT_DEFER : FDP_SYM_ACCEPT;
    rc = run(e, s, &r, syms, n, 0, err);
    if (result != 0)
        return rc;

    /* S11: the new socket carries the listener's window, message, mask and
       profile from birth, and its conditions are evaluated at once. */
    socket_reset(ns, nhandle, (s->flags & FDP_F_WINDOWS) != 0);
    ns->window = s->window;
    ns->message = s->message;
    ns->mask = s->mask;
    ns->flags |= (uint8_t)(s->flags & (FDP_F_NONBLOCKING | FDP_F_OOBINLINE));
    n = 0;
    if (s->flags & FDP_F_OOBINLINE) /* "the same properties" */
        nsyms[n++] = FDP_SYM_INLINE_ON;
    nsyms[n++] = FDP_SYM_SEL_ON;
    nsyms[n++] = FDP_SYM_ACCEPTED;
    record_init(&r, FDP_V_SOCKET);
    r.arg = FDP_STREAM;
    r.flags = 1; /* born by accept: no `socket` record of its own */
    r.handle = s->handle;
    nrc = run(e, ns, &r, nsyms, n, 0, &nerr);
    if (rc) /* the listener's callback failed first */
        return rc;
    return nrc ? fail(err, nerr) : 0;
}

static int connect_like(const fdp_engine *e, fdp_socket *s, int verb,
                        int result, int *err)
{
    fdp_record r;
    record_init(&r, verb);
    r.result = result;
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, &r, FDP_WSAENOTSOCK, err);
    if (result == 0)
        return run1(e, s, &r, FDP_SYM_CONNECT_OK, 0, err);
    if (result == FDP_WSAEWOULDBLOCK)
        return run1(e, s, &r, FDP_SYM_CONNECT_WAIT, 0, err);
    if (!valid_error(result))
        return refuse(e, s, &r, FDP_WSAEINVAL, err);
    return run1(e, s, &r, FDP_SYM_CONNECT_FAIL, (unsigned)result, err);
}

int fdp_connect(const fdp_engine *e, fdp_socket *s, int result, int *err)
{
    return connect_like(e, s, FDP_V_CONNECT, result, err);
}

int fdp_joinleaf(const fdp_engine *e, fdp_socket *s, int result, int *err)
{
    return connect_like(e, s, FDP_V_JOINLEAF, result, err);
}

int fdp_ioctl(const fdp_engine *e, fdp_socket *s, uint32_t code, int *err)
{
    fdp_record r;
    record_init(&r, FDP_V_IOCTL);
    r.arg = (long)code;
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, &r, FDP_WSAENOTSOCK, err);
    switch (code) {
    case FDP_SIO_GET_QOS:
        return run1(e, s, &r, FDP_SYM_IOCTL_QOS, 0, err);
    case FDP_SIO_GET_GROUP_QOS:
        return run1(e, s, &r, FDP_SYM_IOCTL_GQOS, 0, err);
    case FDP_SIO_ROUTING_INTERFACE_CHANGE:
        return run1(e, s, &r, FDP_SYM_IOCTL_ROUTE, 0, err);
    case FDP_SIO_ADDRESS_LIST_CHANGE:
        return run1(e, s, &r, FDP_SYM_IOCTL_ALIST, 0, err);
    default: /* re-enables nothing */
        return run(e, s, &r, 0, 0, 0, err);
    }
}

int fdp_oobinline(const fdp_engine *e, fdp_socket *s, int on, int *err)
{
    fdp_record r;
    record_init(&r, FDP_V_OOBINLINE);
    r.arg = on != 0;
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, &r, FDP_WSAENOTSOCK, err);
    if (on)
        s->flags |= FDP_F_OOBINLINE;
    else
        s->flags &= (uint8_t)~FDP_F_OOBINLINE;
    return run1(e, s, &r, on ? FDP_SYM_INLINE_ON : FDP_SYM_INLINE_OFF, 0, err);
}

int fdp_bind(const fdp_engine *e, fdp_socket *s, int *err)
{
    fdp_record r;
    record_init(&r, FDP_V_BIND);
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, &r, FDP_WSAENOTSOCK, err);
    return run1(e, s, &r, FDP_SYM_BIND, 0, err);
}

int fdp_listen(const fdp_engine *e, fdp_socket *s, int *err)
{
    fdp_record r;
    record_init(&r, FDP_V_LISTEN);
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, &r, FDP_WSAENOTSOCK, err);
    return run1(e, s, &r, FDP_SYM_LISTEN, 0, err);
}

int fdp_shutdown(const fdp_engine *e, fdp_socket *s, enum fdp_shutdown how,
                 int *err)
{
    static const unsigned char both[2] = { FDP_SYM_SHUT_RECV,
                                           FDP_SYM_SHUT_SEND };
    fdp_record r;
    record_init(&r, FDP_V_SHUTDOWN);
    r.arg = how;
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, &r, FDP_WSAENOTSOCK, err);
    switch ((int)how) {
    case FDP_SD_RECEIVE:
        return run(e, s, &r, both, 1, 0, err);
    case FDP_SD_SEND:
        return run(e, s, &r, both + 1, 1, 0, err);
    case FDP_SD_BOTH:
        return run(e, s, &r, both, 2, 0, err);
    default:
        return refuse(e, s, &r, FDP_WSAEINVAL, err);
    }
}

int fdp_close(const fdp_engine *e, fdp_socket *s, int *err)
{
    fdp_record r;
    int rc;
    record_init(&r, FDP_V_CLOSE);
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, &r, FDP_WSAENOTSOCK, err);
    rc = run1(e, s, &r, FDP_SYM_CLOSE, 0, err);
    s->flags |= FDP_F_CLOSED;
    return rc;
}

/* fdp_input: each transport input's symbol, and whether its arg is an
   error the machines may post. */
/* clang-format off */
static const struct {
    unsigned char sym;
    uint8_t has_error;
} inputs[FDP_IN_COUNT_] = {
    [FDP_IN_DATA]           = { FDP_SYM_DATA_ON, 0 },
    [FDP_IN_DATA_GONE]      = { FDP_SYM_DATA_OFF, 0 },
    [FDP_IN_URGENT]         = { FDP_SYM_URGENT_ON, 0 },
    [FDP_IN_URGENT_GONE]    = { FDP_SYM_URGENT_OFF, 0 },
    [FDP_IN_PENDING]        = { FDP_SYM_CONN_ON, 0 },
    [FDP_IN_NO_PENDING]     = { FDP_SYM_CONN_OFF, 0 },
    [FDP_IN_CONNECTED]      = { FDP_SYM_CONNECTED, 0 },
    [FDP_IN_CONNECT_FAILED] = { FDP_SYM_CONN_FAILED, 1 },
    [FDP_IN_SPACE]          = { FDP_SYM_SEND_SPACE, 0 },
    [FDP_IN_FIN]            = { FDP_SYM_FIN, 0 },
    [FDP_IN_RESET]          = { FDP_SYM_RESET, 0 },
    [FDP_IN_ABORT]          = { FDP_SYM_ABORT, 1 },
    [FDP_IN_NETDOWN]        = { FDP_SYM_NETDOWN, 0 },
    [FDP_IN_QOS]            = { FDP_SYM_QOS, 0 },
    [FDP_IN_GROUP_QOS]      = { FDP_SYM_GQOS, 0 },
    [FDP_IN_ROUTE]          = { FDP_SYM_ROUTE, 1 },
    [FDP_IN_ADDRESS_LIST]   = { FDP_SYM_ALIST, 0 },
};
/* clang-format on */

int fdp_input(const fdp_engine *e, fdp_socket *s, enum fdp_input in, long arg,
              int *err)
{
    const int input = (int)in; /* any int may arrive: checked below */
    unsigned in_err = 0;
    fdp_record r;
    record_init(&r, FDP_V_INPUT);
    r.arg = input;
    r.result = arg;
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, &r, FDP_WSAENOTSOCK, err);
    if (input <= 0 || input >= FDP_IN_COUNT_ || arg < 0)
        return refuse(e, s, &r, FDP_WSAEINVAL, err);
    if (inputs[input].has_error) {
        /* connect-failed and abort need an error; a route change may
           carry none. */
        if (arg > 0xFFFF || (arg == 0 && input != FDP_IN_ROUTE))
            return refuse(e, s, &r, FDP_WSAEINVAL, err);
        /* S14: a route change carries 0, WSAENETUNREACH or WSAENETDOWN */
        if (input == FDP_IN_ROUTE && arg != 0 && arg != FDP_WSAENETUNREACH &&
            arg != FDP_WSAENETDOWN)
            return refuse(e, s, &r, FDP_WSAEINVAL, err);
        in_err = (unsigned)arg;
    }
    if (input == FDP_IN_NETDOWN) {
        in_err = FDP_WSAENETDOWN;
        s->flags |= FDP_F_NETDOWN;
    }
    return run1(e, s, &r, inputs[input].sym, in_err, err);
}
