/* SPDX-License-Identifier: MIT */
/*
 * check_diff.c -- `fdpost check --diff`: for each record where the trace
 * diverges, the posts the engine makes after it (what `fdpost run` writes)
 * beside the posts the trace records, as a small unified diff.
 *
 * `fdpost run` copies every record but the posts and set-events, so the
 * two traces have the same records in the same order: they are read side
 * by side, one group (a record and the posts and set-events after it) at a
 * time, and a group is shown when a reported divergence lies in it.  The
 * recorded posts keep their text (wnd=, msg=, the comment); a post is "the
 * same" on both sides when its words match once comments and extra blanks
 * are dropped.  An enum is the one record run rewrites (with the record the
 * engine returns): when the two differ, the hunk shows both.
 */
#define _POSIX_C_SOURCE 200809L   /* strndup */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_diff.h"
#include "fdt.h"

typedef struct post { unsigned long line; char *text; int same; } post;

/* The posts of a group kept to show: a trace may follow one record with
   millions of posts, and a hunk longer than this is read by nobody. */
#define GROUP_MAX 256

typedef struct group {
    unsigned long line;     /* the record's line in the trace */
    char *cause;            /* its text */
    post *p;
    size_t n, cap;
    unsigned long more;     /* posts past GROUP_MAX, counted only */
} group;

/* One trace read a group at a time; the record after the group is held. */
typedef struct side {
    fdt_reader rd;
    char *next;             /* the held record's text, or NULL */
    unsigned long next_line;
    int done;
} side;

static void group_clear(group *g)
{
    size_t i;
    for (i = 0; i < g->n; i++)
        free(g->p[i].text);
    free(g->cause);
    g->cause = NULL;
    g->n = 0;
    g->more = 0;
}

static void group_add(group *g, const fdt_rec *rec)
{
    if (g->n == GROUP_MAX) {
        g->more++;
        return;
    }
    if (g->n == g->cap) {
        size_t c = g->cap ? 2 * g->cap : 8;
        post *q = realloc(g->p, c * sizeof *q);
        if (!q)
            return;         /* shown short rather than not at all */
        g->p = q;
        g->cap = c;
    }
    g->p[g->n].line = rec->line;
    g->p[g->n].text = strndup(rec->text, rec->text_len);
    g->p[g->n].same = 0;
    if (g->p[g->n].text)
        g->n++;
}

/* A record that belongs to the group of the record before it. */
static int member(const fdt_rec *rec)
{
    return rec->kind == FDT_POST || rec->kind == FDT_SET_EVENT;
}

/* The next group of s into g; 0 at the end. */
static int side_group(side *s, group *g)
{
    fdt_rec rec;
    int rc = 1;
    group_clear(g);
    if (s->next) {
        g->cause = s->next;
        g->line = s->next_line;
        s->next = NULL;
    } else if (s->done || fdt_next(&s->rd, &rec) <= 0) {
        s->done = 1;
        return 0;
    } else {
        g->cause = strndup(rec.text, rec.text_len);
        g->line = rec.line;
        if (member(&rec))
            group_add(g, &rec);
    }
    while ((rc = fdt_next(&s->rd, &rec)) > 0) {
        if (!member(&rec)) {
            s->next = strndup(rec.text, rec.text_len);
            s->next_line = rec.line;
            break;
        }
        group_add(g, &rec);
    }
    if (rc <= 0)
        s->done = 1;
    return 1;
}

/* A post's words: no comment, single blanks. */
static void words(const char *t, char *out, size_t n)
{
    size_t k = 0;
    int blank = 0;
    for (; *t && *t != '#' && k + 1 < n; t++) {
        if (*t == ' ' || *t == '\t') {
            blank = k > 0;
            continue;
        }
        if (blank && k + 2 < n)
            out[k++] = ' ';
        blank = 0;
        out[k++] = *t;
    }
    out[k] = 0;
}

static void trim_end(char *t)
{
    size_t n = strlen(t);
    while (n && (t[n - 1] == ' ' || t[n - 1] == '\t'))
        t[--n] = 0;
}

