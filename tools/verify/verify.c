/* SPDX-License-Identifier: MIT */
/*
 * verify.c -- `fdpost verify`: the engine against the reference model.
 *
 * For each profile, a breadth-first search over every reachable state of
 * one socket: the engine's fdp_socket bytes (opaque, 32 bytes), the model's
 * fdpm_socket bytes (fdp_model.c) and a small abstract history derived
 * from the inputs and posts alone, under the whole input alphabet, to a
 * fixpoint.  After every transition it checks that engine and model return
 * the same, post the same (events, errors, wParam, window, message, order,
 * optional flags), and that the named safety properties hold.  A failure
 * prints the shortest counterexample as an .fdt trace.  docs/verification.md
 * says what is explored and why.
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fdpost.h"
#include "fdp_core.h"     /* fdp_profile_names */
#include "fdp_vocab.h"
#include "fdpost_cmds.h"
#include "fdp_model.h"
#include "opts.h"

_Static_assert(sizeof(fdp_socket) == 40, "fdp_socket is 40 bytes");
_Static_assert(sizeof(fdpm_socket) == 88, "fdpm_socket is 88 bytes");

/* ------------------------------------------------------------------ */
/* The alphabet                                                         */

enum kind {
    K_SELECT, K_EVENTSELECT, K_FIONBIO, K_RECV, K_SEND, K_ACCEPT, K_CONNECT,
    K_JOINLEAF, K_IOCTL, K_OOBINLINE, K_BIND, K_LISTEN, K_SHUTDOWN, K_CLOSE,
    K_INPUT, K_ENUM
};

typedef struct input {
    int kind;
    long a, b, c;       /* SELECT: mask, window pair; RECV: flags, result,
                           left; SEND: result; ACCEPT: result, pending;
                           CONNECT/JOINLEAF: result; IOCTL: code;
                           FIONBIO/OOBINLINE: on; SHUTDOWN: how;
                           INPUT: input, arg; EVENTSELECT: mask, object;
                           ENUM: object (0: none), 1 for a NULL record */
} input;

/* Event objects: two, so that a set can be told to go to the latest
   registration's and a reset to the object given; the second object's
   mask. */
#define OBJECTS 2
#define EV_MASK2 (FDP_FD_READ | FDP_FD_WRITE | FDP_FD_CLOSE)

static const uint32_t WINDOWS_[2] = { 0x10, 0x20 };
static const uint32_t MESSAGES_[2] = { 0x401, 0x402 };

static input alphabet[160];
static int nalpha;
static uint8_t slice_of[160];   /* SL_* bits: the slices an input is in */
enum { SL_CONN = 1, SL_CHANGE = 2, SL_BOTH = 3 };
static int cur_slice = SL_BOTH;

static void add(int kind, long a, long b, long c)
{
    slice_of[nalpha] = (uint8_t)cur_slice;
    alphabet[nalpha].kind = kind;
    alphabet[nalpha].a = a;
    alphabet[nalpha].b = b;
    alphabet[nalpha].c = c;
    nalpha++;
}

static const unsigned s15[FDP_FD_MAX_EVENTS] = {
    FDP_FD_CONNECT, FDP_FD_ACCEPT, FDP_FD_OOB, FDP_FD_READ, FDP_FD_WRITE,
    FDP_FD_CLOSE, FDP_FD_QOS, FDP_FD_GROUP_QOS,
    FDP_FD_ROUTING_INTERFACE_CHANGE, FDP_FD_ADDRESS_LIST_CHANGE
};

static int rank_of(unsigned ev)
{
    int i;
    for (i = 0; i < FDP_FD_MAX_EVENTS; i++)
        if (s15[i] == ev)
            return i;
    return -1;
}

/* Inputs a version-1 trace can say come first, so that among counter-
   examples of one length the search prefers those (see docs). */
static void add_selects(void)
{
    int i;
    /* select: 0, all, each single event, all but one (docs/verification.md),
       a second window and message, and two refused masks. */
    add(K_SELECT, 0, 0, 0);
    add(K_SELECT, FDP_FD_ALL_EVENTS, 0, 0);
    for (i = 0; i < FDP_FD_MAX_EVENTS; i++) {
        cur_slice = (1L << i) & 0x3C0 ? SL_CHANGE : SL_CONN;
        add(K_SELECT, 1L << i, 0, 0);
    }
    cur_slice = SL_BOTH;
    add(K_SELECT, FDP_FD_READ | FDP_FD_WRITE | FDP_FD_CLOSE, 1, 0);
    add(K_SELECT, 0x400, 0, 0);
    add(K_SELECT, -1, 0, 0);
    /* event-select mode (docs/verification.md): 0 and all with object
       1, FD_READ|FD_WRITE|FD_CLOSE with object 2; enumeration with no
       object, the registration's, the other. */
    add(K_EVENTSELECT, 0, 1, 0);
    add(K_EVENTSELECT, FDP_FD_ALL_EVENTS, 1, 0);
    add(K_EVENTSELECT, EV_MASK2, 2, 0);
    add(K_ENUM, 0, 0, 0);
    add(K_ENUM, 1, 0, 0);
    add(K_ENUM, 2, 0, 0);
    cur_slice = SL_CONN;
}

static void add_transport(void)
{
    add(K_INPUT, FDP_IN_DATA, 1, 0);
    add(K_INPUT, FDP_IN_URGENT, 1, 0);
    add(K_INPUT, FDP_IN_PENDING, 0, 0);
    add(K_INPUT, FDP_IN_CONNECTED, 0, 0);
    add(K_INPUT, FDP_IN_CONNECT_FAILED, FDP_WSAECONNREFUSED, 0);
    add(K_INPUT, FDP_IN_CONNECT_FAILED, FDP_WSAETIMEDOUT, 0);
    add(K_INPUT, FDP_IN_SPACE, 0, 0);
    add(K_INPUT, FDP_IN_FIN, 0, 0);
    add(K_INPUT, FDP_IN_RESET, 0, 0);
    add(K_INPUT, FDP_IN_ABORT, FDP_WSAETIMEDOUT, 0);
    cur_slice = SL_BOTH;
    add(K_INPUT, FDP_IN_NETDOWN, 0, 0);
    cur_slice = SL_CHANGE;
    add(K_INPUT, FDP_IN_QOS, 0, 0);
    add(K_INPUT, FDP_IN_GROUP_QOS, 0, 0);
    add(K_INPUT, FDP_IN_ROUTE, 0, 0);
    add(K_INPUT, FDP_IN_ROUTE, FDP_WSAENETUNREACH, 0);
    add(K_INPUT, FDP_IN_ROUTE, FDP_WSAENETDOWN, 0);
    add(K_INPUT, FDP_IN_ADDRESS_LIST, 0, 0);
    add(K_IOCTL, (long)FDP_SIO_GET_QOS, 0, 0);
    add(K_IOCTL, (long)FDP_SIO_GET_GROUP_QOS, 0, 0);
    add(K_IOCTL, (long)FDP_SIO_ROUTING_INTERFACE_CHANGE, 0, 0);
    add(K_IOCTL, (long)FDP_SIO_ADDRESS_LIST_CHANGE, 0, 0);
    /* one representative of the connection side, to show it leaves the
       change events alone */
    add(K_INPUT, FDP_IN_DATA, 1, 0);
    cur_slice = SL_CONN;
}

static void add_calls(void)
{
    static const long recv_res[2] = { 1, -FDP_WSAEWOULDBLOCK };
    int i;
    for (i = 0; i < 4; i++) {
        add(K_RECV, 0, recv_res[0], i);
        add(K_RECV, FDP_MSG_PEEK, recv_res[0], i);
        add(K_RECV, FDP_MSG_OOB, recv_res[0], i);
        add(K_RECV, 0, recv_res[1], i);
    }
    add(K_SEND, 1, 0, 0);
    add(K_SEND, -FDP_WSAEWOULDBLOCK, 0, 0);
    add(K_SEND, -FDP_WSAECONNRESET, 0, 0);
    add(K_ACCEPT, 0, 0, 0);
    add(K_ACCEPT, 0, 1, 0);
    add(K_ACCEPT, FDP_WSATRY_AGAIN, 0, 0);
    add(K_ACCEPT, FDP_WSATRY_AGAIN, 1, 0);
    add(K_ACCEPT, FDP_WSAECONNRESET, 0, 0);
    add(K_ACCEPT, FDP_WSAECONNRESET, 1, 0);
    add(K_CONNECT, 0, 0, 0);
    add(K_CONNECT, FDP_WSAEWOULDBLOCK, 0, 0);
    add(K_CONNECT, FDP_WSAECONNREFUSED, 0, 0);
    add(K_JOINLEAF, 0, 0, 0);
    add(K_JOINLEAF, FDP_WSAEWOULDBLOCK, 0, 0);
    add(K_JOINLEAF, FDP_WSAENETUNREACH, 0, 0);
    add(K_OOBINLINE, 1, 0, 0);
    add(K_OOBINLINE, 0, 0, 0);
    add(K_BIND, 0, 0, 0);
    add(K_LISTEN, 0, 0, 0);
    add(K_SHUTDOWN, FDP_SD_RECEIVE, 0, 0);
    add(K_SHUTDOWN, FDP_SD_SEND, 0, 0);
    add(K_SHUTDOWN, FDP_SD_BOTH, 0, 0);
    cur_slice = SL_BOTH;
    add(K_CLOSE, 0, 0, 0);
    cur_slice = SL_CONN;
}

/* What trace format version 1 cannot say, and the refused inputs. */
static void add_others(void)
{
    add(K_INPUT, FDP_IN_DATA_GONE, 0, 0);
    add(K_RECV, FDP_MSG_OOB, -FDP_WSAEINVAL, 0);
    add(K_INPUT, FDP_IN_URGENT_GONE, 0, 0);
    add(K_INPUT, FDP_IN_NO_PENDING, 0, 0);
    cur_slice = SL_BOTH;
    add(K_IOCTL, 0x4004667Fl /* FIONREAD: no event */, 0, 0);
    add(K_FIONBIO, 0, 0, 0);
    add(K_FIONBIO, 1, 0, 0);
    add(K_EVENTSELECT, 0x400, 1, 0);
    add(K_EVENTSELECT, -1, 2, 0);
    add(K_ENUM, 1, 1, 0);                       /* refused: NULL record */
    add(K_INPUT, 0, 0, 0);                      /* refused: no such input */
    add(K_INPUT, FDP_IN_COUNT_, 0, 0);
    /* refused: errors that cannot be said in 16 bits, or none (D11, S14) */
    add(K_INPUT, FDP_IN_ABORT, 0, 0);
    add(K_INPUT, FDP_IN_ABORT, 70000, 0);
    add(K_INPUT, FDP_IN_CONNECT_FAILED, 0, 0);
    add(K_INPUT, FDP_IN_ROUTE, FDP_WSAECONNRESET, 0);
    add(K_RECV, 0, -70000, 0);
    add(K_SEND, -70000, 0, 0);
    add(K_ACCEPT, -1, 0, 0);
    add(K_ACCEPT, 70000, 0, 0);
    add(K_CONNECT, 70000, 0, 0);
    add(K_SHUTDOWN, 7, 0, 0);
}

static void build_alphabet(void)
{
    nalpha = 0;
    add_selects();
    add_transport();
    add_calls();
    add_others();
}

/* ------------------------------------------------------------------ */
/* The abstract history: what the inputs and posts alone tell           */

enum { H_CLOSED = 1, H_NETDOWN = 2, H_DEAD = 4, H_INLINE = 8, H_DGRAM = 16,
       H_BLOCKED = 32, H_WRITABLE = 64, H_CONNECTING = 128 };
enum { L_DATA = 1, L_URGENT = 2, L_PENDING = 4, L_QOS = 8, L_GQOS = 16,
       L_RARM = 32, L_AARM = 64, L_CONNECTED = 128 };

typedef struct hist {
    uint16_t reg;       /* lEvent of the last successful registration,
                           select or event-select (X_EV) */
    uint16_t awaiting;  /* posted or recorded, not re-enabled (FD_CLOSE:
                           since the registration) */
    uint16_t rec;       /* event mode: the record as the recordings built
                           it since the registration or enumeration (E2) */
    uint16_t reported;  /* windows: enumerated, and neither re-enabled nor
                           recorded since (E7b) */
    uint16_t rec_err[FDP_FD_MAX_EVENTS];   /* the record's errors, by bit */
    uint16_t conn_err;  /* windows: the latest connect outcome's error
                           (X_CPEND) */
    uint8_t f;          /* H_* */
    uint8_t l;          /* L_* */
    uint8_t wnd;        /* window pair of the last select */
    uint8_t ck;         /* how the connection ended: 0 open, 1 graceful,
                           2 reset, 3 aborted, 4 graceful but FD_CLOSE
                           held back by unread data (spec) */
    uint8_t x;          /* X_* */
    uint8_t obj;        /* event mode: the registration's object (0: none,
                           mask 0) */
} hist;
/* A connection existed (D8: a reset or abort ends something); the socket's
   own SD_SEND (D6: FD_WRITE never again); the registration is
   WSPEventSelect's (E1); windows, datagram: bound by bind or a connect
   (E7E); windows: a connect outcome happened (E7B, E7D). */
enum { X_CONN = 1, X_SHUT = 2, X_EV = 4, X_BOUND = 8, X_CPEND = 16 };

typedef struct key {
    fdp_socket e;
    fdpm_socket m;
    hist h;
    uint8_t tc;         /* restricted search: queued bytes (see docs) */
    uint8_t pad[3];
} key;
_Static_assert(sizeof(hist) == 36, "hist has no padding");
_Static_assert(sizeof(key) == 168, "key has no padding");

/* ------------------------------------------------------------------ */
/* Properties                                                           */

