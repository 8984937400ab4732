/* SPDX-License-Identifier: MIT */
/*
 * fdp_engine.c -- the runtime: maps each call and input onto the alphabet of
 * spec/alphabet.rl, feeds it to the socket's ten machines, and delivers what
 * they decided, in the S15 order: as posts, or in event mode as records
 * and one set of the event object.  No decision to post or record is made
 * here: the machines run as gen/fdp_dense.h has them (spec/gen_dense.c),
 * one table of (next state, effect) cells.
 */
#include "fdp_core.h"
#include "fdp_machines.h" /* fdp_profiles[]: the machines as Ragel made them */
#include "fdp_dense.h"    /* what runs: the dense table, effects, relevance */

#define NEVENTS FDP_FD_MAX_EVENTS

/* Each call is one column of the table per machine (a composite column
   for the calls that feed several symbols, engine/fdp_core.h), so the
   posts come out in the S15 order without sorting.  A composite column is
   its symbols fed to each machine in turn, machine after machine: the same
   as symbol after symbol unless one call feeds a symbol that may keep an
   error and one that may post it.  No call does (checked here against the
   generated table at compile time). */
#define FDP_SYMBITS_(name, a, b, c) | 1ull << (a) | 1ull << (b) | 1ull << (c)
#define FDP_MULTI_SYMS              (0 FDP_COMPOSITES(FDP_SYMBITS_))
typedef char fdp_multi_symbol_calls_keep_no_error
    [((FDP_DENSE_KEEPS & FDP_MULTI_SYMS) != 0 &&
      (FDP_DENSE_READS_KEPT & FDP_MULTI_SYMS) != 0)
         ? -1
         : 1];

#if defined(__GNUC__)
#define ALWAYS_INLINE __attribute__((always_inline)) inline
#define NOINLINE      __attribute__((noinline))
#else
#define ALWAYS_INLINE
#define NOINLINE
#endif

/* What one call or input made the machines decide: only its posts (in
   event mode: its records). */
