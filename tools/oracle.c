/* SPDX-License-Identifier: MIT */
/*
 * oracle.c -- replay a trace through the engine and judge its posts.
 *
 * Per socket the oracle keeps the engine's fdp_socket and the trace's
 * condition bookkeeping (queued bytes = arrived - received, urgent bytes,
 * pending connection requests, queued datagrams...), from which it computes
 * what the engine API wants (fdp_recv's `left`, fdp_accept's `pending`).
 * A trace is first replayed fast: no observer (until event-select mode
 * needs one), the engine's posts caught by the post callback, no history
 * kept, stopping at the first divergence or error.  Only a trace that does not conform is replayed again from its
 * start with the observer, which names the rule behind each post and each
 * decision, to explain it (a stream that cannot be rewound, and `fdpost
 * run`, take that path at once).  The trace's post records that follow a
 * call are matched against the engine's posts.  See docs/trace-format.md
 * for the mapping.
 */
#define _POSIX_C_SOURCE 200809L   /* strdup, clock_gettime */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#if defined(__linux__) && defined(__has_include)
#if __has_include(<sys/random.h>)
#include <sys/random.h>           /* getrandom: the socket table's key */
#define HAVE_GETRANDOM 1
#endif
#endif

#include "fdp_core.h"     /* fdp_profile_names */
#include "fdpost.h"
#include "oracle.h"
#include "trace/fdt.h"
#include "trace/fdt_fast.h"   /* fdt_next_inline */

#define NHIST      4            /* records of a socket shown in a report */
#define HIST_TEXT  100
#define MAX_X      64           /* engine posts caused by one record */
#define MAX_T      64           /* unmatched trace posts held per group */
#define MAX_TOMBS  4096         /* closed names remembered */
#define MAX_Q      10000        /* posts made, not seen yet (queued mode):
                                   as many as a Windows message queue holds */
#define NEV        FDP_FD_MAX_EVENTS
/* Limits on what a trace makes the oracle hold (docs/trace-format.md,
   Limits): past one, a trace error at the record, never unbounded memory.
   A receive buffer holds some thousands of datagrams, a Windows process
   at most 2^24 handles. */
#define MAX_DGRAMS     (1ul << 20)  /* queued on one socket, not received */
#define MAX_DGRAMS_ALL (1ul << 22)  /* ... on all sockets together */
#define MAX_SOCKETS    (1ul << 24)  /* open at once */
#define MEMO_BITS      14       /* memo slots: many times the sockets open
                                   at once, so idle ones are still there */

/* The steps of the commonest records, which the compiler would leave out
   of line (replay_record has two callers, on_post is big):
   inlined, no call per record. */
#if defined(__GNUC__)
#define HOT_INLINE __attribute__((always_inline)) inline
#else
#define HOT_INLINE inline
#endif

typedef struct hist {
    unsigned long line;
    char text[HIST_TEXT];
} hist;

/* A run of equal-sized queued datagrams. */
typedef struct drun { uint32_t size, count; } drun;

typedef struct osock {
    fdp_socket s;               /* the engine's; first, see sock_of() */
    struct osock *next;         /* hash chain */
    uint64_t hv;                /* hash of key */
    struct osock *tnext, *tprev;    /* tombstone FIFO */
    char *key;                  /* canonical: identifier, or "#hex" */
    size_t klen, mslot;         /* its length, its memo_slot */
    uint64_t kw[2];             /* its first 16 bytes (fdt_load): the memo
                                   compares them without reading key */
    char *name;                 /* as first written */
    int type;                   /* FDT_TCP / FDT_UDP */
    int closed;
    int oobinline;
    int listened;               /* a listen succeeded: `incoming` can happen */
    unsigned long born, closed_at;
    uint64_t queued, urgent, pending;
    drun *dq;                   /* datagram queue, a ring of runs */
    size_t dq_head, dq_n, dq_cap;
    uint64_t dgrams;            /* datagrams in dq */
    hist h[NHIST];
    unsigned hn;                /* records seen (ring index = hn % NHIST) */
    uint8_t why[NEV];           /* the engine's last `why` for this socket */
    /* event-select mode: the registration's event object (the trace's
       ev=, or a private one when it names none: then not `watched`, and
       no set-event is demanded), the events recorded although the profile
       leaves them optional (D1) since the record was last cleared, and
       per event (by bit) the rule of its last recording */
    uint64_t evobj;
    uint8_t watched, ev_hex;
    uint16_t opt_rec;
    uint8_t rec_rule[NEV];
} osock;

typedef struct xpost {          /* a post the engine made */
    osock *so;
    uint32_t event, wnd, msg;
    int error, rule, optional, matched;
} xpost;

typedef struct qpost {          /* queued mode: a post made, waiting */
    xpost x;                    /* x.matched: seen (or given up) */
    int overtaken;              /* a later post to its window was seen first */
    unsigned long cause_line;
    char cause[HIST_TEXT];
} qpost;

typedef struct xset {           /* an event object the engine set */
    osock *so;                  /* the socket whose recordings set it */
    uint64_t obj;
    int rule;                   /* the rule of the first event recorded */
    int optional, matched;      /* optional: not watched, or only D1 events */
} xset;

typedef struct tset {           /* a set-event of the trace not matched yet */
    osock *so;
    unsigned long line;
    uint64_t obj;
    char text[HIST_TEXT];
} tset;

typedef struct tpost {          /* a post of the trace not matched yet */
    osock *so;
    unsigned long line;
    uint32_t event, wnd, msg;
    int error, has_wnd, has_msg;
    char text[HIST_TEXT];
} tpost;

typedef struct oracle {
    const oracle_opts *o;
    oracle_result *res;
    const char *path;
    fdt_reader rd;
    fdp_engine e;
    int profile;
    /* sockets */
    osock **tab;
    size_t tabsz, nsock;
    uint64_t key[2];            /* the hash's: random, names cannot collide */
    uint64_t dgrams;            /* datagrams queued on all sockets */
    unsigned long max_dgrams, max_dgrams_all, max_sockets;
    osock *memo[1 << MEMO_BITS];    /* the sockets last named, by memo_slot */
    osock *thead, *ttail;
    size_t ntombs;
    uint64_t next_handle;
    /* the current group: a record and the posts that follow it */
    xpost x[MAX_X];
    int nx;
    int xseq[MAX_X];            /* strict order: matched x indices in trace order */
    int nseq;
    tpost t[MAX_T];
    int nt;
    xset sx[MAX_X];             /* event objects the engine set */
    int nsx;
    tset st[MAX_T];             /* the trace's set-events not matched */
    int nst;
    int set_rule;               /* the first event recorded since the last set */
    uint64_t next_object;       /* private event objects (eventselect without ev=) */
    unsigned long cause_line;
    char cause_text[HIST_TEXT];
    osock *cause_so;
    int divergent_group;
    /* queued mode: the posts made and not seen yet, oldest first */
    int queued;
    qpost *q;
    size_t qhead, qn, qcap;
    osock *accepted;            /* the socket an accept creates, for post_cb */
    int fast;                   /* no history, no reports; no observer
                                   until an eventselect needs one */
    int observing;              /* the engine has an observer */
    int refused;                /* the engine refused the current record: why */
    int err;                    /* the current record's engine error */
    /* completeness: the records judged, the closing record */
    unsigned long body;         /* records other than directives and end */
    unsigned long run_records;  /* run: records written */
    unsigned long end_line, end_before;
    uint64_t end_count;
    /* reports */
    int reported;
    char head[1024];
    char detail[4096];
} oracle;

/* ---- rules ---- */

static int rule_by_name(const char *name)
{
    int i;
    const char *n;
    for (i = 1; (n = fdp_rule_name(i)) != NULL; i++)
        if (!strcmp(n, name))
            return i;
    return 0;
}

/* Rules the engine's table does not carry (they are about the oracle's
   own checks). */
static const struct { const char *id, *text; } extra_rules[] = {
    { "S15", "S15 Order: several posts caused by one input leave in this order: "
             "FD_CONNECT, FD_ACCEPT, FD_OOB, FD_READ, FD_WRITE, FD_CLOSE, FD_QOS, "
             "FD_GROUP_QOS, FD_ROUTING_INTERFACE_CHANGE, FD_ADDRESS_LIST_CHANGE "
             "(D12: accept's posts to the new socket follow the listener's)." },
    { "S16", "S16 Closed sockets: after close, nothing is posted for the socket." },
    { "S17", "S17 Select errors: bits outside FD_ALL_EVENTS: WSAEINVAL; a closed "
             "socket: WSAENOTSOCK; from inside the post callback: WSAEINPROGRESS; "
             "after network down: WSAENETDOWN.  A failed select changes nothing." },
    { "QUEUE", "Queued posts (the trace's `posts queued`): the application takes "
               "each message from its queue some time after the provider posted it, "
               "but a window's messages in the order they were posted." },
    { "FIONBIO", "fdpost.h, fdp_fionbio: turning non-blocking off while lEvent != 0 "
                 "fails with WSAEINVAL (the seed: LPWSPAsyncSelect sets the socket "
                 "non-blocking; LPWSPIoctl sets it back only once lEvent is 0)." },
};

static const char *rule_text_by_name(const char *id)
{
    size_t i;
    int r = rule_by_name(id);
    if (r && fdp_rule_text(r))
        return fdp_rule_text(r);
    for (i = 0; i < sizeof extra_rules / sizeof extra_rules[0]; i++)
        if (!strcmp(extra_rules[i].id, id))
            return extra_rules[i].text;
    return "";
}

/* ---- sockets ---- */

static osock *sock_of(const fdp_socket *s)
{
    return (osock *)(void *)((char *)(uintptr_t)s - offsetof(osock, s));
}

/* buf: at least 64 bytes; an identifier longer than that is cut (names
   that share their first 62 bytes are one socket: documented).  Returns
   the key's length.  The first 16 bytes are zero past the key (memo_slot
   reads them). */
static size_t name_key(const fdt_name *n, char *buf, size_t size)
{
    memset(buf, 0, 16);
    if (n->numeric) {
        char tmp[17];
        int i = 0, k = 0;
        uint64_t v = n->value;
        do {
            tmp[i++] = "0123456789abcdef"[v & 15];
            v >>= 4;
        } while (v);
        buf[k++] = '#';
        while (i)
            buf[k++] = tmp[--i];
        buf[k] = 0;
        return (size_t)k;
    } else {
        size_t len = n->len < size - 1 ? n->len : size - 1;
        memcpy(buf, n->text, len);
        buf[len] = 0;
        return len;
    }
}

/* The socket table is keyed by trace content: with a public hash, names
   chosen to collide make every lookup walk one chain (quadratic).  Keyed
   with a random key per replay, they cannot be chosen in advance.
   Nothing is ever printed in table order. */