/* One hunk: the engine's posts (-) and the trace's (+), the same ( ). */
static void hunk(FILE *out, const char *path, group *want, group *have)
{
    char a[FDT_MAX_LINE + 1], b[FDT_MAX_LINE + 1];
    size_t i, j;
    int shown = 0;
    for (i = 0; i < want->n; i++) {
        words(want->p[i].text, a, sizeof a);
        for (j = 0; j < have->n && !want->p[i].same; j++) {
            words(have->p[j].text, b, sizeof b);
            if (!have->p[j].same && !strcmp(a, b))
                want->p[i].same = have->p[j].same = 1;
        }
    }
    trim_end(have->cause);
    fprintf(out, "@@ %s:%lu: the posts after `%s` @@\n", path, have->line, have->cause);
    words(want->cause, a, sizeof a);
    words(have->cause, b, sizeof b);
    if (strcmp(a, b)) {         /* an enum: the engine's record, the trace's */
        fprintf(out, "-%s\n+%s    (line %lu)\n", a, have->cause, have->line);
        shown = 1;
    }
    for (i = 0; i < want->n; i++)
        if (!want->p[i].same) {
            words(want->p[i].text, a, sizeof a);
            fprintf(out, "-%s\n", a);
            shown = 1;
        }
    for (j = 0; j < have->n; j++) {
        trim_end(have->p[j].text);
        fprintf(out, "%c%s    (line %lu)\n", have->p[j].same ? ' ' : '+',
                have->p[j].text, have->p[j].line);
        shown |= !have->p[j].same;
    }
    if (want->more)
        fprintf(out, " (and %lu more posts of the engine, not shown)\n", want->more);
    if (have->more)
        fprintf(out, " (and %lu more posts of the trace, not shown)\n", have->more);
    if (!shown)
        fprintf(out, " (the same posts: the order or a wnd=/msg= differs)\n");
}

/* Walk both traces; a hunk for each group holding a divergence line. */
static void walk(FILE *out, const char *path, side *want, side *have,
                 const unsigned long *lines, size_t nlines)
{
    group gw = { 0 }, gh = { 0 };
    size_t k = 0;
    int first = 1;
    while (k < nlines && side_group(have, &gh) && side_group(want, &gw)) {
        unsigned long end = have->next ? have->next_line : ULONG_MAX;
        int in = 0;
        while (k < nlines && lines[k] < end)
            in |= lines[k++] >= gh.line;
        if (!in)
            continue;
        if (first)
            fprintf(out, "--- %s: posts the engine makes (fdpost run)\n"
                         "+++ %s: posts the trace records\n", path, path);
        first = 0;
        hunk(out, path, &gw, &gh);
    }
    group_clear(&gw);
    group_clear(&gh);
    free(gw.p);
    free(gh.p);
}

int check_diff(FILE *out, const char *path, const oracle_opts *o,
               const unsigned long *lines, size_t nlines)
{
    oracle_opts ro = *o;
    oracle_result res;
    side want, have;
    FILE *run = tmpfile(), *trace = NULL;
    int rc = -1;
    if (!run || !strcmp(path, "-") || !(trace = fopen(path, "rb")))
        goto done;
    ro.run_out = run;
    ro.report = NULL;
    ro.max_reports = 0;
    if (oracle_run(path, &ro, &res) == ORACLE_ERROR || fflush(run) || fseek(run, 0, SEEK_SET))
        goto done;
    memset(&want, 0, sizeof want);
    memset(&have, 0, sizeof have);
    if (fdt_reader_init(&want.rd, path, fdt_read_file, run) == 0 &&
        fdt_reader_init(&have.rd, path, fdt_read_file, trace) == 0) {
        walk(out, path, &want, &have, lines, nlines);
        rc = 0;
    }
    free(want.next);
    free(have.next);
    fdt_reader_free(&want.rd);
    fdt_reader_free(&have.rd);
done:
    if (run)
        fclose(run);
    if (trace)
        fclose(trace);
    return rc;
}
