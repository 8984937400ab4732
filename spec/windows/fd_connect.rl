%%{
# SPDX-License-Identifier: MIT
# FD_CONNECT, windows profile: as spec/fd_connect.rl but for
#  W3 "FD_CONNECT only for an outcome seen while registered.  A select on a
#     socket that is already connected does not post FD_CONNECT, and a new
#     select never re-posts it."
#  W4 "Datagram sockets ... a connect on it posts FD_WRITE(0) again and no
#     FD_CONNECT, even with FD_CONNECT in the mask."
# In event mode (E7, from Wine's test_connect_events on Windows) an outcome
# is pending from the moment it is known, registered or not, until an
# enumeration takes it:
#  E7d WSPEventSelect records FD_CONNECT for a pending outcome -- a connect
#      completed before the select included -- and again at each select
#      until it is enumerated (E7b);
#  E7e a connect on a datagram socket records FD_CONNECT.
# Each connect's outcome seen while registered is reported once (S7, D5); a
# pending connect's outcome posts WSAENETUNREACH on network down (D2).
# State names: idle = not in lEvent, selected = in lEvent (ev_ in event
# mode); pending = a connect returned WSAEWOULDBLOCK; happened = an outcome
# not yet reported; ev_posted = recorded, not
# yet enumerated.
machine fd_connect_windows;
alphtype unsigned char;
include alphabet "alphabet.rl";
include rules "rules.rl";
include actions "actions.rl";

succeeded = connect_ok | connected;
failed    = connect_fail | conn_failed;
outcomes  = succeeded | failed;
# Shared exits written once.  A state's own transitions carry priority 1
# over its catch-all (priority 0): a symbol it does not name leaves it put.
gone = netdown @D2 | close @S16;

main := (
start: ( (                                      # idle
    sel_on_msg   @W3           -> selected
  | sel_on_ev    @E1           -> ev_selected
  | connect_wait @S1           -> pending
  | succeeded    @E7D @W3      -> happened      # unregistered: waits for an event select
  | failed       @DE5 @W3      -> start         # a failure does not wait
  | dgram        @W4           -> connectionless
  | gone                       -> dead ) $1 | any $0 -> start ),
happened: ( (
    sel_on_msg   @W3           -> reported      # W3: never posted in message mode
  | sel_on_ev    @E7D @post    -> ev_posted
  | sel_off      @S1           -> happened
  | connect_wait @S1           -> pending
  | succeeded    @E7D @W3      -> happened
  | failed       @W3           -> start
  | gone                       -> dead ) $1 | any $0 -> happened ),
selected: ( (
    succeeded    @CONNECT2 @post       -> reported
  | failed       @CONNECT2 @post_error -> selected
  | connect_wait @S7                   -> selected_pending
  | sel_on_msg   @W3                   -> selected # "a new select never re-posts it"
  | sel_on_ev    @E1                   -> ev_selected
  | sel_off      @S1                   -> start
  | dgram        @W4                   -> connectionless
  | gone                               -> dead ) $1 | any $0 -> selected ),
# Message mode, an outcome posted: posted is not enumerated, so an event
# select records it (E7d).
reported: ( (
    succeeded    @D5 @post             -> reported
  | failed       @D5 @post_error       -> selected
  | connect_wait @S7                   -> selected_pending
  | sel_on_msg   @W3                   -> reported
  | sel_on_ev    @E7D @post            -> ev_posted
  | sel_off      @S1                   -> happened
  | gone                               -> dead ) $1 | any $0 -> reported ),
pending: ( (
    sel_on_msg   @W3           -> selected_pending # the outcome will be seen while registered
  | sel_on_ev    @E1           -> ev_selected_pending
  | succeeded    @E7D @W3      -> happened
  | conn_failed  @W3           -> start
  | connect_fail @W3           -> pending
  | gone                       -> dead ) $1 | any $0 -> pending ),
selected_pending: ( (
    connected    @CONNECT4 @post       -> reported
  | conn_failed  @CONNECT4 @post_error -> selected
  | connect_ok   @D5 @post             -> reported
  | connect_fail @D5 @post_error       -> selected_pending
  | netdown      @D2 @post_unreach     -> dead                 # the outcome, from FD_CONNECT's table
  | sel_on_msg   @W3                   -> selected_pending
  | sel_on_ev    @E1                   -> ev_selected_pending
  | sel_off      @S1                   -> pending
  | close        @S16                  -> dead ) $1 | any $0 -> selected_pending ),

# Event mode: selected, nothing pending (or what was pending enumerated:
# not recorded again, whatever registrations come between, DE6).
ev_selected: ( (
    succeeded    @CONNECT2 @post       -> ev_posted
  | failed       @CONNECT2 @post_error -> ev_selected
  | connect_wait @S7                   -> ev_selected_pending
  | sel_on_ev    @E7B                  -> ev_selected
  | sel_on_msg   @W3                   -> selected
  | sel_off      @S1                   -> start
  | dgram        @W4                   -> connectionless
  | gone                               -> dead ) $1 | any $0 -> ev_selected ),
ev_selected_pending: ( (
    succeeded    @CONNECT4 @post       -> ev_posted
  | conn_failed  @CONNECT4 @post_error -> ev_selected
  | connect_fail @D5 @post_error       -> ev_selected_pending
  | netdown      @D2 @post_unreach     -> dead
  | sel_on_ev    @E7B                  -> ev_selected_pending
  | sel_on_msg   @W3                   -> selected_pending
  | sel_off      @S1                   -> pending
  | close        @S16                  -> dead ) $1 | any $0 -> ev_selected_pending ),
# Recorded, not yet enumerated: a select records it again (E7b).
ev_posted: ( (
    sel_on_ev    @E7D @post            -> ev_posted
  | enum_ev      @E7B                  -> ev_selected
  | succeeded    @D5 @post             -> ev_posted
  | failed       @D5 @post_error       -> ev_selected
  | connect_wait @S7                   -> ev_selected_pending
  | sel_on_msg   @W3 @DE6              -> reported   # not enumerated: still waits (E7d)
  | sel_off      @S1                   -> happened
  | gone                               -> dead ) $1 | any $0 -> ev_posted ),

# W4: a datagram socket never gets FD_CONNECT in message mode; in event mode
# a connect on it records FD_CONNECT (E7e).
# The outcome of a connect made while not registered by WSPEventSelect (or
# not with FD_CONNECT) waits for an event select (E7d), with its error.
connectionless: ( (
    sel_on_ev    @E7E          -> dgram_selected
  | connect_wait @E7D          -> dgram_pending
  | succeeded    @E7D @W4      -> dgram_happened
  | gone                       -> dead ) $1 | any @W4 $0 -> connectionless ),
dgram_happened: ( (
    sel_on_ev    @E7D @post    -> dgram_posted
  | sel_on_msg   @W4           -> dgram_reported
  | failed       @W4           -> connectionless
  | connect_wait @E7D          -> dgram_pending # the new connect's outcome
  | gone                       -> dead ) $1 | any @W4 $0 -> dgram_happened ),
# Registered by WSPAsyncSelect with a success waiting (W4: never posted).
dgram_reported: ( (
    sel_on_ev    @E7D @post    -> dgram_posted
  | sel_on_msg   @W4           -> dgram_reported
  | sel_off      @S1           -> dgram_happened
  | failed       @W4           -> connectionless
  | connect_wait @E7D          -> dgram_pending
  | gone                       -> dead ) $1 | any @W4 $0 -> dgram_reported ),
# A connect pending, not registered by WSPEventSelect with FD_CONNECT.
dgram_pending: ( (
    sel_on_ev    @E7E          -> dgram_selected_pending
  | succeeded    @E7D @W4      -> dgram_happened
  | conn_failed  @W4           -> connectionless
  | gone                       -> dead ) $1 | any @W4 $0 -> dgram_pending ),
dgram_selected: ( (
    succeeded    @E7E @post    -> dgram_posted
  | failed       @E7E @post_error -> dgram_selected
  | connect_wait @S7           -> dgram_selected_pending
  | sel_on_ev    @E7E          -> dgram_selected
  | sel_on_msg                 -> connectionless
  | sel_off_ev   @S1           -> dgram_unselected
  | sel_off_msg                -> connectionless
  | gone                       -> dead ) $1 | any @W4 $0 -> dgram_selected ),
dgram_unselected: ( (
    sel_on_ev    @E7E          -> dgram_selected
  | sel_on_msg                 -> connectionless
  | connect_wait @E7D          -> dgram_pending
  | succeeded    @E7D @W4      -> dgram_happened
  | gone                       -> dead ) $1 | any @W4 $0 -> dgram_unselected ),
dgram_selected_pending: ( (
    succeeded    @CONNECT4 @post -> dgram_posted
  | conn_failed  @CONNECT4 @post_error -> dgram_selected
  | connect_fail @D5 @post_error -> dgram_selected_pending
  | netdown      @D2 @post_unreach -> dead
  | sel_on_ev    @E7E          -> dgram_selected_pending
  | (sel_on_msg | sel_off)     -> dgram_pending
  | close        @S16          -> dead ) $1 | any @W4 $0 -> dgram_selected_pending ),
dgram_posted: ( (
    succeeded    @E7E @post    -> dgram_posted
  | failed       @E7E @post_error -> dgram_selected
  | connect_wait @S7           -> dgram_selected_pending
  | sel_on_ev    @E7B @post    -> dgram_posted
  | enum_ev      @E7B          -> dgram_selected
  | sel_on_msg   @W4 @DE6      -> dgram_reported # not enumerated: still waits (E7d)
  | sel_off      @S1           -> dgram_happened
  | gone                       -> dead ) $1 | any @W4 $0 -> dgram_posted ),
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
