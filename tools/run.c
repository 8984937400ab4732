/* SPDX-License-Identifier: MIT */
/*
 * fdpost run -- write a trace back with the posts the engine makes.
 *
 *   fdpost run [--profile spec|windows] [--] FILE | -
 *
 * Every record but the posts is copied as it is (comments and blank lines
 * too); after each, the engine's posts follow as `NAME post EVENT [ERROR]`.
 * A post the profile leaves optional is written as the engine makes it,
 * posted, with a comment naming the rule.  The way to turn a scenario into
 * a golden vector: then read the result against the seed.
 *
 * Exit 0: written; 1: the trace has a call succeed that the engine refuses
 * (reported on stderr: the vector would diverge); 3: incomplete; 2: bad.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "fdpost.h"
#include "fdpost_cmds.h"
#include "opts.h"
#include "oracle.h"

static void on_report(void *ctx, const oracle_report *r)
{
    (void)ctx;
    fprintf(stderr, "%s\n%s", r->headline, r->detail);
}

static const struct option run_longs[] = {
    { "help", no_argument, NULL, 'h' },
    { "profile", required_argument, NULL, 'p' },
    { NULL, 0, NULL, 0 }
};

#define RUN_USAGE "usage: fdpost run [--profile spec|windows] [--] FILE | -\n"

/* The options into o and the trace's name; -1 to go on, else the exit status. */
static int parse_args(int argc, char **argv, oracle_opts *o, const char **file)
{
    int ch;
    opts_begin();
    while ((ch = opts_next("run", argc, argv, "h", run_longs)) != -1) {
        if (ch == 'h') {
            fputs(RUN_USAGE "Writes the trace back with the posts the engine makes.\n", stdout);
            return 0;
        }
        if (ch != 'p')
            return 2;
        o->profile = oracle_parse_profile(optarg);
        if (o->profile < -1) {
            fprintf(stderr, "fdpost run: unknown profile '%s' (spec or windows)\n", optarg);
            return 2;
        }
    }
    if (argc - optind != 1) {
        fputs(argc - optind > 1 ? "fdpost run: one trace at a time\n" : RUN_USAGE, stderr);
        return 2;
    }
    *file = argv[optind];
    return -1;
}

int cmd_run(int argc, char **argv)
{
    oracle_opts o;
    oracle_result res;
    const char *file = NULL;
    int st;

    memset(&o, 0, sizeof o);
    o.profile = -1;
    o.max_reports = 10;
    o.report = on_report;
    o.run_out = stdout;
    st = parse_args(argc, argv, &o, &file);
    if (st >= 0)
        return st;
    errno = 0;
    st = oracle_run(file, &o, &res);
    if (st == ORACLE_ERROR && res.records == 0 && errno)
        fprintf(stderr, "fdpost run: %s: %s\n", file, strerror(errno));
    if (fflush(stdout))
        return 2;
    /* an incomplete trace gives an incomplete vector: say so (exit 3) */
    /* a divergence run can see (a refused select the trace has succeed)
       makes a vector that would not conform: exit 1 */
    return st == ORACLE_ERROR ? 2 : st == ORACLE_INCOMPLETE ? 3 : st;
}
