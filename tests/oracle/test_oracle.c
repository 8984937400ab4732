/* SPDX-License-Identifier: MIT */
/*
 * test_oracle.c -- the oracle's verdicts on small traces (issue 10): which
 * traces it accepts, which it rejects as bad input, and which rule and
 * values a divergence names.  Each trace is replayed in memory through
 * oracle_run_mem, the first report kept.
 */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fdpost.h"
#include "oracle.h"

typedef struct got {
    int n;
    char rule[16];
    char headline[512];
    unsigned long line;
    unsigned col;
} got;

static void keep(void *ctx, const oracle_report *r)
{
    got *g = ctx;
    if (g->n++)
        return;
    snprintf(g->rule, sizeof g->rule, "%s", r->rule ? r->rule : "");
    snprintf(g->headline, sizeof g->headline, "%s", r->headline);
    g->line = r->line;
    g->col = r->col;
}

/* Replay `text` (one trace); the status, the first report in *g. */
static int replay(const char *text, got *g)
{
    oracle_opts o;
    oracle_result res;
    memset(g, 0, sizeof *g);
    memset(&o, 0, sizeof o);
    o.profile = -1;
    o.max_reports = 1;
    o.report = keep;
    o.report_ctx = g;
    return oracle_run_mem("t.fdt", text, strlen(text), &o, &res);
}

#define HAS(g, s) ck_assert_msg(strstr((g).headline, (s)) != NULL, \
                                "report lacks \"%s\": %s", (s), (g).headline)

/* Defect 1, D3: urgent data queued when SO_OOBINLINE goes on is normal data
   now; the oracle's bookkeeping lets it be read in line. */
START_TEST(test_D3_urgent_queued_read_in_line_after_oobinline_on)
{
    got g;
    ck_assert_int_eq(replay("fdt 1\nprofile spec\nhandwritten\nsocket c tcp\n"
                            "c connect -> ok\nc select FD_READ|FD_OOB\n"
                            "c arrive-oob 2\nc post FD_OOB\nc oobinline on\n"
                            "c select FD_READ\nc post FD_READ\n"
                            "c recv 1 -> 1\nc post FD_READ\nc recv 1 -> 1\n",
                            &g), ORACLE_CONFORM);
    /* the FD_READ the bytes owe is not optional */
    ck_assert_int_eq(replay("fdt 1\nprofile spec\nhandwritten\nsocket c tcp\n"
                            "c connect -> ok\nc select FD_READ|FD_OOB\n"
                            "c arrive-oob 2\nc post FD_OOB\nc oobinline on\n"
                            "c select FD_READ\nc recv 1 -> 1\n", &g),
                     ORACLE_DIVERGE);
    ck_assert_str_eq(g.rule, "READ1");
}
END_TEST

/* Defect 1, D3: with FD_CLOSE, the FIN is held back until the bytes that
   were urgent are read (spec profile). */
START_TEST(test_D3_urgent_made_data_holds_close_back)
{
    got g;
    ck_assert_int_eq(replay("fdt 1\nprofile spec\nhandwritten\nsocket c tcp\n"
                            "c connect -> ok\nc select FD_CLOSE\n"
                            "c arrive-oob 1\nc oobinline on\nc fin\n"
                            "c recv 1 -> 1\nc post FD_CLOSE\n", &g),
                     ORACLE_CONFORM);
    ck_assert_int_eq(replay("fdt 1\nprofile spec\nhandwritten\nsocket c tcp\n"
                            "c connect -> ok\nc select FD_CLOSE\n"
                            "c arrive-oob 1\nc oobinline on\nc fin\n"
                            "c post FD_CLOSE\n", &g), ORACLE_DIVERGE);
}
END_TEST

/* Defect 2, S11: an accepted socket has its listener's SO_OOBINLINE, so
   urgent data on it is read in line. */
