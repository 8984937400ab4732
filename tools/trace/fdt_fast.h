/* SPDX-License-Identifier: MIT */
/*
 * fdt_fast.h -- the lines a recording is mostly made of, read without
 * tokens.  Part of the reader (fdt_reader.c, which includes it after its
 * parser), included also by the oracle, whose loop inlines the fast path
 * (fdt_next_inline).
 *
 * The parser lexes every token and checks its spacing and glue so that it
 * can say what is wrong anywhere; most lines need none of that.  fdt_fast
 * reads a line of the common shapes -- NAME VERB and its arguments, one
 * space between tokens, no comment -- straight into the record the parser
 * makes of it, and gives up (0) at anything else: a tab, two spaces, a
 * comment, a directive, a rarer verb or argument, a number out of range,
 * any error.  The parser then reads the line as before, so every message
 * is the parser's.  Words are what the lexer's table says (fdt_word),
 * verbs what the parser's says (fdt_verb_kind).  `bench_reader --same FILE`
 * compares the two readings record by record.
 */
#ifndef FDT_FAST_H
#define FDT_FAST_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "fdpost.h"          /* FDP_FD_READ, FDP_FD_WRITE: fast_post */
#include "fdt.h"

/* The record kind of a verb's keyword (enum fdt_kw), or 0 (fdt_reader.c). */
int fdt_verb_kind(int kw);

/* Every scanner inlined into fdt_fast keeps the cursor in a register. */
#if defined(__GNUC__)
#define FAST_INLINE __attribute__((always_inline)) inline
#else
#define FAST_INLINE
#endif

typedef struct fast { const char *line, *p; fdt_reader *r; } fast;

/* The bytes of words: FC_ID in an identifier, FC_DIG a digit, FC_VERB in
   a verb (a-z and '-'). */
enum { FC_ID = 1, FC_DIG = 2, FC_VERB = 4 };
static const unsigned char fast_class[256] = {
    ['-'] = FC_VERB, ['0'] = FC_ID|FC_DIG, ['1'] = FC_ID|FC_DIG, ['2'] = FC_ID|FC_DIG,
    ['3'] = FC_ID|FC_DIG, ['4'] = FC_ID|FC_DIG, ['5'] = FC_ID|FC_DIG,
    ['6'] = FC_ID|FC_DIG, ['7'] = FC_ID|FC_DIG, ['8'] = FC_ID|FC_DIG,
    ['9'] = FC_ID|FC_DIG, ['A'] = FC_ID, ['B'] = FC_ID, ['C'] = FC_ID, ['D'] = FC_ID,
    ['E'] = FC_ID, ['F'] = FC_ID, ['G'] = FC_ID, ['H'] = FC_ID, ['I'] = FC_ID,
    ['J'] = FC_ID, ['K'] = FC_ID, ['L'] = FC_ID, ['M'] = FC_ID, ['N'] = FC_ID,
    ['O'] = FC_ID, ['P'] = FC_ID, ['Q'] = FC_ID, ['R'] = FC_ID, ['S'] = FC_ID,
    ['T'] = FC_ID, ['U'] = FC_ID, ['V'] = FC_ID, ['W'] = FC_ID, ['X'] = FC_ID,
    ['Y'] = FC_ID, ['Z'] = FC_ID, ['_'] = FC_ID, ['a'] = FC_ID|FC_VERB,
    ['b'] = FC_ID|FC_VERB, ['c'] = FC_ID|FC_VERB, ['d'] = FC_ID|FC_VERB,
    ['e'] = FC_ID|FC_VERB, ['f'] = FC_ID|FC_VERB, ['g'] = FC_ID|FC_VERB,
    ['h'] = FC_ID|FC_VERB, ['i'] = FC_ID|FC_VERB, ['j'] = FC_ID|FC_VERB,
    ['k'] = FC_ID|FC_VERB, ['l'] = FC_ID|FC_VERB, ['m'] = FC_ID|FC_VERB,
    ['n'] = FC_ID|FC_VERB, ['o'] = FC_ID|FC_VERB, ['p'] = FC_ID|FC_VERB,
    ['q'] = FC_ID|FC_VERB, ['r'] = FC_ID|FC_VERB, ['s'] = FC_ID|FC_VERB,
    ['t'] = FC_ID|FC_VERB, ['u'] = FC_ID|FC_VERB, ['v'] = FC_ID|FC_VERB,
    ['w'] = FC_ID|FC_VERB, ['x'] = FC_ID|FC_VERB, ['y'] = FC_ID|FC_VERB,
    ['z'] = FC_ID|FC_VERB,
};

