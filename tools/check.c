/* SPDX-License-Identifier: MIT */
/*
 * fdpost check -- judge traces against a profile of the spec.
 *
 *   fdpost check [--profile spec|windows] [--strict-order] [--queued]
 *                [--junit FILE] [--github] [--max-reports N] [--diff]
 *                [--jobs N] [--] FILE|DIR|-...
 *
 * Exit 0: every trace conforms; 1: some diverge; 3: some are incomplete
 * (empty, no closing record, records lost); 2: bad input or usage.  The
 * worst wins, in the order 0, 1, 3, 2.
 * Divergences go to stdout, trace errors to stderr (file:line:col: error:),
 * and a summary line ends every run.  A directory stands for the *.fdt
 * files below it (check_files.c); --diff adds, per divergence, the engine's
 * posts against the trace's (check_diff.c).  With --jobs N, N threads check
 * the files (0: one per core); each trace's output is held until the
 * traces before it are printed, so the output is that of --jobs 1.
 */
#define _POSIX_C_SOURCE 200809L   /* strdup, clock_gettime, open_memstream */
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "check_diff.h"
#include "check_files.h"
#include "fdp_core.h"     /* fdp_profile_names */
#include "fdpost.h"
#include "fdpost_cmds.h"
#include "opts.h"
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
    const char *path;
    int status;
    double seconds;
    oracle_result res;
    int reported;           /* a report was made */
    char *first;            /* --junit: the first report's headline */
    text body;              /* --junit: every report */
    char *out, *err;        /* --jobs: what it writes, held until its turn */
    size_t out_n, err_n;
    int done;
} tcase;

typedef struct ctx {
    int github, diff;
    int junit;              /* keep each trace's reports (else memory per file) */
    tcase *cur;
    unsigned long *lines;   /* --diff: the current trace's divergence lines */
    size_t nlines, cap;
    FILE *out, *err;        /* stdout and stderr, or the trace's buffers */
} ctx;

/* --diff: remember where a divergence is, to show its posts afterwards. */
static void note_line(ctx *c, unsigned long line)
{
    if (c->nlines == c->cap) {
        size_t n = c->cap ? 2 * c->cap : 16;
        unsigned long *q = realloc(c->lines, n * sizeof *q);
        if (!q)
            return;
        c->lines = q;
        c->cap = n;
    }
    c->lines[c->nlines++] = line;
}

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
    FILE *out = r->kind == ORACLE_ERROR ? c->err : c->out;
    plainf(c, out, "%s\n%s", r->headline, r->detail);
    if (c->diff && r->kind == ORACLE_DIVERGE)
        note_line(c, r->line);
    if (c->cur)
        c->cur->reported = 1;
    if (c->cur && c->junit) {
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
        fputs("::error file=", c->out);
        gh_escape(c->out, r->path, 1);
        fprintf(c->out, ",line=%lu", r->line);
        if (r->col)
            fprintf(c->out, ",col=%u", r->col);
        fputs(",title=", c->out);
        gh_escape(c->out, r->kind == ORACLE_ERROR ? "fdpost check: bad trace" :
                          r->kind == ORACLE_INCOMPLETE ? "fdpost check: incomplete trace"
                                                       : "fdpost check: divergence", 1);
        fputs("::", c->out);
        gh_escape(c->out, m, 0);
        if (r->detail[0]) {
            gh_escape(c->out, "\n", 0);
            gh_escape(c->out, r->detail, 0);
        }
        fputc('\n', c->out);
    }
}

