/*
 * fdpost check -- judge traces against a profile of the spec.
 *
 *   fdpost check [--profile spec|windows] [--strict-order] [--junit FILE]
 *                [--github] [--max-reports N] FILE... | -
 *
 * Exit 0: every trace conforms; 1: some diverge; 3: some are incomplete
 * (empty, no closing record, records lost); 2: bad input or usage.  The
 * worst wins, in the order 0, 1, 3, 2.
 * Divergences go to stdout, trace errors to stderr (file:line:col: error:),
 * and a summary line ends every run.
 */
#define _POSIX_C_SOURCE 200809L   /* strdup, clock_gettime */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fdp_core.h"     /* fdp_profile_names */
#include "fdpost.h"
#include "fdpost_cmds.h"
#include "oracle.h"

/* A growing text, capped. */
typedef struct text { char *p; size_t n, cap; } text;
#define TEXT_CAP (256 * 1024)

static void text_add(text *t, const char *s)
{
    size_t n = strlen(s);
    if (t->n + n + 1 > TEXT_CAP)
        return;
    if (t->n + n + 1 > t->cap) {
        size_t c = t->cap ? t->cap : 1024;
        char *q;
        while (c < t->n + n + 1)
            c *= 2;
        q = realloc(t->p, c);
        if (!q)
            return;
        t->p = q;
        t->cap = c;
    }
    memcpy(t->p + t->n, s, n + 1);
    t->n += n;
}

typedef struct tcase {
    char *path;
    int status;
    double seconds;
    oracle_result res;
    char *first;            /* the first report's headline */
    text body;              /* every report */
} tcase;

typedef struct ctx {
    int github;
    tcase *cur;
} ctx;

/* GitHub workflow commands: data escapes % CR LF; properties also : and , */
static void gh_escape(FILE *f, const char *s, int prop)
{
    for (; *s; s++) {
        if (*s == '%') fputs("%25", f);
        else if (*s == '\r') fputs("%0D", f);
        else if (*s == '\n') fputs("%0A", f);
        else if (prop && *s == ':') fputs("%3A", f);
        else if (prop && *s == ',') fputs("%2C", f);
        else fputc(*s, f);
    }
}

/* Plain report text.  With --github, no line of it may start a workflow
   command, whatever a file name holds: a line whose first non-blank
   characters are "::" gets its first ':' written as %3A. */
static void plain(const ctx *c, FILE *f, const char *s)
{
    int at_start = 1;
    for (; *s; s++) {
        if (c->github && at_start) {
            const char *q = s;
            while (*q == ' ' || *q == '\t')
                q++;
            if (q[0] == ':' && q[1] == ':') {
                fwrite(s, 1, (size_t)(q - s), f);
                fputs("%3A", f);
                s = q;
                at_start = 0;
                continue;
            }
        }
        fputc(*s, f);
        at_start = *s == '\n' || *s == '\r';
    }
}

static void plainf(const ctx *c, FILE *f, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void plainf(const ctx *c, FILE *f, const char *fmt, ...)
{
    char small[1024], *buf = small;
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n >= (int)sizeof small && (buf = malloc((size_t)n + 1)) != NULL) {
        va_start(ap, fmt);
        vsnprintf(buf, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    plain(c, f, buf ? buf : small);
    if (buf != small)
        free(buf);
}

static void on_report(void *vc, const oracle_report *r)
{
    ctx *c = vc;
    FILE *out = r->kind == ORACLE_ERROR ? stderr : stdout;
    plainf(c, out, "%s\n%s", r->headline, r->detail);
    if (c->cur) {
        if (!c->cur->first)
            c->cur->first = strdup(r->headline);
        text_add(&c->cur->body, r->headline);
        text_add(&c->cur->body, "\n");
        text_add(&c->cur->body, r->detail);
    }
    if (c->github) {
        /* the message: the headline without its "file:line: " prefix */
        const char *m = r->headline;
        size_t skip = strlen(r->path);
        if (!strncmp(m, r->path, skip) && m[skip] == ':') {
            m += skip + 1;
            while (*m && *m != ' ')
                m++;
            while (*m == ' ')
                m++;
        }
        fputs("::error file=", stdout);
        gh_escape(stdout, r->path, 1);
        fprintf(stdout, ",line=%lu", r->line);
        if (r->col)
            fprintf(stdout, ",col=%u", r->col);
        fputs(",title=", stdout);
        gh_escape(stdout, r->kind == ORACLE_ERROR ? "fdpost check: bad trace" :
                          r->kind == ORACLE_INCOMPLETE ? "fdpost check: incomplete trace"
                                                       : "fdpost check: divergence", 1);
        fputs("::", stdout);
        gh_escape(stdout, m, 0);
        if (r->detail[0]) {
            gh_escape(stdout, "\n", 0);
            gh_escape(stdout, r->detail, 0);
        }
        fputc('\n', stdout);
    }
}

/* A UTF-8 sequence at s copied whole (its length returned), or U+FFFD
   for a byte that starts none (1). */
static int utf8_or_fffd(FILE *f, const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    int n = u[0] >= 0xF0 && u[0] <= 0xF4 ? 4 : u[0] >= 0xE0 ? 3 : u[0] >= 0xC2 ? 2 : 0, i;
    for (i = 1; i < n; i++)
        if ((u[i] & 0xC0) != 0x80)
            n = 0;
    if (!n) {
        fputs("\xEF\xBF\xBD", f);
        return 1;
    }
    fwrite(s, 1, (size_t)n, f);
    return n;
}

static void xml_escape(FILE *f, const char *s)
{
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '&') fputs("&amp;", f);
        else if (ch == '<') fputs("&lt;", f);
        else if (ch == '>') fputs("&gt;", f);
        else if (ch == '"') fputs("&quot;", f);
        else if (ch == '\'') fputs("&apos;", f);
        else if (ch < 0x20 && ch != '\n' && ch != '\t') fprintf(f, "&#x%x;", 0xFFFD);
        else if (ch >= 0x80) s += utf8_or_fffd(f, s) - 1;  /* names keep theirs */
        else fputc(ch, f);
    }
}

