/*
 * fdpost.h -- the WSPAsyncSelect posting engine.
 *
 * A provider embeds one fdp_engine (read-only once set up) and one
 * fdp_socket per socket (caller-owned, 32 bytes, no allocation).  It tells
 * the engine what the client called and what the transport did; the
 * engine's machines, generated from spec/, decide which messages to post
 * and the engine posts them through the provider's callback.
 *
 * Every function returns 0, or FDP_SOCKET_ERROR with the Winsock error code
 * stored in *err (lpErrno style).  The engine is C99 and needs nothing but
 * <stdint.h>.
 */
#ifndef FDPOST_H
#define FDPOST_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Network events: Windows' values. */
#define FDP_FD_READ                      0x001
#define FDP_FD_WRITE                     0x002
#define FDP_FD_OOB                       0x004
#define FDP_FD_ACCEPT                    0x008
#define FDP_FD_CONNECT                   0x010
#define FDP_FD_CLOSE                     0x020
#define FDP_FD_QOS                       0x040
#define FDP_FD_GROUP_QOS                 0x080
#define FDP_FD_ROUTING_INTERFACE_CHANGE  0x100
#define FDP_FD_ADDRESS_LIST_CHANGE       0x200
#define FDP_FD_ALL_EVENTS                0x3FF
#define FDP_FD_MAX_EVENTS                10

/* Error codes: Windows' values. */
#define FDP_SOCKET_ERROR      (-1)
#define FDP_WSAEFAULT         10014
#define FDP_WSAEINVAL         10022
#define FDP_WSAEMFILE         10024
#define FDP_WSAEWOULDBLOCK    10035
#define FDP_WSAEINPROGRESS    10036
#define FDP_WSAENOTSOCK       10038
#define FDP_WSAEAFNOSUPPORT   10047
#define FDP_WSAENETDOWN       10050
#define FDP_WSAENETUNREACH    10051
#define FDP_WSAECONNABORTED   10053
#define FDP_WSAECONNRESET     10054
#define FDP_WSAENOBUFS        10055
#define FDP_WSAEISCONN        10056
#define FDP_WSAENOTCONN       10057
#define FDP_WSAETIMEDOUT      10060
#define FDP_WSAECONNREFUSED   10061
#define FDP_WSATRY_AGAIN      11002

/* The four re-enabling ioctls. */
#define FDP_SIO_GET_QOS                   0xC8000007u
#define FDP_SIO_GET_GROUP_QOS             0xC8000008u
#define FDP_SIO_ROUTING_INTERFACE_CHANGE  0x88000015u
#define FDP_SIO_ADDRESS_LIST_CHANGE       0x28000017u

/* lParam of a posted message: event in the low word, error in the high. */
#define FDP_MAKESELECTREPLY(event, error) \
    ((uint32_t)(((uint32_t)(error) << 16) | ((uint32_t)(event) & 0xFFFFu)))
#define FDP_GETSELECTEVENT(lparam) ((uint32_t)(lparam) & 0xFFFFu)
#define FDP_GETSELECTERROR(lparam) (((uint32_t)(lparam) >> 16) & 0xFFFFu)

/* Profiles: which rule set decides (see docs/decisions.md). */
enum fdp_profile {
    FDP_PROFILE_DEFAULT = -1,   /* fdp_socket_init: take the engine's */
    FDP_PROFILE_SPEC = 0,       /* the document, with spec-notes S1-S18 */
    FDP_PROFILE_WINDOWS = 1,    /* what Windows posts (W1-W5) */
    FDP_PROFILES = 2
};

/* Socket types. */
enum fdp_type { FDP_STREAM = 0, FDP_DGRAM = 1 };

/* recv flags. */
#define FDP_MSG_OOB   0x1
#define FDP_MSG_PEEK  0x2

/* What is still queued after a recv (fdp_recv's `left`). */
#define FDP_LEFT_DATA    1u     /* a plain recv would still return data */
#define FDP_LEFT_URGENT  2u     /* a MSG_OOB recv would still return data */

/* shutdown's `how`: Windows' SD_ values. */
enum fdp_shutdown { FDP_SD_RECEIVE = 0, FDP_SD_SEND = 1, FDP_SD_BOTH = 2 };

/* Transport inputs for fdp_input: what the network did to the socket.
   `arg` is the byte count for DATA and URGENT, the error for
   CONNECT_FAILED, ABORT and ROUTE, and 0 otherwise. */