static const struct prop { const char *id, *words; } props[] = {
#define P_EQUIV 0
    { "equivalence", "engine and model return the same and post the same"
      " messages (events, errors, wParam, window, message, order, optional)" },
#define P_S1 1
    { "S1", "A select replaces window, message and mask of any earlier select"
      " or event-select. Mask 0 stops all posting." },
#define P_S2 2
    { "S2", "At select, every selected event whose condition holds is posted"
      " at once. A select starts afresh." },
#define P_S3 3
    { "S3", "After an event is posted, it is not posted again until its"
      " re-enabling call is made (the seed's table), or a new select." },
#define P_S5 4
    { "S5", "FD_READ, FD_OOB and FD_ACCEPT are posted again right after a"
      " re-enabling call if their condition still holds." },
#define P_S6 5
    { "S6", "FD_WRITE: posted on connect completion (after FD_CONNECT) ...;"
      " after a send fails with WSAEWOULDBLOCK, when buffer space returns."
      " A send that succeeds neither consumes nor re-arms it." },
#define P_S8 6
    { "S8", "the service provider should send an FD_CLOSE message to indicate"
      " virtual circuit closure only after all the received data has been"
      " read. It shouldn't send an FD_READ message to indicate this"
      " condition." },
#define P_S8D 7
    { "S8-dead", "After a reset or an abort the connection is dead: FD_READ,"
      " FD_OOB and FD_WRITE are not posted for it again." },
#define P_S16 8
    { "S16", "FD_CLOSE is not posted after LPWSPCloseSocket is called. After"
      " close, nothing is posted for the socket, and every API call on it"
      " fails (WSAENOTSOCK)." },
#define P_S11 9
    { "S11", "A socket returned by accept carries the listener's window,"
      " message and mask from birth ...: FD_WRITE is posted to it (wParam ="
      " the new socket). FD_CONNECT is not: it never connected." },
#define P_S12 10
    { "S12", "FD_QOS, FD_GROUP_QOS are edge-triggered: one post per change."
      " After a post, no further post until SIO_GET_QOS is issued and the QOS"
      " changes again." },
#define P_S13 11
    { "S13", "FD_ROUTING_INTERFACE_CHANGE, FD_ADDRESS_LIST_CHANGE ... a change"
      " posts once if the ioctl was issued since the last post; changes at"
      " other times post nothing. A select neither posts them nor cancels an"
      " ioctl already issued." },
#define P_S14 12
    { "S14", "FD_READ, FD_WRITE, FD_OOB, FD_ACCEPT, FD_QOS, FD_GROUP_QOS,"
      " FD_ADDRESS_LIST_CHANGE carry 0 (or WSAENETDOWN); ..."
      " FD_ROUTING_INTERFACE_CHANGE carries 0, WSAENETUNREACH or"
      " WSAENETDOWN." },
#define P_S15 13
    { "S15", "Several posts caused by one input leave in this order:"
      " FD_CONNECT, FD_ACCEPT, FD_OOB, FD_READ, FD_WRITE, FD_CLOSE, FD_QOS,"
      " FD_GROUP_QOS, FD_ROUTING_INTERFACE_CHANGE, FD_ADDRESS_LIST_CHANGE." },
#define P_S17 14
    { "S17", "Bits outside FD_ALL_EVENTS: WSAEINVAL. Select on a closed"
      " socket: WSAENOTSOCK. Select from inside the post callback:"
      " WSAEINPROGRESS. After network down: WSAENETDOWN. A failed select"
      " changes nothing." },
#define P_S7 15
    { "S7", "FD_CONNECT: posted when the outcome of connect or joinleaf is"
      " known, with the error (0 on success). Each connect or joinleaf call's"
      " outcome posts it once. Nothing else re-enables it." },
#define P_D1 16
    { "D1", "FD_WRITE after bind on a registered datagram socket is the only"
      " optional post; it is not made (the observer hears of it)." },
#define P_D2 17
    { "D2", "Network down: each registered, re-enabled event is posted once"
      " with WSAENETDOWN (FD_CLOSE as an abort, the change events if armed),"
      " a pending connect's FD_CONNECT with WSAENETUNREACH; nothing else." },
#define P_W1 18
    { "W1", "A graceful close posts FD_CLOSE(0) as soon as the FIN arrives,"
      " whether or not data is still queued; it is not posted again when the"
      " queue drains." },
#define P_W2 19
    { "W2", "A reset reports WSAECONNABORTED, not WSAECONNRESET, in"
      " FD_CLOSE." },
#define P_W3 20
    { "W3", "A select on a socket that is already connected does not post"
      " FD_CONNECT, and a new select never re-posts it." },
#define P_W4 21
    { "W4", "A select on a datagram socket posts FD_WRITE(0) at once, bound or"
      " not, and a connect on it posts FD_WRITE(0) again and no FD_CONNECT." },
#define P_E7 22
    { "E7", "Windows in event mode: a new arrival records again without"
      " re-enabling (a); a new WSPEventSelect does not record again an event"
      " enumerated and not re-enabled since (b); a failing recv does not"
      " re-enable FD_READ (c); FD_CONNECT is recorded at select after a"
      " completed connect (d); datagram FD_WRITE follows the connect, not"
      " the select of an unbound socket (e); W1 and W2 hold (g)." },
#define P_E1 23
    { "E1", "WSPEventSelect replaces any earlier WSPAsyncSelect or"
      " WSPEventSelect on the socket (S1), clears the socket's network-event"
      " record, and makes the socket non-blocking. Mask 0 cancels. Errors as"
      " select's (S17); a failed call changes nothing." },
#define P_E2 24
    { "E2", "Where message mode would post event X with error E, event mode"
      " records it: X's bit is set in lNetworkEvents, iErrorCode[X's bit] ="
      " E (DE1: the latest). Nothing is posted in event mode, nothing"
      " recorded in message mode, nothing outside the mask." },
#define P_DE4 25
    { "DE4", "The object is set once per call or input that recorded at least"
      " one event (after its recordings), and never otherwise." },
#define P_E4 26
    { "E4", "WSPEnumNetworkEvents copies the record to the caller and clears"
      " it, and resets hEventObject when one is given, as one step. Only the"
      " iErrorCode entries of set bits are written. It re-enables nothing. A"
      " failed call clears and resets nothing." },
#define P_E5 27
    { "E5", "A socket returned by accept carries the listener's event object"
      " and mask from birth (empty record); its conditions are evaluated at"
      " once (FD_WRITE is recorded and the object set)." },
#define P_E6 28
    { "E6", "After close nothing is recorded; every call fails with"
      " WSAENOTSOCK." },
#define P_DE2 29
    { "DE2", "A WSPAsyncSelect clears a record not yet enumerated." },
};
#define NPROPS ((int)(sizeof props / sizeof props[0]))

/* Properties each profile checks (the W items and E7 only in windows,
   S8's drain rule only in spec). */
static int prop_applies(int p, int profile)
{
    if (p >= P_W1 && p <= P_E7)
        return profile == FDP_PROFILE_WINDOWS;
    if (p == P_S8)
        return profile == FDP_PROFILE_SPEC;
    return 1;
}

/* ------------------------------------------------------------------ */
/* One transition                                                       */

#define MAXP 32

/* What one side did in a step, in order: posts, recordings, and sets and
   resets of event objects. */
enum { O_POST = 0, O_RECORD, O_SET, O_RESET };

typedef struct obs {
    uint64_t wparam;    /* POST: wParam; RECORD: the socket; SET/RESET: the
                           event object */
    uint64_t owner;     /* the socket whose step it is (a SET: the socket
                           recorded just before it; a RESET: the one
                           enumerated) */
    uint32_t window, message, lparam;   /* RECORD: lparam as a post's */
    int optional;
    int kind;           /* O_* */
    int pad;
} obs;

typedef struct side {
    obs p[MAXP];
    int n;
    int probe_err;      /* a select from inside the callback: its error
                           (-1: it succeeded), first callback only */
    int probe_changed;  /* ... and it changed the socket */
    int probed;
    uint64_t last;      /* the socket of the latest record or post */
    int probing;        /* inside the probe: no probe of the probe */
} side;

typedef struct ctx {
    fdp_engine eng;
    fdpm_engine mod;
    fdpm_engine self_eng;   /* --self: the model stands in for the engine */
    int self;
    fdpm_socket *x_s, *x_ns;
    int profile;
    const char *fault;
    side es, ms;
    fdp_socket *e_s, *e_ns;
    fdpm_socket *m_s, *m_ns;
    int cur_input_kind;
    int enum_seen;          /* the engine observer's ENUM record */
    long enum_events;
    int enum_errors[FDP_FD_MAX_EVENTS];
} ctx;

static void push_obs(side *sd, int kind, uint64_t w, uint64_t owner,
                     uint32_t win, uint32_t msg, uint32_t lp, int opt)
{
    if (sd->n < MAXP) {
        obs *o = &sd->p[sd->n];
        memset(o, 0, sizeof *o);
        o->kind = kind;
        o->wparam = w;
        o->owner = owner;
        o->window = win;
        o->message = msg;
        o->lparam = lp;
        o->optional = opt;
    }
    if (kind == O_POST || kind == O_RECORD)
        sd->last = w;
    sd->n++;
}

static void push(side *sd, uint64_t w, uint32_t win, uint32_t msg,
                 uint32_t lp, int opt)
{
    push_obs(sd, O_POST, w, w, win, msg, lp, opt);
}

static void push_record(side *sd, uint64_t h, unsigned ev, int error,
                        int opt)
{
    push_obs(sd, O_RECORD, h, h, 0, 0, FDP_MAKESELECTREPLY(ev, error), opt);
}

/* A set (after the owner's records) or a reset (of the enumerated socket,
   the step's own). */
static uint64_t push_signal(side *sd, uint64_t object, int set,
                            uint64_t self)
{
    uint64_t owner = set && sd->n ? sd->last : self;
    push_obs(sd, set ? O_SET : O_RESET, object, owner, 0, 0, 0, 0);
    return owner;
}

/* D11, E1: a select from inside a callback of socket s is refused with
   WSAEINPROGRESS and changes nothing. */
static void e_probe(ctx *c, fdp_socket *s)
{
    fdp_socket before;
    int err = 0, rc, n0;
    uint64_t last;
    if (!s || c->es.probing)
        return;
    before = *s;
    n0 = c->es.n;                /* what it posts is not the step's */
    last = c->es.last;
    c->es.probing = 1;
    rc = fdp_select(&c->eng, s, 0x99, 0x499, FDP_FD_ALL_EVENTS, &err);
    if (!c->es.probed)
        c->es.probe_err = rc == FDP_SOCKET_ERROR ? err : -1;
    c->es.probed = 1;
    if (memcmp(&before, s, sizeof before))
        c->es.probe_changed = 1;
    *s = before;
    c->es.n = n0;
    c->es.last = last;
    c->es.probing = 0;
}

static fdp_socket *e_sock(ctx *c, uint64_t w)
{
    return c->e_s && c->e_s->handle == w ? c->e_s
         : c->e_ns && c->e_ns->handle == w ? c->e_ns : NULL;
}

static int e_post(void *vc, uint64_t w, uint32_t win, uint32_t msg,
                  uint32_t lp)
{
    ctx *c = vc;
    push(&c->es, w, win, msg, lp, 0);
    e_probe(c, e_sock(c, w));
    return 0;
}

static int e_event(void *vc, uint64_t object, int set)
{
    ctx *c = vc;
    uint64_t self = c->e_s ? c->e_s->handle : 0;
    e_probe(c, e_sock(c, push_signal(&c->es, object, set, self)));
    return 0;
}

/* --self: a second model run is "the engine". */
static void x_probe(ctx *c, fdpm_socket *s)
{
    fdpm_socket before;
    int err = 0, rc, n0;
    uint64_t last;
    if (!s || c->es.probing)
        return;
    before = *s;
    n0 = c->es.n;                /* what it posts is not the step's */
    last = c->es.last;
    c->es.probing = 1;
    rc = fdpm_select(&c->self_eng, s, 0x99, 0x499, FDPM_FD_ALL_EVENTS, &err);
    if (!c->es.probed)
        c->es.probe_err = rc == FDPM_SOCKET_ERROR ? err : -1;
    c->es.probed = 1;
    if (memcmp(&before, s, sizeof before))
        c->es.probe_changed = 1;
    *s = before;
    c->es.n = n0;
    c->es.last = last;
    c->es.probing = 0;
}

static fdpm_socket *x_sock(ctx *c, uint64_t w)
{
    return c->x_s && c->x_s->handle == w ? c->x_s
         : c->x_ns && c->x_ns->handle == w ? c->x_ns : NULL;
}

static int x_post_(ctx *c, uint64_t w, uint32_t win, uint32_t msg,
                   uint32_t lp, int opt)
{
    push(&c->es, w, win, msg, lp, opt);
    if (!opt)
        x_probe(c, x_sock(c, w));
    return 0;
}

static int x_post(void *vc, uint64_t w, uint32_t win, uint32_t msg,
                  uint32_t lp)
{
    return x_post_(vc, w, win, msg, lp, 0);
}

static int x_post_opt(void *vc, uint64_t w, uint32_t win, uint32_t msg,
                      uint32_t lp)
{
    return x_post_(vc, w, win, msg, lp, 1);
}

static void x_record(void *vc, uint64_t h, unsigned ev, int error, int opt)
{
    ctx *c = vc;
    push_record(&c->es, h, ev, error, opt);
}

static int x_event(void *vc, uint64_t object, int set)
{
    ctx *c = vc;
    uint64_t self = c->x_s ? c->x_s->handle : 0;
    x_probe(c, x_sock(c, push_signal(&c->es, object, set, self)));
    return 0;
}

static void e_observe(void *vc, const fdp_socket *s, const fdp_record *r)
{
    ctx *c = vc;
    int i;
    /* D1: a post the profile leaves open is not made; the observer hears
       of it (flags 1).  It is listed, marked optional, where it was due. */
    if (r->verb == FDP_V_POST && r->flags)
        push(&c->es, s->handle, r->window, r->message,
             FDP_MAKESELECTREPLY((unsigned)r->arg, (int)r->result), 1);
    /* E2: event mode's recordings are heard only by the observer; an
       optional one (flags 1) is not made. */
    if (r->verb == FDP_V_RECORD)
        push_record(&c->es, r->handle, (unsigned)r->arg, (int)r->result,
                    r->flags != 0);
    if (r->verb == FDP_V_ENUM && !r->failed) {
        c->enum_seen = 1;
        c->enum_events = r->result;
        for (i = 0; i < FDP_FD_MAX_EVENTS; i++)
            c->enum_errors[i] = r->errors ? r->errors[i] : -1;
    }
}

static void m_probe(ctx *c, fdpm_socket *s)
{
    fdpm_socket before;
    int err = 0, rc, n0;
    uint64_t last;
    if (!s || c->ms.probing)
        return;
    before = *s;
    n0 = c->ms.n;                /* what it posts is not the step's */
    last = c->ms.last;
    c->ms.probing = 1;
    rc = fdpm_select(&c->mod, s, 0x99, 0x499, FDPM_FD_ALL_EVENTS, &err);
    if (!c->ms.probed)
        c->ms.probe_err = rc == FDPM_SOCKET_ERROR ? err : -1;
    c->ms.probed = 1;
    if (memcmp(&before, s, sizeof before))
        c->ms.probe_changed = 1;
    *s = before;
    c->ms.n = n0;
    c->ms.last = last;
    c->ms.probing = 0;
}

static fdpm_socket *m_sock(ctx *c, uint64_t w)
{
    return c->m_s && c->m_s->handle == w ? c->m_s
         : c->m_ns && c->m_ns->handle == w ? c->m_ns : NULL;
}

static int m_post_(ctx *c, uint64_t w, uint32_t win, uint32_t msg,
                   uint32_t lp, int opt)
{
    push(&c->ms, w, win, msg, lp, opt);
    if (!opt)
        m_probe(c, m_sock(c, w));
    return 0;
}

static int m_post(void *vc, uint64_t w, uint32_t win, uint32_t msg,
                  uint32_t lp)
{
    return m_post_(vc, w, win, msg, lp, 0);
}

static int m_post_opt(void *vc, uint64_t w, uint32_t win, uint32_t msg,
                      uint32_t lp)
{
    return m_post_(vc, w, win, msg, lp, 1);
}

static void m_record(void *vc, uint64_t h, unsigned ev, int error, int opt)
{
    ctx *c = vc;
    push_record(&c->ms, h, ev, error, opt);
}

static int m_event(void *vc, uint64_t object, int set)
{
    ctx *c = vc;
    uint64_t self = c->m_s ? c->m_s->handle : 0;
    m_probe(c, m_sock(c, push_signal(&c->ms, object, set, self)));
    return 0;
}

/* --inject-fault: a broken engine, made by rewriting what it posted. */
static const char *const faults[] = {
    "drop-repost",      /* FD_READ after a recv is not posted (S5) */
    "flood-read",       /* a data arrival always posts FD_READ (S3) */
    "early-close",      /* a FIN posts FD_CLOSE(0) at once (S8, spec) */
    "swap-order",       /* two posts of one call leave reversed (S15) */
    "reset-error",      /* FD_CLOSE after a reset carries 0 (S8/W2) */
    "drop-set",         /* event mode: the object is not set (DE4) */
    "flood-record",     /* event mode: an arrival always records FD_READ
                           and sets the object (S3, E3) */
    NULL
};

static void inject_event_mode(ctx *c, const input *in, const hist *h,
                              uint64_t handle)
{
    side *s = &c->es;
    int i;
    if (!strcmp(c->fault, "drop-set")) {
        for (i = 0; i < s->n && i < MAXP; i++)
            if (s->p[i].kind == O_SET) {
                memmove(&s->p[i], &s->p[i + 1],
                        (size_t)(s->n - i - 1) * sizeof s->p[0]);
                s->n--;
                break;
            }
    } else if (!strcmp(c->fault, "flood-record") && in->kind == K_INPUT &&
               in->a == FDP_IN_DATA && s->n == 0 && (h->x & X_EV) &&
               (h->reg & FDP_FD_READ) && !(h->f & (H_CLOSED | H_DEAD))) {
        push_record(s, handle, FDP_FD_READ, 0, 0);
        push_signal(s, h->obj, 1, handle);
    }
}

static void inject(ctx *c, const input *in, const hist *h, uint64_t handle)
{
    side *s = &c->es;
    int i;
    const char *f = c->fault;
    if (!f)
        return;
    if (!strcmp(f, "drop-repost") && in->kind == K_RECV) {
        for (i = 0; i < s->n; i++)
            if ((s->p[i].lparam & 0xFFFF) == FDP_FD_READ) {
                memmove(&s->p[i], &s->p[i + 1],
                        (size_t)(s->n - i - 1) * sizeof s->p[0]);
                s->n--;
                break;
            }
    } else if (!strcmp(f, "flood-read") && in->kind == K_INPUT &&
               in->a == FDP_IN_DATA && s->n == 0 &&
               (h->reg & FDP_FD_READ) && !(h->f & (H_CLOSED | H_DEAD))) {
        push(s, handle, WINDOWS_[h->wnd & 1], MESSAGES_[h->wnd & 1],
             FDP_MAKESELECTREPLY(FDP_FD_READ, 0), 0);
    } else if (!strcmp(f, "early-close") && in->kind == K_INPUT &&
               in->a == FDP_IN_FIN && s->n == 0 && !(h->f & H_DGRAM) &&
               h->ck == 0 && (h->reg & FDP_FD_CLOSE) &&
               !(h->f & H_CLOSED)) {
        push(s, handle, WINDOWS_[h->wnd & 1], MESSAGES_[h->wnd & 1],
             FDP_MAKESELECTREPLY(FDP_FD_CLOSE, 0), 0);
    } else if (!strcmp(f, "swap-order") && s->n == 2 &&
               s->p[0].kind == O_POST && s->p[1].kind == O_POST) {
        obs t = s->p[0];
        s->p[0] = s->p[1];
        s->p[1] = t;
    } else if (!strcmp(f, "reset-error") && in->kind == K_INPUT &&
               in->a == FDP_IN_RESET) {
        for (i = 0; i < s->n; i++)
            if ((s->p[i].lparam & 0xFFFF) == FDP_FD_CLOSE)
                s->p[i].lparam = FDP_MAKESELECTREPLY(FDP_FD_CLOSE, 0);
    } else {
        inject_event_mode(c, in, h, handle);
    }
}

