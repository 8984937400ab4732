/* SPDX-License-Identifier: MIT */
/*
 * recorder_codes.c -- the recorder's spellings read back as they were meant
 * (issue 14, item 3): every verb and input once, and every error code from
 * 1 to 65535 in every place an error can stand (recv, send, accept,
 * connect, joinleaf, a refused select, eventselect and fionbio,
 * connect-failed, abort, route-change, post, and each of the ten events
 * of an enum), and event objects of every width (eventselect's ev=,
 * set-event, enum).  Each record goes through
 * fdp_recorder_observe into memory and back through the trace reader
 * (tools/trace/); the record read must say what the engine record said.
 * Before err=N, `recv 16 -> 5` read as 5 bytes received and `accept -> 5`
 * as the new socket 5.
 */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include "fdpost.h"
#include "fdp_recorder.h"
#include "fdt.h"

static char out[1 << 16];
static size_t outn;
static unsigned long failures, checked;

static int write_mem(void *ctx, const char *line, size_t len)
{
    (void)ctx;
    if (outn + len > sizeof out)
        return 1;
    memcpy(out + outn, line, len);
    outn += len;
    return 0;
}

#define H 0x1a4u

/* Record one engine record; read one trace record back. */
static int roundtrip(fdp_recorder *rec, const fdp_record *r, fdt_rec *got,
                     fdt_reader *rd, char *text, size_t textn)
{
    fdp_socket s;
    fdt_mem m;
    memset(&s, 0, sizeof s);
    s.handle = H;
    outn = 0;
    fdp_recorder_observe(rec, &s, r);
    if (outn == 0 || outn >= textn)
        return -1;
    memcpy(text, out, outn);
    text[outn] = 0;
    m.p = out;
    m.left = outn;
    if (fdt_reader_init(rd, "mem", fdt_read_mem, &m))
        return -1;
    if (fdt_next(rd, got) != 1) {
        fprintf(stderr, "recorder_codes: '%.*s' does not read: %s\n",
                (int)outn - 1, text, rd->err);
        fdt_reader_free(rd);
        return -1;
    }
    fdt_reader_free(rd);
    return 0;
}

static void bad(const char *text, const char *why)
{
    if (failures++ < 20)
        fprintf(stderr, "recorder_codes: %.*s: %s\n",
                (int)strcspn(text, "\n"), text, why);
}

/* The error read back from one record, where the verb carries it. */
static int read_error(const fdt_rec *g)
{
    if (g->kind == FDT_ACCEPT || g->kind == FDT_RECV || g->kind == FDT_SEND ||
        g->kind == FDT_CONNECT || g->kind == FDT_JOINLEAF || g->kind == FDT_SELECT ||
        g->kind == FDT_EVENTSELECT || g->kind == FDT_FIONBIO)
        return g->res == FDT_RES_ERROR ? g->error : -1;
    return g->error;
}

static void check_error(fdp_recorder *rec, const fdp_record *r, int kind, int e)
{
    fdt_rec g;
    fdt_reader rd;
    char text[512];
    checked++;
    if (roundtrip(rec, r, &g, &rd, text, sizeof text)) {
        bad(text, "no record read back");
        return;
    }
    if (g.kind != kind)
        bad(text, "read back as another verb");
    else if (!g.name.numeric || g.name.value != H)
        bad(text, "read back under another socket");
    else if (read_error(&g) != e)
        bad(text, "the error reads back as something else");
}

/* An enum whose record holds all ten events, each with error e. */
static void check_enum(fdp_recorder *rec, int e)
{
    int errors[FDP_FD_MAX_EVENTS], k;
    fdp_record r;
    fdt_rec g;
    fdt_reader rd;
    char text[1024];
    for (k = 0; k < FDP_FD_MAX_EVENTS; k++)
        errors[k] = e;
    memset(&r, 0, sizeof r);
    r.verb = FDP_V_ENUM;
    r.result = FDP_FD_ALL_EVENTS;
    r.errors = errors;
    r.handle = 7;
    checked++;
    if (roundtrip(rec, &r, &g, &rd, text, sizeof text)) {
        bad(text, "no record read back");
        return;
    }
    if (g.kind != FDT_ENUM || g.mask != FDP_FD_ALL_EVENTS || !g.has_ev || g.ev != 7)
        bad(text, "the enum reads back as something else");
    for (k = 0; k < FDP_FD_MAX_EVENTS; k++)
        if (g.errors[k] != e) {
            bad(text, "an event's error reads back as something else");
            break;
        }
}