enum fdp_input {
    FDP_IN_DATA = 1,        /* normal data queued (inline urgent data too) */
    FDP_IN_DATA_GONE,       /* no normal data left, other than by a recv */
    FDP_IN_URGENT,          /* urgent (OOB) data arrived */
    FDP_IN_URGENT_GONE,     /* no urgent data left, other than by a recv */
    FDP_IN_PENDING,         /* a connection request is queued (listener) */
    FDP_IN_NO_PENDING,      /* no connection request left */
    FDP_IN_CONNECTED,       /* a pending connect/joinleaf completed */
    FDP_IN_CONNECT_FAILED,  /* ... or failed; arg = its error */
    FDP_IN_SPACE,           /* send buffer space is available again */
    FDP_IN_FIN,             /* the peer closed gracefully (end of data) */
    FDP_IN_RESET,           /* the peer reset the connection */
    FDP_IN_ABORT,           /* the connection was aborted; arg = why */
    FDP_IN_NETDOWN,         /* the network subsystem failed */
    FDP_IN_QOS,             /* the socket's flow spec changed */
    FDP_IN_GROUP_QOS,       /* the socket group's flow spec changed */
    FDP_IN_ROUTE,           /* the routing interface changed; arg = 0,
                               WSAENETUNREACH or WSAENETDOWN */
    FDP_IN_ADDRESS_LIST,    /* the local address list changed */
    FDP_IN_COUNT_
};

/*
 * The post callback: WPUPostMessage(window, message, wparam, lparam).
 * Return 0 when posted, non-zero (a Winsock error, e.g. WSAENOBUFS) when
 * not: the engine returns that error from the call that caused the post.
 */
typedef int fdp_post_fn(void *ctx, uint64_t wparam, uint32_t window,
                        uint32_t message, uint32_t lparam);

/* What the observer sees: one record per call or input, made after the
   machines decided and before the posts go out, then one per post. */
enum fdp_verb {
    FDP_V_SOCKET = 1, FDP_V_SELECT, FDP_V_EVENTSELECT, FDP_V_FIONBIO,
    FDP_V_RECV, FDP_V_SEND, FDP_V_ACCEPT, FDP_V_CONNECT, FDP_V_JOINLEAF,
    FDP_V_IOCTL, FDP_V_OOBINLINE, FDP_V_BIND, FDP_V_LISTEN, FDP_V_SHUTDOWN,
    FDP_V_CLOSE, FDP_V_INPUT, FDP_V_POST
};

typedef struct fdp_record {
    int verb;               /* enum fdp_verb */
    int failed;             /* the engine refused the call: `error` says why */
    int error;              /* that refusal's Winsock error */
    long arg;               /* SOCKET: type; SELECT/EVENTSELECT: mask;
                               FIONBIO/OOBINLINE: on; RECV/SEND: requested
                               bytes; IOCTL: code; SHUTDOWN: how;
                               INPUT: enum fdp_input; POST: event */
    long result;            /* RECV/SEND: bytes or -error; ACCEPT, CONNECT,
                               JOINLEAF: 0 or error; INPUT: its arg;
                               POST: the posted error */
    int flags;              /* RECV: FDP_MSG_*; ACCEPT: pending left;
                               POST: 1 when the profile leaves it optional:
                               the engine does not make it (D1) */
    uint64_t handle;        /* ACCEPT: the new socket's handle */
    uint32_t window, message;   /* SELECT; POST */
    int rule;               /* POST: the rule behind it (fdp_rule_name) */
    int posted;             /* POST: the post callback's result (0 = ok) */
    const uint8_t *why;     /* call/input: per event (S15 order), the rule
                               behind each machine's last decision */
} fdp_record;

struct fdp_socket;
typedef void fdp_observe_fn(void *ctx, const struct fdp_socket *s,
                            const fdp_record *r);

/* One per provider; read-only after fdp_init, so threads may share it. */
typedef struct fdp_engine {
    fdp_post_fn *post;
    void *post_ctx;
    fdp_observe_fn *observe;
    void *observe_ctx;
    int profile;                /* default profile of new sockets */
} fdp_engine;

/*
 * One per socket, owned by the caller; 32 bytes.  Fields are private: use
 * the functions below.  cs[] holds one machine state per network event, in
 * the S15 posting order.
 */