#define ROTL(x, b) (((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND do { \
        v0 += v1; v1 = ROTL(v1, 13); v1 ^= v0; v0 = ROTL(v0, 32); \
        v2 += v3; v3 = ROTL(v3, 16); v3 ^= v2; \
        v0 += v3; v3 = ROTL(v3, 21); v3 ^= v0; \
        v2 += v1; v1 = ROTL(v1, 17); v1 ^= v2; v2 = ROTL(v2, 32); \
    } while (0)

static uint64_t le64(const unsigned char *p)
{
    uint64_t m = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    memcpy(&m, p, 8);
#else
    int j;
    for (j = 0; j < 8; j++)
        m |= (uint64_t)p[j] << (8 * j);
#endif
    return m;
}

/* SipHash-c-d; the table uses 1-3 (as Python and Rust do), cheaper on
   its short names, its test the 2-4 reference vectors. */
static inline uint64_t sip(const uint64_t key[2], const unsigned char *p, size_t len,
                           int c, int d)
{
    uint64_t v0 = 0x736f6d6570736575ull ^ key[0], v1 = 0x646f72616e646f6dull ^ key[1];
    uint64_t v2 = 0x6c7967656e657261ull ^ key[0], v3 = 0x7465646279746573ull ^ key[1];
    uint64_t m;
    size_t i, j;
    int r;
    for (i = 0; i <= len; i += 8) {
        if (i + 8 <= len) {
            m = le64(p + i);
        } else {                        /* the last word: the tail, the length */
            for (m = (uint64_t)len << 56, j = 0; i + j < len; j++)
                m |= (uint64_t)p[i + j] << (8 * j);
        }
        v3 ^= m;
        for (r = 0; r < c; r++)
            SIPROUND;
        v0 ^= m;
    }
    v2 ^= 0xff;
    for (r = 0; r < d; r++)
        SIPROUND;
    return v0 ^ v1 ^ v2 ^ v3;
}

uint64_t oracle_siphash(const uint64_t key[2], const void *data, size_t len,
                        int crounds, int drounds)
{
    return sip(key, data, len, crounds, drounds);
}

static uint64_t mix64(uint64_t z)      /* splitmix64's finaliser */
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* The table's key: from the kernel, else from the clock, pid and stack
   address (still unknown to whoever wrote the trace). */
static void seed_key(uint64_t key[2])
{
    struct timespec ts;
    FILE *f;
#ifdef HAVE_GETRANDOM
    if (getrandom(key, 2 * sizeof *key, GRND_NONBLOCK) == (ssize_t)(2 * sizeof *key))
        return;
#endif
    if ((f = fopen("/dev/urandom", "rb")) != NULL) {
        size_t got = fread(key, sizeof *key, 2, f);
        fclose(f);
        if (got == 2)
            return;
    }
    clock_gettime(CLOCK_REALTIME, &ts);
    key[0] = mix64((uint64_t)ts.tv_sec ^ ((uint64_t)ts.tv_nsec << 32) ^ (uint64_t)getpid());
    clock_gettime(CLOCK_MONOTONIC, &ts);
    key[1] = mix64(key[0] ^ (uint64_t)ts.tv_nsec ^ (uint64_t)(uintptr_t)&ts);
}

static uint64_t hash(const oracle *or, const char *k, size_t len)
{
    return sip(or->key, (const unsigned char *)k, len, 1, 3);
}

/* key: len bytes and a NUL */
static osock *table_lookup(oracle *or, const char *key, size_t len)
{
    osock *so;
    uint64_t h;
    if (!or->tabsz)
        return NULL;
    h = hash(or, key, len);
    for (so = or->tab[h & (or->tabsz - 1)]; so; so = so->next) {
        or->res->probes++;
        if (so->hv == h && !strcmp(so->key, key))
            return so;
    }
    return NULL;
}

/* A trace names the same few sockets again and again: the memo keeps the
   last one named per slot, found by a hash much cheaper than the table's.
   A name that misses costs only the table's lookup, so the memo's hash
   need not be keyed. */
static size_t memo_hash(uint64_t a, uint64_t b, size_t len)
{
    return (size_t)(((a ^ len) * 0x9E3779B97F4A7C15ull + b * 0xFF51AFD7ED558CCDull) >>
                    (64 - MEMO_BITS));
}

/* key: zero-padded to 16 bytes (name_key) */
static size_t memo_slot(const char *key, size_t len)
{
    return memo_hash(fdt_load(key, 8), fdt_load(key + 8, 8), len);
}

/* so's key is the len bytes a, b (a padded key or a name, as fdt_load
   reads them) */
static int same_words(const osock *so, uint64_t a, uint64_t b, size_t len)
{
    return so && so->klen == len && so->kw[0] == a && so->kw[1] == b;
}

/* so's key is key (both padded: see name_key) */
static int same_key(const osock *so, const char *key, size_t len)
{
    if (len >= 16)
        return so && so->klen == len && !memcmp(so->key, key, len);
    return same_words(so, fdt_load(key, 8), fdt_load(key + 8, 8), len);
}

/* so into slot m, its occupant moved to the pair's other way. */
static void memo_put(oracle *or, size_t m, osock *so)
{
    or->memo[m ^ 1] = or->memo[m];
    or->memo[m] = so;
}

/* Two ways per slot pair (m, m ^ 1): sockets whose slots collide do not
   take turns to miss. */
static osock *lookup(oracle *or, const char *key, size_t len)
{
    size_t m = memo_slot(key, len);
    osock *so = or->memo[m];
    if (same_key(so, key, len))
        return so;
    so = or->memo[m ^ 1];
    if (same_key(so, key, len))
        return so;
    so = table_lookup(or, key, len);
    if (so)
        memo_put(or, m, so);
    return so;
}

/* The open socket n names, found in the memo from the name as written
   (an identifier of up to 15 bytes is its own key), or NULL. */
static inline osock *memo_name(const oracle *or, const fdt_name *n)
{
    uint64_t a, b;
    size_t m;
    osock *so;
    if (n->numeric || n->len >= 16)
        return NULL;
    a = fdt_load(n->text, n->len < 8 ? n->len : 8);
    b = n->len > 8 ? fdt_load(n->text + 8, n->len - 8) : 0;
    m = memo_hash(a, b, n->len);
    so = same_words(or->memo[m], a, b, n->len) ? or->memo[m]
       : same_words(or->memo[m ^ 1], a, b, n->len) ? or->memo[m ^ 1] : NULL;
    return so && !so->closed ? so : NULL;
}

/* The socket n names; its key made in key (64 bytes) unless the memo knew
   it open and `need` is 0. */
static inline osock *find_sock(oracle *or, const fdt_name *n, char *key, int need)
{
    osock *so = need ? NULL : memo_name(or, n);
    return so ? so : lookup(or, key, name_key(n, key, 64));
}

/* so is about to be freed: the memo forgets it. */
static void memo_forget(oracle *or, const osock *so)
{
    if (or->memo[so->mslot] == so)
        or->memo[so->mslot] = NULL;
    if (or->memo[so->mslot ^ 1] == so)
        or->memo[so->mslot ^ 1] = NULL;
}

static void unlink_sock(oracle *or, osock *so)
{
    osock **pp = &or->tab[so->hv & (or->tabsz - 1)];
    while (*pp != so)
        pp = &(*pp)->next;
    *pp = so->next;
    or->nsock--;
}

static void free_sock(osock *so)
{
    free(so->key);
    free(so->name);
    free(so->dq);
    free(so);
}

static void die_oom(void)
{
    fputs("fdpost: out of memory\n", stderr);
    exit(2);
}

static osock *new_sock(oracle *or, const char *key, const fdt_name *n, int type,
                       unsigned long line)
{
    osock *so = calloc(1, sizeof *so);
    size_t i, klen = strlen(key);
    /* the key padded with zeros to 16 bytes, as name_key makes it */
    if (!so || !(so->key = calloc(klen < 16 ? 16 : klen + 1, 1)) ||
        !(so->name = malloc(n->len + 1)))
        die_oom();
    memcpy(so->key, key, klen);
    memcpy(so->name, n->text, n->len);
    so->name[n->len] = 0;
    so->type = type;
    so->born = line;
    so->klen = klen;
    so->mslot = memo_slot(key, klen);
    so->kw[0] = fdt_load(key, 8);
    so->kw[1] = fdt_load(key + 8, 8);
    so->hv = hash(or, key, so->klen);
    if (or->nsock + 1 > or->tabsz) {      /* grow: load factor <= 1 */
        size_t nsz = or->tabsz ? or->tabsz * 2 : 64;
        osock **nt = calloc(nsz, sizeof *nt);
        if (!nt)
            die_oom();
        for (i = 0; i < or->tabsz; i++) {
            osock *p = or->tab[i], *q;
            for (; p; p = q) {
                q = p->next;
                p->next = nt[p->hv & (nsz - 1)];
                nt[p->hv & (nsz - 1)] = p;
            }
        }
        free(or->tab);
        or->tab = nt;
        or->tabsz = nsz;
    }
    i = so->hv & (or->tabsz - 1);
    so->next = or->tab[i];
    or->tab[i] = so;
    or->nsock++;
    memo_put(or, so->mslot, so);   /* at once: its next record names it */
    return so;
}

static void queue_retarget(oracle *or, osock *from, osock *to);
static void dq_clear(oracle *or, osock *so);

/* A closed socket stays as a tombstone (so that a post naming it is "post
   after close" and a record naming it is an error), for the last MAX_TOMBS
   closes; a `socket` record may reuse the name (handles are reused). */
static void bury(oracle *or, osock *so, unsigned long line)
{
    so->closed = 1;
    so->closed_at = line;
    dq_clear(or, so);
    so->tnext = NULL;
    so->tprev = or->ttail;
    if (or->ttail)
        or->ttail->tnext = so;
    else
        or->thead = so;
    or->ttail = so;
    if (++or->ntombs > MAX_TOMBS) {
        osock *old = or->thead;
        or->thead = old->tnext;
        if (or->thead)
            or->thead->tprev = NULL;
        else
            or->ttail = NULL;
        or->ntombs--;
        queue_retarget(or, old, NULL);
        unlink_sock(or, old);
        memo_forget(or, old);
        free_sock(old);
    }
}

static void unbury(oracle *or, osock *so)
{
    if (so->tprev)
        so->tprev->tnext = so->tnext;
    else
        or->thead = so->tnext;
    if (so->tnext)
        so->tnext->tprev = so->tprev;
    else
        or->ttail = so->tprev;
    or->ntombs--;
    unlink_sock(or, so);
    memo_forget(or, so);
    free_sock(so);
}

