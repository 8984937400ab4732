/* SPDX-License-Identifier: MIT */
/* check_diff.h -- `fdpost check --diff` (check_diff.c). */
#ifndef CHECK_DIFF_H
#define CHECK_DIFF_H

#include <stddef.h>
#include <stdio.h>

#include "oracle.h"

/* For the trace at `path` (a file, not "-"), replayed with o's profile:
   one hunk per group (a record and its posts) holding one of `lines`
   (ascending), the engine's posts against the trace's.  0, or -1 when the
   trace cannot be read twice. */
int check_diff(FILE *out, const char *path, const oracle_opts *o,
               const unsigned long *lines, size_t nlines);

#endif
