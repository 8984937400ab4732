/* SPDX-License-Identifier: MIT */
/*
 * oracle.h -- replays a .fdt trace through the engine (fdpost check, run).
 *
 * One trace at a time: each record that is not a post becomes the engine
 * call it names (docs/trace-format.md, "How the oracle replays a trace"),
 * the engine's posts are caught through its observer, and the trace's post
 * records that follow are compared with them (check) or replaced by them
 * (run).  Memory is bounded by the live sockets of the trace and by the
 * limits of docs/trace-format.md (a trace past one is a trace error).
 */
#ifndef ORACLE_H
#define ORACLE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* INCOMPLETE: read to its end without a trace error, but empty, or without
   its closing record (and not handwritten), or the closing record counts
   records that did not arrive: nothing may be concluded from it.  It
   outranks a divergence (a lost record can cause one); a trace error
   outranks it. */
enum { ORACLE_CONFORM = 0, ORACLE_DIVERGE = 1, ORACLE_ERROR = 2,
       ORACLE_INCOMPLETE = 3 };

/* One report: a divergence (kind 1), a trace error (kind 2) or an
   incomplete trace (kind 3). */
typedef struct oracle_report {
    int kind;
    const char *path;
    unsigned long line;
    unsigned col;           /* errors only; 0 for divergences */
    const char *headline;   /* one line: "FILE:LINE: SOCK: expected ..." */
    const char *detail;     /* the rule's words and the socket's last
                               records, several lines, each ending in \n */
    const char *rule;       /* the rule id ("S5"), or "" */
} oracle_report;

typedef void oracle_report_fn(void *ctx, const oracle_report *r);

typedef struct oracle_opts {
    int profile;            /* FDP_PROFILE_*, or -1: the trace's directive */
    int strict_order;
    int queued;             /* posts seen late, through a message queue
                               (also the trace's `posts queued`) */
    FILE *run_out;          /* non-NULL: `fdpost run`, write the trace here */
    int max_reports;        /* divergences reported in full per trace */
    oracle_report_fn *report;
    void *report_ctx;
    /* The limits (docs/trace-format.md, Limits); 0: the default.  Tests
       set small ones to reach them quickly. */
    unsigned long max_dgrams;       /* datagrams queued on one socket */
    unsigned long max_dgrams_all;   /* ... on all sockets together */
    unsigned long max_sockets;      /* sockets open at once */
} oracle_opts;

typedef struct oracle_result {
    int status;             /* ORACLE_CONFORM, _DIVERGE, _ERROR, _INCOMPLETE */
    unsigned long records, posts, divergences;
    unsigned long long bytes;   /* input bytes read */
    unsigned long long probes;  /* socket-table entries compared (its test) */
} oracle_result;

/* Replay one trace.  `path` names it in messages ("-" reads stdin and is
   called <stdin>).  Returns res->status. */
int oracle_run(const char *path, const oracle_opts *o, oracle_result *res);

/* The same for a trace held in memory (text, len bytes), named `name` in
   messages: the in-process entry (tests/mutate/ replays preloaded vectors
   against each mutant). */
int oracle_run_mem(const char *name, const char *text, size_t len,
                   const oracle_opts *o, oracle_result *res);

/* SipHash-c-d (key: 16 bytes as two little-endian words), the socket
   table's keyed hash (1-3); exposed for the reference vectors (2-4). */
uint64_t oracle_siphash(const uint64_t key[2], const void *data, size_t len,
                        int crounds, int drounds);

/* "spec" or "windows" -> FDP_PROFILE_*; anything else -> -2. */
int oracle_parse_profile(const char *s);

#endif
