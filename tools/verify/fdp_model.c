/* SPDX-License-Identifier: MIT */
/*
 * fdp_model.c -- the reference model: per-socket flags, one function per rule.
 *
 * Read with docs/rules.md and docs/decisions.md beside it.  Each
 * public call (1) refuses what S16/S17/D11 refuse, (2) updates the levels
 * the call or input reports, (3) runs the rules that the call or input
 * triggers, each of which may add an event to a batch, and (4) delivers the
 * batch in the S15 order (D12).  A batch holds each event at most once.
 *
 * Where the notes leave a detail open, the choice made is written at the
 * rule (look for "Reading:").
 *
 * Event-select mode changes only step (4): a socket whose registration is
 * WSPEventSelect's records the batch instead of posting it (E2) and then
 * sets its event object once (DE4); the rules that decide the batch are
 * the same (E3), but for the windows profile's departures (E7), each at
 * the rule it changes (look for "E7").
 */
#include <string.h>

#include "fdp_model.h"

/* ------------------------------------------------------------------ */
/* Batches of posts                                                     */

/* S15: FD_CONNECT, FD_ACCEPT, FD_OOB, FD_READ, FD_WRITE, FD_CLOSE, FD_QOS,
   FD_GROUP_QOS, FD_ROUTING_INTERFACE_CHANGE, FD_ADDRESS_LIST_CHANGE. */
static const unsigned s15_order[FDPM_FD_MAX_EVENTS] = {
    FDPM_FD_CONNECT, FDPM_FD_ACCEPT, FDPM_FD_OOB, FDPM_FD_READ, FDPM_FD_WRITE,
    FDPM_FD_CLOSE, FDPM_FD_QOS, FDPM_FD_GROUP_QOS,
    FDPM_FD_ROUTING_INTERFACE_CHANGE, FDPM_FD_ADDRESS_LIST_CHANGE
};

int fdpm_event_index(unsigned event)
{
    int i;
    for (i = 0; i < FDPM_FD_MAX_EVENTS; i++)
        if (s15_order[i] == event)
            return i;
    return -1;
}

unsigned fdpm_event_at(int index)
{
    return index >= 0 && index < FDPM_FD_MAX_EVENTS ? s15_order[index] : 0;
}

int fdpm_event_bit(unsigned event)
{
    int i;
    for (i = 0; i < FDPM_FD_MAX_EVENTS; i++)
        if (event == 1u << i)
            return i;
    return -1;
}

typedef struct batch {
    unsigned events;                    /* FD_* bits to post */
    unsigned optional;                  /* those the profile leaves optional */
    int error[FDPM_FD_MAX_EVENTS];      /* by S15 rank */
} batch;

static void want(batch *b, unsigned ev, int error)
{
    if (b->events & ev)
        return;                         /* one post per event per call */
    b->events |= ev;
    b->error[fdpm_event_index(ev)] = error;
}

static void want_optional(batch *b, unsigned ev, int error)
{
    if (!(b->events & ev))
        b->optional |= ev;
    want(b, ev, error);
}

static int windows(const fdpm_socket *s);

/* A callback of the socket's (set or reset its event object): the socket
   is busy meanwhile (D11, E1: WSAEINPROGRESS "from inside a callback of
   this socket"); an accept's set is the listener's and the new socket's
   (`also`, or NULL). */
static int signal_object(const fdpm_engine *e, fdpm_socket *s,
                         fdpm_socket *also, uint64_t object, int set)
{
    uint8_t was_busy = s->busy, also_busy = also ? also->busy : 0;
    int r;
    if (!e->event)
        return 0;
    s->busy = 1;
    if (also)
        also->busy = 1;
    r = e->event(e->event_ctx, object, set);
    s->busy = was_busy;
    if (also)
        also->busy = also_busy;
    return r;
}

/* E2 Recording: "Where message mode would post event X with error E, event
   mode records it: X's bit is set in the record's lNetworkEvents,
   iErrorCode[X's bit index] = E, and the event object is set."  DE1: "An
   event recorded again before an enumeration: one bit; its error is the
   latest recording's."  E2: "A post the profile leaves optional (D1) is not
   recorded."  DE4: "The object is set once per call or input that
   recorded at least one event (after its recordings), and never
   otherwise."  DE4: an accept that records on both the listener and the
   new socket sets their shared object once, after both (fdpm_accept). */
static int record_batch(const fdpm_engine *e, fdpm_socket *s, const batch *b)
{
    int i, recorded = 0;
    for (i = 0; i < FDPM_FD_MAX_EVENTS; i++) {
        unsigned ev = s15_order[i];
        int optional = (b->optional & ev) != 0;
        if (!(b->events & ev))
            continue;
        if (!optional) {
            s->rec |= (uint16_t)ev;
            s->rec_err[fdpm_event_bit(ev)] = (uint16_t)b->error[i];
            recorded = 1;
        }
        if (e->record)
            e->record(e->record_ctx, s->handle, ev, b->error[i], optional);
    }
    return recorded;
}

/* The record is empty: lNetworkEvents 0, and (so that two sockets in the
   same state compare equal) every iErrorCode 0. */
static void record_clear(fdpm_socket *s)
{
    s->rec = 0;
    memset(s->rec_err, 0, sizeof s->rec_err);
}

/* D12: deliver after every rule decided, in the S15 order.  The socket is
   busy meanwhile (D11).  Every post is attempted; the first failure's error
   is what the call returns; a failed post still counts as made (D11).  A post callback that closes the socket stops
   the rest (S16).  In event-select mode the batch is recorded (E2), and
   the object set unless `recorded` takes the count for the caller to set
   it (DE4). */
static int deliver_(const fdpm_engine *e, fdpm_socket *s, const batch *b,
                    int *recorded)
{
    int i, first = 0, n;
    uint8_t was_busy = s->busy;
    if (!b->events || s->closed)
        return 0;
    if (s->evsel) {
        /* E7b: recorded again, it is not enumerated any more */
        s->reported &= (uint16_t)~(b->events & ~b->optional);
        n = record_batch(e, s, b);
        if (recorded) {
            *recorded += n;
            return 0;
        }
        return n ? signal_object(e, s, NULL, s->object, 1) : 0;
    }
    s->busy = 1;
    for (i = 0; i < FDPM_FD_MAX_EVENTS; i++) {
        unsigned ev = s15_order[i];
        fdpm_post_fn *fn = e->post;
        void *ctx = e->post_ctx;
        int r;
        if (!(b->events & ev) || s->closed)
            continue;
        if (b->optional & ev) {         /* D1: told, not posted */
            fn = e->post_optional;
            ctx = e->optional_ctx;
        }
        if (!fn)
            continue;
        r = fn(ctx, s->handle, s->window, s->message,
               FDPM_MAKESELECTREPLY(ev, b->error[i]));
        if (r && !first)
            first = r;
    }
    s->busy = was_busy;
    return first;
}

