/* SPDX-License-Identifier: MIT */
/*
 * gen_dense.c -- writes gen/fdp_dense.h, the form the runtime executes:
 * every distinct machine's Ragel step function, probed state by state and
 * symbol by symbol, turned into one dense table
 *
 *     cell = fdp_dense[column][row of (machine, state)] = next row | effect << 8
 *
 * where a row is a machine's state, numbered across all machines (so the
 * state a socket keeps is its row: no base to add), and `effect` indexes a
 * short list of distinct effects (post or not, with which error, keep which
 * error), each a function of the input's error and the kept error that this
 * program recognises by probing.  Column-major, because a call is one
 * column fed to several machines: the runtime finds the column once and
 * each machine's cell is one load from it.  The rule tag of each cell goes
 * to a side table the observer reads.  Nothing here knows the
 * machines: states, symbols, machines and effects are whatever spec/ makes
 * (within the effect vocabulary of engine/fdp_core.h; a transition outside
 * it stops `make gen` with the transition named).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fdp_core.h"
#include "fdp_machines.h"

#define NEV      FDP_FD_MAX_EVENTS
#define MAXST    256
#define MAXM     (FDP_PROFILES * NEV)
#define MAXFX    256
#define NSYM     (FDP_SYM_MAX + 1)
#define NCOL     FDP_NCOLS

/* Each column's symbols: a symbol's own, then the composites. */
#define FDP_SEQ_(name, a, b, c) { a, b, c },
static const unsigned char composites[][FDP_SEQ_MAX] = { FDP_COMPOSITES(FDP_SEQ_) };
static unsigned char seq[NCOL][FDP_SEQ_MAX];

/* The errors and kept errors each transition is probed with. */
static const uint16_t in_probe[] = { 0, 1, 7, FDP_WSAEWOULDBLOCK, FDP_WSAENETDOWN,
                                     FDP_WSAENETUNREACH, FDP_WSAECONNABORTED,
                                     FDP_WSAECONNRESET, FDP_WSAETIMEDOUT,
                                     FDP_WSAECONNREFUSED, 65535 };
static const uint16_t kept_probe[] = { 0, 7, FDP_WSAECONNRESET };
#define NIN   (sizeof in_probe / sizeof in_probe[0])
#define NKEPT (sizeof kept_probe / sizeof kept_probe[0])

typedef struct cell {
    int next, fx, why, rule;
} cell;

typedef struct machine {
    const fdp_machine *m;
    int rows, base;
    cell c[MAXST][NCOL];
} machine;

static machine mach[MAXM];
static int nmach, of[FDP_PROFILES][NEV];
static fdp_effect fx[MAXFX];
static int nfx = 1; /* 0: no effect */

/* What a column does from one state, for one input error and kept error. */
typedef struct outcome {
    int next, nposts;
    uint8_t kind[FDP_SEQ_MAX];
    uint16_t err[FDP_SEQ_MAX], kept;
    uint8_t why;  /* the last rule tag (the observer's why[]) */
    uint8_t rule; /* the rule of the last post, else why */
} outcome;

static void die(const machine *x, int cs, int col, const char *what)
{
    fprintf(stderr, "gen_dense: %s state %d column %d: %s\n", x->m->name, cs,
            col, what);
    exit(1);
}

/* The column's symbols through the Ragel step function, one by one. */
static void run(const machine *x, int cs, int col, unsigned in, unsigned kept,
                outcome *o)
{
    int k;
    memset(o, 0, sizeof *o);
    o->kept = (uint16_t)kept;
    for (k = 0; k < FDP_SEQ_MAX && seq[col][k]; k++) {
        fdp_io io;
        io.in_err = (uint16_t)in;
        io.kept = &o->kept;
        io.post = FDP_NO_POST;
        io.why = FDP_RULE_NONE;
        io.err = 0;
        cs = x->m->step(cs, seq[col][k], &io);
        if (io.why != FDP_RULE_NONE)
            o->why = io.why;
        if (io.post != FDP_NO_POST) {
            o->kind[o->nposts] = io.post;
            o->err[o->nposts++] = io.err;
            o->rule = io.why;
        }
        if (cs < 0 || cs >= MAXST)
            die(x, cs, col, "moves to a state out of range");
    }
    if (!o->nposts)
        o->rule = o->why;
    o->next = cs;
}

