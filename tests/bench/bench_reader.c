/* SPDX-License-Identifier: MIT */
/*
 * bench_reader -- the trace reader alone (line splitting, the re2c lexer
 * and the parser: fdt_next), no replay, over a file, best of R runs: what
 * `fdpost check` could not go below with this reader.
 *
 *   bench_reader FILE [RUNS]
 *
 * Prints reader_s (seconds), reader_records and reader_bytes as key=value.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
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

int main(int argc, char **argv)
{
    int runs = argc > 2 ? atoi(argv[2]) : 3, r;
    double best = 1e30;
    unsigned long records = 0;
    unsigned long long bytes = 0;
    if (argc < 2 || runs < 1) {
        fputs("usage: bench_reader FILE [RUNS]\n", stderr);
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