/* An enumeration's result before the call writes it: every entry of
   iErrorCode not written must keep it (E4). */
#define UNWRITTEN 0x7777
#define UNTOUCHED_EVENTS 0x5555L

typedef struct outcome {
    int erc, eerr, mrc, merr;
    fdp_network_events eout;    /* K_ENUM: what each side returned */
    fdpm_network_events mout;
    int has_ns;
    key next, ns;
    int bad;            /* violated property, or -1 */
    char why[256];
} outcome;

static uint64_t other_handle(uint64_t h) { return h == 1 ? 2 : 1; }

static void fill_out(long *events, int *codes)
{
    int i;
    *events = UNTOUCHED_EVENTS;
    for (i = 0; i < FDP_FD_MAX_EVENTS; i++)
        codes[i] = UNWRITTEN;
}

static void run_engine(ctx *c, fdp_socket *s, fdp_socket *ns,
                       const input *in, int *rc, int *err,
                       fdp_network_events *out)
{
    const fdp_engine *e = &c->eng;
    *err = 0;
    switch (in->kind) {
    case K_SELECT:
        *rc = fdp_select(e, s, WINDOWS_[in->b], MESSAGES_[in->b], in->a, err);
        break;
    case K_EVENTSELECT:
        *rc = fdp_eventselect(e, s, (uint64_t)in->b, in->a, err);
        break;
    case K_ENUM:
        fill_out(&out->network_events, out->error_code);
        *rc = fdp_enum_network_events(e, s, (uint64_t)in->a,
                                      in->b ? NULL : out, err);
        break;
    case K_FIONBIO: *rc = fdp_fionbio(e, s, (int)in->a, err); break;
    case K_RECV:
        *rc = fdp_recv(e, s, (int)in->a, 1, in->b, (unsigned)in->c, err);
        break;
    case K_SEND: *rc = fdp_send(e, s, 1, in->a, err); break;
    case K_ACCEPT:
        *rc = fdp_accept(e, s, (int)in->a, (int)in->b, in->a ? NULL : ns,
                         other_handle(s->handle), err);
        break;
    case K_CONNECT: *rc = fdp_connect(e, s, (int)in->a, err); break;
    case K_JOINLEAF: *rc = fdp_joinleaf(e, s, (int)in->a, err); break;
    case K_IOCTL: *rc = fdp_ioctl(e, s, (uint32_t)in->a, err); break;
    case K_OOBINLINE: *rc = fdp_oobinline(e, s, (int)in->a, err); break;
    case K_BIND: *rc = fdp_bind(e, s, err); break;
    case K_LISTEN: *rc = fdp_listen(e, s, err); break;
    case K_SHUTDOWN: *rc = fdp_shutdown(e, s, (int)in->a, err); break;
    case K_CLOSE: *rc = fdp_close(e, s, err); break;
    default: *rc = fdp_input(e, s, (int)in->a, in->b, err); break;
    }
}

static void run_model(ctx *c, fdpm_socket *s, fdpm_socket *ns,
                      const input *in, int *rc, int *err,
                      fdpm_network_events *out)
{
    const fdpm_engine *e = &c->mod;
    *err = 0;
    switch (in->kind) {
    case K_SELECT:
        *rc = fdpm_select(e, s, WINDOWS_[in->b], MESSAGES_[in->b], in->a, err);
        break;
    case K_EVENTSELECT:
        *rc = fdpm_eventselect(e, s, (uint64_t)in->b, in->a, err);
        break;
    case K_ENUM:
        fill_out(&out->network_events, out->error_code);
        *rc = fdpm_enum_network_events(e, s, (uint64_t)in->a,
                                       in->b ? NULL : out, err);
        break;
    case K_FIONBIO: *rc = fdpm_fionbio(e, s, (int)in->a, err); break;
    case K_RECV:
        *rc = fdpm_recv(e, s, (int)in->a, 1, in->b, (unsigned)in->c, err);
        break;
    case K_SEND: *rc = fdpm_send(e, s, 1, in->a, err); break;
    case K_ACCEPT:
        *rc = fdpm_accept(e, s, (int)in->a, (int)in->b, in->a ? NULL : ns,
                          other_handle(s->handle), err);
        break;
    case K_CONNECT: *rc = fdpm_connect(e, s, (int)in->a, err); break;
    case K_JOINLEAF: *rc = fdpm_joinleaf(e, s, (int)in->a, err); break;
    case K_IOCTL: *rc = fdpm_ioctl(e, s, (uint32_t)in->a, err); break;
    case K_OOBINLINE: *rc = fdpm_oobinline(e, s, (int)in->a, err); break;
    case K_BIND: *rc = fdpm_bind(e, s, err); break;
    case K_LISTEN: *rc = fdpm_listen(e, s, err); break;
    case K_SHUTDOWN: *rc = fdpm_shutdown(e, s, (int)in->a, err); break;
    case K_CLOSE: *rc = fdpm_close(e, s, err); break;
    default: *rc = fdpm_input(e, s, (int)in->a, in->b, err); break;
    }
}

/* Events posted (message mode) or recorded (event mode: `kind`) for one
   socket in this step, and their errors. */
typedef struct evs {
    unsigned set;       /* the events, optional ones included */
    unsigned opt;       /* the optional ones (not made, D1) */
    int err[FDP_FD_MAX_EVENTS];
    int n, ordered, optional_bad, window_bad;
    int mode_bad;       /* a post in event mode, or a record in message */
} evs;

static void collect(const side *sd, uint64_t handle, uint32_t win,
                    uint32_t msg, int kind, int opt_ok, evs *v)
{
    int i, last = -1;
    memset(v, 0, sizeof *v);
    v->ordered = 1;
    for (i = 0; i < sd->n && i < MAXP; i++) {
        unsigned ev = sd->p[i].lparam & 0xFFFF;
        int r = rank_of(ev);
        if ((sd->p[i].kind != O_POST && sd->p[i].kind != O_RECORD) ||
            sd->p[i].wparam != handle)
            continue;
        if (sd->p[i].kind != kind) {
            v->mode_bad = 1;
            continue;
        }
        v->n++;
        if (r < 0 || r <= last)
            v->ordered = 0;
        if (r >= 0) {
            last = r;
            v->set |= ev;
            v->err[r] = (int)(sd->p[i].lparam >> 16);
        }
        if (sd->p[i].optional)
            v->opt |= ev;
        if (sd->p[i].optional && !(opt_ok && ev == FDP_FD_WRITE))
            v->optional_bad = 1;
        if (kind == O_POST &&
            (sd->p[i].window != win || sd->p[i].message != msg))
            v->window_bad = 1;
    }
}

#define ERR_OF(v, ev) ((v)->err[rank_of(ev)])

static int level_event(unsigned ev)
{
    return ev == FDP_FD_READ || ev == FDP_FD_OOB || ev == FDP_FD_ACCEPT ||
           ev == FDP_FD_QOS || ev == FDP_FD_GROUP_QOS;
}

/* One step being judged: what was there, what happened, and the history
   after it (`n`) as the checks build it. */
typedef struct judging {
    const key *k;
    const hist *h;
    const input *in;
    outcome *o;
    const side *sd;
    hist n;
    int win, dgram, sel_ok;
    int ev;                 /* event mode after the step (E1) */
    int wev;                /* ... in the windows profile (E7) */
    uint64_t handle;
    uint64_t obj_after;     /* the registration's object after the step */
    uint16_t reg_after;
    evs v;
    unsigned P;             /* the events posted or recorded (optional
                               ones included) */
    unsigned R;             /* those made: posted or recorded */
} judging;

/* A check's answer: go on, a property failed, or the step is judged. */
enum { J_GO = 0, J_FAIL, J_DONE };

