/* SPDX-License-Identifier: MIT */
/*
 * fdp_model.h -- the reference model of fdpost's posting engine.
 *
 * A second implementation of both profiles (spec, windows), written by hand
 * from the rules (docs/rules.md: the WSPAsyncSelect page, S1-S18, W1-W5)
 * and docs/decisions.md (D1-D13).  It shares no code, table
 * or header with spec/, gen/ or engine/: every constant below is defined
 * here, with the values docs/rules.md lists.
 *
 * Its structure is deliberately unlike the engine's state machines: a socket
 * is a plain struct of flags and levels (fdpm_socket), and each rule of the
 * notes is one small function in fdp_model.c named after its id.
 *
 * The API mirrors engine/fdpost.h one for one with the prefix fdpm_: same
 * arguments, same meanings, same returns (0, or FDPM_SOCKET_ERROR with the
 * Winsock error in *err), same input enumeration values.
 *
 * Optional posts.  Where the profile leaves a post optional (D1: FD_WRITE
 * after bind on a registered datagram socket) the model, like the engine,
 * does not make it: it calls `post_optional` instead (same shape as
 * `post`, in the S15 place the post would have had) to say that an optional
 * post was due, and nothing is posted.  Leave it NULL to ignore them.
 * fdpost verify compares these with the engine observer's optional POST
 * records.
 *
 * Event-select mode (docs/rules.md E1-E8, DE1-DE4).  After fdpm_eventselect
 * the socket records instead of posting: where message mode would post
 * event X with error E, X's bit is set in the socket's record
 * (lNetworkEvents) and E stored as iErrorCode[X's bit index]; `record` is
 * told of each recording (and of each optional one, which is not made),
 * in the S15 order, and once a call or input has recorded at least one
 * event on a socket, `event` sets that socket's event object (DE4).
 * fdpm_enum_network_events copies the record, clears it and resets the
 * object it is given.
 */
#ifndef FDP_MODEL_H
#define FDP_MODEL_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Network events: Windows' values. */
#define FDPM_FD_READ                      0x001
#define FDPM_FD_WRITE                     0x002
#define FDPM_FD_OOB                       0x004
#define FDPM_FD_ACCEPT                    0x008
#define FDPM_FD_CONNECT                   0x010
#define FDPM_FD_CLOSE                     0x020
#define FDPM_FD_QOS                       0x040
#define FDPM_FD_GROUP_QOS                 0x080
#define FDPM_FD_ROUTING_INTERFACE_CHANGE  0x100
#define FDPM_FD_ADDRESS_LIST_CHANGE       0x200
#define FDPM_FD_ALL_EVENTS                0x3FF
#define FDPM_FD_MAX_EVENTS                10

/* iErrorCode indexes: an event's bit number (FD_READ_BIT ... in winsock2.h). */
#define FDPM_FD_READ_BIT                      0
#define FDPM_FD_WRITE_BIT                     1
#define FDPM_FD_OOB_BIT                       2
#define FDPM_FD_ACCEPT_BIT                    3
#define FDPM_FD_CONNECT_BIT                   4
#define FDPM_FD_CLOSE_BIT                     5
#define FDPM_FD_QOS_BIT                       6
#define FDPM_FD_GROUP_QOS_BIT                 7
#define FDPM_FD_ROUTING_INTERFACE_CHANGE_BIT  8
#define FDPM_FD_ADDRESS_LIST_CHANGE_BIT       9

/* Errors. */
#define FDPM_SOCKET_ERROR      (-1)
#define FDPM_WSAEFAULT         10014
#define FDPM_WSAEINVAL         10022
#define FDPM_WSAEMFILE         10024
#define FDPM_WSAEWOULDBLOCK    10035
#define FDPM_WSAEINPROGRESS    10036
#define FDPM_WSAENOTSOCK       10038
#define FDPM_WSAEAFNOSUPPORT   10047
#define FDPM_WSAENETDOWN       10050
#define FDPM_WSAENETUNREACH    10051
#define FDPM_WSAECONNABORTED   10053
#define FDPM_WSAECONNRESET     10054
#define FDPM_WSAENOBUFS        10055
#define FDPM_WSAEISCONN        10056
#define FDPM_WSAENOTCONN       10057
#define FDPM_WSAETIMEDOUT      10060
#define FDPM_WSAECONNREFUSED   10061
#define FDPM_WSATRY_AGAIN      11002

#define FDPM_SIO_GET_QOS                   0xC8000007u
#define FDPM_SIO_GET_GROUP_QOS             0xC8000008u
#define FDPM_SIO_ROUTING_INTERFACE_CHANGE  0x88000015u
#define FDPM_SIO_ADDRESS_LIST_CHANGE       0x28000017u

#define FDPM_MAKESELECTREPLY(event, error) \
    ((uint32_t)(((uint32_t)(error) << 16) | ((uint32_t)(event) & 0xFFFFu)))

enum fdpm_profile {
    FDPM_PROFILE_DEFAULT = -1,
    FDPM_PROFILE_SPEC = 0,
    FDPM_PROFILE_WINDOWS = 1,
    FDPM_PROFILES = 2
};

