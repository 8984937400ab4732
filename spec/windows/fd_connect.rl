%%{
# SPDX-License-Identifier: MIT
# FD_CONNECT, windows profile: as spec/fd_connect.rl but for
#  W3 "FD_CONNECT only for an outcome seen while registered.  A select on a
#     socket that is already connected does not post FD_CONNECT, and a new
#     select never re-posts it."
#  W4 "Datagram sockets ... a connect on it posts FD_WRITE(0) again and no
#     FD_CONNECT, even with FD_CONNECT in the mask."
# Each connect's outcome seen while registered posts once (S7, D5); a pending
# connect's outcome posts WSAENETDOWN on network down (D2).
# State names: idle = not in lEvent, selected = in lEvent; pending = a
# connect returned WSAEWOULDBLOCK.
machine fd_connect_windows;
alphtype unsigned char;
include alphabet "alphabet.rl";
include rules "rules.rl";
include actions "actions.rl";

outcomes = connect_ok | connect_fail | connected | conn_failed;
# Shared exits written once.  A state's own transitions carry priority 1
# over its catch-all (priority 0): a symbol it does not name leaves it put.
gone = netdown @D2 | close @S16;

main := (
start: ( (                                      # idle
    sel_on       @W3           -> selected
  | connect_wait @S1           -> pending
  | outcomes     @W3           -> start         # not registered when it happened: never posted
  | dgram        @W4           -> connectionless
  | gone                       -> dead ) $1 | any $0 -> start ),
selected: ( (
    connect_ok   @CONNECT2 @post       -> selected
  | connect_fail @CONNECT2 @post_error -> selected
  | connected    @D5 @post             -> selected
  | conn_failed  @D5 @post_error       -> selected
  | connect_wait @S7                   -> selected_pending
  | sel_on       @W3                   -> selected # "a new select never re-posts it"
  | sel_off      @S1                   -> start
  | dgram        @W4                   -> connectionless
  | gone                               -> dead ) $1 | any $0 -> selected ),
pending: ( (
    sel_on       @W3           -> selected_pending # the outcome will be seen while registered
  | (connected|conn_failed|connect_ok) @W3 -> start
  | connect_fail @W3           -> pending
  | gone                       -> dead ) $1 | any $0 -> pending ),
selected_pending: ( (
    connected    @CONNECT4 @post       -> selected
  | conn_failed  @CONNECT4 @post_error -> selected
  | connect_ok   @D5 @post             -> selected
  | connect_fail @D5 @post_error       -> selected_pending
  | netdown      @D2 @post_unreach     -> dead                 # the outcome, from FD_CONNECT's table
  | sel_on       @W3                   -> selected_pending
  | sel_off      @S1                   -> pending
  | close        @S16                  -> dead ) $1 | any $0 -> selected_pending ),

# W4: a datagram socket never gets FD_CONNECT.
connectionless: ( any @W4 -> connectionless ),
dead: ( any @D2 -> dead )
);

write data noerror nofinal noentry;
}%%

static int fd_connect_windows_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    %% write exec;
    (void)p; (void)pe;
    return cs;
}