static FAST_INLINE unsigned fast_is(const char *p, unsigned cls)
{
    return fast_class[(unsigned char)*p] & cls;
}

/* At the line's end: its '\n' (a NUL ends what the buffer holds). */
static FAST_INLINE int fast_end(const char *p)
{
    return *p == '\n';
}

/* At a separator: a space (the next token follows it) or the line's end. */
static FAST_INLINE int fast_sep(const fast *f, const char *p)
{
    (void)f;
    return *p == ' ' || fast_end(p);
}

static FAST_INLINE unsigned fast_col(const fast *f, const char *at)
{
    return (unsigned)(at - f->line) + 1;
}

/* ---- eight bytes at a time ----
   Every token starts in the buffer's data, which ends in a NUL and has
   FDT_BUF_PAD (16) readable bytes after it: a token's first 16 bytes
   load whole (fdt_load, little-endian on any host: byte i is bits
   8i..8i+7), and a scan stops at the NUL before it leaves the data. */
#define FAST_ONES 0x0101010101010101ull
#define FAST_LOW7 0x7F7F7F7F7F7F7F7Full
#define FAST_HIGH 0x8080808080808080ull

/* The bytes c0.. of a word (fdt_load's order): up to 8. */
#define FAST_W4(c0, c1, c2, c3) \
    ((uint64_t)(c0) | (uint64_t)(c1) << 8 | (uint64_t)(c2) << 16 | (uint64_t)(c3) << 24)
#define FAST_W8(c0, c1, c2, c3, c4, c5, c6, c7) \
    (FAST_W4(c0, c1, c2, c3) | FAST_W4(c4, c5, c6, c7) << 32)

/* 0x80 in each byte of x that is 0, 0 in the others (exact: the sums
   stay inside their bytes). */
static FAST_INLINE uint64_t fast_zeros(uint64_t x)
{
    return ~(((x & FAST_LOW7) + FAST_LOW7) | x | FAST_LOW7);
}

/* 0x80 in each byte of x that may end a word: a byte up to ' ' (the
   space, the line end, the NUL, and bytes no word holds), or `stop`. */
static FAST_INLINE uint64_t fast_ends(uint64_t x, char stop)
{
    uint64_t m = ~(((x & FAST_LOW7) + 0x5F * FAST_ONES) | x) & FAST_HIGH;
    if (stop != ' ')
        m |= fast_zeros(x ^ ((unsigned char)stop * FAST_ONES));
    return m;
}

/* The index of the first byte m flags (m not 0). */
static FAST_INLINE unsigned fast_first(uint64_t m)
{
#if defined(__GNUC__)
    return (unsigned)__builtin_ctzll(m) / 8;
#else
    unsigned i = 0;
    for (; !(m & 0x80); m >>= 8)
        i++;
    return i;
#endif
}

/* The first n bytes of x (n < 8). */
static FAST_INLINE uint64_t fast_before(uint64_t x, unsigned n)
{
    static const uint64_t keep[8] = {
        0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFFFFFFFFFF, 0xFFFFFFFFFFFF,
        0xFFFFFFFFFFFFFF
    };
    return x & keep[n];
}

/* The 19 digits at most that fast_num's word cannot hold, and 0x
   numbers: the number's end, or NULL.  (Out of line, it takes the cursor
   rather than f, which can then stay in registers.) */
static const char *fast_num_slow(const char *p, uint64_t *v, int *hex)
{
    uint64_t n = 0;
    int digits = 0;
    *hex = p[0] == '0' && (p[1] | 0x20) == 'x';
    if (*hex)
        for (p += 2;; p++, digits++) {
            unsigned c = (unsigned char)*p, d;
            if (c >= '0' && c <= '9')
                d = c - '0';
            else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
                d = (c | 0x20) - 'a' + 10;
            else
                break;
            n = n * 16 + d;
        }
    else
        for (; fast_is(p, FC_DIG); p++, digits++)
            n = n * 10 + (unsigned)(*p - '0');
    if (!digits || digits > (*hex ? 16 : 19) || (*p != ' ' && *p != '\n'))
        return NULL;
    *v = n;
    return p;
}

