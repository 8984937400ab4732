/* SPDX-License-Identifier: MIT */
/*
 * test_oracle.c -- the oracle's verdicts on small traces (issue 10): which
 * traces it accepts, which it rejects as bad input, and which rule and
 * values a divergence names.  Each trace is replayed in memory through
 * oracle_run_mem, the first report kept.
 */
#include <check.h>
#include <stdio.h>
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
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
