/* SPDX-License-Identifier: MIT */
/*
 * mutate.c -- transition coverage of the vectors, the vectors that fill
 * the gaps, and mutation testing of the generated tables
 * (docs/verification.md, "Transition coverage" and "Mutation
 * testing").
 *
 *   fdp_mutate coverage [--list] FILE.fdt...
 *   fdp_mutate gen OUTDIR FILE.fdt...      vectors for uncovered transitions
 *   fdp_mutate mutate [--list] [--kill OUTDIR] [--shard K/N] FILE.fdt...
 *                                          (--shard: every Nth mutant from K)
 *
 * A transition is a (state, input symbol) pair of a machine, the state
 * reachable from the machine's start, that moves (another state) or acts
 * (posts, or keeps an error): the "active" pairs of `fdpost info`.  The
 * vectors are replayed in process by the oracle (oracle_run_mem) against
 * this program's build of the engine, whose FDP_STEP_HOOK line calls
 * fdp_mu_hook after every machine step (tests/mutate/fdp_mu.h).
 *
 * A mutant changes one entry of a machine in the dense table the engine
 * runs (gen/fdp_dense.h): the entry's target to another reachable state of
 * the machine (the cells patched in memory, restored after), or the entry's
 * post added (an FDP_POST(0) where it posted nothing) or removed (applied
 * by the hook to every step that takes that entry).  An entry is what the
 * (state, symbol) pairs of a machine that go to the same target with the
 * same effect and rule tag share (as Ragel's transition entries are), so
 * one mutant may change several cells at once.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <fcntl.h>

#include "fdp_mu.h"
#include "fdpost_cmds.h"
#include "oracle.h"

#define NP      FDP_PROFILES
#define NEV     FDP_FD_MAX_EVENTS
#define NSYM    (FDP_SYM_MAX + 1)
#define MAXST   256
#define MAXM    16

static const char *const sym_names[] = FDP_SYM_NAMES;

/* ------------------------------------------------------------------ */
/* The machines                                                         */

#define MAXENT  1024

typedef struct minfo {
    const fdp_dense_machine *mu;
    int nstates;                    /* reachable from start */
    uint8_t reach[MAXST];           /* state reachable (machine walk) */
    uint16_t tr[MAXST][NSYM];       /* the table entry (state, sym) takes */
    uint8_t active[MAXST][NSYM];    /* moves, posts or keeps an error */
    uint8_t posts[MAXST][NSYM];     /* posts (FDP_DO_POST or _MAY_) */
    uint8_t why[MAXST][NSYM];       /* the rule tag */
    unsigned ntargs;                /* its entries */
    uint32_t ent[MAXENT];           /* entry: next | effect << 8 | why << 16 */
} minfo;

static minfo mi[MAXM];
static int nm;
static int mu_of[NP][NEV];          /* profile, S15 index -> mi[] */

static unsigned cell_get(unsigned row, int sym)
{
    const fdp_mu_table *t = &fdp_mu_dense;
    return t->cells[(unsigned)sym * t->rows + row];
}

static void cell_set(unsigned row, int sym, unsigned v)
{
    const fdp_mu_table *t = &fdp_mu_dense;
    t->cells[(unsigned)sym * t->rows + row] = (uint16_t)v;
}

static unsigned targ_get(const minfo *x, unsigned e)
{
    return x->ent[e] & 0xFFu;
}

/* Every cell of the entry goes to state v (the cell holds its row). */
static void targ_set(const minfo *x, unsigned e, unsigned v)
{
    const unsigned nb = fdp_mu_dense.next_bits;
    int cs, sym;
    for (cs = 0; cs < x->mu->rows; cs++)
        for (sym = 1; sym < NSYM; sym++)
            if (x->reach[cs] && x->tr[cs][sym] == e) {
                unsigned row = (unsigned)(x->mu->base + cs);
                unsigned c = cell_get(row, sym);
                cell_set(row, sym, (c >> nb) << nb | ((unsigned)x->mu->base + v));
            }
}

/* A cell's effect and next state (the cell holds the next row). */
static unsigned effect_at(unsigned c)
{
    return c >> fdp_mu_dense.next_bits;
}

static int next_of(const minfo *x, unsigned c)
{
    return (int)(c & ((1u << fdp_mu_dense.next_bits) - 1)) - x->mu->base;
}

/* One step of machine x as the engine takes it, from the table. */
static int step_io(const minfo *x, int cs, int sym, unsigned in_err,
                   uint16_t *kept, fdp_io *io)
{
    const fdp_mu_table *t = &fdp_mu_dense;
    unsigned row = (unsigned)(x->mu->base + cs), c = cell_get(row, sym);
    const fdp_effect *f = &t->effects[effect_at(c)];
    unsigned before = *kept;
    io->in_err = (uint16_t)in_err;
    io->kept = kept;
    io->post = f->nposts ? f->post[0].kind : FDP_NO_POST;
    io->why = (uint8_t)t->why[row * t->cols + (unsigned)sym];
    io->err = (uint16_t)(f->nposts ? fdp_val_of(&f->post[0].err, in_err, before) : 0);
    if (f->keep.src != FDP_SRC_KEPT)
        *kept = (uint16_t)fdp_val_of(&f->keep, in_err, before);
    return next_of(x, c);
}

/* The entries: the distinct (target, effect, rule) of the reachable cells. */
static void map_entries(minfo *x)
{
    int cs, sym;
    unsigned e;
    x->ntargs = 0;
    memset(x->tr, 0, sizeof x->tr);
    for (cs = 0; cs < x->mu->rows; cs++) {
        if (!x->reach[cs])
            continue;
        for (sym = 1; sym < NSYM; sym++) {
            unsigned row = (unsigned)(x->mu->base + cs), c = cell_get(row, sym);
            uint32_t k = (uint32_t)next_of(x, c) | effect_at(c) << 8 |
                         (uint32_t)(fdp_mu_dense.why[row * fdp_mu_dense.cols + (unsigned)sym] & 0xFFu) << 16;
            for (e = 0; e < x->ntargs && x->ent[e] != k; e++)
                ;
            if (e == x->ntargs) {
                if (e == MAXENT) {
                    fprintf(stderr, "fdp_mutate: %s has over %d entries\n",
                            x->mu->name, MAXENT);
                    exit(2);
                }
                x->ent[x->ntargs++] = k;
            }
            x->tr[cs][sym] = (uint16_t)e;
        }
    }
}

static void walk(minfo *x)
{
    int queue[MAXST], head = 0, tail = 0, sym;
    memset(x->reach, 0, sizeof x->reach);
    queue[tail++] = x->mu->start;
    x->reach[x->mu->start] = 1;
    while (head < tail) {
        int cs = queue[head++];
        for (sym = 1; sym < NSYM; sym++) {
            uint16_t kept = 0;
            fdp_io io;
            int next = step_io(x, cs, sym, FDP_WSAETIMEDOUT, &kept, &io);
            x->active[cs][sym] = next != cs || io.post || kept != 0;
            x->posts[cs][sym] = io.post != FDP_NO_POST;
            x->why[cs][sym] = io.why;
            if (!x->reach[next]) {
                x->reach[next] = 1;
                queue[tail++] = next;
            }
        }
    }
    x->nstates = tail;
}

static void machines_init(void)
{
    int p, i;
    for (nm = 0; fdp_dense_machines[nm].name; nm++) {
        mi[nm].mu = &fdp_dense_machines[nm];
        walk(&mi[nm]);
        map_entries(&mi[nm]);
    }
    for (p = 0; p < NP; p++)
        for (i = 0; i < NEV; i++)
            mu_of[p][i] = fdp_dense_of[p][i];
}

/* ------------------------------------------------------------------ */
/* The hook: coverage, and post mutants                                 */

enum { MU_NONE, MU_TARGET, MU_POST };
typedef struct mutant {
    int kind, m;
    unsigned entry, from, to;       /* TARGET: from -> to */
    int had_post;                   /* POST: 1 = removed, 0 = added */
} mutant;

static mutant cur;                  /* the mutant (kind MU_NONE: none) */
static int cur_on;                  /* applied now */
static uint8_t (*hits)[NEV][MAXST][NSYM];   /* where the hook marks steps */
static struct { uint8_t p, i, cs, sym; } elist[256];   /* steps of one input */
static int nel, rec_edges;