/* A socket's last records, for reports (none on the fast pass). */
static void remember_text(osock *so, const fdt_rec *rec)
{
    hist *h = &so->h[so->hn % NHIST];
    size_t n = rec->text_len;
    const char *t = rec->text;
    so->hn++;
    while (n && (*t == ' ' || *t == '\t'))
        t++, n--;
    if (n >= HIST_TEXT)
        n = HIST_TEXT - 1;
    h->line = rec->line;
    memcpy(h->text, t, n);
    h->text[n] = 0;
}

/* The record in so's history (none kept in the fast pass). */
static inline void remember(const oracle *or, osock *so, const fdt_rec *rec)
{
    if (!or->fast)
        remember_text(so, rec);
}

/* datagram queue: a ring of runs, grown and shrunk by halves so that its
   memory follows the datagrams queued (MAX_DGRAMS), not the past */
static void dq_resize(osock *so, size_t ncap)
{
    size_t i;
    drun *nq = ncap ? malloc(ncap * sizeof *nq) : NULL;
    if (ncap && !nq)
        die_oom();
    for (i = 0; i < so->dq_n; i++)
        nq[i] = so->dq[(so->dq_head + i) % so->dq_cap];
    free(so->dq);
    so->dq = nq;
    so->dq_cap = ncap;
    so->dq_head = 0;
}

static void dq_push(oracle *or, osock *so, uint32_t size)
{
    so->dgrams++;
    or->dgrams++;
    if (so->dq_n) {
        drun *last = &so->dq[(so->dq_head + so->dq_n - 1) % so->dq_cap];
        if (last->size == size && last->count < UINT32_MAX) {
            last->count++;
            return;
        }
    }
    if (so->dq_n == so->dq_cap)
        dq_resize(so, so->dq_cap ? so->dq_cap * 2 : 4);
    so->dq[(so->dq_head + so->dq_n) % so->dq_cap] = (drun){ size, 1 };
    so->dq_n++;
}

static void dq_pop(oracle *or, osock *so)
{
    drun *d = &so->dq[so->dq_head];
    so->dgrams--;
    or->dgrams--;
    if (--d->count == 0) {
        so->dq_head = (so->dq_head + 1) % so->dq_cap;
        so->dq_n--;
        if (so->dq_cap > 16 && so->dq_n <= so->dq_cap / 4)
            dq_resize(so, so->dq_cap / 2);
    }
}

/* All of a socket's datagrams gone at once (data-gone, close). */
static void dq_clear(oracle *or, osock *so)
{
    or->dgrams -= so->dgrams;
    so->dgrams = 0;
    so->dq_n = 0;
    dq_resize(so, 0);
}

/* ---- reports ---- */

static int trace_error(oracle *or, unsigned long line, unsigned col,
                       const char *fmt, ...)
{
    va_list ap;
    oracle_report r;
    char msg[600];
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(or->head, sizeof or->head, "%s:%lu:%u: error: %s", or->path, line, col, msg);
    r.kind = ORACLE_ERROR;
    r.path = or->path;
    r.line = line;
    r.col = col;
    r.headline = or->head;
    r.detail = "";
    r.rule = "";
    or->res->status = ORACLE_ERROR;
    if (or->o->report)
        or->o->report(or->o->report_ctx, &r);
    return -1;
}

static void add_history(oracle *or, const osock *so, unsigned long skip)
{
    size_t n = strlen(or->detail);
    unsigned i, first = so->hn > NHIST ? so->hn - NHIST : 0, shown = 0;
    for (i = first; i < so->hn; i++)
        if (so->h[i % NHIST].line != skip)
            shown++;
    if (!shown)
        return;
    snprintf(or->detail + n, sizeof or->detail - n, "    last records of %s:\n", so->name);
    for (i = first; i < so->hn; i++) {
        const hist *h = &so->h[i % NHIST];
        if (h->line == skip)
            continue;
        n = strlen(or->detail);
        snprintf(or->detail + n, sizeof or->detail - n, "      %s:%lu: %s\n",
                 or->path, h->line, h->text);
    }
}

/* A divergence at `line` about socket `so` (NULL: none), under rule
   `rule` (an id, "" when none). */
static void diverge(oracle *or, unsigned long line, const osock *so,
                    const char *rule, const char *fmt, ...)
{
    va_list ap;
    oracle_report r;
    char msg[700];
    const char *text = rule[0] ? rule_text_by_name(rule) : "";
    size_t n;
    or->res->divergences++;
    or->divergent_group = 1;
    if (or->res->status < ORACLE_DIVERGE)
        or->res->status = ORACLE_DIVERGE;
    if (or->reported >= or->o->max_reports)
        return;
    or->reported++;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (rule[0])
        snprintf(or->head, sizeof or->head, "%s:%lu: %s: %s [rule %s]", or->path,
                 line, so ? so->name : "-", msg, rule);
    else
        snprintf(or->head, sizeof or->head, "%s:%lu: %s: %s", or->path, line,
                 so ? so->name : "-", msg);
    or->detail[0] = 0;
    if (text[0])
        snprintf(or->detail, sizeof or->detail, "    rule %s: %s\n", rule, text);
    if (so)
        add_history(or, so, line);
    if (!so && or->cause_line) {
        n = strlen(or->detail);
        snprintf(or->detail + n, sizeof or->detail - n, "    after %s:%lu: %s\n",
                 or->path, or->cause_line, or->cause_text);
    }
    r.kind = ORACLE_DIVERGE;
    r.path = or->path;
    r.line = line;
    r.col = 0;
    r.headline = or->head;
    r.detail = or->detail;
    r.rule = rule;
    if (or->o->report)
        or->o->report(or->o->report_ctx, &r);
}

static const char *rule_id(int rule)
{
    const char *n = fdp_rule_name(rule);
    return n ? n : "";
}

static const char *ev_name(uint32_t ev)
{
    const char *n = fdp_event_name(ev);
    return n ? n : "FD_?";
}

/* "FD_CLOSE WSAECONNRESET", or "FD_READ" when the error is 0 */
static const char *post_str(uint32_t ev, int error, char *buf, size_t n)
{
    char eb[16];
    if (error)
        snprintf(buf, n, "%s %s", ev_name(ev), fdt_error_str(error, eb));
    else
        snprintf(buf, n, "%s", ev_name(ev));
    return buf;
}

/* ---- the engine's side ---- */

/* The fast pass's posts: to the record's socket, or to the one its accept
   creates (told apart by handle; when the two share one, the fast pass
   gives up).  With an observer, it records every post instead. */
static int post_cb(void *ctx, uint64_t wparam, uint32_t window,
                   uint32_t message, uint32_t lparam)
{
    oracle *or = ctx;
    xpost *x;
    if (!or->fast || or->nx >= MAX_X)
        return 0;
    x = &or->x[or->nx++];
    x->so = or->accepted && or->accepted->s.handle == wparam ? or->accepted
                                                            : or->cause_so;
    x->event = FDP_GETSELECTEVENT(lparam);
    x->error = (int)FDP_GETSELECTERROR(lparam);
    x->wnd = window;
    x->msg = message;
    x->rule = 0;
    x->optional = 0;
    x->matched = 0;
    return 0;
}

/* ---- event-select mode: what the engine recorded and set ---- */

/* An event's bit index (iErrorCode's), or -1. */
static int bit_of(uint32_t ev)
{
    int k = 0;
    if (!ev || (ev & (ev - 1)))
        return -1;
    while (!(ev & 1u))
        ev >>= 1, k++;
    return k < NEV ? k : -1;
}

/* The engine set `obj` for the recordings of `so` (optional: only events
   the profile leaves optional were recorded, D1).  One expectation per
   socket and object (an accept sets the object for the listener's batch and
   for the new socket's); judge_sets takes one line showing the object set
   for all of them, as a recorder that watches the object sees one. */
static void set_expect(oracle *or, osock *so, uint64_t obj, int rule, int optional)
{
    int i;
    xset *x;
    optional |= !so->watched;       /* no ev=: not demanded */
    for (i = 0; i < or->nsx; i++) {
        x = &or->sx[i];
        if (x->obj != obj || x->so != so)
            continue;
        if (x->optional && !optional) {
            x->rule = rule;
            x->optional = 0;
        }
        return;
    }
    if (or->nsx >= MAX_X)
        return;
    x = &or->sx[or->nsx++];
    x->so = so;
    x->obj = obj;
    x->rule = rule;
    x->optional = optional;
    x->matched = 0;
}

/* FDP_V_RECORD and FDP_V_SET_EVENT, on either pass: what they decide is a
   verdict (which set-event lines are due, which events an enum may add). */
static void event_mode_cb(oracle *or, const struct fdp_socket *s, const fdp_record *r)
{
    osock *so = s ? sock_of(s) : or->cause_so;
    if (!so)
        return;
    if (r->verb == FDP_V_SET_EVENT) {
        set_expect(or, so, r->handle, or->set_rule, 0);
        or->set_rule = 0;
    } else if (r->flags) {          /* optional (D1): not recorded, may be */
        so->opt_rec |= (uint16_t)(r->arg & FDP_FD_ALL_EVENTS);
        set_expect(or, so, so->evobj, r->rule, 1);
    } else {
        int k = bit_of((uint32_t)r->arg);
        if (k >= 0)
            so->rec_rule[k] = (uint8_t)r->rule;
        if (!or->set_rule)
            or->set_rule = r->rule;
    }
}

static int event_cb(void *ctx, uint64_t object, int set)
{
    (void)ctx, (void)object, (void)set;
    return 0;                       /* WSASetEvent, WSAResetEvent: done */
}

static void observe_cb(void *ctx, const struct fdp_socket *s, const fdp_record *r)
{
    oracle *or = ctx;
    osock *so = sock_of(s);
    if (r->verb == FDP_V_RECORD || r->verb == FDP_V_SET_EVENT) {
        event_mode_cb(or, s, r);
    } else if (r->verb == FDP_V_POST) {
        xpost *x;
        if (or->nx >= MAX_X)
            return;
        x = &or->x[or->nx++];
        x->so = so;
        x->event = (uint32_t)r->arg;
        x->error = (int)r->result;
        x->wnd = r->window;
        x->msg = r->message;
        x->rule = r->rule;
        x->optional = r->flags != 0;
        x->matched = 0;
    } else if (r->failed) {
        or->refused = r->error;
    } else if (r->why) {
        /* this call's decisions; a machine the call left alone has none */
        memcpy(so->why, r->why, NEV);
    }
}

/* The fast pass's observer: only whether the engine refused the record
   (check_refused), so that a refusal cannot pass unexplained. */
static void refusal_cb(void *ctx, const struct fdp_socket *s, const fdp_record *r)
{
    oracle *or = ctx;
    if (r->verb == FDP_V_RECORD || r->verb == FDP_V_SET_EVENT)
        event_mode_cb(or, s, r);
    else if (r->failed)
        or->refused = r->error;
}