START_TEST(test_S11_accepted_inherits_oobinline_in_bookkeeping)
{
    got g;
    int st = replay("fdt 1\nprofile spec\nhandwritten\nsocket l tcp\nl listen\n"
                    "l oobinline on\nl select FD_READ|FD_OOB\nl incoming\n"
                    "l accept -> a\na arrive-oob 1\na post FD_READ\n"
                    "a recv 1 -> 1\n", &g);
    ck_assert_msg(st == ORACLE_CONFORM, "status %d: %s", st, g.headline);
}
END_TEST

/* Defect 8: `incoming` on a socket that never listened cannot have
   happened: a trace error at its position. */
START_TEST(test_S10_incoming_without_listen_is_a_trace_error)
{
    got g;
    ck_assert_int_eq(replay("fdt 1\nprofile spec\nhandwritten\nsocket s tcp\n"
                            "s select FD_ACCEPT\ns incoming\n", &g),
                     ORACLE_ERROR);
    ck_assert_uint_eq(g.line, 6);
    ck_assert_uint_eq(g.col, 1);
    HAS(g, "incoming on 's', which never listened");
    ck_assert_int_eq(replay("fdt 1\nprofile spec\nhandwritten\nsocket s tcp\ns listen\n"
                            "s select FD_ACCEPT\ns incoming\n"
                            "s post FD_ACCEPT\n", &g), ORACLE_CONFORM);
}
END_TEST

/* Defect 8, S17: a select refused with another error than the engine's is
   a divergence naming S17 and both errors. */
START_TEST(test_S17_select_wrong_error_names_both)
{
    got g;
    ck_assert_int_eq(replay("fdt 1\nprofile spec\nhandwritten\nsocket c tcp\n"
                            "c select 0x401 wnd=1 msg=0x401 -> WSAENETDOWN\n",
                            &g), ORACLE_DIVERGE);
    ck_assert_str_eq(g.rule, "S17");
    HAS(g, "WSAEINVAL");
    HAS(g, "WSAENETDOWN");
    ck_assert_int_eq(replay("fdt 1\nprofile windows\nhandwritten\nsocket c tcp\n"
                            "c netdown\n"
                            "c select FD_READ wnd=1 msg=0x401 -> WSAEINVAL\n",
                            &g), ORACLE_DIVERGE);
    ck_assert_str_eq(g.rule, "S17");
    HAS(g, "expected select to fail with WSAENETDOWN but the trace has "
           "WSAEINVAL");
}
END_TEST

/* Defect 9, D4: FD_CONNECT refused at a select on a socket that never
   connected cites D4, the reading that decides it, not S2. */
START_TEST(test_D4_connect_at_select_cites_d4)
{
    got g;
    ck_assert_int_eq(replay("fdt 1\nprofile spec\nhandwritten\nsocket l tcp\nl listen\n"
                            "l select FD_ACCEPT\nl incoming\nl post FD_ACCEPT\n"
                            "l accept -> a\na select FD_CONNECT\n"
                            "a post FD_CONNECT\n", &g), ORACLE_DIVERGE);
    ck_assert_str_eq(g.rule, "D4");
}
END_TEST

/* Defect 9, S8: a wrong error code names the expected error and the
   trace's. */
START_TEST(test_S8_wrong_error_names_both_errors)
{
    got g;
    ck_assert_int_eq(replay("fdt 1\nprofile spec\nhandwritten\nsocket c tcp\n"
                            "c connect -> ok\nc select FD_CLOSE\nc reset\n"
                            "c post FD_CLOSE WSAECONNABORTED\n", &g),
                     ORACLE_DIVERGE);
    ck_assert_str_eq(g.rule, "CLOSE4");
    HAS(g, "expected FD_CLOSE with error WSAECONNRESET but the trace has "
           "FD_CLOSE WSAECONNABORTED");
    ck_assert_int_eq(replay("fdt 1\nprofile spec\nhandwritten\nsocket c tcp\n"
                            "c connect -> ok\nc select FD_CLOSE\nc fin\n"
                            "c post FD_CLOSE WSAECONNABORTED\n", &g),
                     ORACLE_DIVERGE);
    HAS(g, "expected FD_CLOSE with error 0 but the trace has "
           "FD_CLOSE WSAECONNABORTED");
}
END_TEST

