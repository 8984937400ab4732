/* SPDX-License-Identifier: MIT */
/*
 * fuzz_engine.c -- libFuzzer target for the engine API (engine/fdpost.h).
 *
 * The input is a program: random calls and transport inputs, invalid ones
 * included, over a few socket slots (created, accepted, closed, re-created),
 * both profiles, and post callbacks that fail or re-enter.  After every step
 * the safety properties below are checked against a small shadow of what
 * the client did (never against the engine's own fields):
 *
 *   P1  no post for a socket after its close (S16), none during its close;
 *   P2  every post's event is one FD_* bit and in the socket's current
 *       registration (last successful select, inherited by accept: S1, S11),
 *       with its window and message;
 *   P3  lParam's error fits: 0 or a Winsock error (10000-11999);
 *   P4  S3: no second post of an event without a re-enabling call for it
 *       (or a select) in between;
 *   P5  FD_WRITE only from select, connect/joinleaf, connected, accept (to
 *       the new socket), space or bind (D1);
 *   P6  a refused call (an error the engine chose, not a post callback's)
 *       leaves the 40-byte state as it was, and posts nothing;
 *   P7  errors returned are ones the API documents, *err always set;
 *   P8  a select from inside the post callback on the same socket fails
 *       (WSAEINPROGRESS, or an earlier error of D11's order) and changes
 *       nothing;
 *   P9  the recorder -> reader round trip (issue 14): every line the
 *       recorder (engine/fdp_recorder.h) writes in a step reads back
 *       through the trace reader (tools/trace/) without an error, as many
 *       records as the recorder counted, and the closing record at the end
 *       counts them all;
 *   P10 event mode (E1-E6): no post for a socket registered by
 *       WSPEventSelect; the event object set only for a live socket in
 *       event mode, its own object, at most once per socket per call, and
 *       reset only by an enumeration given that object;
 *   P11 an enumeration returns only events of the current lNetworkEvents,
 *       errors that fit (P3), writes no iErrorCode of a clear bit, and the
 *       next one (nothing in between) returns nothing.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fdpost.h"
#include "fdp_recorder.h"
#include "fdt.h"

#define NSLOTS 6
#define CB_ERROR FDP_WSAENOBUFS     /* what a failing post callback returns */

