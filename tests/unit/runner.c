/* SPDX-License-Identifier: MIT */
/*
 * runner.c -- runs every unit suite, or those named on the command line
 * (`fdp_unit read close`).  Exit status: 0 when every test passed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "harness.h"

static const struct {
    const char *name;
    Suite *(*make)(void);
} suites[] = {
    { "read", read_suite },       { "write", write_suite },
    { "oob", oob_suite },         { "accept", accept_suite },
    { "connect", connect_suite }, { "close", close_suite },
    { "qos", qos_suite },         { "change", change_suite },
    { "select", select_suite },   { "inherit", inherit_suite },
    { "errors", errors_suite },   { "windows", windows_suite },
    { "machines", machines_suite }, { "misuse", misuse_suite },
    { "event", event_suite },
};

int main(int argc, char **argv)
{
    SRunner *sr = NULL;
    size_t i;
    int failed, k;
    for (i = 0; i < sizeof suites / sizeof suites[0]; i++) {
        int want = argc < 2;
        for (k = 1; k < argc; k++)
            if (!strcmp(argv[k], suites[i].name))
                want = 1;
        if (!want)
            continue;
        if (!sr)
            sr = srunner_create(suites[i].make());
        else
            srunner_add_suite(sr, suites[i].make());
    }
    if (!sr) {
        fprintf(stderr, "fdp_unit: no such suite\n");
        return 2;
    }
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
