/* SPDX-License-Identifier: MIT */
/*
 * fdp_posix.h -- the POSIX (Linux) adapter: one engine socket per real socket.
 *
 * The adapter gives an application a WSAAsyncSelect-shaped API over real
 * Linux sockets.  Each wrapper (recv, send, accept, connect, ...) makes the
 * real system call and reports the call to the engine with its result; the
 * transport's condition changes (data queued, urgent data, a connection
 * request pending, a connect's outcome, send space after a would-block, the
 * peer's FIN, a reset) are learnt from the kernel -- epoll readiness, FIONREAD,
 * MSG_OOB peeks, SO_ERROR, TCP_INFO -- and reported once when they change.
 *
 * Messages: the engine's post callback appends to the context's message queue;
 * fdpx_get_message() takes them in order, running epoll while the queue is
 * empty (GetMessage).  The adapter never decides to post: every message it
 * delivers was posted by the engine.
 *
 * Event mode: fdpx_eventselect() registers a socket with an event object
 * (fdpx_create_event: an eventfd); the engine records network events in the
 * socket's record and sets the object through its event callback;
 * fdpx_wait_events() waits for objects (WSAWaitForMultipleEvents), running
 * epoll meanwhile; fdpx_enum_network_events() reads and clears the record.
 *
 * Every real descriptor is non-blocking from birth: the adapter is an
 * asynchronous API, and no wrapper ever blocks.  Errors are Winsock codes:
 * functions return FDP_SOCKET_ERROR (or FDPX_INVALID_SOCKET) and the code is
 * kept for fdpx_last_error() (WSAGetLastError).  A post or an event set that
 * fails does not fail the call that caused it (its system call's result
 * stands); fdpx_stats counts them.  One context is used by one
 * thread.  Linux only (epoll, TCP_INFO); the mingw build leaves it out.
 */
#ifndef FDP_POSIX_H
#define FDP_POSIX_H

#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>

#include "fdpost.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Winsock codes the engine header does not name (Windows' values). */
#define FDPX_WSAEINTR         10004
#define FDPX_WSAEACCES        10013
#define FDPX_WSAEALREADY      10037
#define FDPX_WSAEDESTADDRREQ  10039
#define FDPX_WSAEMSGSIZE      10040
#define FDPX_WSAEPROTONOSUPPORT 10043
#define FDPX_WSAEOPNOTSUPP    10045
#define FDPX_WSAEADDRINUSE    10048
#define FDPX_WSAEADDRNOTAVAIL 10049
#define FDPX_WSAESHUTDOWN     10058
#define FDPX_WSAEHOSTUNREACH  10065

typedef uint64_t fdpx_socket_t;                 /* SOCKET; wParam of posts */
#define FDPX_INVALID_SOCKET ((fdpx_socket_t)~(uint64_t)0)
typedef uint64_t fdpx_event_t;                  /* WSAEVENT: an event object */
#define FDPX_INVALID_EVENT ((fdpx_event_t)0)    /* WSA_INVALID_EVENT */

/* One posted message, as the engine posted it (MSG). */
typedef struct fdpx_msg {
    uint32_t window;        /* hWnd */
    uint32_t message;       /* wMsg */
    uint64_t wparam;        /* the socket */
    uint32_t lparam;        /* FDP_MAKESELECTREPLY(event, error) */
} fdpx_msg;

typedef struct fdpx_ctx fdpx_ctx;

/* A context: its own engine (profile FDP_PROFILE_SPEC or _WINDOWS), epoll set,
   socket table and message queue.  `observe` (may be NULL) is installed as
   the engine's observer before any socket exists.  NULL on failure. */
fdpx_ctx *fdpx_new(int profile, fdp_observe_fn *observe, void *observe_ctx);
/* Closes every socket still open (reported to the engine) and frees. */
void fdpx_free(fdpx_ctx *c);
/* The context's engine: attach a recorder here (fdp_recorder_attach) before
   the first socket is made. */
fdp_engine *fdpx_engine(fdpx_ctx *c);
int fdpx_last_error(const fdpx_ctx *c);

/* socket(): family AF_INET or AF_INET6, type FDP_STREAM or FDP_DGRAM. */
fdpx_socket_t fdpx_socket(fdpx_ctx *c, int family, int type);
int fdpx_bind(fdpx_ctx *c, fdpx_socket_t s, const struct sockaddr *a, socklen_t len);
int fdpx_listen(fdpx_ctx *c, fdpx_socket_t s, int backlog);
/* Non-blocking: a stream connect returns FDP_SOCKET_ERROR with
   WSAEWOULDBLOCK; its outcome comes as FD_CONNECT (when registered). */