typedef struct fdp_posts {
    int n;
    int event_mode; /* the socket's registration was WSPEventSelect's */
    struct {
        uint8_t machine; /* index in the S15 order */
        uint8_t optional;
        uint8_t rule;
        uint16_t err;
    } p[FDP_SEQ_MAX * NEVENTS];
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

static void push(fdp_posts *out, int i, unsigned kind, unsigned rule,
                 unsigned err)
{
    const int k = out->n++;
    out->p[k].machine = (uint8_t)i;
    out->p[k].optional = kind == FDP_MAY_POST;
    out->p[k].rule = (uint8_t)rule;
    out->p[k].err = (uint16_t)err;
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

#ifdef FDP_STEP_HOOK
/* The coverage and mutation build (tests/mutate/): every machine runs, and
   a column runs as its symbols, one cell each, which the harness sees as
   the machine's io and may patch (a composite cell is what those cells
   make, computed at generation time). */
#define FDP_SEQ_(name, a, b, c) { a, b, c },
static const unsigned char seqs[][FDP_SEQ_MAX] = { FDP_COMPOSITES(FDP_SEQ_) };

static unsigned step1(fdp_socket *s, int p, int i, unsigned row, unsigned x,
                      unsigned in_err, fdp_posts *out, uint8_t *why)
{
    const unsigned base = (unsigned)fdp_dense_machines[fdp_dense_of[p][i]].base;
    const unsigned v = fdp_dense[x][row];
    const fdp_effect *f = &fdp_dense_effects[v >> FDP_DENSE_NEXT_BITS];
    const unsigned kept = s->error;
    int next = (int)(v & FDP_DENSE_NEXT_MASK) - (int)base;
    fdp_io io;
    io.in_err = (uint16_t)in_err;
    io.kept = &s->error;
    io.post = f->nposts ? f->post[0].kind : FDP_NO_POST;
    io.why = (uint8_t)fdp_dense_why[row][x];
    io.err =
        (uint16_t)(f->nposts ? fdp_val_of(&f->post[0].err, in_err, kept) : 0);
    if (f->keep.src != FDP_SRC_KEPT)
        s->error = (uint16_t)fdp_val_of(&f->keep, in_err, kept);
    FDP_STEP_HOOK(p, i, (int)(row - base), (unsigned char)x, next, &io);
    if (io.post != FDP_NO_POST)
        push(out, i, io.post, io.why, io.err);
    if (why && io.why != FDP_RULE_NONE)
        why[i] = io.why;
    return base + (unsigned)next;
}

static void feed(fdp_socket *s, unsigned con, unsigned coff, unsigned in_err,
                 fdp_posts *out, uint8_t *why)
{
    const int p = profile_of(s);
    int i, k;
    for (i = 0; i < NEVENTS; i++) {
        const unsigned col = (s->mask & fdp_dense_event[i]) ? con : coff;
        const unsigned char *seq = seqs[col - FDP_SYM_MAX - 1];
        unsigned row = s->cs[i];
        if (!col)
            continue;
        if (col <= FDP_SYM_MAX)
            row = step1(s, p, i, row, col, in_err, out, why);
        else
            for (k = 0; k < FDP_SEQ_MAX && seq[k]; k++)
                row = step1(s, p, i, row, seq[k], in_err, out, why);
        s->cs[i] = (uint8_t)row;
    }
}
#else
/* A cell's effect (not 0): its posts, the error it keeps.  The errors are
   functions of the kept error as it was before the cell. */
static ALWAYS_INLINE void act(fdp_socket *s, int i, unsigned fx,
                              unsigned in_err, unsigned rule, fdp_posts *out)
{
    const fdp_effect *f = &fdp_dense_effects[fx];
    const unsigned kept = s->error;
    int k;
    if (f->keep.src != FDP_SRC_KEPT)
        s->error = (uint16_t)fdp_val_of(&f->keep, in_err, kept);
    for (k = 0; k < f->nposts; k++)
        push(out, i, f->post[k].kind, rule,
             fdp_val_of(&f->post[k].err, in_err, kept));
}

/* A call's column, as each machine reads it: `con` for those whose event
   is in lEvent, `coff` for the others (they differ for a select only). */
#define COLUMN(con, coff, s, i) \
    ((con) == (coff) || ((s)->mask & fdp_dense_event[i]) ? fdp_dense[con] \
                                                         : fdp_dense[coff])

/* The machines the column can change (fdp_dense_relevance); the others
   would keep their row and decide nothing. */
static ALWAYS_INLINE unsigned relevant(const fdp_socket *s, unsigned con,
                                       unsigned coff)
{
    const uint16_t *rel = fdp_dense_relevance[profile_of(s)];
    return (unsigned)(rel[con] | rel[coff]);
}

/* The machines of `bits` take their cells (their next rows), kept in
   cell[]; the machines whose cell has an effect (bit i: S15 index i). */
static ALWAYS_INLINE unsigned take(fdp_socket *s, unsigned bits, unsigned con,
                                   unsigned coff, uint16_t *cell)
{
    unsigned hit = 0;
    for (; bits; bits &= bits - 1) {
        const unsigned i = (unsigned)lowest_bit(bits);
        const unsigned v = COLUMN(con, coff, s, i)[s->cs[i]];
        s->cs[i] = (uint8_t)v; /* the next row: FDP_DENSE_NEXT_MASK */
        cell[i] = (uint16_t)v;
        hit |= (unsigned)(v > FDP_DENSE_NEXT_MASK) << i;
    }
    return hit;
}

/* The effects of the cells of `hit`, in the S15 order.  The cells moved
   no error, so acting after all moved is the same as acting as each
   moves. */
static ALWAYS_INLINE void collect(fdp_socket *s, unsigned hit,
                                  const uint16_t *cell, unsigned in_err,
                                  fdp_posts *out)
{
    for (; hit; hit &= hit - 1) {
        const int i = lowest_bit(hit);
        act(s, i, (unsigned)cell[i] >> FDP_DENSE_NEXT_BITS, in_err, 0, out);
    }
}

/* The observer's feed: every machine runs, and tells its reason. */
static void feed_observed(fdp_socket *s, unsigned con, unsigned coff,
                          unsigned in_err, fdp_posts *out, uint8_t *why)
{
    int i;
    for (i = 0; i < NEVENTS; i++) {
        const unsigned col = (s->mask & fdp_dense_event[i]) ? con : coff;
        const unsigned row = s->cs[i], v = fdp_dense[col][row];
        const unsigned tags = fdp_dense_why[row][col];
        s->cs[i] = (uint8_t)v;
        if (v >> FDP_DENSE_NEXT_BITS)
            act(s, i, v >> FDP_DENSE_NEXT_BITS, in_err, tags >> 8, out);
        if ((tags & 0xFFu) != FDP_RULE_NONE)
            why[i] = (uint8_t)tags;
    }
}

/* Feed a call's column to the machines and collect their posts; with
   why[] (an observer's), every machine runs and tells its reason. */
static void feed(fdp_socket *s, unsigned con, unsigned coff, unsigned in_err,
                 fdp_posts *out, uint8_t *why)
{
    uint16_t cell[NEVENTS];
    if (why)
        feed_observed(s, con, coff, in_err, out, why);
    else
        collect(s, take(s, relevant(s, con, coff), con, coff, cell), cell,
                in_err, out);
}
#endif

/* The observer's record of a call or input, or NULL when there is no
   observer: then nothing is recorded. */
static fdp_record *record(const fdp_engine *e, fdp_record *r, int verb,
                          long arg, long result, int flags)
{
    if (!e->observe)
        return 0;
    r->verb = verb;
    r->failed = 0;
    r->error = 0;
    r->arg = arg;
    r->result = result;
    r->flags = flags;
    r->handle = 0;
    r->window = 0;
    r->message = 0;
    r->rule = 0;
    r->posted = 0;
    r->errors = 0;
    r->why = 0;
    r->posts = 0;
    return r;
}

/* Event mode's record (fdp_socket): FD_CONNECT's and FD_CLOSE's errors in
   full, the other events' as a 2-bit code. */
enum { CODE_NONE, CODE_NETDOWN, CODE_NETUNREACH, CODE_OTHER };
static const uint16_t code_error[4] = { 0, FDP_WSAENETDOWN, FDP_WSAENETUNREACH,
                                        FDP_WSAECONNABORTED };

static void record_event(fdp_socket *s, unsigned event, unsigned error)
{
    const int bit = lowest_bit(event);
    s->events |= (uint16_t)event;
    if (event == FDP_FD_CONNECT)
        s->connect_error = (uint16_t)error;
    else if (event == FDP_FD_CLOSE)
        s->close_error = (uint16_t)error;
    else {
        const unsigned code = !error                        ? CODE_NONE
                              : error == FDP_WSAENETDOWN    ? CODE_NETDOWN
                              : error == FDP_WSAENETUNREACH ? CODE_NETUNREACH
                                                            : CODE_OTHER;
        const int at = 2 * (bit < FDP_FD_CONNECT_BIT ? bit : bit - 2);
        s->codes = (uint16_t)((s->codes & ~(3u << at)) | code << at);
    }
}

static int recorded_error(const fdp_socket *s, int bit)
{
    if (bit == FDP_FD_CONNECT_BIT)
        return s->connect_error;
    if (bit == FDP_FD_CLOSE_BIT)
        return s->close_error;
    return code_error[s->codes >>
                          2 * (bit < FDP_FD_CONNECT_BIT ? bit : bit - 2) &
                      3u];
}

static void record_clear(fdp_socket *s)
{
    s->events = 0;
    s->codes = 0;
    s->connect_error = 0;
    s->close_error = 0;
}

/* Event mode: record what the machines decided (E2); 1 if anything was
   (D1: an optional post is not recorded).  The observer hears each. */
static int record_batch(const fdp_engine *e, fdp_socket *s, const fdp_posts *d)
{
    const uint64_t handle = s->handle;
    int i, made = 0;
    for (i = 0; i < d->n; i++)
        if (!d->p[i].optional) {
            record_event(s, fdp_dense_event[d->p[i].machine], d->p[i].err);
            made = 1;
        }
    if (e->observe)
        for (i = 0; i < d->n; i++) {
            fdp_record r;
            record(e, &r, FDP_V_RECORD, (long)fdp_dense_event[d->p[i].machine],
                   d->p[i].err, d->p[i].optional);
            r.handle = handle;
            r.rule = d->p[i].rule;
            e->observe(e->observe_ctx, s, &r);
        }
    return made;
}

/* The event callback (set 1, reset 0) with s, and t if not 0, marked busy:
   a select from inside it fails with WSAEINPROGRESS (E1).  Its result as
   a Winsock error, or 0. */
static int event_call(const fdp_engine *e, fdp_socket *s, fdp_socket *t,
                      uint64_t object, int set)
{
    const uint8_t busy = s->flags & FDP_F_BUSY;
    const uint8_t tbusy = t ? t->flags & FDP_F_BUSY : 0;
    int rc;
    s->flags |= FDP_F_BUSY;
    if (t)
        t->flags |= FDP_F_BUSY;
    rc = e->event ? e->event(e->event_ctx, object, set) : FDP_WSAENOBUFS;
    s->flags = (uint8_t)((s->flags & ~FDP_F_BUSY) | busy);
    if (t)
        t->flags = (uint8_t)((t->flags & ~FDP_F_BUSY) | tbusy);
    return rc && !valid_error(rc) ? FDP_WSAENOBUFS : rc;
}

/* Set the event object once (DE4), with s (and t, the other socket of an
   accept, or 0) marked busy; the observer hears it on s. */
static int set_object(const fdp_engine *e, fdp_socket *s, fdp_socket *t,
                      uint64_t object, int *err)
{
    const int rc = event_call(e, s, t, object, 1);
    if (e->observe) {
        fdp_record r;
        record(e, &r, FDP_V_SET_EVENT, 0, 0, 0);
        r.handle = object;
        r.posted = rc;
        e->observe(e->observe_ctx, s, &r);
    }
    return rc ? fail(err, rc) : 0;
}

/* Event mode's delivery: the records are made before any callback runs;
   the set goes to the object the socket had when the batch was decided. */
static int deliver_records(const fdp_engine *e, fdp_socket *s,
                           const fdp_posts *d, int *err)
{
    const uint64_t object = s->to.object;
    return record_batch(e, s, d) ? set_object(e, s, 0, object, err) : 0;
}

/* The records a batch makes for the observer: its posts (or records), and
   in event mode one set of the object if anything was recorded. */
static int batch_records(const fdp_posts *d)
{
    int i, n = d->n;
    if (d->event_mode)
        for (i = 0; i < d->n; i++)
            if (!d->p[i].optional)
                return n + 1;
    return n;
}

/* Post what the machines decided; the first callback failure is returned.
   The batch goes out with the handle, window and message the socket had
   when it was decided: a callback that closes the socket and sets its
   memory up again (a reused handle) does not redirect the rest. */
static ALWAYS_INLINE int post_batch(const fdp_engine *e, fdp_socket *s,
                                    const fdp_posts *d, int *err)
{
    const uint8_t busy = s->flags & FDP_F_BUSY; /* a nested call's */
    const uint64_t handle = s->handle;
    const uint32_t window = s->to.msg.window, message = s->to.msg.message;
    int i, first = 0;
    if (d->event_mode)
        return deliver_records(e, s, d, err);
    s->flags |= FDP_F_BUSY;
    for (i = 0; i < d->n; i++) {
        unsigned event = fdp_dense_event[d->p[i].machine];
        int rc = 0;
        /* A post the profile leaves open is not made (docs/decisions.md,
           D1); only the observer hears of it. */
        if (!d->p[i].optional && !e->post)
            rc = FDP_WSAENOBUFS; /* nowhere to post */
        else if (!d->p[i].optional)
            rc = e->post(e->post_ctx, handle, window, message,
                         FDP_MAKESELECTREPLY(event, d->p[i].err));
        if (rc && !valid_error(rc)) /* -1, TRUE...: no Winsock error */
            rc = FDP_WSAENOBUFS;
        if (e->observe) {
            fdp_record r;
            record(e, &r, FDP_V_POST, (long)event, d->p[i].err,
                   d->p[i].optional);
            r.handle = handle;
            r.window = window;
            r.message = message;
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

/* The same, out of line, for the calls that are not the common path. */
static int deliver(const fdp_engine *e, fdp_socket *s, const fdp_posts *d,
                   int *err)
{
    return post_batch(e, s, d, err);
}

/* The common path of every call and input: feed its column (con; coff
   for the events not in lEvent; 0: none), tell the observer (r, not NULL,
   when there is one), deliver. */
static int run_observed(const fdp_engine *e, fdp_socket *s, fdp_record *r,
                        unsigned con, unsigned coff, unsigned in_err, int *err)
{
    fdp_posts d;
    uint8_t why[NEVENTS] = { 0 };
    d.n = 0;
    d.event_mode = s->mode & FDP_M_EVENT;
    feed(s, con, coff, in_err, &d, why);
    r->why = why;
    r->posts = batch_records(&d);
    e->observe(e->observe_ctx, s, r);
    return deliver(e, s, &d, err);
}

#ifndef FDP_STEP_HOOK
/* A call whose cells have effects: its posts, out of line, so the common
   path (no effect) needs no buffer. */
static NOINLINE int decide(const fdp_engine *e, fdp_socket *s, unsigned hit,
                           const uint16_t *cell, unsigned in_err, int *err)
{
    fdp_posts d;
    d.n = 0;
    d.event_mode = s->mode & FDP_M_EVENT;
    collect(s, hit, cell, in_err, &d);
    return d.n ? post_batch(e, s, &d, err) : 0;
}
#endif

static ALWAYS_INLINE int run_common(const fdp_engine *e, fdp_socket *s,
                                    fdp_record *r, unsigned con, unsigned coff,
                                    unsigned in_err, int *err)
{
#ifdef FDP_STEP_HOOK
    fdp_posts d;
    if (r)
        return run_observed(e, s, r, con, coff, in_err, err);
    d.n = 0;
    d.event_mode = s->mode & FDP_M_EVENT;
    feed(s, con, coff, in_err, &d, 0);
    return d.n ? deliver(e, s, &d, err) : 0;
#else
    uint16_t cell[NEVENTS];
    unsigned hit;
    if (r)
        return run_observed(e, s, r, con, coff, in_err, err);
    hit = take(s, relevant(s, con, coff), con, coff, cell);
    return hit ? decide(e, s, hit, cell, in_err, err) : 0;
#endif
}

static ALWAYS_INLINE int run(const fdp_engine *e, fdp_socket *s, fdp_record *r,
                             unsigned con, unsigned coff, unsigned in_err,
                             int *err)
{
    return run_common(e, s, r, con, coff, in_err, err);
}

/* The same for a call that is one column for every machine (all but
   select): the compiler drops the lEvent test. */
static ALWAYS_INLINE int run1(const fdp_engine *e, fdp_socket *s, fdp_record *r,
                              unsigned col, unsigned in_err, int *err)
{
    return run_common(e, s, r, col, col, in_err, err);
}

/* A refused call changes nothing; the observer still hears of it, except on
   a closed socket, which no longer exists for a trace. */
static int refuse(const fdp_engine *e, const fdp_socket *s, fdp_record *r,
                  int code, int *err)
{
    if (r && code != FDP_WSAENOTSOCK) {
        r->failed = 1;
        r->error = code;
        e->observe(e->observe_ctx, s, r);
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
    e->event = 0;
    e->event_ctx = 0;
}

void fdp_set_event_callback(fdp_engine *e, fdp_event_fn *fn, void *ctx)
{
    e->event = fn;
    e->event_ctx = ctx;
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
    const int p = windows ? FDP_PROFILE_WINDOWS : FDP_PROFILE_SPEC;
    int i;
    s->handle = handle;
    s->to.object = 0;
    s->mask = 0;
    s->error = 0;
    s->flags = windows ? FDP_F_WINDOWS : 0;
    s->mode = 0;
    record_clear(s);
    for (i = 0; i < NEVENTS; i++)
        s->cs[i] = fdp_dense_start[p][i];
}

int fdp_socket_init(const fdp_engine *e, fdp_socket *s, uint64_t handle,
                    enum fdp_type type, enum fdp_profile profile, int *err)
{
    fdp_record rec, *r;
    if (profile == FDP_PROFILE_DEFAULT)
        profile = e->profile;
    if (!s || (type != FDP_STREAM && type != FDP_DGRAM) ||
        (profile != FDP_PROFILE_SPEC && profile != FDP_PROFILE_WINDOWS))
        return fail(err, FDP_WSAEINVAL);
    socket_reset(s, handle, profile == FDP_PROFILE_WINDOWS);
    r = record(e, &rec, FDP_V_SOCKET, type, 0, 0);
    if (type == FDP_DGRAM)
        return run1(e, s, r, FDP_SYM_DGRAM, 0, err);
    return run(e, s, r, 0, 0, 0, err);
}

int fdp_select(const fdp_engine *e, fdp_socket *s, uint32_t window,
               uint32_t message, long mask, int *err)
{
    fdp_record rec, *r;
    r = record(e, &rec, FDP_V_SELECT, mask, 0, 0);
    if (r) {
        r->window = window;
        r->message = message;
    }
    /* S16, then the seed's table order (docs/decisions.md, D11). */
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, r, FDP_WSAENOTSOCK, err);
    if (s->flags & FDP_F_NETDOWN)
        return refuse(e, s, r, FDP_WSAENETDOWN, err);
    if (mask & ~(long)FDP_FD_ALL_EVENTS)
        return refuse(e, s, r, FDP_WSAEINVAL, err);
    if (s->flags & FDP_F_BUSY)
        return refuse(e, s, r, FDP_WSAEINPROGRESS, err);
    s->to.msg.window = window;
    s->to.msg.message = message;
    s->mask = (uint16_t)mask;
    s->flags |= FDP_F_NONBLOCKING;
    s->mode = 0;
    record_clear(s); /* DE2: the record was the event registration's */
    return run(e, s, r, FDP_SYM_SEL_ON_MSG, FDP_SYM_SEL_OFF_MSG, 0, err);
}

int fdp_eventselect(const fdp_engine *e, fdp_socket *s, uint64_t object,
                    long mask, int *err)
{
    fdp_record rec, *r;
    r = record(e, &rec, FDP_V_EVENTSELECT, mask, 0, 0);
    if (r)
        r->handle = object;
    /* E1: as select (S17, D11) */
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, r, FDP_WSAENOTSOCK, err);
    if (s->flags & FDP_F_NETDOWN)
        return refuse(e, s, r, FDP_WSAENETDOWN, err);
    if (mask & ~(long)FDP_FD_ALL_EVENTS)
        return refuse(e, s, r, FDP_WSAEINVAL, err);
    if (s->flags & FDP_F_BUSY)
        return refuse(e, s, r, FDP_WSAEINPROGRESS, err);
    s->to.object = object;
    s->mask = (uint16_t)mask;
    s->flags |= FDP_F_NONBLOCKING;
    s->mode = FDP_M_EVENT;
    record_clear(s); /* E1 */
    return run(e, s, r, FDP_SYM_SEL_ON_EV, FDP_SYM_SEL_OFF_EV, 0, err);
}

int fdp_enum_network_events(const fdp_engine *e, fdp_socket *s, uint64_t object,
                            fdp_network_events *out, int *err)
{
    int errors[NEVENTS] = { 0 }, bit, rc = 0, rest, rest_err = 0;
    uint16_t mask;
    fdp_record rec, *r;
    r = record(e, &rec, FDP_V_ENUM, 0, 0, 0);
    if (r)
        r->handle = object;
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, r, FDP_WSAENOTSOCK, err);
    if (!out)
        return refuse(e, s, r, FDP_WSAEFAULT, err);
    /* E4: copy, clear, reset, as one step */
    out->network_events = s->events;
    for (bit = 0; bit < NEVENTS; bit++)
        if (s->events >> bit & 1u)
            out->error_code[bit] = errors[bit] = recorded_error(s, bit);
    record_clear(s);
    if (object)
        rc = event_call(e, s, 0, object, 0);
    if (r) {
        r->result = out->network_events;
        r->errors = errors;
    }
    /* The machines of the events it took hear of it (in the windows
       profile an enumerated event is not recorded again at a select, E7b);
       none records anything.  The record is a subset of lEvent (E1 clears
       it with every registration), so for this one call the taken events
       stand for lEvent. */
    mask = s->mask;
    s->mask = (uint16_t)out->network_events;
    rest = run(e, s, r, (s->mode & FDP_M_EVENT) ? FDP_SYM_ENUM_EV : 0, 0, 0,
               &rest_err);
    s->mask = mask;
    if (rc)
        return fail(err, rc);
    return rest ? fail(err, rest_err) : 0;
}

int fdp_fionbio(const fdp_engine *e, fdp_socket *s, int nonblocking, int *err)
{
    fdp_record rec, *r;
    r = record(e, &rec, FDP_V_FIONBIO, nonblocking != 0, 0, 0);
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, r, FDP_WSAENOTSOCK, err);
    if (!nonblocking && s->mask)
        return refuse(e, s, r, FDP_WSAEINVAL, err);
    if (nonblocking)
        s->flags |= FDP_F_NONBLOCKING;
    else
        s->flags &= (uint8_t)~FDP_F_NONBLOCKING;
    return run(e, s, r, 0, 0, 0, err);
}

int fdp_nonblocking(const fdp_socket *s)
{
    return (s->flags & FDP_F_NONBLOCKING) != 0;
}

int fdp_recv(const fdp_engine *e, fdp_socket *s, int flags, long requested,
             long result, unsigned left, int *err)
{
    /* The drains first, so the re-enabling call sees what is left (S5):
       [data_off] [urgent_off] recv. */
    static const unsigned char cols[3][4] = {
        { FDP_COL_RECV_DU, FDP_COL_RECV_U, FDP_COL_RECV_D, FDP_SYM_RECV_MSG },
        { FDP_COL_EV_RECV_DU, FDP_COL_EV_RECV_U, FDP_COL_EV_RECV_D,
          FDP_SYM_RECV_EV },
        { FDP_COL_EV_FAIL_DU, FDP_COL_EV_FAIL_U, FDP_COL_EV_FAIL_D,
          FDP_SYM_RECV_FAIL_EV },
    };
    int how;
    fdp_record rec, *r;
    r = record(e, &rec, FDP_V_RECV, requested, result, flags);
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, r, FDP_WSAENOTSOCK, err);
    if (requested < 0 || result > requested ||
        (result < 0 && !valid_failure(result)))
        return refuse(e, s, r, FDP_WSAEINVAL, err);
    if (!(left & FDP_LEFT_URGENT))
        s->flags &= (uint8_t)~FDP_F_URGENT;
    how = !(s->mode & FDP_M_EVENT) ? 0 : result < 0 ? 2 : 1;
    return run1(e, s, r, cols[how][left & (FDP_LEFT_DATA | FDP_LEFT_URGENT)], 0,
                err);
}

int fdp_send(const fdp_engine *e, fdp_socket *s, long requested, long result,
             int *err)
{
    fdp_record rec, *r;
    r = record(e, &rec, FDP_V_SEND, requested, result, 0);
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, r, FDP_WSAENOTSOCK, err);
    if (requested < 0 || result > requested ||
        (result < 0 && !valid_failure(result)))
        return refuse(e, s, r, FDP_WSAEINVAL, err);
    return run1(e, s, r,
                result == -FDP_WSAEWOULDBLOCK ? FDP_SYM_SEND_BLOCK
                                              : FDP_SYM_SEND,
                0, err);
}

