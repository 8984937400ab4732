%%{
# SPDX-License-Identifier: MIT
# FD_ACCEPT: "Issues notification of incoming connections."  Both profiles.
#
# Level-triggered (S5) on the condition "a connection request is pending"
# (S10).  Re-enabled by LPWSPAccept, "unless the error code returned is
# WSATRY_AGAIN indicating that the condition function returned CF_DEFER".
# A reset or an abort concerns a connection, not a listener: FD_ACCEPT lives
# on (D8); network down and close end it.
# State names: idle = not in lEvent; armed = in lEvent and re-enabled;
# posted = posted and not re-enabled; _pending = a request is pending.
machine fd_accept;
alphtype unsigned char;
include alphabet "alphabet.rl";
include rules "rules.rl";
include actions "actions.rl";

# Shared exits written once.  A state's own transitions carry priority 1
# over its catch-all (priority 0): a symbol it does not name leaves it put.
gone = netdown @D2 | close @S16;
told = netdown @D2 @post_error | close @S16;    # D2: registered, re-enabled: WSAENETDOWN

main := (
start: ( (                                      # idle
    sel_on     @S2             -> armed
  | sel_off    @S1             -> start
  | conn_on    @S1             -> idle_pending  # not in lEvent: nothing posted
  | gone                       -> dead ) $1 | any $0 -> start ),
idle_pending: ( (
    sel_on     @ACCEPT1 @post  -> posted_pending # "if there is currently a connection request available"
  | sel_off    @S1             -> idle_pending
  | conn_off                   -> start
  | gone                       -> dead ) $1 | any $0 -> idle_pending ),
armed: ( (
    conn_on    @ACCEPT2 @post  -> posted_pending # "when a connection request arrives, if FD_ACCEPT not already posted"
  | sel_on     @S2             -> armed
  | sel_off    @S1             -> start
  | accept     @S4             -> armed
  | accept_defer @S10          -> armed
  | told                       -> dead ) $1 | any $0 -> armed ),
posted: ( (
    conn_on    @S5             -> posted_pending # arrives while posted, not re-enabled: nothing
  | accept     @S4             -> armed
  | accept_defer @S10          -> posted        # WSATRY_AGAIN does not re-enable
  | sel_on     @S2             -> armed         # a select starts afresh
  | sel_off    @S1             -> start
  | gone                       -> dead ) $1 | any $0 -> posted ),
posted_pending: ( (
    accept     @ACCEPT3 @post  -> posted_pending # "if there is another connection request available"
  | accept_defer @S10          -> posted_pending # deferred: not re-enabled, nothing posted
  | sel_on     @ACCEPT1 @post  -> posted_pending # S2: posted again while a request is pending
  | conn_on    @S3             -> posted_pending
  | conn_off                   -> posted
  | sel_off    @S1             -> idle_pending
  | gone                       -> dead ) $1 | any $0 -> posted_pending ),
dead: ( any @D2 -> dead )
);

write data noerror nofinal noentry;
}%%

static int fd_accept_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    %% write exec;
    (void)p; (void)pe;
    return cs;
}