/* Issue 14, item 4: the limits on what a trace makes the oracle hold,
   set small here; a trace past one is a trace error at its record. */
static int replay_limited(const char *text, got *g, unsigned long dgrams,
                          unsigned long dgrams_all, unsigned long sockets)
{
    oracle_opts o;
    oracle_result res;
    memset(g, 0, sizeof *g);
    memset(&o, 0, sizeof o);
    o.profile = -1;
    o.max_reports = 1;
    o.report = keep;
    o.report_ctx = g;
    o.max_dgrams = dgrams;
    o.max_dgrams_all = dgrams_all;
    o.max_sockets = sockets;
    return oracle_run_mem("t.fdt", text, strlen(text), &o, &res);
}

#define HEAD "fdt 1\nhandwritten\n"

START_TEST(test_limit_datagrams_per_socket)
{
    got g;
    /* alternating sizes: no run-length helps */
    ck_assert_int_eq(replay_limited(HEAD "socket u udp\nu arrive 1\nu arrive 2\n"
                                    "u arrive 1\nu arrive 2\nu arrive 1\n", &g, 4, 0, 0),
                     ORACLE_ERROR);
    HAS(g, "t.fdt:8:1: error: more than 4 datagrams queued on 'u' and not received "
           "(the oracle's limit per socket)");
    /* received, dropped as too big, or gone: no longer queued */
    ck_assert_int_eq(replay_limited(HEAD "socket u udp\nu arrive 1\nu arrive 2\n"
                                    "u arrive 1\nu arrive 2\nu recv 9 -> 1\n"
                                    "u recv 1 -> WSAEMSGSIZE\nu arrive 3\nu arrive 4\n"
                                    "u data-gone\nu arrive 1\nu arrive 2\nu arrive 3\n"
                                    "u arrive 4\n", &g, 4, 0, 0), ORACLE_CONFORM);
}
END_TEST

START_TEST(test_limit_datagrams_all_sockets)
{
    got g;
    ck_assert_int_eq(replay_limited(HEAD "socket u udp\nsocket v udp\nu arrive 1\n"
                                    "u arrive 2\nv arrive 1\nv arrive 2\n", &g, 0, 3, 0),
                     ORACLE_ERROR);
    HAS(g, "t.fdt:8:1: error: more than 3 datagrams queued on all sockets and not "
           "received (the oracle's limit)");
    /* a close gives them back */
    ck_assert_int_eq(replay_limited(HEAD "socket u udp\nsocket v udp\nu arrive 1\n"
                                    "u arrive 2\nu close\nv arrive 1\nv arrive 2\n"
                                    "v arrive 3\n", &g, 0, 3, 0), ORACLE_CONFORM);
}
END_TEST

START_TEST(test_limit_open_sockets)
{
    got g;
    ck_assert_int_eq(replay_limited(HEAD "socket a tcp\nsocket b udp\nsocket c tcp\n",
                                    &g, 0, 0, 2), ORACLE_ERROR);
    HAS(g, "t.fdt:5:8: error: more than 2 sockets open at once");
    /* closed sockets (remembered for reports) do not count */
    ck_assert_int_eq(replay_limited(HEAD "socket a tcp\nsocket b udp\na close\n"
                                    "socket c tcp\n", &g, 0, 0, 2), ORACLE_CONFORM);
    /* nor does accept get past it */
    ck_assert_int_eq(replay_limited(HEAD "socket l tcp\nl bind\nl listen\nl incoming\n"
                                    "l accept -> n\n", &g, 0, 0, 1), ORACLE_ERROR);
    HAS(g, "t.fdt:7:");
    HAS(g, "more than 1 sockets open at once");
}
END_TEST

/* Issue 14, item 5: the socket table's hash is SipHash (1-3; its code
   checked on the 2-4 reference vectors: key 00..0f, messages 00..len-1,
   each length from 0 to 16, the tail and the word loop) ... */