static int write_junit(const char *file, tcase *tc, int n, const char *profile,
                       double total)
{
    FILE *f = fopen(file, "w");
    int i, fails = 0, errs = 0;
    if (!f) {
        fprintf(stderr, "fdpost check: %s: %s\n", file, strerror(errno));
        return -1;
    }
    for (i = 0; i < n; i++) {
        fails += tc[i].status == ORACLE_DIVERGE || tc[i].status == ORACLE_INCOMPLETE;
        errs += tc[i].status == ORACLE_ERROR;
    }
    fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    fprintf(f, "<testsuites name=\"fdpost check\" tests=\"%d\" failures=\"%d\" "
               "errors=\"%d\" time=\"%.3f\">\n", n, fails, errs, total);
    fprintf(f, "  <testsuite name=\"fdpost check (%s)\" tests=\"%d\" failures=\"%d\" "
               "errors=\"%d\" time=\"%.3f\">\n", profile, n, fails, errs, total);
    for (i = 0; i < n; i++) {
        fputs("    <testcase classname=\"fdpost.check\" name=\"", f);
        xml_escape(f, tc[i].path);
        fprintf(f, "\" time=\"%.3f\">", tc[i].seconds);
        if (tc[i].status != ORACLE_CONFORM) {
            const char *tag = tc[i].status == ORACLE_ERROR ? "error" : "failure";
            fprintf(f, "\n      <%s message=\"", tag);
            xml_escape(f, tc[i].first ? tc[i].first : "cannot read the trace");
            fprintf(f, "\" type=\"%s\">",
                    tc[i].status == ORACLE_DIVERGE ? "divergence" :
                    tc[i].status == ORACLE_INCOMPLETE ? "incomplete" : "bad-trace");
            xml_escape(f, tc[i].body.p ? tc[i].body.p : "");
            fprintf(f, "</%s>\n    ", tag);
        }
        fputs("</testcase>\n", f);
    }
    fputs("  </testsuite>\n</testsuites>\n", f);
    if (fclose(f)) {
        fprintf(stderr, "fdpost check: %s: %s\n", file, strerror(errno));
        return -1;
    }
    return 0;
}

static int usage(FILE *f)
{
    fputs("usage: fdpost check [--profile spec|windows] [--strict-order] [--junit FILE]\n"
          "                    [--github] [--max-reports N] FILE... | -\n"
          "Replays each trace through the engine and compares its posts.\n"
          "Exit 0: all conform; 1: some diverge; 3: some incomplete (empty, no\n"
          "closing record, records lost); 2: bad input or usage.\n", f);
    return f == stdout ? 0 : 2;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The options; -1 to go on, else the exit status.  The files go to tc. */
static int parse_args(int argc, char **argv, oracle_opts *o, ctx *c,
                      const char **junit, tcase *tc, int *nfiles)
{
    int i;
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            return usage(stdout);
        } else if (!strcmp(a, "--profile") && i + 1 < argc) {
            o->profile = oracle_parse_profile(argv[++i]);
            if (o->profile < -1) {
                fprintf(stderr, "fdpost check: unknown profile '%s' (spec or windows)\n", argv[i]);
                return 2;
            }
        } else if (!strcmp(a, "--strict-order")) {
            o->strict_order = 1;
        } else if (!strcmp(a, "--junit") && i + 1 < argc) {
            *junit = argv[++i];
        } else if (!strcmp(a, "--github")) {
            c->github = 1;
        } else if (!strcmp(a, "--max-reports") && i + 1 < argc) {
            o->max_reports = atoi(argv[++i]);
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "fdpost check: unknown or incomplete option '%s'\n", a);
            return usage(stderr);
        } else {
            int k, stdin_again = !strcmp(a, "-");
            for (k = 0; stdin_again && k < *nfiles; k++)
                if (!strcmp(tc[k].path, "-")) {
                    fprintf(stderr, "fdpost check: standard input ('-') given twice\n");
                    return 2;
                }
            tc[(*nfiles)++].path = argv[i];
        }
    }
    return *nfiles ? -1 : usage(stderr);
}