static FAST_INLINE int fast_num_long(fast *f, uint64_t *v, int *hex)
{
    const char *end = fast_num_slow(f->p, v, hex);
    if (!end)
        return 0;
    f->p = end;
    return 1;
}

/* fast_num for the numbers its first four bytes do not hold: up to 7
   decimal digits are found and summed in one word: each byte less '0' is
   a digit when below 10; the digits, moved to the word's top (zeros
   before them), are summed in pairs, fours, eights
   (parse_eight_digits_unrolled, simdjson). */
static FAST_INLINE int fast_num8(fast *f, uint64_t *v, int *hex)
{
    const char *p = f->p;
    uint64_t x, other;
    unsigned len;
    x = fdt_load(p, 8) ^ ('0' * FAST_ONES);
    other = (((x & FAST_LOW7) + 0x76 * FAST_ONES) | x) & FAST_HIGH;
    if (!other)
        return fast_num_long(f, v, hex);
    len = fast_first(other);
    if (!len || !fast_sep(f, p + len))
        return 0;
    x <<= 64 - 8 * len;
    x = x * 10 + (x >> 8);
    x = ((x & 0x000000FF000000FFull) * (100 + (1000000ull << 32)) +
         ((x >> 16) & 0x000000FF000000FFull) * (1 + (10000ull << 32))) >> 32;
    *hex = 0;
    *v = x;
    f->p = p + len;
    return 1;
}

/* A number as the lexer reads it ([0-9]+ or 0x[0-9a-fA-F]+), short enough
   not to overflow, ending where a token may end.  1, or 0 (f unmoved).
   Up to 4 digits, most numbers of a trace, as fast_num8 reads 7, but in
   32 bits: its constants fit in the instructions. */
static FAST_INLINE int fast_num(fast *f, uint64_t *v, int *hex)
{
    const char *p = f->p;
    uint32_t x, other;
    unsigned len;
    x = (uint32_t)fdt_load(p, 4) ^ 0x30303030u;
    other = (((x & 0x7F7F7F7Fu) + 0x76767676u) | x) & 0x80808080u;
    len = other ? fast_first(other) : 4;
    if (len == 4 && !fast_sep(f, p + 4))
        return fast_num8(f, v, hex);     /* more digits, or what ends it */
    if (!len || !fast_sep(f, p + len))  /* 0x: a '0' that ends at the 'x' */
        return len == 1 && p[0] == '0' && (p[1] | 0x20) == 'x' ? fast_num_long(f, v, hex)
                                                               : 0;
    x <<= 32 - 8 * len;
    x = x * 10 + (x >> 8);              /* bytes 0, 2: two digits each */
    *hex = 0;
    /* byte 0 * 100 + byte 2, in bits 16-31 of one product (below 10000) */
    *v = (uint32_t)((x & 0x00FF00FFu) * (1 + ((uint32_t)100 << 16))) >> 16;
    f->p = p + len;
    return 1;
}

/* A word ([A-Za-z_][A-Za-z0-9_]*) up to a separator or `stop`; its
   length, or 0 (f unmoved). */
static FAST_INLINE size_t fast_word(fast *f, char stop)
{
    const char *p = f->p;
    size_t len;
    if (fast_is(p, FC_ID | FC_DIG) != FC_ID)
        return 0;
    while (fast_is(++p, FC_ID))
        ;
    if (!fast_sep(f, p) && *p != stop)
        return 0;
    len = (size_t)(p - f->p);
    f->p = p;
    return len;
}

/* What the lexer makes of the word [w, w+len), into m (fdt_reader.c: one
   copy, out of line: it runs once per word the memo takes in). */
void fdt_learn(fdt_memo *m, const char *w, size_t len);

/* The memo's entry for the word at f->p: the bytes before the first byte
   up to ' ' or `stop`, when that is one of the first 16 (the reader
   remembers a few dozen: a trace repeats its verbs and FD_ names); the
   word's end in *end.  NULL for a longer word. */