enum fdpm_type { FDPM_STREAM = 0, FDPM_DGRAM = 1 };

#define FDPM_MSG_OOB   0x1
#define FDPM_MSG_PEEK  0x2

#define FDPM_LEFT_DATA    1u
#define FDPM_LEFT_URGENT  2u

enum fdpm_shutdown { FDPM_SD_RECEIVE = 0, FDPM_SD_SEND = 1, FDPM_SD_BOTH = 2 };

/* The transport's inputs: the same values as the engine's enum fdp_input. */
enum fdpm_input {
    FDPM_IN_DATA = 1,
    FDPM_IN_DATA_GONE,
    FDPM_IN_URGENT,
    FDPM_IN_URGENT_GONE,
    FDPM_IN_PENDING,
    FDPM_IN_NO_PENDING,
    FDPM_IN_CONNECTED,
    FDPM_IN_CONNECT_FAILED,
    FDPM_IN_SPACE,
    FDPM_IN_FIN,
    FDPM_IN_RESET,
    FDPM_IN_ABORT,
    FDPM_IN_NETDOWN,
    FDPM_IN_QOS,
    FDPM_IN_GROUP_QOS,
    FDPM_IN_ROUTE,
    FDPM_IN_ADDRESS_LIST,
    FDPM_IN_COUNT_
};

/* WPUPostMessage(window, message, wparam, lparam): 0 when posted, else a
   Winsock error, which the call that caused the post returns. */
typedef int fdpm_post_fn(void *ctx, uint64_t wparam, uint32_t window,
                         uint32_t message, uint32_t lparam);

/* WSASetEvent (set 1) / WSAResetEvent (set 0) on an event object: 0, or a
   Winsock error, which the call that caused it returns (as a post's). */
typedef int fdpm_event_fn(void *ctx, uint64_t object, int set);

/* Told of each event recorded on `handle` in event-select mode, with the
   error stored; `optional` 1: a post the profile leaves optional (D1),
   which is not recorded. */
typedef void fdpm_record_fn(void *ctx, uint64_t handle, unsigned event,
                            int error, int optional);

/* WSANETWORKEVENTS. */
typedef struct fdpm_network_events {
    long network_events;                    /* lNetworkEvents */
    int error_code[FDPM_FD_MAX_EVENTS];     /* iErrorCode, by FDPM_FD_*_BIT */
} fdpm_network_events;

typedef struct fdpm_engine {
    fdpm_post_fn *post;
    void *post_ctx;
    fdpm_post_fn *post_optional;  /* told of optional posts, which are
                                     not made (D1); may be NULL */
    void *optional_ctx;
    fdpm_event_fn *event;         /* sets and resets event objects; may be
                                     NULL */
    void *event_ctx;
    fdpm_record_fn *record;       /* told of recordings; may be NULL */
    void *record_ctx;
    int profile;                  /* default profile of new sockets */
} fdpm_engine;

/* How the connection ended (S8, D8): the first of these wins. */
enum fdpm_close_kind {
    FDPM_OPEN = 0,
    FDPM_GRACEFUL_HELD,     /* FIN, FD_CLOSE held back by unread data (S8) */
    FDPM_GRACEFUL,          /* FIN, FD_CLOSE due */
    FDPM_RESET, FDPM_ABORTED
};

/*
 * One socket.  Plain data, no pointers; fdpm_socket_init zeroes it whole
 * (padding included), so two sockets in the same state compare equal with
 * memcmp and hash alike.  Every field is 0/1 unless said otherwise.
 */