/* ---- groups: one record and the posts after it ---- */

static void write_posts(oracle *or)
{
    int i;
    char b[80];
    for (i = 0; i < or->nx; i++) {
        const xpost *x = &or->x[i];
        /* an optional post is not made by the engine (D1): say so */
        fprintf(or->o->run_out, "%s%s post %s", x->optional ? "# " : "",
                x->so->name, post_str(x->event, x->error, b, sizeof b));
        if (x->optional)
            fprintf(or->o->run_out, "  # optional (%s), not posted",
                    rule_id(x->rule));
        fputc('\n', or->o->run_out);
        or->run_records += !x->optional;
    }
}

/* An event object as the trace names it (ev=), for reports and run. */
static const char *obj_str(const osock *so, uint64_t obj, char *buf, size_t n)
{
    if (!so->watched)
        snprintf(buf, n, "(unnamed: eventselect without ev=)");
    else
        snprintf(buf, n, so->ev_hex ? "0x%llx" : "%llu", (unsigned long long)obj);
    return buf;
}

/* run: the event objects the engine set, after the posts; only those the
   trace names (ev=), as the trace demands only those. */
static void write_sets(oracle *or)
{
    int i;
    char b[64];
    for (i = 0; i < or->nsx; i++) {
        const xset *x = &or->sx[i];
        if (!x->so->watched)
            continue;
        fprintf(or->o->run_out, "%s%s set-event ev=%s", x->optional ? "# " : "",
                x->so->name, obj_str(x->so, x->obj, b, sizeof b));
        if (x->optional)
            fprintf(or->o->run_out, "  # optional (%s), not set", rule_id(x->rule));
        fputc('\n', or->o->run_out);
        or->run_records += !x->optional;
    }
}

/* A set-event line of the group showed `obj` set. */
static int obj_shown(const oracle *or, uint64_t obj)
{
    int i;
    for (i = 0; i < or->nsx; i++)
        if (or->sx[i].matched && or->sx[i].obj == obj)
            return 1;
    return 0;
}

/* The group's set-event lines against the objects the engine set: an
   object set that the trace does not show (its socket watched), a line
   naming another object than the socket's, a line where nothing set it. */
static void judge_sets(oracle *or)
{
    int i, j;
    char b[64];
    for (i = 0; i < or->nst; i++) {
        tset *t = &or->st[i];
        xset *hit = NULL;
        for (j = 0; j < or->nsx && !hit; j++)
            if (!or->sx[j].matched && or->sx[j].so == t->so)
                hit = &or->sx[j];
        if (hit) {
            hit->matched = 1;
            diverge(or, t->line, t->so, hit->rule ? rule_id(hit->rule) : "E2",
                    "expected the event object %s set but the trace has `%s` "
                    "(wrong event object)", obj_str(hit->so, hit->obj, b, sizeof b),
                    t->text);
        } else {
            diverge(or, t->line, t->so, "DE4",
                    "expected no set-event after `%s` but the trace has `%s` "
                    "(event object set when it should not be)", or->cause_text, t->text);
        }
    }
    for (j = 0; j < or->nsx; j++) {
        const xset *x = &or->sx[j];
        if (x->matched || x->optional || obj_shown(or, x->obj))
            continue;
        diverge(or, or->cause_line, x->so, x->rule ? rule_id(x->rule) : "E2",
                "expected `%s set-event ev=%s` after `%s` but the trace has no such "
                "line", x->so->name, obj_str(x->so, x->obj, b, sizeof b), or->cause_text);
    }
    or->nsx = or->nst = 0;
}

/* A socket registered by WSPEventSelect posts nothing: it records (E2). */
static int event_selected(const osock *so)
{
    return (so->s.mode & FDP_M_EVENT) != 0;
}
#define EVENT_SELECTED " (the socket is event-selected: its events are recorded, not posted)"

/* A post of the trace no expected post matched: pair it with what is left
   (a wrong error, window or message; a wrong wParam), else it is extra. */
static void judge_unmatched(oracle *or, tpost *t)
{
    xpost *hit = NULL;
    char b1[80], b2[80];
    int j;
    for (j = 0; j < or->nx && !hit; j++)
        if (!or->x[j].matched && or->x[j].so == t->so && or->x[j].event == t->event)
            hit = &or->x[j];
    if (hit) {
        hit->matched = 1;
        if (hit->error != t->error)
            diverge(or, t->line, t->so, rule_id(hit->rule),
                    "expected %s with error %s but the trace has %s "
                    "(wrong error code)", ev_name(hit->event),
                    hit->error ? fdt_error_str(hit->error, b1) : "0",
                    post_str(t->event, t->error, b2, sizeof b2));
        else if (t->has_wnd && t->wnd != hit->wnd)
            diverge(or, t->line, t->so, "S1",
                    "expected %s to window 0x%x but the trace has window 0x%x "
                    "(wrong hWnd)", ev_name(t->event), (unsigned)hit->wnd,
                    (unsigned)t->wnd);
        else
            diverge(or, t->line, t->so, "S1",
                    "expected %s with message 0x%x but the trace has message "
                    "0x%x (wrong message id)", ev_name(t->event),
                    (unsigned)hit->msg, (unsigned)t->msg);
        return;
    }
    for (j = 0; j < or->nx && !hit; j++)
        if (!or->x[j].matched && or->x[j].event == t->event &&
            or->x[j].error == t->error)
            hit = &or->x[j];
    if (hit) {
        hit->matched = 1;
        diverge(or, t->line, t->so, rule_id(hit->rule),
                "expected %s posted for %s but the trace posts it for %s "
                "(wrong wParam)", post_str(hit->event, hit->error, b1, sizeof b1),
                hit->so->name, t->so->name);
        return;
    }
    {
        int k = fdp_event_index(t->event);
        int why = k >= 0 ? t->so->why[k] : 0;
        const char *note = !or->cause_line ? " before any call"
                         : event_selected(t->so) ? EVENT_SELECTED : "";
        if (!(t->so->s.mask & t->event))
            why = rule_by_name("S1");   /* not in lEvent: S1 */
        diverge(or, t->line, t->so, event_selected(t->so) ? "E2" : rule_id(why),
                "expected no %s but the trace has `%s`%s", ev_name(t->event),
                t->text, note);
    }
}

/* --strict-order: the expected posts in the order the engine made them. */
static void check_order(oracle *or)
{
    char b1[80], b2[80];
    int i;
    for (i = 1; i < or->nseq; i++)
        if (or->xseq[i] < or->xseq[i - 1]) {
            const xpost *a = &or->x[or->xseq[i]], *b = &or->x[or->xseq[i - 1]];
            diverge(or, or->cause_line, a->so, "S15",
                    "expected %s (to %s) before %s (to %s) after `%s` "
                    "but the trace has them the other way round",
                    post_str(a->event, a->error, b1, sizeof b1), a->so->name,
                    post_str(b->event, b->error, b2, sizeof b2), b->so->name,
                    or->cause_text);
            return;
        }
}

/* finish_group when something was posted and no run is written. */
static void judge_group(oracle *or)
{
    int i, j;
    char b1[80];
    for (i = 0; i < or->nt; i++)
        judge_unmatched(or, &or->t[i]);
    for (j = 0; j < or->nx; j++) {
        xpost *x = &or->x[j];
        if (x->matched || x->optional)
            continue;
        diverge(or, or->cause_line, x->so, rule_id(x->rule),
                "expected `%s post %s` after `%s` but the trace has no such post",
                x->so->name, post_str(x->event, x->error, b1, sizeof b1),
                or->cause_text);
    }
    if (or->o->strict_order && !or->divergent_group)
        check_order(or);
    if (or->nsx || or->nst)
        judge_sets(or);
    or->nx = or->nt = or->nseq = 0;
    or->divergent_group = 0;
}

/* Once per record: inline, the judging out of line (most groups either
   posted nothing or had every post matched). */
static inline void end_group(oracle *or)        /* no run is written */
{
    /* Nothing was posted, or every post was matched (nseq counts them)
       and the trace has no other: judge_group would only reset.  Unless
       their order is judged. */
    if (!(or->nt | or->nsx | or->nst) && or->nseq == or->nx &&
        (!or->nx || !or->o->strict_order)) {
        or->nx = or->nseq = 0;
        or->divergent_group = 0;
        return;
    }
    judge_group(or);
}

/* The group of the record before ends; with a run written, unjudged. */
static inline void finish_group(oracle *or)
{
    if (or->o->run_out) {
        or->nx = or->nsx = or->nst = 0;
        return;
    }
    end_group(or);
}

/* The record's text as the cause of its group's posts (not in the fast
   pass, which reports nothing). */
static void cause_text(oracle *or, const fdt_rec *rec)
{
    size_t n = rec->text_len;
    const char *t = rec->text, *hash_at;
    while (n && (*t == ' ' || *t == '\t'))
        t++, n--;
    hash_at = memchr(t, '#', n);        /* drop a trailing comment */
    if (hash_at)
        n = (size_t)(hash_at - t);
    while (n && (t[n - 1] == ' ' || t[n - 1] == '\t'))
        n--;
    if (n >= HIST_TEXT)
        n = HIST_TEXT - 1;
    memcpy(or->cause_text, t, n);
    or->cause_text[n] = 0;
}

static inline void start_group(oracle *or, const fdt_rec *rec, osock *so)
{
    or->nx = or->nt = or->nseq = 0;
    or->nsx = or->nst = 0;
    or->set_rule = 0;
    or->divergent_group = 0;
    or->cause_line = rec->line;
    or->cause_so = so;
    or->accepted = NULL;
    if (!or->fast)
        cause_text(or, rec);
}

/* ---- queued mode (`posts queued`, --queued): posts seen late ----
   A post is made at the record that causes it (the engine decides, as in
   the default mode) and waits in the queue until the trace shows it: at any
   later record, a registration already cancelled or a socket already closed
   included, but each window's messages in the order they were posted.  A
   post made and never seen is missing at the end of the trace. */

/* The group's posts join the queue (after each record). */
static int queue_push(oracle *or)
{
    int i;
    for (i = 0; i < or->nx; i++) {
        qpost *e;
        if (or->qn >= MAX_Q)
            return trace_error(or, or->cause_line, 1,
                               "more than %d posts made and not seen yet "
                               "(a message queue's limit)", MAX_Q);
        if (or->qhead + or->qn == or->qcap) {
            if (or->qhead) {
                memmove(or->q, or->q + or->qhead, or->qn * sizeof *or->q);
                or->qhead = 0;
            } else {
                size_t ncap = or->qcap ? or->qcap * 2 : 64;
                qpost *nq = realloc(or->q, ncap * sizeof *nq);
                if (!nq)
                    die_oom();
                or->q = nq;
                or->qcap = ncap;
            }
        }
        e = &or->q[or->qhead + or->qn++];
        e->x = or->x[i];
        e->x.matched = 0;
        e->overtaken = 0;
        e->cause_line = or->cause_line;
        memcpy(e->cause, or->cause_text, HIST_TEXT);
    }
    or->nx = 0;
    return 0;
}

