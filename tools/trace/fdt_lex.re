/* SPDX-License-Identifier: MIT */
/*
 * fdt_lex.re -- the lexer of the .fdt trace format (docs/trace-format.md).
 * re2c source: `make gen` writes gen/fdt_lex.c from it with
 * `re2c -W --no-generation-date --no-version`; both are committed and
 * `make check` regenerates and compares (check-drift).
 *
 * One call, one token.  The line is NUL-terminated at `lim` (the reader puts
 * the NUL where the line end was); a NUL before `lim` is an error, so the
 * sentinel cannot be faked.  re2c tells word classes apart; which keyword,
 * FD_ name, WSA error name or SIO_ name a word is comes from the one table
 * of each (fdp_vocab.h, fdp_names.c).  The parser decides which may stand
 * where.
 */
#define _POSIX_C_SOURCE 200809L   /* pthread_once */
#include <pthread.h>
#include <string.h>

#include "fdt.h"
#include "fdpost.h"         /* fdp_event_name */

static const struct { const char *text; unsigned char len; int kw; } keywords[] = {
#define WORD_ROW(name, text) { text, sizeof text - 1, FDT_KW_##name },
#define INPUT_ROW(name, in, text) { text, sizeof text - 1, FDT_KW_##name },
    FDP_TRACE_WORDS(WORD_ROW)
    FDP_TRACE_CALLS(WORD_ROW)
    FDP_TRACE_INPUTS(INPUT_ROW)
    FDP_TRACE_EVENT_MODE(WORD_ROW)
#undef WORD_ROW
#undef INPUT_ROW
};

/* Every word of the vocabulary in one open-addressed hash table, built
   once from the tables above and fdp_vocab.h: a word costs one hash and a
   compare or two, not a scan of each table (words are most of a trace).
   A word not in it is looked up as before, so the table changes no
   answer, only the time. */
#define NSLOTS 512                      /* a power of two, > 2 x the words */
typedef struct slot { const char *text; unsigned len; int kind, val; } slot;
static slot slots[NSLOTS];
static pthread_once_t slots_once = PTHREAD_ONCE_INIT;

static unsigned hash_word(const char *w, size_t len)
{
    unsigned h = 2166136261u;
    size_t i;
    for (i = 0; i < len; i++)
        h = (h ^ (unsigned char)w[i]) * 16777619u;
    return (h ^ (h >> 15)) & (NSLOTS - 1);
}

static void add_word(const char *text, size_t len, int kind, int val)
{
    unsigned i = hash_word(text, len);
    while (slots[i].text)
        i = (i + 1) & (NSLOTS - 1);
    slots[i].text = text;
    slots[i].len = (unsigned)len;
    slots[i].kind = kind;
    slots[i].val = val;
}

