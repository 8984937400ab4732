/* SPDX-License-Identifier: MIT */
/*
 * fdp_recorder.c -- the engine's observer records write an .fdt trace.
 * C99, freestanding apart from <stddef.h> and <stdint.h>: formatting is done
 * here, by hand, into the caller's buffer.
 */
#include "fdp_recorder.h"
#include "fdp_core.h"        /* fdp_profile_names */
#include "fdp_vocab.h"

/* ---- a line under construction ---- */

typedef struct line {
    fdp_recorder *r;
    char *p;
    size_t n, size;
    char own[2];                /* the buffer when the caller's has no room */
    int started, comment;       /* a byte of the line is out; it is a '#' */
    int held, full;             /* made in the hold room; which had none left */
} line;

static void write_out(fdp_recorder *r, const char *p, size_t n)
{
    int rc = r->write(r->write_ctx, p, n);
    if (rc && !r->error)
        r->error = rc;
}

/* A line longer than the buffer goes out in pieces: nothing is dropped. */
static void put(line *l, const char *s)
{
    for (; *s && !l->full; s++) {
        if (l->n + 1 >= l->size && l->held) {
            l->full = 1;             /* a held line is whole or nothing */
            return;
        }
        if (l->n + 1 >= l->size) {   /* keep room for the '\n' */
            write_out(l->r, l->p, l->n);
            l->n = 0;
        }
        if (!l->started++)
            l->comment = *s == '#';
        l->p[l->n++] = *s;
    }
}

static void put_u(line *l, uint64_t v, unsigned base)
{
    char tmp[24];
    int i = 0;
    do {
        unsigned d = (unsigned)(v % base);
        tmp[i++] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
        v /= base;
    } while (v);
    if (base == 16)
        put(l, "0x");
    while (i > 0) {
        char c[2];
        c[0] = tmp[--i];
        c[1] = 0;
        put(l, c);
    }
}

static void put_error(line *l, long error)
{
    const char *n = fdp_error_name((int)error);
    if (n) {
        put(l, n);
    } else {                    /* err=N: never read as bytes or a socket */
        put(l, "err=");
        put_u(l, (uint64_t)error, 10);
    }
}

static void put_mask(line *l, long mask)
{
    char buf[FDP_MASK_MAX];
    put(l, fdp_mask_str((uint32_t)mask, buf));
}

/* The line out; a record (not a comment) is counted for `end N` even when
   its write failed, so a lost line shows as a wrong count. */
static void flush(fdp_recorder *r, line *l)
{
    if (!l->comment)
        r->records++;
    l->p[l->n++] = '\n';
    write_out(r, l->p, l->n);
    r->lines++;
}

static void begin(fdp_recorder *r, line *l)
{
    l->r = r;
    l->p = r->buf;
    l->n = 0;
    l->started = l->comment = 0;
    l->held = l->full = 0;
    l->size = r->size;
    if (!r->buf || r->size < sizeof l->own) {
        l->p = l->own;
        l->size = sizeof l->own;
    }
}

/* A line to keep: made in the free end of the hold room. */
static void begin_held(fdp_recorder *r, line *l)
{
    begin(r, l);
    l->held = 1;
    l->p = l->own;
    l->size = 0;
    if (r->hold) {
        l->p = r->hold + r->held;
        l->size = r->hold_size - r->held;
    }
}

static void reverse(char *a, char *b)
{
    while (a < b && a < --b) {
        char c = *a;
        *a++ = *b;
        *b = c;
    }
}

/* The held line just made (at the end) moves to `at`: a post of a nested
   batch goes before the lines of calls nested deeper. */
static void keep(fdp_recorder *r, line *l, size_t at)
{
    char *h = r->hold;
    if (!l->comment)
        r->records++;
    l->p[l->n++] = '\n';
    reverse(h + at, h + r->held);
    reverse(h + r->held, h + r->held + l->n);
    reverse(h + at, h + r->held + l->n);
    r->held += l->n;
}