static void queue_pop_seen(oracle *or)
{
    while (or->qn && or->q[or->qhead].x.matched)
        or->qhead++, or->qn--;
    if (!or->qn)
        or->qhead = 0;
}

static qpost *queue_find(oracle *or, const fdt_rec *rec, const osock *so)
{
    size_t i;
    for (i = or->qhead; i < or->qhead + or->qn; i++) {
        const xpost *x = &or->q[i].x;
        if (!x->matched && x->so == so && x->event == rec->mask &&
            x->error == rec->error && (!rec->has_wnd || rec->wnd == x->wnd) &&
            (!rec->has_msg || rec->msg == x->msg))
            return &or->q[i];
    }
    return NULL;
}

/* FIFO per window: what the window was posted before `hit` (by an earlier
   record; under --strict-order by the same record too, S15) should have
   been seen first.  One report per post overtaken; it stays in the queue,
   so that seeing it later is not a second divergence and never seeing it
   is not a third.  An optional post (D1) overtaken was not made. */
static void queue_skip_to(oracle *or, const fdt_rec *rec, qpost *hit)
{
    qpost *e;
    char b1[80], b2[80];
    for (e = &or->q[or->qhead]; e < hit; e++) {
        int same = e->cause_line == hit->cause_line;
        if (e->x.matched || e->overtaken || e->x.wnd != hit->x.wnd ||
            (same && !or->o->strict_order))
            continue;
        e->overtaken = 1;
        if (e->x.optional) {
            e->x.matched = 1;
            continue;
        }
        diverge(or, rec->line, e->x.so, same ? "S15" : "QUEUE",
                "expected `%s post %s` (posted after line %lu: `%s`) before "
                "`%s post %s` but the trace has the later one first",
                e->x.so->name, post_str(e->x.event, e->x.error, b1, sizeof b1),
                e->cause_line, e->cause, hit->x.so->name,
                post_str(hit->x.event, hit->x.error, b2, sizeof b2));
    }
}

/* A post of the trace that nothing in the queue matches. */
static void queue_extra(oracle *or, const fdt_rec *rec, osock *so)
{
    size_t i;
    char b1[80], b2[80];
    int k = fdp_event_index(rec->mask), why = k >= 0 ? so->why[k] : 0;
    for (i = or->qhead; i < or->qhead + or->qn; i++) {
        xpost *x = &or->q[i].x;
        if (x->matched || x->so != so || x->event != rec->mask)
            continue;
        x->matched = 1;
        diverge(or, rec->line, so, x->error != rec->error ? rule_id(x->rule) : "S1",
                "expected %s (window 0x%x, message 0x%x) but the trace has `%s` "
                "(wrong %s)", post_str(x->event, x->error, b1, sizeof b1),
                (unsigned)x->wnd, (unsigned)x->msg, so->h[(so->hn - 1) % NHIST].text,
                x->error != rec->error ? "error code" :
                rec->has_wnd && rec->wnd != x->wnd ? "hWnd" : "message id");
        return;
    }
    if (so->closed) {
        diverge(or, rec->line, so, "S16",
                "expected nothing more for %s, closed at line %lu, but the trace "
                "has `post %s` (post after close; nothing made before the close "
                "is waiting)", so->name, so->closed_at,
                post_str(rec->mask, rec->error, b2, sizeof b2));
        return;
    }
    if (!(so->s.mask & rec->mask))
        why = rule_by_name("S1");
    diverge(or, rec->line, so, event_selected(so) ? "E2" : rule_id(why),
            "expected no %s but the trace has `%s` (none is waiting in the queue)%s",
            ev_name(rec->mask), so->h[(so->hn - 1) % NHIST].text,
            event_selected(so) ? EVENT_SELECTED : "");
}

static int queue_post(oracle *or, const fdt_rec *rec, osock *so)
{
    qpost *hit = queue_find(or, rec, so);
    remember(or, so, rec);
    if (!hit) {
        queue_extra(or, rec, so);
    } else {
        queue_skip_to(or, rec, hit);
        hit->x.matched = 1;
    }
    queue_pop_seen(or);
    return 0;
}

/* A socket's waiting posts when its osock goes: to the socket that reuses
   its handle (the messages carry the handle, so they are that wParam's);
   with `to` NULL (forgotten, MAX_TOMBS closes later) they are given up. */
static void queue_retarget(oracle *or, osock *from, osock *to)
{
    size_t i;
    char b[80];
    for (i = or->qhead; i < or->qhead + or->qn; i++) {
        qpost *e = &or->q[i];
        if (e->x.matched || e->x.so != from)
            continue;
        if (to) {
            e->x.so = to;
            continue;
        }
        e->x.matched = 1;
        if (!e->x.optional)
            diverge(or, e->cause_line, from, rule_id(e->x.rule),
                    "expected `%s post %s` after `%s` but the trace has not shown "
                    "it %d closes later", from->name,
                    post_str(e->x.event, e->x.error, b, sizeof b), e->cause, MAX_TOMBS);
    }
    queue_pop_seen(or);
}

/* The end of the trace: what was made and never seen is missing. */
static void queue_end(oracle *or)
{
    size_t i;
    char b[80];
    for (i = or->qhead; i < or->qhead + or->qn; i++) {
        qpost *e = &or->q[i];
        if (e->x.matched || e->x.optional || e->overtaken)
            continue;
        diverge(or, e->cause_line, e->x.so, rule_id(e->x.rule),
                "expected `%s post %s` after `%s` but the trace ends without it",
                e->x.so->name, post_str(e->x.event, e->x.error, b, sizeof b),
                e->cause);
    }
    or->qn = or->qhead = 0;
}

static HOT_INLINE int on_post(oracle *or, const fdt_rec *rec)
{
    char key[64];
    osock *so;
    int j;
    tpost *t;
    or->res->posts++;
    so = find_sock(or, &rec->name, key, 0);
    if (!so)
        return trace_error(or, rec->line, rec->name.col,
                           "post names socket '%s', which no socket or accept created",
                           key[0] == '#' ? key + 1 : key);
    if (or->o->run_out)
        return 0;
    if (or->queued)
        return queue_post(or, rec, so);
    if (so->closed) {
        char b[80];
        diverge(or, rec->line, so, "S16",
                "expected nothing for %s, closed at line %lu, but the trace has "
                "`post %s` (post after close)", so->name, so->closed_at,
                post_str(rec->mask, rec->error, b, sizeof b));
        return 0;
    }
    remember(or, so, rec);
    for (j = 0; j < or->nx; j++) {
        xpost *x = &or->x[j];
        if (!x->matched && x->so == so && x->event == rec->mask &&
            x->error == rec->error && (!rec->has_wnd || rec->wnd == x->wnd) &&
            (!rec->has_msg || rec->msg == x->msg)) {
            x->matched = 1;
            or->xseq[or->nseq++] = j;
            return 0;
        }
    }
    if (or->nt == MAX_T) {
        diverge(or, rec->line, so, "S3", "expected no more posts after `%s` but the "
                "trace has more than %d of them", or->cause_text, MAX_T);
        return 0;
    }
    t = &or->t[or->nt++];
    t->so = so;
    t->line = rec->line;
    t->event = rec->mask;
    t->error = rec->error;
    t->has_wnd = rec->has_wnd;
    t->has_msg = rec->has_msg;
    t->wnd = rec->wnd;
    t->msg = rec->msg;
    snprintf(t->text, sizeof t->text, "%s", so->h[(so->hn - 1) % NHIST].text);
    return 0;
}

/* A set-event line: the object the engine set after the record before
   (matched at once, as a post is; what is left is judged with the group). */
static int on_set_event(oracle *or, const fdt_rec *rec)
{
    char key[64];
    osock *so = lookup(or, key, name_key(&rec->name, key, sizeof key));
    uint64_t obj;
    tset *t;
    int i;
    if (!so)
        return trace_error(or, rec->line, rec->name.col,
                           "set-event names socket '%s', which no socket or accept created",
                           key[0] == '#' ? key + 1 : key);
    if (or->o->run_out)
        return 0;
    if (so->closed) {
        diverge(or, rec->line, so, "E6", "expected nothing for %s, closed at line %lu, "
                "but the trace has `set-event` (event object set after close)",
                so->name, so->closed_at);
        return 0;
    }
    remember(or, so, rec);
    obj = rec->has_ev ? rec->ev : so->evobj;
    for (i = 0; i < or->nsx; i++)       /* its own socket's first */
        if (!or->sx[i].matched && or->sx[i].obj == obj && or->sx[i].so == so) {
            or->sx[i].matched = 1;
            return 0;
        }
    for (i = 0; i < or->nsx; i++)
        if (!or->sx[i].matched && or->sx[i].obj == obj) {
            or->sx[i].matched = 1;
            return 0;
        }
    if (or->nst == MAX_T) {
        diverge(or, rec->line, so, "DE4", "expected no more set-events after `%s` but "
                "the trace has more than %d of them", or->cause_text, MAX_T);
        return 0;
    }
    t = &or->st[or->nst++];
    t->so = so;
    t->line = rec->line;
    t->obj = obj;
    snprintf(t->text, sizeof t->text, "%s", so->h[(so->hn - 1) % NHIST].text);
    return 0;
}

/* ---- replaying the other records ---- */

static int res_error(const fdt_rec *rec)
{
    return rec->res == FDT_RES_ERROR ? rec->error : 0;
}

/* Each record kind's replay: the bookkeeping the trace's own consistency
   needs, then the engine call.  0, or a trace error (exit 2). */
typedef int replay_fn(oracle *or, const fdt_rec *rec, osock *so);

static int on_select(oracle *or, const fdt_rec *rec, osock *so)
{
    fdp_socket snap = so->s;
    int nx = or->nx, err = 0;
    int rc = fdp_select(&or->e, &so->s, rec->wnd, rec->msg, (long)rec->mask, &err);
    if (rc && rec->res != FDT_RES_ERROR) {
        char eb[16];
        diverge(or, rec->line, so, "S17",
                "expected select to fail with %s but the trace has it succeed",
                fdt_error_str(err, eb));
        /* The provider registered, ignoring the bits it does not know: the
           engine registers what it can, so that the later posts of that
           registration are not a second divergence (S1). */
        if (rec->mask & ~(uint32_t)FDP_FD_ALL_EVENTS)
            fdp_select(&or->e, &so->s, rec->wnd, rec->msg,
                       (long)(rec->mask & FDP_FD_ALL_EVENTS), &err);
    } else if (!rc && rec->res == FDT_RES_ERROR) {
        so->s = snap;               /* the provider refused: nothing changes */
        or->nx = nx;
    } else if (rc && err != rec->error) {
        char eb[16], tb[16];
        diverge(or, rec->line, so, "S17",
                "expected select to fail with %s but the trace has %s",
                fdt_error_str(err, eb), fdt_error_str(rec->error, tb));
    }
    if (rec->res != FDT_RES_ERROR)
        so->opt_rec = 0;            /* DE2: the event-select record is gone */
    return 0;
}

