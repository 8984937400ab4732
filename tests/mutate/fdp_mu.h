/*
 * fdp_mu.h -- what the coverage and mutation harness (tests/mutate/mutate.c)
 * shares with its build of the engine.
 *
 * That build compiles engine/fdp_engine.c unchanged, with two differences
 * made outside it: this header is force-included (-include), so the
 * FDP_STEP_HOOK line in feed() calls fdp_mu_hook after every machine step;
 * and gen/ is replaced by the copy tests/mutate/mkmutable.sh makes, whose
 * _X_trans_targs tables are writable and which lists the machines in
 * fdp_mu_machines[].  A target mutant is one byte of such a table patched
 * in memory; a post mutant is applied by the hook.
 */
#ifndef FDP_MU_H
#define FDP_MU_H

#include "fdp_core.h"

typedef struct fdp_mu_machine {
    const char *name;           /* "fd_read", "fd_close_windows" */
    fdp_step_fn *step;
    const int *start;
    void *targs;                /* _X_trans_targs, writable */
    unsigned targ_size;         /* bytes per entry */
    unsigned ntargs;            /* entries */
} fdp_mu_machine;

extern const fdp_mu_machine fdp_mu_machines[];     /* ends with name 0 */

struct fdp_io;
void fdp_mu_hook(int profile, int i, int cs, unsigned char sym, int *next,
                 struct fdp_io *io);

#define FDP_STEP_HOOK(p, i, cs, sym, next, io) \
    fdp_mu_hook((p), (i), (cs), (sym), &(next), (io))

#endif