/* A successful accept: the listener's column and the new socket's birth
   are decided and observed before either batch goes out, so a post
   callback that calls the engine finds both decided (the new socket has
   the listener's properties as the accept found them) and an observer
   hears both batches counted in the accept's record. */
static int accept_born(const fdp_engine *e, fdp_socket *s, fdp_record *r,
                       unsigned col, fdp_socket *ns, uint64_t nhandle, int *err)
{
    const int inl = (s->flags & FDP_F_OOBINLINE) != 0;
    const int ev = (s->mode & FDP_M_EVENT) != 0;
    /* [inline_on] sel_on/sel_off accepted, in the listener's mode */
    static const unsigned char born[2][2][2] = {
        { { FDP_COL_BORN_ON, FDP_COL_BORN_OFF },
          { FDP_COL_BORN_INL_ON, FDP_COL_BORN_INL_OFF } },
        { { FDP_COL_EV_BORN_ON, FDP_COL_EV_BORN_OFF },
          { FDP_COL_EV_BORN_INL_ON, FDP_COL_EV_BORN_INL_OFF } },
    };
    uint8_t why[NEVENTS] = { 0 }, nwhy[NEVENTS] = { 0 };
    fdp_posts d, nd;
    fdp_record nrec;
    int rc, nrc, nerr = 0;
    d.n = nd.n = 0;
    d.event_mode = nd.event_mode = ev;
    feed(s, col, col, 0, &d, r ? why : 0);

    /* S11, E5: the new socket carries the listener's registration (window
       and message, or event object; mask; an empty record) and profile
       from birth, and its conditions are evaluated at once. */
    socket_reset(ns, nhandle, (s->flags & FDP_F_WINDOWS) != 0);
    ns->to = s->to;
    ns->mask = s->mask;
    ns->mode = s->mode;
    ns->flags |= (uint8_t)(s->flags & (FDP_F_NONBLOCKING | FDP_F_OOBINLINE));
    ns->flags |= FDP_F_CONNECTION;
    /* "the same properties" */
    feed(ns, born[ev][inl][0], born[ev][inl][1], 0, &nd, r ? nwhy : 0);
    if (r) {
        r->why = why;
        /* event mode: one set for both sockets, their object is one */
        r->posts =
            ev ? d.n + nd.n +
                     (batch_records(&d) > d.n || batch_records(&nd) > nd.n)
               : d.n + nd.n;
        e->observe(e->observe_ctx, s, r);
        record(e, &nrec, FDP_V_SOCKET, FDP_STREAM, 0, 1);
        nrec.handle = s->handle; /* the listener */
        nrec.why = nwhy;
        e->observe(e->observe_ctx, ns, &nrec);
    }
    if (ev) { /* both records made before the callback runs (E5, DE4) */
        const int made = record_batch(e, s, &d);
        const int nmade = record_batch(e, ns, &nd);
        /* heard on the socket that recorded last, as a trace writes it */
        return made || nmade ? set_object(e, nmade ? ns : s, nmade ? s : ns,
                                          s->to.object, err)
                             : 0;
    }
    rc = d.n ? deliver(e, s, &d, err) : 0;
    nrc = nd.n ? deliver(e, ns, &nd, &nerr) : 0;
    if (rc) /* the listener's callback failed first */
        return rc;
    return nrc ? fail(err, nerr) : 0;
}

