/* SPDX-License-Identifier: MIT */
/* fdpost info -- each profile's machines: reachable states, transitions,
   table bytes; and the per-socket state size. */
#include <stdio.h>
#include <string.h>

#include "fdp_core.h"
#include "fdpost_cmds.h"
#include "opts.h"

#define MAXSTATES 256

/* Walk a machine from its start over the whole alphabet.  A state is
   reachable when some input sequence leads to it; a transition is active
   when it moves or acts (the rest are the "nothing happens" self-loops). */
static void walk(const fdp_machine *m, int *states, int *transitions,
                 int *active, int *posting)
{
    unsigned char seen[MAXSTATES] = { 0 };
    int queue[MAXSTATES], head = 0, tail = 0;
    uint16_t kept = 0;
    *states = *transitions = *active = *posting = 0;
    queue[tail++] = *m->start;
    seen[*m->start] = 1;
    while (head < tail) {
        int cs = queue[head++], sym;
        for (sym = 1; sym <= FDP_SYM_MAX; sym++) {
            fdp_io io = { FDP_WSAECONNABORTED, &kept, 0, 0, 0 };
            int next = m->step(cs, (unsigned char)sym, &io);
            ++*transitions;
            if (next != cs || io.post)
                ++*active;
            if (io.post)
                ++*posting;
            if (next >= 0 && next < MAXSTATES && !seen[next]) {
                seen[next] = 1;
                queue[tail++] = next;
            }
        }
    }
    *states = tail;
}

int cmd_info(int argc, char **argv)
{
    static const struct option longs[] = {
        { "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 }
    };
    int p, i, ch;
    opts_begin();
    while ((ch = opts_next("info", argc, argv, "h", longs)) != -1) {
        if (ch != 'h')
            return 2;
        puts("usage: fdpost info\nEach profile's machines: states, transitions, table bytes.");
        return 0;
    }
    if (optind < argc) {
        fprintf(stderr, "fdpost info: takes no operand ('%s')\n", argv[optind]);
        return 2;
    }
    printf("alphabet=%d inputs\n", FDP_SYM_MAX);
    for (p = 0; p < FDP_PROFILES; p++) {
        int ts = 0, tt = 0, tb = 0;
        printf("profile=%s\n", fdp_profile_names[p]);
        for (i = 0; i < FDP_FD_MAX_EVENTS; i++) {
            const fdp_machine *m = &fdp_profiles[p][i];
            int states, transitions, active, posting;
            walk(m, &states, &transitions, &active, &posting);
            printf("  %-28s %-27s states=%-3d transitions=%-4d active=%-3d "
                   "posting=%-3d table_bytes=%u\n", fdp_event_name(m->event),
                   m->name, states, transitions, active, posting,
                   m->table_bytes);
            ts += states;
            tt += transitions;
            tb += (int)m->table_bytes;
        }
        printf("  total states=%d transitions=%d table_bytes=%d\n", ts, tt, tb);
    }
    printf("dense_table_bytes=%u\n", fdp_dense_table_bytes); /* what runs */
    printf("state_bytes=%u\n", (unsigned)sizeof(fdp_socket));
    return 0;
}
