/* SPDX-License-Identifier: MIT */
/*
 * fdt_reader.c -- the streaming reader and parser of .fdt traces.
 *
 * Lines come from one fixed buffer (FDT_BUF_SIZE) filled through a read
 * callback; a line longer than FDT_MAX_LINE is an error, so memory never
 * grows with the input.  The grammar is in docs/trace-format.md; this file
 * is its recursive-descent reading over the tokens of fdt_lex.re.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fdpost.h"   /* fdp_error_name, fdp_event_name: one table of names */
#include "fdt.h"

/* ---- names ---- */

const char *fdt_error_str(int error, char *buf)
{
    const char *n = fdp_error_name(error);
    if (n)
        return n;
    snprintf(buf, 16, "err=%d", error);    /* cannot read as a count */
    return buf;
}

const char *fdt_mask_str(uint32_t mask, char *buf)
{
    return fdp_mask_str(mask, buf);
}

const char *fdt_events_str(uint32_t events, const int *errors, char *buf)
{
    size_t n = 0;
    int k;
    for (k = 0; k < FDT_NEV; k++) {
        const char *name = fdp_event_name(1u << k), *en;
        if (!(events & (1u << k)) || !name)
            continue;
        n += (size_t)snprintf(buf + n, FDT_EVENTS_MAX - n, "%s%s", n ? "|" : "", name);
        if (errors[k] && (en = fdp_error_name(errors[k])) != NULL)
            n += (size_t)snprintf(buf + n, FDT_EVENTS_MAX - n, "=%s", en);
        else if (errors[k])
            n += (size_t)snprintf(buf + n, FDT_EVENTS_MAX - n, "=%d", errors[k]);
    }
    if (!n)
        snprintf(buf, FDT_EVENTS_MAX, "0");
    return buf;
}

static const char *const verbs[FDT_KINDS_] = {
#define CALL_VERB(name, text) [FDT_##name] = text,
#define INPUT_VERB(name, in, text) [FDT_##name] = text,
    [FDT_VERSION] = "fdt", [FDT_PROFILE] = "profile",
    [FDT_QUEUED] = "posts queued", [FDT_SOCKET] = "socket",
    FDP_TRACE_CALLS(CALL_VERB)
    FDP_TRACE_INPUTS(INPUT_VERB)
    FDP_TRACE_EVENT_MODE(CALL_VERB)
#undef CALL_VERB
#undef INPUT_VERB
    [FDT_POST] = "post", [FDT_NOTE] = "#", [FDT_END] = "end",
    [FDT_HANDWRITTEN] = "handwritten",
};

const char *fdt_kind_verb(int kind)
{
    return kind > 0 && kind < FDT_KINDS_ ? verbs[kind] : "?";
}

/* keyword -> record kind, for the verb position (fdt_fast.h too) */
int fdt_verb_kind(int kw)
{
    switch (kw) {
#define KIND_CASE(name, ...) case FDT_KW_##name: return FDT_##name;
    FDP_TRACE_CALLS(KIND_CASE)
    FDP_TRACE_INPUTS(KIND_CASE)
    FDP_TRACE_EVENT_MODE(KIND_CASE)
#undef KIND_CASE
    case FDT_KW_POST: return FDT_POST;
    default: return 0;
    }
}

/* ---- input ---- */

size_t fdt_read_file(void *fp, char *buf, size_t n)
{
    size_t got = fread(buf, 1, n, (FILE *)fp);
    if (got == 0 && ferror((FILE *)fp))
        return (size_t)-1;
    return got;
}

size_t fdt_read_mem(void *mem, char *buf, size_t n)
{
    fdt_mem *m = mem;
    if (n > m->left)
        n = m->left;
    memcpy(buf, m->p, n);
    m->p += n;
    m->left -= n;
    return n;
}

int fdt_reader_init(fdt_reader *r, const char *path, fdt_read_fn *read,
                    void *ctx)
{
    memset(r, 0, sizeof *r);
    r->read = read;
    r->ctx = ctx;
    r->path = path;
    r->version = r->profile = -1;
    r->buf = calloc(FDT_BUF_SIZE + 1 + FDT_BUF_PAD, 1);
    return r->buf ? 0 : -1;
}

void fdt_reader_free(fdt_reader *r)
{
    free(r->buf);
    r->buf = NULL;
}

