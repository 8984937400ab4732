%%{
# SPDX-License-Identifier: MIT
# FD_READ: "Issues notification of readiness for reading."  Both profiles.
#
# Level-triggered (S5) on the condition "data is queued": a plain recv would
# return data.  With SO_OOBINLINE on, urgent data is data (S9, D3).
# Re-enabled by LPWSPRecv or LPWSPRecvFrom, "even one that fails" (S4).
# State names: [inl_] SO_OOBINLINE on; idle = not in lEvent; armed = in
# lEvent and re-enabled; posted = in lEvent, posted and not re-enabled;
# _data = data is queued.
machine fd_read;
alphtype unsigned char;
include alphabet "alphabet.rl";
include rules "rules.rl";
include actions "actions.rl";

# Shared exits written once.  A state's own transitions carry priority 1
# over its catch-all (priority 0): a symbol it does not name leaves it put.
# Before a connection the runtime feeds no reset or abort (D8).
ended = (reset | abort) @S8 | close @S16;       # S8, S16: dead for FD_READ
gone  = ended | netdown @D2;                     # D2: nothing to tell
told  = ended | netdown @D2 @post_error;        # D2: registered, re-enabled: WSAENETDOWN
other = fin @S8 | any;          # end of data is no data: FD_CLOSE tells it

main := (
start: ( (                                      # idle
    sel_on     @S2             -> armed         # nothing to read yet
  | sel_off    @S1             -> start
  | data_on    @S1             -> idle_data     # not in lEvent: nothing posted
  | inline_on  @D3             -> inl_idle
  | gone                       -> dead ) $1 | other $0 -> start ),
idle_data: ( (
    sel_on     @READ1 @post    -> posted_data   # "if there is data currently available"
  | sel_off    @S1             -> idle_data
  | data_off                   -> start
  | inline_on  @D3             -> inl_idle_data
  | gone                       -> dead ) $1 | other $0 -> idle_data ),
armed: ( (
    data_on    @READ2 @post    -> posted_data   # "when data arrives, if FD_READ not already posted"
  | sel_on     @S2             -> armed
  | sel_off    @S1             -> start
  | recv       @S4             -> armed
  | inline_on  @D3             -> inl_armed
  | told                       -> dead ) $1 | other $0 -> armed ),
# Data queued, re-enabled, not posted: only after SO_OOBINLINE made queued
# urgent data normal data, which posts nothing by itself (D3).
armed_data: ( (
    data_on    @READ2 @post    -> posted_data   # "when data arrives, if FD_READ not already posted"
  | recv       @READ3 @post    -> posted_data   # "if data is still available to receive"
  | sel_on     @READ1 @post    -> posted_data
  | data_off                   -> armed
  | sel_off    @S1             -> idle_data
  | inline_on  @D3             -> inl_armed_data
  | told                       -> dead ) $1 | other $0 -> armed_data ),
posted: ( (
    data_on    @S5             -> posted_data   # arrives while posted, not re-enabled: nothing
  | recv       @S4             -> armed         # re-enabled; nothing queued
  | sel_on     @S2             -> armed         # a select starts afresh
  | sel_off    @S1             -> start
  | inline_on  @D3             -> inl_posted
  | gone                       -> dead ) $1 | other $0 -> posted ),
posted_data: ( (
    recv       @READ3 @post    -> posted_data   # "if data is still available to receive"
  | sel_on     @READ1 @post    -> posted_data   # S2: posted again while data is queued
  | data_on    @S3             -> posted_data
  | data_off                   -> posted
  | sel_off    @S1             -> idle_data
  | inline_on  @D3             -> inl_posted_data
  | gone                       -> dead ) $1 | other $0 -> posted_data ),

# SO_OOBINLINE on: "the out-of-band (expedited) data is treated as normal
# data" -- urgent data arriving raises FD_READ's condition (S9); urgent data
# queued when the option went on is normal data too, posting nothing (D3).
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
  | data_off                   -> inl_armed
  | sel_off    @S1             -> inl_idle_data
  | inline_off @D3             -> armed_data
  | told                       -> dead ) $1 | other $0 -> inl_armed_data ),
inl_posted: ( (
    (data_on|urgent_on) @S5    -> inl_posted_data
  | inline_data @D3            -> inl_posted_data
  | recv       @S4             -> inl_armed
  | sel_on     @S2             -> inl_armed
  | sel_off    @S1             -> inl_idle
  | inline_off @D3             -> posted
  | gone                       -> dead ) $1 | other $0 -> inl_posted ),
inl_posted_data: ( (
    recv       @READ3 @post    -> inl_posted_data
  | sel_on     @READ1 @post    -> inl_posted_data
  | (data_on|urgent_on) @S3    -> inl_posted_data
  | data_off                   -> inl_posted
  | sel_off    @S1             -> inl_idle_data
  | inline_off @D3             -> posted_data
  | gone                       -> dead ) $1 | other $0 -> inl_posted_data ),

# "After a reset or an abort the connection is dead: FD_READ ... not posted
# for it again, whatever a later recv returns" (S8); likewise after network
# down (D2) and close (S16).
dead: ( any @S8 -> dead )
);

write data noerror nofinal noentry;
}%%

static int fd_read_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    %% write exec;
    (void)p; (void)pe;
    return cs;
}