/* One trace through the oracle, and its line of the summary. */
static void check_one(ctx *c, const oracle_opts *o, tcase *tc)
{
    double t1 = now();
    c->cur = tc;
    errno = 0;
    tc->status = oracle_run(tc->path, o, &tc->res);
    if (!strcmp(tc->path, "-"))
        tc->path = (char *)"<stdin>";  /* the name its reports use */
    tc->seconds = now() - t1;
    if (tc->status == ORACLE_ERROR && !tc->first) {
        char msg[600];
        snprintf(msg, sizeof msg, "fdpost check: %s: %s", tc->path,
                 errno ? strerror(errno) : "cannot read");
        plainf(c, stderr, "%s\n", msg);
        tc->first = strdup(msg);
    }
    if (tc->status == ORACLE_CONFORM)
        plainf(c, stdout, "%s: conforms (%lu records, %lu posts)\n", tc->path,
               tc->res.records, tc->res.posts);
    else if (tc->status == ORACLE_DIVERGE)
        plainf(c, stdout, "%s: diverges (%lu divergence%s)\n", tc->path,
               tc->res.divergences, tc->res.divergences == 1 ? "" : "s");
    else if (tc->status == ORACLE_INCOMPLETE)
        plainf(c, stdout, "%s: incomplete (%lu records, %lu divergence%s)\n", tc->path,
               tc->res.records, tc->res.divergences, tc->res.divergences == 1 ? "" : "s");
    else
        plainf(c, stdout, "%s: bad trace\n", tc->path);
    c->cur = NULL;
}

int cmd_check(int argc, char **argv)
{
    oracle_opts o;
    ctx c;
    const char *junit = NULL, *prof;
    tcase *tc;
    /* exit status by severity: conform, diverge, incomplete, bad */
    static const int rank[4] = { 0, 1, 3, 2 };
    int i, nfiles = 0, worst = 0, n[4] = { 0, 0, 0, 0 };
    unsigned long long records = 0, bytes = 0;
    double t0 = now(), secs;

    memset(&o, 0, sizeof o);
    memset(&c, 0, sizeof c);
    o.profile = -1;
    o.max_reports = 10;
    o.report = on_report;
    o.report_ctx = &c;
    tc = calloc((size_t)argc, sizeof *tc);
    if (!tc)
        return 2;
    i = parse_args(argc, argv, &o, &c, &junit, tc, &nfiles);
    if (i >= 0) {
        free(tc);
        return i;
    }
    for (i = 0; i < nfiles; i++) {
        check_one(&c, &o, &tc[i]);
        records += tc[i].res.records;
        bytes += tc[i].res.bytes;
        n[tc[i].status]++;      /* ORACLE_CONFORM, _DIVERGE, _ERROR, _INCOMPLETE */
        if (rank[tc[i].status] > rank[worst])
            worst = tc[i].status;
    }
    secs = now() - t0;
    prof = o.profile >= 0 ? fdp_profile_names[o.profile] : "per trace";
    if (junit && write_junit(junit, tc, nfiles, prof, secs))
        worst = 2;
    printf("fdpost check: %d trace%s, %d conform, %d diverge, %d bad",
           nfiles, nfiles == 1 ? "" : "s", n[ORACLE_CONFORM], n[ORACLE_DIVERGE],
           n[ORACLE_ERROR]);
    if (n[ORACLE_INCOMPLETE])
        printf(", %d incomplete", n[ORACLE_INCOMPLETE]);
    printf("; %llu records, %.1f MB in %.3f s (profile: %s)\n",
           records, bytes / 1e6, secs, prof);
    for (i = 0; i < nfiles; i++) {
        free(tc[i].first);
        free(tc[i].body.p);
    }
    free(tc);
    if (fflush(stdout) || ferror(stdout)) {     /* the reports are lost */
        fprintf(stderr, "fdpost check: standard output: %s\n", strerror(errno));
        return 2;
    }
    return worst;
}