static int fail(fdt_reader *r, unsigned col, const char *fmt, ...)
{
    va_list ap;
    r->err_line = r->line;
    r->err_col = col;
    r->fast_off = 1;
    va_start(ap, fmt);
    vsnprintf(r->err, sizeof r->err, fmt, ap);
    va_end(ap);
    return -1;
}

/* The next line, NUL-terminated where its line end was: 1, 0 at end of
   input, -1 on error. */
static int next_line(fdt_reader *r, char **line, size_t *len)
{
    for (;;) {
        char *start = r->buf + r->pos;
        size_t avail = r->len - r->pos, n;
        char *nl = memchr(start, '\n', avail);
        if (nl || (r->eof && avail)) {
            n = nl ? (size_t)(nl - start) : avail;
            r->line++;
            r->pos += n + (nl != NULL);
            if (n && start[n - 1] == '\r')
                n--;                        /* the line end, not the line */
            if (n > FDT_MAX_LINE)
                return fail(r, FDT_MAX_LINE + 1,
                            "line too long (more than %d bytes)", FDT_MAX_LINE);
            start[n] = 0;
            *line = start;
            *len = n;
            return 1;
        }
        if (r->eof)
            return 0;
        if (avail > FDT_MAX_LINE + 1) {     /* + 1: a CR before the LF */
            r->line++;
            return fail(r, FDT_MAX_LINE + 1,
                        "line too long (more than %d bytes)", FDT_MAX_LINE);
        }
        memmove(r->buf, start, avail);
        r->len = avail;
        r->pos = 0;
        n = r->read(r->ctx, r->buf + r->len, FDT_BUF_SIZE - r->len);
        if (n == (size_t)-1) {
            r->line++;
            return fail(r, 1, "read error: %s", strerror(errno));
        }
        if (n == 0)
            r->eof = 1;
        r->len += n;
        r->buf[r->len] = 0;             /* where fdt_fast.h stops */
        r->bytes += n;
    }
}

/* ---- the parser ---- */

typedef struct parser {
    fdt_reader *r;
    const char *line, *lim, *cur;
    fdt_token t;            /* the current token */
    int glue;               /* the previous token lets the next one touch it */
    int events;             /* in enum's list of events: '=' is a token */
} parser;

static const char *tokdesc(const fdt_token *t, char *buf, size_t n)
{
    if (t->kind == FDT_T_END)
        return "end of line";
    snprintf(buf, n, "'%.*s'", t->len > 40 ? 40 : (int)t->len, t->text);
    return buf;
}

static int perr(parser *p, const char *what)
{
    char b[64];
    return fail(p->r, p->t.col, "%s, found %s", what, tokdesc(&p->t, b, sizeof b));
}

static int advance(parser *p)
{
    fdt_lex(p->line, p->lim, &p->cur, &p->t);
    if (p->t.kind == FDT_T_BAD) {
        unsigned char c = (unsigned char)p->t.val;
        if (c >= 0x20 && c < 0x7f && p->t.len > 1)
            return fail(p->r, p->t.col, "%s '%.*s'", p->t.msg,
                        p->t.len > 40 ? 40 : (int)p->t.len, p->t.text);
        if (c >= 0x20 && c < 0x7f)
            return fail(p->r, p->t.col, "%s '%c'", p->t.msg, c);
        return fail(p->r, p->t.col, "%s (0x%02x)", p->t.msg, c);
    }
    if (p->t.kind == FDT_T_EQ && !p->events)   /* '=' means nothing there */
        return fail(p->r, p->t.col, "unexpected character '='");
    if (p->t.kind == FDT_T_PIPE || p->t.kind == FDT_T_EQ) {
        if (p->t.spaced)
            return fail(p->r, p->t.col, "no space allowed before '%c' in %s", *p->t.text,
                        p->events ? "the network events" : "a mask");
    } else if (p->t.kind != FDT_T_END && !p->t.spaced && !p->glue) {
        char b[64];
        return fail(p->r, p->t.col, "missing space before %s",
                    tokdesc(&p->t, b, sizeof b));
    } else if ((p->glue == FDT_T_PIPE || p->glue == FDT_T_EQ) && p->t.spaced &&
               p->t.kind != FDT_T_END) {
        return fail(p->r, p->t.col, "no space allowed after '%c' in %s",
                    p->glue == FDT_T_PIPE ? '|' : '=',
                    p->events ? "the network events" : "a mask");
    }
    p->glue = (p->t.kind == FDT_T_PIPE || p->t.kind == FDT_T_WND ||
               p->t.kind == FDT_T_MSG || p->t.kind == FDT_T_ERREQ ||
               p->t.kind == FDT_T_EV || p->t.kind == FDT_T_EQ) ? p->t.kind : 0;
    return 0;
}

