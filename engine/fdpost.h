/* SPDX-License-Identifier: MIT */
/*
 * fdpost.h -- the WSPAsyncSelect posting engine.
 *
 * A provider embeds one fdp_engine (read-only once set up) and one
 * fdp_socket per socket (caller-owned, 40 bytes, no allocation).  It tells
 * the engine what the client called and what the transport did; the
 * engine's machines, generated from spec/, decide which network events to
 * report, and the engine reports them the way the socket is registered:
 * WSPAsyncSelect's messages through the post callback, or WSPEventSelect's
 * network-event record, read by WSPEnumNetworkEvents, and its event object,
 * set through the event callback.
 *
 * Errors.  Every int function returns 0, or FDP_SOCKET_ERROR with the
 * Winsock error code stored in *err (lpErrno style); `err` may be NULL when
 * the caller does not want the code.  Each prototype below lists the errors
 * the engine itself raises.  Any call that lets the machines post may also
 * fail with the error a failing post callback returned (see fdp_post_fn).
 *
 * Signs.  Calls report their outcome the way the Winsock call returned it:
 * fdp_recv and fdp_send take the byte count or the NEGATED error
 * (-FDP_WSAEWOULDBLOCK); fdp_accept, fdp_connect and fdp_joinleaf take 0 or
 * the POSITIVE error.
 *
 * The engine is C99 and needs nothing but <stdint.h>.
 */
#ifndef FDPOST_H
#define FDPOST_H

#include <stdint.h>

/* The version of this header; fdp_version() is the library's. */
#define FDP_VERSION_MAJOR  0
#define FDP_VERSION_MINOR  2
#define FDP_VERSION_PATCH  0
#define FDP_VERSION_STRING "0.2.0"