static int failp(outcome *o, int p, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static int failp(outcome *o, int p, const char *fmt, ...)
{
    va_list ap;
    o->bad = p;
    va_start(ap, fmt);
    vsnprintf(o->why, sizeof o->why, fmt, ap);
    va_end(ap);
    return J_FAIL;
}
#define FAILP(p, ...) return failp(j->o, (p), __VA_ARGS__)

/* S17, S16, E6, D11: refusals, which post nothing and change nothing
   (select's and event-select's own refusals are S17's and E1's, in
   judge_select and judge_eventselect). */
static int check_refusals(judging *j, int probe_bad)
{
    const outcome *o = j->o;
    if (probe_bad)
        FAILP(P_S17, "a select from inside a callback of the socket (post,"
              " set or reset) was not refused with WSAEINPROGRESS, or"
              " changed the socket");
    if (j->h->f & H_CLOSED) {
        if (o->erc != FDP_SOCKET_ERROR || o->eerr != FDP_WSAENOTSOCK || j->sd->n)
            FAILP(j->h->x & X_EV ? P_E6 : P_S16, "a call on a closed"
                  " socket did not fail with WSAENOTSOCK, or posted,"
                  " recorded or set an object");
        return J_DONE;
    }
    if (j->in->kind != K_SELECT && j->in->kind != K_EVENTSELECT &&
        o->erc == FDP_SOCKET_ERROR && o->eerr == FDP_WSAEINVAL) {
        if (j->sd->n || memcmp(&o->next.e, &j->k->e, sizeof j->k->e))
            FAILP(P_S16, "a refused call posted or changed the socket");
        return J_DONE;
    }
    return J_GO;
}

/* S15, D1, S1, E2: order, optional posts, window, mode and mask. */
static int check_delivery(judging *j)
{
    if (j->v.mode_bad)
        FAILP(P_E2, j->ev ? "a post in event-select mode"
              : "a recording in message mode");
    if (!j->v.ordered)
        FAILP(P_S15, "posts out of the S15 order (or one event twice)");
    if (j->v.optional_bad)
        FAILP(P_D1, "an optional post other than FD_WRITE after bind or"
              " (spec, D6) connect on a datagram socket");
    if (j->v.n && j->v.window_bad)
        FAILP(P_S1, "a post to a window/message other than the last"
              " select's");
    if (j->P & ~j->reg_after)
        FAILP(j->ev ? P_E2 : P_S1, "an event outside the registered mask"
              " %#x was %s", j->reg_after, j->ev ? "recorded" : "posted");
    return J_GO;
}

/* The sets of the object of socket `h` (and of `h2`, the new socket of an
   accept, which shares it: E5): DE4 once after all the recordings, if
   any, to `object`; never otherwise.  0 or a failure. */
static int check_sets(judging *j, uint64_t h, uint64_t h2, int recorded,
                      uint64_t object)
{
    const side *sd = j->sd;
    int i, sets = 0, last_rec = -1, first_set = -1, wrong = 0;
    for (i = 0; i < sd->n && i < MAXP; i++) {
        const obs *p = &sd->p[i];
        int ours = p->owner == h || p->owner == h2;
        if (p->kind == O_RECORD && ours && !p->optional)
            last_rec = i;
        if (p->kind == O_SET && ours) {
            sets++;
            first_set = first_set < 0 ? i : first_set;
            wrong |= p->wparam != object;
        }
    }
    if (sets != (recorded ? 1 : 0))
        FAILP(P_DE4, "socket %llu's event object was set %d times by a"
              " step that recorded %s", (unsigned long long)h, sets,
              recorded ? "events" : "nothing");
    if (sets && first_set < last_rec)
        FAILP(P_DE4, "the event object was set before the recordings");
    if (wrong)
        FAILP(P_DE4, "an event object other than the registration's (%llu)"
              " was set", (unsigned long long)object);
    return J_GO;
}

/* DE4 and E4: the main socket's sets, and resets only by an enumeration
   given an object, once, that object. */
static int check_signals(judging *j)
{
    const side *sd = j->sd;
    int i, resets = 0, wrong = 0;
    int want = j->in->kind == K_ENUM && j->o->erc == 0 && j->in->a != 0;
    for (i = 0; i < sd->n && i < MAXP; i++)
        if (sd->p[i].kind == O_RESET) {
            resets++;
            wrong |= sd->p[i].wparam != (uint64_t)j->in->a;
        }
    if (resets != want || wrong)
        FAILP(P_E4, "%d resets (want %d%s)", resets, want,
              wrong ? ", of the object given" : "");
    if (j->o->has_ns)       /* the accept's two sockets: judge_accepted */
        return J_GO;
    return check_sets(j, j->handle, j->handle, j->ev && j->R, j->obj_after);
}

/* S14: the errors each event may carry. */
static int check_errors(judging *j)
{
    int i;
    for (i = 0; i < FDP_FD_MAX_EVENTS; i++) {
        unsigned ev = s15[i];
        int e = j->v.err[i];
        if (!(j->P & ev))
            continue;
        if (ev == FDP_FD_CONNECT || ev == FDP_FD_CLOSE)
            continue;
        if (ev == FDP_FD_ROUTING_INTERFACE_CHANGE
            ? !(e == 0 || e == FDP_WSAENETUNREACH || e == FDP_WSAENETDOWN)
            : !(e == 0 || e == FDP_WSAENETDOWN))
            FAILP(P_S14, "%s carries error %d", fdp_event_name(ev), e);
    }
    return J_GO;
}

/* The event, which the new registration may report again (S2), but in
   the windows profile's event mode what was enumerated (E7b). */
static int registration_reenables(const judging *j, unsigned ev)
{
    return j->sel_ok && !(j->wev && j->in->kind == K_EVENTSELECT &&
                          (j->h->reported & ev));
}

/* E7A: in the windows profile's event mode an arrival records its event
   again, re-enabled or not, enumerated or not. */
static int arrival_records_again(const judging *j, unsigned ev)
{
    const input *in = j->in;
    int inl = (j->h->f & H_INLINE) != 0;
    if (!j->wev || in->kind != K_INPUT)
        return 0;
    return (ev == FDP_FD_READ && (in->a == FDP_IN_DATA ||
                                  (in->a == FDP_IN_URGENT && inl))) ||
           (ev == FDP_FD_OOB && in->a == FDP_IN_URGENT && !inl) ||
           (ev == FDP_FD_ACCEPT && in->a == FDP_IN_PENDING);
}

/* S4 as the profile has it: does the step re-enable `ev`? */
static int reenables(const judging *j, unsigned ev)
{
    const input *in = j->in;
    if (j->sel_ok)
        return registration_reenables(j, ev);
    if ((ev == FDP_FD_READ || ev == FDP_FD_OOB) && in->kind == K_RECV)
        return !(j->wev && in->b < 0);      /* E7C */
    if (ev == FDP_FD_ACCEPT && in->kind == K_ACCEPT)
        return in->a != FDP_WSATRY_AGAIN;
    return arrival_records_again(j, ev);
}

/* S3: no flooding, for the events with a re-enabling function; E7a-c in
   the windows profile's event mode. */
static int check_flooding(judging *j)
{
    int i;
    for (i = 0; i < FDP_FD_MAX_EVENTS; i++) {
        unsigned ev = s15[i];
        if (!(j->P & ev) || !level_event(ev) || !(j->h->awaiting & ev))
            continue;
        if (!reenables(j, ev))
            FAILP(j->wev ? P_E7 : P_S3, "%s %s again before its"
                  " re-enabling call", fdp_event_name(ev),
                  j->ev ? "recorded" : "posted");
    }
    if ((j->P & FDP_FD_CLOSE) && (j->h->awaiting & FDP_FD_CLOSE) &&
        !registration_reenables(j, FDP_FD_CLOSE))
        FAILP(j->wev ? P_E7 : P_S3, "FD_CLOSE %s twice without a select"
              " between (nothing re-enables it)", j->ev ? "recorded"
              : "posted");
    return J_GO;
}

/* S8-dead and S7: nothing readable on a dead connection; FD_CONNECT only
   for an outcome (or a spec select). */
static int check_dead_and_connect(judging *j)
{
    const input *in = j->in;
    int sel_ok = j->sel_ok, win = j->win;
    if ((j->h->f & H_DEAD) && (j->P & (FDP_FD_READ | FDP_FD_OOB | FDP_FD_WRITE)))
        FAILP(P_S8D, "FD_READ/FD_OOB/FD_WRITE posted on a dead connection");
    if (j->P & FDP_FD_CONNECT) {
        int outcome_ok =
            ((in->kind == K_CONNECT || in->kind == K_JOINLEAF) &&
             in->a != FDP_WSAEWOULDBLOCK) ||
            (in->kind == K_INPUT && (in->a == FDP_IN_CONNECTED ||
                                     in->a == FDP_IN_CONNECT_FAILED ||
                                     in->a == FDP_IN_NETDOWN));
        if (sel_ok && win && !j->ev)
            FAILP(P_W3, "a select posted FD_CONNECT");
        if (win && j->dgram && !j->ev)
            FAILP(P_W4, "FD_CONNECT on a datagram socket");
        if (!outcome_ok && !sel_ok)
            FAILP(P_S7, "FD_CONNECT posted with no outcome");
        if (sel_ok && !(j->wev ? (j->h->x & X_CPEND) != 0
                               : (j->h->l & L_CONNECTED) != 0))
            FAILP(j->wev ? P_E7 : P_S7, "a select %s FD_CONNECT on a socket"
                  " %s", j->wev ? "recorded" : "posted", j->wev
                  ? "with no connect outcome" : "not connected");
        if (!sel_ok && in->kind != K_INPUT && ERR_OF(&j->v, FDP_FD_CONNECT) !=
            (int)in->a)
            FAILP(P_S7, "FD_CONNECT does not carry the outcome");
    }
    return J_GO;
}

/* S6: FD_WRITE only from what makes sends possible. */
static int check_write_cause(judging *j)
{
    const input *in = j->in;
    if (in->kind != K_SELECT && in->kind != K_EVENTSELECT &&
        in->kind != K_BIND && (j->P & FDP_FD_WRITE) &&
        !(in->kind == K_CONNECT || in->kind == K_JOINLEAF ||
          (in->kind == K_INPUT && (in->a == FDP_IN_CONNECTED ||
                                   in->a == FDP_IN_SPACE ||
                                   in->a == FDP_IN_NETDOWN))))
        FAILP(P_S6, "FD_WRITE posted by a call that does not make sends"
              " possible");
    if ((j->P & FDP_FD_WRITE) && (j->h->x & X_SHUT))
        FAILP(P_S6, "FD_WRITE posted after the socket's own SD_SEND (D6)");
    return J_GO;
}

/* S2: each selected event whose condition holds. */
static unsigned select_due(const judging *j)
{
    const hist *h = j->h;
    unsigned due = 0;
    int alive = !(h->f & H_DEAD);
    if ((h->l & L_DATA) && alive)
        due |= FDP_FD_READ;
    if ((h->l & L_URGENT) && !(h->f & H_INLINE) && alive)
        due |= FDP_FD_OOB;
    if (h->l & L_PENDING)
        due |= FDP_FD_ACCEPT;
    if ((h->f & H_WRITABLE) && !(h->f & H_BLOCKED) && alive &&
        !(h->x & X_SHUT))
        due |= FDP_FD_WRITE;
    if (h->l & L_QOS)
        due |= FDP_FD_QOS;
    if (h->l & L_GQOS)
        due |= FDP_FD_GROUP_QOS;
    if (!j->dgram && h->ck && (h->ck != 4 || j->win))
        due |= FDP_FD_CLOSE;
    return due & (unsigned)j->in->a;
}

/* S17: the selects that must be refused. */
static int check_select_refused(judging *j)
{
    const hist *h = j->h;
    const outcome *o = j->o;
    int changed = j->sd->n || memcmp(&o->next.e, &j->k->e, sizeof j->k->e);
    if ((j->in->a < 0 || (j->in->a & ~(long)FDP_FD_ALL_EVENTS)) &&
        !(h->f & H_NETDOWN)) {
        if (o->erc != FDP_SOCKET_ERROR || o->eerr != FDP_WSAEINVAL || changed)
            FAILP(P_S17, "a mask with bits outside FD_ALL_EVENTS was"
                  " not refused with WSAEINVAL, or changed something");
        return J_DONE;
    }
    if (h->f & H_NETDOWN) {
        if (o->erc != FDP_SOCKET_ERROR || o->eerr != FDP_WSAENETDOWN || changed)
            FAILP(P_S17, "a select after network down was not refused"
                  " with WSAENETDOWN, or changed something");
        return J_DONE;
    }
    return J_GO;
}

static int judge_select(judging *j)
{
    const hist *h = j->h;
    const input *in = j->in;
    unsigned P = j->P, due;
    int r = check_select_refused(j), alive = !(h->f & H_DEAD);
    if (r == J_DONE)
        return J_GO;
    if (r)
        return r;
    if (j->o->erc != 0)
        FAILP(P_S1, "a valid select failed (%d)", j->o->eerr);
    j->n.reg = (uint16_t)in->a;
    j->n.wnd = (uint8_t)in->b;
    /* E1: an event-select registration cancelled; DE2: its record not yet
       enumerated is gone; W5: afresh, but for a connect's outcome
       enumerated (E7D: "once: not again after it was enumerated") */
    j->n.x &= (uint8_t)~X_EV;
    j->n.obj = 0;
    j->n.rec = 0;
    memset(j->n.rec_err, 0, sizeof j->n.rec_err);
    j->n.reported &= (uint16_t)(j->win ? FDP_FD_CONNECT : 0);
    j->n.awaiting = (uint16_t)(P & (FDP_FD_READ | FDP_FD_OOB |
                                    FDP_FD_ACCEPT | FDP_FD_QOS |
                                    FDP_FD_GROUP_QOS | FDP_FD_CLOSE));
    due = select_due(j);
    if ((P & ~FDP_FD_CONNECT) != due)
        FAILP(P_S2, "select posted %#x, the events whose condition"
              " holds are %#x", P & ~FDP_FD_CONNECT, due);
    if (P & (FDP_FD_ROUTING_INTERFACE_CHANGE | FDP_FD_ADDRESS_LIST_CHANGE))
        FAILP(P_S13, "a select posted a change event");
    if (!j->win && (in->a & FDP_FD_CONNECT) && (h->l & L_CONNECTED) &&
        !(P & FDP_FD_CONNECT))
        FAILP(P_S7, "a select on a connected socket did not post"
              " FD_CONNECT (spec profile)");
    if (j->win && j->dgram && (in->a & FDP_FD_WRITE) && alive &&
        !(h->f & H_BLOCKED) && !(h->x & X_SHUT) && !(P & FDP_FD_WRITE))
        FAILP(P_W4, "a select on a datagram socket did not post"
              " FD_WRITE");
    return J_GO;
}

/* E3 (S2, S7), E7b, E7d, E7e: what a WSPEventSelect records. */
static unsigned evselect_due(const judging *j)
{
    const hist *h = j->h;
    unsigned due = select_due(j);
    if (j->win) {
        due &= ~(unsigned)h->reported;                  /* E7b */
        if (j->dgram && !(h->x & X_BOUND))
            due &= ~(unsigned)FDP_FD_WRITE;             /* E7e */
    }
    if ((j->in->a & FDP_FD_CONNECT) &&
        (j->win ? (h->x & X_CPEND) && !(h->reported & FDP_FD_CONNECT)
                : (h->l & L_CONNECTED) != 0))
        due |= FDP_FD_CONNECT;                          /* S7, E7B, E7D */
    return due;
}

/* E1: the registration, its refusals (S17's), the record cleared and
   what holds recorded (E3: S2), but (windows) what was enumerated and
   not re-enabled since (E7b). */
static int judge_eventselect(judging *j)
{
    const hist *h = j->h;
    const input *in = j->in;
    unsigned due, spec_due;
    int r = check_select_refused(j);
    if (r == J_DONE)
        return J_GO;
    if (r)
        return r;
    if (j->o->erc != 0)
        FAILP(P_E1, "a valid WSPEventSelect failed (%d)", j->o->eerr);
    j->n.reg = (uint16_t)in->a;
    j->n.wnd = 0;
    j->n.x |= X_EV;
    j->n.obj = (uint8_t)(in->a ? in->b : 0);
    j->n.rec = 0;
    memset(j->n.rec_err, 0, sizeof j->n.rec_err);
    j->n.awaiting = (uint16_t)(h->reported & ~(unsigned)(FDP_FD_WRITE |
                                                         FDP_FD_CONNECT));
    due = evselect_due(j);
    spec_due = select_due(j) |
               ((in->a & FDP_FD_CONNECT) && (h->l & L_CONNECTED)
                ? FDP_FD_CONNECT : 0);
    if (j->P != due)
        FAILP(j->win && ((j->P ^ due) & (due ^ spec_due)) ? P_E7 : P_S2,
              "WSPEventSelect recorded %#x, the events due are %#x",
              j->P, due);
    if ((j->P & FDP_FD_CONNECT) &&
        ERR_OF(&j->v, FDP_FD_CONNECT) != (j->win ? h->conn_err : 0))
        FAILP(j->win ? P_E7 : P_S7, "FD_CONNECT recorded at select with"
              " error %d", ERR_OF(&j->v, FDP_FD_CONNECT));
    return J_GO;
}

static int judge_fionbio(judging *j)
{
    if (j->sd->n)
        FAILP(P_S1, "FIONBIO posted");
    if (!j->in->a && j->h->reg &&
        (j->o->erc != FDP_SOCKET_ERROR || j->o->eerr != FDP_WSAEINVAL))
        FAILP(P_S1, "FIONBIO off with lEvent != 0 did not fail with"
              " WSAEINVAL");
    return J_GO;
}

/* S5, S8, W1: what a recv leaves behind posts again. */
static int judge_recv(judging *j)
{
    const hist *h = j->h;
    hist *n = &j->n;
    unsigned P = j->P, re;
    int alive = !(h->f & H_DEAD), win = j->win;
    /* a call's report is a drain: it only lowers (D "The inputs") */
    if (!(j->in->c & FDP_LEFT_DATA))
        n->l &= (uint8_t)~L_DATA;
    if (!(h->f & H_INLINE) && !(j->in->c & FDP_LEFT_URGENT))
        n->l &= (uint8_t)~L_URGENT;
    /* S4; E7C: in the windows profile's event mode a failing recv
       re-enables neither */
    re = reenables(j, FDP_FD_READ) ? FDP_FD_READ | FDP_FD_OOB : 0;
    n->awaiting &= (uint16_t)~re;
    n->reported &= (uint16_t)~re;
    if ((re & FDP_FD_READ) && (j->reg_after & FDP_FD_READ) && alive &&
        (n->l & L_DATA) && !(P & FDP_FD_READ))
        FAILP(P_S5, "data remains after a recv but FD_READ was not"
              " %s again", j->ev ? "recorded" : "posted");
    if ((re & FDP_FD_OOB) && (j->reg_after & FDP_FD_OOB) && alive &&
        (n->l & L_URGENT) && !(h->f & H_INLINE) && !(P & FDP_FD_OOB))
        FAILP(P_S5, "urgent data remains after a recv but FD_OOB was"
              " not posted again");
    if ((P & FDP_FD_READ) && !(n->l & L_DATA))
        FAILP(P_S8, "FD_READ posted with no data left");
    if (P & FDP_FD_CLOSE) {
        if (win)
            FAILP(P_W1, "FD_CLOSE posted again when the queue drained");
        if (h->ck != 4 || (n->l & L_DATA))
            FAILP(P_S8, "FD_CLOSE posted by a recv that did not empty"
                  " the queue after a graceful close");
    }
    if (h->ck == 4 && !(n->l & L_DATA)) {
        n->ck = 1;
        if ((j->reg_after & FDP_FD_CLOSE) && !(h->awaiting & FDP_FD_CLOSE)
            && !win && !(P & FDP_FD_CLOSE))
            FAILP(P_S8, "the recv that emptied the queue after a"
                  " graceful close did not post FD_CLOSE");
    }
    return J_GO;
}

static int judge_send(judging *j)
{
    if (j->sd->n)
        FAILP(P_S6, "a send posted");
    if (j->in->a == -FDP_WSAEWOULDBLOCK) {
        j->n.f |= H_BLOCKED;
        j->n.reported &= (uint16_t)~FDP_FD_WRITE;   /* S6: re-armed */
    }
    return J_GO;
}

/* S11, E5, D12: the accepted socket's posts or recordings, and its
   history. */
static int judge_accepted(judging *j)
{
    const hist *h = j->h;
    const side *sd = j->sd;
    hist *nh_h = &j->o->ns.h;
    evs nv;
    uint64_t nh = other_handle(j->handle);
    int i, ev = (h->x & X_EV) != 0, p = ev ? P_E5 : P_S11;
    collect(sd, nh, WINDOWS_[h->wnd & 1], MESSAGES_[h->wnd & 1],
            ev ? O_RECORD : O_POST, 0, &nv);
    if (nv.mode_bad)
        FAILP(P_E5, "the accepted socket's registration is not of the"
              " listener's kind");
    if (nv.window_bad || nv.set != (h->reg & FDP_FD_WRITE) ||
        nv.n != (nv.set ? 1 : 0))
        FAILP(p, "the accepted socket got %s %#x (want %#x)%s",
              ev ? "records" : "posts", nv.set, h->reg & FDP_FD_WRITE,
              ev ? "" : " or the wrong window");
    /* the listener's first (D12) */
    for (i = 1; i < sd->n && i < MAXP; i++)
        if (sd->p[i - 1].owner == nh && sd->p[i].owner == j->handle)
            FAILP(p, "the listener's after the accepted socket's (D12)");
    if (check_sets(j, j->handle, nh, ev && (j->R || (nv.set & ~nv.opt)),
                   h->obj))
        return J_FAIL;
    memset(nh_h, 0, sizeof *nh_h);
    nh_h->reg = h->reg;
    nh_h->wnd = h->wnd;
    nh_h->obj = h->obj;
    nh_h->f = (uint8_t)(H_WRITABLE | (h->f & H_INLINE));
    nh_h->x = (uint8_t)(X_CONN | (h->x & X_EV));
    if (ev)
        nh_h->rec = (uint16_t)nv.set;   /* E5: FD_WRITE, error 0 */
    return J_GO;
}

/* S5, S10: the listener after an accept. */
static int judge_accept(judging *j)
{
    const hist *h = j->h;
    const input *in = j->in;
    hist *n = &j->n;
    unsigned P = j->P;
    if (!in->b)
        n->l &= (uint8_t)~L_PENDING;
    if (in->a != FDP_WSATRY_AGAIN) {
        n->awaiting &= (uint16_t)~FDP_FD_ACCEPT;
        n->reported &= (uint16_t)~FDP_FD_ACCEPT;
        if ((j->reg_after & FDP_FD_ACCEPT) && (n->l & L_PENDING) &&
            !(h->f & H_NETDOWN) && !(P & FDP_FD_ACCEPT))
            FAILP(P_S5, "a connection is still pending after accept but"
                  " FD_ACCEPT was not posted again");
    } else if ((h->awaiting & FDP_FD_ACCEPT) && (P & FDP_FD_ACCEPT)) {
        FAILP(P_S3, "accept returning WSATRY_AGAIN re-enabled"
              " FD_ACCEPT (S10)");
    }
    if (P & ~FDP_FD_ACCEPT)
        FAILP(P_S5, "accept posted %#x to the listener", P);
    return in->a == 0 ? judge_accepted(j) : J_GO;
}

/* S7, S6, D6: a connect's outcome (a call's or the transport's). */
static int judge_outcome(judging *j)
{
    const hist *h = j->h;
    const input *in = j->in;
    hist *n = &j->n;
    unsigned P = j->P;
    int win = j->win, dgram = j->dgram;
    int e = in->kind == K_INPUT
          ? (in->a == FDP_IN_CONNECTED ? 0 : (int)in->b) : (int)in->a;
    int may = !(h->f & H_NETDOWN);
    /* W4: no FD_CONNECT for a datagram socket in message mode; E7e: in
       event mode it is recorded */
    if (may && !(win && dgram && !j->ev) && (h->reg & FDP_FD_CONNECT) &&
        (!(P & FDP_FD_CONNECT) || ERR_OF(&j->v, FDP_FD_CONNECT) != e))
        FAILP(P_S7, "the outcome of a connect (%d) did not post"
              " FD_CONNECT with it", e);
    if (P & ~(FDP_FD_CONNECT | FDP_FD_WRITE))
        FAILP(P_S7, "a connect outcome posted %#x", P);
    if (e == 0)
        n->f &= (uint8_t)~H_CONNECTING;
    if (may)                                    /* E7b: happened */
        n->reported &= (uint16_t)~(e ? FDP_FD_CONNECT
                                     : FDP_FD_CONNECT | FDP_FD_WRITE);
    if (may && win) {                           /* E7B, E7D; DE5: */
        if (e == 0)                             /* only a success waits */
            n->x |= X_CPEND;
        else
            n->x &= (uint8_t)~X_CPEND;
        n->conn_err = 0;
    }
    if (e == 0 && may) {
        int first = dgram || !(h->f & H_WRITABLE);
        int wants = first && (h->reg & FDP_FD_WRITE) &&
                    !(h->f & H_DEAD) && !(h->x & X_SHUT) &&
                    (!dgram || !(h->f & H_BLOCKED));
        if (wants && !(P & FDP_FD_WRITE))
            FAILP(win && dgram ? (j->ev ? P_E7 : P_W4) : P_S6, "a %s"
                  " connect succeeded but FD_WRITE was not %s", dgram
                  ? "datagram" : "first", j->ev ? "recorded" : "posted");
        if (win && dgram)
            n->x |= X_BOUND;                    /* E7e: a connect binds */
        if (!first && (P & FDP_FD_WRITE))
            FAILP(P_S6, "FD_WRITE posted for a second connect success"
                  " (D6)");
        if (!win)
            n->l |= L_CONNECTED;        /* D4 (spec; windows: X_CPEND) */
        n->x |= X_CONN;
        if (!dgram && !(h->f & H_WRITABLE))
            n->f &= (uint8_t)~H_BLOCKED;
        n->f |= H_WRITABLE;
    } else if (P & FDP_FD_WRITE) {
        FAILP(P_S6, "FD_WRITE posted for a failed connect");
    }
    return J_GO;
}

static int judge_connect(judging *j)
{
    if (j->in->a != FDP_WSAEWOULDBLOCK)
        return judge_outcome(j);
    if (j->sd->n)
        FAILP(P_S7, "connect returning WSAEWOULDBLOCK posted");
    j->n.f |= H_CONNECTING;
    j->n.l &= (uint8_t)~L_CONNECTED;
    j->n.x &= (uint8_t)~X_CPEND;    /* E7D: the new connect's outcome */
    return J_GO;
}

static int judge_ioctl(judging *j)
{
    uint32_t code = (uint32_t)j->in->a;
    hist *n = &j->n;
    if (j->sd->n)
        FAILP(P_S12, "an ioctl posted");
    if (code == FDP_SIO_GET_QOS) {
        n->l &= (uint8_t)~L_QOS;
        n->awaiting &= (uint16_t)~FDP_FD_QOS;
        n->reported &= (uint16_t)~FDP_FD_QOS;
    } else if (code == FDP_SIO_GET_GROUP_QOS) {
        n->l &= (uint8_t)~L_GQOS;
        n->awaiting &= (uint16_t)~FDP_FD_GROUP_QOS;
        n->reported &= (uint16_t)~FDP_FD_GROUP_QOS;
    } else if (code == FDP_SIO_ROUTING_INTERFACE_CHANGE) {
        n->l |= L_RARM;
    } else if (code == FDP_SIO_ADDRESS_LIST_CHANGE) {
        n->l |= L_AARM;
    }
    return J_GO;
}

static int judge_oobinline(judging *j)
{
    hist *n = &j->n;
    int was = (j->h->f & H_INLINE) != 0;
    if (j->sd->n)
        FAILP(P_S8, "toggling SO_OOBINLINE posted (D3)");
    if (!!j->in->a != was) {
        n->f = (uint8_t)(was ? n->f & ~H_INLINE : n->f | H_INLINE);
        if (!was && (j->h->l & L_URGENT))   /* D3: normal data now */
            n->l |= L_DATA;
        n->l &= (uint8_t)~L_URGENT;
        n->awaiting &= (uint16_t)~FDP_FD_OOB;
        n->reported &= (uint16_t)~FDP_FD_OOB;
    }
    return J_GO;
}

static int judge_bind(judging *j)
{
    if (j->P & ~FDP_FD_WRITE)
        FAILP(P_D1, "bind posted %#x", j->P);
    if (j->win && j->dgram)
        j->n.x |= X_BOUND;                      /* E7e */
    return J_GO;
}

static int judge_listen_shutdown(judging *j)
{
    if (j->in->kind == K_SHUTDOWN && j->o->erc == 0 &&
        j->in->a != FDP_SD_RECEIVE)
        j->n.x |= X_SHUT;
    if (j->sd->n)
        FAILP(P_S8, "listen or shutdown posted (\"a shutdown posts"
              " nothing to its own socket\")");
    return J_GO;
}

static int judge_close(judging *j)
{
    if (j->sd->n)
        FAILP(j->h->x & X_EV ? P_E6 : P_S16, "close posted, recorded or"
              " set an object");
    if (j->o->erc == 0) {       /* S16, E6: nothing of it matters now */
        uint8_t keep = (uint8_t)(j->h->x & X_EV);
        memset(&j->n, 0, sizeof j->n);
        j->n.f = (uint8_t)(H_CLOSED | (j->h->f & H_DGRAM));
        j->n.x = keep;
    }
    return J_GO;
}

/* S3, S5: data or urgent data arrived. */
static int judge_arrival(judging *j)
{
    const hist *h = j->h;
    unsigned P = j->P;
    int as_read = j->in->a == FDP_IN_DATA || (h->f & H_INLINE);
    unsigned ev = as_read ? FDP_FD_READ : FDP_FD_OOB;
    j->n.l |= as_read ? L_DATA : L_URGENT;
    int again = arrival_records_again(j, ev);     /* E7a */
    j->n.l |= as_read ? L_DATA : L_URGENT;
    j->n.reported &= (uint16_t)~ev;               /* E7b: happened */
    if (P & ~ev)
        FAILP(P_S5, "an arrival posted %#x", P);
    if ((P & ev) && (h->awaiting & ev) && !again)
        FAILP(P_S3, "%s posted for an arrival while posted and not"
              " re-enabled", fdp_event_name(ev));
    if (!(P & ev) && (!(h->awaiting & ev) || again) && (h->reg & ev) &&
        !(h->f & H_DEAD))
        FAILP(again ? P_E7 : P_S5, "%s not %s for an arrival (seed:"
              " \"When data arrives, if FD_READ not already posted\")",
              fdp_event_name(ev), j->ev ? "recorded" : "posted");
    return J_GO;
}

static int judge_pending(judging *j)
{
    int again = arrival_records_again(j, FDP_FD_ACCEPT);     /* E7a */
    j->n.l |= L_PENDING;
    j->n.reported &= (uint16_t)~FDP_FD_ACCEPT;    /* E7b: happened */
    if ((j->P & FDP_FD_ACCEPT) && (j->h->awaiting & FDP_FD_ACCEPT) &&
        !again)
        FAILP(P_S3, "FD_ACCEPT posted for a connection request while"
              " posted and not re-enabled");
    if (again && (j->h->reg & FDP_FD_ACCEPT) &&
        !(j->h->f & H_NETDOWN) && !(j->P & FDP_FD_ACCEPT))
        FAILP(P_E7, "a new connection request did not record FD_ACCEPT"
              " again");
    return J_GO;
}

static int judge_data_gone(judging *j)
{
    j->n.l &= (uint8_t)~L_DATA;
    if (j->h->ck == 4)
        j->n.ck = 1;
    if (j->P & ~FDP_FD_CLOSE)
        FAILP(P_S8, "data gone posted %#x", j->P);
    if ((j->P & FDP_FD_CLOSE) && j->win)
        FAILP(P_W1, "FD_CLOSE posted when the queue drained");
    return J_GO;
}

static int judge_urgent_gone(judging *j)
{
    if (!(j->h->f & H_INLINE))
        j->n.l &= (uint8_t)~L_URGENT;
    return J_GO;
}

static int judge_no_pending(judging *j)
{
    j->n.l &= (uint8_t)~L_PENDING;
    if (j->sd->n)
        FAILP(P_S5, "no pending posted");
    return J_GO;
}

static int judge_connected(judging *j)
{
    j->n.f &= (uint8_t)~H_CONNECTING;
    return judge_outcome(j);
}

/* S6: space after WSAEWOULDBLOCK. */
static int judge_space(judging *j)
{
    const hist *h = j->h;
    if ((j->P & FDP_FD_WRITE) && !(h->f & H_BLOCKED))
        FAILP(P_S6, "FD_WRITE posted for space with no send"
              " blocked");
    if ((h->f & H_BLOCKED) && (h->reg & FDP_FD_WRITE) &&
        (h->f & H_WRITABLE) && !(h->f & H_DEAD) && !(h->x & X_SHUT) &&
        !(j->P & FDP_FD_WRITE))
        FAILP(P_S6, "buffer space returned after WSAEWOULDBLOCK but"
              " FD_WRITE was not posted");
    if (h->f & H_BLOCKED)
        j->n.reported &= (uint16_t)~FDP_FD_WRITE;   /* E7b: happened */
    j->n.f &= (uint8_t)~H_BLOCKED;
    return J_GO;
}

/* S8, W1: the peer's graceful close. */
static int judge_fin(judging *j)
{
    const hist *h = j->h;
    unsigned P = j->P;
    int win = j->win;
    if (P & FDP_FD_READ)
        FAILP(P_S8, "FD_READ posted for the end-of-data condition");
    if (!j->dgram && (h->f & H_WRITABLE) && h->ck == 0) {
        j->n.ck = !win && (h->l & L_DATA) ? 4 : 1;
        if (win && (h->reg & FDP_FD_CLOSE) && !(P & FDP_FD_CLOSE))
            FAILP(P_W1, "FD_CLOSE(0) not posted at once on FIN");
    }
    if ((P & FDP_FD_CLOSE) &&
        (ERR_OF(&j->v, FDP_FD_CLOSE) != 0 || h->ck ||
         (!win && (h->l & L_DATA))))
        FAILP(P_S8, "FD_CLOSE posted on FIN while data is unread, or"
              " with an error, or a second time");
    return J_GO;
}

/* The error FD_CLOSE carries for a reset or an abort. */
static int gone_error(const judging *j)
{
    const input *in = j->in;
    if (in->a == FDP_IN_RESET)
        return j->win ? FDP_WSAECONNABORTED : FDP_WSAECONNRESET;
    return in->b == FDP_WSAENETDOWN || in->b == FDP_WSAECONNRESET
           ? (int)in->b : FDP_WSAECONNABORTED;
}

/* S8, W2, D8: a reset or an abort. */
static int judge_gone(judging *j)
{
    const hist *h = j->h;
    const input *in = j->in;
    hist *n = &j->n;
    unsigned P = j->P;
    int e = gone_error(j);
    int conn = !j->dgram && (h->f & H_WRITABLE);
    int first = conn && (h->ck == 0 || (h->ck == 4 && !j->win));
    if (!(h->x & X_CONN)) {             /* D8: nothing to end */
        if (P)
            FAILP(P_S8D, "a reset or abort before any connection posted %#x",
                  P);
        return J_GO;
    }
    if (P & ~FDP_FD_CLOSE)
        FAILP(P_S8D, "%s posted %#x", in->a == FDP_IN_RESET ? "reset"
              : "abort", P);
    if (first && (h->reg & FDP_FD_CLOSE) &&
        (!(P & FDP_FD_CLOSE) || ERR_OF(&j->v, FDP_FD_CLOSE) != e))
        FAILP(in->a == FDP_IN_RESET && j->win ? P_W2 : P_S8,
              "FD_CLOSE(%d) not posted at once", e);
    if (!first && (P & FDP_FD_CLOSE))
        FAILP(P_S8, "FD_CLOSE posted again: it was told (D8)");
    if (first || (conn && h->ck == 1))  /* D8: after a FIN it takes over */
        n->ck = in->a == FDP_IN_RESET ? 2 : 3;
    n->f |= H_DEAD;
    n->l &= (uint8_t)~L_CONNECTED;
    return J_GO;
}

/* The events network down posts (D2): each registered, re-enabled one once
   with WSAENETDOWN (FD_CLOSE as an abort of a connection, the change events
   if their ioctl is armed), a pending connect's FD_CONNECT. */
static unsigned netdown_due(const judging *j)
{
    const hist *h = j->h;
    unsigned want = 0, reen = (unsigned)~h->awaiting;
    int alive = !(h->f & H_DEAD);
    want |= reen & (FDP_FD_ACCEPT | FDP_FD_QOS | FDP_FD_GROUP_QOS);
    if (alive)
        want |= reen & FDP_FD_READ;
    if (alive && !(h->f & H_INLINE))
        want |= reen & FDP_FD_OOB;
    if (alive && !(h->x & X_SHUT) &&
        (!(h->f & H_WRITABLE) || (h->f & H_BLOCKED)))
        want |= FDP_FD_WRITE;
    if (h->l & L_RARM)
        want |= FDP_FD_ROUTING_INTERFACE_CHANGE;
    if (h->l & L_AARM)
        want |= FDP_FD_ADDRESS_LIST_CHANGE;
    if ((h->f & H_CONNECTING) && !(j->win && j->dgram && !j->ev))
        want |= FDP_FD_CONNECT;
    if (!j->dgram && (h->f & H_WRITABLE) &&
        (h->ck == 0 || (h->ck == 4 && !j->win)))
        want |= FDP_FD_CLOSE;
    return want & h->reg;
}

/* D2: network down posts netdown_due() (a pending connect's FD_CONNECT
   with WSAENETUNREACH, the rest with WSAENETDOWN), then nothing ever
   again. */
static int judge_netdown(judging *j)
{
    const hist *h = j->h;
    hist *n = &j->n;
    unsigned P = j->P, want;
    int i;
    if (h->f & H_NETDOWN) {
        if (P)
            FAILP(P_D2, "a second network down posted %#x", P);
        return J_GO;
    }
    want = netdown_due(j);
    if (P != want)
        FAILP(P_D2, "network down posted %#x, want %#x", P, want);
    for (i = 0; i < FDP_FD_MAX_EVENTS; i++)
        if ((P & s15[i]) && j->v.err[i] != (s15[i] == FDP_FD_CONNECT
                                            ? FDP_WSAENETUNREACH
                                            : FDP_WSAENETDOWN))
            FAILP(P_D2, "%s carries error %d", fdp_event_name(s15[i]),
                  j->v.err[i]);
    if (!j->dgram && (h->f & H_WRITABLE) && h->ck != 2 && h->ck != 3)
        n->ck = 3;
    n->f |= H_DEAD | H_NETDOWN;
    n->f &= (uint8_t)~H_CONNECTING;
    n->l &= (uint8_t)~L_CONNECTED;
    return J_GO;
}

/* S12: a QOS change. */
static int judge_qos(judging *j)
{
    const hist *h = j->h;
    unsigned P = j->P;
    int qos = j->in->a == FDP_IN_QOS;
    unsigned ev = qos ? FDP_FD_QOS : FDP_FD_GROUP_QOS;
    j->n.l |= qos ? L_QOS : L_GQOS;
    j->n.reported &= (uint16_t)~ev;               /* E7b: happened */
    if (P & ~ev)
        FAILP(P_S12, "a QOS change posted %#x", P);
    if ((P & ev) && (h->awaiting & ev))
        FAILP(P_S12, "%s posted twice without SIO_GET_QOS between",
              fdp_event_name(ev));
    if (!(P & ev) && !(h->awaiting & ev) && (h->reg & ev) &&
        !(h->f & H_NETDOWN))
        FAILP(P_S12, "%s not posted for a change",
              fdp_event_name(ev));
    return J_GO;
}

/* S13, S14: a routing or address list change. */
static int judge_change(judging *j)
{
    const hist *h = j->h;
    unsigned P = j->P;
    int route = j->in->a == FDP_IN_ROUTE;
    unsigned ev = route ? FDP_FD_ROUTING_INTERFACE_CHANGE
                        : FDP_FD_ADDRESS_LIST_CHANGE;
    uint8_t arm = route ? L_RARM : L_AARM;
    int want = (h->l & arm) && (h->reg & ev) && !(h->f & H_NETDOWN);
    if (P & ~ev)
        FAILP(P_S13, "a change posted %#x", P);
    if (!!(P & ev) != want)
        FAILP(P_S13, "%s %sposted (ioctl %sissued since the last"
              " post)", fdp_event_name(ev), want ? "not " : "",
              (h->l & arm) ? "" : "not ");
    if ((P & ev) && route && ERR_OF(&j->v, ev) != (int)j->in->b)
        FAILP(P_S14, "FD_ROUTING_INTERFACE_CHANGE lost its error");
    if (P & ev)
        j->n.l &= (uint8_t)~arm;
    return J_GO;
}

/* E4: an enumeration returns the record the recordings built since the
   registration or the last enumeration (errors of set bits only: the
   latest, DE1), clears it, and posts or records nothing. */
static int judge_enum(judging *j)
{
    const hist *h = j->h;
    const outcome *o = j->o;
    long got = o->eout.network_events;
    int i;
    if (j->in->b) {                             /* a NULL record */
        if (o->erc != FDP_SOCKET_ERROR || o->eerr != FDP_WSAEFAULT ||
            j->sd->n || memcmp(&o->next.e, &j->k->e, sizeof j->k->e))
            FAILP(P_E4, "an enumeration into NULL was not refused with"
                  " WSAEFAULT, or changed something");
        return J_DONE;
    }
    if (o->erc != 0)
        FAILP(P_E4, "an enumeration failed (%d)", o->eerr);
    if (j->v.n || j->v.mode_bad)
        FAILP(P_E4, "an enumeration posted or recorded");
    if (got != (long)h->rec)
        FAILP(!(h->x & X_EV) && got ? P_DE2 : P_E4, "the enumeration"
              " returned %#lx, the record holds %#x", got, h->rec);
    for (i = 0; i < FDP_FD_MAX_EVENTS; i++) {
        int e = o->eout.error_code[i];
        if ((h->rec & (1u << i)) && e != h->rec_err[i])
            FAILP(P_E2, "iErrorCode[%d] is %d, the latest recording's"
                  " error %d (DE1)", i, e, h->rec_err[i]);
        if (!(h->rec & (1u << i)) && e != UNWRITTEN)
            FAILP(P_E4, "iErrorCode[%d] written for a clear bit", i);
    }
    j->n.rec = 0;
    memset(j->n.rec_err, 0, sizeof j->n.rec_err);
    if (j->win)
        j->n.reported |= h->rec;                /* E7b: enumerated */
    return J_GO;
}

static int judge_refused_input(judging *j)
{
    if (j->sd->n)
        FAILP(P_S16, "a refused input posted");
    return J_GO;
}

typedef int judge_fn(judging *j);

/* The transport's inputs, by FDP_IN_*. */
static judge_fn *const input_judges[FDP_IN_COUNT_] = {
    [FDP_IN_DATA] = judge_arrival, [FDP_IN_URGENT] = judge_arrival,
    [FDP_IN_PENDING] = judge_pending, [FDP_IN_DATA_GONE] = judge_data_gone,
    [FDP_IN_URGENT_GONE] = judge_urgent_gone,
    [FDP_IN_NO_PENDING] = judge_no_pending,
    [FDP_IN_CONNECTED] = judge_connected,
    [FDP_IN_CONNECT_FAILED] = judge_connected,
    [FDP_IN_SPACE] = judge_space, [FDP_IN_FIN] = judge_fin,
    [FDP_IN_RESET] = judge_gone, [FDP_IN_ABORT] = judge_gone,
    [FDP_IN_NETDOWN] = judge_netdown,
    [FDP_IN_QOS] = judge_qos, [FDP_IN_GROUP_QOS] = judge_qos,
    [FDP_IN_ROUTE] = judge_change, [FDP_IN_ADDRESS_LIST] = judge_change,
};

static int judge_input(judging *j)
{
    long a = j->in->a;
    judge_fn *f = a > 0 && a < FDP_IN_COUNT_ ? input_judges[a] : NULL;
    return f ? f(j) : judge_refused_input(j);
}

/* The calls, by K_*. */
static judge_fn *const call_judges[] = {
    [K_SELECT] = judge_select, [K_EVENTSELECT] = judge_eventselect,
    [K_FIONBIO] = judge_fionbio, [K_RECV] = judge_recv,
    [K_SEND] = judge_send, [K_ACCEPT] = judge_accept,
    [K_CONNECT] = judge_connect, [K_JOINLEAF] = judge_connect,
    [K_IOCTL] = judge_ioctl, [K_OOBINLINE] = judge_oobinline,
    [K_BIND] = judge_bind, [K_LISTEN] = judge_listen_shutdown,
    [K_SHUTDOWN] = judge_listen_shutdown, [K_CLOSE] = judge_close,
    [K_INPUT] = judge_input, [K_ENUM] = judge_enum,
};

/* E7b (fdp_model.c's reading): an enumerated event is withheld only while
   its condition has held since. */
static void settle_reported(hist *n, int dgram, int win)
{
    unsigned keep = 0;
    int alive = !(n->f & H_DEAD);
    if (n->f & H_NETDOWN) {
        n->reported = 0;
        return;
    }
    if ((n->l & L_DATA) && alive)
        keep |= FDP_FD_READ;
    if ((n->l & L_URGENT) && !(n->f & H_INLINE) && alive)
        keep |= FDP_FD_OOB;
    if (n->l & L_PENDING)
        keep |= FDP_FD_ACCEPT;
    if ((n->f & H_WRITABLE) && !(n->f & H_BLOCKED) && alive &&
        !(n->x & X_SHUT))
        keep |= FDP_FD_WRITE;
    if (n->x & X_CPEND)
        keep |= FDP_FD_CONNECT;
    if (n->reported & FDP_FD_CONNECT)
        n->conn_err = 0;
    if (!dgram && n->ck && (n->ck != 4 || win))
        keep |= FDP_FD_CLOSE;
    /* FD_QOS, FD_GROUP_QOS: not withheld (docs/rules.md, E7: the windows
       readings cover the events of Wine's tests) */
    n->reported &= (uint16_t)keep;
}

/* E2: the step's recordings go into the record (DE1: one bit, the latest
   error); E7b: recorded again, an event is not enumerated any more. */
static void record_into(hist *n, const evs *v, unsigned recorded)
{
    int i, b;
    for (i = 0; i < FDP_FD_MAX_EVENTS; i++)
        if (recorded & s15[i]) {
            for (b = 0; (1u << b) != s15[i]; b++)
                ;
            n->rec |= (uint16_t)s15[i];
            n->rec_err[b] = (uint16_t)v->err[i];
        }
    n->reported &= (uint16_t)~recorded;
}

/* The history after the step, and the properties of the step: the checks
   every step passes, then the input's own. */
static void judge(int profile, const key *k, const input *in, outcome *o,
                  const side *sd, int probe_bad)
{
    static int (*const common[])(judging *) = {
        check_delivery, check_signals, check_errors, check_flooding,
        check_dead_and_connect, check_write_cause,
    };
    judging j;
    int wnd_after, r;
    size_t i;
    memset(&j, 0, sizeof j);
    j.k = k;
    j.h = &k->h;
    j.n = k->h;
    j.in = in;
    j.o = o;
    j.sd = sd;
    j.win = profile == FDP_PROFILE_WINDOWS;
    j.dgram = (k->h.f & H_DGRAM) != 0;
    j.handle = k->m.handle;
    j.sel_ok = (in->kind == K_SELECT || in->kind == K_EVENTSELECT) &&
               o->erc == 0;
    j.ev = !j.sel_ok ? (k->h.x & X_EV) != 0 : in->kind == K_EVENTSELECT;
    j.wev = j.win && j.ev;
    j.reg_after = j.sel_ok ? (uint16_t)in->a : k->h.reg;
    j.obj_after = !j.sel_ok ? k->h.obj : j.ev && in->a ? (uint64_t)in->b : 0;
    wnd_after = j.sel_ok && !j.ev ? (int)in->b : k->h.wnd;
    collect(sd, j.handle, WINDOWS_[wnd_after & 1], MESSAGES_[wnd_after & 1],
            j.ev ? O_RECORD : O_POST,
            j.dgram && (in->kind == K_BIND ||
                        (!j.win && (in->kind == K_CONNECT ||
                                    in->kind == K_JOINLEAF ||
                                    (in->kind == K_INPUT &&
                                     in->a == FDP_IN_CONNECTED)))), &j.v);
    j.P = j.v.set;
    j.R = j.v.set & ~j.v.opt;

    r = check_refusals(&j, probe_bad);
    for (i = 0; r == J_GO && i < sizeof common / sizeof common[0]; i++)
        r = common[i](&j);
    if (r == J_GO)
        r = call_judges[in->kind](&j);
    if (r == J_FAIL)
        return;
    if (r == J_DONE) {          /* refused: the history stays */
        o->next.h = k->h;
        return;
    }
    /* awaiting: level events posted or recorded in this step */
    j.n.awaiting |= (uint16_t)(j.P & (FDP_FD_READ | FDP_FD_OOB | FDP_FD_ACCEPT |
                                      FDP_FD_QOS | FDP_FD_GROUP_QOS |
                                      FDP_FD_CLOSE));
    if (j.ev)
        record_into(&j.n, &j.v, j.R);
    if ((in->kind == K_SELECT || in->kind == K_EVENTSELECT) && o->erc != 0)
        j.n = k->h;
    settle_reported(&j.n, j.dgram, j.win);
    o->next.h = j.n;
}

/* --self: the "engine" is a copy of the model; its bytes go in e's place
   through a 48-byte scratch socket kept beside the key. */
static void run_self(ctx *c, const key *k, const input *in, outcome *o,
                     fdpm_socket *mns)
{
    fdpm_socket xs = k->m, xns;
    fdpm_engine save = c->mod;
    fdpm_network_events xout;
    int i;
    memset(&xns, 0, sizeof xns);
    c->x_s = &xs;
    c->x_ns = &xns;
    c->mod = c->self_eng;
    c->m_s = &xs;
    c->m_ns = &xns;
    run_model(c, &xs, &xns, in, &o->erc, &o->eerr, &xout);
    o->eout.network_events = xout.network_events;
    for (i = 0; i < FDP_FD_MAX_EVENTS; i++)
        o->eout.error_code[i] = xout.error_code[i];
    c->mod = save;
    c->m_s = &o->next.m;
    c->m_ns = mns;
    c->x_s = c->x_ns = NULL;
}

/* One observation in words. */
static void describe(char *b, size_t n, const obs *a)
{
    static const char *const kinds[] = { "post", "record", "set", "reset" };
    if (a->kind == O_SET || a->kind == O_RESET)
        snprintf(b, n, "%s object %llu (socket %llu)", kinds[a->kind],
                 (unsigned long long)a->wparam,
                 (unsigned long long)a->owner);
    else
        snprintf(b, n, "%s wparam %llu %#x/%#x %s(%u)%s", kinds[a->kind],
                 (unsigned long long)a->wparam, a->window, a->message,
                 fdp_event_name(a->lparam & 0xFFFF), a->lparam >> 16,
                 a->optional ? " optional" : "");
}

/* E4: the two enumerations returned the same (iErrorCode entries not
   written included), and the observer's ENUM record says what the
   engine's returned. */
static int compare_enum(ctx *c, outcome *o)
{
    int i, same = o->eout.network_events == o->mout.network_events;
    for (i = 0; i < FDP_FD_MAX_EVENTS; i++)
        same = same && o->eout.error_code[i] == o->mout.error_code[i];
    if (!same) {
        o->bad = P_EQUIV;
        snprintf(o->why, sizeof o->why, "enumeration: engine %#lx, model"
                 " %#lx (or an iErrorCode differs)", o->eout.network_events,
                 o->mout.network_events);
        return 1;
    }
    if (c->self || o->erc)
        return 0;
    same = c->enum_seen && c->enum_events == o->eout.network_events;
    for (i = 0; same && i < FDP_FD_MAX_EVENTS; i++)
        same = c->enum_errors[i] == (o->eout.network_events & (1L << i)
                                     ? o->eout.error_code[i] : 0);
    if (!same) {
        o->bad = P_EQUIV;
        snprintf(o->why, sizeof o->why, "the observer's ENUM record does"
                 " not tell what the enumeration returned");
        return 1;
    }
    return 0;
}

/* Engine and model: the same results, posts, recordings, sets and resets,
   callback refusals and enumerations; 1 (o->bad, o->why) if not. */
static int compare(ctx *c, const input *in, outcome *o)
{
    int i;
    if (o->erc != o->mrc || (o->erc && o->eerr != o->merr)) {
        o->bad = P_EQUIV;
        snprintf(o->why, sizeof o->why, "engine returned %d (error %d),"
                 " model %d (error %d)", o->erc, o->erc ? o->eerr : 0,
                 o->mrc, o->mrc ? o->merr : 0);
        return 1;
    }
    for (i = 0; i < MAXP && (i < c->es.n || i < c->ms.n); i++) {
        const obs *a = &c->es.p[i], *b = &c->ms.p[i];
        char da[96] = "nothing", db[96] = "nothing";
        if (i < c->es.n && i < c->ms.n && !memcmp(a, b, sizeof *a))
            continue;
        if (i < c->es.n)
            describe(da, sizeof da, a);
        if (i < c->ms.n)
            describe(db, sizeof db, b);
        o->bad = P_EQUIV;
        snprintf(o->why, sizeof o->why, "callback %d: engine %s, model %s",
                 i + 1, da, db);
        return 1;
    }
    if (c->es.n != c->ms.n) {
        o->bad = P_EQUIV;
        snprintf(o->why, sizeof o->why, "engine made %d callbacks, model"
                 " %d", c->es.n, c->ms.n);
        return 1;
    }
    if (c->es.probe_err != c->ms.probe_err) {
        o->bad = P_EQUIV;
        snprintf(o->why, sizeof o->why, "a select from inside the callback:"
                 " engine error %d, model error %d (-1: not refused)",
                 c->es.probe_err, c->ms.probe_err);
        return 1;
    }
    return in->kind == K_ENUM && !in->b && compare_enum(c, o);
}

/* Compare the two sides; then judge. */
static void step(ctx *c, const key *k, const input *in, outcome *o)
{
    fdp_socket ens;
    fdpm_socket mns;
    /* not memset whole: this runs for every transition */
    o->erc = o->eerr = o->mrc = o->merr = 0;
    o->has_ns = 0;
    o->why[0] = 0;
    o->bad = -1;
    o->next = *k;
    memset(&ens, 0, sizeof ens);
    memset(&mns, 0, sizeof mns);
    c->es.n = c->ms.n = 0;
    c->es.probe_err = c->ms.probe_err = 0;
    c->es.probe_changed = c->ms.probe_changed = 0;
    c->es.probed = c->ms.probed = 0;
    c->es.last = c->ms.last = k->m.handle;
    c->enum_seen = 0;
    c->e_s = &o->next.e;
    c->e_ns = &ens;
    c->m_s = &o->next.m;
    c->m_ns = &mns;
    if (c->self) {
        run_self(c, k, in, o, &mns);
    } else {
        run_engine(c, &o->next.e, &ens, in, &o->erc, &o->eerr, &o->eout);
    }
    run_model(c, &o->next.m, &mns, in, &o->mrc, &o->merr, &o->mout);
    inject(c, in, &k->h, k->m.handle);
    if (o->erc == 0 && in->kind == K_ACCEPT && in->a == 0) {
        o->has_ns = 1;
        memset(&o->ns, 0, sizeof o->ns);    /* hashed bytewise */
        o->ns.e = ens;
        o->ns.m = mns;
    }
    if (compare(c, in, o))
        return;
    judge(c->profile, k, in, o, &c->es,
          c->es.probed && (c->es.probe_changed || c->es.probe_err == -1 ||
          (c->es.probe_err != FDP_WSAEINPROGRESS &&
           c->es.probe_err != FDP_WSAENETDOWN)));
}

/* ------------------------------------------------------------------ */
/* The search                                                           */

typedef struct node {
    uint32_t parent;    /* UINT32_MAX: a root */
    uint8_t input;      /* alphabet index that led here */
    uint8_t via_ns;     /* the accepted socket of the parent's accept */
} node;

typedef struct search {
    int profile;
    const char *fault;
    int self;
    key *keys;
    node *nodes;
    uint32_t n, cap;
    uint64_t *table;    /* open addressing: the key's hash in the high
                           32 bits (compared before the key), node index
                           + 1 in the low; 0 = empty */
    uint32_t tmask;
    uint64_t transitions;
    /* failures: the first (shortest) of each kind; with --keep-going up
       to MAXFAIL kinds, else one */
    int slice;          /* SL_*: which inputs */
    /* --message-only: event-select mode left out (a quicker search) */
    int message_only;
    int failed, keep_going, incomplete;
    uint32_t max_states;
    uint32_t fail_node;
    uint8_t fail_input;
    outcome fail;
    int nfails;
    struct failure { uint32_t node; uint8_t input; outcome o; } *fails;
    double seconds;
} search;
#define MAXFAIL 24

static uint64_t hash_key(const key *k)
{
    const uint64_t *w = (const uint64_t *)(const void *)k;
    uint64_t h = 0x9E3779B97F4A7C15ull;
    size_t i;
    for (i = 0; i < sizeof *k / 8; i++) {
        h ^= w[i];
        h *= 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
    }
    return h;
}

static void grow(search *s)
{
    uint32_t i, ncap = s->tmask ? (s->tmask + 1) * 2 : 1u << 16;
    uint64_t *t = calloc(ncap, sizeof *t);
    if (!t) {
        fprintf(stderr, "verify: out of memory\n");
        exit(2);
    }
    for (i = 0; i < s->n; i++) {
        uint64_t h = hash_key(&s->keys[i]);
        uint32_t j = (uint32_t)h & (ncap - 1);
        while (t[j])
            j = (j + 1) & (ncap - 1);
        t[j] = (h & 0xFFFFFFFF00000000ull) | (i + 1);
    }
    free(s->table);
    s->table = t;
    s->tmask = ncap - 1;
}

/* Add a state unless seen; returns 1 when new. */
static int visit(search *s, const key *k, uint32_t parent, int input,
                 int via_ns)
{
    uint32_t j;
    uint64_t h, tag;
    if ((uint64_t)(s->n + 1) * 2 > (uint64_t)s->tmask + 1)
        grow(s);
    h = hash_key(k);
    tag = h & 0xFFFFFFFF00000000ull;
    j = (uint32_t)h & s->tmask;
    while (s->table[j]) {
        if ((s->table[j] & 0xFFFFFFFF00000000ull) == tag &&
            !memcmp(&s->keys[(uint32_t)s->table[j] - 1], k, sizeof *k))
            return 0;
        j = (j + 1) & s->tmask;
    }
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 1u << 16;
        s->keys = realloc(s->keys, (size_t)s->cap * sizeof *s->keys);
        s->nodes = realloc(s->nodes, (size_t)s->cap * sizeof *s->nodes);
        if (!s->keys || !s->nodes) {
            fprintf(stderr, "verify: out of memory\n");
            exit(2);
        }
    }
    s->keys[s->n] = *k;
    s->nodes[s->n].parent = parent;
    s->nodes[s->n].input = (uint8_t)input;
    s->nodes[s->n].via_ns = (uint8_t)via_ns;
    s->table[j] = tag | ++s->n;
    return 1;
}