#define ADV(p) do { if (advance(p)) return -1; } while (0)

static int expect_end(parser *p)
{
    ADV(p);
    if (p->t.kind != FDT_T_END)
        return perr(p, "expected end of record");
    return 0;
}

static int is_kw(const parser *p, int kw)
{
    return p->t.kind == FDT_T_KW && p->t.val == kw;
}

/* The current token as a socket name. */
static int take_name(parser *p, fdt_name *n)
{
    const fdt_token *t = &p->t;
    switch (t->kind) {
    case FDT_T_NUM:
        if (t->overflow)
            return fail(p->r, t->col, "socket handle '%.*s' does not fit in 64 bits",
                        t->len > 40 ? 40 : (int)t->len, t->text);
        n->numeric = 1;
        n->value = t->num;
        break;
    case FDT_T_KW:
        if (t->val == FDT_KW_FDT || t->val == FDT_KW_PROFILE ||
            t->val == FDT_KW_SOCKET || t->val == FDT_KW_END ||
            t->val == FDT_KW_HANDWRITTEN)
            return fail(p->r, t->col, "'%.*s' is reserved and cannot name a socket",
                        (int)t->len, t->text);
        /* fall through */
    case FDT_T_WORD: case FDT_T_FD: case FDT_T_ERR: case FDT_T_SIO:
        n->numeric = 0;
        n->value = 0;
        break;
    default:
        return perr(p, "expected a socket name");
    }
    n->text = t->text;
    n->len = t->len;
    n->col = t->col;
    return 0;
}

static int take_u64(parser *p, uint64_t max, const char *what, uint64_t *v)
{
    if (p->t.kind != FDT_T_NUM) {
        char b[80];
        snprintf(b, sizeof b, "expected %s", what);
        return perr(p, b);
    }
    if (p->t.overflow || p->t.num > max)
        return fail(p->r, p->t.col, "%s %.*s out of range (at most %llu)", what,
                    p->t.len > 40 ? 40 : (int)p->t.len, p->t.text,
                    (unsigned long long)max);
    *v = p->t.num;
    return 0;
}

#define MAX_BYTES FDT_MAX_BYTES
#define MAX_ERROR FDT_MAX_ERROR

/* The current token starts an error: a WSA name, err=N, or (where a
   number cannot be anything else) a bare number. */
static int error_start(const parser *p, int bare)
{
    return p->t.kind == FDT_T_ERR || p->t.kind == FDT_T_ERREQ ||
           (bare && p->t.kind == FDT_T_NUM);
}

/* err=N: any error by its number, 1 to 0xFFFF; never a byte count or a
   socket, wherever it stands (the recorder's spelling of unnamed codes). */
static int take_errnum(parser *p, int *err)
{
    uint64_t v;
    ADV(p);
    if (p->t.kind == FDT_T_END || p->t.spaced)
        return perr(p, "expected the error number after 'err='");
    if (take_u64(p, MAX_ERROR, "error", &v))
        return -1;
    if (v == 0)
        return fail(p->r, p->t.col, "err= takes a non-zero error");
    *err = (int)v;
    return 0;
}

/* An error: a WSA name, err=N, or a number up to 0xFFFF (lParam's high
   word). */
static int take_error(parser *p, int *err)
{
    uint64_t v;
    if (p->t.kind == FDT_T_ERR) {
        *err = p->t.val;
        return 0;
    }
    if (p->t.kind == FDT_T_ERREQ)
        return take_errnum(p, err);
    if (p->t.kind != FDT_T_NUM)
        return perr(p, "expected an error (a WSA error name or number)");
    if (take_u64(p, MAX_ERROR, "error", &v))
        return -1;
    *err = (int)v;
    return 0;
}

