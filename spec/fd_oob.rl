%%{
# SPDX-License-Identifier: MIT
# FD_OOB: "Issues notification of the arrival of OOB data."  Both profiles.
#
# "Valid only when LPWSPSetSockOpt SO_OOBINLINE is disabled (default)."
# Level-triggered (S5) on the condition "urgent data is queued": a recv with
# MSG_OOB would return data.  Re-enabled by LPWSPRecv or LPWSPRecvFrom "with
# or without MSG_OOB flag", even a failing one (S4, S9).
# State names: idle = not in lEvent; armed = in lEvent and re-enabled;
# posted = posted and not re-enabled; _urgent = urgent data is queued;
# inl_ = SO_OOBINLINE on, where FD_OOB is never posted (S9, D3).
machine fd_oob;
alphtype unsigned char;
include alphabet "alphabet.rl";
include rules "rules.rl";
include actions "actions.rl";

# Shared exits written once.  A state's own transitions carry priority 1
# over its catch-all (priority 0): a symbol it does not name leaves it put.
# Before a connection the runtime feeds no reset or abort (D8).
ended = (reset | abort) @S8 | close @S16;       # S8, S16: dead for FD_OOB
gone  = ended | netdown @D2;                     # D2: nothing to tell
told  = ended | netdown @D2 @post_error;        # D2: registered, re-enabled: WSAENETDOWN

main := (
start: ( (                                      # idle
    sel_on     @S2             -> armed
  | sel_off    @S1             -> start
  | urgent_on  @S1             -> idle_urgent   # not in lEvent: nothing posted
  | inline_on  @D3             -> inl_idle
  | gone                       -> dead ) $1 | any $0 -> start ),
idle_urgent: ( (
    sel_on     @OOB1 @post     -> posted_urgent # "if there is OOB data currently available"
  | sel_off    @S1             -> idle_urgent
  | urgent_off                 -> start
  | inline_on  @D3             -> inl_idle      # urgent data is now read in line
  | gone                       -> dead ) $1 | any $0 -> idle_urgent ),
armed: ( (
    urgent_on  @OOB2 @post     -> posted_urgent # "when OOB data arrives, if FD_OOB not already posted"
  | sel_on     @S2             -> armed
  | sel_off    @S1             -> start
  | recv       @S4             -> armed
  | inline_on  @D3             -> inl_selected
  | told                       -> dead ) $1 | any $0 -> armed ),
posted: ( (
    urgent_on  @S5             -> posted_urgent # arrives while posted, not re-enabled: nothing
  | recv       @S4             -> armed
  | sel_on     @S2             -> armed         # a select starts afresh
  | sel_off    @S1             -> start
  | inline_on  @D3             -> inl_selected
  | gone                       -> dead ) $1 | any $0 -> posted ),
posted_urgent: ( (
    recv       @OOB3 @post     -> posted_urgent # "if OOB data is still available to receive"
  | sel_on     @OOB1 @post     -> posted_urgent # S2: posted again while urgent data is queued
  | urgent_on  @S3             -> posted_urgent
  | urgent_off                 -> posted
  | sel_off    @S1             -> idle_urgent
  | inline_on  @D3             -> inl_selected
  | gone                       -> dead ) $1 | any $0 -> posted_urgent ),

# SO_OOBINLINE on: "the Windows Sockets SPI client must register an interest
# in FD_READ events, not FD_OOB events" -- nothing here ever posts (S9).
inl_idle: ( (
    sel_on     @S9             -> inl_selected
  | inline_off @D3             -> start
  | gone                       -> dead ) $1 | any @S9 $0 -> inl_idle ),
inl_selected: ( (
    sel_off    @S1             -> inl_idle
  | inline_off @D3             -> armed         # starts with no urgent data, re-enabled
  | gone                       -> dead ) $1 | any @S9 $0 -> inl_selected ),

dead: ( any @S8 -> dead )
);

write data noerror nofinal noentry;
}%%

static int fd_oob_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    %% write exec;
    (void)p; (void)pe;
    return cs;
}