static void init_ctx(ctx *c, int profile, const char *fault)
{
    memset(c, 0, sizeof *c);
    c->profile = profile;
    c->fault = fault;
    fdp_init(&c->eng, e_post, c, profile);
    fdp_set_observer(&c->eng, e_observe, c);
    fdp_set_event_callback(&c->eng, e_event, c);
    fdpm_init(&c->mod, m_post, c, profile);
    c->mod.post_optional = m_post_opt;
    c->mod.optional_ctx = c;
    fdpm_set_event_callback(&c->mod, m_event, c);
    fdpm_set_record_callback(&c->mod, m_record, c);
    fdpm_init(&c->self_eng, x_post, c, profile);
    c->self_eng.post_optional = x_post_opt;
    c->self_eng.optional_ctx = c;
    fdpm_set_event_callback(&c->self_eng, x_event, c);
    fdpm_set_record_callback(&c->self_eng, x_record, c);
}

static int make_root(ctx *c, int type, key *k)
{
    int err = 0;
    memset(k, 0, sizeof *k);
    if (fdp_socket_init(&c->eng, &k->e, 1, type, FDP_PROFILE_DEFAULT, &err) ||
        fdpm_socket_init(&c->mod, &k->m, 1, type, FDPM_PROFILE_DEFAULT, &err))
        return -1;
    k->h.f = type == FDP_DGRAM ? (H_DGRAM | H_WRITABLE) : 0;
    return 0;
}