static FAST_INLINE const fdt_memo *fast_memo(fast *f, char stop, const char **end)
{
    const char *w = f->p;
    uint64_t a = fdt_load(w, 8), b = 0, e = fast_ends(a, stop);
    size_t len;
    fdt_memo *m;
    if (e) {
        len = fast_first(e);
        a = fast_before(a, (unsigned)len);
    } else {
        b = fdt_load(w + 8, 8);
        if (!(e = fast_ends(b, stop)))
            return NULL;
        len = 8 + fast_first(e);
        b = fast_before(b, (unsigned)len - 8);
    }
    m = &f->r->memo[((a ^ (b * 0x9E3779B97F4A7C15ull) ^ len) * 0xFF51AFD7ED558CCDull) >>
                    (64 - FDT_MEMO_BITS)];
    /* a and b, zero past the word (which holds no zero byte), say its
       length too */
    if (m->a != a || m->b != b) {
        fdt_learn(m, w, len);
        m->a = a;
        m->b = b;
        m->len = (unsigned)len;
    }
    *end = w + len;
    return m;
}

/* The next word's token kind and value (fdt_word), f moved past it; 0
   when no word ends at a separator or `stop` there. */
static FAST_INLINE int fast_token(fast *f, char stop, int *val)
{
    const char *at = f->p, *end;
    const fdt_memo *m = fast_memo(f, stop, &end);
    size_t len;
    if (m) {
        if (!m->kind || (*end != ' ' && *end != '\n' && *end != stop))
            return 0;
        f->p = end;
        *val = m->val;
        return m->kind;
    }
    if (!(len = fast_word(f, stop)))   /* longer than 16 bytes */
        return 0;
    return fdt_word(at, len, val);
}

/* A name that the parser would not take as a socket: a reserved word, or
   `posts` (it may start a directive).  All are a-z only, and of these
   lengths (a bit each): most names are not even read again (most fail at
   their second byte, a digit, or the line's space for a one-byte name). */
#define FAST_RESERVED_LENS ((1u << 3) | (1u << 5) | (1u << 6) | (1u << 7) | (1u << 11))
static FAST_INLINE int fast_reserved(const char *s, size_t len)
{
    size_t i;
    int val;
    if (!fast_is(s + 1, FC_VERB) || len > 11 || !((FAST_RESERVED_LENS >> len) & 1))
        return 0;
    for (i = 0; i < len; i++)
        if (!fast_is(s + i, FC_VERB) || s[i] == '-')
            return 0;
    if (len == 5 && !memcmp(s, "posts", 5))
        return 1;
    return fdt_word(s, len, &val) == FDT_T_KW &&
           (val == FDT_KW_FDT || val == FDT_KW_PROFILE || val == FDT_KW_SOCKET ||
            val == FDT_KW_END || val == FDT_KW_HANDWRITTEN);
}

/* The verb: a keyword of a-z and '-' that verb_kind knows; its kind or 0. */
static FAST_INLINE int fast_verb(fast *f)
{
    const char *end;
    const fdt_memo *m;
    int val;
    /* The four verbs of nine lines in ten, and their space, by a compare
       each: cheaper than the memo's hash (which knows them the same) */
    uint64_t w = fdt_load(f->p, 8);
    if ((w & 0xFFFFFFFFFFull) == FAST_W8('r', 'e', 'c', 'v', ' ', 0, 0, 0))
        return f->p += 4, FDT_RECV;
    if ((w & 0xFFFFFFFFFFull) == FAST_W8('p', 'o', 's', 't', ' ', 0, 0, 0))
        return f->p += 4, FDT_POST;
    if ((w & 0xFFFFFFFFFFFFFFull) == FAST_W8('a', 'r', 'r', 'i', 'v', 'e', ' ', 0))
        return f->p += 6, FDT_ARRIVE;
    if ((w & 0xFFFFFFFFFFull) == FAST_W8('s', 'e', 'n', 'd', ' ', 0, 0, 0))
        return f->p += 4, FDT_SEND;
    m = fast_memo(f, ' ', &end);
    if (m) {
        if (!m->verb || (*end != ' ' && *end != '\n'))
            return 0;
        f->p = end;
        return m->verb;
    }
    for (end = f->p; fast_is(end, FC_VERB); end++)     /* 16 bytes or more */
        ;
    if (!fast_sep(f, end) || fdt_word(f->p, (size_t)(end - f->p), &val) != FDT_T_KW)
        return 0;
    f->p = end;
    return fdt_verb_kind(val);
}