#define CHECK(cond, ...)                                                  \
    do {                                                                  \
        if (!(cond)) {                                                    \
            fprintf(stderr, "fuzz_engine: %s:%d: property failed: %s\n",  \
                    __FILE__, __LINE__, #cond);                           \
            fprintf(stderr, "  " __VA_ARGS__);                            \
            fprintf(stderr, "\n");                                        \
            abort();                                                      \
        }                                                                 \
    } while (0)

/* The client's view of one socket slot. */
struct slot {
    fdp_socket s;
    uint64_t handle;        /* 0: never created */
    int live;               /* created and not closed */
    uint32_t window, message;
    uint16_t mask;          /* registration as the client made it */
    uint16_t awaiting;      /* events posted and not re-enabled since (P4) */
    int dgram;              /* created as a datagram socket */
    int pending;            /* a connect/joinleaf returned WSAEWOULDBLOCK and
                               no outcome came since (D2, D5) */
    uint16_t fed[32];       /* errors the client handed the engine (P3) */
    int nfed;
    int evmode;             /* registered by WSPEventSelect (P10) */
    uint64_t object;        /* its event object */
    int sets;               /* event objects set during this call */
};

static void feed_error(struct slot *t, long code)
{
    int i;
    if (code <= 0 || code > 0xFFFF)
        return;
    for (i = 0; i < t->nfed; i++)
        if (t->fed[i] == code)
            return;
    if (t->nfed < 32)
        t->fed[t->nfed++] = (uint16_t)code;
}

/* P3 (S14): the error a post may carry. */
static int error_fits(const struct slot *t, unsigned event, unsigned err)
{
    int i;
    if (err == 0 || err == FDP_WSAENETDOWN)
        return 1;
    switch (event) {
    case FDP_FD_CONNECT:
        if (err == FDP_WSAENETUNREACH)  /* D2: a pending connect at netdown */
            return 1;
        /* fall through */
    case FDP_FD_CLOSE:
        if (err == FDP_WSAECONNRESET || err == FDP_WSAECONNABORTED)
            return 1;
        /* fall through */
    case FDP_FD_ROUTING_INTERFACE_CHANGE:
        for (i = 0; i < t->nfed; i++)
            if (t->fed[i] == err)
                return 1;
    }
    return 0;
}

static struct world {
    fdp_engine e;
    struct slot slot[NSLOTS];
    uint64_t next_handle;
    /* The call in progress. */
    int verb;               /* FDP_V_* or FDP_V_INPUT */
    int input;              /* for FDP_V_INPUT */
    struct slot *cur;       /* the socket the call is on */
    struct slot *born;      /* accept: the new socket */
    unsigned write_ok;      /* P5: FD_WRITE may be posted by this step */
    int posts;              /* posts during this call */
    /* Callback behaviour, from the input. */
    uint8_t fail_bits;      /* post k fails when bit k%8 set */
    uint8_t reenter_bits;   /* post k re-enters select when bit k%8 set */
    int trace;              /* FUZZ_TRACE=1: print each step */
    uint64_t enum_object;   /* the object the enumeration in progress got */
    unsigned post_index;
} W;

/* P4 by the awaiting bits; FD_CONNECT by its own rule (each connect's
   outcome posts once, D5), see post(). */
static const unsigned level_events = FDP_FD_ALL_EVENTS & ~FDP_FD_CONNECT;

static struct slot *by_handle(uint64_t h)
{
    int i;
    for (i = 0; i < NSLOTS; i++)
        if (W.slot[i].handle == h)
            return &W.slot[i];
    return 0;
}

static int known_error(int code)
{
    switch (code) {
    case FDP_WSAEFAULT: case FDP_WSAEINVAL: case FDP_WSAEINPROGRESS:
    case FDP_WSAENOTSOCK: case FDP_WSAENETDOWN: case CB_ERROR:
        return 1;
    }
    return 0;
}

static int post(void *ctx, uint64_t wparam, uint32_t window, uint32_t message,
                uint32_t lparam)
{
    unsigned event = FDP_GETSELECTEVENT(lparam), err = FDP_GETSELECTERROR(lparam);
    struct slot *t;
    unsigned k = W.post_index++;
    (void)ctx;
    W.posts++;
    t = by_handle(wparam);
    CHECK(!t || !t->evmode, "post 0x%x in event mode", event);
    if (W.trace)
        fprintf(stderr, "    post h=%llu event=0x%x error=%u (awaiting 0x%x)\n",
                (unsigned long long)wparam, event, err, t ? t->awaiting : 0);
    CHECK(t != 0, "post for unknown handle %llu", (unsigned long long)wparam);
    /* P1 */
    CHECK(t->live, "post 0x%x for closed socket %llu", event,
          (unsigned long long)wparam);
    CHECK(!(W.verb == FDP_V_CLOSE && t == W.cur), "post 0x%x during close", event);
    /* P2 */
    CHECK(event && !(event & (event - 1)) && (event & FDP_FD_ALL_EVENTS),
          "lParam event 0x%x is not one FD_ bit", event);
    CHECK(event & t->mask, "post 0x%x not in mask 0x%x", event, t->mask);
    CHECK(window == t->window && message == t->message,
          "post to window %u msg %u, registered %u %u", window, message,
          t->window, t->message);
    /* P3 */
    CHECK(error_fits(t, event, err), "lParam error %u for event 0x%x", err, event);
    /* P4 */
    CHECK(!(t->awaiting & event & level_events),
          "S3: 0x%x posted again without re-enabling (verb %d input %d)",
          event, W.verb, W.input);
    t->awaiting |= (uint16_t)event;
    if (event == FDP_FD_CONNECT && W.verb == FDP_V_INPUT &&
        W.input != FDP_IN_CONNECTED && W.input != FDP_IN_CONNECT_FAILED) {
        CHECK(W.input == FDP_IN_NETDOWN && t->pending,
              "FD_CONNECT from input %d with no connect pending", W.input);
        t->pending = 0;
    }
    if (event == FDP_FD_CONNECT)
        CHECK(W.verb == FDP_V_SELECT || W.verb == FDP_V_CONNECT ||
              W.verb == FDP_V_JOINLEAF || W.verb == FDP_V_INPUT,
              "FD_CONNECT from verb %d", W.verb);
    /* P5 */
    if (event == FDP_FD_WRITE)
        CHECK(W.write_ok || t == W.born, "FD_WRITE from verb %d input %d",
              W.verb, W.input);
    /* P8: re-entrant select on the same socket. */
    if (W.reenter_bits & (1u << (k % 8))) {
        fdp_socket before = t->s;
        int e = 0;
        int rc = fdp_select(&W.e, &t->s, 7, 7, FDP_FD_READ, &e);
        CHECK(rc == FDP_SOCKET_ERROR &&
              (e == FDP_WSAEINPROGRESS || e == FDP_WSAENETDOWN),
              "select inside the callback: rc %d err %d", rc, e);
        CHECK(!memcmp(&before, &t->s, sizeof before),
              "refused re-entrant select changed the state");
    }
    return (W.fail_bits & (1u << (k % 8))) ? CB_ERROR : 0;
}

/* P10: the event callback. */
static int set_event(void *ctx, uint64_t object, int set)
{
    int i, found = 0;
    unsigned k = W.post_index++;
    (void)ctx;
    if (set) {
        for (i = 0; i < NSLOTS; i++) {
            struct slot *t = &W.slot[i];
            if (t->handle && t->evmode && t->object == object &&
                (t == W.cur || t == W.born)) {
                found = 1;
                CHECK(t->live || (W.verb == FDP_V_CLOSE && t == W.cur),
                      "event object set for a closed socket");
                CHECK(W.verb != FDP_V_CLOSE, "event object set by a close");
                CHECK(++t->sets <= 1, "event object set twice in one call");
            }
        }
        CHECK(found, "set of object %llu no socket of this call has",
              (unsigned long long)object);
    } else
        CHECK(W.verb == FDP_V_ENUM && object == W.enum_object,
              "reset of object %llu outside an enumeration given it",
              (unsigned long long)object);
    return (W.fail_bits & (1u << (k % 8))) ? CB_ERROR : 0;
}

/* The input reader. */
struct rd { const uint8_t *p, *end; };
static unsigned byte(struct rd *r)
{
    return r->p < r->end ? *r->p++ : 0;
}

static const uint32_t ioctls[] = {
    FDP_SIO_GET_QOS, FDP_SIO_GET_GROUP_QOS, FDP_SIO_ROUTING_INTERFACE_CHANGE,
    FDP_SIO_ADDRESS_LIST_CHANGE, 0x4004667Fu, 0
};
static const int errors[] = {
    0, FDP_WSAEWOULDBLOCK, FDP_WSAECONNREFUSED, FDP_WSAETIMEDOUT,
    FDP_WSAENETUNREACH, FDP_WSAECONNABORTED, FDP_WSATRY_AGAIN, FDP_WSAEISCONN,
    -1, 70000, FDP_WSAENETDOWN, FDP_WSAECONNRESET
};
static const long masks[] = {
    FDP_FD_ALL_EVENTS, FDP_FD_READ | FDP_FD_WRITE | FDP_FD_CLOSE, FDP_FD_ACCEPT,
    FDP_FD_READ | FDP_FD_WRITE | FDP_FD_CONNECT | FDP_FD_CLOSE, 0,
    FDP_FD_OOB | FDP_FD_READ, FDP_FD_QOS | FDP_FD_GROUP_QOS,
    FDP_FD_ROUTING_INTERFACE_CHANGE | FDP_FD_ADDRESS_LIST_CHANGE, 0x400, -1
};
#define PICK(a, x) (a[(x) % (sizeof a / sizeof a[0])])

/* The events a call re-enables (P4): the seed's table, S2 and the notes. */
static uint16_t reenables(int verb, int input, int how)
{
    switch (verb) {
    case FDP_V_SELECT:
        return FDP_FD_ALL_EVENTS;
    case FDP_V_RECV:
        return FDP_FD_READ | FDP_FD_OOB;
    case FDP_V_SEND:
        return FDP_FD_WRITE;
    case FDP_V_ACCEPT:
        return how ? FDP_FD_ACCEPT : 0;       /* not after WSATRY_AGAIN */
    case FDP_V_CONNECT:
    case FDP_V_JOINLEAF:
        return FDP_FD_CONNECT | FDP_FD_WRITE; /* D5; D6 datagram */
    case FDP_V_BIND:
        return FDP_FD_WRITE;                  /* D1 */
    case FDP_V_OOBINLINE:
        return FDP_FD_OOB;                    /* D3: off re-enables FD_OOB */
    case FDP_V_IOCTL:
        return (uint16_t)how;
    case FDP_V_INPUT:
        /* D5: a completion is an outcome of its own; on a datagram
           socket a completed association is writable again (D6). */
        if (input == FDP_IN_CONNECTED)
            return FDP_FD_CONNECT | (how ? FDP_FD_WRITE : 0);
        if (input == FDP_IN_CONNECT_FAILED)
            return FDP_FD_CONNECT;
        return 0;
    }
    return 0;
}

static struct slot *free_slot(unsigned x)
{
    int i;
    for (i = 0; i < NSLOTS; i++) {
        struct slot *t = &W.slot[(x + (unsigned)i) % NSLOTS];
        if (!t->live)
            return t;
    }
    return &W.slot[x % NSLOTS];
}

/* One step of a run: the operation's slot, its result, and what the
   properties compare it with. */
struct step {
    struct rd *r;
    unsigned x, a;
    struct slot *t, *ns;
    fdp_socket before, nbefore;
    int err, rc, refusable;
    uint16_t re, awaiting;  /* re-enabled; awaited before the step */
};

/* The events a call re-enables: no longer awaited (P4). */
static void pre(struct step *st, uint16_t events)
{
    st->re = events;
    st->t->awaiting &= (uint16_t)~events;
}

static void op_socket(struct step *st)
{
    unsigned a = st->a;
    int type = (a & 3) == 3 ? 7 : (a & 1);
    int profile = (int)((a >> 2) % 4) - 1;  /* -1..2: 2 is invalid */
    struct slot *t = st->t;
    W.verb = FDP_V_SOCKET;
    if (t->live && (a & 0x80))
        t = st->t = free_slot(st->x);       /* keep this one alive */
    W.cur = t;
    st->before = t->s;
    st->awaiting = t->awaiting;
    st->rc = fdp_socket_init(&W.e, &t->s, W.next_handle, type, profile, &st->err);
    if (st->rc == 0) {
        t->handle = W.next_handle++;
        t->live = 1;
        t->mask = 0;
        t->window = t->message = 0;
        t->awaiting = 0;
        t->dgram = type == FDP_DGRAM;
        t->nfed = 0;
        t->pending = 0;
        t->evmode = 0;
        t->object = 0;
    }
    st->refusable = 0;  /* a refused init leaves *s undefined */
}

static void op_select(struct step *st)
{
    struct slot *t = st->t, saved = *st->t;
    long mask = PICK(masks, st->a);
    uint32_t wnd = byte(st->r), msg = 0x400 + byte(st->r);
    W.verb = FDP_V_SELECT;
    W.write_ok = 1;
    /* The registration changes before the posts it causes. */
    if (t->live && !(mask & ~(long)FDP_FD_ALL_EVENTS)) {
        t->mask = (uint16_t)mask;
        t->window = wnd;
        t->message = msg;
        t->awaiting = 0;
        t->evmode = 0;
    }
    st->rc = fdp_select(&W.e, &t->s, wnd, msg, mask, &st->err);
    if (st->rc && st->err != CB_ERROR) {
        saved.s = t->s;
        *t = saved;
    }
}

static void op_eventselect(struct step *st)
{
    struct slot *t = st->t, saved = *st->t;
    long mask = PICK(masks, st->a);
    W.verb = FDP_V_EVENTSELECT;
    if (t->live && !(mask & ~(long)FDP_FD_ALL_EVENTS)) {
        t->mask = (uint16_t)mask;
        t->awaiting = 0;
        t->evmode = 1;
        t->object = 1 + (st->a >> 7);
    }
    st->rc = fdp_eventselect(&W.e, &t->s, 1 + (st->a >> 7), mask, &st->err);
    if (st->rc && st->err != CB_ERROR) { /* refused: nothing changed */
        saved.s = t->s;
        *t = saved;
    }
}

/* P11. */
static void op_enum(struct step *st)
{
    struct slot *t = st->t;
    fdp_network_events ne, again;
    int bit, e2 = 0;
    W.verb = FDP_V_ENUM;
    W.enum_object = (st->a & 3) == 3 ? 0 : t->object;
    for (bit = 0; bit < FDP_FD_MAX_EVENTS; bit++)
        ne.error_code[bit] = -7;
    st->rc = fdp_enum_network_events(&W.e, &t->s, W.enum_object,
                                     (st->a & 0x40) ? 0 : &ne, &st->err);
    if (st->rc == FDP_SOCKET_ERROR && st->err != CB_ERROR)
        return;
    CHECK(!(ne.network_events & ~(long)t->mask),
          "enumerated 0x%lx outside lNetworkEvents 0x%x", ne.network_events,
          t->mask);
    CHECK(t->evmode || !ne.network_events, "a record in message mode");
    for (bit = 0; bit < FDP_FD_MAX_EVENTS; bit++) {
        if (ne.network_events >> bit & 1)
            CHECK(ne.error_code[bit] >= 0 &&
                      error_fits(t, 1u << bit, (unsigned)ne.error_code[bit]),
                  "iErrorCode[%d] = %d", bit, ne.error_code[bit]);
        else
            CHECK(ne.error_code[bit] == -7, "iErrorCode[%d] written", bit);
    }
    W.enum_object = 0;
    CHECK(fdp_enum_network_events(&W.e, &t->s, 0, &again, &e2) == 0 &&
              again.network_events == 0,
          "a second enumeration found 0x%lx", again.network_events);
}

static void op_fionbio(struct step *st)
{
    W.verb = FDP_V_FIONBIO;
    st->rc = fdp_fionbio(&W.e, &st->t->s, st->a & 1, &st->err);
}

static void op_recv(struct step *st)
{
    unsigned a = st->a, b = byte(st->r);
    long req = (long)(a & 0x7F) - 8, res;
    W.verb = FDP_V_RECV;
    pre(st, reenables(FDP_V_RECV, 0, 0));
    res = (b & 0x80) ? -(long)PICK(errors, b) : (long)(b & 0x3F);
    st->rc = fdp_recv(&W.e, &st->t->s, (int)(a >> 7) | (int)((b >> 6) & 2), req,
                      res, (b >> 3) & 7, &st->err);
}

static void op_send(struct step *st)
{
    unsigned b = byte(st->r);
    W.verb = FDP_V_SEND;
    pre(st, reenables(FDP_V_SEND, 0, 0));
    st->rc = fdp_send(&W.e, &st->t->s, (long)st->a, (b & 1) ? -FDP_WSAEWOULDBLOCK
                                                           : (long)b - 4, &st->err);
}

/* A successful accept into slot ns: its registration is the listener's
   from birth (S11). */
static void accept_into(struct step *st, struct slot *ns, unsigned b)
{
    struct slot *t = st->t, old = *ns;
    ns->handle = W.next_handle;
    ns->live = 1;
    ns->mask = t->mask;
    ns->window = t->window;
    ns->message = t->message;
    ns->awaiting = 0;
    ns->dgram = 0;
    ns->nfed = 0;
    ns->pending = 0;
    ns->evmode = t->evmode;
    ns->object = t->object;
    st->rc = fdp_accept(&W.e, &t->s, 0, (int)(b & 1), &ns->s, W.next_handle, &st->err);
    if (st->rc == 0 || st->err == CB_ERROR)
        W.next_handle++;
    else {
        old.s = ns->s;
        *ns = old;
    }
}

static void op_accept(struct step *st)
{
    int result = PICK(errors, st->a);
    unsigned b = byte(st->r);
    struct slot *ns = 0;
    W.verb = FDP_V_ACCEPT;
    pre(st, reenables(FDP_V_ACCEPT, 0, result != FDP_WSATRY_AGAIN));
    if (!(b & 0x40)) {
        ns = free_slot(b);
        if (ns == st->t)
            ns = 0;
    }
    st->ns = ns;
    if (ns) {
        st->nbefore = ns->s;
        W.born = ns;
        if (result == 0 && st->t->live) {
            accept_into(st, ns, b);
            return;
        }
    }
    st->rc = fdp_accept(&W.e, &st->t->s, result, (int)(b & 1), ns ? &ns->s : 0,
                        W.next_handle, &st->err);
}

static void op_connect(struct step *st, int join)
{
    int e = PICK(errors, st->a);
    W.verb = join ? FDP_V_JOINLEAF : FDP_V_CONNECT;
    W.write_ok = 1;
    pre(st, reenables(W.verb, 0, 0));
    feed_error(st->t, e);
    st->rc = join ? fdp_joinleaf(&W.e, &st->t->s, e, &st->err)
                  : fdp_connect(&W.e, &st->t->s, e, &st->err);
    if ((st->rc == 0 || st->err == CB_ERROR) && e == FDP_WSAEWOULDBLOCK)
        st->t->pending = 1;
}

static void op_ioctl(struct step *st)
{
    static const uint16_t ev[] = {
        FDP_FD_QOS, FDP_FD_GROUP_QOS, FDP_FD_ROUTING_INTERFACE_CHANGE,
        FDP_FD_ADDRESS_LIST_CHANGE, 0, 0 };
    W.verb = FDP_V_IOCTL;
    pre(st, reenables(FDP_V_IOCTL, 0, PICK(ev, st->a)));
    st->rc = fdp_ioctl(&W.e, &st->t->s, PICK(ioctls, st->a), &st->err);
}

/* oobinline, bind, listen, shutdown, close: one call each. */
static void op_simple(struct step *st, unsigned op)
{
    fdp_socket *s = &st->t->s;
    int *err = &st->err;
    switch (op) {
    case 12:
        W.verb = FDP_V_OOBINLINE;
        pre(st, reenables(FDP_V_OOBINLINE, 0, 0));
        st->rc = fdp_oobinline(&W.e, s, st->a & 1, err);
        break;
    case 13:
        W.verb = FDP_V_BIND;
        W.write_ok = 1;
        pre(st, reenables(FDP_V_BIND, 0, 0));
        st->rc = fdp_bind(&W.e, s, err);
        break;
    case 14:
        W.verb = FDP_V_LISTEN;
        st->rc = fdp_listen(&W.e, s, err);
        break;
    case 15:
        W.verb = FDP_V_SHUTDOWN;
        st->rc = fdp_shutdown(&W.e, s, (int)(st->a % 5) - 1, err);
        break;
    default:
        W.verb = FDP_V_CLOSE;
        st->rc = fdp_close(&W.e, s, err);
        if (st->rc == 0 || *err == CB_ERROR)
            st->t->live = 0;
        break;
    }
}

static void op_input(struct step *st)
{
    int input = (int)(st->a % (FDP_IN_COUNT_ + 2)) - 1;   /* -1..18 */
    unsigned b = byte(st->r);
    long arg = (b & 0x80) ? (long)PICK(errors, b) : (long)(b & 0x7F);
    W.verb = FDP_V_INPUT;
    W.input = input;
    /* D2: network down tells a re-enabled FD_WRITE its WSAENETDOWN */
    W.write_ok = input == FDP_IN_SPACE || input == FDP_IN_CONNECTED ||
                 input == FDP_IN_NETDOWN;
    pre(st, reenables(FDP_V_INPUT, input, st->t->dgram));
    feed_error(st->t, arg);
    st->rc = fdp_input(&W.e, &st->t->s, input, arg, &st->err);
    if ((st->rc == 0 || st->err == CB_ERROR) &&
        (input == FDP_IN_CONNECTED || input == FDP_IN_CONNECT_FAILED ||
         input == FDP_IN_NETDOWN))
        st->t->pending = 0;
}

static void run_op(struct step *st, unsigned op)
{
    switch (op) {
    case 0: op_socket(st); break;
    case 1: case 2: op_select(st); break;
    case 3: op_eventselect(st); break;
    case 4: op_fionbio(st); break;
    case 5: case 6: op_recv(st); break;
    case 7: op_send(st); break;
    case 8: op_accept(st); break;
    case 9: case 10: op_connect(st, op == 10); break;
    case 11: op_ioctl(st); break;
    case 12: case 13: case 14: case 15: case 16: op_simple(st, op); break;
    case 20: op_enum(st); break;
    default: op_input(st); break;
    }
}

/* P7, P6 and the closed-socket rule, after each step. */
static void check_step(const struct step *st)
{
    struct slot *t = st->t;
    int rc = st->rc, err = st->err;
    CHECK(rc == 0 || rc == FDP_SOCKET_ERROR, "return %d", rc);
    if (rc == FDP_SOCKET_ERROR)
        CHECK(known_error(err), "verb %d: error %d", W.verb, err);
    if (rc == FDP_SOCKET_ERROR && err != CB_ERROR && st->refusable) {
        CHECK(!memcmp(&st->before, &t->s, sizeof st->before),
              "refused verb %d (error %d) changed the state", W.verb, err);
        CHECK(W.posts == 0, "refused verb %d posted", W.verb);
        if (st->ns)
            CHECK(!memcmp(&st->nbefore, &st->ns->s, sizeof st->nbefore),
                  "refused accept changed the new socket");
    }
    if (!t->live && W.verb != FDP_V_SOCKET)
        CHECK(rc == FDP_SOCKET_ERROR || W.verb == FDP_V_CLOSE,
              "call on a closed socket succeeded");
    /* A refused call re-enabled nothing. */
    if (rc == FDP_SOCKET_ERROR && err != CB_ERROR && W.verb != FDP_V_SOCKET)
        t->awaiting = st->awaiting;
}

/* P9: what the recorder wrote since the last step. */
static char rec_out[1 << 16];
static size_t rec_n;
static int rec_over;

static int rec_write(void *ctx, const char *line, size_t len)
{
    (void)ctx;
    if (rec_n + len > sizeof rec_out) {
        rec_over = 1;                   /* more than a step can write: skip */
        return 0;
    }
    memcpy(rec_out + rec_n, line, len);
    rec_n += len;
    return 0;
}

static void check_recorded(unsigned long records)
{
    fdt_reader rd;
    fdt_rec rec;
    fdt_mem m = { rec_out, rec_n };
    unsigned long got = 0;
    int rc;
    if (!rec_over) {
        CHECK(fdt_reader_init(&rd, "recorded", fdt_read_mem, &m) == 0, "oom");
        while ((rc = fdt_next(&rd, &rec)) > 0)
            got++;
        if (rc < 0)
            fprintf(stderr, "fuzz_engine: P9: %s at %lu:%u in\n%.*s", rd.err,
                    rd.err_line, rd.err_col, (int)rec_n, rec_out);
        CHECK(rc == 0, "the recorder wrote a line the reader rejects");
        CHECK(got == records, "%lu records read back, %lu written", got, records);
        fdt_reader_free(&rd);
    }
    rec_n = 0;
    rec_over = 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char line[FDP_RECORDER_LINE_MAX], hold[4096];
    fdp_recorder rec;
    unsigned long before;
    int unordered, ended;
    struct rd r = { data, data + size };
    int steps = 0;
    memset(&W, 0, sizeof W);
    W.trace = getenv("FUZZ_TRACE") != 0;
    W.next_handle = 0x100;
    fdp_init(&W.e, post, 0, (int)(byte(&r) & 1));
    fdp_set_event_callback(&W.e, set_event, 0);
    W.fail_bits = (uint8_t)byte(&r);
    W.reenter_bits = (uint8_t)byte(&r);
    if (!(W.fail_bits & 0x80))
        W.fail_bits = 0;        /* most runs: callbacks succeed */
    CHECK(sizeof(fdp_socket) == 40, "sizeof(fdp_socket) = %zu", sizeof(fdp_socket));
    rec_n = 0;
    rec_over = 0;
    fdp_recorder_init(&rec, line, size && (data[0] & 0x40) ? 24 : sizeof line, rec_write, 0);
    if (size && (data[0] & 0x20))     /* room to keep re-entrant calls in order */
        fdp_recorder_hold(&rec, hold, sizeof hold);
    fdp_recorder_attach(&rec, &W.e);
    check_recorded(2);                  /* the header */

    while (r.p < r.end && steps++ < 4096) {
        struct step st;
        unsigned op = byte(&r) % 21;
        int i;
        memset(&st, 0, sizeof st);
        st.r = &r;
        st.x = byte(&r);
        st.t = &W.slot[st.x % NSLOTS];
        st.err = -12345;
        st.refusable = 1;
        st.a = byte(&r);
        W.cur = st.t;
        W.born = 0;
        W.write_ok = 0;
        W.posts = 0;
        W.input = 0;
        for (i = 0; i < NSLOTS; i++)
            W.slot[i].sets = 0;
        if (!st.t->handle && op != 0)
            op = 0;                             /* create it first */
        st.before = st.t->s;
        st.awaiting = st.t->awaiting;
        before = rec.records;
        unordered = rec.unordered;
        run_op(&st, op);
        /* Giving up order counts one record never written (`end N` then
           calls the trace incomplete). */
        check_recorded(rec.records - before - (rec.unordered && !unordered));
        if (W.trace)
            fprintf(stderr, "step %d: slot %d h=%llu verb %d input %d -> rc %d err %d\n",
                    steps, (int)(st.t - W.slot), (unsigned long long)st.t->handle,
                    W.verb, W.input, st.rc, st.rc ? st.err : 0);
        check_step(&st);
    }
    before = rec.records;
    ended = fdp_recorder_end(&rec);
    CHECK(ended == 0 || (ended == FDP_RECORDER_NO_ROOM && rec.unordered),
          "the recorder failed: %d", ended);
    check_recorded(rec.records - before);
    return 0;
}