int fdp_accept(const fdp_engine *e, fdp_socket *s, int result, int pending,
               fdp_socket *ns, uint64_t nhandle, int *err)
{
    unsigned col;
    fdp_record rec, *r;
    r = record(e, &rec, FDP_V_ACCEPT, 0, result, pending != 0);
    if (r)
        r->handle = nhandle;
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, r, FDP_WSAENOTSOCK, err);
    if (result == 0 && !ns)
        return refuse(e, s, r, FDP_WSAEFAULT, err);
    if (result == 0 && ns == s) /* would wipe the listener */
        return refuse(e, s, r, FDP_WSAEINVAL, err);
    if (result < 0 || (result != 0 && !valid_error(result)))
        return refuse(e, s, r, FDP_WSAEINVAL, err);
    /* [conn_off] accept or accept_defer */
    if (result == FDP_WSATRY_AGAIN)
        col = pending ? FDP_SYM_ACCEPT_DEFER : FDP_COL_DEFER_C;
    else
        col = pending ? FDP_SYM_ACCEPT : FDP_COL_ACCEPT_C;
    if (result != 0)
        return run1(e, s, r, col, 0, err);
    return accept_born(e, s, r, col, ns, nhandle, err);
}

static int connect_like(const fdp_engine *e, fdp_socket *s, int verb,
                        int result, int *err)
{
    fdp_record rec, *r;
    r = record(e, &rec, verb, 0, result, 0);
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, r, FDP_WSAENOTSOCK, err);
    if (result == 0) {
        s->flags |= FDP_F_CONNECTION;
        return run1(e, s, r,
                    (s->mode & FDP_M_EVENT) ? FDP_SYM_CONNECT_OK_EV
                                            : FDP_SYM_CONNECT_OK_MSG,
                    0, err);
    }
    if (result == FDP_WSAEWOULDBLOCK)
        return run1(e, s, r, FDP_SYM_CONNECT_WAIT, 0, err);
    if (!valid_error(result))
        return refuse(e, s, r, FDP_WSAEINVAL, err);
    return run1(e, s, r, FDP_SYM_CONNECT_FAIL, (unsigned)result, err);
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
    fdp_record rec, *r;
    r = record(e, &rec, FDP_V_IOCTL, (long)code, 0, 0);
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, r, FDP_WSAENOTSOCK, err);
    switch (code) {
    case FDP_SIO_GET_QOS:
        return run1(e, s, r, FDP_SYM_IOCTL_QOS, 0, err);
    case FDP_SIO_GET_GROUP_QOS:
        return run1(e, s, r, FDP_SYM_IOCTL_GQOS, 0, err);
    case FDP_SIO_ROUTING_INTERFACE_CHANGE:
        return run1(e, s, r, FDP_SYM_IOCTL_ROUTE, 0, err);
    case FDP_SIO_ADDRESS_LIST_CHANGE:
        return run1(e, s, r, FDP_SYM_IOCTL_ALIST, 0, err);
    default: /* re-enables nothing */
        return run(e, s, r, 0, 0, 0, err);
    }
}

