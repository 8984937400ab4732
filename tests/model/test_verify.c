/* SPDX-License-Identifier: MIT */
/*
 * test_verify.c -- `fdpost verify` itself: with the model standing in for
 * the engine (--self) it passes; with a deliberately broken engine
 * (--inject-fault) it fails and writes the shortest counterexample as a
 * trace that `fdpost check` replays and judges divergent.
 * Environment: FDPOST (the binary), TMPDIR (where traces go).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

static const char *fdpost(void)
{
    const char *f = getenv("FDPOST");
    return f ? f : "build/fdpost";
}

static int sh(const char *cmd)
{
    int st = system(cmd);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static int file_has(const char *path, const char *text)
{
    static char buf[1 << 16];
    size_t n;
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    fclose(f);
    return strstr(buf, text) != NULL;
}

START_TEST(self_check_passes_both_profiles)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "%s verify --self > /dev/null", fdpost());
    ck_assert_int_eq(sh(cmd), 0);
}
END_TEST

static const char *const faults[] = {
    "drop-repost", "flood-read", "early-close", "swap-order", "reset-error",
    "drop-set", "flood-record"
};

START_TEST(injected_fault_gives_replayable_counterexample)
{
    char cmd[4096], trace[512], out[512];
    const char *dir = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
    snprintf(trace, sizeof trace, "%s/cex-%s.fdt", dir, faults[_i]);
    snprintf(out, sizeof out, "%s/cex-%s.out", dir, faults[_i]);
    remove(trace);
    snprintf(cmd, sizeof cmd, "%s verify --self --profile spec"
             " --inject-fault %s --cex %s > %s", fdpost(), faults[_i],
             trace, out);
    ck_assert_int_eq(sh(cmd), 1);
    ck_assert(file_has(out, "FAILED"));
    ck_assert(file_has(trace, "fdt 1\nprofile spec\n"));
    ck_assert(file_has(trace, "# ^ violated:"));
    /* the trace replays: fdpost check reads it (not "bad", exit 2) and
       finds the broken engine's posts divergent (exit 1) */
    snprintf(cmd, sizeof cmd, "%s check --strict-order %s > %s.check 2>&1",
             fdpost(), trace, trace);
    ck_assert_int_eq(sh(cmd), 1);
}
END_TEST

START_TEST(unknown_fault_is_usage_error)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "%s verify --inject-fault nosuch 2>/dev/null",
             fdpost());
    ck_assert_int_eq(sh(cmd), 2);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("verify");
    TCase *t = tcase_create("faults");
    SRunner *r;
    int failed;
    tcase_set_timeout(t, 300);
    tcase_add_test(t, self_check_passes_both_profiles);
    tcase_add_loop_test(t, injected_fault_gives_replayable_counterexample, 0,
                        (int)(sizeof faults / sizeof faults[0]));
    tcase_add_test(t, unknown_fault_is_usage_error);
    suite_add_tcase(s, t);
    r = srunner_create(s);
    srunner_run_all(r, CK_NORMAL);
    failed = srunner_ntests_failed(r);
    srunner_free(r);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
