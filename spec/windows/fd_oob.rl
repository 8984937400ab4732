%%{
# SPDX-License-Identifier: MIT
# FD_OOB, windows profile: as spec/fd_oob.rl in message mode (W5), but in
# event mode (E7, from Wine's test_oob_events on Windows) the event is
# pending from the moment urgent data arrives until an enumeration takes it:
#  E7a more urgent data records FD_OOB again, not re-enabled;
#  E7b a select records a pending FD_OOB again, but not one enumerated and
#      not re-enabled since;
#  E7c a failing recv re-enables nothing.
# State names as spec/fd_oob.rl; in event mode posted = recorded and not yet
# enumerated; taken = enumerated and not re-enabled since (reached only by
# enum_ev), with urgent data queued.
machine fd_oob_windows;
alphtype unsigned char;
include alphabet "alphabet.rl";
include rules "rules.rl";
include actions "actions.rl";

ended = (reset | abort) @S8 | close @S16;       # S8, S16: dead for FD_OOB
gone  = ended | netdown @D2;                     # D2: nothing to tell
told  = ended | netdown @D2 @post_error;        # D2: registered, re-enabled: WSAENETDOWN
reenable = recv_msg | recv_ev;                  # E7c: not recv_fail_ev

main := (
start: ( (                                      # idle
    sel_on     @S2             -> armed
  | sel_off    @S1             -> start
  | urgent_on  @S1             -> idle_urgent
  | inline_on  @D3             -> inl_idle
  | gone                       -> dead ) $1 | any $0 -> start ),
idle_urgent: ( (
    sel_on     @OOB1 @post     -> posted_urgent # message mode, or pending (E7b)
  | sel_off    @S1             -> idle_urgent
  | urgent_off                 -> start
  | inline_on  @D3             -> inl_idle
  | gone                       -> dead ) $1 | any $0 -> idle_urgent ),
armed: ( (
    urgent_on  @OOB2 @post     -> posted_urgent
  | sel_on     @S2             -> armed
  | sel_off    @S1             -> start
  | recv       @S4             -> armed
  | inline_on  @D3             -> inl_selected
  | told                       -> dead ) $1 | any $0 -> armed ),
posted: ( (
    urgent_on_msg @S5          -> posted_urgent
  | urgent_on_ev @E7A @post    -> posted_urgent # recorded again, not re-enabled
  | reenable   @S4             -> armed
  | recv_fail_ev @E7C          -> posted
  | sel_on     @S2             -> armed
  | sel_off    @S1             -> start
  | inline_on  @D3             -> inl_selected
  | gone                       -> dead ) $1 | any $0 -> posted ),
posted_urgent: ( (
    reenable   @OOB3 @post     -> posted_urgent
  | recv_fail_ev @E7C          -> posted_urgent
  | sel_on     @OOB1 @post     -> posted_urgent # message mode: S2; event mode: pending (E7b)
  | urgent_on_msg @S3          -> posted_urgent
  | urgent_on_ev @E7A @post    -> posted_urgent
  | enum_ev    @E7B            -> taken_urgent
  | urgent_off                 -> posted
  | sel_off    @S1             -> idle_urgent
  | inline_on  @D3             -> inl_selected
  | gone                       -> dead ) $1 | any $0 -> posted_urgent ),
# Event mode: enumerated, not re-enabled since, urgent data still queued.
taken_urgent: ( (
    reenable   @OOB3 @post     -> posted_urgent
  | recv_fail_ev @E7C          -> taken_urgent
  | urgent_on_ev @E7A @post    -> posted_urgent
  | sel_on_ev  @E7B            -> taken_urgent  # not recorded again
  | sel_on_msg @OOB1 @post     -> posted_urgent
  | sel_off_ev @E7B            -> idle_taken
  | sel_off_msg @S1            -> idle_urgent
  | urgent_off                 -> posted
  | inline_on  @D3             -> inl_selected
  | gone                       -> dead ) $1 | any $0 -> taken_urgent ),
idle_taken: ( (
    sel_on_ev  @E7B            -> taken_urgent
  | sel_on_msg @OOB1 @post     -> posted_urgent
  | sel_off_ev @E7B            -> idle_taken
  | sel_off_msg @S1            -> idle_urgent   # WSPAsyncSelect: afresh (W5)
  | (urgent_on_ev|reenable) @E7A -> idle_urgent # pending again
  | urgent_off                 -> start
  | inline_on  @D3             -> inl_idle
  | gone                       -> dead ) $1 | any $0 -> idle_taken ),

inl_idle: ( (
    sel_on     @S9             -> inl_selected
  | inline_off @D3             -> start
  | gone                       -> dead ) $1 | any @S9 $0 -> inl_idle ),
inl_selected: ( (
    sel_off    @S1             -> inl_idle
  | inline_off @D3             -> armed
  | gone                       -> dead ) $1 | any @S9 $0 -> inl_selected ),

dead: ( any @S8 -> dead )
);

write data noerror nofinal noentry;
}%%

static int fd_oob_windows_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    %% write exec;
    (void)p; (void)pe;
    return cs;
}