/* The length of the well-formed UTF-8 sequence at s, or 0. */
static int utf8_len(const unsigned char *s)
{
    int n = s[0] >= 0xF0 && s[0] <= 0xF4 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC2 ? 2 : 0;
    int i;
    if (s[0] >= 0xF8)
        return 0;
    for (i = 1; i < n; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    if ((n == 3 && s[0] == 0xE0 && s[1] < 0xA0) ||    /* overlong */
        (n == 3 && s[0] == 0xED && s[1] >= 0xA0) ||   /* a surrogate */
        (n == 4 && s[0] == 0xF0 && s[1] < 0x90) ||    /* overlong */
        (n == 4 && s[0] == 0xF4 && s[1] >= 0x90))     /* past U+10FFFF */
        return 0;
    return n;
}

/* XML text: UTF-8 kept as it is (file names are), any other byte that
   XML cannot hold becomes U+FFFD. */
static void xml_escape(FILE *f, const char *s)
{
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        int n = ch >= 0x80 ? utf8_len((const unsigned char *)s) : 0;
        if (ch == '&') fputs("&amp;", f);
        else if (ch == '<') fputs("&lt;", f);
        else if (ch == '>') fputs("&gt;", f);
        else if (ch == '"') fputs("&quot;", f);
        else if (ch == '\'') fputs("&apos;", f);
        else if (ch < 0x20 && ch != '\n' && ch != '\t') fputs("&#xFFFD;", f);
        else if (ch >= 0x80 && n) fwrite(s, 1, (size_t)n, f), s += n - 1;
        else if (ch >= 0x80) fputs("&#xFFFD;", f);
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
    fputs("usage: fdpost check [--profile spec|windows] [--strict-order] [--queued]\n"
          "                    [--junit FILE] [--github] [--max-reports N] [--diff]\n"
          "                    [--jobs N] [--] FILE|DIR|-...\n"
          "Replays each trace through the engine and compares its posts; a\n"
          "directory stands for every *.fdt below it.  --diff shows, per\n"
          "divergence, the engine's posts against the trace's.\n"
          "--queued: posts may be seen late, through a message queue (`posts queued`).\n"
          "--jobs N: N traces at a time (0: one per core); the same output.\n"
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

/* --jobs N: 0 is one per core; -1 when N is no number. */
static int parse_jobs(const char *s)
{
    char *end;
    long n = strtol(s, &end, 10);
    if (end == s || *end || n < 0 || n > 1024)
        return -1;
    if (n == 0) {
        n = sysconf(_SC_NPROCESSORS_ONLN);
        if (n < 1)
            n = 1;
    }
    return (int)n;
}

static const struct option check_longs[] = {
    { "help", no_argument, NULL, 'h' },
    { "profile", required_argument, NULL, 'p' },
    { "strict-order", no_argument, NULL, 's' },
    { "queued", no_argument, NULL, 'q' },
    { "junit", required_argument, NULL, 'j' },
    { "github", no_argument, NULL, 'g' },
    { "max-reports", required_argument, NULL, 'm' },
    { "diff", no_argument, NULL, 'd' },
    { "jobs", required_argument, NULL, 'J' },
    { NULL, 0, NULL, 0 }
};

/* The options; -1 to go on, else the exit status.  The traces go to fl. */
static int parse_args(int argc, char **argv, oracle_opts *o, ctx *c,
                      const char **junit, int *jobs, check_files *fl)
{
    int ch, stdin_seen = 0;
    long n;
    opts_begin();
    while ((ch = opts_next("check", argc, argv, "h", check_longs)) != -1) {
        switch (ch) {
        case 'h': return usage(stdout);
        case 'p':
            o->profile = oracle_parse_profile(optarg);
            if (o->profile < -1) {
                fprintf(stderr, "fdpost check: unknown profile '%s' (spec or windows)\n", optarg);
                return 2;
            }
            break;
        case 's': o->strict_order = 1; break;
        case 'q': o->queued = 1; break;
        case 'j':
            if (!*optarg) {
                fprintf(stderr, "fdpost check: --junit: an empty file name\n");
                return 2;
            }
            *junit = optarg;
            break;
        case 'g': c->github = 1; break;
        case 'd': c->diff = 1; break;
        case 'm':
            if (opts_number("check", "--max-reports", optarg, 0, 1000000, &n))
                return 2;
            o->max_reports = (int)n;
            break;
        case 'J':
            *jobs = parse_jobs(optarg);
            if (*jobs < 0) {
                fprintf(stderr, "fdpost check: --jobs wants a number (0: one per core), not '%s'\n", optarg);
                return 2;
            }
            break;
        default: return 2;
        }
    }
    for (; optind < argc; optind++) {
        if (!strcmp(argv[optind], "-") && stdin_seen++) {
            fprintf(stderr, "fdpost check: standard input ('-') given twice\n");
            return 2;
        }
        if (check_files_add(fl, argv[optind])) {
            fprintf(stderr, "fdpost check: out of memory\n");
            return 2;
        }
    }
    return fl->n ? -1 : usage(stderr);
}

/* --diff: the divergences of tc as the engine's posts against the trace's. */
static void show_diff(ctx *c, const oracle_opts *o, const tcase *tc)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    if (!m)
        return;
    if (check_diff(m, tc->path, o, c->lines, c->nlines))
        fprintf(m, "%s: --diff: %s\n", tc->path, strcmp(tc->path, "-")
                ? "the trace cannot be read a second time"
                : "standard input cannot be read a second time; name the file");
    if (fclose(m) == 0)
        plain(c, c->out, buf);
    free(buf);
}

/* One trace through the oracle, and its line of the summary. */
static void check_one(ctx *c, const oracle_opts *o, tcase *tc)
{
    double t1 = now();
    struct stat st;
    c->cur = tc;
    errno = 0;
    if (strcmp(tc->path, "-") && stat(tc->path, &st) == 0 && S_ISDIR(st.st_mode))
        tc->status = ORACLE_ERROR, errno = EISDIR;   /* no .fdt below it */
    else
        tc->status = oracle_run(tc->path, o, &tc->res);
    tc->seconds = now() - t1;
    if (c->diff && tc->status == ORACLE_DIVERGE && c->nlines)
        show_diff(c, o, tc);
    if (!strcmp(tc->path, "-"))
        tc->path = (char *)"<stdin>";  /* the name its reports use */
    c->nlines = 0;
    if (tc->status == ORACLE_ERROR && !tc->reported) {
        char msg[600];
        snprintf(msg, sizeof msg, "fdpost check: %s: %s%s", tc->path,
                 errno ? strerror(errno) : "cannot read",
                 errno == EISDIR ? ", with no .fdt trace below it" : "");
        plainf(c, c->err, "%s\n", msg);
        if (c->junit)
            tc->first = strdup(msg);
    }
    if (tc->status == ORACLE_CONFORM)
        plainf(c, c->out, "%s: conforms (%lu records, %lu posts)\n", tc->path,
               tc->res.records, tc->res.posts);
    else if (tc->status == ORACLE_DIVERGE)
        plainf(c, c->out, "%s: diverges (%lu divergence%s)\n", tc->path,
               tc->res.divergences, tc->res.divergences == 1 ? "" : "s");
    else if (tc->status == ORACLE_INCOMPLETE)
        plainf(c, c->out, "%s: incomplete (%lu records, %lu divergence%s)\n", tc->path,
               tc->res.records, tc->res.divergences, tc->res.divergences == 1 ? "" : "s");
    else
        plainf(c, c->out, "%s: bad trace\n", tc->path);
    c->cur = NULL;
}

/* --jobs: each worker takes the next trace and writes into its buffers,
   at most `ahead` traces past the last one printed, so that one slow trace
   does not make the output of all the others wait in memory. */
#define AHEAD_PER_JOB 4
typedef struct pool {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int next, n, github, diff, junit;
    int printed, ahead;
    tcase *tc;
    const oracle_opts *o;
} pool;

static void check_buffered(pool *p, tcase *tc)
{
    ctx c;
    oracle_opts o = *p->o;
    memset(&c, 0, sizeof c);
    c.github = p->github;
    c.diff = p->diff;
    c.junit = p->junit;
    c.out = open_memstream(&tc->out, &tc->out_n);
    c.err = open_memstream(&tc->err, &tc->err_n);
    if (!c.out || !c.err) {
        fputs("fdpost: out of memory\n", stderr);
        exit(2);
    }
    o.report_ctx = &c;
    check_one(&c, &o, tc);
    free(c.lines);
    if (ferror(c.out) | ferror(c.err) | fclose(c.out) | fclose(c.err)) {
        fputs("fdpost: out of memory\n", stderr);
        exit(2);
    }
}

static void *worker(void *vp)
{
    pool *p = vp;
    for (;;) {
        tcase *tc;
        pthread_mutex_lock(&p->mu);
        while (p->next < p->n && p->next >= p->printed + p->ahead)
            pthread_cond_wait(&p->cv, &p->mu);
        tc = p->next < p->n ? &p->tc[p->next++] : NULL;
        pthread_mutex_unlock(&p->mu);
        if (!tc)
            return NULL;
        check_buffered(p, tc);
        pthread_mutex_lock(&p->mu);
        tc->done = 1;
        pthread_cond_broadcast(&p->cv);
        pthread_mutex_unlock(&p->mu);
    }
}

/* The traces on `jobs` threads; each one's output printed in the input
   order as soon as it and those before it are done. */
static void check_parallel(const ctx *c, const oracle_opts *o, tcase *tc, int n,
                           int jobs)
{
    pool p;
    pthread_t *th = calloc((size_t)jobs, sizeof *th);
    int i, started = 0;
    memset(&p, 0, sizeof p);
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.cv, NULL);
    p.n = n;
    p.tc = tc;
    p.o = o;
    p.github = c->github;
    p.diff = c->diff;
    p.junit = c->junit;
    p.ahead = AHEAD_PER_JOB * jobs;
    for (i = 0; th && i < jobs; i++)
        started += pthread_create(&th[started], NULL, worker, &p) == 0;
    if (!started) {
        p.ahead = n;                /* nothing prints meanwhile */
        worker(&p);                 /* no thread to be had: this one */
    }
    for (i = 0; i < n; i++) {
        pthread_mutex_lock(&p.mu);
        while (!tc[i].done)
            pthread_cond_wait(&p.cv, &p.mu);
        p.printed = i + 1;
        pthread_cond_broadcast(&p.cv);
        pthread_mutex_unlock(&p.mu);
        fwrite(tc[i].err, 1, tc[i].err_n, stderr);
        fwrite(tc[i].out, 1, tc[i].out_n, stdout);
        free(tc[i].out);
        free(tc[i].err);
    }
    for (i = 0; i < started; i++)
        pthread_join(th[i], NULL);
    free(th);
    pthread_cond_destroy(&p.cv);
    pthread_mutex_destroy(&p.mu);
}

int cmd_check(int argc, char **argv)
{
    oracle_opts o;
    ctx c;
    check_files fl = { NULL, 0, 0 };
    const char *junit = NULL, *prof;
    tcase *tc = NULL;
    /* exit status by severity: conform, diverge, incomplete, bad */
    static const int rank[4] = { 0, 1, 3, 2 };
    int i, nfiles, worst = 0, jobs = 1, n[4] = { 0, 0, 0, 0 };
    unsigned long long records = 0, bytes = 0;
    double t0 = now(), secs;

    memset(&o, 0, sizeof o);
    memset(&c, 0, sizeof c);
    c.out = stdout;
    c.err = stderr;
    o.profile = -1;
    o.max_reports = 10;
    o.report = on_report;
    o.report_ctx = &c;
    i = parse_args(argc, argv, &o, &c, &junit, &jobs, &fl);
    c.junit = junit != NULL;
    if (i < 0 && !(tc = calloc(fl.n, sizeof *tc))) {
        fprintf(stderr, "fdpost check: out of memory\n");
        i = 2;
    }
    if (i >= 0) {
        check_files_free(&fl);
        return i;
    }
    nfiles = (int)fl.n;
    for (i = 0; i < nfiles; i++)
        tc[i].path = fl.path[i];
    if (jobs > 1 && nfiles > 1)
        check_parallel(&c, &o, tc, nfiles, jobs < nfiles ? jobs : nfiles);
    else
        for (i = 0; i < nfiles; i++)
            check_one(&c, &o, &tc[i]);
    for (i = 0; i < nfiles; i++) {
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
    free(c.lines);
    check_files_free(&fl);
    if (fflush(stdout) || ferror(stdout)) {     /* the reports are lost */
        fprintf(stderr, "fdpost check: standard output: %s\n", strerror(errno));
        return 2;
    }
    return worst;
}
