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
 *
 * Errors are written by their Winsock names (WSAECONNRESET); an error with
 * no name as err=N (err=5), which no reader takes for a byte count or a
 * socket.
 *
 * Calls the engine refused (a closed socket, a bad argument) are written as
 * comments, except a refused select, eventselect or FIONBIO, whose
 * `-> ERROR` is part of the format.  A post whose callback failed was not
 * delivered and is written as a comment too.
 */
#ifndef FDP_RECORDER_H
#define FDP_RECORDER_H

#include <stddef.h>

#include "fdpost.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A buffer of this size holds any line the recorder writes. */
#define FDP_RECORDER_LINE_MAX 256

/* Write `len` bytes (one line, with its '\n'); return 0, or non-zero on
   failure (the recorder remembers the first failure in `error` and goes
   on). */
typedef int fdp_recorder_write_fn(void *ctx, const char *line, size_t len);

typedef struct fdp_recorder {
    fdp_recorder_write_fn *write;
    void *write_ctx;
    char *buf; /* the caller's line buffer */
    size_t size;
    fdp_observe_fn *next; /* the observer that was attached before */
    void *next_ctx;
    unsigned long lines; /* lines written */
    int error;           /* first write failure; -1: buffer too small */
} fdp_recorder;

/* Set up; `size` should be at least FDP_RECORDER_LINE_MAX.  Writes nothing. */
void fdp_recorder_init(fdp_recorder *r, char *buf, size_t size,
                       fdp_recorder_write_fn *write, void *ctx);

/* Writes the header ("fdt 1", "profile spec|windows": the engine's default
   profile) and makes the recorder the engine's observer (fdp_set_observer);
   an observer that was there before is still called, after the recorder. */
void fdp_recorder_attach(fdp_recorder *r, fdp_engine *e);

/* The observer itself, for providers that chain observers their own way
   (ctx: the fdp_recorder). */
void fdp_recorder_observe(void *ctx, const struct fdp_socket *s,
                          const fdp_record *rec);

/* Write "# text" (text: one line, no '\n'). */
void fdp_recorder_comment(fdp_recorder *r, const char *text);

#ifdef __cplusplus
}
#endif
#endif