/* One space (a second one, or a tab, is no token's first byte). */
static FAST_INLINE int fast_space(fast *f)
{
    if (*f->p != ' ')
        return 0;
    f->p++;
    return 1;
}

/* " -> ": the arrow and one space each side, in one compare. */
static FAST_INLINE int fast_arrow(fast *f)
{
    if (fdt_load(f->p, 4) != FAST_W4(' ', '-', '>', ' '))
        return 0;
    f->p += 4;
    return 1;
}

/* How many digits (up to 8) start p, in one word (fast_num's test). */
static FAST_INLINE unsigned fast_digits(const char *p)
{
    uint64_t x = fdt_load(p, 8) ^ ('0' * FAST_ONES);
    uint64_t other = (((x & FAST_LOW7) + 0x76 * FAST_ONES) | x) & FAST_HIGH;
    return other ? fast_first(other) : 8;
}

/* A socket name (take_name): an identifier, not reserved, or a number. */
static FAST_INLINE int fast_name(fast *f, fdt_name *n)
{
    const char *s = f->p;
    int hex;
    if (fast_is(s, FC_DIG)) {
        if (!fast_num(f, &n->value, &hex))
            return 0;
        n->numeric = 1;
    } else if (fast_is(s, FC_ID)) {
        const char *p = s + 1 + fast_digits(s + 1);   /* most names: s123 */
        while (fast_is(p, FC_ID))       /* four instructions a byte */
            p++;
        if (!fast_sep(f, p) || fast_reserved(s, (size_t)(p - s)))
            return 0;
        f->p = p;
        n->numeric = 0;
        n->value = 0;
    } else {
        return 0;
    }
    n->text = s;
    n->len = (unsigned)(f->p - s);
    n->col = fast_col(f, s);
    return 1;
}

/* An error where a bare number may be one (error_start(p, 1)): a WSA name
   or a number up to FDT_MAX_ERROR. */
static FAST_INLINE int fast_error(fast *f, int *err)
{
    uint64_t v;
    int hex, val;
    if (fast_num(f, &v, &hex)) {
        *err = (int)v;
        return v <= FDT_MAX_ERROR;
    }
    if (fast_token(f, ' ', &val) != FDT_T_ERR)
        return 0;
    *err = val;
    return 1;
}

/* [-> ok|ERROR] and the end (take_ok_or_error). */
static FAST_INLINE int fast_ok_or_error(fast *f, fdt_rec *rec)
{
    int val;
    fast g;
    if (fast_end(f->p))
        return 1;
    if (!fast_arrow(f))
        return 0;
    rec->res_col = fast_col(f, f->p);
    g = *f;
    if (fast_token(&g, ' ', &val) == FDT_T_KW) {
        if (val != FDT_KW_OK)
            return 0;
        *f = g;
        rec->res = FDT_RES_OK;
    } else {
        if (!fast_error(f, &rec->error))
            return 0;
        rec->res = rec->error ? FDT_RES_ERROR : FDT_RES_OK;
    }
    return fast_end(f->p);
}

/* A count: ' ' and a number up to max, its column in n_col. */
static FAST_INLINE int fast_count(fast *f, fdt_rec *rec, uint64_t max)
{
    int hex;
    if (!fast_space(f))
        return 0;
    rec->n_col = fast_col(f, f->p);
    return fast_num(f, &rec->n, &hex) && rec->n <= max;
}

/* recv N -> BYTES|ERROR, send N -> BYTES|ERROR (no peek, no oob); the
   line's end is fdt_fast's to check. */
static FAST_INLINE int fast_recv_send(fast *f, fdt_rec *rec)
{
    int hex, val;
    if (!fast_count(f, rec, (uint64_t)INT64_MAX) || !fast_arrow(f))
        return 0;
    rec->res_col = fast_col(f, f->p);
    if (fast_num(f, &rec->bytes, &hex)) {
        if (rec->bytes > FDT_MAX_BYTES || rec->bytes > rec->n)
            return 0;
        rec->res = FDT_RES_BYTES;
    } else if (fast_token(f, ' ', &val) == FDT_T_ERR) {
        rec->res = FDT_RES_ERROR;
        rec->error = val;
    } else {
        return 0;
    }
    return 1;
}

