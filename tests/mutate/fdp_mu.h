/* SPDX-License-Identifier: MIT */
/*
 * fdp_mu.h -- what the coverage and mutation harness (tests/mutate/mutate.c)
 * shares with its build of the engine.
 *
 * That build compiles engine/fdp_engine.c unchanged, with two differences
 * made outside it: this header is force-included (-include), so the
 * FDP_STEP_HOOK line in feed() calls fdp_mu_hook after every machine step
 * (and every machine runs on every symbol); and gen/ is replaced by the copy
 * tests/mutate/mkmutable.sh makes, whose dense table (gen/fdp_dense.h, what
 * the engine runs) is writable and reachable through fdp_mu_dense.  A
 * target mutant is a table entry's next row patched in memory; a post
 * mutant is applied by the hook.
 */
#ifndef FDP_MU_H
#define FDP_MU_H

#include "fdp_core.h"

typedef struct fdp_mu_table {
    uint16_t *cells;         /* fdp_dense[cols][rows], writable (another
                                cell type would not compile here) */
    unsigned rows;           /* cells per column */
    unsigned cols;           /* columns; also why[]'s cells per row */
    unsigned next_bits;      /* cell = next row | effect << next_bits */
    const uint16_t *why;     /* [row][cols]: rule tags (last | post's << 8) */
    const fdp_effect *effects;
} fdp_mu_table;

extern const fdp_mu_table fdp_mu_dense;

struct fdp_io;
void fdp_mu_hook(int profile, int i, int cs, unsigned char sym, int *next,
                 struct fdp_io *io);

#define FDP_STEP_HOOK(p, i, cs, sym, next, io) \
    fdp_mu_hook((p), (i), (cs), (sym), &(next), (io))

#endif