void fdp_mu_hook(int p, int i, int cs, unsigned char sym, int *next,
                 struct fdp_io *io)
{
    (void)next;
    if (hits)
        hits[p][i][cs][sym] = 1;
    if (rec_edges && nel < 256) {
        elist[nel].p = (uint8_t)p;
        elist[nel].i = (uint8_t)i;
        elist[nel].cs = (uint8_t)cs;
        elist[nel].sym = sym;
        nel++;
    }
    if (cur_on && cur.kind == MU_POST && mu_of[p][i] == cur.m &&
        mi[cur.m].tr[cs][sym] == cur.entry) {
        if (io->post != FDP_NO_POST)
            io->post = FDP_NO_POST;
        else
            io->post = FDP_DO_POST, io->err = 0;
    }
}

static void set_on(int on)
{
    if (cur.kind == MU_TARGET && on != cur_on)
        targ_set(&mi[cur.m], cur.entry, on ? cur.to : cur.from);
    cur_on = on;
}

static void apply(const mutant *x)
{
    cur = *x;
    cur_on = 0;
    set_on(1);
}

static void unapply(void)
{
    set_on(0);
    cur.kind = MU_NONE;
}

/* The mutated machine's step, outside the engine (equivalence). */
static int mu_step(int m, int cs, int sym, unsigned in_err, uint16_t *kept,
                   fdp_io *io)
{
    int next = step_io(&mi[m], cs, sym, in_err, kept, io);
    if (cur_on && cur.kind == MU_POST && cur.m == m &&
        mi[m].tr[cs][sym] == cur.entry) {
        if (io->post != FDP_NO_POST)
            io->post = FDP_NO_POST;
        else
            io->post = FDP_DO_POST, io->err = 0;
    }
    return next;
}

/* ------------------------------------------------------------------ */
/* Vectors, preloaded                                                   */

typedef struct vec {
    char *path, *text;
    size_t len;
    int profile;
    int strict;                 /* `expect-divergence ... strict` */
    int status[2];              /* baseline: plain, strict */
    unsigned long line[2];
    char rule[2][16];
} vec;

static vec *vecs;
static int nvec;

typedef struct first_report { unsigned long line; char rule[16]; int seen; } first_report;

static void on_report(void *ctx, const oracle_report *r)
{
    first_report *f = ctx;
    if (f->seen++)
        return;
    f->line = r->line;
    snprintf(f->rule, sizeof f->rule, "%s", r->rule ? r->rule : "");
}

static int replay(const vec *v, int strict, unsigned long *line, char *rule)
{
    oracle_opts o;
    oracle_result res;
    first_report f;
    memset(&o, 0, sizeof o);
    memset(&f, 0, sizeof f);
    o.profile = -1;
    o.strict_order = strict;
    o.max_reports = 1;
    o.report = on_report;
    o.report_ctx = &f;
    oracle_run_mem(v->path, v->text, v->len, &o, &res);
    *line = f.line;
    memcpy(rule, f.rule, 16);
    return res.status;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    long n;
    if (!f || fseek(f, 0, SEEK_END) || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET)) {
        perror(path);
        exit(2);
    }
    buf = malloc((size_t)n + 1);
    if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) {
        perror(path);
        exit(2);
    }
    fclose(f);
    buf[n] = 0;
    *len = (size_t)n;
    return buf;
}

static void load_vectors(int argc, char **argv)
{
    int i;
    vecs = calloc((size_t)argc + 1, sizeof *vecs);
    for (i = 0; i < argc; i++) {
        vec *v = &vecs[nvec++];
        const char *e;
        v->path = argv[i];
        v->text = slurp(argv[i], &v->len);
        v->profile = strstr(v->text, "\nprofile windows") ? FDP_PROFILE_WINDOWS
                                                          : FDP_PROFILE_SPEC;
        e = strstr(v->text, "# expect-divergence:");
        if (e) {
            const char *eol = strchr(e, '\n');
            size_t n = eol ? (size_t)(eol - e) : strlen(e);
            v->strict = n >= 6 && !memcmp(e + n - 6, "strict", 6);
        }
        v->status[0] = replay(v, 0, &v->line[0], v->rule[0]);
        if (v->strict)
            v->status[1] = replay(v, 1, &v->line[1], v->rule[1]);
    }
}

