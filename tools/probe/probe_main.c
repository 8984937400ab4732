/* SPDX-License-Identifier: MIT */
/* probe_main.c -- fdpost-probe: options, and running the scenarios (each on its
   own message-only window), repeated, each repetition compared with the first.
   Exit 0: every trace written and every repetition identical; 1: a scenario
   could not be set up or a repetition differed (a flake: a probe defect);
   2: bad usage. */
#include "probe.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: fdpost-probe [--list] [--out DIR] [--settle MS] [--repeat N] [SCENARIO...]\n"
    "  runs the scenarios (all by default) over loopback and writes DIR/SCENARIO.fdt\n";

typedef struct opts {
    const char *out;
    DWORD settle;
    int repeat, list;
    unsigned char *chosen;             /* per scenario: run it */
} opts;

static int find(const char *name)
{
    for (int i = 0; i < probe_nscenarios; i++)
        if (!strcmp(probe_scenarios[i].name, name)) return i;
    return -1;
}

static int parse(int argc, char **argv, opts *o)
{
    int any = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--list")) o->list = 1;
        else if (!strcmp(a, "--out") && i + 1 < argc) o->out = argv[++i];
        else if (!strcmp(a, "--settle") && i + 1 < argc) o->settle = (DWORD)atol(argv[++i]);
        else if (!strcmp(a, "--repeat") && i + 1 < argc) o->repeat = atoi(argv[++i]);
        else if (a[0] == '-') { fputs(usage, stderr); return 0; }
        else {
            int k = find(a);
            if (k < 0) { fprintf(stderr, "fdpost-probe: no scenario %s (--list)\n", a); return 0; }
            o->chosen[k] = 1;
            any = 1;
        }
    }
    if (o->repeat < 1 || o->settle < 1) { fputs(usage, stderr); return 0; }
    if (!any) memset(o->chosen, 1, (size_t)probe_nscenarios);
    return 1;
}

/* One run of one scenario on a fresh window; returns the trace (malloc'd). */
static char *run_one(const scenario *sc, DWORD settle, int *broken)
{
    probe p;
    char impl[128];
    memset(&p, 0, sizeof p);
    p.settle = settle;
    p.cur = -1;
    p.wnd = CreateWindowExA(0, "Message", NULL, 0, 0, 0, 0, 0, HWND_MESSAGE, NULL, NULL, NULL);
    impl_name(impl, sizeof impl);
    note(&p, "fdpost-probe %s: scenario %s", PROBE_VERSION, sc->name);
    note(&p, "implementation: %s", impl);
    note(&p, "rules: %s", sc->rules);
    rec(&p, "fdt 1");
    if (!p.wnd) { note(&p, "setup: no message-only window (%lu)", GetLastError()); p.broken = 1; }
    else sc->run(&p);
    for (int i = 0; i < p.nsock; i++)  /* what the scenario left open */
        if (!p.sock[i].closed) p_close(&p, i);
    while (p.npeer) peer_close_quiet(&p, p.peer[p.npeer - 1]);
    pump(&p);
    for (int k = 0; k < p.nev; k++) WSACloseEvent(p.ev[k]);
    if (p.wnd) DestroyWindow(p.wnd);
    rec(&p, "end %lu", p.nrec);         /* the whole recording arrived */
    *broken = p.broken;
    return p.buf;
}

static int write_file(const char *dir, const char *name, const char *suffix, const char *text)
{
    char path[MAX_PATH];
    snprintf(path, sizeof path, "%s/%s%s.fdt", dir, name, suffix);
    FILE *f = fopen(path, "wb");       /* LF line ends on every system */
    if (!f || fputs(text, f) < 0 || fclose(f)) {
        fprintf(stderr, "fdpost-probe: cannot write %s\n", path);
        return 0;
    }
    return 1;
}

static int run_all(const opts *o)
{
    char **first = calloc((size_t)probe_nscenarios, sizeof *first);
    int bad = 0;
    for (int r = 0; r < o->repeat; r++)
        for (int i = 0; i < probe_nscenarios; i++) {
            if (!o->chosen[i]) continue;
            const char *name = probe_scenarios[i].name;
            int broken = 0;
            char *t = run_one(&probe_scenarios[i], o->settle, &broken);
            if (broken) { fprintf(stderr, "fdpost-probe: %s: setup failed (see its trace)\n", name); bad = 1; }
            if (r == 0) { first[i] = t; if (!write_file(o->out, name, "", t)) bad = 1; continue; }
            if (strcmp(first[i], t)) {
                char suffix[16];
                snprintf(suffix, sizeof suffix, ".rep%d", r + 1);
                fprintf(stderr, "fdpost-probe: %s: repetition %d differs from the first (%s%s.fdt)\n",
                        name, r + 1, name, suffix);
                write_file(o->out, name, suffix, t);
                bad = 1;
            }
            free(t);
        }
    for (int i = 0; i < probe_nscenarios; i++) free(first[i]);
    free(first);
    return bad;
}

int main(int argc, char **argv)
{
    WSADATA wsa;
    unsigned char chosen[256] = { 0 };
    opts o = { "probe-traces", 50, 1, 0, chosen };
    if (probe_nscenarios > 256 || !parse(argc, argv, &o)) return 2;
    if (o.list) {
        for (int i = 0; i < probe_nscenarios; i++)
            printf("%-28s %s\n", probe_scenarios[i].name, probe_scenarios[i].rules);
        return 0;
    }
    if (WSAStartup(MAKEWORD(2, 2), &wsa)) { fputs("fdpost-probe: WSAStartup failed\n", stderr); return 1; }
    CreateDirectoryA(o.out, NULL);
    int bad = run_all(&o);
    WSACleanup();
    return bad ? 1 : 0;
}