/* The bound on event mode (docs/verification.md): a state whose record
   holds more than REC_BOUND events is checked when it is reached, and
   then only enumerated. */
#define REC_BOUND 1

static int record_full(const key *k)
{
    unsigned r = k->h.rec;
    int n = 0;
    for (; r; r &= r - 1)
        n++;
    return n > REC_BOUND;
}

static void *explore(void *vs)
{
    search *s = vs;
    ctx c;
    key root;
    uint32_t i;
    int a, t;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    init_ctx(&c, s->profile, s->fault);
    c.self = s->self;
    for (t = 0; t < 2; t++) {
        if (make_root(&c, t ? FDP_DGRAM : FDP_STREAM, &root)) {
            fprintf(stderr, "verify: socket init failed\n");
            exit(2);
        }
        visit(s, &root, UINT32_MAX, 0, 0);
    }
    for (i = 0; i < s->n && (!s->failed || s->keep_going); i++) {
        if (s->max_states && s->n > s->max_states) {
            s->incomplete = 1;
            break;
        }
        for (a = 0; a < nalpha; a++) {
            outcome o;
            key k;
            if (!(slice_of[a] & s->slice))
                continue;
            if (record_full(&s->keys[i]) && alphabet[a].kind != K_ENUM)
                continue;
            if (s->message_only &&
                (alphabet[a].kind == K_EVENTSELECT || alphabet[a].kind == K_ENUM))
                continue;
            k = s->keys[i];         /* keys may move on realloc */
            step(&c, &k, &alphabet[a], &o);
            s->transitions++;
            if (o.bad >= 0) {
                int f, seen = 0;
                if (!s->failed) {
                    s->fail_node = i;
                    s->fail_input = (uint8_t)a;
                    s->fail = o;
                }
                s->failed = 1;
                if (!s->keep_going)
                    break;
                for (f = 0; f < s->nfails; f++)
                    seen |= s->fails[f].o.bad == o.bad &&
                            !strcmp(s->fails[f].o.why, o.why);
                if (!seen && s->nfails < MAXFAIL) {
                    s->fails[s->nfails].node = i;
                    s->fails[s->nfails].input = (uint8_t)a;
                    s->fails[s->nfails].o = o;
                    s->nfails++;
                }
                continue;
            }
            visit(s, &o.next, i, a, 0);
            if (o.has_ns)
                visit(s, &o.ns, i, a, 1);
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    s->seconds = (double)(t1.tv_sec - t0.tv_sec) +
                 (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Counterexamples as .fdt traces                                       */

static void put_mask(FILE *f, long mask)
{
    char b[FDP_MASK_MAX];
    fputs(fdp_mask_str((uint32_t)mask, b), f);
}

static void put_err(FILE *f, int e)
{
    const char *n = fdp_error_name(e);
    if (!e)
        fputs("0", f);
    else if (n)
        fputs(n, f);
    else
        fprintf(f, "err=%d", e);   /* as the recorder spells it */
}

/* Byte bookkeeping so recv/accept records are consistent (trace-format
   "Meaning"); where a step cannot be said in version 1, say so. */
typedef struct tstate { long data, urgent, pending; int inl; } tstate;

static void put_recv(FILE *f, const char *name, const input *in, tstate *ts)
{
    int oob = (in->a & FDP_MSG_OOB) != 0, peek = (in->a & FDP_MSG_PEEK);
    long *q = oob && !ts->inl ? &ts->urgent : &ts->data;
    int want = (int)((oob && !ts->inl) ? (in->c & FDP_LEFT_URGENT)
                                       : (in->c & FDP_LEFT_DATA)) != 0;
    int other_ok = oob && !ts->inl
        ? ((in->c & FDP_LEFT_DATA) != 0) == (ts->data > 0)
        : ts->inl || ((in->c & FDP_LEFT_URGENT) != 0) == (ts->urgent > 0);
    long got;
    int exact = other_ok;
    fprintf(f, "# fdp_recv(flags=%ld, result=%ld, left=%ld)\n", in->a,
            in->b, in->c);
    if (in->b < 0) {
        exact = exact && want == (*q > 0);
        fprintf(f, "%s recv 1%s%s -> ", name, peek ? " peek" : "",
                oob ? " oob" : "");
        put_err(f, (int)-in->b);
        fputc('\n', f);
    } else {
        if (!peek && want && *q == 1) {
            /* the queue must keep its byte: said as a peek, which the
               engine does not tell apart (S4: any recv re-enables) */
            peek = FDP_MSG_PEEK;
            fputs("# (said as a peek so that the byte stays queued)\n",
                  f);
        }
        if (peek) {
            got = *q > 0 ? 1 : 0;
            exact = exact && want == (*q > 0);
        } else if (want) {
            got = *q - 1;
            exact = exact && *q >= 2;
            if (got < 0) got = 0;
        } else {
            got = *q;
        }
        if (!peek)
            *q -= got;
        if (got == 0 && !peek) {
            /* nothing queued: a recv that would block */
            fprintf(f, "%s recv 1%s -> WSAEWOULDBLOCK\n", name,
                    oob ? " oob" : "");
        } else {
            fprintf(f, "%s recv %ld%s%s -> %ld\n", name, got ? got : 1,
                    peek ? " peek" : "", oob ? " oob" : "", got);
        }
    }
    if (!exact)
        fputs("# NOTE: the `left` above cannot be said exactly in fdt v1"
              " (no such queue)\n", f);
    *q = want ? (*q > 0 ? *q : 1) : 0;
}

static void put_accept(FILE *f, const char *name, const char *newname,
                       const input *in, tstate *ts)
{
    fprintf(f, "# fdp_accept(result=%ld, pending=%ld)\n", in->a, in->b);
    fprintf(f, "%s accept -> ", name);
    if (in->a == 0) fputs(newname, f); else put_err(f, (int)in->a);
    fputc('\n', f);
    if (in->a == 0 && ts->pending > 0)
        ts->pending--;
    if ((ts->pending > 0) != (in->b != 0))
        fputs("# NOTE: `pending` above does not match the requests the"
              " trace queued\n", f);
    ts->pending = in->b ? (ts->pending > 0 ? ts->pending : 1) : 0;
}

/* select, eventselect, FIONBIO: the calls with a mask or a mode. */
static void put_mode_call(FILE *f, const char *name, const input *in,
                          const outcome *o)
{
    if (in->kind == K_SELECT) {
        fprintf(f, "%s select ", name);
        put_mask(f, in->a);
        fprintf(f, " wnd=%#x msg=%#x", WINDOWS_[in->b], MESSAGES_[in->b]);
        if (o->erc) {
            fputs(" -> ", f);
            put_err(f, o->eerr);
        }
    } else if (in->kind == K_EVENTSELECT && (in->a < 0 ||
                                             in->a > 0xFFFF)) {
        fprintf(f, "# not in fdt v1: %s eventselect %#lx ev=%ld -> ", name,
                in->a, in->b);
        put_err(f, o->eerr);
    } else if (in->kind == K_EVENTSELECT) {
        fprintf(f, "%s eventselect ", name);
        put_mask(f, in->a);
        fprintf(f, " ev=%ld", in->b);
        if (o->erc) {
            fputs(" -> ", f);
            put_err(f, o->eerr);
        }
    } else {
        fprintf(f, "# not in fdt v1: %s fionbio %s -> ", name,
                in->a ? "on" : "off");
        if (o->erc) put_err(f, o->eerr); else fputs("ok", f);
    }
    fputc('\n', f);
}

/* The trace's verb for an engine input (fdp_vocab.h), or NULL. */
static const char *input_verb(long a)
{
    switch (a) {
#define INPUT_VERB(name, in, text) case FDP_IN_##in: return text;
    FDP_TRACE_INPUTS(INPUT_VERB)
#undef INPUT_VERB
    default: return NULL;
    }
}

/* The byte bookkeeping of an input (two bytes per arrival). */
static void book_input(long a, tstate *ts)
{
    switch (a) {
    case FDP_IN_DATA: ts->data += 2; break;
    case FDP_IN_URGENT: if (ts->inl) ts->data += 2; else ts->urgent += 2; break;
    case FDP_IN_PENDING: ts->pending++; break;
    case FDP_IN_DATA_GONE: ts->data = 0; break;
    case FDP_IN_URGENT_GONE: if (!ts->inl) ts->urgent = 0; break;
    case FDP_IN_NO_PENDING: ts->pending = 0; break;
    default: break;
    }
}

static void put_input(FILE *f, const char *name, const input *in,
                      const outcome *o, tstate *ts)
{
    const char *verb = input_verb(in->a);
    book_input(in->a, ts);
    if (!verb) {
        fprintf(f, "# not in fdt v1: %s fdp_input(%ld) -> ", name, in->a);
        if (o->erc) put_err(f, o->eerr); else fputs("ok", f);
    } else if (in->a == FDP_IN_DATA_GONE || in->a == FDP_IN_URGENT_GONE ||
               in->a == FDP_IN_NO_PENDING) {
        fprintf(f, "# not in fdt v1: %s %s (fdp_input FDP_IN_%s)", name, verb,
                in->a == FDP_IN_DATA_GONE ? "DATA_GONE" :
                in->a == FDP_IN_URGENT_GONE ? "URGENT_GONE" : "NO_PENDING");
    } else {
        fprintf(f, "%s %s", name, verb);
        if (in->a == FDP_IN_DATA || in->a == FDP_IN_URGENT)
            fputs(" 2", f);
        if (in->a == FDP_IN_CONNECT_FAILED || in->a == FDP_IN_ABORT ||
            (in->a == FDP_IN_ROUTE && in->b)) {
            fputc(' ', f);
            put_err(f, (int)in->b);
        }
    }
    fputc('\n', f);
}

/* WSPEnumNetworkEvents: `enum [ev=ID] -> EVENTS` with what the side
   returned (EVENTS: "0", or fdname[=error] joined by "|"). */
static void put_enum(FILE *f, const char *name, const input *in,
                     const outcome *o, int from_model)
{
    long got = from_model ? o->mout.network_events : o->eout.network_events;
    int rc = from_model ? o->mrc : o->erc, i, first = 1;
    if (in->b || rc) {
        fprintf(f, "# not in fdt v1: %s enum%s -> ", name, in->b
                ? " (NULL record)" : "");
        put_err(f, from_model ? o->merr : o->eerr);
        fputc('\n', f);
        return;
    }
    fprintf(f, "%s enum", name);
    if (in->a)
        fprintf(f, " ev=%ld", in->a);
    fputs(" -> ", f);
    for (i = 0; i < FDP_FD_MAX_EVENTS; i++) {
        int e = from_model ? o->mout.error_code[i] : o->eout.error_code[i];
        if (!(got & (1L << i)))
            continue;
        fprintf(f, "%s%s", first ? "" : "|", fdp_event_name(1u << i));
        if (e) {
            fputc('=', f);
            put_err(f, e);
        }
        first = 0;
    }
    fputs(first ? "0\n" : "\n", f);
}

static void put_call(FILE *f, const char *name, const char *newname,
                     const input *in, const outcome *o, tstate *ts,
                     int from_model)
{
    const char *io;
    switch (in->kind) {
    case K_ENUM:
        put_enum(f, name, in, o, from_model);
        return;
    case K_SELECT:
    case K_EVENTSELECT:
    case K_FIONBIO:
        put_mode_call(f, name, in, o);
        return;
    case K_RECV:
        put_recv(f, name, in, ts);
        return;
    case K_SEND:
        fprintf(f, "%s send 1 -> ", name);
        if (in->a > 0) fprintf(f, "%ld", in->a); else put_err(f, (int)-in->a);
        fputc('\n', f);
        return;
    case K_ACCEPT:
        put_accept(f, name, newname, in, ts);
        return;
    case K_CONNECT:
    case K_JOINLEAF:
        fprintf(f, "%s %s -> ", name, in->kind == K_CONNECT ? "connect"
                : "joinleaf");
        if (in->a == 0) fputs("ok", f); else put_err(f, (int)in->a);
        fputc('\n', f);
        return;
    case K_IOCTL:
        io = fdp_ioctl_name((uint32_t)in->a);
        if (io)
            fprintf(f, "%s ioctl %s\n", name, io);
        else
            fprintf(f, "# not in fdt v1: %s ioctl %#lx (no event)\n", name,
                    (unsigned long)in->a);
        return;
    case K_OOBINLINE:
        fprintf(f, "%s oobinline %s\n", name, in->a ? "on" : "off");
        ts->inl = (int)in->a;
        return;
    case K_BIND: fprintf(f, "%s bind\n", name); return;
    case K_LISTEN: fprintf(f, "%s listen\n", name); return;
    case K_SHUTDOWN:
        fprintf(f, "%s shutdown %s\n", name, in->a == FDP_SD_SEND ? "send"
                : in->a == FDP_SD_RECEIVE ? "receive" : "both");
        return;
    case K_CLOSE: fprintf(f, "%s close\n", name); return;
    default:
        put_input(f, name, in, o, ts);
        return;
    }
}

static void put_posts(FILE *f, const side *sd, uint64_t h1, const char *n1,
                      uint64_t h2, const char *n2, const char *prefix)
{
    int i;
    for (i = 0; i < sd->n && i < MAXP; i++) {
        const obs *p = &sd->p[i];
        const char *who = p->owner == h1 ? n1 : p->owner == h2 ? n2 : "?";
        if (p->kind == O_SET) {         /* the trace's record for it */
            fprintf(f, "%s%s set-event ev=%llu\n", prefix, who,
                    (unsigned long long)p->wparam);
            continue;
        }
        if (p->kind == O_RESET) {       /* said by the enum record */
            fprintf(f, "%s# (%s: object %llu reset)\n", prefix, who,
                    (unsigned long long)p->wparam);
            continue;
        }
        if (p->kind == O_RECORD) {      /* seen by the next enum */
            fprintf(f, "%s# (%s records %s", prefix, who,
                    fdp_event_name(p->lparam & 0xFFFF));
            if (p->lparam >> 16) {
                fputc('=', f);
                put_err(f, (int)(p->lparam >> 16));
            }
            fputs(p->optional ? ": optional, not recorded: D1)\n" : ")\n",
                  f);
            continue;
        }
        if (p->optional) {
            fprintf(f, "%s# (%s: optional %s, not posted: D1)\n", prefix,
                    p->wparam == h1 ? n1 : n2,
                    fdp_event_name(p->lparam & 0xFFFF));
            continue;
        }
        fprintf(f, "%s%s post %s", prefix, p->wparam == h1 ? n1
                : p->wparam == h2 ? n2 : "?",
                fdp_event_name(p->lparam & 0xFFFF));
        if (p->lparam >> 16) {
            fputc(' ', f);
            put_err(f, (int)(p->lparam >> 16));
        }
        fprintf(f, " wnd=%#x msg=%#x\n", p->window, p->message);
    }
}

/* A socket's record as one side holds it after the step, said as the
   enumeration (object 0: no reset) that reads it. */
static void put_record_of(FILE *f, const char *name, const fdp_socket *e,
                          const fdpm_socket *m, int from_model)
{
    input in = { K_ENUM, 0, 0, 0 };
    outcome o;
    int err = 0;
    memset(&o, 0, sizeof o);
    if (from_model) {
        fdpm_socket mc = *m;
        fdpm_engine me;
        fdpm_init(&me, NULL, NULL, mc.profile);
        o.mrc = fdpm_enum_network_events(&me, &mc, 0, &o.mout, &err);
        o.merr = err;
    } else {
        fdp_socket ec = *e;
        fdp_engine ee;
        fdp_init(&ee, NULL, NULL, FDP_PROFILE_SPEC);
        o.erc = fdp_enum_network_events(&ee, &ec, 0, &o.eout, &err);
        o.eerr = err;
    }
    put_enum(f, name, &in, &o, from_model);
}

/* E4: where the failing step recorded, the trace reads the record back, so
   that `fdpost check` sees what the record holds. */
static void put_readback(FILE *f, const outcome *o, const side *es,
                         const side *ms, int from_model, const char *name,
                         const char *newname)
{
    const side *sds[2] = { es, ms };
    int i, s, rec_main = 0, rec_ns = 0;
    for (s = 0; s < 2; s++)
        for (i = 0; i < sds[s]->n && i < MAXP; i++)
            if (sds[s]->p[i].kind == O_RECORD) {
                rec_main |= sds[s]->p[i].wparam == o->next.m.handle;
                rec_ns |= o->has_ns &&
                          sds[s]->p[i].wparam == o->ns.m.handle;
            }
    if (rec_main || rec_ns)
        fprintf(f, "# the record%s as the %s holds it, read back:\n",
                rec_main && rec_ns ? "s" : "", from_model ? "model"
                : "engine");
    if (rec_main)
        put_record_of(f, name, &o->next.e, &o->next.m, from_model);
    if (rec_ns)
        put_record_of(f, newname, &o->ns.e, &o->ns.m, from_model);
}

/* Replay the path to the failing transition and write it. */
/* `incoming` needs a listener in a trace (D7: listen changes nothing), so
   a counterexample with one says `listen` first. */
static void put_listen(FILE *f, const search *s, const uint32_t *path,
                       int len, const key *k, const char *name)
{
    int i;
    if (k->h.f & H_DGRAM)
        return;
    for (i = len - 1; i >= 0; i--) {
        const input *in = &alphabet[i ? s->nodes[path[i - 1]].input
                                      : s->fail_input];
        if (in->kind == K_INPUT && in->a == FDP_IN_PENDING) {
            fprintf(f, "%s listen\n", name);
            return;
        }
    }
}

static void write_cex(search *s, FILE *f, int posts_from_model)
{
    uint32_t path[4096];
    int len = 0, i, gen = 1;
    uint32_t at = s->fail_node;
    ctx c;
    key k;
    char name[16], newname[16];
    tstate ts = { 0, 0, 0, 0 };
    const char *pname = fdp_profile_names[s->profile];
    while (at != UINT32_MAX && len < 4096) {
        path[len++] = at;
        at = s->nodes[at].parent;
    }
    init_ctx(&c, s->profile, s->fault);
    c.self = s->self;
    k = s->keys[path[len - 1]];
    fprintf(f, "fdt 1\nprofile %s\nhandwritten\n", pname);   /* written, not recorded */
    fprintf(f, "# fdpost verify: counterexample (%d steps)%s%s\n", len,
            s->fault ? ", injected fault " : "", s->fault ? s->fault : "");
    fprintf(f, "# posts below are the %s's; the other side's are in"
            " comments where they differ\n", posts_from_model ? "model"
            : "engine");
    snprintf(name, sizeof name, "s%d", gen);
    fprintf(f, "socket %s %s\n", name, k.h.f & H_DGRAM ? "udp" : "tcp");
    put_listen(f, s, path, len, &k, name);
    for (i = len - 1; i >= 0; i--) {
        const input *in;
        outcome o;
        side es, ms;
        int last = i == 0;
        in = &alphabet[last ? s->fail_input : s->nodes[path[i - 1]].input];
        step(&c, &k, in, &o);
        es = c.es;
        ms = c.ms;
        snprintf(newname, sizeof newname, "s%d", gen + 1);
        put_call(f, name, newname, in, &o, &ts, posts_from_model);
        put_posts(f, posts_from_model ? &ms : &es, k.m.handle, name,
                  other_handle(k.m.handle), newname, "");
        if (o.bad >= 0 || last) {
            if (memcmp(&es, &ms, sizeof es)) {
                fprintf(f, "# %s posted instead:\n", posts_from_model
                        ? "engine" : "model");
                put_posts(f, posts_from_model ? &es : &ms, k.m.handle, name,
                          other_handle(k.m.handle), newname, "#   ");
                if (!(posts_from_model ? es.n : ms.n))
                    fputs("#   (nothing)\n", f);
            }
            fprintf(f, "# ^ violated: %s: \"%s\"\n#   %s\n", props[o.bad >= 0
                    ? o.bad : 0].id, props[o.bad >= 0 ? o.bad : 0].words,
                    o.bad >= 0 ? o.why : "");
            /* --self: the model's bytes are the "engine"'s too */
            put_readback(f, &o, &es, &ms, posts_from_model || s->self, name,
                         newname);
            break;
        }
        if (s->nodes[path[i - 1]].via_ns) {
            k = o.ns;
            gen++;
            snprintf(name, sizeof name, "s%d", gen);
            ts.data = ts.urgent = ts.pending = 0;
            ts.inl = 0;
        } else {
            k = o.next;
        }
    }
}

/* ------------------------------------------------------------------ */

static int usage(FILE *to)
{
    int i;
    fprintf(to,
        "usage: fdpost verify [--profile spec|windows] [--inject-fault NAME]\n"
        "                     [--cex FILE] [--cex-posts engine|model]\n"
        "                     [--keep-going] [--max-states N] [--full]\n"
        "                     [--self] [--message-only] [--properties]\n\n"
        "Explores every reachable state of one socket, engine and reference\n"
        "model side by side, and checks that they post the same and that the\n"
        "safety properties hold (docs/verification.md).  Exit 0: equivalent;\n"
        "1: a counterexample (printed as an .fdt trace); 2: usage.\n"
        "faults for --inject-fault:");
    for (i = 0; faults[i]; i++)
        fprintf(to, " %s", faults[i]);
    fputc('\n', to);
    return to == stderr ? 2 : 0;
}

/* One thread per profile; a profile's slices run one after the other. */
typedef struct job { search *s; int n; } job;

static void *run_job(void *vj)
{
    job *j = vj;
    int i;
    for (i = 0; i < j->n; i++)
        explore(&j->s[i]);
    return NULL;
}

/* The options of `fdpost verify`. */
typedef struct verify_opts {
    int run[FDP_PROFILES];
    const char *fault, *cexfile;
    int posts_from_model, list, keep_going, full, self, message_only;
    unsigned long max_states;
} verify_opts;

/* A fault --inject-fault knows; 0, or the exit status. */
static int known_fault(const char *fault)
{
    int j, ok = 0;
    for (j = 0; faults[j]; j++)
        ok |= !strcmp(faults[j], fault);
    if (ok)
        return 0;
    fprintf(stderr, "verify: no fault '%s'\n", fault);
    return usage(stderr);
}

static const struct option verify_longs[] = {
    { "help", no_argument, NULL, 'h' },
    { "profile", required_argument, NULL, 'p' },
    { "inject-fault", required_argument, NULL, 'f' },
    { "cex", required_argument, NULL, 'c' },
    { "cex-posts", required_argument, NULL, 'P' },
    { "max-states", required_argument, NULL, 'm' },
    { "keep-going", no_argument, NULL, 'k' },
    { "self", no_argument, NULL, 's' },
    { "full", no_argument, NULL, 'F' },
    { "windows-events", no_argument, NULL, 'W' },
    { "message-only", no_argument, NULL, 'M' },
    { "properties", no_argument, NULL, 'l' },
    { NULL, 0, NULL, 0 }
};

/* One option into vo; 0, or the exit status. */
static int take_opt(verify_opts *vo, int ch)
{
    long n;
    switch (ch) {
    case 'h': return usage(stdout) + 3;     /* 3: stop, exit 0 */
    case 'p':
        vo->run[0] = !strcmp(optarg, fdp_profile_names[0]);
        vo->run[1] = !strcmp(optarg, fdp_profile_names[1]);
        if (vo->run[0] || vo->run[1])
            return 0;
        fprintf(stderr, "fdpost verify: unknown profile '%s' (spec or windows)\n", optarg);
        return 2;
    case 'f': vo->fault = optarg; return known_fault(optarg);
    case 'c': vo->cexfile = optarg; return 0;
    case 'P':
        vo->posts_from_model = !strcmp(optarg, "model");
        if (vo->posts_from_model || !strcmp(optarg, "engine"))
            return 0;
        fprintf(stderr, "fdpost verify: --cex-posts: '%s' (engine or model)\n", optarg);
        return 2;
    case 'm':
        if (opts_number("verify", "--max-states", optarg, 0, 2000000000L, &n))
            return 2;
        vo->max_states = (unsigned long)n;
        return 0;
    case 'k': vo->keep_going = 1; return 0;
    case 's': vo->self = 1; return 0;
    case 'F': vo->full = 1; return 0;
    case 'W': return 0;             /* --windows-events: the default now */
    case 'M': vo->message_only = 1; return 0;
    case 'l': vo->list = 1; return 0;
    default: return 2;
    }
}

/* -1 to go on, else the exit status. */
static int parse_args(verify_opts *vo, int argc, char **argv)
{
    int ch, rc;
    opts_begin();
    while ((ch = opts_next("verify", argc, argv, "h", verify_longs)) != -1)
        if ((rc = take_opt(vo, ch)) != 0)
            return rc == 3 ? 0 : rc;
    if (optind < argc) {
        fprintf(stderr, "fdpost verify: takes no operand ('%s')\n", argv[optind]);
        return 2;
    }
    return -1;
}

/* One search per profile and slice, each profile on its own thread. */
static void run_searches(verify_opts *vo, search sr[FDP_PROFILES][2], int nsl)
{
    pthread_t th[FDP_PROFILES];
    job jobs[FDP_PROFILES];
    int p, q;
    for (p = 0; p < FDP_PROFILES; p++) {
        for (q = 0; q < nsl; q++) {
            search *s = &sr[p][q];
            s->profile = p;
            s->slice = vo->full ? SL_BOTH : q == 0 ? SL_CONN : SL_CHANGE;
            s->fault = vo->fault;
            s->self = vo->self;
            s->keep_going = vo->keep_going;
            s->message_only = vo->message_only;
            s->max_states = (uint32_t)vo->max_states;
            s->fails = calloc(MAXFAIL, sizeof *s->fails);
        }
        jobs[p].s = sr[p];
        jobs[p].n = nsl;
        if (vo->run[p] && pthread_create(&th[p], NULL, run_job, &jobs[p])) {
            run_job(&jobs[p]);
            vo->run[p] = 2;
        }
    }
    for (p = 0; p < FDP_PROFILES; p++)
        if (vo->run[p] == 1)
            pthread_join(th[p], NULL);
}

/* A failed search: the failure, its counterexample (also to --cex), and
   with --keep-going the others. */
static void report_failure(search *s, const char *pname, const verify_opts *vo)
{
    int i;
    printf("verify: %s: FAILED after %u states, %llu transitions:"
           " %s: %s\n", pname, s->n, (unsigned long long)s->transitions,
           props[s->fail.bad].id, s->fail.why);
    printf("verify: %s: shortest counterexample:\n", pname);
    write_cex(s, stdout, vo->posts_from_model);
    if (vo->cexfile) {
        FILE *cf = fopen(vo->cexfile, "w");
        if (cf) {
            write_cex(s, cf, vo->posts_from_model);
            fclose(cf);
            printf("verify: %s: counterexample written to %s\n",
                   pname, vo->cexfile);
        }
    }
    for (i = 1; i < s->nfails; i++) {
        s->fail_node = s->fails[i].node;
        s->fail_input = s->fails[i].input;
        s->fail = s->fails[i].o;
        printf("verify: %s: --keep-going: failure %d: %s: %s\n",
               pname, i + 1, props[s->fail.bad].id, s->fail.why);
        write_cex(s, stdout, vo->posts_from_model);
    }
}

/* A profile's searches, reported and freed; 1 if one failed. */
static int report_profile(search *sr, int nsl, int p, const verify_opts *vo)
{
    const char *pname = fdp_profile_names[p];
    uint64_t states = 0, trans = 0;
    double secs = 0;
    int bad = 0, nprops = 0, i, q;
    for (i = 0; i < NPROPS; i++)
        nprops += prop_applies(i, p) && i != P_EQUIV;
    for (q = 0; q < nsl; q++) {
        search *s = &sr[q];
        states += s->n;
        trans += s->transitions;
        secs += s->seconds;
        if (s->failed) {
            bad = 1;
            report_failure(s, pname, vo);
        } else if (s->incomplete) {
            bad = 1;
            printf("verify: %s: INCOMPLETE: stopped at %u states"
                   " (--max-states)\n", pname, s->n);
        }
        free(s->keys);
        free(s->nodes);
        free(s->table);
        free(s->fails);
    }
    if (!bad)
        printf("verify: %s: %llu states, %llu transitions, equivalent,"
               " %d properties hold (%.1fs%s)\n", pname,
               (unsigned long long)states, (unsigned long long)trans,
               nprops, secs, vo->self ? ", --self: model against itself"
               : vo->full ? ", full alphabet" : "");
    return bad;
}

int cmd_verify(int argc, char **argv)
{
    search sr[FDP_PROFILES][2];
    verify_opts vo;
    int p, rc = 0, nsl;

    memset(&vo, 0, sizeof vo);
    vo.run[0] = vo.run[1] = 1;
    rc = parse_args(&vo, argc, argv);
    if (rc >= 0)
        return rc;
    rc = 0;
    if (vo.list) {
        for (p = 0; p < NPROPS; p++)
            printf("%-12s %s\n", props[p].id, props[p].words);
        return 0;
    }
    build_alphabet();
    memset(sr, 0, sizeof sr);
    nsl = vo.full ? 1 : 2;
    run_searches(&vo, sr, nsl);
    for (p = 0; p < FDP_PROFILES; p++)
        if (vo.run[p] && report_profile(sr[p], nsl, p, &vo))
            rc = 1;
    return rc;
}
