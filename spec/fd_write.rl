%%{
# FD_WRITE: "Issues notification of readiness for writing."  Both profiles
# (W4 and W5: Windows posts FD_WRITE as the spec profile does).
#
# "An FD_WRITE message is posted when a socket is first connected with
# LPWSPConnect (after FD_CONNECT, if also registered) or accepted with
# LPWSPAccept, and then after an LPWSPSend or LPWSPSendTo fails with
# WSAEWOULDBLOCK and buffer space becomes available."  Its condition is "a
# send is possible" (S6); a send that succeeds neither consumes nor re-arms it.
# State names: idle = not in lEvent, selected = in lEvent; unconn = a stream
# socket not yet connected; writable = a send is possible; blocked = a send
# failed with WSAEWOULDBLOCK and no space came back yet; dgram_ = a
# connectionless socket, "always writable" (D6).
machine fd_write;
alphtype unsigned char;
include alphabet "alphabet.rl";
include rules "rules.rl";
include actions "actions.rl";

ended = reset | abort;          # S8: the connection is dead for FD_WRITE
connects = connect_ok | connected;   # a connect or joinleaf succeeded

main := (
start: (                                        # idle, unconn
    sel_on     @S2             -> selected
  | sel_off    @S1             -> start
  | dgram      @D6             -> dgram_writable
  | (connects|accepted) @S1    -> writable      # not in lEvent: nothing posted
  | ended      @S8             -> dead
  | netdown    @D2             -> dead
  | close      @S16            -> dead
  | (any - (sel_on|sel_off|dgram|connects|accepted|ended|netdown|close)) -> start ),
selected: (                                     # selected, unconn
    connects   @WRITE2 @post   -> selected_writable # "after LPWSPConnect ... when connection established"
  | accepted   @S11 @post      -> selected_writable # "or accepted with LPWSPAccept"
  | sel_on     @S6             -> selected      # no send is possible yet
  | sel_off    @S1             -> start
  | dgram      @D6             -> dgram_selected
  | ended      @S8             -> dead
  | netdown    @D2             -> dead
  | close      @S16            -> dead
  | (any - (connects|accepted|sel_on|sel_off|dgram|ended|netdown|close)) -> selected ),
writable: (
    sel_on     @WRITE1 @post   -> selected_writable # "if an LPWSPSend or LPWSPSendTo is possible"
  | sel_off    @S1             -> writable
  | send_block @S6             -> blocked
  | ended      @S8             -> dead
  | netdown    @D2             -> dead
  | close      @S16            -> dead
  | (any - (sel_on|sel_off|send_block|ended|netdown|close)) -> writable ),
selected_writable: (
    sel_on     @WRITE1 @post   -> selected_writable # S2: a select starts afresh
  | send       @S6             -> selected_writable # neither consumes nor re-arms
  | (connects|accepted) @D6    -> selected_writable # only when first connected
  | send_block @S6             -> selected_blocked
  | sel_off    @S1             -> writable
  | ended      @S8             -> dead
  | netdown    @D2             -> dead
  | close      @S16            -> dead
  | (any - (sel_on|send|connects|accepted|send_block|sel_off|ended|netdown|close)) -> selected_writable ),
blocked: (
    sel_on     @S6             -> selected_blocked # a send failed with WSAEWOULDBLOCK since
  | sel_off    @S1             -> blocked
  | send_space @S1             -> writable
  | ended      @S8             -> dead
  | netdown    @D2             -> dead
  | close      @S16            -> dead
  | (any - (sel_on|sel_off|send_space|ended|netdown|close)) -> blocked ),
selected_blocked: (
    send_space @WRITE3 @post   -> selected_writable # "when LPWSPSend or LPWSPSendTo are likely to succeed"
  | sel_on     @S6             -> selected_blocked
  | (send|send_block) @S6      -> selected_blocked
  | sel_off    @S1             -> blocked
  | ended      @S8             -> dead
  | netdown    @D2             -> dead
  | close      @S16            -> dead
  | (any - (send_space|sel_on|send|send_block|sel_off|ended|netdown|close)) -> selected_blocked ),

# Connectionless: "a connectionless socket is always writable immediately
# after LPWSPBind" (W4: select posts FD_WRITE at once, bound or not).
dgram_writable: (
    sel_on     @WRITE1 @post   -> dgram_selected
  | sel_off    @S1             -> dgram_writable
  | send_block @S6             -> dgram_blocked
  | ended      @S8             -> dead
  | netdown    @D2             -> dead
  | close      @S16            -> dead
  | (any - (sel_on|sel_off|send_block|ended|netdown|close)) -> dgram_writable ),
dgram_selected: (
    sel_on     @WRITE1 @post   -> dgram_selected
  | connects   @D6 @post       -> dgram_selected # each connect (an association) posts again (W4 agrees)
  | bind       @WRITE4 @D1 @post_maybe -> dgram_selected # "may or may not occur"
  | send       @S6             -> dgram_selected
  | send_block @S6             -> dgram_selected_blocked
  | sel_off    @S1             -> dgram_writable
  | ended      @S8             -> dead
  | netdown    @D2             -> dead
  | close      @S16            -> dead
  | (any - (sel_on|connects|bind|send|send_block|sel_off|ended|netdown|close)) -> dgram_selected ),
dgram_blocked: (
    sel_on     @S6             -> dgram_selected_blocked
  | sel_off    @S1             -> dgram_blocked
  | send_space @S1             -> dgram_writable
  | ended      @S8             -> dead
  | netdown    @D2             -> dead
  | close      @S16            -> dead
  | (any - (sel_on|sel_off|send_space|ended|netdown|close)) -> dgram_blocked ),
dgram_selected_blocked: (
    send_space @WRITE3 @post   -> dgram_selected
  | sel_on     @S6             -> dgram_selected_blocked
  | (send|send_block|connects|bind) @S6 -> dgram_selected_blocked
  | sel_off    @S1             -> dgram_blocked
  | ended      @S8             -> dead
  | netdown    @D2             -> dead
  | close      @S16            -> dead
  | (any - (send_space|sel_on|send|send_block|connects|bind|sel_off|ended|netdown|close)) -> dgram_selected_blocked ),

dead: ( any @S8 -> dead )
);

write data noerror nofinal noentry;
}%%

static int fd_write_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    %% write exec;
    (void)p; (void)pe;
    return cs;
}