static void every_code(fdp_recorder *rec)
{
    int e;
    for (e = 1; e <= 0xFFFF; e++) {
        fdp_record r;
        static const struct { int verb; int kind; } calls[] = {
            { FDP_V_RECV, FDT_RECV }, { FDP_V_SEND, FDT_SEND },
            { FDP_V_ACCEPT, FDT_ACCEPT }, { FDP_V_CONNECT, FDT_CONNECT },
            { FDP_V_JOINLEAF, FDT_JOINLEAF },
        };
        static const struct { int verb; int kind; } refused[] = {
            { FDP_V_SELECT, FDT_SELECT }, { FDP_V_EVENTSELECT, FDT_EVENTSELECT },
            { FDP_V_FIONBIO, FDT_FIONBIO },
        };
        static const struct { long in; int kind; } inputs[] = {
            { FDP_IN_CONNECT_FAILED, FDT_CONNECT_FAILED }, { FDP_IN_ABORT, FDT_ABORT },
            { FDP_IN_ROUTE, FDT_ROUTE_CHANGE },
        };
        size_t i;
        for (i = 0; i < sizeof calls / sizeof calls[0]; i++) {
            memset(&r, 0, sizeof r);
            r.verb = calls[i].verb;
            r.arg = 16;
            r.result = (r.verb == FDP_V_RECV || r.verb == FDP_V_SEND) ? -e : e;
            check_error(rec, &r, calls[i].kind, e);
        }
        for (i = 0; i < sizeof refused / sizeof refused[0]; i++) {
            memset(&r, 0, sizeof r);
            r.verb = refused[i].verb;
            r.arg = 1;
            r.failed = 1;
            r.error = e;
            check_error(rec, &r, refused[i].kind, e);
        }
        for (i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
            memset(&r, 0, sizeof r);
            r.verb = FDP_V_INPUT;
            r.arg = inputs[i].in;
            r.result = e;
            check_error(rec, &r, inputs[i].kind, e);
        }
        memset(&r, 0, sizeof r);
        r.verb = FDP_V_POST;
        r.handle = H;               /* a post's wParam */
        r.arg = 0x20;               /* FD_CLOSE */
        r.result = e;
        check_error(rec, &r, FDT_POST, e);
        check_enum(rec, e);
    }
}

/* Every verb and input without an error: its kind comes back. */
static void every_verb(fdp_recorder *rec)
{
    static const struct { int verb; long arg; long result; int kind; } v[] = {
        { FDP_V_SELECT, 0x3F, 0, FDT_SELECT }, { FDP_V_EVENTSELECT, 1, 0, FDT_EVENTSELECT },
        { FDP_V_FIONBIO, 1, 0, FDT_FIONBIO }, { FDP_V_RECV, 10, 7, FDT_RECV },
        { FDP_V_SEND, 10, 10, FDT_SEND }, { FDP_V_ACCEPT, 0, 0, FDT_ACCEPT },
        { FDP_V_CONNECT, 0, 0, FDT_CONNECT }, { FDP_V_JOINLEAF, 0, 0, FDT_JOINLEAF },
        { FDP_V_IOCTL, 0x28000001, 0, FDT_IOCTL }, { FDP_V_OOBINLINE, 1, 0, FDT_OOBINLINE },
        { FDP_V_BIND, 0, 0, FDT_BIND }, { FDP_V_LISTEN, 0, 0, FDT_LISTEN },
        { FDP_V_SHUTDOWN, FDP_SD_BOTH, 0, FDT_SHUTDOWN }, { FDP_V_CLOSE, 0, 0, FDT_CLOSE },
        { FDP_V_POST, 1, 0, FDT_POST }, { FDP_V_ENUM, 0, 0x21, FDT_ENUM },
        { FDP_V_SET_EVENT, 0, 0, FDT_SET_EVENT },
    };
    size_t i;
    fdp_record r;
    fdt_rec g;
    fdt_reader rd;
    char text[512];
    for (i = 0; i < sizeof v / sizeof v[0]; i++) {
        memset(&r, 0, sizeof r);
        r.verb = v[i].verb;
        r.arg = v[i].arg;
        r.result = v[i].result;
        r.handle = 0x1b0;
        checked++;
        if (roundtrip(rec, &r, &g, &rd, text, sizeof text) || g.kind != v[i].kind ||
            read_error(&g) > 0)
            bad(text, "does not read back as the same verb without an error");
    }
    for (i = FDP_IN_DATA; i <= FDP_IN_ADDRESS_LIST; i++) {
        memset(&r, 0, sizeof r);
        r.verb = FDP_V_INPUT;
        r.arg = (long)i;
        r.result = (i == FDP_IN_CONNECT_FAILED || i == FDP_IN_ABORT) ? 10054 : 3;
        if (i == FDP_IN_ROUTE)
            r.result = 0;
        checked++;
        if (roundtrip(rec, &r, &g, &rd, text, sizeof text) ||
            g.kind < FDT_ARRIVE || g.kind > FDT_NO_PENDING)
            bad(text, "an input does not read back as an input");
    }
}

