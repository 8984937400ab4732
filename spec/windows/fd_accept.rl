%%{
# SPDX-License-Identifier: MIT
# FD_ACCEPT, windows profile: as spec/fd_accept.rl in message mode (W5), but
# in event mode (E7, from Wine's test_accept_events on Windows) the event is
# pending from the moment a request arrives until an enumeration takes it:
#  E7a a second connection request records FD_ACCEPT again, not re-enabled;
#  E7b a select records a pending FD_ACCEPT again, but not one enumerated
#      and not re-enabled since.
# State names as spec/fd_accept.rl; in event mode posted = recorded and not
# yet enumerated; taken = enumerated and not re-enabled since (reached only
# by enum_ev), with a request pending.
machine fd_accept_windows;
alphtype unsigned char;
include alphabet "alphabet.rl";
include rules "rules.rl";
include actions "actions.rl";

gone = netdown @D2 | close @S16;
told = netdown @D2 @post_error | close @S16;    # D2: registered, re-enabled: WSAENETDOWN

main := (
start: ( (                                      # idle
    sel_on     @S2             -> armed
  | sel_off    @S1             -> start
  | conn_on    @S1             -> idle_pending
  | gone                       -> dead ) $1 | any $0 -> start ),
idle_pending: ( (
    sel_on     @ACCEPT1 @post  -> posted_pending # message mode, or pending (E7b)
  | sel_off    @S1             -> idle_pending
  | conn_off                   -> start
  | gone                       -> dead ) $1 | any $0 -> idle_pending ),
armed: ( (
    conn_on    @ACCEPT2 @post  -> posted_pending
  | sel_on     @S2             -> armed
  | sel_off    @S1             -> start
  | accept     @S4             -> armed
  | accept_defer @S10          -> armed
  | told                       -> dead ) $1 | any $0 -> armed ),
posted: ( (
    conn_on_msg @S5            -> posted_pending
  | conn_on_ev @E7A @post      -> posted_pending # recorded again, not re-enabled
  | accept     @S4             -> armed
  | accept_defer @S10          -> posted
  | sel_on     @S2             -> armed
  | sel_off    @S1             -> start
  | gone                       -> dead ) $1 | any $0 -> posted ),
posted_pending: ( (
    accept     @ACCEPT3 @post  -> posted_pending
  | accept_defer @S10          -> posted_pending
  | sel_on     @ACCEPT1 @post  -> posted_pending # message mode: S2; event mode: pending (E7b)
  | conn_on_msg @S3            -> posted_pending
  | conn_on_ev @E7A @post      -> posted_pending
  | enum_ev    @E7B            -> taken_pending
  | conn_off                   -> posted
  | sel_off    @S1             -> idle_pending
  | gone                       -> dead ) $1 | any $0 -> posted_pending ),
# Event mode: enumerated, not re-enabled since, a request still pending.
taken_pending: ( (
    accept     @ACCEPT3 @post  -> posted_pending
  | accept_defer @S10          -> taken_pending
  | conn_on_ev @E7A @post      -> posted_pending
  | sel_on_ev  @E7B            -> taken_pending # not recorded again
  | sel_on_msg @ACCEPT1 @post  -> posted_pending
  | sel_off_ev @E7B            -> idle_taken
  | sel_off_msg @S1            -> idle_pending
  | conn_off                   -> posted
  | gone                       -> dead ) $1 | any $0 -> taken_pending ),
idle_taken: ( (
    sel_on_ev  @E7B            -> taken_pending
  | sel_on_msg @ACCEPT1 @post  -> posted_pending
  | sel_off_ev @E7B            -> idle_taken
  | sel_off_msg @S1            -> idle_pending  # WSPAsyncSelect: afresh (W5)
  | (conn_on_ev|accept) @E7A   -> idle_pending  # pending again
  | conn_off                   -> start
  | gone                       -> dead ) $1 | any $0 -> idle_taken ),
dead: ( any @D2 -> dead )
);

write data noerror nofinal noentry;
}%%

static int fd_accept_windows_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    %% write exec;
    (void)p; (void)pe;
    return cs;
}
