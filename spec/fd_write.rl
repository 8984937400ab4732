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

# Shared exits written once.  A state's own transitions carry priority 1
# over its catch-all (priority 0): a symbol it does not name leaves it put.
gone = (reset | abort) @S8 | netdown @D2 | close @S16;  # S8, D2, S16: dead for FD_WRITE
connects = connect_ok | connected;   # a connect or joinleaf succeeded

main := (
start: ( (                                      # idle, unconn
    sel_on     @S2             -> selected
  | sel_off    @S1             -> start
  | dgram      @D6             -> dgram_writable
  | (connects|accepted) @S1    -> writable      # not in lEvent: nothing posted
  | gone                       -> dead ) $1 | any $0 -> start ),
selected: ( (                                   # selected, unconn
    connects   @WRITE2 @post   -> selected_writable # "after LPWSPConnect ... when connection established"
  | accepted   @S11 @post      -> selected_writable # "or accepted with LPWSPAccept"
  | sel_on     @S6             -> selected      # no send is possible yet
  | sel_off    @S1             -> start
  | dgram      @D6             -> dgram_selected
  | gone                       -> dead ) $1 | any $0 -> selected ),
writable: ( (
    sel_on     @WRITE1 @post   -> selected_writable # "if an LPWSPSend or LPWSPSendTo is possible"
  | sel_off    @S1             -> writable
  | send_block @S6             -> blocked
  | gone                       -> dead ) $1 | any $0 -> writable ),
selected_writable: ( (
    sel_on     @WRITE1 @post   -> selected_writable # S2: a select starts afresh
  | send       @S6             -> selected_writable # neither consumes nor re-arms
  | (connects|accepted) @D6    -> selected_writable # only when first connected
  | send_block @S6             -> selected_blocked
  | sel_off    @S1             -> writable
  | gone                       -> dead ) $1 | any $0 -> selected_writable ),
blocked: ( (
    sel_on     @S6             -> selected_blocked # a send failed with WSAEWOULDBLOCK since
  | sel_off    @S1             -> blocked
  | send_space @S1             -> writable
  | gone                       -> dead ) $1 | any $0 -> blocked ),
selected_blocked: ( (
    send_space @WRITE3 @post   -> selected_writable # "when LPWSPSend or LPWSPSendTo are likely to succeed"
  | sel_on     @S6             -> selected_blocked
  | (send|send_block) @S6      -> selected_blocked
  | sel_off    @S1             -> blocked
  | gone                       -> dead ) $1 | any $0 -> selected_blocked ),

# Connectionless: "a connectionless socket is always writable immediately
# after LPWSPBind" (W4: select posts FD_WRITE at once, bound or not).
dgram_writable: ( (
    sel_on     @WRITE1 @post   -> dgram_selected
  | sel_off    @S1             -> dgram_writable
  | send_block @S6             -> dgram_blocked
  | gone                       -> dead ) $1 | any $0 -> dgram_writable ),
dgram_selected: ( (
    sel_on     @WRITE1 @post   -> dgram_selected
  | connects   @D6 @post       -> dgram_selected # each connect (an association) posts again (W4 agrees)
  | bind       @WRITE4 @D1 @post_maybe -> dgram_selected # "may or may not occur"
  | send       @S6             -> dgram_selected
  | send_block @S6             -> dgram_selected_blocked
  | sel_off    @S1             -> dgram_writable
  | gone                       -> dead ) $1 | any $0 -> dgram_selected ),
dgram_blocked: ( (
    sel_on     @S6             -> dgram_selected_blocked
  | sel_off    @S1             -> dgram_blocked
  | send_space @S1             -> dgram_writable
  | gone                       -> dead ) $1 | any $0 -> dgram_blocked ),
dgram_selected_blocked: ( (
    send_space @WRITE3 @post   -> dgram_selected
  | sel_on     @S6             -> dgram_selected_blocked
  | (send|send_block|connects|bind) @S6 -> dgram_selected_blocked
  | sel_off    @S1             -> dgram_blocked
  | gone                       -> dead ) $1 | any $0 -> dgram_selected_blocked ),

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