int fdpx_connect(fdpx_ctx *c, fdpx_socket_t s, const struct sockaddr *a, socklen_t len);
fdpx_socket_t fdpx_accept(fdpx_ctx *c, fdpx_socket_t s, struct sockaddr *a, socklen_t *len);
/* flags: FDP_MSG_OOB, FDP_MSG_PEEK.  Bytes, or FDP_SOCKET_ERROR. */
long fdpx_recv(fdpx_ctx *c, fdpx_socket_t s, void *buf, size_t len, int flags);
long fdpx_recvfrom(fdpx_ctx *c, fdpx_socket_t s, void *buf, size_t len, int flags,
                   struct sockaddr *from, socklen_t *fromlen);
/* flags: FDP_MSG_OOB (urgent data). */
long fdpx_send(fdpx_ctx *c, fdpx_socket_t s, const void *buf, size_t len, int flags);
long fdpx_sendto(fdpx_ctx *c, fdpx_socket_t s, const void *buf, size_t len, int flags,
                 const struct sockaddr *to, socklen_t tolen);
int fdpx_shutdown(fdpx_ctx *c, fdpx_socket_t s, int how);      /* FDP_SD_* */
int fdpx_closesocket(fdpx_ctx *c, fdpx_socket_t s);
/* WSAAsyncSelect: replaces the registration; mask 0 cancels. */
int fdpx_select(fdpx_ctx *c, fdpx_socket_t s, uint32_t window, uint32_t message,
                long mask);
/* WSAEventSelect (E1): replaces the registration, of either kind (a
   WSAAsyncSelect is replaced too), and clears the socket's network-event
   record; the engine records every selected event whose condition holds and
   sets `ev`.  Mask 0 cancels (ev is then not used).  Does not reset ev.
   An ev that is not an open event object of this context, with a mask,
   fails with WSAEINVAL before the engine hears of the call. */
int fdpx_eventselect(fdpx_ctx *c, fdpx_socket_t s, fdpx_event_t ev, long mask);
/* WSAEnumNetworkEvents (E4): the record into *out (the error_code[] entries
   of set bits), cleared, and ev reset, as one step; ev FDPX_INVALID_EVENT:
   none is reset.  Re-enables nothing.  Errors: WSAENOTSOCK, WSAEFAULT (out
   NULL), WSAEINVAL (ev given and not open: before the engine hears of it). */
int fdpx_enum_network_events(fdpx_ctx *c, fdpx_socket_t s, fdpx_event_t ev,
                             fdp_network_events *out);
/* setsockopt SO_OOBINLINE, reported to the engine. */
int fdpx_oobinline(fdpx_ctx *c, fdpx_socket_t s, int on);
/* Plain setsockopt/getsockopt/getsockname, not reported (SO_RCVBUF, SO_LINGER...). */
int fdpx_setsockopt(fdpx_ctx *c, fdpx_socket_t s, int level, int name,
                    const void *val, socklen_t len);
int fdpx_getsockname(fdpx_ctx *c, fdpx_socket_t s, struct sockaddr *a, socklen_t *len);
/* The real descriptor (-1 when s is not open): for tests only. */
int fdpx_fd(const fdpx_ctx *c, fdpx_socket_t s);

/* GetMessage: the next posted message.  While the queue is empty, runs epoll
   and reports the transport's changes (which may make the engine post).
   timeout_ms < 0 waits for ever.  1: *m filled; 0: timed out; -1: error. */
int fdpx_get_message(fdpx_ctx *c, fdpx_msg *m, int timeout_ms);
/* Runs epoll once (waiting at most timeout_ms for readiness when the queue is
   empty) without taking messages; returns the number of messages queued. */
size_t fdpx_pump(fdpx_ctx *c, int timeout_ms);
size_t fdpx_queued(const fdpx_ctx *c);
/* The i-th queued message without taking it (0 = next); 0 if none. */
int fdpx_peek_message(const fdpx_ctx *c, size_t i, fdpx_msg *m);

/* What the adapter has reported to the engine for a socket so far: lets a
   caller wait for a transport condition to have been seen (never by sleeping:
   fdpx_wait() pumps until the predicate holds or the timeout passes). */
typedef struct fdpx_seen {
    int open;               /* the socket is open */
    int connecting;         /* a connect is in progress */
    int connected;          /* connected (stream) / associated (datagram) */
    int listening;
    long data;              /* normal bytes reported and not yet received
                               (datagram sockets: datagrams) */
    int urgent;             /* urgent byte reported and not yet received */
    long pending;           /* connection requests reported, not accepted */
    int send_blocked;       /* a send would-block, no space reported since */
    int fin;                /* the peer's FIN reported */
    int reset;              /* a reset or abort reported (its error below) */
    int error;              /* that error (Winsock), or connect's failure */
    unsigned long inputs;   /* transport inputs reported for this socket */
} fdpx_seen;
int fdpx_seen_get(const fdpx_ctx *c, fdpx_socket_t s, fdpx_seen *out);
typedef int fdpx_pred_fn(const fdpx_seen *seen, void *arg);
/* 1 once pred(seen(s)) holds, 0 on timeout (or when s is closed). */
int fdpx_wait(fdpx_ctx *c, fdpx_socket_t s, fdpx_pred_fn *pred, void *arg,
              int timeout_ms);