static int on_fionbio(oracle *or, const fdt_rec *rec, osock *so)
{
    int err = 0;
    char eb[16];
    if (rec->res != FDT_RES_ERROR && fdp_fionbio(&or->e, &so->s, (int)rec->n, &err))
        diverge(or, rec->line, so, "FIONBIO",
                "expected fionbio to fail with %s but the trace has it succeed",
                fdt_error_str(err, eb));
    return 0;
}

/* WSPEventSelect with the trace's event object (ev=): its set-events are
   then demanded.  Without ev= (version 1) the object is a private one, set
   or not as the engine decides, and no set-event is demanded. */
static int on_eventselect(oracle *or, const fdt_rec *rec, osock *so)
{
    int err = 0;
    char eb[16];
    if (rec->res == FDT_RES_ERROR)
        return 0;                   /* a failed call changes nothing */
    if (rec->has_ev) {
        so->evobj = rec->ev;
        so->ev_hex = (uint8_t)rec->ev_hex;
    } else if (so->watched || !so->evobj) {
        so->evobj = or->next_object++;
    }
    so->watched = (uint8_t)rec->has_ev;
    so->opt_rec = 0;                /* E1: the record is cleared */
    if (!fdp_eventselect(&or->e, &so->s, so->evobj, (long)rec->mask, &err))
        return 0;
    diverge(or, rec->line, so, "S17",
            "expected eventselect to fail with %s but the trace has it succeed",
            fdt_error_str(err, eb));
    /* as for select: the provider registered the bits it knows */
    if (rec->mask & ~(uint32_t)FDP_FD_ALL_EVENTS)
        fdp_eventselect(&or->e, &so->s, so->evobj,
                        (long)(rec->mask & FDP_FD_ALL_EVENTS), &err);
    return 0;
}

/* run: the enum line with the record the engine returned in place of the
   trace's (a trailing comment kept). */
static void write_enum(oracle *or, const fdt_rec *rec, const fdp_network_events *ne)
{
    char b[FDT_EVENTS_MAX];
    const char *t = rec->text, *a = t + rec->res_col - 1, *c;
    while (a > t && (a[-1] == ' ' || a[-1] == '\t'))
        a--;
    a -= 2;                         /* the arrow */
    fprintf(or->o->run_out, "%.*s-> %s", (int)(a - t), t,
            fdt_events_str((uint32_t)ne->network_events, ne->error_code, b));
    c = memchr(t + rec->res_col - 1, '#', rec->text_len - (rec->res_col - 1));
    if (c)
        fprintf(or->o->run_out, "  %.*s", (int)(rec->text_len - (size_t)(c - t)), c);
    fputc('\n', or->o->run_out);
    or->run_records++;
}

/* One event of the record an enum returned, "FD_CLOSE=WSAECONNRESET". */
static const char *item_str(int k, int error, char *buf)
{
    int e[NEV] = { 0 };
    e[k] = error;
    return fdt_events_str(1u << k, e, buf);
}

/* The rule behind an event the engine did not record: no event-select
   registration (DE2), not selected (E1), else the machine's last
   decision. */
static const char *extra_rule(const osock *so, uint32_t bit)
{
    int i = fdp_event_index(bit), why = i >= 0 ? so->why[i] : 0;
    if (!(so->s.mode & FDP_M_EVENT))
        return "DE2";
    if (!(so->s.mask & bit))
        return "E1";
    return why ? rule_id(why) : "E2";
}

/* The trace's enum against the record the engine returned, event by event. */
static void judge_enum(oracle *or, const fdt_rec *rec, osock *so,
                       const fdp_network_events *ne)
{
    uint32_t want = (uint32_t)ne->network_events & FDP_FD_ALL_EVENTS, have = rec->mask;
    char b1[FDT_EVENTS_MAX], b2[FDT_EVENTS_MAX];
    int k;
    for (k = 0; k < NEV; k++) {
        uint32_t bit = 1u << k;
        const char *rule = so->rec_rule[k] ? rule_id(so->rec_rule[k]) : "E2";
        if (!((want | have) & bit))
            continue;
        if (!(have & bit))
            diverge(or, rec->line, so, rule, "expected enum to return %s but the "
                    "trace's record lacks it (missing event)",
                    item_str(k, ne->error_code[k], b1));
        else if (!(want & bit) && !(so->opt_rec & bit))    /* D1: may be */
            diverge(or, rec->line, so, extra_rule(so, bit), "expected enum not to "
                    "return %s but the trace's record has %s (extra event)",
                    fdp_event_name(bit), item_str(k, rec->errors[k], b2));
        else if ((want & bit) && ne->error_code[k] != rec->errors[k])
            diverge(or, rec->line, so, rule, "expected enum to return %s but the "
                    "trace's record has %s (wrong error code)",
                    item_str(k, ne->error_code[k], b1), item_str(k, rec->errors[k], b2));
    }
}

/* WSPEnumNetworkEvents (E4): the record is the engine's to return. */
static int on_enum(oracle *or, const fdt_rec *rec, osock *so)
{
    fdp_network_events ne;
    int rc;
    memset(&ne, 0, sizeof ne);
    rc = fdp_enum_network_events(&or->e, &so->s, rec->has_ev ? rec->ev : 0, &ne, &or->err);
    if (or->o->run_out && rc) {     /* refused (check_refused says so) */
        fprintf(or->o->run_out, "%.*s\n", (int)rec->text_len, rec->text);
        or->run_records++;
    } else if (or->o->run_out) {
        write_enum(or, rec, &ne);
    } else if (!rc) {
        judge_enum(or, rec, so, &ne);
    }
    if (!rc)
        so->opt_rec = 0;
    return 0;
}

static int on_bind(oracle *or, const fdt_rec *rec, osock *so)
{
    if (!res_error(rec))
        fdp_bind(&or->e, &so->s, &or->err);
    return 0;
}

static int on_listen(oracle *or, const fdt_rec *rec, osock *so)
{
    if (!res_error(rec)) {
        so->listened = 1;
        fdp_listen(&or->e, &so->s, &or->err);
    }
    return 0;
}

static int on_shutdown(oracle *or, const fdt_rec *rec, osock *so)
{
    if (!res_error(rec))
        fdp_shutdown(&or->e, &so->s, (int)rec->n, &or->err);
    return 0;
}

static int on_oobinline(oracle *or, const fdt_rec *rec, osock *so)
{
    if (res_error(rec))
        return 0;
    if (rec->n && !so->oobinline) {     /* D3: urgent data is now in line */
        so->queued += so->urgent;
        so->urgent = 0;
    }
    so->oobinline = (int)rec->n;
    fdp_oobinline(&or->e, &so->s, (int)rec->n, &or->err);
    return 0;
}

static int on_close(oracle *or, const fdt_rec *rec, osock *so)
{
    if (res_error(rec))
        return 0;
    fdp_close(&or->e, &so->s, &or->err);
    bury(or, so, rec->line);
    return 0;
}

static int on_connect(oracle *or, const fdt_rec *rec, osock *so)
{
    if (rec->kind == FDT_JOINLEAF)
        fdp_joinleaf(&or->e, &so->s, res_error(rec), &or->err);
    else
        fdp_connect(&or->e, &so->s, res_error(rec), &or->err);
    return 0;
}

static int on_ioctl(oracle *or, const fdt_rec *rec, osock *so)
{
    /* a failing ioctl re-enables too (S4) */
    fdp_ioctl(&or->e, &so->s, (uint32_t)rec->n, &or->err);
    return 0;
}

/* A socket more would pass MAX_SOCKETS open at once: a trace error. */
static int too_many_sockets(oracle *or, const fdt_rec *rec, unsigned col)
{
    if (or->nsock - or->ntombs < or->max_sockets)
        return 0;
    trace_error(or, rec->line, col, "more than %lu sockets open at once (the oracle's "
                "limit, a Windows process's handle limit)", or->max_sockets);
    return 1;
}

static int on_accept(oracle *or, const fdt_rec *rec, osock *so)
{
    char key[64];
    osock *ns, *old;
    uint64_t h;
    if (rec->res == FDT_RES_ERROR) {
        fdp_accept(&or->e, &so->s, rec->error, so->pending > 0, NULL, 0, &or->err);
        return 0;
    }
    if (!so->pending)
        return trace_error(or, rec->line, rec->res_col,
                           "accept returned a connection, but none was pending on '%s'",
                           so->name);
    ns = lookup(or, key, name_key(&rec->newname, key, sizeof key));
    if (ns && !ns->closed)
        return trace_error(or, rec->line, rec->res_col,
                           "socket '%s' already exists (created at line %lu)",
                           ns->name, ns->born);
    if (too_many_sockets(or, rec, rec->res_col))
        return -1;
    so->pending--;
    old = ns;
    ns = new_sock(or, key, &rec->newname, FDT_TCP, rec->line);
    ns->oobinline = so->oobinline;      /* S11, D3: "the same properties" */
    ns->evobj = so->evobj;              /* E5: the listener's event object */
    ns->watched = so->watched;
    ns->ev_hex = so->ev_hex;
    if (old) {                  /* the handle is reused: see queue_retarget */
        queue_retarget(or, old, ns);
        unbury(or, old);
    }
    remember(or, ns, rec);
    h = rec->newname.numeric ? rec->newname.value : or->next_handle++;
    or->accepted = ns;
    if (or->fast && h == so->s.handle)
        or->res->status = ORACLE_DIVERGE;   /* posts not told apart: explain */
    fdp_accept(&or->e, &so->s, 0, so->pending > 0, &ns->s, h, &or->err);
    return 0;
}

