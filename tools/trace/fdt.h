/* SPDX-License-Identifier: MIT */
/*
 * fdt.h -- a streaming reader of the fdpost trace format (.fdt, version 1
 * with the extensions of docs/trace-format.md).
 *
 * The reader pulls input through a read callback into one fixed buffer and
 * hands out one record at a time; it never holds more than one line.  The
 * lexer (fdt_lex.re -> gen/fdt_lex.c, re2c) turns a line into tokens; the
 * parser (fdt_reader.c) turns tokens into an fdt_rec.  Every malformed line
 * is an error with line and column: the reader never crashes, never reads
 * past its buffer and never waits for more than the next line.
 *
 * The reader knows nothing of the engine: numbers and names only.
 */
#ifndef FDT_H
#define FDT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>          /* memcpy: fdt_load */

#include "fdp_vocab.h"      /* the words, one table for every tool */

/* ---- tokens (fdt_lex.re) ---- */

enum fdt_tok {
    FDT_T_END = 0,      /* end of line (or a comment) */
    FDT_T_WORD,         /* an identifier that is no keyword: a socket name */
    FDT_T_NUM,          /* a decimal or 0x number; value in `num` */
    FDT_T_KW,           /* a keyword; which in `val` (enum fdt_kw) */
    FDT_T_FD,           /* an FD_ name; its bit in `val` */
    FDT_T_ERR,          /* a WSA error name; its code in `val` */
    FDT_T_SIO,          /* a SIO_ ioctl name; its code in `val` */
    FDT_T_ARROW,        /* -> */
    FDT_T_PIPE,         /* | */
    FDT_T_WND,          /* wnd= */
    FDT_T_MSG,          /* msg= */
    FDT_T_ERREQ,        /* err= (an error by number, never a byte count) */
    FDT_T_EV,           /* ev= (an event object) */
    FDT_T_EQ,           /* = (an event's error in enum's list; elsewhere the
                           parser calls it an unexpected character) */
    FDT_T_BAD           /* a lexical error; `msg` says which */
};

/* Keywords: the verbs and the other words of fdp_vocab.h. */
enum fdt_kw {
    FDT_KW_NONE_ = 0,
#define FDT_KW_ROW(name, ...) FDT_KW_##name,
    FDP_TRACE_WORDS(FDT_KW_ROW)
    FDP_TRACE_CALLS(FDT_KW_ROW)
    FDP_TRACE_INPUTS(FDT_KW_ROW)
    FDP_TRACE_EVENT_MODE(FDT_KW_ROW)
#undef FDT_KW_ROW
    FDT_KWS_
};

typedef struct fdt_token {
    int kind;               /* enum fdt_tok */
    int val;                /* KW, FD, ERR, SIO: which; BAD: the offending byte */
    int spaced;             /* whitespace (or the line start) precedes it */
    int hex;                /* NUM: written 0x... */
    int overflow;           /* NUM: more than 64 bits */
    uint64_t num;           /* NUM: its value */
    const char *text;       /* its text in the line */
    unsigned len;
    unsigned col;           /* 1-based byte column */
    const char *msg;        /* BAD: what is wrong */
} fdt_token;

/* The generated lexer (gen/fdt_lex.c).  `*cur` walks the line [line, lim), which must have
   a NUL at lim (the sentinel); each call fills one token and moves `*cur`
   past it.  After FDT_T_END or FDT_T_BAD, stop. */
void fdt_lex(const char *line, const char *lim, const char **cur,
             fdt_token *t);
/* What fdt_lex makes of the word [w, w+len) (letters, digits, '_'; or a
   keyword with '-'): FDT_T_KW, _FD, _ERR, _SIO or _WORD, its value in
   *val.  For readers that do not need its token (fdt_fast.h). */
int fdt_word(const char *w, size_t len, int *val);

/* ---- records ---- */

/* The header's directives come first: a record of a kind above FDT_QUEUED
   (but FDT_HANDWRITTEN) is the trace's body (tools/oracle.c, run_reader). */