/* MASK: a number, or FD names joined by | */
static int take_mask(parser *p, uint32_t *mask)
{
    uint64_t v;
    if (p->t.kind == FDT_T_NUM) {
        if (take_u64(p, 0xFFFFFFFFu, "event mask", &v))
            return -1;
        *mask = (uint32_t)v;
        return 0;
    }
    if (p->t.kind != FDT_T_FD)
        return perr(p, "expected an event mask (0, a number or FD_ names joined by '|')");
    *mask = (uint32_t)p->t.val;
    for (;;) {
        const char *save = p->cur;
        fdt_token t = p->t;
        int glue = p->glue;
        ADV(p);
        if (p->t.kind != FDT_T_PIPE) {     /* not ours: push it back */
            p->cur = save;
            p->t = t;
            p->glue = glue;
            return 0;
        }
        ADV(p);
        if (p->t.kind != FDT_T_FD)
            return perr(p, "expected an FD_ name after '|'");
        *mask |= (uint32_t)p->t.val;
    }
}

/* [wnd=ID] [msg=ID] in any order; stops at the first other token (left
   current). */
static int take_ids(parser *p, fdt_rec *rec)
{
    for (;;) {
        uint64_t v;
        int wnd = p->t.kind == FDT_T_WND;
        if (!wnd && p->t.kind != FDT_T_MSG)
            return 0;
        if (wnd ? rec->has_wnd : rec->has_msg)
            return fail(p->r, p->t.col, "%s given twice", wnd ? "wnd=" : "msg=");
        ADV(p);
        if (p->t.kind == FDT_T_END || p->t.spaced)
            return perr(p, wnd ? "expected the window id after 'wnd='"
                               : "expected the message id after 'msg='");
        if (take_u64(p, 0xFFFFFFFFu, wnd ? "window id" : "message id", &v))
            return -1;
        if (wnd) {
            rec->has_wnd = 1;
            rec->wnd = (uint32_t)v;
        } else {
            rec->has_msg = 1;
            rec->msg = (uint32_t)v;
        }
        ADV(p);
    }
}

/* At the current token: [-> ok|ERROR] then end of record.  `need`: the
   result is not optional. */
static int take_ok_or_error(parser *p, fdt_rec *rec, int need)
{
    if (p->t.kind != FDT_T_ARROW) {
        if (need)
            return perr(p, "expected '->' and the call's result");
        if (p->t.kind != FDT_T_END)
            return perr(p, "expected '->' or end of record");
        return 0;
    }
    ADV(p);
    rec->res_col = p->t.col;
    if (is_kw(p, FDT_KW_OK)) {
        rec->res = FDT_RES_OK;
    } else {
        if (!error_start(p, 1))
            return perr(p, "expected 'ok' or an error");
        if (take_error(p, &rec->error))
            return -1;
        rec->res = rec->error ? FDT_RES_ERROR : FDT_RES_OK;
    }
    return expect_end(p);
}

/* -> BYTES|ERROR (recv, send) */
static int take_bytes_or_error(parser *p, fdt_rec *rec)
{
    if (p->t.kind != FDT_T_ARROW)
        return perr(p, "expected '->' and the call's result");
    ADV(p);
    rec->res_col = p->t.col;
    if (error_start(p, 0)) {
        rec->res = FDT_RES_ERROR;
        if (take_error(p, &rec->error))
            return -1;
    } else if (p->t.kind == FDT_T_NUM) {
        if (take_u64(p, MAX_BYTES, "byte count", &rec->bytes))
            return -1;
        rec->res = FDT_RES_BYTES;
        if (rec->bytes > rec->n)
            return fail(p->r, p->t.col, "%s returned %llu bytes, more than the %llu asked for",
                        fdt_kind_verb(rec->kind), (unsigned long long)rec->bytes,
                        (unsigned long long)rec->n);
    } else {
        return perr(p, "expected a byte count, a WSA error name or err=N");
    }
    return expect_end(p);
}

static int parse_ioctl(parser *p, fdt_rec *rec)
{
    if (p->t.kind == FDT_T_SIO)
        rec->n = (uint32_t)p->t.val;
    else if (p->t.kind != FDT_T_NUM)
        return perr(p, "expected an ioctl code (SIO_GET_QOS, SIO_GET_GROUP_QOS, "
                       "SIO_ROUTING_INTERFACE_CHANGE, SIO_ADDRESS_LIST_CHANGE or a number)");
    else if (take_u64(p, 0xFFFFFFFFu, "ioctl code", &rec->n))
        return -1;
    ADV(p);
    return take_ok_or_error(p, rec, 0);
}