int fdp_oobinline(const fdp_engine *e, fdp_socket *s, int on, int *err)
{
    fdp_record rec, *r;
    unsigned col = on ? FDP_SYM_INLINE_ON : FDP_SYM_INLINE_OFF;
    r = record(e, &rec, FDP_V_OOBINLINE, on != 0, 0, 0);
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, r, FDP_WSAENOTSOCK, err);
    /* D3: urgent data queued when the option goes on is normal data now */
    if (on && (s->flags & (FDP_F_URGENT | FDP_F_OOBINLINE)) == FDP_F_URGENT)
        col = FDP_COL_INLINE_DATA;
    if (on) /* urgent data is data now; off to on only (D3) */
        s->flags = (uint8_t)((s->flags & ~FDP_F_URGENT) | FDP_F_OOBINLINE);
    else
        s->flags &= (uint8_t)~FDP_F_OOBINLINE;
    return run1(e, s, r, col, 0, err);
}

int fdp_bind(const fdp_engine *e, fdp_socket *s, int *err)
{
    fdp_record rec, *r;
    r = record(e, &rec, FDP_V_BIND, 0, 0, 0);
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, r, FDP_WSAENOTSOCK, err);
    return run1(e, s, r, FDP_SYM_BIND, 0, err);
}

int fdp_listen(const fdp_engine *e, fdp_socket *s, int *err)
{
    fdp_record rec, *r;
    r = record(e, &rec, FDP_V_LISTEN, 0, 0, 0);
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, r, FDP_WSAENOTSOCK, err);
    return run1(e, s, r, FDP_SYM_LISTEN, 0, err);
}