enum fdt_kind {
    FDT_VERSION = 1, FDT_PROFILE, FDT_QUEUED, FDT_SOCKET,
#define FDT_KIND_ROW(name, ...) FDT_##name,
    /* client calls */
    FDP_TRACE_CALLS(FDT_KIND_ROW)
    /* transport */
    FDP_TRACE_INPUTS(FDT_KIND_ROW)
    /* posted messages */
    FDT_POST,
    /* event-select mode: enum (WSPEnumNetworkEvents), set-event (the
       event object set after a record) */
    FDP_TRACE_EVENT_MODE(FDT_KIND_ROW)
    /* the closing record (end N) and the directive that excuses its
       absence (handwritten) */
    FDT_END, FDT_HANDWRITTEN,
#undef FDT_KIND_ROW
    /* a blank or comment-only line (only with fdt_reader.notes set) */
    FDT_NOTE,
    FDT_KINDS_
};

#define FDT_PROFILE_SPEC     0
#define FDT_PROFILE_WINDOWS  1
#define FDT_TCP  0
#define FDT_UDP  1
#define FDT_RECV_PEEK 0x2u      /* the engine's FDP_MSG_PEEK */
#define FDT_RECV_OOB  0x1u      /* the engine's FDP_MSG_OOB */

/* The network events (FD_READ ... FD_ADDRESS_LIST_CHANGE): iErrorCode's
   length. */
#define FDT_NEV 10

/* A socket name: an identifier, or a number (a real handle). */
typedef struct fdt_name {
    const char *text;       /* as written (points into the current line) */
    unsigned len;
    unsigned col;
    int numeric;            /* written as a number: `value` identifies it */
    uint64_t value;
} fdt_name;

/* Result of a call: `-> ...`. */
enum fdt_res {
    FDT_RES_NONE = 0,       /* no `->`: ok */
    FDT_RES_OK,             /* -> ok, or -> 0 */
    FDT_RES_BYTES,          /* recv/send: a byte count in `bytes` */
    FDT_RES_ERROR,          /* an error in `error` */
    FDT_RES_NAME            /* accept: the new socket in `newname` */
};

typedef struct fdt_rec {
    int kind;               /* enum fdt_kind */
    unsigned long line;
    const char *text;       /* the whole line, without its line end */
    size_t text_len;
    fdt_name name;          /* the socket (SOCKET: the one created) */
    /* Arguments (which apply depends on kind):
       VERSION: n = version.  PROFILE: n = FDT_PROFILE_*.
       QUEUED (`posts queued`): none; name is the word `posts`.
       SOCKET: n = FDT_TCP/UDP.  SELECT, EVENTSELECT: mask.
       FIONBIO, OOBINLINE: n = on.  RECV, SEND, ARRIVE, ARRIVE_OOB: n bytes.
       RECV: flags FDT_RECV_*.  IOCTL: n = code.  SHUTDOWN: n = 0 receive,
       1 send, 2 both (Windows' SD_ values).  CONNECT_FAILED, ABORT,
       ROUTE_CHANGE: error.  POST: mask = the event, error.
       ENUM: mask = the events enumerated (lNetworkEvents), errors[] their
       iErrorCode.  EVENTSELECT, ENUM, SET_EVENT: has_ev, ev = the event
       object (ev=; never 0).  END: n = the records before it that it
       counts. */
    uint64_t n;
    unsigned n_col;
    int flags;
    uint32_t mask;
    int error;
    int has_wnd, has_msg;
    uint32_t wnd, msg;
    /* The call's result. */
    int res;                /* enum fdt_res */
    uint64_t bytes;
    fdt_name newname;
    unsigned res_col;       /* column of the result (0: none) */
    int has_ev;             /* ev= given: the event object in `ev` */
    int ev_hex;             /* ... written 0x... */
    uint64_t ev;
    /* ENUM only (other records leave it as it was: the reader clears
       only what every record uses): iErrorCode by bit index (FD_READ 0 ...
       FD_ADDRESS_LIST_CHANGE 9), 0 where no error was written. */
    int errors[FDT_NEV];
} fdt_rec;

/* The n (1 to 8) bytes at w as a little-endian number.  w in a record's
   text (or the reader's buffer): FDT_BUF_PAD bytes past the line can be
   read, so the load may be one of 8 bytes, masked. */
