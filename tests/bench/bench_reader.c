/* SPDX-License-Identifier: MIT */
/*
 * bench_reader -- the trace reader alone (line splitting, the re2c lexer
 * and the parser: fdt_next), no replay, over a file, best of R runs: what
 * `fdpost check` could not go below with this reader.
 *
 *   bench_reader FILE [RUNS]
 *   bench_reader --same FILE
 *
 * Prints reader_s (seconds), reader_records and reader_bytes as key=value.
 * --same reads FILE twice at once, through the common lines' reader
 * (fdt_fast.h) and through the parser alone, and exits 1 at the first
 * record or error on which they differ.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fdt.h"

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* One pass; the seconds, or -1 when the trace cannot be read. */
static double one_pass(const char *path, unsigned long *records,
                       unsigned long long *bytes)
{
    fdt_reader rd;
    fdt_rec rec;
    FILE *f = fopen(path, "rb");
    double t0 = now();
    int rc;
    if (!f || fdt_reader_init(&rd, path, fdt_read_file, f))
        return -1;
    *records = 0;
    while ((rc = fdt_next(&rd, &rec)) > 0)
        (*records)++;
    *bytes = rd.bytes;
    fdt_reader_free(&rd);
    fclose(f);
    if (rc < 0) {
        fprintf(stderr, "bench_reader: %s:%lu: %s\n", path, rd.err_line, rd.err);
        return -1;
    }
    return now() - t0;
}

/* The two names say the same, their text at the same place of the line. */
static int same_name(const fdt_rec *a, const fdt_name *x, const fdt_rec *b,
                     const fdt_name *y)
{
    if (x->len != y->len || x->col != y->col || x->numeric != y->numeric ||
        x->value != y->value || !x->text != !y->text)
        return 0;
    return !x->text || (x->text - a->text == y->text - b->text);
}

static int same_rec(const fdt_rec *a, const fdt_rec *b)
{
    return a->kind == b->kind && a->line == b->line && a->text_len == b->text_len &&
           !memcmp(a->text, b->text, a->text_len) && same_name(a, &a->name, b, &b->name) &&
           a->n == b->n && a->n_col == b->n_col && a->flags == b->flags &&
           a->mask == b->mask && a->error == b->error && a->has_wnd == b->has_wnd &&
           a->has_msg == b->has_msg && a->wnd == b->wnd && a->msg == b->msg &&
           a->res == b->res && a->bytes == b->bytes &&
           same_name(a, &a->newname, b, &b->newname) && a->res_col == b->res_col &&
           a->has_ev == b->has_ev && a->ev_hex == b->ev_hex && a->ev == b->ev &&
           !memcmp(a->errors, b->errors, sizeof a->errors);
}

static int same_state(const fdt_reader *a, const fdt_reader *b)
{
    return a->line == b->line && a->nrec == b->nrec && a->seen_record == b->seen_record &&
           a->version == b->version && a->profile == b->profile &&
           a->queued == b->queued && a->handwritten == b->handwritten &&
           a->end_line == b->end_line && a->err_line == b->err_line &&
           a->err_col == b->err_col && !strcmp(a->err, b->err);
}

/* --same: 0 when both readings agree on every record, else 1. */
static int same(const char *path)
{
    fdt_reader rd[2];
    fdt_rec rec[2];
    FILE *f[2];
    int rc[2], i;
    unsigned long n = 0;
    for (i = 0; i < 2; i++) {
        f[i] = fopen(path, "rb");
        if (!f[i] || fdt_reader_init(&rd[i], path, fdt_read_file, f[i]))
            return 2;
        memset(&rec[i], 0, sizeof rec[i]);
    }
    rd[1].slow = 1;
    do {
        for (i = 0; i < 2; i++)
            rc[i] = fdt_next(&rd[i], &rec[i]);
        if (rc[0] != rc[1] || !same_state(&rd[0], &rd[1]) ||
            (rc[0] > 0 && !same_rec(&rec[0], &rec[1]))) {
            fprintf(stderr, "bench_reader: %s:%lu: the two readings differ\n", path,
                    rd[1].line);
            return 1;
        }
        n += rc[0] > 0;
    } while (rc[0] > 0);
    for (i = 0; i < 2; i++) {
        fdt_reader_free(&rd[i]);
        fclose(f[i]);
    }
    printf("same: %lu records\n", n);
    return 0;
}

int main(int argc, char **argv)
{
    int runs = argc > 2 ? atoi(argv[2]) : 3, r;
    double best = 1e30;
    unsigned long records = 0;
    unsigned long long bytes = 0;
    if (argc == 3 && !strcmp(argv[1], "--same"))
        return same(argv[2]);
    if (argc < 2 || runs < 1) {
        fputs("usage: bench_reader FILE [RUNS] | --same FILE\n", stderr);
        return 2;
    }
    for (r = 0; r < runs; r++) {
        double t = one_pass(argv[1], &records, &bytes);
        if (t < 0)
            return 2;
        if (t < best)
            best = t;
    }
    printf("reader_s=%.3f\n", best);
    printf("reader_records=%lu\n", records);
    printf("reader_bytes=%llu\n", bytes);
    return 0;
}
