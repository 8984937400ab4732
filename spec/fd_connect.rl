%%{
# SPDX-License-Identifier: MIT
# FD_CONNECT: "Issues notification of completed connections."  Spec profile
# (the windows profile's is spec/windows/fd_connect.rl: W3, W4).
#
# Posted when the outcome of a connect or joinleaf is known, with its error
# (S7): at once when the call succeeds or fails immediately, later when it
# returned WSAEWOULDBLOCK.  "FD_CONNECT: NONE" re-enables it; each call's
# outcome posts once (D5).  At select, posted if a connection is currently
# established (D4: this socket's own connect, not reset or aborted since).
# State names: idle = not in lEvent, selected = in lEvent; pending = a
# connect returned WSAEWOULDBLOCK; established = a connect succeeded.
machine fd_connect;
alphtype unsigned char;
include alphabet "alphabet.rl";
include rules "rules.rl";
include actions "actions.rl";

ended = reset | abort;          # the connection is no longer established (D4)
fails = connect_fail | conn_failed;
# Shared exits written once.  A state's own transitions carry priority 1
# over its catch-all (priority 0): a symbol it does not name leaves it put.
gone = netdown @D2 | close @S16;

main := (
start: ( (                                      # idle
    sel_on       @D4           -> selected      # no connection established
  | sel_off      @S1           -> start
  | connect_wait @S1           -> pending
  | (connect_ok|connected) @S1 -> established   # not in lEvent: nothing posted
  | fails        @S1           -> start
  | gone                       -> dead ) $1 | any $0 -> start ),
selected: ( (
    connect_ok   @CONNECT2 @post       -> selected_established # "even when LPWSPConnect succeeds immediately"
  | connect_fail @CONNECT2 @post_error -> selected             # "and even when it fails immediately"
  | connect_wait @S7                   -> selected_pending
  | connected    @D5 @post             -> selected_established # an outcome, even unannounced
  | conn_failed  @D5 @post_error       -> selected
  | sel_on       @D4                   -> selected
  | sel_off      @S1                   -> start
  | gone                               -> dead ) $1 | any $0 -> selected ),
pending: ( (
    sel_on       @S7           -> selected_pending # the outcome is not known yet
  | sel_off      @S1           -> pending
  | (connect_ok|connected) @S1 -> established
  | conn_failed  @S1           -> start
  | connect_fail @S1           -> pending       # another call failed; this one goes on
  | gone                       -> dead ) $1 | any $0 -> pending ),
selected_pending: ( (
    connected    @CONNECT4 @post       -> selected_established # "when the outcome has been determined"
  | conn_failed  @CONNECT4 @post_error -> selected             # "whether the operation eventually succeeds or not"
  | connect_ok   @D5 @post             -> selected_established
  | connect_fail @D5 @post_error       -> selected_pending     # e.g. WSAEALREADY; the pending one goes on
  | netdown      @D2 @post_unreach     -> dead                 # the outcome, from FD_CONNECT's table
  | sel_on       @S7                   -> selected_pending
  | sel_off      @S1                   -> pending
  | close        @S16                  -> dead ) $1 | any $0 -> selected_pending ),
established: ( (
    sel_on       @CONNECT1 @post -> selected_established # "if there is currently a connection established"
  | sel_off      @S1           -> established
  | ended        @D4           -> start
  | connect_wait @S1           -> pending
  | gone                       -> dead ) $1 | any $0 -> established ),
selected_established: ( (
    sel_on       @CONNECT1 @post       -> selected_established
  | connect_ok   @D5 @post             -> selected_established # a datagram socket connects again
  | connect_fail @D5 @post_error       -> selected_established # e.g. WSAEISCONN
  | connected    @D5 @post             -> selected_established
  | conn_failed  @D5 @post_error       -> selected_established # an outcome; the connection stays (D4)
  | connect_wait @S7                   -> selected_pending
  | ended        @D4                   -> selected
  | sel_off      @S1                   -> established
  | gone                               -> dead ) $1 | any $0 -> selected_established ),
dead: ( any @D2 -> dead )
);

write data noerror nofinal noentry;
}%%

static int fd_connect_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    %% write exec;
    (void)p; (void)pe;
    return cs;
}
