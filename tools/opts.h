/* SPDX-License-Identifier: MIT */
/*
 * opts.h -- the options of every fdpost command, through getopt_long, so
 * they all take `--opt value` and `--opt=value`, stop at `--`, and answer
 * a bad option or number the same way: a message naming the command, and
 * exit status 2.  Header-only (static inline), so every program that
 * builds a command's file (fdpost, the mutation harness) gets it.
 */
#ifndef OPTS_H
#define OPTS_H

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define OPTS_BAD (-2)   /* opts_next: a bad option, its message written */

/* Start reading argv (call once before opts_next). */
static inline void opts_begin(void)
{
    optind = 0;     /* glibc: a full restart, as if argv were new */
    opterr = 0;     /* the messages are ours */
}

/* The next option of argv as getopt_long gives it (its value in optarg);
   -1 after the last (the operands are then argv[optind..argc-1]), or
   OPTS_BAD.  `shorts` lists the short options (getopt's syntax, without
   the leading ':'). */
static inline int opts_next(const char *cmd, int argc, char **argv, const char *shorts,
                            const struct option *longs)
{
    char spec[64];
    const char *arg;
    int c;
    snprintf(spec, sizeof spec, ":%s", shorts);
    c = getopt_long(argc, argv, spec, longs, NULL);
    if (c != '?' && c != ':')
        return c;
    arg = optind > 0 && optind <= argc ? argv[optind - 1] : "?";
    if (c == ':')
        fprintf(stderr, "fdpost %s: option '%s' needs a value\n", cmd, arg);
    else if (optopt && !(arg[0] == '-' && arg[1] == '-'))
        fprintf(stderr, "fdpost %s: unknown option '-%c'\n", cmd, optopt);
    else if (strchr(arg, '='))
        fprintf(stderr, "fdpost %s: option '%.*s' takes no value (or is unknown)\n",
                cmd, (int)(strchr(arg, '=') - arg), arg);
    else
        fprintf(stderr, "fdpost %s: unknown option '%s'\n", cmd, arg);
    fprintf(stderr, "fdpost %s: `fdpost %s --help` lists the options\n", cmd, cmd);
    return OPTS_BAD;
}

/* `s` as a whole decimal number in [min, max] into *out; 0, or -1 with a
   message naming the command and the option. */
static inline int opts_number(const char *cmd, const char *opt, const char *s, long min,
                              long max, long *out)
{
    char *end = NULL;
    long v = 0;
    int digit = (*s >= '0' && *s <= '9') || (*s == '-' && s[1] >= '0' && s[1] <= '9');
    errno = 0;
    if (digit)
        v = strtol(s, &end, 10);
    if (!digit || *end || errno || v < min || v > max) {
        fprintf(stderr, "fdpost %s: %s: '%s' is not a whole number from %ld to %ld\n",
                cmd, opt, s, min, max);
        return -1;
    }
    *out = v;
    return 0;
}

#endif