/* what < 0: the kept error after; else post `what`'s error. */
static unsigned get(const outcome *o, int what)
{
    return what < 0 ? o->kept : o->err[what];
}

/* f(in, kept) for every in 0..65535: independent of the kept error, the
   input's error kept in a short set S and one constant c elsewhere --
   "keep a reset or network down as it is, anything else as an abort".
   1 when it is. */
static int as_map(const machine *x, int cs, int col, int what, fdp_val *v)
{
    unsigned in, k, n = 0, c = 0x10000;
    outcome o;
    for (in = 0; in <= 0xFFFF; in++) {
        unsigned out[NKEPT];
        for (k = 0; k < NKEPT; k++) {
            run(x, cs, col, in, kept_probe[k], &o);
            out[k] = get(&o, what);
            if (out[k] != out[0])
                return 0;
        }
        if (out[0] == in && in != c)
            continue;
        if (c == 0x10000)
            c = out[0];
        else if (out[0] != c)
            return 0;
    }
    memset(v, 0, sizeof *v);
    v->src = FDP_SRC_MAP;
    v->c = (uint16_t)c;
    for (in = 0; in <= 0xFFFF; in++) {
        run(x, cs, col, in, 0, &o);
        if (get(&o, what) == in && in != c) {
            if (n == FDP_VAL_SET_MAX)
                return 0;
            v->set[n++] = (uint16_t)in;
        }
    }
    v->n = (uint8_t)n;
    return 1;
}

/* One error of a column's outcome as a function of the input's error and
   the kept error before. */
static void classify(const machine *x, int cs, int col, int what, fdp_val *v)
{
    unsigned i, k, all_in = 1, all_kept = 1, all_c = 1, first = 0;
    for (i = 0; i < NIN; i++)
        for (k = 0; k < NKEPT; k++) {
            outcome o;
            unsigned out;
            run(x, cs, col, in_probe[i], kept_probe[k], &o);
            out = get(&o, what);
            if (!i && !k)
                first = out;
            all_in &= out == in_probe[i];
            all_kept &= out == kept_probe[k];
            all_c &= out == first;
        }
    memset(v, 0, sizeof *v);
    if (all_kept)
        v->src = FDP_SRC_KEPT;
    else if (all_in)
        v->src = FDP_SRC_IN;
    else if (all_c)
        v->src = FDP_SRC_CONST, v->c = (uint16_t)first;
    else if (!as_map(x, cs, col, what, v))
        die(x, cs, col, what >= 0 ? "posts an error outside the effect vocabulary"
                                  : "keeps an error outside the effect vocabulary");
}

static int same_val(const fdp_val *a, const fdp_val *b)
{
    return a->src == b->src && a->c == b->c && a->n == b->n &&
           !memcmp(a->set, b->set, sizeof a->set);
}

static int same_effect(const fdp_effect *a, const fdp_effect *b)
{
    int k;
    if (a->nposts != b->nposts || !same_val(&a->keep, &b->keep))
        return 0;
    for (k = 0; k < a->nposts; k++)
        if (a->post[k].kind != b->post[k].kind ||
            !same_val(&a->post[k].err, &b->post[k].err))
            return 0;
    return 1;
}

static int effect_of(const fdp_effect *e)
{
    int k;
    if (!e->nposts && e->keep.src == FDP_SRC_KEPT)
        return 0;
    for (k = 1; k < nfx; k++)
        if (same_effect(&fx[k], e))
            return k;
    if (nfx == MAXFX) {
        fprintf(stderr, "gen_dense: more than %d effects\n", MAXFX);
        exit(1);
    }
    fx[nfx] = *e;
    return nfx++;
}

/* One cell: the next state, posts and rule tags must not depend on the
   errors (the runtime reads them from the table alone). */