#ifdef __cplusplus
extern "C" {
#endif

/* Network events: Windows' values. */
#define FDP_FD_READ                     0x001
#define FDP_FD_WRITE                    0x002
#define FDP_FD_OOB                      0x004
#define FDP_FD_ACCEPT                   0x008
#define FDP_FD_CONNECT                  0x010
#define FDP_FD_CLOSE                    0x020
#define FDP_FD_QOS                      0x040
#define FDP_FD_GROUP_QOS                0x080
#define FDP_FD_ROUTING_INTERFACE_CHANGE 0x100
#define FDP_FD_ADDRESS_LIST_CHANGE      0x200
#define FDP_FD_ALL_EVENTS               0x3FF
#define FDP_FD_MAX_EVENTS               10

/* Each event's index in a network-event record's error_code[] (iErrorCode):
   the number of its bit. */
#define FDP_FD_READ_BIT                     0
#define FDP_FD_WRITE_BIT                    1
#define FDP_FD_OOB_BIT                      2
#define FDP_FD_ACCEPT_BIT                   3
#define FDP_FD_CONNECT_BIT                  4
#define FDP_FD_CLOSE_BIT                    5
#define FDP_FD_QOS_BIT                      6
#define FDP_FD_GROUP_QOS_BIT                7
#define FDP_FD_ROUTING_INTERFACE_CHANGE_BIT 8
#define FDP_FD_ADDRESS_LIST_CHANGE_BIT      9

/* Error codes: Windows' values. */
#define FDP_SOCKET_ERROR    (-1)
#define FDP_WSAEFAULT       10014
#define FDP_WSAEINVAL       10022
#define FDP_WSAEMFILE       10024
#define FDP_WSAEWOULDBLOCK  10035
#define FDP_WSAEINPROGRESS  10036
#define FDP_WSAENOTSOCK     10038
#define FDP_WSAEAFNOSUPPORT 10047
#define FDP_WSAENETDOWN     10050
#define FDP_WSAENETUNREACH  10051
#define FDP_WSAECONNABORTED 10053
#define FDP_WSAECONNRESET   10054
#define FDP_WSAENOBUFS      10055
#define FDP_WSAEISCONN      10056
#define FDP_WSAENOTCONN     10057
#define FDP_WSAETIMEDOUT    10060
#define FDP_WSAECONNREFUSED 10061
#define FDP_WSATRY_AGAIN    11002

/* The four re-enabling ioctls. */
#define FDP_SIO_GET_QOS                  0xC8000007u
#define FDP_SIO_GET_GROUP_QOS            0xC8000008u
#define FDP_SIO_ROUTING_INTERFACE_CHANGE 0x88000015u
#define FDP_SIO_ADDRESS_LIST_CHANGE      0x28000017u

/* lParam of a posted message: event in the low word, error in the high. */
#define FDP_MAKESELECTREPLY(event, error) \
    ((uint32_t)(((uint32_t)(error) << 16) | (((uint32_t)(event)) & 0xFFFFu)))
#define FDP_GETSELECTEVENT(lparam) (((uint32_t)(lparam)) & 0xFFFFu)
#define FDP_GETSELECTERROR(lparam) (((uint32_t)(lparam) >> 16) & 0xFFFFu)

/* Profiles: which rule set decides (see docs/decisions.md). */
enum fdp_profile {
    FDP_PROFILE_DEFAULT = -1, /* fdp_socket_init: take the engine's */
    FDP_PROFILE_SPEC = 0,     /* the seed, as S1-S18 read it (docs/rules.md) */
    FDP_PROFILE_WINDOWS = 1,  /* what Windows posts (W1-W5) */
    FDP_PROFILES = 2
};

/* Socket types. */
enum fdp_type { FDP_STREAM = 0, FDP_DGRAM = 1 };

/* recv flags. */
#define FDP_MSG_OOB  0x1
#define FDP_MSG_PEEK 0x2

/* What is still queued after a recv (fdp_recv's `left`). */
#define FDP_LEFT_DATA   1u /* a plain recv would still return data */
#define FDP_LEFT_URGENT 2u /* a MSG_OOB recv would still return data */

/* shutdown's `how`: Windows' SD_ values. */
enum fdp_shutdown { FDP_SD_RECEIVE = 0, FDP_SD_SEND = 1, FDP_SD_BOTH = 2 };

/* Transport inputs for fdp_input: what the network did to the socket.
   `arg` is the byte count for DATA and URGENT, the error for
   CONNECT_FAILED and ABORT, 0, WSAENETUNREACH or WSAENETDOWN for ROUTE,
   and 0 otherwise. */
enum fdp_input {
    FDP_IN_DATA = 1,       /* normal data queued (inline urgent data too) */
    FDP_IN_DATA_GONE,      /* no normal data left, other than by a recv */
    FDP_IN_URGENT,         /* urgent (OOB) data arrived */
    FDP_IN_URGENT_GONE,    /* no urgent data left, other than by a recv */
    FDP_IN_PENDING,        /* a connection request is queued (listener) */
    FDP_IN_NO_PENDING,     /* no connection request left */
    FDP_IN_CONNECTED,      /* a pending connect/joinleaf completed */
    FDP_IN_CONNECT_FAILED, /* ... or failed; arg = its error */
    FDP_IN_SPACE,          /* send buffer space is available again */
    FDP_IN_FIN,            /* the peer closed gracefully (end of data) */
    FDP_IN_RESET,          /* the peer reset the connection */
    FDP_IN_ABORT,          /* the connection was aborted; arg = why */
    FDP_IN_NETDOWN,        /* the network subsystem failed */
    FDP_IN_QOS,            /* the socket's flow spec changed */
    FDP_IN_GROUP_QOS,      /* the socket group's flow spec changed */
    FDP_IN_ROUTE,          /* the routing interface changed; arg = 0 or why */
    FDP_IN_ADDRESS_LIST,   /* the local address list changed */
    FDP_IN_COUNT_
};

/*
 * The post callback: WPUPostMessage(window, message, wparam, lparam).
 * Return 0 when posted, non-zero (a Winsock error, e.g. WSAENOBUFS) when
 * not.  A post that fails is not retried: the machines have already moved
 * on as if it had been delivered.  The engine still delivers the call's
 * other posts, then returns the first failure's error from the call that
 * caused the post.  A non-zero return that is no Winsock error (negative,
 * or above 65535: -1, a BOOL) is reported as WSAENOBUFS.
 *
 * Re-entrancy.  The callback may call the engine: fdp_select on the socket
 * being posted fails with WSAEINPROGRESS (S17); other calls on it, and calls
 * on other sockets, run.  The posts the outer call had decided are one
 * batch, decided before any of it goes out: a call from inside the callback
 * does not change the batch's remaining posts, which still go out, with the
 * handle, window and message the socket had when the batch was decided,
 * even after a close of the socket (or a reuse of its memory) from inside
 * the callback.  An accept decides the new socket's posts with the
 * listener's, before either goes out.  So a trace that writes a batch
 * directly after its call, and a nested call after the batch, replays to
 * the same posts (engine/fdp_recorder.h).
 */
typedef int fdp_post_fn(void *ctx, uint64_t wparam, uint32_t window,
                        uint32_t message, uint32_t lparam);

/*
 * The event callback: WSASetEvent (set 1) or WSAResetEvent (set 0) on an
 * event object.  Return 0, or non-zero as fdp_post_fn.  The engine sets the
 * object of a socket registered with fdp_eventselect once per call or input
 * that recorded at least one network event, after recording them (E2), and
 * resets the object fdp_enum_network_events is given (E4).  A set that
 * fails is not retried: the events stay recorded; the call that recorded
 * them returns the error.  Re-entrancy as fdp_post_fn: fdp_eventselect on
 * the socket being set fails with WSAEINPROGRESS.
 */
typedef int fdp_event_fn(void *ctx, uint64_t object, int set);

/* What the observer sees: one record per call or input, made after the
   machines decided and before the posts go out (`posts` says how many
   post records its batch will make), then one per post, after its callback
   returned.  In event mode the batch is one RECORD per event recorded (in
   the record before the first of them is heard), then, if any was, one
   SET_EVENT after the event callback returned.  So the records of a call made from inside a post callback come
   before the record of the post it was made for: the observer hears calls
   nested.  A successful accept's record is followed at once by the new
   socket's (SOCKET, flags 1), then come both sockets' post records, counted
   in the accept's `posts`. */
enum fdp_verb {
    FDP_V_SOCKET = 1,
    FDP_V_SELECT,
    FDP_V_EVENTSELECT,
    FDP_V_FIONBIO,
    FDP_V_RECV,
    FDP_V_SEND,
    FDP_V_ACCEPT,
    FDP_V_CONNECT,
    FDP_V_JOINLEAF,
    FDP_V_IOCTL,
    FDP_V_OOBINLINE,
    FDP_V_BIND,
    FDP_V_LISTEN,
    FDP_V_SHUTDOWN,
    FDP_V_CLOSE,
    FDP_V_INPUT,
    FDP_V_POST,
    FDP_V_ENUM,     /* WSPEnumNetworkEvents */
    FDP_V_RECORD,   /* event mode's post: an event recorded */
    FDP_V_SET_EVENT /* the event object set after a call's records */
};

typedef struct fdp_record {
    int verb;   /* enum fdp_verb */
    int failed; /* the engine refused the call: `error` says why */
    int error;  /* that refusal's Winsock error */
    /* SOCKET: type; SELECT/EVENTSELECT: mask; FIONBIO/OOBINLINE: on;
       RECV/SEND: requested bytes; IOCTL: code; SHUTDOWN: how;
       INPUT: enum fdp_input; POST, RECORD: event */
    long arg;
    /* RECV/SEND: bytes or -error; ACCEPT, CONNECT, JOINLEAF: 0 or error;
       INPUT: its arg; POST, RECORD: the error; ENUM: lNetworkEvents
       returned */
    long result;
    /* RECV: FDP_MSG_*; ACCEPT: pending left; POST, RECORD: 1 when the
       profile leaves it optional: the engine does not make it (D1) */
    int flags;
    /* ACCEPT: the new socket's handle; SOCKET born by accept (flags 1): the
       listener's; POST, RECORD: the wParam posted (the handle at decision
       time); EVENTSELECT, SET_EVENT: the event object; ENUM: the object
       given (0: none) */
    uint64_t handle;
    uint32_t window, message; /* SELECT; POST */
    int rule;                 /* POST, RECORD: the rule behind it */
    /* POST: the post callback's result (0 = ok); SET_EVENT: the event
       callback's */
    int posted;
    /* ENUM: iErrorCode as returned, by FDP_FD_*_BIT (0 where the bit is
       clear) */
    const int *errors;
    /* call/input: per event (S15 order), the rule behind each machine's
       last decision */
    const uint8_t *why;
    /* call/input: the post records that follow it for its batch (for a
       successful accept, the listener's and the new socket's); 0 when
       refused */
    int posts;
} fdp_record;

/* An observer: called with each record, synchronously, on the thread of
   the call that made it. */
struct fdp_socket;
typedef void fdp_observe_fn(void *ctx, const struct fdp_socket *s,
                            const fdp_record *r);

/*
 * One per provider; read-only after set-up, so threads may share it.
 * Private: the fields are here only so that callers can allocate it; set
 * them through fdp_init and fdp_set_observer.
 */
typedef struct fdp_engine {
    fdp_post_fn *post;       /* private */
    void *post_ctx;          /* private */
    fdp_observe_fn *observe; /* private: fdp_set_observer */
    void *observe_ctx;       /* private */
    int profile;             /* private: default profile of new sockets */
    fdp_event_fn *event;     /* private: fdp_set_event_callback */
    void *event_ctx;         /* private */
} fdp_engine;

/*
 * One per socket, owned by the caller; 40 bytes.  Private: read and change
 * it only through the functions below.  cs[] holds one machine state per
 * network event, in the S15 posting order (as its row of the engine's
 * table).  The last 8 bytes are event mode's record: lNetworkEvents (10
 * bits), FD_CONNECT's error and FD_CLOSE's (any Winsock error: 16 bits
 * each) and the other eight events' (0, WSAENETDOWN or, for
 * FD_ROUTING_INTERFACE_CHANGE, WSAENETUNREACH: 2 bits each), 52 bits; the
 * 32 bytes of message mode have 1 byte to spare.
 */
typedef struct fdp_socket {
    uint64_t handle; /* private: wParam of every post */
    union {
        struct {
            uint32_t window;  /* private: hWnd (32-bit values) */
            uint32_t message; /* private: wMsg */
        } msg;                /* WSPAsyncSelect's */
        uint64_t object;      /* private: WSPEventSelect's event object */
    } to;
    uint16_t mask;                 /* private: lEvent */
    uint16_t error;                /* private: kept for a later post */
    uint8_t flags;                 /* private: FDP_F_* (engine/fdp_core.h) */
    uint8_t cs[FDP_FD_MAX_EVENTS]; /* private: the machines' states */
    uint8_t mode;                  /* private: FDP_M_* (engine/fdp_core.h) */
    uint16_t events;               /* private: the record's lNetworkEvents */
    uint16_t codes;                /* private: its small errors, 2 bits each */
    uint16_t connect_error;        /* private: its FD_CONNECT error */
    uint16_t close_error;          /* private: its FD_CLOSE error */
} fdp_socket;

/* A network-event record as WSPEnumNetworkEvents returns it
   (WSANETWORKEVENTS). */
typedef struct fdp_network_events {
    long network_events;               /* lNetworkEvents: FDP_FD_* bits */
    int error_code[FDP_FD_MAX_EVENTS]; /* iErrorCode, by FDP_FD_*_BIT */
} fdp_network_events;

/* Set up an engine: `post` delivers every message, with `post_ctx`;
   `profile` (FDP_PROFILE_SPEC or FDP_PROFILE_WINDOWS) is the default of
   new sockets.  No observer.  Cannot fail.  With `post` NULL nothing can be
   delivered: every post fails with WSAENOBUFS (the call that caused it
   says so), nothing crashes. */
void fdp_init(fdp_engine *e, fdp_post_fn *post, void *post_ctx,
              enum fdp_profile profile);

/* Install `fn` (NULL: none) as the engine's one observer, with `ctx`.  Set
   it up before the engine is shared.  To chain, fetch the one before with
   fdp_get_observer and call it from yours.  Cannot fail. */
void fdp_set_observer(fdp_engine *e, fdp_observe_fn *fn, void *ctx);
/* The observer installed (NULL if none); its ctx in *ctx if ctx != NULL. */
fdp_observe_fn *fdp_get_observer(const fdp_engine *e, void **ctx);

/* Install `fn` (NULL: none) as the engine's event callback, with `ctx`: it
   sets and resets event objects for event mode.  Without one, a set or
   reset fails with WSAENOBUFS (the call that caused it says so).  Set it up
   before the engine is shared.  Cannot fail. */
void fdp_set_event_callback(fdp_engine *e, fdp_event_fn *fn, void *ctx);

/* A new socket: blocking, unregistered, unbound.  profile:
   FDP_PROFILE_DEFAULT takes the engine's.  `s` is written whatever it
   held (the engine cannot tell a live socket from uninitialised memory):
   initialising a live socket again forgets its registration and state, as
   a new socket would, and a recorder writes a second `socket` line for the
   handle, which a trace reader rejects -- close it first.
   Errors: WSAEINVAL: s is NULL, type or profile unknown. */
int fdp_socket_init(const fdp_engine *e, fdp_socket *s, uint64_t handle,
                    enum fdp_type type, enum fdp_profile profile, int *err);

/* WSPAsyncSelect.  Replaces an earlier registration, of either kind (S1);
   an event-select record not yet enumerated is dropped (DE2).  Makes the
   socket non-blocking (see fdp_nonblocking); every selected event whose
   condition holds is posted now.
   Errors: WSAENOTSOCK: closed; WSAENETDOWN: after FDP_IN_NETDOWN;
   WSAEINVAL: mask has bits beyond FDP_FD_ALL_EVENTS; WSAEINPROGRESS:
   called from a post or event callback of this socket; a post callback's
   error. */
int fdp_select(const fdp_engine *e, fdp_socket *s, uint32_t window,
               uint32_t message, long mask, int *err);
/* WSPEventSelect (E1).  Replaces an earlier registration, of either kind,
   and clears the record; it does not reset the object.  Makes the socket
   non-blocking; every selected event whose condition holds is recorded now
   and `object` set.  Mask 0 cancels (the object is then never set).
   Errors as fdp_select's, and an event callback's error. */
int fdp_eventselect(const fdp_engine *e, fdp_socket *s, uint64_t object,
                    long mask, int *err);
/* WSPEnumNetworkEvents (E4): copies the socket's record to *out (only the
   error_code[] entries of set bits are written), clears it and resets
   `object` (0: none given), as one step.  Re-enables nothing.  A socket
   never event-selected has an empty record.
   Errors: WSAENOTSOCK: closed; WSAEFAULT: out is NULL (both change
   nothing); an event callback's error (the record is cleared and *out
   written all the same). */
int fdp_enum_network_events(const fdp_engine *e, fdp_socket *s, uint64_t object,
                            fdp_network_events *out, int *err);
/* FIONBIO.
   Errors: WSAENOTSOCK: closed; WSAEINVAL: turning non-blocking off while
   events are selected. */
int fdp_fionbio(const fdp_engine *e, fdp_socket *s, int nonblocking, int *err);
/* 1 once a select (or FIONBIO) made the socket non-blocking.  No errors. */
int fdp_nonblocking(const fdp_socket *s);

/* Client calls.  Report each call after doing it, with its result.
   `left` (and accept's `pending`) only report drains: a condition is
   raised by fdp_input when it arises, never by a call, so a bit that says
   "still queued" for something never reported queued changes nothing. */

/* WSPRecv: flags FDP_MSG_*, bytes asked, result = bytes received or
   -error (a failed recv re-enables too), left = FDP_LEFT_* still queued.
   Errors: WSAENOTSOCK: closed; WSAEINVAL: requested < 0 (no buffer has a
   negative length), result > requested (a trace could say neither) or
   result < -65535; a post
   callback's error. */
int fdp_recv(const fdp_engine *e, fdp_socket *s, int flags, long requested,
             long result, unsigned left, int *err);
/* WSPSend: result = bytes sent or -error (-FDP_WSAEWOULDBLOCK when full).
   Errors: WSAENOTSOCK: closed; WSAEINVAL: requested < 0, result >
   requested or result < -65535; a post
   callback's error. */
int fdp_send(const fdp_engine *e, fdp_socket *s, long requested, long result,
             int *err);
/* WSPAccept: result = 0 or +error.  On 0, `ns` is the new socket, set up
   here with handle `nhandle`, inheriting the listener's registration (of
   either kind, with an empty record: E5) and profile (ns may be NULL only when result != 0).  pending: a connection
   request is still queued.
   Errors: WSAENOTSOCK: closed; WSAEFAULT: result 0 and ns NULL; WSAEINVAL:
   result < 0 or > 65535, or result 0 with ns the listener itself (which
   would be wiped); a post callback's error (the listener's first,
   then the new socket's). */
int fdp_accept(const fdp_engine *e, fdp_socket *s, int result, int pending,
               fdp_socket *ns, uint64_t nhandle, int *err);
/* WSPConnect: result 0 (immediate success), FDP_WSAEWOULDBLOCK (pending;
   report the end with FDP_IN_CONNECTED or FDP_IN_CONNECT_FAILED), or the
   immediate +error.
   Errors: WSAENOTSOCK: closed; WSAEINVAL: result < 0 or > 65535; a post
   callback's error. */
int fdp_connect(const fdp_engine *e, fdp_socket *s, int result, int *err);
/* WSPJoinLeaf: as fdp_connect. */
int fdp_joinleaf(const fdp_engine *e, fdp_socket *s, int result, int *err);
/* Any ioctl; the four SIO_ codes above re-enable their events.
   Errors: WSAENOTSOCK: closed; a post callback's error. */
int fdp_ioctl(const fdp_engine *e, fdp_socket *s, uint32_t code, int *err);
/* setsockopt(SO_OOBINLINE, on).
   Errors: WSAENOTSOCK: closed; a post callback's error. */
int fdp_oobinline(const fdp_engine *e, fdp_socket *s, int on, int *err);
/* WSPBind, WSPListen, after they succeeded.
   Errors: WSAENOTSOCK: closed; a post callback's error. */
int fdp_bind(const fdp_engine *e, fdp_socket *s, int *err);
int fdp_listen(const fdp_engine *e, fdp_socket *s, int *err);
/* WSPShutdown.
   Errors: WSAENOTSOCK: closed; WSAEINVAL: how unknown; a post callback's
   error. */
int fdp_shutdown(const fdp_engine *e, fdp_socket *s, enum fdp_shutdown how,
                 int *err);
/* WSPCloseSocket: nothing is posted afterwards; later calls: WSAENOTSOCK.
   The socket needs no other clean-up.  Called from a post callback, the
   posts its caller had decided for this socket still go out (see
   fdp_post_fn, re-entrancy).
   Errors: WSAENOTSOCK: already closed; a post callback's error. */
int fdp_close(const fdp_engine *e, fdp_socket *s, int *err);

/* Transport: what the network did, with `arg` as enum fdp_input says.
   Errors: WSAENOTSOCK: closed; WSAEINVAL: unknown input, arg < 0, an
   error argument that is 0 or > 65535 (CONNECT_FAILED, ABORT) or, for
   ROUTE, other than 0, WSAENETUNREACH or WSAENETDOWN; a post callback's
   error. */
int fdp_input(const fdp_engine *e, fdp_socket *s, enum fdp_input input,
              long arg, int *err);

/* Names and tables; none fails.  NULL for a value out of range. */
const char *fdp_event_name(unsigned event);             /* "FD_READ" */
const char *fdp_error_name(int error);                  /* "WSAECONNRESET" */
const char *fdp_ioctl_name(uint32_t code);              /* "SIO_GET_QOS" */
const char *fdp_rule_name(int rule);                    /* "S5" */
const char *fdp_rule_text(int rule);                    /* the rule in words */
const char *fdp_profile_name(enum fdp_profile profile); /* "spec" */
int fdp_event_index(unsigned event); /* S15 rank 0-9, or -1 */
unsigned fdp_event_at(int index);    /* its inverse, or 0 */
const char *fdp_version(void);       /* "0.2.0" */

#ifdef __cplusplus
}
#endif
#endif