static int count_line(void *ctx, const char *line, size_t len)
{
    (void)line;
    (void)len;
    ++*(unsigned long *)ctx;
    return 0;
}

static int no_post(void *ctx, uint64_t w, uint32_t wnd, uint32_t msg, uint32_t lp)
{
    (void)ctx; (void)w; (void)wnd; (void)msg; (void)lp;
    return 0;
}

/* Two recorders on one engine: both write every record (issue 14, item 9:
   the second used to detach the first). */
static void two_recorders(void)
{
    static char b1[FDP_RECORDER_LINE_MAX], b2[FDP_RECORDER_LINE_MAX];
    fdp_recorder r1, r2;
    unsigned long n1 = 0, n2 = 0;
    fdp_engine e;
    fdp_socket s;
    int err;
    fdp_init(&e, no_post, NULL, FDP_PROFILE_SPEC);
    fdp_recorder_init(&r1, b1, sizeof b1, count_line, &n1);
    fdp_recorder_init(&r2, b2, sizeof b2, count_line, &n2);
    fdp_recorder_attach(&r1, &e);
    fdp_recorder_attach(&r2, &e);
    fdp_recorder_attach(&r2, &e);       /* again: no loop, no double lines */
    fdp_socket_init(&e, &s, 4, FDP_STREAM, FDP_PROFILE_DEFAULT, &err);
    fdp_select(&e, &s, 1, 2, 0x3F, &err);
    checked++;
    if (fdp_recorder_end(&r1) || fdp_recorder_end(&r2) || r1.records != r2.records - 2 ||
        n1 < 5)
        bad("two recorders", "the first recorder lost records to the second");
}

/* Event objects of every width read back where they stand: eventselect's
   ev= (none for 0), set-event, enum. */
static void event_objects(fdp_recorder *rec)
{
    static const uint64_t objs[] = { 0, 1, 0x7FFFFFFF, 0xFFFFFFFFu, 0x123456789ull,
                                     UINT64_MAX };
    static const struct { int verb; int kind; } v[] = {
        { FDP_V_EVENTSELECT, FDT_EVENTSELECT }, { FDP_V_SET_EVENT, FDT_SET_EVENT },
        { FDP_V_ENUM, FDT_ENUM },
    };
    size_t i, j;
    for (i = 0; i < sizeof objs / sizeof objs[0]; i++)
        for (j = 0; j < sizeof v / sizeof v[0]; j++) {
            fdp_record r;
            fdt_rec g;
            fdt_reader rd;
            char text[512];
            memset(&r, 0, sizeof r);
            r.verb = v[j].verb;
            r.arg = FDP_FD_READ;
            r.result = v[j].verb == FDP_V_ENUM ? FDP_FD_READ | FDP_FD_CLOSE : 0;
            r.handle = objs[i];
            checked++;
            if (roundtrip(rec, &r, &g, &rd, text, sizeof text) || g.kind != v[j].kind ||
                g.has_ev != (objs[i] != 0) || g.ev != objs[i] ||
                (v[j].verb == FDP_V_ENUM && g.mask != (FDP_FD_READ | FDP_FD_CLOSE)))
                bad(text, "an event object does not read back");
        }
}

/* A recv or send asking for more than 2^31-1 bytes reads back with its
   count (issue 14, item 8: the reader used to reject what the recorder
   wrote). */
static void big_counts(fdp_recorder *rec)
{
    static const long asked[] = { 0x7FFFFFFFL, (long)0x80000000UL, (long)0xFFFFFFFFUL,
                                  0x7FFFFFFFFFFFFFFFL };
    size_t i;
    int verb;
    for (i = 0; i < sizeof asked / sizeof asked[0]; i++)
        for (verb = FDP_V_RECV; verb <= FDP_V_SEND; verb++) {
            fdp_record r;
            fdt_rec g;
            fdt_reader rd;
            char text[512];
            memset(&r, 0, sizeof r);
            r.verb = verb;
            r.arg = asked[i];
            r.result = 3;
            checked++;
            if (roundtrip(rec, &r, &g, &rd, text, sizeof text) ||
                g.n != (uint64_t)asked[i] || g.bytes != 3)
                bad(text, "a large count asked for does not read back");
        }
}

int main(void)
{
    static char line[FDP_RECORDER_LINE_MAX];
    fdp_recorder rec;
    fdp_recorder_init(&rec, line, sizeof line, write_mem, NULL);
    every_verb(&rec);
    every_code(&rec);
    two_recorders();
    big_counts(&rec);
    event_objects(&rec);
    if (failures) {
        fprintf(stderr, "recorder_codes: %lu of %lu records read back wrong\n",
                failures, checked);
        return 1;
    }
    printf("recorder codes: %lu records (every verb and input; errors 1-65535 in "
           "each of 22 places; event objects) read back as recorded\n", checked);
    return 0;
}