static int parse_shutdown(parser *p, fdt_rec *rec)
{
    if (is_kw(p, FDT_KW_RECEIVE))
        rec->n = 0;
    else if (is_kw(p, FDT_KW_SEND))
        rec->n = 1;
    else if (is_kw(p, FDT_KW_BOTH))
        rec->n = 2;
    else
        return perr(p, "expected 'send', 'receive' or 'both'");
    ADV(p);
    return take_ok_or_error(p, rec, 0);
}

/* `-> NAME` or `-> ERROR` */
static int parse_accept(parser *p, fdt_rec *rec)
{
    if (p->t.kind != FDT_T_ARROW)
        return perr(p, "expected '->' and the accepted socket or an error");
    ADV(p);
    rec->res_col = p->t.col;
    if (error_start(p, 0) ||
        (p->t.kind == FDT_T_NUM && !p->t.hex && !p->t.overflow &&
         p->t.num <= MAX_ERROR && fdp_error_name((int)p->t.num))) {
        rec->res = FDT_RES_ERROR;
        if (take_error(p, &rec->error))
            return -1;
    } else if (p->t.kind == FDT_T_NUM && !p->t.hex && p->t.num == 0) {
        return fail(p->r, p->t.col, "a successful accept names its new socket");
    } else {
        if (take_name(p, &rec->newname))
            return -1;
        rec->res = FDT_RES_NAME;
    }
    return expect_end(p);
}

static int parse_recv_send(parser *p, fdt_rec *rec)
{
    rec->n_col = p->t.col;
    /* the count asked for: whatever the engine took (a long), as the
       recorder writes it; only the bytes moved are at most 2^31-1 */
    if (take_u64(p, (uint64_t)INT64_MAX, "byte count", &rec->n))
        return -1;
    ADV(p);
    while (rec->kind == FDT_RECV && (is_kw(p, FDT_KW_PEEK) || is_kw(p, FDT_KW_OOB))) {
        int f = is_kw(p, FDT_KW_PEEK) ? FDT_RECV_PEEK : FDT_RECV_OOB;
        if (rec->flags & f)
            return fail(p->r, p->t.col, "'%.*s' given twice", (int)p->t.len, p->t.text);
        rec->flags |= f;
        ADV(p);
    }
    return take_bytes_or_error(p, rec);
}

static int parse_post(parser *p, fdt_rec *rec)
{
    if (p->t.kind != FDT_T_FD || (p->t.val & (p->t.val - 1)))
        return perr(p, "expected the posted event (one FD_ name)");
    rec->mask = (uint32_t)p->t.val;
    rec->n_col = p->t.col;
    ADV(p);
    if (p->t.kind == FDT_T_PIPE)
        return fail(p->r, p->t.col, "a post names one event");
    if (error_start(p, 1)) {
        if (take_error(p, &rec->error))
            return -1;
        ADV(p);
    }
    if (take_ids(p, rec))
        return -1;
    if (p->t.kind != FDT_T_END)
        return perr(p, "expected end of record");
    return 0;
}

/* [ev=ID] at the current token, which is left at the token after it:
   the event object, 1 to 2^64-1 (0 would be none: leave ev= out). */
static int take_ev(parser *p, fdt_rec *rec)
{
    if (p->t.kind != FDT_T_EV)
        return 0;
    ADV(p);
    if (p->t.kind == FDT_T_END || p->t.spaced)
        return perr(p, "expected the event object after 'ev='");
    if (take_u64(p, UINT64_MAX, "event object", &rec->ev))
        return -1;
    if (!rec->ev)
        return fail(p->r, p->t.col, "ev= takes a non-zero event object "
                    "(leave ev= out for none)");
    rec->has_ev = 1;
    rec->ev_hex = p->t.hex;
    ADV(p);
    if (p->t.kind == FDT_T_EV)
        return fail(p->r, p->t.col, "ev= given twice");
    return 0;
}

/* One item of enum's list: FD_NAME[=ERROR], the error a WSA name or a
   number (0: none); at the FD_ name, left at the token after the item. */
