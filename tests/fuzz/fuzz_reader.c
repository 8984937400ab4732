/* SPDX-License-Identifier: MIT */
/*
 * fuzz_reader.c -- libFuzzer target for the .fdt reader (tools/trace):
 * lexer (re2c) and parser over arbitrary bytes, through the same buffered
 * read path as files (a memory read callback that hands out odd-sized
 * chunks, so lines straddle refills).  Invariants: no crash, no hang, every
 * error has a line and column inside the input, records are well-formed.
 *   make fuzz-reader FUZZ_SECONDS=N
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fdt.h"

typedef struct chunky { const uint8_t *p; size_t left, step; } chunky;

static size_t read_chunky(void *ctx, char *buf, size_t n)
{
    chunky *c = ctx;
    size_t k = c->step ? c->step : 1;
    if (k > n)
        k = n;
    if (k > c->left)
        k = c->left;
    memcpy(buf, c->p, k);
    c->p += k;
    c->left -= k;
    c->step = c->step * 7 % 4099 + 1;
    return k;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fdt_reader r;
    fdt_rec rec;
    chunky c = { data, size, size % 5000 + 1 };
    unsigned long lines = 1;
    size_t i;
    int rc;
    for (i = 0; i < size; i++)
        lines += data[i] == '\n';
    if (fdt_reader_init(&r, "fuzz", read_chunky, &c))
        return 0;
    r.notes = size & 1;
    while ((rc = fdt_next(&r, &rec)) > 0) {
        if (rec.line < 1 || rec.line > lines || rec.text_len > FDT_MAX_LINE)
            abort();
        if (rec.kind <= 0 || rec.kind >= FDT_KINDS_)
            abort();
        /* the records that name a socket */
        if (rec.kind != FDT_NOTE && rec.kind != FDT_VERSION && rec.kind != FDT_PROFILE &&
            rec.kind != FDT_HANDWRITTEN && rec.kind != FDT_END &&
            (!rec.name.text || rec.name.len == 0 ||
             rec.name.text < rec.text || rec.name.text + rec.name.len > rec.text + rec.text_len))
            abort();
        if (rec.kind == FDT_POST && (rec.mask == 0 || (rec.mask & (rec.mask - 1))))
            abort();
    }
    if (rc < 0 && (r.err_line < 1 || r.err_line > lines || r.err_col < 1 ||
                   r.err_col > FDT_MAX_LINE + 1 || !r.err[0]))
        abort();
    fdt_reader_free(&r);
    return 0;
}