static void probe(machine *x, int cs, int col)
{
    fdp_effect e;
    outcome o0, o;
    unsigned i, k;
    int j;
    run(x, cs, col, 0, 0, &o0);
    for (i = 0; i < NIN; i++)
        for (k = 0; k < NKEPT; k++) {
            run(x, cs, col, in_probe[i], kept_probe[k], &o);
            if (o.next != o0.next || o.nposts != o0.nposts || o.why != o0.why ||
                o.rule != o0.rule || memcmp(o.kind, o0.kind, sizeof o.kind))
                die(x, cs, col, "its move or its decision depends on an error");
        }
    memset(&e, 0, sizeof e);
    e.nposts = (uint8_t)o0.nposts;
    for (j = 0; j < o0.nposts; j++) {
        e.post[j].kind = o0.kind[j];
        classify(x, cs, col, j, &e.post[j].err);
    }
    classify(x, cs, col, -1, &e.keep);
    x->c[cs][col].next = o0.next;
    x->c[cs][col].fx = effect_of(&e);
    x->c[cs][col].why = o0.why;
    x->c[cs][col].rule = o0.rule;
}

/* The states: Ragel numbers them from 0; rows = the highest reachable + 1. */
static void build(machine *x)
{
    unsigned char seen[MAXST] = { 0 };
    int queue[MAXST], head = 0, tail = 0, cs, sym;
    queue[tail++] = *x->m->start;
    seen[*x->m->start] = 1;
    x->rows = *x->m->start + 1;
    while (head < tail) {
        cs = queue[head++];
        for (sym = 1; sym < NSYM; sym++) {
            outcome o;
            int next;
            run(x, cs, sym, 0, 0, &o);
            next = o.next;
            if (!seen[next]) {
                seen[next] = 1;
                queue[tail++] = next;
                if (next + 1 > x->rows)
                    x->rows = next + 1;
            }
        }
    }
    for (cs = 0; cs < x->rows; cs++)
        for (sym = 1; sym < NCOL; sym++)
            probe(x, cs, sym);
}

/* The effects renumbered by how many cells use them, most first (the
   table reads the same whatever the order; this one keeps it stable). */
static void by_use(void)
{
    static long uses[MAXFX];
    static int order[MAXFX], rank[MAXFX];
    static fdp_effect sorted[MAXFX];
    int k, j, cs, col;
    for (k = 0; k < nmach; k++)
        for (cs = 0; cs < mach[k].rows; cs++)
            for (col = 1; col < NCOL; col++)
                uses[mach[k].c[cs][col].fx]++;
    for (k = 0; k < nfx; k++)
        order[k] = k;
    for (k = 2; k < nfx; k++) /* insertion sort; 0 stays first */
        for (j = k; j > 1 && uses[order[j]] > uses[order[j - 1]]; j--) {
            int t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
        }
    for (k = 0; k < nfx; k++) {
        rank[order[k]] = k;
        sorted[k] = fx[order[k]];
    }
    memcpy(fx, sorted, sizeof fx);
    for (k = 0; k < nmach; k++)
        for (cs = 0; cs < mach[k].rows; cs++)
            for (col = 1; col < NCOL; col++)
                mach[k].c[cs][col].fx = rank[mach[k].c[cs][col].fx];
}

static void print_val(const fdp_val *v)
{
    static const char *const src[] = { "FDP_SRC_KEPT", "FDP_SRC_IN",
                                       "FDP_SRC_CONST", "FDP_SRC_MAP" };
    int k;
    printf("{ %s, %u, %u, {", src[v->src], v->n, v->c);
    for (k = 0; k < FDP_VAL_SET_MAX; k++)
        printf("%s%u", k ? ", " : " ", v->set[k]);
    printf(" } }");
}

static void print_effects(void)
{
    static const char *const post[] = { "FDP_NO_POST", "FDP_DO_POST",
                                        "FDP_MAY_POST" };
    static const fdp_val none = { 0, 0, 0, { 0 } };
    int k, j;
    printf("/* The distinct effects: posts (kind, error), then the error kept;\n"
           "   0 does nothing. */\n");
    printf("static const fdp_effect fdp_dense_effects[%d] = {\n", nfx);
    for (k = 0; k < nfx; k++) {
        printf("    { %u, {", fx[k].nposts);
        for (j = 0; j < FDP_SEQ_MAX; j++) {
            printf("\n        { %s, ", post[j < fx[k].nposts ? fx[k].post[j].kind : 0]);
            print_val(j < fx[k].nposts ? &fx[k].post[j].err : &none);
            printf(" },");
        }
        printf(" },\n      ");
        print_val(&fx[k].keep);
        printf(" },\n");
    }
    printf("};\n\n");
}