/* The bytes a recv returned, against what is queued; 0 or a trace error. */
static int recv_bytes(oracle *or, const fdt_rec *rec, osock *so, int oob, int peek)
{
    uint64_t b = rec->bytes;
    if (oob) {
        if (b > so->urgent)
            return trace_error(or, rec->line, rec->res_col,
                               "recv oob returned %llu bytes, but %llu urgent bytes are queued%s",
                               (unsigned long long)b, (unsigned long long)so->urgent,
                               so->oobinline ? " (SO_OOBINLINE is on: urgent data is read in line)" : "");
        if (!peek)
            so->urgent -= b;
    } else if (so->type == FDT_UDP) {
        if (!so->dq_n)
            return trace_error(or, rec->line, rec->res_col,
                               "recv returned a datagram, but none is queued");
        if (b > so->dq[so->dq_head].size)
            return trace_error(or, rec->line, rec->res_col,
                               "recv returned %llu bytes, but the next datagram has %lu",
                               (unsigned long long)b,
                               (unsigned long)so->dq[so->dq_head].size);
        if (!peek)
            dq_pop(or, so);
    } else {
        if (b > so->queued)
            return trace_error(or, rec->line, rec->res_col,
                               "recv returned %llu bytes, but %llu are queued",
                               (unsigned long long)b, (unsigned long long)so->queued);
        if (b == 0 && rec->n > 0 && so->queued > 0)
            return trace_error(or, rec->line, rec->res_col,
                               "recv returned 0 (end of data), but %llu bytes are queued",
                               (unsigned long long)so->queued);
        if (!peek)
            so->queued -= b;
    }
    return 0;
}

/* The trace's recv flags are the engine's (fdt.h): passed as they are. */
_Static_assert(FDT_RECV_OOB == FDP_MSG_OOB && FDT_RECV_PEEK == FDP_MSG_PEEK,
               "recv flags differ from the engine's");

static int on_recv(oracle *or, const fdt_rec *rec, osock *so)
{
    long result;
    unsigned left = 0;
    int oob = (rec->flags & FDT_RECV_OOB) != 0;
    int peek = (rec->flags & FDT_RECV_PEEK) != 0;
    if (rec->res == FDT_RES_BYTES) {
        int bad = recv_bytes(or, rec, so, oob, peek);
        if (bad)
            return bad;
        result = (long)rec->bytes;
    } else {
        /* A datagram too big for the buffer is dropped with the error. */
        if (so->type == FDT_UDP && !oob && !peek && rec->error == 10040 && so->dq_n)
            dq_pop(or, so);
        result = -(long)rec->error;
    }
    if (so->type == FDT_UDP ? so->dq_n > 0 : so->queued > 0)
        left |= FDP_LEFT_DATA;
    if (so->urgent > 0)
        left |= FDP_LEFT_URGENT;
    fdp_recv(&or->e, &so->s, rec->flags & (FDT_RECV_OOB | FDT_RECV_PEEK),
             (long)rec->n, result, left, &or->err);
    return 0;
}

static int on_send(oracle *or, const fdt_rec *rec, osock *so)
{
    fdp_send(&or->e, &so->s, (long)rec->n,
             rec->res == FDT_RES_BYTES ? (long)rec->bytes : -(long)rec->error, &or->err);
    return 0;
}

/* ---- the transport's records: bookkeeping, then one engine input ---- */

static int book_arrive(oracle *or, const fdt_rec *rec, osock *so)
{
    if (so->type == FDT_UDP) {
        if (so->dgrams >= or->max_dgrams)
            return trace_error(or, rec->line, rec->name.col,
                               "more than %lu datagrams queued on '%s' and not received "
                               "(the oracle's limit per socket)", or->max_dgrams, so->name);
        if (or->dgrams >= or->max_dgrams_all)
            return trace_error(or, rec->line, rec->name.col,
                               "more than %lu datagrams queued on all sockets and not "
                               "received (the oracle's limit)", or->max_dgrams_all);
        dq_push(or, so, (uint32_t)rec->n);
        return 0;
    }
    if (!rec->n)
        return trace_error(or, rec->line, rec->n_col,
                           "arrive 0 on a stream socket: nothing arrived");
    so->queued += rec->n;
    return 0;
}

static int book_arrive_oob(oracle *or, const fdt_rec *rec, osock *so)
{
    if (so->type == FDT_UDP)
        return trace_error(or, rec->line, rec->name.col,
                           "urgent data on datagram socket '%s'", so->name);
    if (!rec->n)
        return trace_error(or, rec->line, rec->n_col,
                           "arrive-oob 0: nothing arrived");
    if (so->oobinline)
        so->queued += rec->n;       /* D3: in line, with the normal data */
    else
        so->urgent += rec->n;
    return 0;
}

static int book_incoming(oracle *or, const fdt_rec *rec, osock *so)
{
    if (!so->listened)
        return trace_error(or, rec->line, rec->name.col,
                           "incoming on '%s', which never listened", so->name);
    so->pending++;
    return 0;
}

static int book_data_gone(oracle *or, const fdt_rec *rec, osock *so)
{
    (void)rec;
    so->queued = 0;
    dq_clear(or, so);
    return 0;
}

static int book_urgent_gone(oracle *or, const fdt_rec *rec, osock *so)
{
    (void)or, (void)rec;
    so->urgent = 0;
    return 0;
}

static int book_no_pending(oracle *or, const fdt_rec *rec, osock *so)
{
    (void)or, (void)rec;
    so->pending = 0;
    return 0;
}

/* record -> engine input, from the one vocabulary (fdp_vocab.h) */
static const int input_of[FDT_KINDS_] = {
#define INPUT_OF(name, in, text) [FDT_##name] = FDP_IN_##in,
    FDP_TRACE_INPUTS(INPUT_OF)
#undef INPUT_OF
};

/* What the input's argument is: nothing, the byte count or the error. */
enum { ARG_NONE, ARG_N, ARG_ERROR };
static const struct { unsigned char arg; replay_fn *book; } transport[FDT_KINDS_] = {
    [FDT_ARRIVE] = { ARG_N, book_arrive },
    [FDT_ARRIVE_OOB] = { ARG_N, book_arrive_oob },
    [FDT_INCOMING] = { ARG_NONE, book_incoming },
    [FDT_CONNECT_FAILED] = { ARG_ERROR, NULL },
    [FDT_ABORT] = { ARG_ERROR, NULL },
    [FDT_ROUTE_CHANGE] = { ARG_ERROR, NULL },
    [FDT_DATA_GONE] = { ARG_NONE, book_data_gone },
    [FDT_URGENT_GONE] = { ARG_NONE, book_urgent_gone },
    [FDT_NO_PENDING] = { ARG_NONE, book_no_pending },
};

static int on_input(oracle *or, const fdt_rec *rec, osock *so)
{
    int k = rec->kind;
    long arg = transport[k].arg == ARG_N ? (long)rec->n
             : transport[k].arg == ARG_ERROR ? rec->error : 0;
    int bad = transport[k].book ? transport[k].book(or, rec, so) : 0;
    if (bad)
        return bad;
    fdp_input(&or->e, &so->s, input_of[k], arg, &or->err);
    return 0;
}

static replay_fn *const replay[FDT_KINDS_] = {
    [FDT_SELECT] = on_select, [FDT_EVENTSELECT] = on_eventselect,
    [FDT_FIONBIO] = on_fionbio, [FDT_ENUM] = on_enum, [FDT_BIND] = on_bind,
    [FDT_LISTEN] = on_listen, [FDT_SHUTDOWN] = on_shutdown,
    [FDT_OOBINLINE] = on_oobinline, [FDT_CLOSE] = on_close,
    [FDT_CONNECT] = on_connect, [FDT_JOINLEAF] = on_connect,
    [FDT_IOCTL] = on_ioctl, [FDT_ACCEPT] = on_accept,
    [FDT_RECV] = on_recv, [FDT_SEND] = on_send,
#define INPUT_REPLAY(name, in, text) [FDT_##name] = on_input,
    FDP_TRACE_INPUTS(INPUT_REPLAY)
#undef INPUT_REPLAY
};

static int on_socket(oracle *or, const fdt_rec *rec, osock *so, const char *key)
{
    int err = 0;
    osock *old;
    if (so && !so->closed)
        return trace_error(or, rec->line, rec->name.col,
                           "socket '%s' already exists (created at line %lu)",
                           so->name, so->born);
    if (too_many_sockets(or, rec, rec->name.col))
        return -1;
    old = so;
    so = new_sock(or, key, &rec->name, (int)rec->n, rec->line);
    if (old) {
        queue_retarget(or, old, so);
        unbury(or, old);
    }
    remember(or, so, rec);
    start_group(or, rec, so);
    fdp_socket_init(&or->e, &so->s, rec->name.numeric ? rec->name.value : or->next_handle++,
                    rec->n == FDT_UDP ? FDP_DGRAM : FDP_STREAM, or->profile, &err);
    return 0;
}

/* A record the engine refused but the trace has succeed or happen cannot
   pass silently (select, eventselect and fionbio judge their own). */
static void judge_refused(oracle *or, const fdt_rec *rec, osock *so)
{
    char eb[16];
    if (rec->res == FDT_RES_ERROR || rec->kind == FDT_SELECT ||
        rec->kind == FDT_EVENTSELECT || rec->kind == FDT_FIONBIO)
        return;
    diverge(or, rec->line, so, rec->kind == FDT_ROUTE_CHANGE ? "S14" : "",
            "the engine refuses `%s` with %s but the trace has it %s", or->cause_text,
            fdt_error_str(or->refused, eb),
            rec->kind >= FDT_ARRIVE && rec->kind < FDT_POST ? "happen" : "succeed");
}

/* Once per record: the test inline, the judging (rare) out of line. */
static inline void check_refused(oracle *or, const fdt_rec *rec, osock *so)
{
    if (or->refused)
        judge_refused(or, rec, so);
}

/* The fast pass runs the engine without an observer (the machines that
   cannot change are then skipped) until event-select mode, whose records
   and sets only an observer hears (event_mode_cb), is first asked for. */
static void observe_events(oracle *or)
{
    fdp_set_observer(&or->e, refusal_cb, or);
    or->observing = 1;
}

/* Without an observer a refusal shows only in the engine's error.  The
   observer does not hear WSAENOTSOCK: the pass that explains decides. */
static void refused_unobserved(oracle *or)
{
    if (or->err == FDP_WSAENOTSOCK)
        or->res->status = ORACLE_DIVERGE;
    else
        or->refused = or->err;
}

/* A record of a socket that exists, through its replay function: a
   call, a transport record or an enum (kind known to the reader). */
static HOT_INLINE int replay_record(oracle *or, const fdt_rec *rec)
{
    char key[64];
    osock *so = find_sock(or, &rec->name, key, 0);
    replay_fn *f = (unsigned)rec->kind < FDT_KINDS_ ? replay[rec->kind] : NULL;  /* [0]: NULL */
    if (!so)
        return trace_error(or, rec->line, rec->name.col,
                           "unknown socket '%.*s' (no socket or accept created it)",
                           (int)rec->name.len, rec->name.text);
    if (so->closed)
        return trace_error(or, rec->line, rec->name.col,
                           "socket '%s' was closed at line %lu", so->name, so->closed_at);
    remember(or, so, rec);
    start_group(or, rec, so);
    if (!f)
        return trace_error(or, rec->line, 1, "record kind %d not handled", rec->kind);
    or->refused = 0;
    or->err = 0;
    if (rec->kind == FDT_EVENTSELECT && !or->observing)
        observe_events(or);
    if (f(or, rec, so))
        return -1;
    if (!or->observing && or->err)
        refused_unobserved(or);
    check_refused(or, rec, so);
    return 0;
}

