%%{
# SPDX-License-Identifier: MIT
# FD_READ, windows profile: as spec/fd_read.rl in message mode (W5), but in
# event mode (E7, from Wine's test_read_events on Windows) an event is
# pending from the moment it happens until an enumeration takes it:
#  E7a "a new arrival records the event again even when it was not
#      re-enabled";
#  E7b a select records a pending event again, but not one enumerated and
#      not re-enabled since (the same mask again, or mask 0 then the mask);
#  E7c "a failing recv re-enables nothing in event mode".
# State names as spec/fd_read.rl; in event mode posted = recorded and not
# yet enumerated; taken = enumerated and not re-enabled since (reached only
# by enum_ev), with data queued.
machine fd_read_windows;
alphtype unsigned char;
include alphabet "alphabet.rl";
include rules "rules.rl";
include actions "actions.rl";

ended = (reset | abort) @S8 | close @S16;       # S8, S16: dead for FD_READ
gone  = ended | netdown @D2;                     # D2: nothing to tell
told  = ended | netdown @D2 @post_error;        # D2: registered, re-enabled: WSAENETDOWN
other = fin @S8 | any;          # end of data is no data: FD_CLOSE tells it
reenable = recv_msg | recv_ev;                  # E7c: not recv_fail_ev

main := (
start: ( (                                      # idle
    sel_on     @S2             -> armed
  | sel_off    @S1             -> start
  | data_on    @S1             -> idle_data
  | inline_on  @D3             -> inl_idle
  | gone                       -> dead ) $1 | other $0 -> start ),
idle_data: ( (
    sel_on     @READ1 @post    -> posted_data   # message mode, or pending (E7b)
  | sel_off    @S1             -> idle_data
  | data_off                   -> start
  | inline_on  @D3             -> inl_idle_data
  | gone                       -> dead ) $1 | other $0 -> idle_data ),
armed: ( (
    data_on    @READ2 @post    -> posted_data
  | sel_on     @S2             -> armed
  | sel_off    @S1             -> start
  | recv       @S4             -> armed
  | inline_on  @D3             -> inl_armed
  | told                       -> dead ) $1 | other $0 -> armed ),
armed_data: ( (
    data_on    @READ2 @post    -> posted_data
  | recv       @READ3 @post    -> posted_data   # enabled already: E7c changes nothing
  | sel_on     @READ1 @post    -> posted_data
  | enum_ev    @DE6            -> taken_armed   # recorded before its re-enabling
  | data_off                   -> armed
  | sel_off    @S1             -> idle_data
  | inline_on  @D3             -> inl_armed_data
  | told                       -> dead ) $1 | other $0 -> armed_data ),
posted: ( (
    data_on_msg @S5            -> posted_data
  | data_on_ev @E7A @post      -> posted_data   # recorded again, not re-enabled
  | reenable   @S4             -> armed
  | recv_fail_ev @E7C          -> posted
  | sel_on     @S2             -> armed
  | sel_off    @S1             -> start
  | inline_on  @D3             -> inl_posted
  | gone                       -> dead ) $1 | other $0 -> posted ),
posted_data: ( (
    reenable   @READ3 @post    -> posted_data
  | recv_fail_ev @E7C          -> posted_data
  | sel_on     @READ1 @post    -> posted_data   # message mode: S2; event mode: pending (E7b)
  | data_on_msg @S3            -> posted_data
  | data_on_ev @E7A @post      -> posted_data
  | enum_ev    @E7B            -> taken_data
  | data_off                   -> posted
  | sel_off    @S1             -> idle_data
  | inline_on  @D3             -> inl_posted_data
  | gone                       -> dead ) $1 | other $0 -> posted_data ),
# Event mode: enumerated, not re-enabled since, data still queued.
taken_data: ( (
    reenable   @READ3 @post    -> posted_data
  | recv_fail_ev @E7C          -> taken_data
  | data_on_ev @E7A @post      -> posted_data
  | sel_on_ev  @E7B            -> taken_data    # not recorded again
  | sel_on_msg @READ1 @post    -> posted_data
  | sel_off_ev @E7B            -> idle_taken
  | sel_off_msg @S1            -> idle_data
  | data_off                   -> posted
  | inline_on  @D3             -> inl_taken_data
  | gone                       -> dead ) $1 | other $0 -> taken_data ),
# Event mode: enumerated after its re-enabling (the record older than the
# call), data queued: taken as above (DE6), but re-enabled, so network down
# is told (D2) until a select.
taken_armed: ( (
    reenable   @READ3 @post    -> posted_data
  | recv_fail_ev @READ3 @post  -> posted_data   # enabled already: E7c changes nothing
  | data_on_ev @E7A @post      -> posted_data
  | sel_on_ev  @E7B            -> taken_data
  | sel_on_msg @READ1 @post    -> posted_data
  | sel_off_ev @E7B            -> idle_taken
  | sel_off_msg @S1            -> idle_data
  | data_off                   -> armed
  | inline_on  @D3             -> inl_taken_armed
  | told                       -> dead ) $1 | other $0 -> taken_armed ),
idle_taken: ( (
    sel_on_ev  @E7B            -> taken_data
  | sel_on_msg @READ1 @post    -> posted_data
  | sel_off_ev @E7B            -> idle_taken
  | sel_off_msg @S1            -> idle_data     # WSPAsyncSelect: afresh (W5)
  | (data_on_ev|reenable) @E7A -> idle_data     # pending again
  | data_off                   -> start
  | inline_on  @D3             -> inl_idle_taken
  | gone                       -> dead ) $1 | other $0 -> idle_taken ),

inl_idle: ( (
    sel_on     @S2             -> inl_armed
  | sel_off    @S1             -> inl_idle
  | (data_on|urgent_on) @S1    -> inl_idle_data
  | inline_data @D3            -> inl_idle_data
  | inline_off @D3             -> start
  | gone                       -> dead ) $1 | other $0 -> inl_idle ),
inl_idle_data: ( (
    sel_on     @READ1 @post    -> inl_posted_data
  | sel_off    @S1             -> inl_idle_data
  | data_off                   -> inl_idle
  | inline_off @D3             -> idle_data
  | gone                       -> dead ) $1 | other $0 -> inl_idle_data ),
inl_armed: ( (
    (data_on|urgent_on) @S9 @READ2 @post -> inl_posted_data
  | inline_data @D3            -> inl_armed_data
  | sel_on     @S2             -> inl_armed
  | sel_off    @S1             -> inl_idle
  | recv       @S4             -> inl_armed
  | inline_off @D3             -> armed
  | told                       -> dead ) $1 | other $0 -> inl_armed ),
inl_armed_data: ( (
    (data_on|urgent_on) @S9 @READ2 @post -> inl_posted_data
  | recv       @READ3 @post    -> inl_posted_data
  | sel_on     @READ1 @post    -> inl_posted_data
  | enum_ev    @DE6            -> inl_taken_armed
  | data_off                   -> inl_armed
  | sel_off    @S1             -> inl_idle_data
  | inline_off @D3             -> armed_data
  | told                       -> dead ) $1 | other $0 -> inl_armed_data ),
inl_posted: ( (
    (data_on_msg|urgent_on_msg) @S5 -> inl_posted_data
  | (data_on_ev|urgent_on_ev) @E7A @post -> inl_posted_data
  | inline_data @D3            -> inl_posted_data
  | reenable   @S4             -> inl_armed
  | recv_fail_ev @E7C          -> inl_posted
  | sel_on     @S2             -> inl_armed
  | sel_off    @S1             -> inl_idle
  | inline_off @D3             -> posted
  | gone                       -> dead ) $1 | other $0 -> inl_posted ),
inl_posted_data: ( (
    reenable   @READ3 @post    -> inl_posted_data
  | recv_fail_ev @E7C          -> inl_posted_data
  | sel_on     @READ1 @post    -> inl_posted_data
  | (data_on_msg|urgent_on_msg) @S3 -> inl_posted_data
  | (data_on_ev|urgent_on_ev) @E7A @post -> inl_posted_data
  | enum_ev    @E7B            -> inl_taken_data
  | data_off                   -> inl_posted
  | sel_off    @S1             -> inl_idle_data
  | inline_off @D3             -> posted_data
  | gone                       -> dead ) $1 | other $0 -> inl_posted_data ),
inl_taken_data: ( (
    reenable   @READ3 @post    -> inl_posted_data
  | recv_fail_ev @E7C          -> inl_taken_data
  | (data_on_ev|urgent_on_ev) @E7A @post -> inl_posted_data
  | sel_on_ev  @E7B            -> inl_taken_data
  | sel_on_msg @READ1 @post    -> inl_posted_data
  | sel_off_ev @E7B            -> inl_idle_taken
  | sel_off_msg @S1            -> inl_idle_data
  | data_off                   -> inl_posted
  | inline_off @D3             -> taken_data
  | gone                       -> dead ) $1 | other $0 -> inl_taken_data ),
inl_taken_armed: ( (
    reenable   @READ3 @post    -> inl_posted_data
  | recv_fail_ev @READ3 @post  -> inl_posted_data
  | (data_on_ev|urgent_on_ev) @E7A @post -> inl_posted_data
  | sel_on_ev  @E7B            -> inl_taken_data
  | sel_on_msg @READ1 @post    -> inl_posted_data
  | sel_off_ev @E7B            -> inl_idle_taken
  | sel_off_msg @S1            -> inl_idle_data
  | data_off                   -> inl_armed
  | inline_off @D3             -> taken_armed
  | told                       -> dead ) $1 | other $0 -> inl_taken_armed ),
inl_idle_taken: ( (
    sel_on_ev  @E7B            -> inl_taken_data
  | sel_on_msg @READ1 @post    -> inl_posted_data
  | sel_off_ev @E7B            -> inl_idle_taken
  | sel_off_msg @S1            -> inl_idle_data
  | (data_on_ev|urgent_on_ev|reenable) @E7A -> inl_idle_data
  | data_off                   -> inl_idle
  | inline_off @D3             -> idle_taken
  | gone                       -> dead ) $1 | other $0 -> inl_idle_taken ),

dead: ( any @S8 -> dead )
);

write data noerror nofinal noentry;
}%%

static int fd_read_windows_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    %% write exec;
    (void)p; (void)pe;
    return cs;
}