static int deliver(const fdpm_engine *e, fdpm_socket *s, const batch *b)
{
    return deliver_(e, s, b, NULL);
}

static int fail(int *err, int code)
{
    if (err)
        *err = code;
    return FDPM_SOCKET_ERROR;
}

static void rule_e7b_settle(fdpm_socket *s);

static int finish(const fdpm_engine *e, fdpm_socket *s, const batch *b,
                  int *err)
{
    int r = deliver(e, s, b);
    rule_e7b_settle(s);
    return r ? fail(err, r) : 0;
}

/* ------------------------------------------------------------------ */
/* What the socket is                                                   */

static int windows(const fdpm_socket *s)
{
    return s->profile == FDPM_PROFILE_WINDOWS;
}

static int stream(const fdpm_socket *s)
{
    return s->type == FDPM_STREAM;
}

/* The seed: FD_CLOSE is "valid only on connection-oriented sockets" and
   reports that "the connection identified by socket s has been closed".
   Reading: there is a connection once a connect succeeded or accept made
   the socket (D6's "first connected"); an end reported before that closes
   nothing. */
static int connection(const fdpm_socket *s)
{
    return stream(s) && s->writable;
}

static int registered(const fdpm_socket *s, unsigned ev)
{
    return (s->mask & ev) != 0;
}

static int awaiting(const fdpm_socket *s, unsigned ev)
{
    return (s->awaiting & ev) != 0;
}

/* Event-select mode in the windows profile: where E7 departs. */
static int windows_events(const fdpm_socket *s)
{
    return windows(s) && s->evsel;
}

/* W4 (windows): a datagram socket gets no FD_CONNECT -- in message mode;
   E7e: "a connect on it records FD_CONNECT and FD_WRITE".  Reading: in
   event-select mode a datagram socket's FD_CONNECT follows S7 as in the
   spec profile, bound or not. */
static int connect_reported(const fdpm_socket *s)
{
    return !(windows(s) && !stream(s) && !s->evsel);
}

/* S8, D8, D2: a reset, an abort or the network going down kills FD_READ,
   FD_OOB and FD_WRITE for good; the network going down kills every event
   but the FD_CONNECT and FD_CLOSE it posts itself. */
static int alive(const fdpm_socket *s, unsigned ev)
{
    switch (ev) {
    case FDPM_FD_READ: case FDPM_FD_OOB:
        return !s->dead && !s->netdown;
    case FDPM_FD_WRITE:     /* D6: "if a send is possible" */
        return !s->dead && !s->netdown && !s->shut_send;
    case FDPM_FD_CLOSE:
        return stream(s);   /* connection-oriented sockets only */
    default:
        return !s->netdown;
    }
}

/* Conditions (levels). */

/* FD_READ: "data currently available"; D3: inline urgent data is data,
   which fdpm keeps folded into `data` while SO_OOBINLINE is on. */
static int read_cond(const fdpm_socket *s) { return s->data; }
/* FD_OOB: urgent data with SO_OOBINLINE off (S9). */
static int oob_cond(const fdpm_socket *s) { return !s->oobinline && s->urgent; }
/* FD_ACCEPT: a connection request is pending (S10). */
static int accept_cond(const fdpm_socket *s) { return s->pending; }
/* FD_WRITE: "a send is possible" (S6, D6). */
static int write_cond(const fdpm_socket *s) { return s->writable && !s->blocked; }

/* FD_CLOSE is due: the connection ended; a graceful end only once no data
   is left unread (S8) -- in the windows profile at once (W1). */
static int close_due(const fdpm_socket *s)
{
    if (!stream(s) || s->close_kind == FDPM_OPEN)
        return 0;
    if (s->close_kind == FDPM_GRACEFUL_HELD)
        return windows(s) || !read_cond(s);
    return 1;
}

/* E7b: an event "enumerated and not re-enabled since" is withheld at a
   new WSPEventSelect where its condition holds.  Reading: only while its
   condition has held since -- one whose condition ceased (its data read
   or gone, its request taken, the connection dead, ...) is re-armed as by
   its re-enabling call, and starts afresh at the next registration (S2).
   Kept so after every call, `reported` holds only such events. */
static void rule_e7b_settle(fdpm_socket *s)
{
    unsigned keep = 0;
    if (!s->reported || s->netdown) {
        s->reported = 0;
        return;
    }
    if (alive(s, FDPM_FD_READ) && read_cond(s))
        keep |= FDPM_FD_READ;
    if (alive(s, FDPM_FD_OOB) && oob_cond(s))
        keep |= FDPM_FD_OOB;
    if (accept_cond(s))
        keep |= FDPM_FD_ACCEPT;
    if (alive(s, FDPM_FD_WRITE) && write_cond(s))
        keep |= FDPM_FD_WRITE;
    if (s->conn_pend)
        keep |= FDPM_FD_CONNECT;
    if (s->reported & FDPM_FD_CONNECT)
        s->conn_err = 0;        /* withheld: its error no longer matters */
    if (close_due(s))
        keep |= FDPM_FD_CLOSE;
    /* FD_QOS and FD_GROUP_QOS are not withheld: docs/rules.md, E7 -- the
       windows readings cover the events of Wine's tests; the two QOS events
       keep the spec profile's rules (no Windows evidence). */
    s->reported &= (uint16_t)keep;
}

/* Reading of S8's "graceful: once drained": once the queue has been empty
   after the FIN, the graceful close is due for good (data reported after
   a FIN does not hold it back again). */
static void close_latch(fdpm_socket *s)
{
    if (s->close_kind == FDPM_GRACEFUL_HELD && close_due(s))
        s->close_kind = FDPM_GRACEFUL;
}

/* ------------------------------------------------------------------ */
/* The rules                                                            */

/* S3 No flooding: "After an event is posted, it is not posted again until
   its re-enabling call is made (the seed's table), or a new select."
   The one gate every level- and edge-triggered post goes through. */
static void rule_s3_post_unless_awaiting(fdpm_socket *s, batch *b,
                                         unsigned ev, int error)
{
    if (!registered(s, ev) || !alive(s, ev) || awaiting(s, ev))
        return;
    want(b, ev, error);
    s->awaiting |= ev;
}

/* S4 Re-enabling: "Any call to the re-enabling function re-enables, even a
   failing one." */
/* E7b as Wine's tests show it: "events that happened while outside the
   mask are recorded at the select that adds them" -- an event that
   happens again (arrives, changes, completes, becomes possible) is no
   longer one "enumerated and not re-enabled since". */
static void rule_e7b_happened(fdpm_socket *s, unsigned ev)
{
    s->reported &= (uint16_t)~ev;
}

static void rule_s4_reenable(fdpm_socket *s, unsigned events)
{
    s->awaiting &= (uint16_t)~events;
    s->reported &= (uint16_t)~events;       /* E7b: "re-enabled since" */
}

/* S5 Level-triggered: "FD_READ, FD_OOB and FD_ACCEPT are posted again right
   after a re-enabling call if their condition still holds." */
