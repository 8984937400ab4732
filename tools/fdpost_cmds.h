/* SPDX-License-Identifier: MIT */
/* fdpost_cmds.h -- the fdpost subcommands, one file each. */
#ifndef FDPOST_CMDS_H
#define FDPOST_CMDS_H

/* Each returns the process exit status: 0 ok, 1 a verdict failed, 2 usage
   or bad input. */
int cmd_info(int argc, char **argv);
int cmd_rules(int argc, char **argv);
int cmd_check(int argc, char **argv);   /* tools/check.c */
int cmd_run(int argc, char **argv);     /* tools/run.c */
int cmd_verify(int argc, char **argv);  /* tools/verify/verify.c */
int cmd_live(int argc, char **argv);    /* tools/live/live.c (engine/posix) */
int cmd_demo(int argc, char **argv);    /* tools/live/demo.c (engine/posix) */

#endif