static void build_slots(void)
{
    size_t i;
    for (i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        add_word(keywords[i].text, keywords[i].len, FDT_T_KW, keywords[i].kw);
#define ERROR_ROW(name, code) add_word(#name, sizeof #name - 1, FDT_T_ERR, code);
    FDP_WSA_ERRORS(ERROR_ROW)
#undef ERROR_ROW
    for (i = 0; i < 10; i++) {
        const char *n = fdp_event_name(1u << i);
        if (n)
            add_word(n, strlen(n), FDT_T_FD, (int)(1u << i));
    }
}

static const slot *find_word(const char *w, size_t len)
{
    unsigned i = hash_word(w, len);
    pthread_once(&slots_once, build_slots);
    for (; slots[i].text; i = (i + 1) & (NSLOTS - 1))
        if (slots[i].len == len && !memcmp(slots[i].text, w, len))
            return &slots[i];
    return NULL;
}

/* A word: a keyword, a name of the vocabulary, a socket name, or (with a
   '-' that makes no keyword) unknown. */
static void word(fdt_token *t, const char *w, size_t len, int dashed)
{
    const slot *s = find_word(w, len);
    t->val = 0;
    if (s && (s->kind == FDT_T_KW || !dashed)) {
        t->kind = s->kind;
        t->val = s->val;
    } else if (dashed)
        t->kind = FDT_T_BAD;
    else if (len > 3 && !memcmp(w, "FD_", 3) && (t->val = (int)fdp_event_code(w, len)))
        t->kind = FDT_T_FD;
    else if (len > 3 && !memcmp(w, "WSA", 3) && (t->val = fdp_error_code(w, len)))
        t->kind = FDT_T_ERR;
    else if (len > 4 && !memcmp(w, "SIO_", 4) && (t->val = (int)fdp_ioctl_code(w, len)))
        t->kind = FDT_T_SIO;
    else
        t->kind = FDT_T_WORD;
}

int fdt_word(const char *w, size_t len, int *val)
{
    fdt_token t;
    word(&t, w, len, 0);
    *val = t.val;
    return t.kind;
}

static void number(fdt_token *t, const unsigned char *tok,
                   const unsigned char *end, int hex)
{
    const char *p = (const char *)tok + (hex ? 2 : 0), *e = (const char *)end;
    uint64_t v = 0, base = hex ? 16 : 10;
    t->kind = FDT_T_NUM;
    t->hex = hex;
    t->overflow = 0;
    for (; p < e; p++) {
        unsigned d = (unsigned)(*p >= 'a' ? *p - 'a' + 10 :
                                *p >= 'A' ? *p - 'A' + 10 : *p - '0');
        if (v >= UINT64_MAX / 16 && v > (UINT64_MAX - d) / base)
            t->overflow = 1;   /* the division only near the top */
        v = v * base + d;
    }
    t->num = v;
}

void fdt_lex(const char *line, const char *lim, const char **cur, fdt_token *t)
{
    const unsigned char *YYCURSOR = (const unsigned char *)*cur;
    const unsigned char *YYMARKER = YYCURSOR;
    const unsigned char *tok;
    int spaced = (*cur == line);

#define TOK(k, v) do { t->kind = (k); t->val = (v); goto done; } while (0)
#define BAD(m) do { t->kind = FDT_T_BAD; t->msg = (m); t->val = *tok; \
                    goto done; } while (0)
loop:
    tok = YYCURSOR;
    /*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;

    word = [A-Za-z_][A-Za-z0-9_]*;
    word_dashed = [A-Za-z_][A-Za-z0-9_-]*;

    [ \t]+      { spaced = 1; goto loop; }
    "#" [^\x00]* {
                  if ((const char *)YYCURSOR < lim) { tok = YYCURSOR; BAD("NUL byte"); }
                  TOK(FDT_T_END, 0);
                }
    "\x00"      {
                  if ((const char *)tok < lim) BAD("NUL byte");
                  YYCURSOR = tok;
                  TOK(FDT_T_END, 0);
                }
    "\r"        { BAD("carriage return inside a line"); }
    [\x80-\xff] { BAD("non-ASCII byte"); }

    "->"        { TOK(FDT_T_ARROW, 0); }
    "|"         { TOK(FDT_T_PIPE, 0); }
    "wnd="      { TOK(FDT_T_WND, 0); }
    "msg="      { TOK(FDT_T_MSG, 0); }
    "err="      { TOK(FDT_T_ERREQ, 0); }
    "ev="       { TOK(FDT_T_EV, 0); }
    "="         { TOK(FDT_T_EQ, 0); }

    word        { word(t, (const char *)tok, (size_t)(YYCURSOR - tok), 0); goto done; }
    word_dashed {
                  word(t, (const char *)tok, (size_t)(YYCURSOR - tok), 1);
                  if (t->kind == FDT_T_BAD) BAD("unknown word");
                  goto done;
                }

    [0-9]+      { number(t, tok, YYCURSOR, 0); goto done_num; }
    "0" [xX] [0-9a-fA-F]+ { number(t, tok, YYCURSOR, 1); goto done_num; }
    [0-9] [A-Za-z0-9_]* { BAD("malformed number"); }

    *           { BAD("unexpected character"); }
    */
done:
    t->hex = 0;
    t->overflow = 0;
    t->num = 0;
done_num:
    t->text = (const char *)tok;
    t->len = (unsigned)(YYCURSOR - tok);
    t->col = (unsigned)((const char *)tok - line) + 1;
    t->spaced = spaced;
    *cur = (const char *)YYCURSOR;
    (void)YYMARKER;
#undef TOK
#undef BAD
}