/* The held lines out, in order, one write per line. */
static void release(fdp_recorder *r)
{
    size_t i = 0, j;
    for (j = 0; j < r->held; j++)
        if (r->hold[j] == '\n') {
            write_out(r, r->hold + i, j + 1 - i);
            r->lines++;
            i = j + 1;
        }
    r->held = 0;
}

/* No room to keep the order: what is held goes out, later lines go out as
   they come, and one record is counted that is never written, so that
   `end N` calls the trace incomplete.  Loud, never silent. */
static void give_up(fdp_recorder *r)
{
    line l;
    release(r);
    r->depth = 0;
    r->unordered = 1;
    r->records++;
    if (!r->error)
        r->error = FDP_RECORDER_NO_ROOM;
    begin(r, &l);
    put(&l, "# the recorder has no room to keep re-entrant calls in order "
            "(fdp_recorder_hold): lines below are out of order; incomplete");
    flush(r, &l);
}

void fdp_recorder_init(fdp_recorder *r, char *buf, size_t size,
                       fdp_recorder_write_fn *write, void *ctx)
{
    r->write = write;
    r->write_ctx = ctx;
    r->buf = buf;
    r->size = size;
    r->next = 0;
    r->next_ctx = 0;
    r->lines = 0;
    r->records = 0;
    r->ended = 0;
    r->error = 0;
    r->hold = 0;
    r->hold_size = 0;
    r->held = 0;
    r->depth = 0;
    r->unordered = 0;
}

void fdp_recorder_hold(fdp_recorder *r, char *buf, size_t size)
{
    r->hold = buf;
    r->hold_size = buf ? size : 0;
}

int fdp_recorder_end(fdp_recorder *r)
{
    line l;
    if (r->ended++)
        return r->error;
    release(r); /* ended from inside a post callback: not lost */
    r->depth = 0;
    begin(r, &l);
    put(&l, "end ");
    put_u(&l, (uint64_t)r->records, 10);
    flush(r, &l);
    return r->error;
}

static int put_record(line *l, const struct fdp_socket *s,
                      const fdp_record *rec);

/* Where a line goes: out now (DIRECT), or, for a call made from inside a
   post callback and its posts, into the hold room at an offset, until the
   outermost batch being posted is written. */
#define DIRECT ((size_t)-1)

static int compose(line *l, const struct fdp_socket *s, const fdp_record *rec,
                   const char *text)
{
    if (rec)
        return put_record(l, s, rec);
    put(l, "# ");
    put(l, text);
    return 1;
}

/* A record of a batch (what follows a call: its posts, or in event mode its
   recordings and the object set), placed and counted as a post is. */
static int in_batch(const fdp_record *rec)
{
    return rec->verb == FDP_V_POST || rec->verb == FDP_V_RECORD ||
           rec->verb == FDP_V_SET_EVENT;
}

static size_t place_of(const fdp_recorder *r, int post)
{
    if (r->unordered || r->depth == 0 || (post && r->depth == 1))
        return DIRECT;
    return post ? r->open[r->depth - 1].at : r->held;
}

/* The record's line, or the comment `text` (rec NULL), to its place. */
static void place(fdp_recorder *r, const struct fdp_socket *s,
                  const fdp_record *rec, const char *text)
{
    const int post = rec && in_batch(rec);
    size_t at = place_of(r, post);
    line l;
    if (at != DIRECT) {
        begin_held(r, &l);
        if (!compose(&l, s, rec, text))
            return;
        if (!l.full) {
            keep(r, &l, at);
            if (post) /* the batch's next post goes after this one */
                r->open[r->depth - 1].at += l.n;
            return;
        }
        give_up(r);
    }
    begin(r, &l);
    if (compose(&l, s, rec, text))
        flush(r, &l);
}