static void rule_s5_level_repost(fdpm_socket *s, batch *b, unsigned ev)
{
    int cond = ev == FDPM_FD_READ ? read_cond(s)
             : ev == FDPM_FD_OOB ? oob_cond(s) : accept_cond(s);
    if (cond)
        rule_s3_post_unless_awaiting(s, b, ev, 0);
}

/* Seed, FD_READ 2 / FD_OOB 2 / FD_ACCEPT 2: "When data arrives, if FD_READ
   not already posted."  S5: "Data or connections that arrive while the
   event is posted and not re-enabled cause nothing." */
static void rule_arrival(fdpm_socket *s, batch *b, unsigned ev)
{
    /* E7a (windows, event-select): "a new arrival records the event again
       even when not re-enabled: more data before any recv (FD_READ), a
       second connection request (FD_ACCEPT), a second urgent byte
       (FD_OOB)". */
    /* E7A: "A new arrival records its event again even when it was not
       re-enabled since the event was enumerated".  Reading: also before it
       was enumerated (the record keeps one bit, DE1; the object is set
       again, DE4) -- the rule knows no exception, and Wine's tests have no
       arrival before an enumeration. */
    if (windows_events(s) && registered(s, ev) && alive(s, ev)) {
        want(b, ev, 0);
        s->awaiting |= (uint16_t)ev;
        return;
    }
    rule_s3_post_unless_awaiting(s, b, ev, 0);
}

/* S1 One registration: "A select replaces window, message and mask of any
   earlier select or event-select. Mask 0 stops all posting. ... Any select,
   mask 0 included, makes the socket non-blocking."  S2: "A select starts
   afresh". */
static void rule_s1_register(fdpm_socket *s, uint32_t window,
                             uint32_t message, unsigned mask)
{
    s->window = window;
    s->message = message;
    s->mask = (uint16_t)mask;
    s->nonblocking = 1;
    s->awaiting = 0;
    /* E1: "A WSPAsyncSelect cancels an event-select registration the same
       way"; DE2: "A WSPAsyncSelect clears a record not yet enumerated". */
    s->evsel = 0;
    s->object = 0;
    record_clear(s);
    /* W5: afresh -- but for a connect's outcome.  E7D: FD_CONNECT is
       recorded "once: not again after it was enumerated", and a connect
       has one outcome: what registrations come between does not make it
       happen again (only a new outcome does, rule_e7b_happened). */
    s->reported &= (uint16_t)(windows(s) ? FDPM_FD_CONNECT : 0);
}

/* E1 Registration: "WSPEventSelect(s, hEventObject, lNetworkEvents)
   replaces any earlier WSPAsyncSelect or WSPEventSelect on the socket
   (S1), clears the socket's network-event record, and makes the socket
   non-blocking. Mask 0 cancels (the object is then ignored)."  DE3/E7f:
   it does not reset the object.  E3 (spec): S2's "a select starts afresh"
   holds.  E7b (windows) as Wine's tests refine it: "a new WSPEventSelect
   does not record again an event that was enumerated and not re-enabled
   since" -- one recorded and not enumerated is recorded again (Wine's
   test_accept_events), so the select starts afresh for every event but
   those (`reported`).  Readings: only an enumeration counts -- a
   WSPEventSelect after a WSPAsyncSelect starts afresh (which cleared
   `reported`, FD_CONNECT's bit aside: E7D's "once"), whatever was posted
   (Windows implements the two modes apart; Wine's tests never mix
   them); an event recorded again, or that
   happened again (rule_e7b_happened), after its enumeration is not
   "enumerated" any more. */
static void rule_e1_register(fdpm_socket *s, uint64_t object, unsigned mask)
{
    s->window = 0;
    s->message = 0;
    s->mask = (uint16_t)mask;
    s->nonblocking = 1;
    s->evsel = 1;
    s->object = mask ? object : 0;
    record_clear(s);
    /* S2; E7b (`reported` is always 0 in spec) */
    s->awaiting = (uint16_t)(s->reported &
                             ~(unsigned)(FDPM_FD_WRITE | FDPM_FD_CONNECT));
}

/* S7 at select (spec): "At select, posted if a connection is currently
   established" (D4: a connect of this socket succeeded, no reset or abort
   since).  W3 (windows): "A select on a socket that is already connected
   does not post FD_CONNECT, and a new select never re-posts it." */
static void rule_s7_w3_connect_at_select(fdpm_socket *s, batch *b)
{
    if (windows(s) && !s->evsel)
        return;                                 /* W3 */
    /* E7D (windows): "A select on a socket whose own connect completed
       records FD_CONNECT (unlike W3), once: not again after it was
       enumerated; never on an accepted socket."  E7B: "An event that
       happened and was not enumerated since its last re-enabling is
       recorded at the select that selects it" -- FD_CONNECT happens with
       each outcome, with its error (S7), failures included, and nothing
       re-enables it. */
    if (windows(s)) {
        if (s->conn_pend && !(s->reported & FDPM_FD_CONNECT) &&
            registered(s, FDPM_FD_CONNECT) && alive(s, FDPM_FD_CONNECT))
            want(b, FDPM_FD_CONNECT, s->conn_err);
        return;
    }
    if (registered(s, FDPM_FD_CONNECT) && alive(s, FDPM_FD_CONNECT) &&
        s->connected)
        want(b, FDPM_FD_CONNECT, 0);
}

/* S6/W4: FD_WRITE "posted at select when the socket is connected (or
   connectionless) and no send has failed with WSAEWOULDBLOCK since".
   E7e (windows, event-select): "on an unbound datagram socket a select
   records no FD_WRITE"; E7b: nor one enumerated and not re-enabled since
   (by a send that failed with WSAEWOULDBLOCK: S6, "a send that succeeds
   neither consumes nor re-arms it"). */
static void rule_s6_write_at_select(fdpm_socket *s, batch *b)
{
    if (!registered(s, FDPM_FD_WRITE) || !alive(s, FDPM_FD_WRITE) ||
        !write_cond(s))
        return;
    if (windows_events(s) && ((s->reported & FDPM_FD_WRITE) ||
                              (!stream(s) && !s->bound)))
        return;
    want(b, FDPM_FD_WRITE, 0);
}

/* S8 at select: "At select, posted if the connection has been closed
   (graceful: once drained)", with the error it ended with (D8).  W1/W5 in
   the windows profile: a graceful close is due at once. */
static void rule_s8_close_at_select(fdpm_socket *s, batch *b)
{
    if (close_due(s))
        rule_s3_post_unless_awaiting(s, b, FDPM_FD_CLOSE, s->close_error);
}

/* S2 Persistence: "At select, every selected event whose condition holds is
   posted at once. A select starts afresh: an event that was posted and not
   yet re-enabled is posted again if its condition still holds."
   S13: "A select neither posts them nor cancels an ioctl already issued." */