int fdp_shutdown(const fdp_engine *e, fdp_socket *s, enum fdp_shutdown how,
                 int *err)
{
    fdp_record rec, *r;
    r = record(e, &rec, FDP_V_SHUTDOWN, how, 0, 0);
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, r, FDP_WSAENOTSOCK, err);
    switch ((int)how) {
    case FDP_SD_RECEIVE:
        return run1(e, s, r, FDP_SYM_SHUT_RECV, 0, err);
    case FDP_SD_SEND:
        return run1(e, s, r, FDP_SYM_SHUT_SEND, 0, err);
    case FDP_SD_BOTH:
        return run1(e, s, r, FDP_COL_SHUT_BOTH, 0, err);
    default:
        return refuse(e, s, r, FDP_WSAEINVAL, err);
    }
}

int fdp_close(const fdp_engine *e, fdp_socket *s, int *err)
{
    fdp_record rec, *r;
    int rc;
    r = record(e, &rec, FDP_V_CLOSE, 0, 0, 0);
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, r, FDP_WSAENOTSOCK, err);
    rc = run1(e, s, r, FDP_SYM_CLOSE, 0, err);
    s->flags |= FDP_F_CLOSED;
    return rc;
}

/* fdp_input: each transport input's symbol in message mode and in event
   mode, and whether its arg is an error the machines may post. */
