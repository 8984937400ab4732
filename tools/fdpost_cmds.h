/* fdpost_cmds.h -- the fdpost subcommands, one file each. */
#ifndef FDPOST_CMDS_H
#define FDPOST_CMDS_H

/* Each returns the process exit status: 0 ok, 1 a verdict failed, 2 usage
   or bad input. */
int cmd_info(int argc, char **argv);

#endif