static void rule_s2_persistence(fdpm_socket *s, batch *b)
{
    rule_s7_w3_connect_at_select(s, b);
    if (accept_cond(s))
        rule_s3_post_unless_awaiting(s, b, FDPM_FD_ACCEPT, 0);
    if (oob_cond(s))
        rule_s3_post_unless_awaiting(s, b, FDPM_FD_OOB, 0);
    if (read_cond(s))
        rule_s3_post_unless_awaiting(s, b, FDPM_FD_READ, 0);
    rule_s6_write_at_select(s, b);
    rule_s8_close_at_select(s, b);
    /* S12: "At select, posted if the QOS changed since the last such
       ioctl." */
    if (s->qos_changed)
        rule_s3_post_unless_awaiting(s, b, FDPM_FD_QOS, 0);
    if (s->gqos_changed)
        rule_s3_post_unless_awaiting(s, b, FDPM_FD_GROUP_QOS, 0);
}

/* S17 Select errors: "Bits outside FD_ALL_EVENTS: WSAEINVAL. Select on a
   closed socket: WSAENOTSOCK. Select from inside the post callback:
   WSAEINPROGRESS. After network down: WSAENETDOWN. A failed select changes
   nothing."  Reading: a closed socket first, then in the order of the
   seed's error table: WSAENETDOWN, WSAEINVAL, WSAEINPROGRESS. */
static int rule_s17_select_errors(const fdpm_socket *s, long mask)
{
    if (!s->live || s->closed)
        return FDPM_WSAENOTSOCK;
    if (s->netdown)
        return FDPM_WSAENETDOWN;                    /* D2 */
    if (mask < 0 || ((unsigned long)mask & ~(unsigned long)FDPM_FD_ALL_EVENTS))
        return FDPM_WSAEINVAL;
    if (s->busy)
        return FDPM_WSAEINPROGRESS;                 /* D11 */
    return 0;
}

/* S16 Closed sockets: "After close, nothing is posted for the socket, and
   every API call on it fails (WSAENOTSOCK)." */
static int rule_s16_closed(const fdpm_socket *s)
{
    return !s->live || s->closed;
}

/* S6/D6 FD_WRITE on a connection: "a stream socket becomes writable when its
   connect succeeds (at once or later) or when it is born by accept; a second
   success on a connected socket posts nothing. A datagram socket is writable
   from birth; each connect on it (an association) posts FD_WRITE again."
   The seed: "An FD_WRITE message is posted when a socket is first
   connected ... (after FD_CONNECT, if also registered)" -- S15 orders it so.
   Reading: on a stream socket the first connection posts it whatever a
   send did before (a send before connecting cannot have been a real
   WSAEWOULDBLOCK); a datagram socket's association needs no send blocked. */
static void rule_s6_write_on_connect(fdpm_socket *s, batch *b)
{
    int first = !s->writable;
    s->writable = 1;
    if (stream(s) && first) {
        s->blocked = 0;
        if (registered(s, FDPM_FD_WRITE) && alive(s, FDPM_FD_WRITE))
            want(b, FDPM_FD_WRITE, 0);
    } else if (!stream(s)) {
        if (windows(s))
            s->bound = 1;                   /* E7e: a connect binds */
        /* D6: the select posted FD_WRITE already and no send came
           between; again would flood (as D1): optional, but W4 says
           Windows posts it. */
        if (registered(s, FDPM_FD_WRITE) && alive(s, FDPM_FD_WRITE) &&
            write_cond(s)) {
            if (windows(s))
                want(b, FDPM_FD_WRITE, 0);
            else
                want_optional(b, FDPM_FD_WRITE, 0);
        }
    }
}

/* S7 FD_CONNECT: "Posted when the outcome of connect or joinleaf is known,
   with the error (0 on success) ... Each connect or joinleaf call's outcome
   posts it once."  D5: an immediate failure posts even with another connect
   pending or the socket connected; a completion with none pending posts.
   W4 (windows): a datagram socket gets no FD_CONNECT, "a connect on it posts
   FD_WRITE(0) again". */
static void rule_s7_connect_outcome(fdpm_socket *s, batch *b, int error)
{
    if (s->netdown)
        return;                             /* D2: dead */
    rule_e7b_happened(s, error ? FDPM_FD_CONNECT
                               : FDPM_FD_CONNECT | FDPM_FD_WRITE);
    if (windows(s)) {                       /* E7B, E7D */
        /* DE5: "A connect that failed while the socket was not registered
           by WSPEventSelect with FD_CONNECT is not recorded by a later
           event select; only a success waits for it."  Reading: a failure
           recorded as it happens is not recorded again by a select
           either, and it ends what an earlier success left waiting. */
        s->conn_pend = error == 0;
        s->conn_err = 0;
    }
    if (connect_reported(s) && registered(s, FDPM_FD_CONNECT))
        want(b, FDPM_FD_CONNECT, error);
    if (error == 0) {
        if (!windows(s))
            s->connected = 1;               /* D4 (spec: CONNECT1) */
        s->had_connection = 1;              /* D8 */
        rule_s6_write_on_connect(s, b);     /* D6, W4 */
    }
}

/* S6: "after a send fails with WSAEWOULDBLOCK, when buffer space returns."
   Reading: the socket must be writable at all (connected, accepted or
   datagram) for the post; the block is cleared either way. */
static void rule_s6_write_on_space(fdpm_socket *s, batch *b)
{
    if (!s->blocked)
        return;                             /* D6: space matters only then */
    s->blocked = 0;
    rule_e7b_happened(s, FDPM_FD_WRITE);
    if (registered(s, FDPM_FD_WRITE) && alive(s, FDPM_FD_WRITE) &&
        write_cond(s))
        want(b, FDPM_FD_WRITE, 0);
}

/* D1 (S6): "after bind, FD_WRITE may or may not be posted".  D1: "Both
   profiles mark a post after a bind on a datagram socket registered for
   FD_WRITE (with no send blocked) optional ... the engine does not make
   it": the model tells of it through post_optional and posts nothing. */
static void rule_d1_write_after_bind(fdpm_socket *s, batch *b)
{
    if (!stream(s) && registered(s, FDPM_FD_WRITE) &&
        alive(s, FDPM_FD_WRITE) && !s->blocked)
        want_optional(b, FDPM_FD_WRITE, 0);
}

/* S8 graceful: "posted with error 0 once no received data is left unread --
   at once if none, else right after the recv that empties the queue".
   W1 (windows): "posts FD_CLOSE(0) as soon as the FIN arrives, whether or
   not data is still queued".  D8: the first way of ending wins. */
static void rule_s8_w1_close_on_fin(fdpm_socket *s, batch *b)
{
    if (!connection(s) || s->close_kind != FDPM_OPEN)
        return;
    s->close_kind = FDPM_GRACEFUL_HELD;
    s->close_error = 0;
    close_latch(s);
    if (close_due(s))
        rule_s3_post_unless_awaiting(s, b, FDPM_FD_CLOSE, 0);
}