/* clang-format off */
static const struct {
    unsigned char sym[2];
    uint8_t has_error;
} inputs[FDP_IN_COUNT_] = {
    [FDP_IN_DATA]           = { { FDP_SYM_DATA_ON_MSG, FDP_SYM_DATA_ON_EV }, 0 },
    [FDP_IN_DATA_GONE]      = { { FDP_SYM_DATA_OFF, FDP_SYM_DATA_OFF }, 0 },
    [FDP_IN_URGENT]         = { { FDP_SYM_URGENT_ON_MSG, FDP_SYM_URGENT_ON_EV }, 0 },
    [FDP_IN_URGENT_GONE]    = { { FDP_SYM_URGENT_OFF, FDP_SYM_URGENT_OFF }, 0 },
    [FDP_IN_PENDING]        = { { FDP_SYM_CONN_ON_MSG, FDP_SYM_CONN_ON_EV }, 0 },
    [FDP_IN_NO_PENDING]     = { { FDP_SYM_CONN_OFF, FDP_SYM_CONN_OFF }, 0 },
    [FDP_IN_CONNECTED]      = { { FDP_SYM_CONNECTED, FDP_SYM_CONNECTED }, 0 },
    [FDP_IN_CONNECT_FAILED] = { { FDP_SYM_CONN_FAILED, FDP_SYM_CONN_FAILED }, 1 },
    [FDP_IN_SPACE]          = { { FDP_SYM_SEND_SPACE, FDP_SYM_SEND_SPACE }, 0 },
    [FDP_IN_FIN]            = { { FDP_SYM_FIN, FDP_SYM_FIN }, 0 },
    [FDP_IN_RESET]          = { { FDP_SYM_RESET, FDP_SYM_RESET }, 0 },
    [FDP_IN_ABORT]          = { { FDP_SYM_ABORT, FDP_SYM_ABORT }, 1 },
    [FDP_IN_NETDOWN]        = { { FDP_SYM_NETDOWN, FDP_SYM_NETDOWN }, 0 },
    [FDP_IN_QOS]            = { { FDP_SYM_QOS, FDP_SYM_QOS }, 0 },
    [FDP_IN_GROUP_QOS]      = { { FDP_SYM_GQOS, FDP_SYM_GQOS }, 0 },
    [FDP_IN_ROUTE]          = { { FDP_SYM_ROUTE, FDP_SYM_ROUTE }, 1 },
    [FDP_IN_ADDRESS_LIST]   = { { FDP_SYM_ALIST, FDP_SYM_ALIST }, 0 },
};
/* clang-format on */