static int on_record(oracle *or, const fdt_rec *rec)
{
    char key[64];

    if (rec->kind == FDT_VERSION || rec->kind == FDT_HANDWRITTEN)
        return 0;
    if (rec->kind == FDT_QUEUED) {
        or->queued = 1;
        if (or->fast)   /* the queue is judged by the pass that explains */
            or->res->status = ORACLE_DIVERGE;
        return 0;
    }
    if (rec->kind == FDT_PROFILE) {
        if (or->o->profile < 0)
            or->e.profile = or->profile = (int)rec->n;
        return 0;
    }
    if (rec->kind == FDT_SOCKET)
        return on_socket(or, rec, find_sock(or, &rec->name, key, 1), key);
    return replay_record(or, rec);
}

static void free_all(oracle *or)
{
    size_t i;
    for (i = 0; i < or->tabsz; i++) {
        osock *p = or->tab[i], *q;
        for (; p; p = q) {
            q = p->next;
            free_sock(p);
        }
    }
    free(or->tab);
    free(or->q);
}

int oracle_parse_profile(const char *s)
{
    int p;
    for (p = 0; p < FDP_PROFILES; p++)
        if (!strcmp(s, fdp_profile_names[p]))
            return p;
    return -2;
}

/* The verdict on a trace that read to its end without a trace error:
   incomplete when it judged nothing, or has no closing record (and is not
   handwritten), or its closing record counts other records than arrived. */
static void judge_complete(oracle *or)
{
    char msg[300];
    oracle_report r;
    unsigned long line = or->end_line ? or->end_line : or->rd.line;
    if (!or->body)
        snprintf(msg, sizeof msg, "no records to judge (an empty or header-only trace)");
    else if (or->end_line && or->end_count != or->end_before)
        snprintf(msg, sizeof msg, "the closing record counts %llu records before it, "
                 "the trace has %lu: records were lost",
                 (unsigned long long)or->end_count, or->end_before);
    else if (!or->end_line && !or->rd.handwritten)
        snprintf(msg, sizeof msg, "no closing record 'end N': the recording stopped "
                 "early or lost its end ('handwritten' marks a trace written by hand)");
    else
        return;
    snprintf(or->head, sizeof or->head, "%s:%lu: incomplete: %s", or->path, line, msg);
    r.kind = ORACLE_INCOMPLETE;
    r.path = or->path;
    r.line = line;
    r.col = 0;
    r.headline = or->head;
    r.detail = "";
    r.rule = "";
    or->res->status = ORACLE_INCOMPLETE;
    if (or->o->report)
        or->o->report(or->o->report_ctx, &r);
}

/* After a trace error, the rest of the trace is only counted: when its
   closing record counts other records than arrived, records were lost,
   which explains the error, and the verdict is incomplete.  1 then. */
static int lost_records(oracle *or)
{
    fdt_rec rec;
    int rc;
    while ((rc = fdt_next(&or->rd, &rec)) > 0) {
        if (rec.kind == FDT_NOTE)
            continue;
        or->res->records++;
        if (rec.kind == FDT_END) {
            or->end_line = rec.line;
            or->end_count = rec.n;
            or->end_before = or->res->records - 1;
        }
    }
    return rc == 0 && or->end_line && or->end_count != or->end_before;
}

/* The closing record: remembered for judge_complete; `fdpost run` writes
   its own count, since it adds and drops posts. */
static void on_end(oracle *or, const fdt_rec *rec)
{
    finish_group(or);
    or->end_line = rec->line;
    or->end_count = rec->n;
    or->end_before = or->res->records - 1;
    if (or->o->run_out)
        fprintf(or->o->run_out, "end %lu\n", or->run_records);
}

/* An oracle for one pass over what `read` gives. */
static oracle *new_oracle(const char *name, fdt_read_fn *read, void *ctx,
                          const oracle_opts *o, oracle_result *res, int fast)
{
    oracle *or = calloc(1, sizeof *or);
    if (!or)
        die_oom();
    memset(res, 0, sizeof *res);
    or->o = o;
    or->res = res;
    or->path = name;
    or->fast = fast;
    if (fdt_reader_init(&or->rd, or->path, read, ctx))
        die_oom();
    or->rd.notes = o->run_out != NULL;
    or->profile = o->profile >= 0 ? o->profile : FDP_PROFILE_SPEC;
    fdp_init(&or->e, post_cb, or, or->profile);
    if (!fast)
        fdp_set_observer(&or->e, observe_cb, or);
    or->observing = !fast;
    fdp_set_event_callback(&or->e, event_cb, or);
    or->next_object = (uint64_t)1 << 62;    /* private event objects */
    or->next_handle = (uint64_t)1 << 48;
    or->queued = o->queued;
    or->max_dgrams = o->max_dgrams ? o->max_dgrams : MAX_DGRAMS;
    or->max_dgrams_all = o->max_dgrams_all ? o->max_dgrams_all : MAX_DGRAMS_ALL;
    or->max_sockets = o->max_sockets ? o->max_sockets : MAX_SOCKETS;
    seed_key(or->key);
    return or;
}

/* Replay what `read` gives; `name` names it in messages.  fast: the fast
   pass (no observer until event-select mode, no reports), which stops at
   the first record that does not conform. */
/* Nothing written (run) or queued (`posts queued`): a call or transport
   record needs none of run_reader's other steps.  A directive may queue. */
static int plain_replay(const oracle *or)
{
    return !or->o->run_out && !or->queued;
}

static int run_reader(const char *name, fdt_read_fn *read, void *ctx,
                      const oracle_opts *o, oracle_result *res, int fast)
{
    oracle *or = new_oracle(name, read, ctx, o, res, fast);
    fdt_rec rec;
    int rc, status;
    int plain = plain_replay(or);

    while ((rc = fdt_next_inline(&or->rd, &rec)) > 0) {
        if (res->status != ORACLE_CONFORM && fast)
            break;
        /* most records: a call or a transport record, when plain
           (on_record's directives and socket skipped) */
        if (rec.kind > FDT_SOCKET && rec.kind < FDT_POST && plain) {
            res->records++;
            or->body++;
            end_group(or);
            if (replay_record(or, &rec))
                break;
            continue;
        }
        if (rec.kind == FDT_POST) {     /* the next commonest: a record of the body */
            res->records++;
            or->body++;
            if (on_post(or, &rec))
                break;
            continue;
        }
        if (rec.kind == FDT_NOTE) {
            fwrite(rec.text, 1, rec.text_len, o->run_out);
            fputc('\n', o->run_out);
            continue;
        }
        res->records++;
        if (rec.kind == FDT_END) {
            on_end(or, &rec);
            continue;
        }
        /* (the directives: VERSION, PROFILE and QUEUED first, HANDWRITTEN) */
        or->body += rec.kind > FDT_QUEUED && rec.kind != FDT_HANDWRITTEN;
        if (rec.kind == FDT_SET_EVENT) {
            if (on_set_event(or, &rec))
                break;
            continue;
        }
        finish_group(or);
        if (o->run_out && rec.kind != FDT_ENUM) {   /* enum: the engine's record */
            fwrite(rec.text, 1, rec.text_len, o->run_out);
            fputc('\n', o->run_out);
            or->run_records++;
        }
        if (on_record(or, &rec))
            break;
        plain = plain_replay(or);
        if (or->queued && !o->run_out && queue_push(or))
            break;
        if (o->run_out) {
            write_posts(or);
            write_sets(or);
        }
    }
    if (rc < 0)
        trace_error(or, or->rd.err_line, or->rd.err_col, "%s", or->rd.err);
    else if (res->status != ORACLE_ERROR) {
        finish_group(or);
        if (or->queued && !o->run_out)
            queue_end(or);
    }
    if (res->status != ORACLE_ERROR || (rc > 0 && !fast && lost_records(or)))
        judge_complete(or);
    res->bytes = or->rd.bytes;
    status = res->status;
    fdt_reader_free(&or->rd);
    free_all(or);
    free(or);
    return status;
}

/* The fast pass first when the input can be read again (`back` is not
   NULL: it goes back to the start, 0 on success), then, unless the trace
   conformed, the pass that explains. */
static int replay_twice(const char *name, fdt_read_fn *read, void *ctx,
                  int (*back)(void *), const oracle_opts *o,
                  oracle_result *res)
{
    oracle_opts quiet = *o;
    int twice = !o->run_out && !o->queued && back && !back(ctx);
    quiet.report = NULL;
    if (twice && run_reader(name, read, ctx, &quiet, res, 1) == ORACLE_CONFORM)
        return ORACLE_CONFORM;
    if (twice && back(ctx))
        return res->status;     /* it could be read only once after all */
    return run_reader(name, read, ctx, o, res, 0);
}

typedef struct file_at { FILE *fp; off_t start; } file_at;

static size_t read_file_at(void *ctx, char *buf, size_t n)
{
    return fdt_read_file(((file_at *)ctx)->fp, buf, n);
}

static int rewind_file(void *ctx)
{
    file_at *f = ctx;
    clearerr(f->fp);
    return fseeko(f->fp, f->start, SEEK_SET);
}

typedef struct mem_at { fdt_mem m; const char *text; size_t len; } mem_at;

static size_t read_mem_at(void *ctx, char *buf, size_t n)
{
    return fdt_read_mem(&((mem_at *)ctx)->m, buf, n);
}

static int rewind_mem(void *ctx)
{
    mem_at *a = ctx;
    a->m.p = a->text;
    a->m.left = a->len;
    return 0;
}

int oracle_run(const char *path, const oracle_opts *o, oracle_result *res)
{
    file_at f;
    int status;

    memset(res, 0, sizeof *res);
    f.fp = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    if (!f.fp) {
        res->status = ORACLE_ERROR;
        return ORACLE_ERROR;        /* the caller says why (errno) */
    }
    f.start = ftello(f.fp);         /* -1 for a pipe: no fast pass */
    status = replay_twice(f.fp == stdin ? "<stdin>" : path, read_file_at, &f,
                    f.start >= 0 ? rewind_file : NULL, o, res);
    if (f.fp != stdin)
        fclose(f.fp);
    return status;
}

int oracle_run_mem(const char *name, const char *text, size_t len,
                   const oracle_opts *o, oracle_result *res)
{
    mem_at a;
    a.text = a.m.p = text;
    a.len = a.m.left = len;
    return replay_twice(name, read_mem_at, &a, rewind_mem, o, res);
}