/* ---- event objects (WSACreateEvent ... WSAWaitForMultipleEvents) ----------
 *
 * An event object is a manual-reset event: set, it stays set until reset.
 * Each is an eventfd (a pipe where eventfd is missing: the build defines
 * FDPX_NO_EVENTFD, or the kernel says ENOSYS), readable while set.  Handles
 * are small numbers (1, 2, ...) never reused in a context: traces name them
 * (`ev=1`).  The engine sets and resets them through its fdp_event_fn
 * callback (when it records an event, when WSPEnumNetworkEvents is given
 * one); the application may too. */
/* Windows' codes for the wait and the event calls. */
#define FDPX_WSA_INVALID_HANDLE    6            /* WSA_INVALID_HANDLE */
#define FDPX_WSA_INVALID_PARAMETER 87           /* WSA_INVALID_PARAMETER */
#define FDPX_MAXIMUM_WAIT_EVENTS   64           /* WSA_MAXIMUM_WAIT_EVENTS */
#define FDPX_WAIT_EVENT_0          0            /* WSA_WAIT_EVENT_0 */
#define FDPX_WAIT_TIMEOUT          258          /* WSA_WAIT_TIMEOUT */
#define FDPX_WAIT_FAILED           (-1)         /* WSA_WAIT_FAILED */

/* WSACreateEvent: a new object, not set.  FDPX_INVALID_EVENT on failure. */
fdpx_event_t fdpx_create_event(fdpx_ctx *c);
/* WSACloseEvent.  A socket still registered with it is not told: its later
   recordings fail to set it (WSA_INVALID_HANDLE to the engine; counted in
   fdpx_stats.event_failures: the call that recorded keeps its result). */
int fdpx_close_event(fdpx_ctx *c, fdpx_event_t ev);
/* WSASetEvent, WSAResetEvent: 0, or FDP_SOCKET_ERROR (WSA_INVALID_HANDLE). */
int fdpx_set_event(fdpx_ctx *c, fdpx_event_t ev);
int fdpx_reset_event(fdpx_ctx *c, fdpx_event_t ev);
/* 1 set, 0 not set, -1 not an open event object.  Does not run the adapter. */
int fdpx_event_is_set(const fdpx_ctx *c, fdpx_event_t ev);
/* The descriptor (readable while set), for a loop of the application's own;
   -1 if ev is not open.  Set and reset it through the calls above only. */
int fdpx_event_fd(const fdpx_ctx *c, fdpx_event_t ev);

/* WSAWaitForMultipleEvents with fWaitAll FALSE: waits until one of the n
   objects is set, or timeout_ms passes (< 0: for ever; 0: just looks).
   While it waits the adapter runs: transport changes are learnt and reported
   to the engine, which may record events and set objects (or post messages,
   which stay queued).  Returns FDPX_WAIT_EVENT_0 + i for the lowest i whose
   object is set (nothing is reset: the objects are manual-reset),
   FDPX_WAIT_TIMEOUT, or FDPX_WAIT_FAILED with fdpx_last_error():
   FDPX_WSA_INVALID_PARAMETER (n is 0 or over FDPX_MAXIMUM_WAIT_EVENTS, evs
   NULL), FDPX_WSA_INVALID_HANDLE (an object not open). */
int fdpx_wait_events(fdpx_ctx *c, size_t n, const fdpx_event_t *evs, int timeout_ms);

/* Counters for summaries. */
typedef struct fdpx_stats {
    unsigned long sockets, posts, inputs, epoll_waits, syscalls_recv, syscalls_send;
    unsigned long by_event[FDP_FD_MAX_EVENTS];  /* posts per event, S15 order */
    unsigned long post_failures;
    unsigned long events;       /* event objects created */
    unsigned long event_sets;   /* objects set by the engine (WSASetEvent) */
    unsigned long event_waits;  /* fdpx_wait_events calls */
    unsigned long enums;        /* fdpx_enum_network_events calls */
    unsigned long event_failures; /* sets that failed (an object closed under a
                                     registration: WSA_INVALID_HANDLE) */
} fdpx_stats;
void fdpx_stats_get(const fdpx_ctx *c, fdpx_stats *out);

/* errno -> Winsock code. */
int fdpx_wsa_from_errno(int e);

#ifdef __cplusplus
}
#endif
#endif