/* After a record: a post closes its batch's count, a call with posts
   opens a batch; when the outermost closes, the held lines go out. */
static void track(fdp_recorder *r, const fdp_record *rec)
{
    if (r->unordered)
        return;
    if (in_batch(rec)) {
        if (rec->verb == FDP_V_RECORD && r->depth)  /* for put_set_event */
            r->open[r->depth - 1].recorded = rec->handle;
        if (r->depth && --r->open[r->depth - 1].left == 0 && --r->depth == 0)
            release(r);
    } else if (rec->posts > 0) {
        if (r->depth == FDP_RECORDER_DEPTH) {
            give_up(r);
            return;
        }
        r->open[r->depth].left = (unsigned long)rec->posts;
        r->open[r->depth].at = r->held;
        r->open[r->depth].recorded = 0;
        r->depth++;
    }
}

void fdp_recorder_comment(fdp_recorder *r, const char *text)
{
    place(r, 0, 0, text);
}

void fdp_recorder_attach(fdp_recorder *r, fdp_engine *e)
{
    line l;
    begin(r, &l);
    put(&l, "fdt 1");
    flush(r, &l);
    begin(r, &l);
    put(&l, "profile ");
    put(&l, fdp_profile_names[e->profile == FDP_PROFILE_WINDOWS]);
    flush(r, &l);
    {
        void *ctx;
        fdp_observe_fn *before = fdp_get_observer(e, &ctx);
        if (before != fdp_recorder_observe || ctx != r) {  /* chain, bar itself */
            r->next = before;
            r->next_ctx = ctx;
        }
    }
    fdp_set_observer(e, fdp_recorder_observe, r);
}

static const char *verb_name(int verb)
{
    switch (verb) {
#define CALL_CASE(name, text) case FDP_V_##name: return text;
    FDP_TRACE_CALLS(CALL_CASE)
    FDP_TRACE_EVENT_MODE(CALL_CASE)
#undef CALL_CASE
    case FDP_V_SOCKET: return "socket";
    case FDP_V_INPUT: return "input";
    default: return "post";
    }
}

static const char *input_name(long input)
{
    switch (input) {
#define INPUT_CASE(name, in, text) case FDP_IN_##in: return text;
    FDP_TRACE_INPUTS(INPUT_CASE)
#undef INPUT_CASE
    default: return 0;
    }
}

/* "-> ok" or "-> ERROR" */
static void put_result(line *l, long error)
{
    put(l, " -> ");
    if (error)
        put_error(l, error);
    else
        put(l, "ok");
}

/* recv/send results: bytes, or -error */
static void put_bytes(line *l, long result)
{
    put(l, " -> ");
    if (result < 0)
        put_error(l, -result);
    else
        put_u(l, (uint64_t)result, 10);
}

/* " ev=OBJECT" (none for object 0: none given) */
static void put_object(line *l, uint64_t object)
{
    if (object) {
        put(l, " ev=");
        put_u(l, object, 16);
    }
}

/* select and eventselect: the mask, select's window, eventselect's event
   object, a refusal */
static void put_select(line *l, const fdp_record *rec)
{
    put(l, verb_name(rec->verb));
    put(l, " ");
    put_mask(l, rec->arg);
    if (rec->verb == FDP_V_SELECT) {
        put(l, " wnd=");
        put_u(l, rec->window, 16);
        put(l, " msg=");
        put_u(l, rec->message, 16);
    } else {
        put_object(l, rec->handle);
    }
    if (rec->failed)
        put_result(l, rec->error);
}

/* enum [ev=OBJECT] -> EVENTS: the record returned, FD names in bit order
   joined by '|', each with "=ERROR" when its iErrorCode is not 0 (the
   error's name, else its number: after '=' a number is an error). */