/* S8 spec profile: FD_CLOSE "right after the recv that empties the queue";
   "It shouldn't send an FD_READ message to indicate this condition."
   Reading: the queue emptied by any report (recv's `left`, or data gone)
   counts.  W1: "it is not posted again when the queue drains". */
static void rule_s8_close_after_drain(fdpm_socket *s, batch *b)
{
    if (windows(s) || s->close_kind != FDPM_GRACEFUL_HELD)
        return;
    close_latch(s);
    if (close_due(s))
        rule_s3_post_unless_awaiting(s, b, FDPM_FD_CLOSE, 0);
}

/* D8 how a connection ends for FD_CLOSE: "a reset or abort after a FIN
   takes over", since it is what recv reports from then on; "otherwise the
   first end wins".  FD_CLOSE is posted at once unless it was posted for the
   FIN already (no re-enabling function, S3): a graceful close still held
   back by unread data (spec profile) has not been told, so the reset or
   abort is (S8: "Reset: posted at once ..., data unread or not"). */
static void rule_d8_connection_ends(fdpm_socket *s, batch *b, int kind,
                                    int error)
{
    int told = s->close_kind == FDPM_GRACEFUL;
    if (!connection(s) || (s->close_kind != FDPM_OPEN && !told &&
                           s->close_kind != FDPM_GRACEFUL_HELD))
        return;
    s->close_kind = (uint8_t)kind;
    s->close_error = (uint16_t)error;
    if (!told)
        rule_s3_post_unless_awaiting(s, b, FDPM_FD_CLOSE, error);
}

/* S8 reset and abort: "Reset: posted at once with WSAECONNRESET, data unread
   or not. Abort: posted at once with its error ... After a reset or an abort
   the connection is dead: FD_READ, FD_OOB and FD_WRITE are not posted for it
   again."  W2 (windows): "A reset reports WSAECONNABORTED".  D4: a reset or
   abort ends the established connection. */
static void rule_s8_w2_reset_abort(fdpm_socket *s, batch *b, int kind,
                                   int error)
{
    /* D8: "Before a connection is established ... fin, reset and abort
       find no connection": every event ignores them. */
    if (!s->had_connection)
        return;
    s->dead = 1;
    s->connected = 0;
    rule_d8_connection_ends(s, b, kind, error);
}

/* S9/D3 SO_OOBINLINE: "With SO_OOBINLINE on, urgent data that arrives is
   normal data ... Turning SO_OOBINLINE on makes FD_OOB forget urgent data
   already queued (it is now read in line); turning it off starts FD_OOB with
   no urgent data and re-enabled. Toggling posts nothing by itself."
   D3: "urgent data, arriving or already queued, is normal data": urgent
   data queued when the option goes on becomes normal data (holds back a
   graceful FD_CLOSE, is what FD_READ's condition sees at the next select
   or recv) without arriving, so nothing is posted.  Setting the option to
   the value it already has changes nothing. */
static void rule_s9_oobinline(fdpm_socket *s, int on)
{
    if (on && !s->oobinline) {
        s->oobinline = 1;
        if (s->urgent)
            s->data = 1;    /* D3: now normal data; it did not arrive */
        s->urgent = 0;
        rule_s4_reenable(s, FDPM_FD_OOB);
    } else if (!on && s->oobinline) {
        s->oobinline = 0;
        s->urgent = 0;
        rule_s4_reenable(s, FDPM_FD_OOB);
    }
}

/* S10: "accept that returns WSATRY_AGAIN (the condition function deferred)
   does not re-enable it." */
static int rule_s10_accept_reenables(int result)
{
    return result != FDPM_WSATRY_AGAIN;
}

/* S11 Inheritance: "A socket returned by accept carries the listener's
   window, message and mask from birth, and its own conditions are evaluated
   at once: it is connected, so FD_WRITE is posted to it (wParam = the new
   socket). FD_CONNECT is not: it never connected."  D4.
   Reading: the new socket is a stream socket of the listener's profile,
   non-blocking and SO_OOBINLINE when the listener is ("the same properties
   as the listening socket"); QOS changes and armed ioctls are not carried
   over. */
static void rule_s11_inherit(const fdpm_socket *l, fdpm_socket *ns,
                             uint64_t nhandle, batch *b)
{
    memset(ns, 0, sizeof *ns);
    ns->handle = nhandle;
    ns->profile = l->profile;
    ns->type = FDPM_STREAM;
    ns->live = 1;
    ns->window = l->window;
    ns->message = l->message;
    ns->mask = l->mask;
    /* E5: "A socket returned by accept carries the listener's event object
       and mask from birth (empty record); its conditions are evaluated at
       once (FD_WRITE is recorded and the object set)." */
    ns->evsel = l->evsel;
    ns->object = l->object;
    ns->nonblocking = l->nonblocking;
    ns->oobinline = l->oobinline;   /* "the same properties" (seed) */
    ns->writable = 1;                       /* D6: born by accept */
    ns->had_connection = 1;                 /* D8 */
    if (registered(ns, FDPM_FD_WRITE))
        want(b, FDPM_FD_WRITE, 0);
}

/* S12/D9 FD_QOS, FD_GROUP_QOS: "edge-triggered: one post per change. After a
   post, no further post until SIO_GET_QOS ... is issued and the QOS changes
   again; the ioctl reads the current QOS, so a change made before it is
   consumed by it." */
static void rule_s12_qos_change(fdpm_socket *s, batch *b, unsigned ev)
{
    rule_e7b_happened(s, ev);
    if (ev == FDPM_FD_QOS)
        s->qos_changed = 1;
    else
        s->gqos_changed = 1;
    rule_s3_post_unless_awaiting(s, b, ev, 0);
}

static void rule_s12_qos_ioctl(fdpm_socket *s, unsigned ev)
{
    if (ev == FDPM_FD_QOS)
        s->qos_changed = 0;
    else
        s->gqos_changed = 0;
    rule_s4_reenable(s, ev);
}

/* S13/D10: "edge-triggered and armed only by their ioctl: a change posts
   once if the ioctl was issued since the last post; changes at other times
   post nothing."  "A change while unregistered posts nothing and leaves the
   ioctl armed." */
static void rule_s13_change(fdpm_socket *s, batch *b, unsigned ev, int error)
{
    uint8_t *armed = ev == FDPM_FD_ROUTING_INTERFACE_CHANGE
                   ? &s->route_armed : &s->alist_armed;
    if (!*armed || !registered(s, ev) || !alive(s, ev))
        return;
    *armed = 0;
    want(b, ev, error);
}

/* S14/D8: FD_CLOSE carries the abort's error.  Reading: the seed lists
   WSAENETDOWN, WSAECONNRESET and WSAECONNABORTED as FD_CLOSE's errors, and
   WSAECONNABORTED as "terminated due to a time-out or other failure": any
   other abort error is reported as WSAECONNABORTED. */
