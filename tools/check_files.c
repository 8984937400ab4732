/* SPDX-License-Identifier: MIT */
/*
 * check_files.c -- the operands of `fdpost check`: CI jobs name a folder of
 * traces, so a directory stands for every *.fdt file below it, sorted by
 * name so that reports come in the same order on every machine.
 */
#define _POSIX_C_SOURCE 200809L   /* scandir, alphasort, strdup */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check_files.h"

static int push(check_files *f, const char *path)
{
    char *p;
    if (f->n == f->cap) {
        size_t c = f->cap ? 2 * f->cap : 16;
        char **q = realloc(f->path, c * sizeof *q);
        if (!q)
            return -1;
        f->path = q;
        f->cap = c;
    }
    if (!(p = strdup(path)))
        return -1;
    f->path[f->n++] = p;
    return 0;
}

static int is_fdt(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && !strcmp(name + n - 4, ".fdt");
}

static int skip_dot(const struct dirent *e)
{
    return e->d_name[0] != '.';
}

/* Every *.fdt below dir; depth bounds a loop of symbolic links. */
static int walk(check_files *f, const char *dir, int depth)
{
    struct dirent **e;
    int n, i, rc = 0;
    if (depth > 32 || (n = scandir(dir, &e, skip_dot, alphasort)) < 0)
        return 0;           /* unreadable: nothing from it */
    for (i = 0; i < n; i++) {
        size_t len = strlen(dir) + strlen(e[i]->d_name) + 2;
        char *p = malloc(len);
        struct stat st;
        if (!p) {
            rc = -1;
        } else {
            snprintf(p, len, "%s%s%s", dir,
                     dir[strlen(dir) - 1] == '/' ? "" : "/", e[i]->d_name);
            if (stat(p, &st) == 0 && S_ISDIR(st.st_mode))
                rc |= walk(f, p, depth + 1);
            else if (is_fdt(e[i]->d_name) && stat(p, &st) == 0 && S_ISREG(st.st_mode))
                rc |= push(f, p);
            free(p);
        }
        free(e[i]);
    }
    free(e);
    return rc;
}

int check_files_add(check_files *f, const char *arg)
{
    struct stat st;
    size_t before = f->n;
    if (strcmp(arg, "-") && stat(arg, &st) == 0 && S_ISDIR(st.st_mode)) {
        if (walk(f, arg, 0))
            return -1;
        if (f->n > before)
            return 0;
    }
    return push(f, arg);
}

void check_files_free(check_files *f)
{
    size_t i;
    for (i = 0; i < f->n; i++)
        free(f->path[i]);
    free(f->path);
    f->path = NULL;
    f->n = f->cap = 0;
}
