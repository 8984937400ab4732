%%{
# SPDX-License-Identifier: MIT
# FD_WRITE, windows profile: spec/fd_write_chart.rl's chart (W5) but for
#  W4 "a connect on [a datagram socket] posts FD_WRITE(0) again";
# and in event mode (E7, from Wine's test_write_events, test_connect_events
# and test_WSAEnumNetworkEvents on Windows):
#  E7b a select records FD_WRITE again only until an enumeration takes it
#      (the _taken states, reached only by enum_ev);
#  E7e on a datagram socket not yet bound a select records nothing; a bound
#      one records FD_WRITE, and a connect records it.
# "An FD_WRITE message is posted when a socket is first connected with
# LPWSPConnect (after FD_CONNECT, if also registered) or accepted with
# LPWSPAccept, and then after an LPWSPSend or LPWSPSendTo fails with
# WSAEWOULDBLOCK and buffer space becomes available."  Its condition is "a
# send is possible" (S6); a send that succeeds neither consumes nor re-arms it.
# State names: see spec/fd_write_chart.rl; dgram_bound = bound, not in
# lEvent; dgram_unbound = in lEvent in event mode, not bound.
machine fd_write_windows;
alphtype unsigned char;
include alphabet "alphabet.rl";
include rules "rules.rl";
include actions "actions.rl";

ended = (reset | abort) @S8 | close @S16;       # S8, S16: dead for FD_WRITE
gone  = ended | netdown @D2;                     # D2: nothing to tell
told  = ended | netdown @D2 @post_error;        # D2: registered, re-enabled: WSAENETDOWN
quit  = shut_send @D6;                           # "if a send is possible": never again
connects = connect_ok | connected;   # a connect or joinleaf succeeded

main := (
start: ( (                                      # idle, unconn
    sel_on     @S2             -> selected
  | sel_off    @S1             -> start
  | dgram      @D6             -> dgram_writable
  | (connects|accepted) @S1    -> writable
  | quit                       -> shut
  | gone                       -> dead ) $1 | any $0 -> start ),
selected: ( (                                   # selected, unconn
    connects   @WRITE2 @post   -> selected_writable
  | accepted   @S11 @post      -> selected_writable
  | sel_on     @S6             -> selected
  | sel_off    @S1             -> start
  | dgram      @D6             -> dgram_selected
  | quit                       -> shut
  | told                       -> dead ) $1 | any $0 -> selected ),
writable: ( (
    sel_on     @WRITE1 @post   -> selected_writable
  | sel_off    @S1             -> writable
  | send_block @S6             -> blocked
  | quit                       -> shut
  | gone                       -> dead ) $1 | any $0 -> writable ),
selected_writable: ( (
    sel_on     @WRITE1 @post   -> selected_writable # message mode: S2; event mode: not yet enumerated
  | enum_ev    @E7B            -> taken
  | send       @S6             -> selected_writable
  | (connects|accepted) @D6    -> selected_writable
  | send_block @S6             -> selected_blocked
  | sel_off    @S1             -> writable
  | quit                       -> shut
  | gone                       -> dead ) $1 | any $0 -> selected_writable ),
taken: ( (
    sel_on_ev  @E7B            -> taken         # not recorded again
  | sel_on_msg @WRITE1 @post   -> selected_writable
  | send       @S6             -> taken
  | connects   @DE6            -> rearmed       # happened again: a select records it
  | accepted   @D6             -> taken
  | send_block @S6             -> selected_blocked
  | sel_off_ev @E7B            -> idle_taken
  | sel_off_msg @S1            -> writable
  | quit                       -> shut
  | gone                       -> dead ) $1 | any $0 -> taken ),
# Event mode, in lEvent: taken, then a connect made FD_WRITE happen again
# without recording it (not re-enabled since): the next select records it
# (DE6).
rearmed: ( (
    sel_on     @WRITE1 @post   -> selected_writable
  | enum_ev    @DE6            -> rearmed       # nothing recorded to take
  | (send|connects) @S6        -> rearmed
  | send_block @S6             -> selected_blocked
  | sel_off    @S1             -> writable
  | quit                       -> shut
  | gone                       -> dead ) $1 | any $0 -> rearmed ),
idle_taken: ( (
    sel_on_ev  @E7B            -> taken
  | sel_on_msg @WRITE1 @post   -> selected_writable
  | sel_off_ev @E7B            -> idle_taken
  | sel_off_msg @S1            -> writable      # WSPAsyncSelect: afresh (W5)
  | connects   @DE6            -> writable      # happened again
  | send_block @S6             -> blocked
  | quit                       -> shut
  | gone                       -> dead ) $1 | any $0 -> idle_taken ),
blocked: ( (
    sel_on     @S6             -> selected_blocked
  | sel_off    @S1             -> blocked
  | send_space @S1             -> writable
  | quit                       -> shut
  | gone                       -> dead ) $1 | any $0 -> blocked ),
selected_blocked: ( (
    send_space @WRITE3 @post   -> selected_writable
  | sel_on     @S6             -> selected_blocked
  | (send|send_block) @S6      -> selected_blocked
  | sel_off    @S1             -> blocked
  | quit                       -> shut
  | told                       -> dead ) $1 | any $0 -> selected_blocked ),

# Connectionless.  Message mode: "a connectionless socket is always writable
# immediately after LPWSPBind" (W4: select posts FD_WRITE at once, bound or
# not).  Event mode: only once bound (E7e).
dgram_writable: ( (
    sel_on_msg @WRITE1 @post   -> dgram_posted_unbound
  | sel_on_ev  @E7E            -> dgram_unbound # not bound: nothing recorded
  | sel_off    @S1             -> dgram_writable
  | bind       @D6             -> dgram_bound
  | connects   @E7E            -> dgram_bound   # the connect binds it
  | send_block @S6             -> dgram_unbound_blocked
  | quit                       -> shut
  | gone                       -> dead ) $1 | any $0 -> dgram_writable ),
# Posted by a WSPAsyncSelect, or recorded on send space, not bound yet: an
# event select records nothing.
dgram_posted_unbound: ( (
    sel_on_msg @WRITE1 @post   -> dgram_posted_unbound
  | enum_ev    @E7B            -> dgram_unbound_taken
  | sel_on_ev  @E7E            -> dgram_unbound
  | connects   @W4 @post       -> dgram_selected # the connect binds it
  | bind       @WRITE4 @D1 @post_maybe -> dgram_selected
  | send       @S6             -> dgram_posted_unbound
  | send_block @S6             -> dgram_unbound_selected_blocked
  | sel_off    @S1             -> dgram_writable
  | quit                       -> shut
  | gone                       -> dead ) $1 | any $0 -> dgram_posted_unbound ),
# Not bound, FD_WRITE recorded and enumerated since (E7b); in lEvent, then
# not.
dgram_unbound_taken: ( (
    sel_on_ev  @E7B            -> dgram_unbound_taken
  | sel_on_msg @WRITE1 @post   -> dgram_posted_unbound
  | connects   @DE6 @E7E @post -> dgram_selected # happened again; the connect binds it
  | bind       @WRITE4 @D1 @post_maybe -> dgram_taken
  | send       @S6             -> dgram_unbound_taken
  | send_block @S6             -> dgram_unbound_selected_blocked
  | sel_off_ev @E7B            -> dgram_unbound_idle_taken
  | sel_off_msg @S1            -> dgram_writable
  | quit                       -> shut
  | gone                       -> dead ) $1 | any $0 -> dgram_unbound_taken ),
dgram_unbound_idle_taken: ( (
    sel_on_ev  @E7B            -> dgram_unbound_taken
  | sel_on_msg @WRITE1 @post   -> dgram_posted_unbound
  | connects   @DE6            -> dgram_bound   # happened again; the connect binds it
  | bind       @D6             -> dgram_idle_taken
  | sel_off_ev @E7B            -> dgram_unbound_idle_taken
  | sel_off_msg @S1            -> dgram_writable
  | send_block @S6             -> dgram_unbound_blocked
  | quit                       -> shut
  | gone                       -> dead ) $1 | any $0 -> dgram_unbound_idle_taken ),
dgram_bound: ( (
    sel_on     @WRITE1 @E7E @post -> dgram_selected
  | sel_off    @S1             -> dgram_bound
  | send_block @S6             -> dgram_blocked
  | quit                       -> shut
  | gone                       -> dead ) $1 | any $0 -> dgram_bound ),
dgram_unbound: ( (
    connects   @E7E @post      -> dgram_selected # the connect binds it
  | bind       @WRITE4 @D1 @post_maybe -> dgram_fresh # "may or may not occur"
  | sel_on_ev  @E7E            -> dgram_unbound
  | sel_on_msg @WRITE1 @post   -> dgram_posted_unbound
  | sel_off    @S1             -> dgram_writable
  | send_block @S6             -> dgram_unbound_selected_blocked
  | quit                       -> shut
  | gone                       -> dead ) $1 | any $0 -> dgram_unbound ),
# Bound while in lEvent in event mode, FD_WRITE not recorded (D1): a
# select records it (E7e), an enumeration has nothing to take.
dgram_fresh: ( (
    sel_on     @WRITE1 @E7E @post -> dgram_selected
  | connects   @E7E @post      -> dgram_selected
  | bind       @WRITE4 @D1 @post_maybe -> dgram_fresh
  | send       @S6             -> dgram_fresh
  | send_block @S6             -> dgram_selected_blocked
  | sel_off    @S1             -> dgram_bound
  | quit                       -> shut
  | gone                       -> dead ) $1 | any $0 -> dgram_fresh ),
dgram_selected: ( (
    sel_on     @WRITE1 @post   -> dgram_selected
  | enum_ev    @E7B            -> dgram_taken
  | connects   @W4 @post       -> dgram_selected # each connect (an association), E7e
  | bind       @WRITE4 @D1 @post_maybe -> dgram_selected
  | send       @S6             -> dgram_selected
  | send_block @S6             -> dgram_selected_blocked
  | sel_off    @S1             -> dgram_bound
  | quit                       -> shut
  | gone                       -> dead ) $1 | any $0 -> dgram_selected ),
dgram_taken: ( (
    sel_on_ev  @E7B            -> dgram_taken
  | sel_on_msg @WRITE1 @post   -> dgram_selected
  | connects   @W4 @E7E @post  -> dgram_selected
  | bind       @WRITE4 @D1 @post_maybe -> dgram_taken
  | send       @S6             -> dgram_taken
  | send_block @S6             -> dgram_selected_blocked
  | sel_off_ev @E7B            -> dgram_idle_taken
  | sel_off_msg @S1            -> dgram_bound
  | quit                       -> shut
  | gone                       -> dead ) $1 | any $0 -> dgram_taken ),
dgram_idle_taken: ( (
    sel_on_ev  @E7B            -> dgram_taken
  | sel_on_msg @WRITE1 @post   -> dgram_selected
  | sel_off_ev @E7B            -> dgram_idle_taken
  | sel_off_msg @S1            -> dgram_bound   # WSPAsyncSelect: afresh (W5)
  | connects   @DE6            -> dgram_bound   # happened again
  | send_block @S6             -> dgram_blocked
  | quit                       -> shut
  | gone                       -> dead ) $1 | any $0 -> dgram_idle_taken ),
dgram_blocked: ( (
    sel_on     @S6             -> dgram_selected_blocked
  | sel_off    @S1             -> dgram_blocked
  | send_space @S1             -> dgram_bound
  | quit                       -> shut
  | gone                       -> dead ) $1 | any $0 -> dgram_blocked ),
# Blocked and not bound yet (a send does not bind it here; E7e).
dgram_unbound_blocked: ( (
    sel_on     @S6             -> dgram_unbound_selected_blocked
  | sel_off    @S1             -> dgram_unbound_blocked
  | send_space @S1             -> dgram_writable
  | (bind|connects) @D6        -> dgram_blocked
  | quit                       -> shut
  | gone                       -> dead ) $1 | any $0 -> dgram_unbound_blocked ),
dgram_unbound_selected_blocked: ( (
    send_space @WRITE3 @post   -> dgram_posted_unbound
  | sel_on     @S6             -> dgram_unbound_selected_blocked
  | (send|send_block) @S6      -> dgram_unbound_selected_blocked
  | (bind|connects) @S6        -> dgram_selected_blocked
  | sel_off    @S1             -> dgram_unbound_blocked
  | quit                       -> shut
  | told                       -> dead ) $1 | any $0 -> dgram_unbound_selected_blocked ),
dgram_selected_blocked: ( (
    send_space @WRITE3 @post   -> dgram_selected
  | sel_on     @S6             -> dgram_selected_blocked
  | (send|send_block|connects|bind) @S6 -> dgram_selected_blocked
  | sel_off    @S1             -> dgram_blocked
  | quit                       -> shut
  | told                       -> dead ) $1 | any $0 -> dgram_selected_blocked ),

shut: ( any @D6 -> shut ),
dead: ( any @S8 -> dead )
);

write data noerror nofinal noentry;
}%%

static int fd_write_windows_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    %% write exec;
    (void)p; (void)pe;
    return cs;
}