typedef struct fdp_socket {
    uint64_t handle;            /* wParam of every post */
    uint32_t window;            /* hWnd; window handles are 32-bit values */
    uint32_t message;           /* wMsg */
    uint16_t mask;              /* lEvent */
    uint16_t error;             /* error a machine keeps for a later post */
    uint8_t flags;              /* FDP_F_* (engine/fdp_core.h) */
    uint8_t cs[FDP_FD_MAX_EVENTS];
    uint8_t spare;
} fdp_socket;

void fdp_init(fdp_engine *e, fdp_post_fn *post, void *post_ctx, int profile);

/* A new socket: blocking, unregistered, unbound.  type: FDP_STREAM/DGRAM. */
int fdp_socket_init(const fdp_engine *e, fdp_socket *s, uint64_t handle,
                    int type, int profile, int *err);

/* WSPAsyncSelect.  Makes the socket non-blocking (see fdp_nonblocking). */
int fdp_select(const fdp_engine *e, fdp_socket *s, uint32_t window,
               uint32_t message, long mask, int *err);
/* WSPEventSelect: cancels the async registration (S1). */
int fdp_eventselect(const fdp_engine *e, fdp_socket *s, long mask, int *err);
/* FIONBIO: turning non-blocking off while lEvent != 0 fails, WSAEINVAL. */
int fdp_fionbio(const fdp_engine *e, fdp_socket *s, int nonblocking, int *err);
int fdp_nonblocking(const fdp_socket *s);   /* 1 once a select made it so */

/* Client calls.  Report each call after doing it, with its result.
   recv: flags FDP_MSG_*, bytes asked, result = bytes or -error (failed
   calls re-enable too), left = FDP_LEFT_* still queued afterwards.  `left`
   (and accept's `pending`) only report drains: a condition is raised by
   fdp_input when it arises, never by a call, so a bit that says "still
   queued" for something never reported queued changes nothing.
   send: result = bytes or -error (-FDP_WSAEWOULDBLOCK). */
int fdp_recv(const fdp_engine *e, fdp_socket *s, int flags, long requested,
             long result, unsigned left, int *err);
int fdp_send(const fdp_engine *e, fdp_socket *s, long requested, long result,
             int *err);
/* result 0: `ns` is the new socket, created here with handle `nhandle`,
   inheriting the listener's registration and profile (ns may be NULL only
   when result != 0).  pending: a connection request is still queued. */
int fdp_accept(const fdp_engine *e, fdp_socket *s, int result, int pending,
               fdp_socket *ns, uint64_t nhandle, int *err);
/* result 0 (immediate success), WSAEWOULDBLOCK, or the immediate error. */
int fdp_connect(const fdp_engine *e, fdp_socket *s, int result, int *err);
int fdp_joinleaf(const fdp_engine *e, fdp_socket *s, int result, int *err);
/* Any ioctl; the four SIO_ codes above re-enable their events. */
int fdp_ioctl(const fdp_engine *e, fdp_socket *s, uint32_t code, int *err);
int fdp_oobinline(const fdp_engine *e, fdp_socket *s, int on, int *err);
int fdp_bind(const fdp_engine *e, fdp_socket *s, int *err);
int fdp_listen(const fdp_engine *e, fdp_socket *s, int *err);
int fdp_shutdown(const fdp_engine *e, fdp_socket *s, int how, int *err);
/* WSPCloseSocket: nothing is posted afterwards; later calls: WSAENOTSOCK. */
int fdp_close(const fdp_engine *e, fdp_socket *s, int *err);

/* Transport: one of enum fdp_input, with its error where it has one. */
int fdp_input(const fdp_engine *e, fdp_socket *s, int input, long arg,
              int *err);

const char *fdp_event_name(unsigned event);     /* "FD_READ", or NULL */
const char *fdp_error_name(int error);          /* "WSAECONNRESET", or NULL */
const char *fdp_ioctl_name(uint32_t code);      /* "SIO_GET_QOS", or NULL */
const char *fdp_rule_name(int rule);            /* "S5", or NULL */
const char *fdp_rule_text(int rule);            /* the rule in the seed's words */
int fdp_event_index(unsigned event);            /* S15 rank 0-9, or -1 */
unsigned fdp_event_at(int index);               /* its inverse */

#ifdef __cplusplus
}
#endif
#endif