static int take_event_item(parser *p, fdt_rec *rec, int first)
{
    int k = 0;
    if (p->t.kind == FDT_T_FD && (p->t.val & (p->t.val - 1)))
        return perr(p, "expected one FD_ name per event");
    if (p->t.kind != FDT_T_FD)
        return perr(p, first ? "expected the network events (0, or FD_ names "
                               "joined by '|', each with '=' and its error)"
                             : "expected an FD_ name after '|'");
    if (rec->mask & (uint32_t)p->t.val)
        return fail(p->r, p->t.col, "'%.*s' given twice", (int)p->t.len, p->t.text);
    rec->mask |= (uint32_t)p->t.val;
    while (!(p->t.val & (1 << k)))
        k++;
    ADV(p);
    if (p->t.kind != FDT_T_EQ)
        return 0;
    ADV(p);
    if (p->t.kind != FDT_T_ERR && p->t.kind != FDT_T_NUM)
        return perr(p, "expected the event's error after '=' (a WSA error name or number)");
    if (take_error(p, &rec->errors[k]))
        return -1;
    ADV(p);
    return 0;
}

/* enum [ev=ID] -> EVENTS: WSPEnumNetworkEvents and the record it
   returned, "0" or FD_NAME[=ERROR] joined by '|' (no spaces). */
static int parse_enum(parser *p, fdt_rec *rec)
{
    int first = 1;
    memset(rec->errors, 0, sizeof rec->errors);
    if (take_ev(p, rec))
        return -1;
    if (p->t.kind != FDT_T_ARROW)
        return perr(p, "expected '->' and the network events enumerated");
    p->events = 1;
    ADV(p);
    rec->res_col = p->t.col;
    if (p->t.kind == FDT_T_NUM) {
        if (p->t.overflow || p->t.num)
            return fail(p->r, p->t.col, "the network events are 0 or FD_ names, "
                        "found '%.*s'", p->t.len > 40 ? 40 : (int)p->t.len, p->t.text);
        return expect_end(p);
    }
    for (;; first = 0) {
        if (take_event_item(p, rec, first))
            return -1;
        if (p->t.kind != FDT_T_PIPE)
            break;
        ADV(p);
    }
    if (p->t.kind != FDT_T_END)
        return perr(p, "expected '|' or end of record");
    return 0;
}

/* set-event [ev=ID]: the event object was set by the record before. */
static int parse_set_event(parser *p, fdt_rec *rec)
{
    if (take_ev(p, rec))
        return -1;
    if (p->t.kind != FDT_T_END)
        return perr(p, "expected 'ev=' or end of record");
    return 0;
}

static int parse_call(parser *p, fdt_rec *rec)
{
    ADV(p);
    switch (rec->kind) {
    case FDT_SELECT:
    case FDT_EVENTSELECT:
        if (take_mask(p, &rec->mask))
            return -1;
        ADV(p);
        if (rec->kind == FDT_SELECT && take_ids(p, rec))
            return -1;
        if (rec->kind == FDT_EVENTSELECT && take_ev(p, rec))
            return -1;
        return take_ok_or_error(p, rec, 0);
    case FDT_FIONBIO:
    case FDT_OOBINLINE:
        if (!is_kw(p, FDT_KW_ON) && !is_kw(p, FDT_KW_OFF))
            return perr(p, "expected 'on' or 'off'");
        rec->n = is_kw(p, FDT_KW_ON);
        ADV(p);
        return take_ok_or_error(p, rec, 0);
    case FDT_BIND:
    case FDT_LISTEN:
    case FDT_CLOSE:
    case FDT_CONNECT:
    case FDT_JOINLEAF:
        return take_ok_or_error(p, rec, 0);
    case FDT_IOCTL:
        return parse_ioctl(p, rec);
    case FDT_SHUTDOWN:
        return parse_shutdown(p, rec);
    case FDT_ACCEPT:
        return parse_accept(p, rec);
    case FDT_RECV:
    case FDT_SEND:
        return parse_recv_send(p, rec);
    case FDT_ARRIVE:
    case FDT_ARRIVE_OOB:
        rec->n_col = p->t.col;
        if (take_u64(p, MAX_BYTES, "byte count", &rec->n))
            return -1;
        return expect_end(p);
    case FDT_CONNECT_FAILED:
    case FDT_ABORT:
        if (!error_start(p, 1))
            return perr(p, "expected an error (a WSA error name or number)");
        if (take_error(p, &rec->error))
            return -1;
        if (!rec->error)
            return fail(p->r, p->t.col, "%s needs a non-zero error", fdt_kind_verb(rec->kind));
        return expect_end(p);
    case FDT_ROUTE_CHANGE:
        if (p->t.kind == FDT_T_END)
            return 0;
        if (take_error(p, &rec->error))
            return -1;
        return expect_end(p);
    case FDT_POST:
        return parse_post(p, rec);
    case FDT_ENUM:
        return parse_enum(p, rec);
    case FDT_SET_EVENT:
        return parse_set_event(p, rec);
    default:    /* transport happenings without arguments */
        if (p->t.kind != FDT_T_END)
            return perr(p, "expected end of record");
        return 0;
    }
}