START_TEST(test_siphash_reference_vectors)
{
    static const uint64_t key[2] = { 0x0706050403020100ull, 0x0f0e0d0c0b0a0908ull };
    static const uint64_t want[17] = {
        0x726fdb47dd0e0e31ull, 0x74f839c593dc67fdull, 0x0d6c8009d9a94f5aull,
        0x85676696d7fb7e2dull, 0xcf2794e0277187b7ull, 0x18765564cd99a68dull,
        0xcbc9466e58fee3ceull, 0xab0200f58b01d137ull, 0x93f5f5799a932462ull,
        0x9e0082df0ba9e4b0ull, 0x7a5dbbc594ddb9f3ull, 0xf4b32f46226bada7ull,
        0x751e8fbc860ee5fbull, 0x14ea5627c0843d90ull, 0xf723ca908e7af2eeull,
        0xa129ca6149be45e5ull, 0x3f2acc7f57c29bdbull,
    };
    unsigned char m[16];
    int i;
    for (i = 0; i < 16; i++)
        m[i] = (unsigned char)i;
    for (i = 0; i <= 16; i++)
        ck_assert_msg(oracle_siphash(key, m, (size_t)i, 2, 4) == want[i],
                      "SipHash-2-4 of %d bytes", i);
}
END_TEST

/* ... keyed at random, so that names chosen to collide under a public hash
   do not: 4,096 names that the old table (FNV-1a, masked to its 4,096
   slots) put in one chain cost it about 8 M compares; a keyed table about
   one per lookup. */
static unsigned fnv_low(const char *s, unsigned mask)
{
    unsigned h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h & mask;
}

START_TEST(test_table_colliding_names_stay_cheap)
{
    enum { N = 4096 };
    static const char al[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    char *text = malloc(N * 32 + 64), name[32];
    size_t len = 0;
    oracle_opts o;
    oracle_result res;
    int n = 0, i = 0;
    ck_assert_ptr_nonnull(text);
    len += (size_t)sprintf(text, HEAD);
    while (n < N) {     /* a 3-letter suffix that lands the name in slot 0 */
        int k;
        for (k = 0; k < 36 * 36 * 36; k++) {
            snprintf(name, sizeof name, "n%d%c%c%c", i, al[k % 36], al[k / 36 % 36],
                     al[k / 1296]);
            if (!fnv_low(name, N - 1))
                break;
        }
        i++;
        if (k < 36 * 36 * 36)
            len += (size_t)sprintf(text + len, "socket %s udp\n", name), n++;
    }
    memset(&o, 0, sizeof o);
    o.profile = -1;
    ck_assert_int_eq(oracle_run_mem("t.fdt", text, len, &o, &res), ORACLE_CONFORM);
    ck_assert_msg(res.probes < 4 * N, "%llu compares for %d lookups", res.probes, N);
    free(text);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("oracle");
    TCase *tc = tcase_create("issue10");
    SRunner *sr;
    int failed;
    tcase_add_test(tc, test_D3_urgent_queued_read_in_line_after_oobinline_on);
    tcase_add_test(tc, test_D3_urgent_made_data_holds_close_back);
    tcase_add_test(tc, test_S11_accepted_inherits_oobinline_in_bookkeeping);
    tcase_add_test(tc, test_S10_incoming_without_listen_is_a_trace_error);
    tcase_add_test(tc, test_S17_select_wrong_error_names_both);
    tcase_add_test(tc, test_D4_connect_at_select_cites_d4);
    tcase_add_test(tc, test_S8_wrong_error_names_both_errors);
    suite_add_tcase(s, tc);
    tc = tcase_create("issue14");
    tcase_add_test(tc, test_limit_datagrams_per_socket);
    tcase_add_test(tc, test_limit_datagrams_all_sockets);
    tcase_add_test(tc, test_limit_open_sockets);
    tcase_add_test(tc, test_siphash_reference_vectors);
    tcase_add_test(tc, test_table_colliding_names_stay_cheap);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