static int rule_s14_abort_error(long arg)
{
    if (arg == FDPM_WSAENETDOWN || arg == FDPM_WSAECONNRESET ||
        arg == FDPM_WSAECONNABORTED)
        return (int)arg;
    return FDPM_WSAECONNABORTED;
}

/* D2/S18 Network down: "each registered event that is re-enabled is
   posted once with WSAENETDOWN", the error every event's table of the seed
   lists; FD_CLOSE as an abort with WSAENETDOWN (FD_CLOSE's table); the
   change events if their ioctl is armed (their re-enabling call); "a
   pending connect gets FD_CONNECT(WSAENETUNREACH)": FD_CONNECT's table has
   no WSAENETDOWN, and "the network cannot be reached" is what happened.
   Then nothing ever again. */
static void rule_d2_netdown(fdpm_socket *s, batch *b)
{
    static const unsigned level[] = { FDPM_FD_ACCEPT, FDPM_FD_OOB,
                                      FDPM_FD_READ, FDPM_FD_QOS,
                                      FDPM_FD_GROUP_QOS };
    size_t i;
    if (s->netdown)
        return;
    if (s->connecting && connect_reported(s) &&
        registered(s, FDPM_FD_CONNECT))
        want(b, FDPM_FD_CONNECT, FDPM_WSAENETUNREACH);
    s->connecting = 0;
    for (i = 0; i < sizeof level / sizeof level[0]; i++)
        if (level[i] != FDPM_FD_OOB || !s->oobinline)  /* S9 */
            rule_s3_post_unless_awaiting(s, b, level[i], FDPM_WSAENETDOWN);
    /* FD_WRITE was posted unless no send was possible yet or one blocked */
    if (registered(s, FDPM_FD_WRITE) && alive(s, FDPM_FD_WRITE) &&
        !write_cond(s))
        want(b, FDPM_FD_WRITE, FDPM_WSAENETDOWN);
    if (registered(s, FDPM_FD_ROUTING_INTERFACE_CHANGE) && s->route_armed)
        want(b, FDPM_FD_ROUTING_INTERFACE_CHANGE, FDPM_WSAENETDOWN);
    if (registered(s, FDPM_FD_ADDRESS_LIST_CHANGE) && s->alist_armed)
        want(b, FDPM_FD_ADDRESS_LIST_CHANGE, FDPM_WSAENETDOWN);
    rule_d8_connection_ends(s, b, FDPM_ABORTED, FDPM_WSAENETDOWN);
    s->dead = 1;
    s->connected = 0;
    s->netdown = 1;
}

/* Levels.  The transport's inputs (data, urgent, pending) are arrivals:
   the seed's "When data arrives, if FD_READ not already posted".
   Reading: a level reported with a call (recv's `left`, accept's `pending`:
   D "The inputs", "the engine feeds the drain first and the call second")
   is a drain: it can only lower a level.  Data or a connection request
   comes only as a transport input. */
static void set_data(fdpm_socket *s, batch *b, int on, int arrival)
{
    int was = s->data;
    s->data = on ? 1 : 0;
    if (on && arrival)
        rule_e7b_happened(s, FDPM_FD_READ);
    if (on && (arrival || !was))
        rule_arrival(s, b, FDPM_FD_READ);
    if (!on)
        rule_s8_close_after_drain(s, b);
}

static void set_urgent(fdpm_socket *s, batch *b, int on, int arrival)
{
    int was = s->urgent;
    if (s->oobinline)
        return;     /* D3: in line, urgent data is data (see set_data) */
    s->urgent = on ? 1 : 0;
    if (on && arrival)
        rule_e7b_happened(s, FDPM_FD_OOB);
    if (on && (arrival || !was))
        rule_arrival(s, b, FDPM_FD_OOB);
}

static void set_pending(fdpm_socket *s, batch *b, int on, int arrival)
{
    int was = s->pending;
    s->pending = on ? 1 : 0;
    if (on && arrival)
        rule_e7b_happened(s, FDPM_FD_ACCEPT);
    if (on && (arrival || !was))
        rule_arrival(s, b, FDPM_FD_ACCEPT);
}

/* ------------------------------------------------------------------ */
/* The API                                                              */

void fdpm_init(fdpm_engine *e, fdpm_post_fn *post, void *post_ctx,
               int profile)
{
    memset(e, 0, sizeof *e);
    e->post = post;
    e->post_ctx = post_ctx;
    e->profile = profile == FDPM_PROFILE_WINDOWS ? FDPM_PROFILE_WINDOWS
                                                 : FDPM_PROFILE_SPEC;
}

int fdpm_socket_init(const fdpm_engine *e, fdpm_socket *s, uint64_t handle,
                     int type, int profile, int *err)
{
    if (profile == FDPM_PROFILE_DEFAULT)
        profile = e->profile;
    if (type != FDPM_STREAM && type != FDPM_DGRAM)
        return fail(err, FDPM_WSAEINVAL);
    if (profile != FDPM_PROFILE_SPEC && profile != FDPM_PROFILE_WINDOWS)
        return fail(err, FDPM_WSAEINVAL);
    memset(s, 0, sizeof *s);
    s->handle = handle;
    s->type = (uint8_t)type;
    s->profile = (uint8_t)profile;
    s->live = 1;
    s->writable = type == FDPM_DGRAM;      /* D6: writable from birth */
    return 0;
}

int fdpm_select(const fdpm_engine *e, fdpm_socket *s, uint32_t window,
                uint32_t message, long mask, int *err)
{
    batch b = { 0, 0, { 0 } };
    int r = rule_s17_select_errors(s, mask);
    if (r)
        return fail(err, r);
    rule_s1_register(s, window, message, (unsigned)mask);
    rule_s2_persistence(s, &b);
    return finish(e, s, &b, err);
}

/* E1: WSPEventSelect.  "Errors as select's (S17): WSAENOTSOCK closed,
   WSAENETDOWN after network down, WSAEINVAL bits beyond FD_ALL_EVENTS,
   WSAEINPROGRESS from inside a callback of this socket; a failed call
   changes nothing."  E3: S2's persistence, recorded. */
int fdpm_eventselect(const fdpm_engine *e, fdpm_socket *s, uint64_t object,
                     long mask, int *err)
{
    batch b = { 0, 0, { 0 } };
    int r = rule_s17_select_errors(s, mask);
    if (r)
        return fail(err, r);
    rule_e1_register(s, object, (unsigned)mask);
    rule_s2_persistence(s, &b);
    return finish(e, s, &b, err);
}

/* E4 Enumeration: "WSPEnumNetworkEvents(s, hEventObject, lpNetworkEvents)
   copies the record to the caller and clears it, and resets hEventObject
   when one is given (non-0), as one step. Only the iErrorCode entries of
   set bits are written. It re-enables nothing. A failed call (closed
   socket: WSAENOTSOCK; NULL record: WSAEFAULT) clears and resets nothing.
   A socket never event-selected enumerates as 0 events."  "Network down:
   enumeration still works."  Reading: the reset is a callback of the
   socket's (busy, as a set), made whether or not the record held
   anything; its error is the call's. */