static int is_word(const fdt_name *n, const char *w)
{
    return !n->numeric && n->len == strlen(w) && !memcmp(n->text, w, n->len);
}

/* `posts queued`: the trace is seen from the application's side of the
   message queue.  Two words, so that `posts` still names a socket. */
static int parse_queued(fdt_reader *r, parser *p, fdt_rec *rec, int seen)
{
    if (seen)
        return fail(r, rec->name.col, "directive 'posts queued' after the first record");
    if (r->queued)
        return fail(r, rec->name.col, "directive 'posts queued' given twice");
    r->seen_record = 0;
    r->queued = 1;
    rec->kind = FDT_QUEUED;
    if (expect_end(p))
        return -1;
    return 1;
}

/* fdt 1, profile spec|windows, handwritten: each once, before the first
   record. */
static int parse_directive(fdt_reader *r, parser *p, fdt_rec *rec)
{
    int kw = p->t.val;
    const char *what = kw == FDT_KW_FDT ? "fdt" : kw == FDT_KW_PROFILE ? "profile"
                                                                    : "handwritten";
    unsigned col = p->t.col;
    uint64_t v;
    if (r->seen_record)
        return fail(r, col, "directive '%s' after the first record", what);
    if (kw == FDT_KW_FDT ? r->version >= 0 : kw == FDT_KW_PROFILE ? r->profile >= 0
                                                                 : r->handwritten)
        return fail(r, col, "directive '%s' given twice", what);
    ADV(p);
    if (kw == FDT_KW_HANDWRITTEN) {
        rec->kind = FDT_HANDWRITTEN;
        r->handwritten = 1;
        return expect_end(p) ? -1 : 1;
    }
    if (kw == FDT_KW_FDT) {
        if (take_u64(p, 1000000, "format version", &v))
            return -1;
        if (v != 1)
            return fail(r, p->t.col, "unsupported trace format version %llu "
                        "(this reader knows version 1)", (unsigned long long)v);
        rec->kind = FDT_VERSION;
        rec->n = r->version = 1;
    } else {
        if (is_kw(p, FDT_KW_SPEC))
            rec->n = FDT_PROFILE_SPEC;
        else if (is_kw(p, FDT_KW_WINDOWS))
            rec->n = FDT_PROFILE_WINDOWS;
        else
            return perr(p, "expected 'spec' or 'windows'");
        rec->kind = FDT_PROFILE;
        r->profile = (int)rec->n;
    }
    return expect_end(p) ? -1 : 1;
}

/* end N: the closing record; N counts the records before it.  Whether N
   is right is the oracle's verdict (incomplete), not a syntax error. */
static int parse_end(fdt_reader *r, parser *p, fdt_rec *rec)
{
    ADV(p);
    rec->n_col = p->t.col;
    if (take_u64(p, UINT64_MAX, "record count", &rec->n))
        return -1;
    rec->kind = FDT_END;
    r->end_line = r->line;
    r->fast_off = 1;
    r->seen_record = 1;
    return expect_end(p) ? -1 : 1;
}

