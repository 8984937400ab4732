/* SPDX-License-Identifier: MIT */
/*
 * diagram_reads.c -- for `make check-diagrams`: lists, per profile and
 * machine, every input symbol the machine reads, probed from the generated
 * tables (not from the diagrams' sources): a symbol is read when, in some
 * state the machine can reach, it moves the machine, posts or keeps an
 * error.  Each such symbol must appear on an edge of the machine's diagram.
 * Output lines: "PROFILE EVENT SYMBOL", e.g. "spec fd_write send_block".
 */
#include <stdio.h>

#include "fdp_core.h"
#include "fdp_machines.h"

#define MAXSTATES 256

static const char *const sym_names[] = FDP_SYM_NAMES;

/* Marks in `reads` each symbol machine i of profile p reads. */
static void probe(int p, int i, unsigned char reads[FDP_SYM_MAX + 1])
{
    unsigned char seen[MAXSTATES] = { 0 };
    int queue[MAXSTATES], head = 0, tail = 0;
    int start = *fdp_profiles[p][i].start;
    queue[tail++] = start;
    seen[start] = 1;
    while (head < tail) {
        int cs = queue[head++], x;
        for (x = 1; x <= FDP_SYM_MAX; x++) {
            uint16_t kept = 0;
            fdp_io io = { 1, &kept, 0, 0, 0 };
            int next = fdp_profiles[p][i].step(cs, (unsigned char)x, &io);
            if (next != cs || io.post || kept)
                reads[x] = 1;
            if (!seen[next]) {
                seen[next] = 1;
                queue[tail++] = next;
            }
        }
    }
}

int main(void)
{
    int p, i, x;
    for (p = 0; p < FDP_PROFILES; p++)
        for (i = 0; i < FDP_FD_MAX_EVENTS; i++) {
            unsigned char reads[FDP_SYM_MAX + 1] = { 0 };
            probe(p, i, reads);
            for (x = 1; x <= FDP_SYM_MAX; x++)
                if (reads[x])
                    printf("%s %s %s\n", fdp_profile_names[p],
                           fdp_profiles[0][i].name, sym_names[x]);
        }
    return 0;
}