static int relevance(int p, int sym)
{
    int i, cs, bits = 0;
    for (i = 0; i < NEV; i++) {
        const machine *x = &mach[of[p][i]];
        for (cs = 0; cs < x->rows; cs++)
            if (x->c[cs][sym].next != cs || x->c[cs][sym].fx)
                bits |= 1 << i;
    }
    return bits;
}

/* The side table: rule tags (the observer's). */
static void print_side(int rows)
{
    int k, cs, sym;
    printf("/* [row][column]: the rule tags (FDP_RULE_*) behind each cell, for the\n"
           "   observer: the last tag | the rule of the last post << 8. */\n");
    printf("static const uint16_t fdp_dense_why[%d][FDP_DENSE_COLS] = {\n", rows);
    for (k = 0; k < nmach; k++)
        for (cs = 0; cs < mach[k].rows; cs++) {
            printf("    { /* %s %d */", mach[k].m->name, cs);
            for (sym = 0; sym < NCOL; sym++)
                printf("%s%d,", sym % 12 ? " " : "\n        ",
                       sym ? mach[k].c[cs][sym].why | mach[k].c[cs][sym].rule << 8 : 0);
            printf("\n    },\n");
        }
    printf("};\n\n");
}

static void print_tables(int rows)
{
    int k, cs, sym, p, i;
    printf("/* [column][row]: next row | effect << FDP_DENSE_NEXT_BITS.  A row is a\n"
           "   (machine, state): the machine's first row (fdp_dense_machines[]) + the\n"
           "   state; fdp_socket.cs[] holds rows.  Column 0 is no input. */\n");
    printf("static const fdp_dense_cell fdp_dense[FDP_DENSE_COLS][%d] = {\n", rows);
    for (sym = 0; sym < NCOL; sym++) {
        printf("    { /* %d */", sym);
        for (k = 0; k < nmach; k++) {
            printf("\n        /* %s */", mach[k].m->name);
            for (cs = 0; cs < mach[k].rows; cs++) {
                const int row = mach[k].base + cs;
                const unsigned v = sym ? (unsigned)(mach[k].base + mach[k].c[cs][sym].next) |
                                             (unsigned)mach[k].c[cs][sym].fx << 8
                                       : (unsigned)row;
                printf("%s%u,", cs % 12 ? " " : "\n        ", v);
            }
        }
        printf("\n    },\n");
    }
    printf("};\n\n");
    print_side(rows);
    printf("/* [profile][S15 index]: the row of the machine's start state. */\n");
    printf("static const uint8_t fdp_dense_start[FDP_PROFILES][FDP_FD_MAX_EVENTS] = {\n");
    for (p = 0; p < FDP_PROFILES; p++) {
        printf("    {");
        for (i = 0; i < NEV; i++)
            printf(" %d,", mach[of[p][i]].base + *mach[of[p][i]].m->start);
        printf(" }, /* %s */\n", fdp_profile_names[p]);
    }
    printf("};\n\n");
    printf("/* [S15 index]: the machine's event (FDP_FD_*). */\n");
    printf("static const uint16_t fdp_dense_event[FDP_FD_MAX_EVENTS] = {");
    for (i = 0; i < NEV; i++) {
        for (p = 1; p < FDP_PROFILES; p++)
            if (fdp_profiles[p][i].event != fdp_profiles[0][i].event) {
                fprintf(stderr, "gen_dense: the profiles order the events apart\n");
                exit(1);
            }
        printf(" 0x%03x,", fdp_profiles[0][i].event);
    }
    printf(" };\n\n");
    printf("/* [profile][column]: the machines (bit i = S15 index i) the column can\n"
           "   change; the others ignore it in every state (a rule tag alone does\n"
           "   not count). */\n");
    printf("static const uint16_t fdp_dense_relevance[FDP_PROFILES][FDP_DENSE_COLS] = {\n");
    for (p = 0; p < FDP_PROFILES; p++) {
        printf("    { /* %s */", fdp_profile_names[p]);
        for (sym = 0; sym < NCOL; sym++) {
            int bits = sym ? relevance(p, sym) : 0;
            printf("%s0x%03x,", sym % 8 ? " " : "\n        ", bits);
        }
        printf("\n    },\n");
    }
    printf("};\n\n");
}

