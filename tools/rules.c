/* SPDX-License-Identifier: MIT */
/* fdpost rules [ID...] -- the rules the machines cite, in their words. */
#include <stdio.h>
#include <string.h>

#include "fdp_core.h"
#include "fdpost_cmds.h"
#include "opts.h"

int cmd_rules(int argc, char **argv)
{
    static const struct option longs[] = {
        { "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 }
    };
    int i, r, ch, status = 0;
    opts_begin();
    while ((ch = opts_next("rules", argc, argv, "h", longs)) != -1) {
        if (ch != 'h')
            return 2;
        printf("usage: fdpost rules [--] [ID...]   e.g. fdpost rules S5 W1\n");
        return 0;
    }
    for (r = 1; optind == argc && r < FDP_RULES; r++)
        printf("%-9s %s\n", fdp_rule_name(r), fdp_rule_text(r));
    for (i = optind; i < argc; i++) {
        for (r = 1; r < FDP_RULES; r++)
            if (!strcmp(argv[i], fdp_rule_name(r)))
                break;
        if (r < FDP_RULES) {
            printf("%-9s %s\n", fdp_rule_name(r), fdp_rule_text(r));
        } else {
            fprintf(stderr, "fdpost rules: no rule '%s'\n", argv[i]);
            status = 2;
        }
    }
    return status;
}