static void put_enum(line *l, const fdp_record *rec)
{
    int k, first = 1;
    put(l, "enum");
    put_object(l, rec->handle);
    put(l, " -> ");
    for (k = 0; k < FDP_FD_MAX_EVENTS; k++) {
        const char *n = fdp_event_name(1u << k), *en;
        int e = rec->errors ? rec->errors[k] : 0;
        if (!(rec->result & (1L << k)) || !n)
            continue;
        put(l, first ? "" : "|");
        put(l, n);
        first = 0;
        if (!e)
            continue;
        put(l, "=");
        if ((en = fdp_error_name(e)) != 0)
            put(l, en);
        else
            put_u(l, (uint64_t)(unsigned)e, 10);
    }
    if (first)
        put(l, "0");
}

/* An event recorded (event mode's post): a comment, as nothing in the
   format stands for it; the enum that reads the record says it. */
static void put_recorded(line *l, const struct fdp_socket *s, const fdp_record *rec)
{
    const char *n = fdp_event_name((unsigned)rec->arg);
    put(l, rec->flags ? "# optional, not recorded: " : "# ");
    put_u(l, rec->handle ? rec->handle : s->handle, 16);
    put(l, rec->flags ? " " : " records ");
    if (n)
        put(l, n);
    else
        put_u(l, (uint64_t)rec->arg, 16);
    if (rec->result) {
        put(l, " ");
        put_error(l, rec->result);
    }
}

/* The event object set after a batch of recordings, named by the socket
   that recorded them: the handle of the batch's last recording (the
   socket's memory may hold another socket once the event callback
   returned), else the socket's. */
static void put_set_event(line *l, const struct fdp_socket *s, const fdp_record *rec)
{
    const fdp_recorder *r = l->r;
    uint64_t h = r->depth && r->open[r->depth - 1].recorded
                     ? r->open[r->depth - 1].recorded
                     : s->handle;
    if (rec->posted) {
        put(l, "# not set (the event callback failed with ");
        put_error(l, rec->posted);
        put(l, "): ");
    }
    put_u(l, h, 16);
    put(l, " set-event");
    put_object(l, rec->handle);
}

static void put_call(line *l, const fdp_record *rec)
{
    const char *n;
    put(l, verb_name(rec->verb));
    switch (rec->verb) {
    case FDP_V_FIONBIO:
    case FDP_V_OOBINLINE:
        put(l, rec->arg ? " on" : " off");
        if (rec->failed)
            put_result(l, rec->error);
        break;
    case FDP_V_RECV:
    case FDP_V_SEND:
        put(l, " ");
        put_u(l, (uint64_t)rec->arg, 10);
        if (rec->verb == FDP_V_RECV && (rec->flags & FDP_MSG_PEEK))
            put(l, " peek");
        if (rec->verb == FDP_V_RECV && (rec->flags & FDP_MSG_OOB))
            put(l, " oob");
        put_bytes(l, rec->result);
        break;
    case FDP_V_ACCEPT:
        put(l, " -> ");
        if (rec->result)
            put_error(l, rec->result);
        else
            put_u(l, rec->handle, 16);
        break;
    case FDP_V_CONNECT:
    case FDP_V_JOINLEAF:
        put_result(l, rec->result);
        break;
    case FDP_V_IOCTL:
        n = fdp_ioctl_name((uint32_t)rec->arg);
        put(l, " ");
        if (n)
            put(l, n);
        else
            put_u(l, (uint64_t)(uint32_t)rec->arg, 16);
        break;
    case FDP_V_SHUTDOWN:
        put(l, rec->arg == FDP_SD_RECEIVE ? " receive" :
               rec->arg == FDP_SD_SEND ? " send" : " both");
        break;
    default:                    /* bind, listen, close: the verb alone */
        break;
    }
}