/* 1 when some vector's verdict differs from its baseline. */
static int *order;
static int vectors_kill(int *killer)
{
    int k, j, s;
    for (k = 0; k < nvec; k++) {
        const vec *v = &vecs[order[k]];
        for (s = 0; s <= v->strict; s++) {
            unsigned long line;
            char rule[16];
            int st = replay(v, s, &line, rule);
            if (st != v->status[s] || line != v->line[s] || strcmp(rule, v->rule[s])) {
                *killer = order[k];
                /* the killer first next time: neighbours die alike */
                j = order[k];
                memmove(order + 1, order, (size_t)k * sizeof *order);
                order[0] = j;
                return 1;
            }
        }
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* The search: one socket's engine from a fresh socket, with the oracle's
   bookkeeping (what `fdpost check` would compute from the records), over
   inputs each of which is one .fdt record. */

enum opk {
    O_SELECT, O_EVENTSELECT, O_RECV, O_RECV_PEEK, O_RECV_OOB, O_RECV_FAIL,
    O_SEND, O_SEND_BLOCK, O_ACCEPT, O_ACCEPT_DEFER, O_ACCEPT_FAIL,
    O_CONNECT, O_IOCTL, O_OOBINLINE, O_BIND, O_LISTEN, O_SHUTDOWN, O_CLOSE,
    O_ARRIVE, O_ARRIVE_OOB, O_INCOMING, O_INPUT, O_DATA_GONE, O_URGENT_GONE,
    O_NO_PENDING, O_ENUM
};

/* slice: 1 the connection events (FD_CONNECT ... FD_CLOSE), 2 the change
   events (FD_QOS ... FD_ADDRESS_LIST_CHANGE), 3 both.  The two groups of
   machines read disjoint symbols but for select, close and network down
   (gen/fdp_dense.h's relevance), so each is searched with its own inputs, as
   `fdpost verify` does: their product only multiplies states. */
typedef struct op { int kind; long a; const char *text; int slice; } op;

static const op ops[] = {
    { O_SELECT, FDP_FD_ALL_EVENTS, "select FD_ALL_EVENTS wnd=1 msg=0x401", 3 },
    { O_SELECT, 0, "select 0 wnd=1 msg=0x401", 3 },
    { O_SELECT, FDP_FD_READ, "select FD_READ wnd=1 msg=0x401", 1 },
    { O_SELECT, FDP_FD_WRITE, "select FD_WRITE wnd=1 msg=0x401", 1 },
    { O_SELECT, FDP_FD_OOB, "select FD_OOB wnd=1 msg=0x401", 1 },
    { O_SELECT, FDP_FD_ACCEPT, "select FD_ACCEPT wnd=1 msg=0x401", 1 },
    { O_SELECT, FDP_FD_CONNECT, "select FD_CONNECT wnd=1 msg=0x401", 1 },
    { O_SELECT, FDP_FD_CLOSE, "select FD_CLOSE wnd=1 msg=0x401", 1 },
    { O_SELECT, FDP_FD_QOS, "select FD_QOS wnd=1 msg=0x401", 2 },
    { O_SELECT, FDP_FD_GROUP_QOS, "select FD_GROUP_QOS wnd=1 msg=0x401", 2 },
    { O_SELECT, FDP_FD_ROUTING_INTERFACE_CHANGE, "select FD_ROUTING_INTERFACE_CHANGE wnd=1 msg=0x401", 2 },
    { O_SELECT, FDP_FD_ADDRESS_LIST_CHANGE, "select FD_ADDRESS_LIST_CHANGE wnd=1 msg=0x401", 2 },
    { O_EVENTSELECT, FDP_FD_ALL_EVENTS, "eventselect FD_ALL_EVENTS ev=1", 3 },
    { O_EVENTSELECT, 0, "eventselect 0 ev=1", 3 },
    { O_EVENTSELECT, FDP_FD_READ, "eventselect FD_READ ev=1", 1 },
    { O_EVENTSELECT, FDP_FD_WRITE, "eventselect FD_WRITE ev=1", 1 },
    { O_EVENTSELECT, FDP_FD_OOB, "eventselect FD_OOB ev=1", 1 },
    { O_EVENTSELECT, FDP_FD_ACCEPT, "eventselect FD_ACCEPT ev=1", 1 },
    { O_EVENTSELECT, FDP_FD_CONNECT, "eventselect FD_CONNECT ev=1", 1 },
    { O_EVENTSELECT, FDP_FD_CLOSE, "eventselect FD_CLOSE ev=1", 1 },
    { O_EVENTSELECT, FDP_FD_QOS, "eventselect FD_QOS ev=1", 2 },
    { O_EVENTSELECT, FDP_FD_ROUTING_INTERFACE_CHANGE, "eventselect FD_ROUTING_INTERFACE_CHANGE ev=1", 2 },
    { O_ENUM, 0, "enum ev=1", 3 },
    { O_ARRIVE, 0, "arrive 1", 1 },
    { O_ARRIVE_OOB, 0, "arrive-oob 1", 1 },
    { O_INCOMING, 0, "incoming", 1 },
    { O_INPUT, FDP_IN_CONNECTED, "connected", 1 },
    { O_INPUT, FDP_IN_CONNECT_FAILED, "connect-failed WSAECONNREFUSED", 1 },
    { O_INPUT, FDP_IN_SPACE, "space", 1 },
    { O_INPUT, FDP_IN_FIN, "fin", 1 },
    { O_INPUT, FDP_IN_RESET, "reset", 1 },
    { O_INPUT, FDP_IN_ABORT, "abort WSAETIMEDOUT", 1 },
    { O_INPUT, FDP_IN_NETDOWN, "netdown", 3 },
    { O_INPUT, FDP_IN_QOS, "qos-change", 2 },
    { O_INPUT, FDP_IN_GROUP_QOS, "group-qos-change", 2 },
    { O_INPUT, FDP_IN_ROUTE, "route-change", 2 },
    { O_INPUT, FDP_IN_ADDRESS_LIST, "addrlist-change", 2 },
    { O_RECV, 0, "recv 1 -> 1", 1 },
    { O_RECV_PEEK, 0, "recv 1 peek -> 1", 1 },
    { O_RECV_OOB, 0, "recv 1 oob -> 1", 1 },
    { O_RECV_FAIL, 0, "recv 1 -> WSAEWOULDBLOCK", 1 },
    { O_SEND, 0, "send 1 -> 1", 1 },
    { O_SEND_BLOCK, 0, "send 1 -> WSAEWOULDBLOCK", 1 },
    { O_ACCEPT, 0, "accept -> ", 1 },
    { O_ACCEPT_DEFER, 0, "accept -> WSATRY_AGAIN", 1 },
    { O_ACCEPT_FAIL, 0, "accept -> WSAECONNRESET", 1 },
    { O_CONNECT, 0, "connect -> ok", 1 },
    { O_CONNECT, FDP_WSAEWOULDBLOCK, "connect -> WSAEWOULDBLOCK", 1 },
    { O_CONNECT, FDP_WSAECONNREFUSED, "connect -> WSAECONNREFUSED", 1 },
    { O_IOCTL, (long)FDP_SIO_GET_QOS, "ioctl SIO_GET_QOS", 2 },
    { O_IOCTL, (long)FDP_SIO_GET_GROUP_QOS, "ioctl SIO_GET_GROUP_QOS", 2 },
    { O_IOCTL, (long)FDP_SIO_ROUTING_INTERFACE_CHANGE, "ioctl SIO_ROUTING_INTERFACE_CHANGE", 2 },
    { O_IOCTL, (long)FDP_SIO_ADDRESS_LIST_CHANGE, "ioctl SIO_ADDRESS_LIST_CHANGE", 2 },
    { O_OOBINLINE, 1, "oobinline on", 1 },
    { O_OOBINLINE, 0, "oobinline off", 1 },
    { O_BIND, 0, "bind", 1 },
    { O_LISTEN, 0, "listen", 1 },
    { O_SHUTDOWN, FDP_SD_SEND, "shutdown send", 1 },
    { O_SHUTDOWN, FDP_SD_RECEIVE, "shutdown receive", 1 },
    { O_SHUTDOWN, FDP_SD_BOTH, "shutdown both", 1 },
    { O_DATA_GONE, 0, "data-gone", 1 },
    { O_URGENT_GONE, 0, "urgent-gone", 1 },
    { O_NO_PENDING, 0, "no-pending", 1 },
    { O_INPUT, FDP_IN_ABORT, "abort WSAECONNRESET", 1 },
    { O_INPUT, FDP_IN_ROUTE, "route-change WSAENETUNREACH", 2 },
    { O_CLOSE, 0, "close", 3 },
};
#define NOPS ((int)(sizeof ops / sizeof ops[0]))
#define CAP 2           /* queued bytes, urgent bytes, pending requests */

/* One socket as the search sees it: the engine's state and the oracle's
   bookkeeping of the trace.  Compared and hashed bytewise. */
typedef struct snode {
    fdp_socket s;
    uint8_t udp, queued, urgent, pending, inl, closed, pad[2];
} snode;

/* What one input made the engine do (its posts, both sockets). */
typedef struct effect {
    int rc, n, refused_err;
    /* posts, and event mode's records (rec 1) */
    struct { uint8_t ns, opt, rec; uint16_t ev, err; } p[48];
    fdp_network_events got; /* O_ENUM: what it returned */
    int has_ns;
    snode ns;
} effect;

static fdp_engine eng;
static effect *cur_fx;
static const fdp_socket *cur_main;

static int e_post(void *ctx, uint64_t w, uint32_t win, uint32_t msg, uint32_t lp)
{
    (void)ctx; (void)w; (void)win; (void)msg; (void)lp;
    return 0;
}

static int e_set(void *ctx, uint64_t object, int set)
{
    (void)ctx; (void)object; (void)set;
    return 0;
}

static void e_observe(void *ctx, const fdp_socket *s, const fdp_record *r)
{
    (void)ctx;
    if ((r->verb == FDP_V_POST || r->verb == FDP_V_RECORD) && cur_fx &&
        cur_fx->n < 48) {
        cur_fx->p[cur_fx->n].ns = s != cur_main;
        cur_fx->p[cur_fx->n].opt = (uint8_t)r->flags;
        cur_fx->p[cur_fx->n].rec = r->verb == FDP_V_RECORD;
        cur_fx->p[cur_fx->n].ev = (uint16_t)r->arg;
        cur_fx->p[cur_fx->n].err = (uint16_t)r->result;
        cur_fx->n++;
    }
}

/* May the op be said of this socket (the trace stays consistent)? */
static int op_ok(const snode *n, const op *o)
{
    if (n->closed)
        return 0;
    switch (o->kind) {
    case O_RECV: case O_RECV_PEEK: return n->queued > 0;
    case O_RECV_OOB: return !n->udp && n->urgent > 0;
    case O_ARRIVE: return n->queued < CAP;
    case O_ARRIVE_OOB: return !n->udp && (n->inl ? n->queued : n->urgent) < CAP;
    case O_INCOMING: return n->pending < CAP;
    case O_ACCEPT: return n->pending > 0;
    default: return 1;
    }
}

static void fresh(snode *n, int profile, int udp)
{
    int err;
    memset(n, 0, sizeof *n);
    n->udp = (uint8_t)udp;
    fdp_socket_init(&eng, &n->s, 1, udp ? FDP_DGRAM : FDP_STREAM, profile, &err);
}

static int do_recv(snode *n, const op *o)
{
    int flags = o->kind == O_RECV_PEEK ? FDP_MSG_PEEK :
                o->kind == O_RECV_OOB ? FDP_MSG_OOB : 0;
    long result = o->kind == O_RECV_FAIL ? -FDP_WSAEWOULDBLOCK : 1;
    unsigned left = 0;
    int err = 0;
    if (o->kind == O_RECV)
        n->queued--;
    else if (o->kind == O_RECV_OOB)
        n->urgent--;
    if (n->queued)
        left |= FDP_LEFT_DATA;
    if (n->urgent)
        left |= FDP_LEFT_URGENT;
    return fdp_recv(&eng, &n->s, flags, 1, result, left, &err);
}

/* The transport's records: the bookkeeping, then the engine input. */
static int do_input(snode *n, const op *o)
{
    int err = 0, rc = 0;
    switch (o->kind) {
    case O_ARRIVE:
        n->queued++;
        rc = fdp_input(&eng, &n->s, FDP_IN_DATA, 1, &err);
        break;
    case O_ARRIVE_OOB:
        if (n->inl)
            n->queued++;
        else
            n->urgent++;
        rc = fdp_input(&eng, &n->s, FDP_IN_URGENT, 1, &err);
        break;
    case O_INCOMING:
        n->pending++;
        rc = fdp_input(&eng, &n->s, FDP_IN_PENDING, 0, &err);
        break;
    case O_INPUT: {
        long arg = 0;
        if (o->a == FDP_IN_CONNECT_FAILED)
            arg = FDP_WSAECONNREFUSED;
        else if (o->a == FDP_IN_ABORT)
            arg = strstr(o->text, "RESET") ? FDP_WSAECONNRESET : FDP_WSAETIMEDOUT;
        else if (o->a == FDP_IN_ROUTE && strstr(o->text, "UNREACH"))
            arg = FDP_WSAENETUNREACH;
        rc = fdp_input(&eng, &n->s, (int)o->a, arg, &err);
        break;
    }
    case O_DATA_GONE:
        n->queued = 0;
        rc = fdp_input(&eng, &n->s, FDP_IN_DATA_GONE, 0, &err);
        break;
    case O_URGENT_GONE:
        n->urgent = 0;
        rc = fdp_input(&eng, &n->s, FDP_IN_URGENT_GONE, 0, &err);
        break;
    case O_NO_PENDING:
        n->pending = 0;
        rc = fdp_input(&eng, &n->s, FDP_IN_NO_PENDING, 0, &err);
        break;
    default:
        break;
    }
    return rc;
}

/* The engine call the oracle makes for the record (tools/oracle.c,
   on_record), on n; the new socket of an accept into fx->ns. */
static void do_op(snode *n, const op *o, effect *fx)
{
    int err = 0;
    memset(fx, 0, sizeof *fx);
    cur_fx = fx;
    cur_main = &n->s;
    switch (o->kind) {
    case O_SELECT:
        fx->rc = fdp_select(&eng, &n->s, 1, 0x401, o->a, &err);
        if (fx->rc)
            fx->refused_err = err;
        break;
    case O_EVENTSELECT:
        fx->rc = fdp_eventselect(&eng, &n->s, 1, o->a, &err);
        break;
    case O_ENUM:
        fx->rc = fdp_enum_network_events(&eng, &n->s, 1, &fx->got, &err);
        break;
    case O_RECV: case O_RECV_PEEK: case O_RECV_OOB: case O_RECV_FAIL:
        fx->rc = do_recv(n, o);
        break;
    case O_SEND: case O_SEND_BLOCK:
        fx->rc = fdp_send(&eng, &n->s, 1, o->kind == O_SEND ? 1 : -FDP_WSAEWOULDBLOCK, &err);
        break;
    case O_ACCEPT:
        n->pending--;
        memset(&fx->ns, 0, sizeof fx->ns);
        fx->has_ns = 1;
        fx->rc = fdp_accept(&eng, &n->s, 0, n->pending > 0, &fx->ns.s, 2, &err);
        break;
    case O_ACCEPT_DEFER: case O_ACCEPT_FAIL:
        fx->rc = fdp_accept(&eng, &n->s, o->kind == O_ACCEPT_DEFER ? FDP_WSATRY_AGAIN
                            : FDP_WSAECONNRESET, n->pending > 0, NULL, 0, &err);
        break;
    case O_CONNECT:
        fx->rc = fdp_connect(&eng, &n->s, (int)o->a, &err);
        break;
    case O_IOCTL:
        fx->rc = fdp_ioctl(&eng, &n->s, (uint32_t)o->a, &err);
        break;
    case O_OOBINLINE:
        if (o->a && !n->inl) {
            n->queued = (uint8_t)(n->queued + n->urgent);
            if (n->queued > CAP + 1)
                n->queued = CAP + 1;
            n->urgent = 0;
        }
        n->inl = (uint8_t)o->a;
        fx->rc = fdp_oobinline(&eng, &n->s, (int)o->a, &err);
        break;
    case O_BIND: fx->rc = fdp_bind(&eng, &n->s, &err); break;
    case O_LISTEN: fx->rc = fdp_listen(&eng, &n->s, &err); break;
    case O_SHUTDOWN: fx->rc = fdp_shutdown(&eng, &n->s, (int)o->a, &err); break;
    case O_CLOSE:
        fx->rc = fdp_close(&eng, &n->s, &err);
        n->closed = 1;
        break;
    default:
        fx->rc = do_input(n, o);
        break;
    }
    cur_fx = NULL;
}

/* A breadth-first search; a node may be a product (original, mutant). */
typedef struct node {
    snode a, b;                     /* b: the mutant's (product search) */
    uint32_t parent;
    uint8_t op, via_ns, root_udp, pad;
} node;

typedef struct search {
    node *nodes;
    uint32_t n, cap;
    uint32_t *table;
    uint32_t tsize;
} search;

static uint64_t hash_bytes(const void *p, size_t n)
{
    const unsigned char *c = p;
    uint64_t h = 1469598103934665603ull;
    while (n--)
        h = (h ^ *c++) * 1099511628211ull;
    return h;
}

#define KEYLEN (2 * sizeof(snode))

static void s_free(search *s)
{
    free(s->nodes);
    free(s->table);
    memset(s, 0, sizeof *s);
}

static int s_visit(search *s, const node *x)
{
    uint64_t h;
    uint32_t j;
    if (2 * (s->n + 1) > s->tsize) {
        uint32_t i, nt = s->tsize ? s->tsize * 2 : 1u << 16;
        free(s->table);
        s->table = calloc(nt, sizeof *s->table);
        s->tsize = nt;
        for (i = 0; i < s->n; i++) {
            j = (uint32_t)hash_bytes(&s->nodes[i], KEYLEN) & (nt - 1);
            while (s->table[j])
                j = (j + 1) & (nt - 1);
            s->table[j] = i + 1;
        }
    }
    h = hash_bytes(x, KEYLEN);
    for (j = (uint32_t)h & (s->tsize - 1); s->table[j]; j = (j + 1) & (s->tsize - 1))
        if (!memcmp(&s->nodes[s->table[j] - 1], x, KEYLEN))
            return 0;
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 1u << 16;
        s->nodes = realloc(s->nodes, s->cap * sizeof *s->nodes);
        if (!s->nodes) {
            fputs("fdp_mutate: out of memory\n", stderr);
            exit(2);
        }
    }
    s->nodes[s->n] = *x;
    s->table[j] = ++s->n;
    return 1;
}

static int same_effect(const effect *x, const effect *y)
{
    int k;
    if (x->rc != y->rc || x->n != y->n || x->has_ns != y->has_ns ||
        x->refused_err != y->refused_err)
        return 0;
    for (k = 0; k < x->n; k++)
        if (x->p[k].ns != y->p[k].ns || x->p[k].opt != y->p[k].opt ||
            x->p[k].rec != y->p[k].rec ||
            x->p[k].ev != y->p[k].ev || x->p[k].err != y->p[k].err)
            return 0;
    return 1;
}

/* API reachability, from the plain search: every (profile, machine,
   state, symbol) some input sequence feeds, and the first (shortest) edge
   that does. */
static uint8_t api_reach[NP][NEV][MAXST][NSYM];
typedef struct witness { uint32_t node; uint8_t op, set, slice; } witness;
static witness (*wit)[NEV][MAXST][NSYM];
static search plain[NP][2];

/* Breadth-first from a fresh stream and a fresh datagram socket.  Plain
   (product 0): records reachability and witnesses.  Product: the original
   (a, mutant off) beside the mutant (b, mutant on); returns 1 and the
   distinguishing edge when their effects differ. */
static int bfs(search *s, int profile, int product, int slice, uint32_t *at,
               int *at_op)
{
    uint32_t i;
    int udp, k;
    memset(s, 0, sizeof *s);
    fdp_init(&eng, e_post, NULL, profile);
    fdp_set_observer(&eng, e_observe, NULL);
    fdp_set_event_callback(&eng, e_set, NULL);
    for (udp = 0; udp < 2; udp++) {
        node x;
        memset(&x, 0, sizeof x);
        set_on(0);
        nel = 0;
        rec_edges = !product;       /* birth feeds symbols too (dgram) */
        fresh(&x.a, profile, udp);
        rec_edges = 0;
        for (k = 0; k < nel; k++)
            api_reach[elist[k].p][elist[k].i][elist[k].cs][elist[k].sym] = 1;
        set_on(product);
        fresh(&x.b, profile, udp);
        set_on(0);
        x.parent = UINT32_MAX;
        x.root_udp = (uint8_t)udp;
        if (!product)
            x.b = x.a;
        s_visit(s, &x);
    }
    for (i = 0; i < s->n; i++) {
        for (k = 0; k < NOPS; k++) {
            node x = s->nodes[i], y;
            effect fa, fb;
            if (!(ops[k].slice & slice) || !op_ok(&x.a, &ops[k]))
                continue;
            y = x;
            if (!product) {
                nel = 0;
                rec_edges = 1;
                do_op(&y.a, &ops[k], &fa);
                rec_edges = 0;
                for (udp = 0; udp < nel; udp++) {
                    int p = elist[udp].p, m = elist[udp].i;
                    int cs = elist[udp].cs, sym = elist[udp].sym;
                    api_reach[p][m][cs][sym] = 1;
                    if (wit && !wit[p][m][cs][sym].set) {
                        wit[p][m][cs][sym].set = 1;
                        wit[p][m][cs][sym].node = i;
                        wit[p][m][cs][sym].op = (uint8_t)k;
                        wit[p][m][cs][sym].slice = (uint8_t)(slice - 1);
                    }
                }
                y.b = y.a;
            } else {
                set_on(0);
                do_op(&y.a, &ops[k], &fa);
                set_on(1);
                do_op(&y.b, &ops[k], &fb);
                set_on(0);
                if (!same_effect(&fa, &fb)) {
                    *at = i;
                    *at_op = k;
                    return 1;
                }
            }
            y.parent = i;
            y.op = (uint8_t)k;
            y.via_ns = 0;
            if (!y.a.closed)
                s_visit(s, &y);
            if (fa.has_ns) {
                node z = y;
                z.a = fa.ns;
                z.b = product ? fb.ns : fa.ns;
                z.via_ns = 1;
                s_visit(s, &z);
            }
        }
    }
    return 0;
}

/* An enumeration's result as the trace writes it: " -> FD_READ|FD_CLOSE=E". */
static void enum_text(const fdp_network_events *ne, char *buf, size_t size)
{
    size_t len = (size_t)snprintf(buf, size, " -> %s", ne->network_events ? "" : "0");
    int bit;
    for (bit = 0; bit < NEV && len < size; bit++) {
        if (!(ne->network_events >> bit & 1))
            continue;
        len += (size_t)snprintf(buf + len, size - len, "%s%s", buf[len - 1] == ' ' ? "" : "|",
                                fdp_event_name(1u << bit));
        if (ne->error_code[bit] && len < size) {
            const char *e = fdp_error_name(ne->error_code[bit]);
            len += e ? (size_t)snprintf(buf + len, size - len, "=%s", e)
                     : (size_t)snprintf(buf + len, size - len, "=%d", ne->error_code[bit]);
        }
    }
}

/* The records from a root to node `at`, then op `last`, as .fdt text. */
static size_t path_text(const search *s, int profile, uint32_t at, int last,
                        char *buf, size_t size)
{
    uint32_t chain[4096], j;
    int n = 0, k, acc = 0, listened = 0;
    char cur_name[16] = "s";
    size_t len = 0;
    snode sock;
    effect fx;
    for (j = at; j != UINT32_MAX; j = s->nodes[j].parent)
        chain[n++] = j;
    len += (size_t)snprintf(buf + len, size - len, "fdt 1\nprofile %s\nhandwritten\nsocket s %s\n",
                            fdp_profile_names[profile],
                            s->nodes[chain[n - 1]].root_udp ? "udp" : "tcp");
    fdp_init(&eng, e_post, NULL, profile);
    fdp_set_observer(&eng, e_observe, NULL);
    fdp_set_event_callback(&eng, e_set, NULL);
    set_on(0);
    fresh(&sock, profile, s->nodes[chain[n - 1]].root_udp);
    for (k = n - 2; k >= -1; k--) {
        const node *nx = k >= 0 ? &s->nodes[chain[k]] : NULL;
        int o = nx ? nx->op : last;
        char extra[256] = "";
        snode before = sock;
        if (ops[o].kind == O_ACCEPT)
            snprintf(extra, sizeof extra, "a%d", ++acc);
        /* `incoming` needs a listener (listen changes no machine, D7) */
        if (ops[o].kind == O_INCOMING && !listened)
            len += (size_t)snprintf(buf + len, size - len, "%s listen\n", cur_name);
        listened |= ops[o].kind == O_INCOMING || ops[o].kind == O_LISTEN;
        do_op(&sock, &ops[o], &fx);
        if (ops[o].kind == O_SELECT && fx.rc)
            snprintf(extra, sizeof extra, " -> %s", fdp_error_name(fx.refused_err));
        if (ops[o].kind == O_ENUM)
            enum_text(&fx.got, extra, sizeof extra);
        len += (size_t)snprintf(buf + len, size - len, "%s %s%s\n", cur_name,
                                ops[o].text, extra);
        (void)before;
        if (nx && nx->via_ns) {
            sock = fx.ns;
            listened = 0;
            snprintf(cur_name, sizeof cur_name, "a%d", acc);
        }
    }
    return len;
}

static const char *why_name(int rule)
{
    const char *n = rule ? fdp_rule_name(rule) : NULL;
    return n ? n : "none";
}

/* Write `records` (no posts) to path with the engine's posts added by the
   oracle's run mode (what `fdpost run` does), after the header. */
static int write_vector(const char *path, const char *header, const char *records)
{
    char *text;
    size_t n;
    FILE *f;
    oracle_opts o;
    oracle_result res;
    n = strlen(header) + strlen(records);
    text = malloc(n + 1);
    strcpy(text, header);
    strcat(text, records);
    f = fopen(path, "w");
    if (!f) {
        perror(path);
        exit(2);
    }
    memset(&o, 0, sizeof o);
    o.profile = -1;
    o.run_out = f;
    oracle_run_mem(path, text, n, &o, &res);
    fclose(f);
    free(text);
    return res.status;
}

/* ------------------------------------------------------------------ */
/* coverage                                                             */

static uint8_t covered[NP][NEV][MAXST][NSYM];

static void cover_vectors(void)
{
    int v;
    unsigned long line;
    char rule[16];
    hits = covered;
    for (v = 0; v < nvec; v++)
        replay(&vecs[v], 0, &line, rule);
    hits = NULL;
}

static const char *unreach_reason(int sym)
{
    if (sym == FDP_SYM_DGRAM)
        return "dgram is fed once, at birth (fdp_socket_init), when every machine is in its start state";
    if (sym == FDP_SYM_ACCEPTED)
        return "accepted is fed once, at birth (fdp_accept), after inline_on and sel_on/sel_off only";
    return "no input sequence from a fresh socket feeds this symbol in this state (breadth-first search over the engine, whole alphabet)";
}

static void api_search(void)
{
    int p, sl;
    for (p = 0; p < NP; p++)
        for (sl = 0; sl < 2; sl++) {
            uint32_t at;
            int op;
            s_free(&plain[p][sl]);
            bfs(&plain[p][sl], p, 0, sl + 1, &at, &op);
            if (getenv("FDP_MUTATE_DEBUG"))
                fprintf(stderr, "search: %s slice %d: %u states\n",
                        fdp_profile_names[p], sl + 1, plain[p][sl].n);
        }
}

static int cmd_coverage(int argc, char **argv)
{
    int list = 0, p, i, cs, sym, all_tot = 0, all_hit = 0, unreach = 0;
    if (argc > 1 && !strcmp(argv[1], "--list"))
        list = 1, argc--, argv++;
    load_vectors(argc - 1, argv + 1);
    cover_vectors();
    api_search();
    printf("coverage: a transition is a (state, input symbol) pair of a machine, the state\n"
           "reachable from the machine's start, that moves to another state or acts (posts,\n"
           "or keeps an error): the \"active\" pairs of `fdpost info`.  %d vectors.\n", nvec);
    for (p = 0; p < NP; p++) {
        int tot = 0, hit = 0;
        printf("profile=%s\n", fdp_profile_names[p]);
        for (i = 0; i < NEV; i++) {
            const minfo *x = &mi[mu_of[p][i]];
            int t = 0, h = 0, u = 0;
            for (cs = 0; cs < MAXST; cs++)
                for (sym = 1; sym < NSYM; sym++)
                    if (x->reach[cs] && x->active[cs][sym]) {
                        t++;
                        h += covered[p][i][cs][sym] != 0;
                        u += !covered[p][i][cs][sym] && !api_reach[p][i][cs][sym];
                    }
            printf("  %-28s %-27s exercised %3d of %3d (%5.1f%%)", fdp_event_name(fdp_profiles[p][i].event),
                   x->mu->name, h, t, t ? 100.0 * h / t : 100.0);
            if (u)
                printf("  %d unreachable from the API", u);
            putchar('\n');
            tot += t;
            hit += h;
        }
        printf("  total exercised %d of %d (%.1f%%)\n", hit, tot, 100.0 * hit / tot);
        all_tot += tot;
        all_hit += hit;
    }
    for (p = 0; p < NP; p++)
        for (i = 0; i < NEV; i++) {
            const minfo *x = &mi[mu_of[p][i]];
            for (cs = 0; cs < MAXST; cs++)
                for (sym = 1; sym < NSYM; sym++) {
                    if (!x->reach[cs] || !x->active[cs][sym] || covered[p][i][cs][sym])
                        continue;
                    if (!api_reach[p][i][cs][sym]) {
                        unreach++;
                        if (!list)
                            continue;
                        printf("  unexercised: %s %s state %d input %s [%s]: unreachable: %s\n",
                               fdp_profile_names[p], x->mu->name, cs, sym_names[sym],
                               why_name(x->why[cs][sym]), unreach_reason(sym));
                    } else {
                        printf("  UNEXERCISED: %s %s state %d input %s [%s]: reachable, "
                               "no vector (make coverage-vectors)\n", fdp_profile_names[p],
                               x->mu->name, cs, sym_names[sym], why_name(x->why[cs][sym]));
                    }
                }
        }
    printf("coverage: total exercised %d of %d transitions (%.1f%%); of the other %d, %d "
           "are unreachable from the API%s and %d reachable (%s)\n", all_hit, all_tot,
           100.0 * all_hit / all_tot, all_tot - all_hit, unreach,
           list ? " (listed)" : " (--list lists them)", all_tot - all_hit - unreach,
           all_tot - all_hit == unreach ? "complete" : "INCOMPLETE: make coverage-vectors");
    return all_tot - all_hit == unreach ? 0 : 1;
}

/* ------------------------------------------------------------------ */
/* gen: a vector for each transition the vectors miss                   */

/* Why a generated vector can be trusted is said once, in
   tests/vectors/coverage/README.md; each vector points there. */
static const char generated_note[] =
    "# Generated by `make coverage-vectors`: see tests/vectors/coverage/README.md.\n";

typedef struct target { int p, i, cs, sym, depth; } target;

static int by_depth(const void *x, const void *y)
{
    const target *a = x, *b = y;
    if (a->depth != b->depth)
        return b->depth - a->depth;
    if (a->p != b->p)
        return a->p - b->p;
    if (a->i != b->i)
        return a->i - b->i;
    if (a->cs != b->cs)
        return a->cs - b->cs;
    return a->sym - b->sym;
}

static int depth_of(const search *s, uint32_t n)
{
    int d = 0;
    for (; n != UINT32_MAX; n = s->nodes[n].parent)
        d++;
    return d;
}

static void rule_words(char *buf, size_t size, int rule)
{
    const char *t = rule ? fdp_rule_text(rule) : NULL;
    snprintf(buf, size, "%s", t ? t : "(no rule: the transition only moves)");
}

/* Wrap `text` into "# " comment lines of at most 90 columns. */
static size_t comment(char *buf, size_t size, const char *text)
{
    size_t len = 0;
    while (*text) {
        size_t n = strlen(text), cut = n;
        if (n > 86) {
            cut = 86;
            while (cut > 20 && text[cut] != ' ')
                cut--;
        }
        len += (size_t)snprintf(buf + len, size - len, "# %.*s\n", (int)cut, text);
        text += cut;
        while (*text == ' ')
            text++;
    }
    return len;
}

static int cmd_gen(int argc, char **argv)
{
    const char *outdir;
    target *tg;
    int nt = 0, p, i, cs, sym, k, written = 0, bad = 0;
    static char rec[1 << 16], head[8192], words[1024], line[2048];
    if (argc < 2) {
        fputs("usage: fdp_mutate gen OUTDIR FILE.fdt...\n", stderr);
        return 2;
    }
    outdir = argv[1];
    load_vectors(argc - 2, argv + 2);
    cover_vectors();
    wit = calloc(1, sizeof(witness[NP][NEV][MAXST][NSYM]));
    api_search();
    tg = malloc(sizeof *tg * NP * NEV * MAXST * 8);
    for (p = 0; p < NP; p++)
        for (i = 0; i < NEV; i++) {
            const minfo *x = &mi[mu_of[p][i]];
            for (cs = 0; cs < MAXST; cs++)
                for (sym = 1; sym < NSYM; sym++)
                    if (x->reach[cs] && x->active[cs][sym] && !covered[p][i][cs][sym] &&
                        wit[p][i][cs][sym].set) {
                        target t = { p, i, cs, sym, depth_of(&plain[p][wit[p][i][cs][sym].slice],
                                                        wit[p][i][cs][sym].node) };
                        tg[nt++] = t;
                    }
        }
    qsort(tg, (size_t)nt, sizeof *tg, by_depth);
    for (k = 0; k < nt; k++) {
        const target *t = &tg[k];
        const minfo *x = &mi[mu_of[t->p][t->i]];
        const witness *w = &wit[t->p][t->i][t->cs][t->sym];
        char path[1024];
        size_t hl;
        vec v;
        int st;
        if (covered[t->p][t->i][t->cs][t->sym])
            continue;               /* an earlier (longer) vector took it */
        path_text(&plain[t->p][w->slice], t->p, w->node, w->op, rec, sizeof rec);
        snprintf(path, sizeof path, "%s/%s/cov-%s-s%d-%s.fdt", outdir,
                 fdp_profile_names[t->p], x->mu->name, t->cs, sym_names[t->sym]);
        rule_words(words, sizeof words, x->why[t->cs][t->sym]);
        snprintf(line, sizeof line,
                 "Coverage: machine %s (%s profile), state %d, input %s (%s); rule %s: "
                 "\"%s\"", x->mu->name, fdp_profile_names[t->p], t->cs,
                 sym_names[t->sym], x->posts[t->cs][t->sym] ? "posts" : "moves or keeps an error",
                 why_name(x->why[t->cs][t->sym]), words);
        hl = comment(head, sizeof head, line);
        snprintf(head + hl, sizeof head - hl, "%s", generated_note);
        st = write_vector(path, head, rec);
        /* Check it: it conforms, and exercises the transition. */
        memset(&v, 0, sizeof v);
        v.path = path;
        v.text = slurp(path, &v.len);
        hits = covered;
        st |= replay(&v, 0, (unsigned long *)&hl, words);
        hits = NULL;
        free(v.text);
        if (st || !covered[t->p][t->i][t->cs][t->sym]) {
            fprintf(stderr, "gen: %s: %s\n", path, st ? "does not conform" :
                    "does not exercise its transition");
            bad = 1;
        }
        written++;
    }
    printf("gen: %d vectors written under %s for %d unexercised reachable transitions\n",
           written, outdir, nt);
    return bad;
}

/* ------------------------------------------------------------------ */
/* mutate                                                               */

/* Equivalent: no sequence of symbols from the start state makes the
   original machine and the mutant differ in what they post (post, error)
   or the error they keep, with identical io on both sides.  A breadth-
   first walk of the product of the two machines. */
static int equivalent(int m)
{
    static const struct { uint16_t in_err, kept; } ios[] = {
        { FDP_WSAETIMEDOUT, 0 }, { FDP_WSAECONNRESET, FDP_WSAECONNABORTED },
        { 0, FDP_WSAENETDOWN }, { FDP_WSAENETDOWN, FDP_WSAECONNRESET },
    };
    static uint8_t seen[MAXST][MAXST];
    int qa[MAXST * MAXST / 4], qb[MAXST * MAXST / 4], head = 0, tail = 0, sym;
    unsigned v;
    const int start = mi[m].mu->start;
    memset(seen, 0, sizeof seen);
    qa[tail] = start, qb[tail++] = start;
    seen[start][start] = 1;
    while (head < tail) {
        int a = qa[head], b = qb[head++];
        for (sym = 1; sym < NSYM; sym++) {
            int na = a, nb = b;
            for (v = 0; v < sizeof ios / sizeof ios[0]; v++) {
                uint16_t ka = ios[v].kept, kb = ios[v].kept;
                fdp_io ia, ib;
                set_on(0);
                na = mu_step(m, a, sym, ios[v].in_err, &ka, &ia);
                set_on(1);
                nb = mu_step(m, b, sym, ios[v].in_err, &kb, &ib);
                if (ia.post != ib.post || (ia.post && ia.err != ib.err) || ka != kb)
                    return 0;
            }
            if (!seen[na][nb] && tail < (int)(sizeof qa / sizeof qa[0])) {
                seen[na][nb] = 1;
                qa[tail] = na, qb[tail++] = nb;
            }
        }
    }
    return 1;
}

/* verify, over the profiles whose machines include m (a machine of one
   profile cannot change the other's answers). */
static int run_verify(int m, const char *cex)
{
    static char a0[] = "verify", a1[] = "--profile", sp[] = "spec", wi[] = "windows",
                a2[] = "--cex-posts", mo[] = "model", a3[] = "--cex";
    static char cexbuf[1024];
    char *av[] = { a0, NULL, NULL, NULL, NULL, NULL, NULL, NULL };
    int saved, null, rc, ac = 1, p, i, in[NP] = { 0 };
    for (p = 0; p < NP; p++)
        for (i = 0; i < NEV; i++)
            if (mu_of[p][i] == m)
                in[p] = 1;
    if (in[FDP_PROFILE_SPEC] != in[FDP_PROFILE_WINDOWS]) {
        av[ac++] = a1;
        av[ac++] = in[FDP_PROFILE_SPEC] ? sp : wi;
    }
    if (cex) {      /* the counterexample with the original's posts */
        snprintf(cexbuf, sizeof cexbuf, "%s", cex);
        av[ac++] = a2;
        av[ac++] = mo;
        av[ac++] = a3;
        av[ac++] = cexbuf;
    }
    fflush(stdout);
    saved = dup(1);
    null = open("/dev/null", O_WRONLY);
    dup2(null, 1);
    close(null);
    rc = cmd_verify(ac, av);
    fflush(stdout);
    dup2(saved, 1);
    close(saved);
    return rc;
}

/* Does some API-reachable (state, symbol) take entry e of machine m?  2
   when every such pair is a close: after it no machine of the socket runs
   again (S16), so where it goes cannot be seen. */
static int api_used(int m, unsigned e, char *pairs, size_t size)
{
    int p, i, cs, sym, used = 0, only_close = 1;
    size_t len = 0;
    pairs[0] = 0;
    for (cs = 0; cs < MAXST; cs++)
        for (sym = 1; sym < NSYM; sym++) {
            int r = 0;
            if (!mi[m].reach[cs] || mi[m].tr[cs][sym] != e)
                continue;
            for (p = 0; p < NP; p++)
                for (i = 0; i < NEV; i++)
                    if (mu_of[p][i] == m && api_reach[p][i][cs][sym])
                        r = 1;
            used |= r;
            if (r && sym != FDP_SYM_CLOSE)
                only_close = 0;
            if (len + 40 < size)
                len += (size_t)snprintf(pairs + len, size - len, "%s(%d,%s)",
                                        len ? " " : "", cs, sym_names[sym]);
        }
    return used ? (only_close ? 2 : 1) : 0;
}

static int only_netdown(int m, unsigned e)
{
    int p, i, cs, sym;
    for (cs = 0; cs < MAXST; cs++)
        for (sym = 1; sym < NSYM; sym++)
            for (p = 0; p < NP; p++)
                for (i = 0; i < NEV; i++)
                    if (mi[m].reach[cs] && mi[m].tr[cs][sym] == e && mu_of[p][i] == m &&
                        api_reach[p][i][cs][sym] && sym != FDP_SYM_NETDOWN)
                        return 0;
    return 1;
}

static void describe(const mutant *x, char *buf, size_t size)
{
    if (x->kind == MU_TARGET)
        snprintf(buf, size, "%s entry %u: target %u -> %u", mi[x->m].mu->name,
                 x->entry, x->from, x->to);
    else
        snprintf(buf, size, "%s entry %u: post %s", mi[x->m].mu->name, x->entry,
                 x->had_post ? "removed" : "added");
}

/* cmd_mutate's scratch: a mutant's words and the (state, input) pairs
   that take its entry. */
static char pairs[4096], desc[256];

/* The mutants: every entry some reachable state takes, to each other
   reachable state, and its post flipped. */
static mutant *list_mutants(int *count)
{
    mutant *mu = NULL;
    int m, nmut = 0, cap = 0;
    for (m = 0; m < nm; m++) {
        static uint8_t used[1 << 16];
        uint8_t post_of[1 << 16];
        int cs, sym, t;
        unsigned e;
        memset(used, 0, sizeof used);
        for (cs = 0; cs < MAXST; cs++)
            for (sym = 1; sym < NSYM; sym++)
                if (mi[m].reach[cs]) {
                    used[mi[m].tr[cs][sym]] = 1;
                    post_of[mi[m].tr[cs][sym]] = mi[m].posts[cs][sym];
                }
        for (e = 0; e < mi[m].ntargs; e++) {
            if (!used[e])
                continue;
            if (nmut + MAXST + 1 > cap) {
                cap = cap ? cap * 2 : 4096;
                mu = realloc(mu, (size_t)cap * sizeof *mu);
            }
            for (t = 0; t < MAXST; t++) {
                if (!mi[m].reach[t] || (unsigned)t == targ_get(&mi[m], e))
                    continue;
                mu[nmut].kind = MU_TARGET;
                mu[nmut].m = m;
                mu[nmut].entry = e;
                mu[nmut].from = targ_get(&mi[m], e);
                mu[nmut].to = (unsigned)t;
                mu[nmut].had_post = 0;
                nmut++;
            }
            mu[nmut].kind = MU_POST;
            mu[nmut].m = m;
            mu[nmut].entry = e;
            mu[nmut].from = mu[nmut].to = 0;
            mu[nmut].had_post = post_of[e];
            nmut++;
        }
    }
    *count = nmut;
    return mu;
}

/* Where verify writes a counterexample for keep_cex. */
static char cex_tmp[1024];

/* --kill, for a mutant verify kills: its counterexample (the original's
   posts) as a vector under killdir, kept for the mutants to come if the
   original conforms to it and the mutant does not; 1 if so.  (verify
   explores every reachable state of a socket, so it finds what the
   product search of write_killer would, and faster.) */
static int keep_cex(const mutant *mk, const char *cex, const char *killdir)
{
    static char head[8192];
    char path[1024];
    size_t hl, tl;
    char *text;
    vec v;
    int st;
    unsigned long line;
    char rule[16];
    FILE *f;
    text = slurp(cex, &tl);
    /* the directory of the profile it declares (a machine of both
       profiles: the one verify failed first) */
    snprintf(path, sizeof path, "%s/%s/mut-%s-e%u-%s%u.fdt", killdir,
             fdp_profile_names[strstr(text, "\nprofile windows") ? FDP_PROFILE_WINDOWS
                                                                   : FDP_PROFILE_SPEC],
             mi[mk->m].mu->name, mk->entry, mk->kind == MU_TARGET ? "t" : "p",
             mk->kind == MU_TARGET ? mk->to : 0);
    api_used(mk->m, mk->entry, pairs, sizeof pairs);
    {
        static char words[4096];
        snprintf(words, sizeof words, "Mutation: kills the mutant %s (the entry of "
                 "(state, input) %.2000s): verify's shortest counterexample, with the "
                 "original's posts.", desc, pairs);
        hl = comment(head, sizeof head, words);
        snprintf(head + hl, sizeof head - hl, "%s", generated_note);
        hl = strlen(head);
    }
    memset(&v, 0, sizeof v);
    v.len = hl + tl;
    v.text = malloc(v.len + 1);
    memcpy(v.text, head, hl);
    memcpy(v.text + hl, text, tl + 1);
    free(text);
    v.path = strdup(path);
    unapply();
    v.status[0] = replay(&v, 0, &v.line[0], v.rule[0]);
    apply(mk);
    st = replay(&v, 0, &line, rule);
    if (v.status[0] != 0 || st == 0) {     /* not a clean killer */
        free(v.text);
        free(v.path);
        return 0;
    }
    if (!(f = fopen(path, "w")) || fwrite(v.text, 1, v.len, f) != v.len || fclose(f)) {
        perror(path);
        exit(2);
    }
    vecs = realloc(vecs, sizeof *vecs * (size_t)(nvec + 1));
    order = realloc(order, sizeof *order * (size_t)(nvec + 1));
    vecs[nvec] = v;
    memmove(order + 1, order, sizeof *order * (size_t)nvec);
    order[0] = nvec++;
    return 1;
}

/* What the vectors, the machine-by-machine product, the API search and
   verify say of one mutant. */
typedef struct mu_tally { int kv, kver, kgen, eq, unreach, unseen, live; } mu_tally;

static void judge_mutant(mutant *mk, int list, const char *killdir, mu_tally *t)
{
    int killer, used;
    apply(mk);
    if (vectors_kill(&killer)) {
        t->kv++;
        if (getenv("FDP_MUTATE_DEBUG") && !api_used(mk->m, mk->entry, pairs, sizeof pairs)) {
            describe(mk, desc, sizeof desc);
            fprintf(stderr, "mutate: %s killed by %s, yet unreachable per the search: %s\n",
                    desc, vecs[killer].path, pairs);
        }
        unapply();
        return;
    }
    describe(mk, desc, sizeof desc);
    if (equivalent(mk->m)) {
        t->eq++;
        if (list)
            printf("  equivalent: %s\n", desc);
        unapply();
        return;
    }
    used = api_used(mk->m, mk->entry, pairs, sizeof pairs);
    if (!used) {
        t->unreach++;
        if (list)
            printf("  equivalent: %s: unreachable from the API: the entry is taken only "
                   "by (state, input) %s, which no input sequence feeds\n", desc, pairs);
        unapply();
        return;
    }
    if (used == 2 && mk->kind == MU_TARGET) {
        t->unseen++;
        if (list)
            printf("  equivalent: %s: unobservable: from the API the entry is taken only "
                   "by close, after which no machine of the socket runs (S16); "
                   "(state, input) %s\n", desc, pairs);
        unapply();
        return;
    }
    if (killdir)
        remove(cex_tmp);
    if (run_verify(mk->m, killdir ? cex_tmp : NULL)) {
        if (killdir && keep_cex(mk, cex_tmp, killdir)) {
            t->kgen++;
            unapply();
            return;
        }
        t->kver++;
        printf("  killed by verify only: %s\n", desc);
    } else {
        t->live++;
        if (list)
            printf("  equivalent: %s: unobservable from the API: %s; (state, input) %s\n",
                   desc, only_netdown(mk->m, mk->entry) ?
                   "taken from the API only by netdown, after which every select is "
                   "refused (S17, D2), and the states differ only in what a select "
                   "would post; verify (every reachable state of a socket, engine "
                   "against model) finds no difference" :
                   "verify (every reachable state of a socket, engine against model) "
                   "finds no input sequence after which it posts otherwise", pairs);
    }
    unapply();
}

static int cmd_mutate(int argc, char **argv)
{
    const char *killdir = NULL;
    int list = 0, k, nmut = 0, shard = 0, nshards = 1, judged = 0;
    mu_tally t;
    mutant *mu;
    struct timespec t0, t1;
    memset(&t, 0, sizeof t);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (;;) {
        if (argc > 1 && !strcmp(argv[1], "--list"))
            list = 1, argc--, argv++;
        else if (argc > 2 && !strcmp(argv[1], "--kill"))
            killdir = argv[2], argc -= 2, argv += 2;
        else if (argc > 2 && !strcmp(argv[1], "--shard") &&
                 sscanf(argv[2], "%d/%d", &shard, &nshards) == 2 &&
                 nshards > 0 && shard >= 0 && shard < nshards)
            argc -= 2, argv += 2;
        else
            break;
    }
    load_vectors(argc - 1, argv + 1);
    snprintf(cex_tmp, sizeof cex_tmp, "%s/fdp_mutate-cex-%ld.fdt",
             getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp", (long)getpid());
    order = malloc(sizeof *order * (size_t)(nvec + 1));
    for (k = 0; k < nvec; k++)
        order[k] = k;
    api_search();
    mu = list_mutants(&nmut);
    printf("mutate: %d mutants of %d machines' tables, %d vectors, in process\n",
           nmut, nm, nvec);
    for (k = 0; k < nmut; k++) {
        if (getenv("FDP_MUTATE_DEBUG") && k % 200 == 0)
            fprintf(stderr, "mutate: %d/%d: %d killed by vectors, %d equivalent, %d verify, %d unreachable, %d unseen, %d alive\n",
                    k, nmut, t.kv + t.kgen, t.eq, t.kver, t.unreach, t.unseen, t.live);
        if (k % nshards != shard)
            continue;
        judged++;
        judge_mutant(&mu[k], list, killdir, &t);
    }
    if (killdir)
        remove(cex_tmp);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    printf("mutate: %d killed by the vectors%s, %d by verify only; equivalent: %d machine by machine, "
           "%d unreachable from the API, %d unobservable after close, %d unobservable "
           "otherwise (verify) (%.1f s)\n",
           t.kv + t.kgen, killdir ? " (some new)" : "", t.kver, t.eq, t.unreach, t.unseen, t.live,
           (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
    if (t.kgen)
        printf("mutate: %d vectors written under %s\n", t.kgen, killdir);
    /* Every survivor is equivalent: the machine-by-machine product says so
       (t.eq), or no input reaches its entry (t.unreach), or only close does, after
       which no machine runs (t.unseen), or verify -- the explorer, over every
       reachable state of a socket -- finds it posting as the original (t.live). */
    printf("mutants: killed %d of %d (%d equivalent)\n", t.kv + t.kgen + t.kver, judged,
           t.eq + t.unreach + t.unseen + t.live);
    return 0;
}

/* A deliberately broken machine, for the test that verify catches one:
   FD_READ's re-post after a recv that leaves data (READ3, S5) removed from
   its table.  Runs `fdpost verify` (its arguments) against it; verify must
   fail and print a counterexample that `fdpost check` replays. */
static int cmd_broken(int argc, char **argv)
{
    static char a0[] = "verify";
    int m, cs, rc;
    mutant x;
    for (m = 0; m < nm && strcmp(mi[m].mu->name, "fd_read"); m++)
        ;
    for (cs = 0; m < nm && cs < MAXST; cs++)
        if (mi[m].reach[cs] && mi[m].posts[cs][FDP_SYM_RECV_MSG])
            break;
    if (m == nm || cs == MAXST) {
        fprintf(stderr, "fdp_mutate broken: no FD_READ re-post to remove\n");
        return 2;
    }
    x.kind = MU_POST;
    x.m = m;
    x.entry = mi[m].tr[cs][FDP_SYM_RECV_MSG];
    x.from = x.to = 0;
    x.had_post = 1;
    printf("# broken: fd_read no longer posts on recv in state %d (READ3, S5)\n", cs);
    apply(&x);
    argv[0] = a0;
    rc = cmd_verify(argc, argv);
    unapply();
    return rc;
}

int main(int argc, char **argv)
{
    machines_init();
    if (argc > 1 && !strcmp(argv[1], "broken"))
        return cmd_broken(argc - 1, argv + 1);
    if (argc > 1 && !strcmp(argv[1], "coverage"))
        return cmd_coverage(argc - 1, argv + 1);
    if (argc > 1 && !strcmp(argv[1], "gen"))
        return cmd_gen(argc - 1, argv + 1);
    if (argc > 1 && !strcmp(argv[1], "mutate"))
        return cmd_mutate(argc - 1, argv + 1);
    fputs("usage: fdp_mutate coverage [--list] FILE.fdt...\n"
          "       fdp_mutate gen OUTDIR FILE.fdt...\n"
          "       fdp_mutate mutate [--list] [--kill OUTDIR] [--shard K/N] FILE.fdt...\n"
          "       fdp_mutate broken [VERIFY OPTIONS]\n", stderr);
    return 2;
}