/* The symbols that may change the kept error, and those whose post may
   read it: the runtime feeds a call's symbols machine by machine, which is
   the same as symbol by symbol only if no call has one of each. */
static void print_kept(void)
{
    unsigned long long w = 0, r = 0;
    int k, cs, sym;
    for (k = 0; k < nmach; k++)
        for (cs = 0; cs < mach[k].rows; cs++)
            for (sym = 1; sym < NSYM; sym++) {
                const fdp_effect *e = &fx[mach[k].c[cs][sym].fx];
                int j;
                if (e->keep.src != FDP_SRC_KEPT)
                    w |= 1ull << sym;
                for (j = 0; j < e->nposts; j++)
                    if (e->post[j].err.src == FDP_SRC_KEPT)
                        r |= 1ull << sym;
            }
    printf("/* Bit s: symbol s may change the kept error / may post it. */\n");
    printf("#define FDP_DENSE_KEEPS 0x%llxull\n", w);
    printf("#define FDP_DENSE_READS_KEPT 0x%llxull\n\n", r);
}

int main(void)
{
    int p, i, k, rows = 0;
    for (k = 0; k < NCOL; k++) { /* each column's symbols */
        if (k < NSYM)
            seq[k][0] = (unsigned char)k;
        else
            memcpy(seq[k], composites[k - NSYM], FDP_SEQ_MAX);
    }
    for (p = 0; p < FDP_PROFILES; p++)
        for (i = 0; i < NEV; i++) {
            for (k = 0; k < nmach && mach[k].m->step != fdp_profiles[p][i].step; k++)
                ;
            if (k == nmach) {
                mach[k].m = &fdp_profiles[p][i];
                build(&mach[k]);
                mach[k].base = rows;
                rows += mach[k].rows;
                nmach++;
            }
            of[p][i] = k;
        }
    /* A row is a byte of fdp_socket.cs[], an effect the cell's high byte. */
    if (FDP_SYM_MAX >= 64 || rows > 256 || nfx > 256) {
        fprintf(stderr, "gen_dense: %d rows, %d effects, %d symbols: widen the table types\n",
                rows, nfx, FDP_SYM_MAX);
        return 1;
    }
    by_use();
    printf("/* Generated by `make gen` (spec/gen_dense.c): do not edit. */\n");
    printf("/* The machines of spec/ as one dense table: %d machines, %d rows,\n"
           "   %d effects.  Included once, by engine/fdp_engine.c. */\n\n",
           nmach, rows, nfx);
    printf("#define FDP_DENSE_ROWS %d\n", rows);
    printf("#define FDP_DENSE_COLS %d\n", NCOL);
    printf("#define FDP_DENSE_NEXT_BITS 8\n");
    printf("#define FDP_DENSE_NEXT_MASK 0xffu\n");
    printf("#define FDP_DENSE_EFFECTS %d\n", nfx);
    printf("typedef uint16_t fdp_dense_cell;\n\n");
    print_kept();
    print_effects();
    print_tables(rows);
    printf("/* Each distinct machine: its name, first row, rows and start. */\n");
    printf("const fdp_dense_machine fdp_dense_machines[%d] = {\n", nmach + 1);
    for (k = 0; k < nmach; k++)
        printf("    { \"%s\", %d, %d, %d },\n", mach[k].m->name, mach[k].base,
               mach[k].rows, *mach[k].m->start);
    printf("    { 0, 0, 0, 0 }\n};\n\n");
    printf("/* [profile][S15 index]: its entry in fdp_dense_machines[]. */\n");
    printf("const uint8_t fdp_dense_of[FDP_PROFILES][FDP_FD_MAX_EVENTS] = {\n");
    for (p = 0; p < FDP_PROFILES; p++) {
        printf("    {");
        for (i = 0; i < NEV; i++)
            printf(" %d,", of[p][i]);
        printf(" },\n");
    }
    printf("};\n\n");
    printf("const unsigned fdp_dense_table_bytes = sizeof fdp_dense;\n");
    return 0;
}
