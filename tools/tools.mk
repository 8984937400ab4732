# tools/: the fdpost command.  One file per subcommand; fdpost.c dispatches.

TOOLS_SRC := tools/fdpost.c tools/info.c tools/rules.c
TOOLS_HDR := tools/fdpost_cmds.h

$(B)/fdpost: $(TOOLS_SRC) $(TOOLS_HDR) $(B)/libfdpost.a
	$(CC) $(ALL_CFLAGS) -Itools $(TOOLS_SRC) $(B)/libfdpost.a -o $@
