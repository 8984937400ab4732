/* SPDX-License-Identifier: MIT */
/* fdpost -- the command: dispatches to one file per subcommand. */
#include <stdio.h>
#include <string.h>

#include "fdpost.h"
#include "fdpost_cmds.h"

static const struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *what;
} commands[] = {
    { "info",  cmd_info,  "machines, states, transitions, table bytes, state_bytes" },
    { "rules", cmd_rules, "the rules the machines cite, in the seed's words" },
    { "check", cmd_check, "judge .fdt traces against a profile (docs/trace-format.md)" },
    { "run",   cmd_run,   "write a trace back with the posts the engine makes" },
    { "verify", cmd_verify, "explore every state: engine vs reference model, safety properties" },
    { "live",  cmd_live,  "scenarios on loopback sockets through the POSIX adapter, checked" },
    { "demo",  cmd_demo,  "echo server and clients on loopback, driven by posted messages" },
};

#define NCOMMANDS (sizeof commands / sizeof commands[0])

static int usage(FILE *to)
{
    size_t i;
    fprintf(to, "usage: fdpost COMMAND [ARGS]\n\ncommands:\n");
    for (i = 0; i < NCOMMANDS; i++)
        fprintf(to, "  %-8s %s\n", commands[i].name, commands[i].what);
    fprintf(to, "\n`fdpost COMMAND --help` for a command's options.\n");
    return to == stderr ? 2 : 0;
}

int main(int argc, char **argv)
{
    size_t i;
    if (argc < 2)
        return usage(stderr);
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help"))
        return usage(stdout);
    if (!strcmp(argv[1], "--version")) {
        printf("fdpost %s\n", fdp_version());
        return 0;
    }
    for (i = 0; i < NCOMMANDS; i++)
        if (!strcmp(argv[1], commands[i].name))
            return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "fdpost: unknown command '%s'\n", argv[1]);
    return usage(stderr);
}