static inline uint64_t fdt_load(const char *w, size_t n)
{
    uint64_t v = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    static const uint64_t keep[9] = {
        0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFFFFFFFFFF, 0xFFFFFFFFFFFF,
        0xFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF
    };
    memcpy(&v, w, 8);
    return v & keep[n];
#else
    size_t i;
    for (i = 0; i < n; i++)
        v |= (uint64_t)(unsigned char)w[i] << (8 * i);
    return v;
#endif
}

/* A byte count's and an error number's largest values. */
#define FDT_MAX_BYTES 0x7FFFFFFFu
#define FDT_MAX_ERROR 0xFFFFu

/* ---- the reader ---- */

/* Fill buf with up to n bytes; return the count, 0 at end of input, or
   (size_t)-1 on a read error. */
typedef size_t fdt_read_fn(void *ctx, char *buf, size_t n);

#define FDT_MAX_LINE   4096             /* longest line, line end excluded */
#define FDT_BUF_SIZE   (64 * 1024)
#define FDT_BUF_PAD    16               /* readable bytes past the buffer */

/* A word and what the lexer makes of it (fdt_fast.h): its kind and value
   when it is an identifier (kind 0 when not), its record kind when it is
   a verb (0 when not). */
#define FDT_MEMO_BITS 6
typedef struct fdt_memo { uint64_t a, b; unsigned len; int kind, val, verb; } fdt_memo;

typedef struct fdt_reader {
    fdt_read_fn *read;
    void *ctx;
    const char *path;       /* for messages */
    char *buf;              /* FDT_BUF_SIZE + 1 + FDT_BUF_PAD bytes */
    size_t len, pos;        /* bytes in buf; start of the next line */
    int eof;
    unsigned long line;     /* the current record's line */
    unsigned long nrec;     /* records read (directives included) */
    int seen_record;        /* a non-directive record was read */
    int version, profile;   /* directives: -1 when absent */
    int queued;             /* `posts queued` was read */
    int handwritten;        /* the handwritten directive was read */
    unsigned long end_line; /* the closing record's line, 0: none yet */
    int notes;              /* set: blank and comment lines are FDT_NOTE */
    int slow;               /* set: every line through the parser, none
                               through fdt_fast.h (bench_reader --same) */
    int fast_off;           /* set with an error or the closing record:
                               fdt_next_inline leaves lines to fdt_next */
    fdt_memo memo[1 << FDT_MEMO_BITS];  /* words classified (fdt_fast.h) */
    unsigned long long bytes;   /* bytes read so far */
    /* The last error. */
    unsigned long err_line;
    unsigned err_col;
    char err[200];
} fdt_reader;

/* 0, or -1 when out of memory. */
int fdt_reader_init(fdt_reader *r, const char *path, fdt_read_fn *read,
                    void *ctx);
void fdt_reader_free(fdt_reader *r);

/* 1: *rec is the next record (its pointers live until the next call);
   0: end of input; -1: an error, in r->err at r->err_line:r->err_col. */
int fdt_next(fdt_reader *r, fdt_rec *rec);

/* Read callbacks: a FILE * (stdio) and a memory block. */
size_t fdt_read_file(void *fp, char *buf, size_t n);
typedef struct fdt_mem { const char *p; size_t left; } fdt_mem;
size_t fdt_read_mem(void *mem, char *buf, size_t n);

/* Names of things, for messages and for writing traces. */
const char *fdt_kind_verb(int kind);            /* "select", "arrive-oob" */
/* A mask as FD names joined by | ("0" when empty; 0x... when it has bits
   beyond FD_ALL_EVENTS).  buf: at least FDT_MASK_MAX bytes. */
#define FDT_MASK_MAX 160
const char *fdt_mask_str(uint32_t mask, char *buf);
/* The network events an enum returned, as the format writes them: FD
   names joined by '|' in bit order, each with "=ERROR" when its error is
   not 0 (the error's WSA name, else its number), or "0" when none.  buf:
   at least FDT_EVENTS_MAX bytes. */
#define FDT_EVENTS_MAX 600
const char *fdt_events_str(uint32_t events, const int *errors, char *buf);
/* An error as its name, or as err=N (the spelling that cannot be read as a
   byte count or a socket).  buf: at least 16 bytes. */
const char *fdt_error_str(int error, char *buf);

#endif