static void put_input(line *l, const fdp_record *rec)
{
    put(l, input_name(rec->arg));     /* known: put_record checked */
    if (rec->arg == FDP_IN_DATA || rec->arg == FDP_IN_URGENT) {
        put(l, " ");
        put_u(l, (uint64_t)rec->result, 10);
    } else if (rec->arg == FDP_IN_CONNECT_FAILED || rec->arg == FDP_IN_ABORT ||
               (rec->arg == FDP_IN_ROUTE && rec->result)) {
        put(l, " ");
        put_error(l, rec->result);
    }
}

static void put_post(line *l, const fdp_record *rec)
{
    const char *n = fdp_event_name((unsigned)rec->arg);
    put(l, "post ");
    if (n)
        put(l, n);
    else
        put_u(l, (uint64_t)rec->arg, 16);
    if (rec->result) {
        put(l, " ");
        put_error(l, rec->result);
    }
    put(l, " wnd=");
    put_u(l, rec->window, 16);
    put(l, " msg=");
    put_u(l, rec->message, 16);
}

/* A refused call, as a comment (select, eventselect and FIONBIO excepted:
   their `-> ERROR` is part of the format). */
static int put_refused(line *l, const struct fdp_socket *s, const fdp_record *rec)
{
    if (!rec->failed || rec->verb == FDP_V_SELECT ||
        rec->verb == FDP_V_EVENTSELECT || rec->verb == FDP_V_FIONBIO)
        return 0;
    put(l, "# the engine refused ");
    put(l, verb_name(rec->verb));
    put(l, " on ");
    put_u(l, s->handle, 16);
    put(l, ": ");
    put_error(l, rec->error);
    return 1;
}

/* The record's line into l; 0 when it has none. */
static int put_record(line *l, const struct fdp_socket *s,
                      const fdp_record *rec)
{
    if ((rec->verb == FDP_V_INPUT && !input_name(rec->arg)) ||
        rec->verb < FDP_V_SOCKET || rec->verb > FDP_V_SET_EVENT) {
        put(l, "# unknown record");    /* decided before a byte goes out */
        return 1;
    }
    if (put_refused(l, s, rec))
        return 1;
    if (rec->verb == FDP_V_RECORD) {
        put_recorded(l, s, rec);
        return 1;
    }
    if (rec->verb == FDP_V_SET_EVENT) {
        put_set_event(l, s, rec);
        return 1;
    }
    if (rec->verb == FDP_V_SOCKET) {
        if (rec->flags)         /* born by accept: the accept line names it */
            return 0;
        put(l, "socket ");
        put_u(l, s->handle, 16);
        put(l, rec->arg == FDP_DGRAM ? " udp" : " tcp");
        return 1;
    }
    if (rec->verb == FDP_V_POST && rec->flags) {
        /* optional and not made (D1): a comment, not a post */
        put(l, "# optional, not posted: ");
    } else if (rec->verb == FDP_V_POST && rec->posted) {
        put(l, "# not delivered (the post callback failed with ");
        put_error(l, rec->posted);
        put(l, "): ");
    }
    /* a post: the wParam it went out with (the socket's memory may hold
       another socket by now) */
    put_u(l, rec->verb == FDP_V_POST ? rec->handle : s->handle, 16);
    put(l, " ");
    if (rec->verb == FDP_V_SELECT || rec->verb == FDP_V_EVENTSELECT)
        put_select(l, rec);
    else if (rec->verb == FDP_V_INPUT)
        put_input(l, rec);
    else if (rec->verb == FDP_V_POST)
        put_post(l, rec);
    else if (rec->verb == FDP_V_ENUM)
        put_enum(l, rec);
    else
        put_call(l, rec);
    return 1;
}

void fdp_recorder_observe(void *ctx, const struct fdp_socket *s,
                          const fdp_record *rec)
{
    fdp_recorder *r = ctx;
    if (r->ended) {             /* after the end: lost, and said so */
        if (!r->error)
            r->error = FDP_RECORDER_AFTER_END;
    } else {
        place(r, s, rec, 0);
        track(r, rec);
    }
    if (r->next)
        r->next(r->next_ctx, s, rec);
}