/* What the runtime keeps of an input besides feeding it: whether urgent
   data is queued (D3) and whether a connection exists (D8). */
static void levels(fdp_socket *s, int input)
{
    if (input == FDP_IN_URGENT && !(s->flags & FDP_F_OOBINLINE))
        s->flags |= FDP_F_URGENT;
    else if (input == FDP_IN_URGENT_GONE)
        s->flags &= (uint8_t)~FDP_F_URGENT;
    else if (input == FDP_IN_CONNECTED)
        s->flags |= FDP_F_CONNECTION;
}

int fdp_input(const fdp_engine *e, fdp_socket *s, enum fdp_input in, long arg,
              int *err)
{
    const int input = (int)in; /* any int may arrive: checked below */
    unsigned in_err = 0;
    fdp_record rec, *r;
    r = record(e, &rec, FDP_V_INPUT, input, arg, 0);
    if (s->flags & FDP_F_CLOSED)
        return refuse(e, s, r, FDP_WSAENOTSOCK, err);
    if (input <= 0 || input >= FDP_IN_COUNT_ || arg < 0)
        return refuse(e, s, r, FDP_WSAEINVAL, err);
    if (inputs[input].has_error) {
        /* connect-failed and abort need an error; a route change may
           carry none. */
        if (arg > 0xFFFF || (arg == 0 && input != FDP_IN_ROUTE))
            return refuse(e, s, r, FDP_WSAEINVAL, err);
        /* S14: a route change carries 0, WSAENETUNREACH or WSAENETDOWN */
        if (input == FDP_IN_ROUTE && arg != 0 && arg != FDP_WSAENETUNREACH &&
            arg != FDP_WSAENETDOWN)
            return refuse(e, s, r, FDP_WSAEINVAL, err);
        in_err = (unsigned)arg;
    }
    if (input == FDP_IN_NETDOWN) {
        in_err = FDP_WSAENETDOWN;
        s->flags |= FDP_F_NETDOWN;
    }
    levels(s, input);
    /* D8: before a connection a reset or abort ends nothing: no machine
       hears of it */
    if ((input == FDP_IN_RESET || input == FDP_IN_ABORT) &&
        !(s->flags & FDP_F_CONNECTION))
        return run1(e, s, r, 0, 0, err);
    return run1(e, s, r, inputs[input].sym[s->mode & FDP_M_EVENT], in_err, err);
}