int fdpm_enum_network_events(const fdpm_engine *e, fdpm_socket *s,
                             uint64_t object, fdpm_network_events *out,
                             int *err)
{
    int i, r = 0;
    if (rule_s16_closed(s))
        return fail(err, FDPM_WSAENOTSOCK);
    if (!out)
        return fail(err, FDPM_WSAEFAULT);
    out->network_events = s->rec;
    for (i = 0; i < FDPM_FD_MAX_EVENTS; i++)
        if (s->rec & (1u << i))
            out->error_code[i] = s->rec_err[i];
    if (windows(s))
        s->reported |= s->rec;          /* E7b: enumerated */
    record_clear(s);
    rule_e7b_settle(s);
    if (object)
        r = signal_object(e, s, NULL, object, 0);
    return r ? fail(err, r) : 0;
}

void fdpm_set_event_callback(fdpm_engine *e, fdpm_event_fn *fn, void *ctx)
{
    e->event = fn;
    e->event_ctx = ctx;
}

void fdpm_set_record_callback(fdpm_engine *e, fdpm_record_fn *fn, void *ctx)
{
    e->record = fn;
    e->record_ctx = ctx;
}

/* The seed: "See LPWSPIoctl about how to set the socket back to blocking
   mode"; fdpost.h: turning non-blocking off while lEvent != 0 fails. */
int fdpm_fionbio(const fdpm_engine *e, fdpm_socket *s, int nonblocking,
                 int *err)
{
    (void)e;
    if (rule_s16_closed(s))
        return fail(err, FDPM_WSAENOTSOCK);
    if (!nonblocking && s->mask)
        return fail(err, FDPM_WSAEINVAL);
    s->nonblocking = nonblocking ? 1 : 0;
    return 0;
}

int fdpm_nonblocking(const fdpm_socket *s)
{
    return s->nonblocking;
}

/* D11: an error must be said in lParam's 16 bits. */
static int rule_d11_bad_error(long code)
{
    return code <= 0 || code > 0xFFFF;
}

/* Seed FD_READ 3 / FD_OOB 3, S4, S5, S8, S9. */
int fdpm_recv(const fdpm_engine *e, fdpm_socket *s, int flags,
              long requested, long result, unsigned left, int *err)
{
    batch b = { 0, 0, { 0 } };
    (void)flags; (void)requested;   /* S4: any recv re-enables */
    if (rule_s16_closed(s))
        return fail(err, FDPM_WSAENOTSOCK);
    if (result < 0 && rule_d11_bad_error(-result))
        return fail(err, FDPM_WSAEINVAL);
    if (!(left & FDPM_LEFT_URGENT))
        set_urgent(s, &b, 0, 0);
    if (!(left & FDPM_LEFT_DATA))
        set_data(s, &b, 0, 0);
    /* E7C (windows): "A failing recv does not re-enable FD_READ (nor
       FD_OOB)" in event mode. */
    if (!(windows_events(s) && result < 0))
        rule_s4_reenable(s, FDPM_FD_READ | FDPM_FD_OOB);
    rule_s5_level_repost(s, &b, FDPM_FD_OOB);
    rule_s5_level_repost(s, &b, FDPM_FD_READ);
    return finish(e, s, &b, err);
}

/* S6: "A send that succeeds neither consumes nor re-arms it"; a send that
   fails with WSAEWOULDBLOCK makes the socket unwritable until space. */
int fdpm_send(const fdpm_engine *e, fdpm_socket *s, long requested,
              long result, int *err)
{
    (void)e; (void)requested;
    if (rule_s16_closed(s))
        return fail(err, FDPM_WSAENOTSOCK);
    if (result < 0 && rule_d11_bad_error(-result))
        return fail(err, FDPM_WSAEINVAL);
    if (result == -(long)FDPM_WSAEWOULDBLOCK)
        s->blocked = 1;
    /* S6: only a WSAEWOULDBLOCK re-arms FD_WRITE (which then comes with
       the space); E7b reads "re-enabled since" so. */
    if (result == -(long)FDPM_WSAEWOULDBLOCK)
        rule_s4_reenable(s, FDPM_FD_WRITE);
    rule_e7b_settle(s);
    return 0;
}

/* Seed FD_ACCEPT 3, S4, S5, S10, S11, D12 (the new socket's posts follow
   the listener's). */
int fdpm_accept(const fdpm_engine *e, fdpm_socket *s, int result,
                int pending, fdpm_socket *ns, uint64_t nhandle, int *err)
{
    batch b = { 0, 0, { 0 } }, nb = { 0, 0, { 0 } };
    int r1, r2, r3, recorded = 0;
    if (rule_s16_closed(s))
        return fail(err, FDPM_WSAENOTSOCK);
    if (result == 0 && !ns)
        return fail(err, FDPM_WSAEFAULT);
    if (result != 0 && rule_d11_bad_error(result))
        return fail(err, FDPM_WSAEINVAL);
    if (!pending)
        set_pending(s, &b, 0, 0);
    if (rule_s10_accept_reenables(result)) {
        rule_s4_reenable(s, FDPM_FD_ACCEPT);
        rule_s5_level_repost(s, &b, FDPM_FD_ACCEPT);
    }
    if (result == 0)
        rule_s11_inherit(s, ns, nhandle, &nb);
    r1 = deliver_(e, s, &b, &recorded);
    r2 = result == 0 ? deliver_(e, ns, &nb, &recorded) : 0;
    /* DE4: "An accept that records on both the listener ... and the new
       socket sets their shared object once too, after both sockets'
       recordings" (E5: the new socket has the listener's object). */
    r3 = recorded ? signal_object(e, s, result == 0 ? ns : NULL, s->object,
                                  1) : 0;
    rule_e7b_settle(s);
    if (r1 || r2 || r3)
        return fail(err, r1 ? r1 : r2 ? r2 : r3);
    return 0;
}

/* S7, D5: result 0 (at once), WSAEWOULDBLOCK (later), or the error. */
int fdpm_connect(const fdpm_engine *e, fdpm_socket *s, int result, int *err)
{
    batch b = { 0, 0, { 0 } };
    if (rule_s16_closed(s))
        return fail(err, FDPM_WSAENOTSOCK);
    /* Reading (D4, D5): the socket's FD_CONNECT follows its latest
       connect: one that returns WSAEWOULDBLOCK is pending and the socket no
       longer counts as connected at select until it completes; one that
       succeeds at once is the outcome of any connect pending.  (D5: one
       that fails at once leaves the pending one to post its own.) */
    if (result != 0 && rule_d11_bad_error(result))
        return fail(err, FDPM_WSAEINVAL);
    if (result == FDPM_WSAEWOULDBLOCK) {
        s->connecting = 1;
        s->connected = 0;
        s->conn_pend = 0;       /* E7D by the same reading: the new one's */
    } else {
        if (result == 0)
            s->connecting = 0;
        rule_s7_connect_outcome(s, &b, result);
    }
    return finish(e, s, &b, err);
}

