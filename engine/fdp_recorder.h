/* SPDX-License-Identifier: MIT */
/*
 * fdp_recorder.h -- write what the engine does as an .fdt trace.
 *
 * A provider attaches a recorder to its fdp_engine; from then on every call
 * and input the engine handles, and every message it posts, becomes one line
 * of the trace format (docs/trace-format.md), with the real socket handles as
 * numeric names (0x1a4).  `fdpost check` can then judge the provider's run.
 *
 * C99, no stdio, no POSIX, no allocation: each line is formatted into a
 * buffer the caller gives and handed to the caller's write callback.  A
 * recorder is not thread-safe: with several threads, give each engine its own
 * recorder, or serialize the engine calls.
 *
 *     static char line[FDP_RECORDER_LINE_MAX];
 *     fdp_recorder rec;
 *     fdp_recorder_init(&rec, line, sizeof line, my_write, my_file);
 *     fdp_recorder_attach(&rec, &engine);   // writes "fdt 1", "profile ..."
 *     ... the provider's run ...
 *     if (fdp_recorder_end(&rec) != 0)       // writes "end N"
 *         ... some line was not written: the trace is incomplete ...
 *
 * Nothing is dropped silently.  A line longer than the buffer is handed to
 * the write callback in pieces; a line whose write failed still counts in
 * the closing record `end N` (N: the records the recorder meant to write,
 * the header included), so `fdpost check` finds the count wrong and calls
 * the trace incomplete (exit 3), as it does a trace without `end`.
 *
 * Errors are written by their Winsock names (WSAECONNRESET); an error with
 * no name as err=N (err=5), which no reader takes for a byte count or a
 * socket.
 *
 * Calls the engine refused (a closed socket, a bad argument) are written as
 * comments, except a refused select, eventselect or FIONBIO, whose
 * `-> ERROR` is part of the format.  A post whose callback failed was not
 * delivered and is written as a comment too.
 *
 * Event-select mode.  eventselect is written with its event object
 * (`eventselect FD_READ ev=0x7`), each event recorded as a comment
 * (`# 0x1a4 records FD_READ`), each set of the object after a batch of
 * recordings as `0x1a4 set-event ev=0x7` (a comment when the event callback
 * failed), each fdp_enum_network_events with the record it returned
 * (`0x1a4 enum ev=0x7 -> FD_READ|FD_CLOSE=WSAECONNRESET`; a refused one as
 * a comment).  The recordings and the set belong to their call's batch, as
 * posts do: what follows applies to them too.
 *
 * Re-entrant calls.  A post callback may call the engine (fdpost.h,
 * fdp_post_fn); the engine reports such a nested call before the post it
 * was made for.  The recorder writes in decision order instead: a call,
 * then its whole batch of posts (fdp_record.posts of them), then the calls
 * made from the batch's callbacks, in the order they were made, each
 * followed the same way by its batch and its own nested calls.  That is the
 * order in which the engine decided, so `fdpost check` and `fdpost run`
 * replay it to the same posts.  Until the outermost batch is written, the
 * nested lines wait in room the caller gives with fdp_recorder_hold: every
 * line of them (at most FDP_RECORDER_LINE_MAX bytes each), at most
 * FDP_RECORDER_DEPTH batches open at once.  Out of room, the recorder says
 * so in a comment, writes the held lines and every later line as they come,
 * and counts one record it never writes: `fdp_recorder_end` returns
 * FDP_RECORDER_NO_ROOM and `fdpost check` calls the trace incomplete.
 */
#ifndef FDP_RECORDER_H
#define FDP_RECORDER_H

#include <stddef.h>

#include "fdpost.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A buffer of this size holds any line the recorder writes whole; a
   smaller one (even none) still works, the lines going out in pieces. */
#define FDP_RECORDER_LINE_MAX 256

/* Write `len` bytes: one line with its '\n', or, for a line longer than
   the buffer, a piece of it (the pieces come in order, the last ends in
   '\n').  Return 0, or non-zero on failure: the recorder remembers the
   first failure in `error`, goes on, and fdp_recorder_end returns it. */
typedef int fdp_recorder_write_fn(void *ctx, const char *line, size_t len);

/* Batches being posted at once (a call from a post callback opens one
   inside another) that the recorder keeps in order. */
#define FDP_RECORDER_DEPTH 16

typedef struct fdp_recorder {
    fdp_recorder_write_fn *write;
    void *write_ctx;
    char *buf; /* the caller's line buffer */
    size_t size;
    fdp_observe_fn *next; /* the observer that was attached before */
    void *next_ctx;
    unsigned long lines;   /* lines written, comments included */
    unsigned long records; /* records (not comments) meant: end N's N */
    int ended;             /* fdp_recorder_end was called */
    int error;             /* first write failure, or FDP_RECORDER_* below */
    char *hold;            /* fdp_recorder_hold: nested calls' lines */
    size_t hold_size, held;
    int depth;     /* batches being posted; the innermost last in open[] */
    int unordered; /* ran out of room: lines go out as they come */
    struct {
        unsigned long left; /* its post records still to come */
        size_t at;          /* where they go in hold (nested batches) */
        uint64_t recorded;  /* event mode: the socket of its last recording */
    } open[FDP_RECORDER_DEPTH];
} fdp_recorder;

/* `error` when the engine reported a record after fdp_recorder_end: it
   was not written (the trace had ended). */
#define FDP_RECORDER_AFTER_END (-2)
/* `error` when a call made from a post callback found no room to wait
   (fdp_recorder_hold): the trace is out of order from there, incomplete. */
#define FDP_RECORDER_NO_ROOM   (-3)

/* Set up; `size` should be at least FDP_RECORDER_LINE_MAX (smaller works,
   in pieces).  Writes nothing. */
void fdp_recorder_init(fdp_recorder *r, char *buf, size_t size,
                       fdp_recorder_write_fn *write, void *ctx);

/* Room (`size` bytes of `buf`, the caller's, kept until the recorder is
   done) for the lines of calls made from inside post callbacks while they
   wait for the batch being posted (see "Re-entrant calls" above).  Without
   it (the default) a provider whose callbacks call the engine gets an
   incomplete trace.  Writes nothing. */
void fdp_recorder_hold(fdp_recorder *r, char *buf, size_t size);

/* Writes the header ("fdt 1", "profile spec|windows": the engine's default
   profile) and makes the recorder the engine's observer (fdp_set_observer);
   an observer that was there before -- another recorder too -- is still
   called, after this one. */
void fdp_recorder_attach(fdp_recorder *r, fdp_engine *e);

/* The observer itself, for providers that chain observers their own way
   (ctx: the fdp_recorder). */
void fdp_recorder_observe(void *ctx, const struct fdp_socket *s,
                          const fdp_record *rec);

/* The closing record: writes "end N", N the records written before it
   (a record whose write failed counts), after the provider's last engine
   call (a record reported later is not written and sets `error` to
   FDP_RECORDER_AFTER_END).  Returns 0 when every line was written, else
   the first failure (`error`).  A trace without it is incomplete to
   `fdpost check`.  Calling it again writes nothing and returns `error`. */
int fdp_recorder_end(fdp_recorder *r);

/* Write "# text" (text: one line, no '\n'). */
void fdp_recorder_comment(fdp_recorder *r, const char *text);

#ifdef __cplusplus
}
#endif
#endif