static int parse_line(fdt_reader *r, parser *p, fdt_rec *rec)
{
    int seen;
    ADV(p);
    if (p->t.kind == FDT_T_END) {       /* blank or comment */
        rec->kind = FDT_NOTE;
        return r->notes;
    }
    r->nrec++;
    if (r->end_line)
        return fail(r, p->t.col, "record after the closing record (line %lu)", r->end_line);
    if (is_kw(p, FDT_KW_FDT) || is_kw(p, FDT_KW_PROFILE) || is_kw(p, FDT_KW_HANDWRITTEN))
        return parse_directive(r, p, rec);
    if (is_kw(p, FDT_KW_END))
        return parse_end(r, p, rec);
    seen = r->seen_record;
    r->seen_record = 1;
    if (is_kw(p, FDT_KW_SOCKET)) {
        rec->kind = FDT_SOCKET;
        ADV(p);
        if (take_name(p, &rec->name))
            return -1;
        ADV(p);
        if (is_kw(p, FDT_KW_TCP))
            rec->n = FDT_TCP;
        else if (is_kw(p, FDT_KW_UDP))
            rec->n = FDT_UDP;
        else
            return perr(p, "expected 'tcp' or 'udp'");
        if (expect_end(p))
            return -1;
        return 1;
    }
    if (p->t.kind == FDT_T_NUM || p->t.kind == FDT_T_WORD || p->t.kind == FDT_T_KW ||
        p->t.kind == FDT_T_FD || p->t.kind == FDT_T_ERR || p->t.kind == FDT_T_SIO) {
        if (take_name(p, &rec->name))
            return -1;
    } else {
        return perr(p, "expected a record (a socket name, 'socket', 'fdt' or 'profile')");
    }
    ADV(p);
    if (is_word(&rec->name, "posts") && p->t.kind == FDT_T_WORD &&
        p->t.len == 6 && !memcmp(p->t.text, "queued", 6))
        return parse_queued(r, p, rec, seen);
    if (p->t.kind != FDT_T_KW || !(rec->kind = fdt_verb_kind(p->t.val))) {
        if (p->t.kind == FDT_T_WORD)
            return fail(r, p->t.col, "unknown verb '%.*s'",
                        p->t.len > 40 ? 40 : (int)p->t.len, p->t.text);
        return perr(p, "expected a verb after the socket name");
    }
    if (parse_call(p, rec))
        return -1;
    return 1;
}

#include "fdt_fast.h"

/* A record of the line, cleared but for enum's errors. */
static void clear_rec(const fdt_reader *r, fdt_rec *rec, char *line, size_t len)
{
    memset(rec, 0, offsetof(fdt_rec, errors));
    rec->line = r->line;
    rec->text = line;
    rec->text_len = len;
}

/* What the lexer makes of the word [w, w+len) (fdt_word), into m: as
   an identifier (kind 0 when it is none) and as a verb (fdt_verb_kind; 0 when
   none).  Bytes are checked here, once per word the memo takes in. */
void fdt_learn(fdt_memo *m, const char *w, size_t len)
{
    size_t i;
    int id = len && !fast_is(w, FC_DIG), verb = len > 0, kind = 0, val = 0;
    for (i = 0; i < len; i++) {
        id = id && fast_is(w + i, FC_ID);
        verb = verb && fast_is(w + i, FC_VERB);
    }
    if (id || verb)
        kind = fdt_word(w, len, &val);
    m->kind = id ? kind : 0;
    m->val = val;
    m->verb = verb && kind == FDT_T_KW ? fdt_verb_kind(val) : 0;
}

/* The next line through the parser: fdt_next's answer, or 2 when the
   line was a note that is not returned (read on). */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int slow_line(fdt_reader *r, fdt_rec *rec)
{
    char *line = NULL;
    size_t len = 0;
    parser p;
    int rc = next_line(r, &line, &len);
    if (rc <= 0)
        return rc;
    {   /* bytes no token may hold, even in a comment */
        const char *bad = memchr(line, 0, len);
        const char *cr = memchr(line, '\r', len);
        if (cr && (!bad || cr < bad))
            bad = cr;
        if (bad)
            return fail(r, (unsigned)(bad - line) + 1, *bad ? "carriage return "
                        "inside a line (0x0d)" : "NUL byte (0x00)");
    }
    clear_rec(r, rec, line, len);
    p.r = r;
    p.line = line;
    p.lim = line + len;
    p.cur = line;
    p.glue = 0;
    p.events = 0;
    rc = parse_line(r, &p, rec);
    return rc ? rc : 2;
}

/* Most lines take fdt_fast's path alone, inlined here: the parser's frame
   is not set up for them. */
int fdt_next(fdt_reader *r, fdt_rec *rec)
{
    int rc;
    do {
        if (r->err[0])
            return -1;                  /* errors are final */
        if (fast_on(r) && fast_line(r, rec))
            return 1;
    } while ((rc = slow_line(r, rec)) == 2);
    return rc;
}