typedef struct fdpm_socket {
    uint64_t handle;        /* wParam */
    uint64_t object;        /* the event object of an event-select
                               registration with a mask (E1); else 0 */
    uint32_t window;        /* hWnd (D13); 0 in event-select mode */
    uint32_t message;       /* wMsg; 0 in event-select mode */
    uint16_t mask;          /* lEvent of the registration, async or
                               event-select (`evsel`); 0: none */
    uint16_t awaiting;      /* FD_* bits posted (or recorded) and not
                               re-enabled since (S3); for FD_CLOSE: since
                               the select */
    uint16_t reported;      /* windows profile: FD_* bits enumerated and
                               neither re-enabled nor recorded again since
                               (E7b); 0 in the spec profile */
    uint16_t close_error;   /* the error FD_CLOSE carries (D8) */
    uint16_t rec;           /* the record's lNetworkEvents (E2) */
    uint16_t rec_err[FDPM_FD_MAX_EVENTS];   /* its iErrorCode, by bit
                               index; 0 where the bit is clear */
    uint16_t conn_err;      /* windows profile: the error of the latest
                               connect outcome (`conn_pend`), E7B/E7D */
    uint8_t profile;        /* FDPM_PROFILE_SPEC / _WINDOWS */
    uint8_t type;           /* FDPM_STREAM / FDPM_DGRAM */
    uint8_t live;           /* 1 once fdpm_socket_init succeeded */
    uint8_t closed;         /* WSPCloseSocket was called (S16) */
    uint8_t nonblocking;    /* a select made it so (S1) */
    uint8_t busy;           /* its posts are being delivered (D11) */
    uint8_t data;           /* level: a plain recv would return data
                               (with SO_OOBINLINE: urgent data too, D3) */
    uint8_t urgent;         /* level: a MSG_OOB recv would return data */
    uint8_t pending;        /* level: a connection request is queued */
    uint8_t oobinline;      /* SO_OOBINLINE (S9) */
    uint8_t connected;      /* a connect/joinleaf of this socket succeeded
                               and no reset/abort since (D4); spec profile
                               only (W3; E7D reads `conn_pend`) */
    uint8_t connecting;     /* a connect/joinleaf returned WSAEWOULDBLOCK
                               and its outcome has not come (D2) */
    uint8_t writable;       /* first connected, accepted, or datagram (D6) */
    uint8_t blocked;        /* a send failed with WSAEWOULDBLOCK and no
                               space has come since (S6) */
    uint8_t close_kind;     /* enum fdpm_close_kind */
    uint8_t dead;           /* reset, abort or network down: FD_READ,
                               FD_OOB, FD_WRITE die (S8, D8) */
    uint8_t netdown;        /* the network subsystem failed (D2) */
    uint8_t qos_changed;    /* the QOS changed since the last SIO_GET_QOS */
    uint8_t gqos_changed;   /* same for the group QOS */
    uint8_t route_armed;    /* SIO_ROUTING_INTERFACE_CHANGE issued since the
                               last FD_ROUTING_INTERFACE_CHANGE (S13) */
    uint8_t alist_armed;    /* same for SIO_ADDRESS_LIST_CHANGE */
    uint8_t had_connection; /* a connect/joinleaf succeeded or accept made
                               it: a reset or abort ends something (D8) */
    uint8_t shut_send;      /* its own shutdown SD_SEND/SD_BOTH: no send
                               is possible any more (D6) */
    uint8_t evsel;          /* the last registration was WSPEventSelect
                               (event-select mode, E1) */
    uint8_t bound;          /* windows profile, datagram: bound, by bind
                               or a connect (E7e) */
    uint8_t conn_pend;      /* windows profile: a connect or joinleaf
                               outcome happened (E7B, E7D) */
    uint8_t spare[6];       /* zero: no padding, 88 bytes in all */
} fdpm_socket;

void fdpm_init(fdpm_engine *e, fdpm_post_fn *post, void *post_ctx,
               int profile);

int fdpm_socket_init(const fdpm_engine *e, fdpm_socket *s, uint64_t handle,
                     int type, int profile, int *err);
int fdpm_select(const fdpm_engine *e, fdpm_socket *s, uint32_t window,
                uint32_t message, long mask, int *err);
int fdpm_eventselect(const fdpm_engine *e, fdpm_socket *s, uint64_t object,
                     long mask, int *err);
int fdpm_enum_network_events(const fdpm_engine *e, fdpm_socket *s,
                             uint64_t object, fdpm_network_events *out,
                             int *err);
void fdpm_set_event_callback(fdpm_engine *e, fdpm_event_fn *fn, void *ctx);
void fdpm_set_record_callback(fdpm_engine *e, fdpm_record_fn *fn, void *ctx);
int fdpm_fionbio(const fdpm_engine *e, fdpm_socket *s, int nonblocking,
                 int *err);
int fdpm_nonblocking(const fdpm_socket *s);
int fdpm_recv(const fdpm_engine *e, fdpm_socket *s, int flags,
              long requested, long result, unsigned left, int *err);
int fdpm_send(const fdpm_engine *e, fdpm_socket *s, long requested,
              long result, int *err);
int fdpm_accept(const fdpm_engine *e, fdpm_socket *s, int result,
                int pending, fdpm_socket *ns, uint64_t nhandle, int *err);
int fdpm_connect(const fdpm_engine *e, fdpm_socket *s, int result, int *err);
int fdpm_joinleaf(const fdpm_engine *e, fdpm_socket *s, int result,
                  int *err);
int fdpm_ioctl(const fdpm_engine *e, fdpm_socket *s, uint32_t code,
               int *err);
int fdpm_oobinline(const fdpm_engine *e, fdpm_socket *s, int on, int *err);
int fdpm_bind(const fdpm_engine *e, fdpm_socket *s, int *err);
int fdpm_listen(const fdpm_engine *e, fdpm_socket *s, int *err);
int fdpm_shutdown(const fdpm_engine *e, fdpm_socket *s, int how, int *err);
int fdpm_close(const fdpm_engine *e, fdpm_socket *s, int *err);
int fdpm_input(const fdpm_engine *e, fdpm_socket *s, int input, long arg,
               int *err);

/* An event's bit index (iErrorCode's), or -1. */
int fdpm_event_bit(unsigned event);
/* S15 rank 0-9 of an event, or -1; and its inverse. */
int fdpm_event_index(unsigned event);
unsigned fdpm_event_at(int index);

#ifdef __cplusplus
}
#endif
#endif