/* Seed FD_CONNECT 3: joinleaf's outcome is a connect's outcome. */
int fdpm_joinleaf(const fdpm_engine *e, fdpm_socket *s, int result, int *err)
{
    return fdpm_connect(e, s, result, err);
}

/* S4: "the four ioctls re-enable their events"; S12, S13. */
int fdpm_ioctl(const fdpm_engine *e, fdpm_socket *s, uint32_t code,
               int *err)
{
    (void)e;
    if (rule_s16_closed(s))
        return fail(err, FDPM_WSAENOTSOCK);
    switch (code) {
    case FDPM_SIO_GET_QOS:
        rule_s12_qos_ioctl(s, FDPM_FD_QOS);
        break;
    case FDPM_SIO_GET_GROUP_QOS:
        rule_s12_qos_ioctl(s, FDPM_FD_GROUP_QOS);
        break;
    case FDPM_SIO_ROUTING_INTERFACE_CHANGE:
        s->route_armed = 1;
        break;
    case FDPM_SIO_ADDRESS_LIST_CHANGE:
        s->alist_armed = 1;
        break;
    default:
        break;
    }
    rule_e7b_settle(s);
    return 0;
}

int fdpm_oobinline(const fdpm_engine *e, fdpm_socket *s, int on, int *err)
{
    (void)e;
    if (rule_s16_closed(s))
        return fail(err, FDPM_WSAENOTSOCK);
    rule_s9_oobinline(s, on);
    rule_e7b_settle(s);
    return 0;
}

/* D7: bind posts nothing but D1. */
int fdpm_bind(const fdpm_engine *e, fdpm_socket *s, int *err)
{
    batch b = { 0, 0, { 0 } };
    if (rule_s16_closed(s))
        return fail(err, FDPM_WSAENOTSOCK);
    if (windows(s) && !stream(s))
        s->bound = 1;                           /* E7e */
    rule_d1_write_after_bind(s, &b);
    return finish(e, s, &b, err);
}

/* D7: listen changes nothing. */
int fdpm_listen(const fdpm_engine *e, fdpm_socket *s, int *err)
{
    (void)e;
    if (rule_s16_closed(s))
        return fail(err, FDPM_WSAENOTSOCK);
    return 0;
}

/* S8: "a shutdown posts nothing to its own socket"; D6: after SD_SEND (or
   SD_BOTH) no send is possible, so FD_WRITE is never posted again. */
int fdpm_shutdown(const fdpm_engine *e, fdpm_socket *s, int how, int *err)
{
    (void)e;
    if (rule_s16_closed(s))
        return fail(err, FDPM_WSAENOTSOCK);
    if (how != FDPM_SD_RECEIVE && how != FDPM_SD_SEND && how != FDPM_SD_BOTH)
        return fail(err, FDPM_WSAEINVAL);
    if (how != FDPM_SD_RECEIVE)
        s->shut_send = 1;   /* D6: FD_WRITE "if a send is possible" */
    rule_e7b_settle(s);
    return 0;
}

/* S16, seed: "FD_CLOSE is not posted after LPWSPCloseSocket is called."
   The model forgets everything but who the socket was. */
int fdpm_close(const fdpm_engine *e, fdpm_socket *s, int *err)
{
    uint64_t handle = s->handle;
    uint8_t profile = s->profile, type = s->type;
    (void)e;
    if (rule_s16_closed(s))
        return fail(err, FDPM_WSAENOTSOCK);
    memset(s, 0, sizeof *s);
    s->handle = handle;
    s->profile = profile;
    s->type = type;
    s->live = 1;
    s->closed = 1;
    return 0;
}

int fdpm_input(const fdpm_engine *e, fdpm_socket *s, int input, long arg,
               int *err)
{
    batch b = { 0, 0, { 0 } };
    if (rule_s16_closed(s))
        return fail(err, FDPM_WSAENOTSOCK);
    /* D11: an outcome needs an error lParam can carry; S14: a route change
       carries 0, WSAENETUNREACH or WSAENETDOWN. */
    if (arg < 0 ||
        ((input == FDPM_IN_CONNECT_FAILED || input == FDPM_IN_ABORT) &&
         rule_d11_bad_error(arg)) ||
        (input == FDPM_IN_ROUTE && arg != 0 && arg != FDPM_WSAENETUNREACH &&
         arg != FDPM_WSAENETDOWN))
        return fail(err, FDPM_WSAEINVAL);
    switch (input) {
    case FDPM_IN_DATA:
        set_data(s, &b, 1, 1);
        break;
    case FDPM_IN_DATA_GONE:
        set_data(s, &b, 0, 0);
        break;
    case FDPM_IN_URGENT:
        if (s->oobinline)
            set_data(s, &b, 1, 1);  /* S9: "urgent data counts as normal data" */
        else
            set_urgent(s, &b, 1, 1);
        break;
    case FDPM_IN_URGENT_GONE:
        set_urgent(s, &b, 0, 0);
        break;
    case FDPM_IN_PENDING:
        set_pending(s, &b, 1, 1);
        break;
    case FDPM_IN_NO_PENDING:
        set_pending(s, &b, 0, 0);
        break;
    case FDPM_IN_CONNECTED:
        s->connecting = 0;
        rule_s7_connect_outcome(s, &b, 0);
        break;
    case FDPM_IN_CONNECT_FAILED:
        s->connecting = 0;
        rule_s7_connect_outcome(s, &b, (int)arg);
        break;
    case FDPM_IN_SPACE:
        rule_s6_write_on_space(s, &b);
        break;
    case FDPM_IN_FIN:
        rule_s8_w1_close_on_fin(s, &b);
        break;
    case FDPM_IN_RESET:
        rule_s8_w2_reset_abort(s, &b, FDPM_RESET,
                               windows(s) ? FDPM_WSAECONNABORTED
                                          : FDPM_WSAECONNRESET);
        break;
    case FDPM_IN_ABORT:
        rule_s8_w2_reset_abort(s, &b, FDPM_ABORTED, rule_s14_abort_error(arg));
        break;
    case FDPM_IN_NETDOWN:
        rule_d2_netdown(s, &b);
        break;
    case FDPM_IN_QOS:
        rule_s12_qos_change(s, &b, FDPM_FD_QOS);
        break;
    case FDPM_IN_GROUP_QOS:
        rule_s12_qos_change(s, &b, FDPM_FD_GROUP_QOS);
        break;
    case FDPM_IN_ROUTE:
        rule_s13_change(s, &b, FDPM_FD_ROUTING_INTERFACE_CHANGE, (int)arg);
        break;
    case FDPM_IN_ADDRESS_LIST:
        rule_s13_change(s, &b, FDPM_FD_ADDRESS_LIST_CHANGE, 0);
        break;
    default:
        return fail(err, FDPM_WSAEINVAL);
    }
    return finish(e, s, &b, err);
}
