/* SPDX-License-Identifier: MIT */
/* check_files.h -- the traces `fdpost check` is given (check_files.c). */
#ifndef CHECK_FILES_H
#define CHECK_FILES_H

#include <stddef.h>

typedef struct check_files {
    char **path;            /* each malloc'd */
    size_t n, cap;
} check_files;

/* Add `arg`: a file (or "-") as it is; a directory as every *.fdt below
   it, in name order; a directory without one as itself, so that reading
   it fails with the reason.  0, or -1 when out of memory. */
int check_files_add(check_files *f, const char *arg);

void check_files_free(check_files *f);

#endif
