%%{
# SPDX-License-Identifier: MIT
# FD_WRITE's state chart, the same in both profiles but for `dgram_connect`,
# a connect on a datagram socket already writable, which the including
# machine defines (spec/fd_write.rl: D6, optional; spec/windows/fd_write.rl:
# W4, posted).  State names: idle = not in lEvent, selected = in lEvent;
# unconn = a stream socket not yet connected; writable = a send is possible;
# blocked = a send failed with WSAEWOULDBLOCK and no space came back yet;
# dgram_ = a connectionless socket, "always writable" (D6); shut = the
# socket's own shutdown SD_SEND: no send is possible any more (D6).
machine fd_write_chart;

# Shared exits written once.  A state's own transitions carry priority 1
# over its catch-all (priority 0): a symbol it does not name leaves it put.
# Before a connection the runtime feeds no reset or abort (D8).
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
  | (connects|accepted) @S1    -> writable      # not in lEvent: nothing posted
  | quit                       -> shut
  | gone                       -> dead ) $1 | any $0 -> start ),
selected: ( (                                   # selected, unconn
    connects   @WRITE2 @post   -> selected_writable # "after LPWSPConnect ... when connection established"
  | accepted   @S11 @post      -> selected_writable # "or accepted with LPWSPAccept"
  | sel_on     @S6             -> selected      # no send is possible yet
  | sel_off    @S1             -> start
  | dgram      @D6             -> dgram_selected
  | quit                       -> shut
  | told                       -> dead ) $1 | any $0 -> selected ),
writable: ( (
    sel_on     @WRITE1 @post   -> selected_writable # "if an LPWSPSend or LPWSPSendTo is possible"
  | sel_off    @S1             -> writable
  | send_block @S6             -> blocked
  | quit                       -> shut
  | gone                       -> dead ) $1 | any $0 -> writable ),
selected_writable: ( (
    sel_on     @WRITE1 @post   -> selected_writable # S2: a select starts afresh
  | send       @S6             -> selected_writable # neither consumes nor re-arms
  | (connects|accepted) @D6    -> selected_writable # only when first connected
  | send_block @S6             -> selected_blocked
  | sel_off    @S1             -> writable
  | quit                       -> shut
  | gone                       -> dead ) $1 | any $0 -> selected_writable ),
blocked: ( (
    sel_on     @S6             -> selected_blocked # a send failed with WSAEWOULDBLOCK since
  | sel_off    @S1             -> blocked
  | send_space @S1             -> writable
  | quit                       -> shut
  | gone                       -> dead ) $1 | any $0 -> blocked ),
selected_blocked: ( (
    send_space @WRITE3 @post   -> selected_writable # "when LPWSPSend or LPWSPSendTo are likely to succeed"
  | sel_on     @S6             -> selected_blocked
  | (send|send_block) @S6      -> selected_blocked
  | sel_off    @S1             -> blocked
  | quit                       -> shut
  | told                       -> dead ) $1 | any $0 -> selected_blocked ),

# Connectionless: "a connectionless socket is always writable immediately
# after LPWSPBind" (W4: select posts FD_WRITE at once, bound or not).
dgram_writable: ( (
    sel_on     @WRITE1 @post   -> dgram_selected
  | sel_off    @S1             -> dgram_writable
  | send_block @S6             -> dgram_blocked
  | quit                       -> shut
  | gone                       -> dead ) $1 | any $0 -> dgram_writable ),
dgram_selected: ( (
    sel_on     @WRITE1 @post   -> dgram_selected
  | dgram_connect              -> dgram_selected # each connect (an association): D6 / W4
  | bind       @WRITE4 @D1 @post_maybe -> dgram_selected # "may or may not occur"
  | send       @S6             -> dgram_selected
  | send_block @S6             -> dgram_selected_blocked
  | sel_off    @S1             -> dgram_writable
  | quit                       -> shut
  | gone                       -> dead ) $1 | any $0 -> dgram_selected ),
dgram_blocked: ( (
    sel_on     @S6             -> dgram_selected_blocked
  | sel_off    @S1             -> dgram_blocked
  | send_space @S1             -> dgram_writable
  | quit                       -> shut
  | gone                       -> dead ) $1 | any $0 -> dgram_blocked ),
dgram_selected_blocked: ( (
    send_space @WRITE3 @post   -> dgram_selected
  | sel_on     @S6             -> dgram_selected_blocked
  | (send|send_block|connects|bind) @S6 -> dgram_selected_blocked
  | sel_off    @S1             -> dgram_blocked
  | quit                       -> shut
  | told                       -> dead ) $1 | any $0 -> dgram_selected_blocked ),

# The socket's own shutdown SD_SEND (or SD_BOTH): "if a send is possible"
# never holds again, so FD_WRITE is never posted again (D6, W5).
shut: ( any @D6 -> shut ),
dead: ( any @S8 -> dead )
);
}%%