/* " wnd=" or " msg=" at p (which reads no further than a difference) */
static FAST_INLINE int fast_id_at(const char *p, char c0, char c1, char c2)
{
    return p[0] == ' ' && p[1] == c0 && p[2] == c1 && p[3] == c2 && p[4] == '=';
}

/* [wnd=ID] [msg=ID], each once (take_ids), up to the end or a result. */
static FAST_INLINE int fast_ids(fast *f, fdt_rec *rec)
{
    for (;;) {
        const char *p = f->p;
        int wnd = fast_id_at(p, 'w', 'n', 'd'), hex;
        uint64_t v;
        if (fast_end(p) || (p[0] == ' ' && p[1] == '-'))
            return 1;
        if ((!wnd && !fast_id_at(p, 'm', 's', 'g')) || (wnd ? rec->has_wnd : rec->has_msg))
            return 0;
        f->p = p + 5;
        if (!fast_num(f, &v, &hex) || v > 0xFFFFFFFFu)
            return 0;
        if (wnd) {
            rec->has_wnd = 1;
            rec->wnd = (uint32_t)v;
        } else {
            rec->has_msg = 1;
            rec->msg = (uint32_t)v;
        }
    }
}

/* post FD_NAME [ERROR] [ids] (the end: fdt_fast's) */
static FAST_INLINE int fast_post(fast *f, fdt_rec *rec)
{
    int val;
    uint64_t w;
    if (!fast_space(f))
        return 0;
    rec->n_col = fast_col(f, f->p);
    /* FD_READ and FD_WRITE, most posts, by a compare each (what the
       memo would say: the lexer's FD_ word and bit) */
    w = fdt_load(f->p, 8);
    if ((w & 0xFFFFFFFFFFFFFFull) == FAST_W8('F', 'D', '_', 'R', 'E', 'A', 'D', 0) &&
        fast_sep(f, f->p + 7)) {
        f->p += 7;
        val = FDP_FD_READ;
    } else if (w == FAST_W8('F', 'D', '_', 'W', 'R', 'I', 'T', 'E') && fast_sep(f, f->p + 8)) {
        f->p += 8;
        val = FDP_FD_WRITE;
    } else if (fast_token(f, ' ', &val) != FDT_T_FD || (val & (val - 1))) {
        return 0;
    }
    rec->mask = (uint32_t)val;
    if (!fast_end(f->p) && !fast_id_at(f->p, 'w', 'n', 'd') &&
        !fast_id_at(f->p, 'm', 's', 'g') &&
        (!fast_space(f) || !fast_error(f, &rec->error)))
        return 0;
    return fast_ids(f, rec);
}

/* select MASK [ids] [-> ok|ERROR] */
static FAST_INLINE int fast_select(fast *f, fdt_rec *rec)
{
    uint64_t v;
    int hex, val;
    if (!fast_space(f))
        return 0;
    if (fast_num(f, &v, &hex)) {
        if (v > 0xFFFFFFFFu)
            return 0;
        rec->mask = (uint32_t)v;
    } else {
        for (;;) {
            if (fast_token(f, '|', &val) != FDT_T_FD)
                return 0;
            rec->mask |= (uint32_t)val;
            if (*f->p != '|')
                break;
            f->p++;
        }
    }
    return fast_ids(f, rec) && fast_ok_or_error(f, rec);
}

/* accept -> NAME|ERROR (a decimal number is left to the parser). */
static FAST_INLINE int fast_accept(fast *f, fdt_rec *rec)
{
    int val;
    fast g;
    if (!fast_arrow(f))
        return 0;
    rec->res_col = fast_col(f, f->p);
    g = *f;
    if (fast_token(&g, ' ', &val) == FDT_T_ERR) {
        rec->res = FDT_RES_ERROR;
        rec->error = val;
        f->p = g.p;
    } else if ((*f->p >= '0' && *f->p <= '9' && !(f->p[0] == '0' && (f->p[1] | 0x20) == 'x')) ||
               !fast_name(f, &rec->newname)) {
        return 0;
    } else {
        rec->res = FDT_RES_NAME;
    }
    return fast_end(f->p);
}

/* connect-failed ERROR, abort ERROR: not 0. */
static FAST_INLINE int fast_error_arg(fast *f, fdt_rec *rec)
{
    return fast_space(f) && fast_error(f, &rec->error) && rec->error &&
           fast_end(f->p);
}

