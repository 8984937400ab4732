/* fdpost rules [ID...] -- the rules the machines cite, in their words. */
#include <stdio.h>
#include <string.h>

#include "fdp_core.h"
#include "fdpost_cmds.h"

int cmd_rules(int argc, char **argv)
{
    int i, r, status = 0;
    if (argc > 1 && !strcmp(argv[1], "--help")) {
        printf("usage: fdpost rules [ID...]   e.g. fdpost rules S5 W1\n");
        return 0;
    }
    for (r = 1; argc == 1 && r < FDP_RULES; r++)
        printf("%-9s %s\n", fdp_rule_name(r), fdp_rule_text(r));
    for (i = 1; i < argc; i++) {
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