/* The rest of the line after the verb, by kind; 0: the parser's.  Some
   kinds leave the line's end to fdt_fast's one test. */
static FAST_INLINE int fast_args(fast *f, fdt_rec *rec)
{
    /* the commonest kinds first, each a test or two: cheaper than the
       two tables the compiler makes of the switch */
    if (rec->kind == FDT_RECV || rec->kind == FDT_SEND)
        return fast_recv_send(f, rec);
    if (rec->kind == FDT_POST)
        return fast_post(f, rec);
    switch (rec->kind) {
    case FDT_ARRIVE:
    case FDT_ARRIVE_OOB:
        return fast_count(f, rec, FDT_MAX_BYTES);
    case FDT_SELECT:
        return fast_select(f, rec);
    case FDT_ACCEPT:
        return fast_accept(f, rec);
    case FDT_CONNECT_FAILED:
    case FDT_ABORT:
        return fast_error_arg(f, rec);
    case FDT_BIND:
    case FDT_LISTEN:
    case FDT_CLOSE:
    case FDT_CONNECT:
    case FDT_JOINLEAF:
        return fast_ok_or_error(f, rec);
    case FDT_INCOMING: case FDT_CONNECTED: case FDT_SPACE: case FDT_FIN:
    case FDT_RESET: case FDT_NETDOWN: case FDT_QOS_CHANGE:
    case FDT_GROUP_QOS_CHANGE: case FDT_ROUTE_CHANGE: case FDT_ADDRLIST_CHANGE:
    case FDT_DATA_GONE: case FDT_URGENT_GONE: case FDT_NO_PENDING:
        return 1;
    default:
        return 0;
    }
}

/* The line at `line`, up to its '\n', as the parser would read it into
   *rec (cleared, its text set): its length, or 0 to leave it to the
   parser (a line not yet whole in the buffer meets the NUL after the
   buffer's data first). */
static FAST_INLINE size_t fdt_fast(fdt_reader *r, const char *line, fdt_rec *rec)
{
    fast f;
    f.line = f.p = line;
    f.r = r;
    if (!fast_name(&f, &rec->name) || !fast_space(&f) || !(rec->kind = fast_verb(&f)) ||
        !fast_args(&f, rec) || !fast_end(f.p))
        return 0;
    return (size_t)(f.p - line);
}

/* The record's arguments: n to ev, in a row before errors. */
#define ARGS_SPAN (offsetof(fdt_rec, errors) - offsetof(fdt_rec, n))
_Static_assert(ARGS_SPAN > 64 && ARGS_SPAN <= 128, "fast_line clears n..ev in two parts");

/* Whether fdt_fast may read lines: not after an error or the closing
   record (fast_off), nor for bench_reader --same (slow). */
static FAST_INLINE int fast_on(const fdt_reader *r)
{
    return !(r->fast_off | r->slow);
}

/* The next line, when fdt_fast.h reads it where it lies in the buffer:
   1, else 0 (next_line and the parser read it). */
static FAST_INLINE int fast_line(fdt_reader *r, fdt_rec *rec)
{
    char *start = r->buf + r->pos;
    size_t n;
    /* fdt_fast sets kind and name, this the line: only the arguments, n
       to ev, are cleared (a line it leaves is cleared whole by fdt_next).
       In two parts: gcc makes a memset above 64 bytes a `rep stos`, these
       a few 16-byte stores */
    memset(&rec->n, 0, 64);
    memset((char *)&rec->n + 64, 0, ARGS_SPAN - 64);
    rec->text = start;
    n = fdt_fast(r, start, rec);
    if (!n || n > FDT_MAX_LINE)
        return 0;
    start[n] = 0;                   /* the NUL where the line end was */
    r->pos += n + 1;
    rec->line = ++r->line;
    rec->text_len = n;
    r->nrec++;
    r->seen_record = 1;
    return 1;
}

/* fdt_next with its fast path inlined into the caller's loop (the
   oracle's): no call, no frame for most lines.  Any other line, and any
   state but the plain one (one test: fast_off), is fdt_next's (which
   tries fdt_fast again). */
static FAST_INLINE int fdt_next_inline(fdt_reader *r, fdt_rec *rec)
{
    if (fast_on(r) && fast_line(r, rec))
        return 1;
    return fdt_next(r, rec);
}

#endif
