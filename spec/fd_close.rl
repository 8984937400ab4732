%%{
# SPDX-License-Identifier: MIT
# FD_CLOSE: "Issues notification of socket closure."  Spec profile (the
# windows profile's is spec/windows/fd_close.rl: W1, W2).
#
# "Valid only on connection-oriented sockets."  "FD_CLOSE: NONE" re-enables
# it.  Graceful close (the peer's FIN, also after a local shutdown): posted
# with 0 "only after all the received data has been read" -- at once if none
# is queued, else right after the recv that empties the queue (S8).  Reset:
# at once, WSAECONNRESET, data unread or not.  Abort and network down: at
# once with their error as the seed's FD_CLOSE table says it, kept for a
# later select (D2, D8).  Before a connection there is nothing to close.
# State names: start, unconn_ = no connection yet; idle = not in lEvent,
# selected = in lEvent; _data = data is queued (with SO_OOBINLINE on --
# inl_ -- urgent data too, D3); fin_data = the FIN came while data was
# unread; graceful, reset_closed, aborted = how the connection ended (the
# first wins, D8).
machine fd_close;
alphtype unsigned char;
include alphabet "alphabet.rl";
include rules "rules.rl";
include actions "actions.rl";

include fd_close_common "fd_close_common.rl";

# A state's own transitions carry priority 1 over its catch-all (priority
# 0): a symbol a state does not name leaves it where it is.
main := (
# Not connected yet (a new, connecting or listening socket): there is no
# connection to close, so fin, reset and abort find nothing and network down
# posts nothing (D2).  SO_OOBINLINE set before the connection is remembered.
start: ( (                                      # unconn, idle
    sel_on     @S2                  -> unconn_selected
  | data_on                         -> unconn_data
  | conns                           -> idle
  | inline_on  @D3                  -> inl_unconn
  | dgram                           -> connectionless
  | unconn_down                     -> down
  | closed                          -> dead ) $1 | unconn_other $0 -> start ),
unconn_selected: ( (
    sel_off    @S1                  -> start
  | data_on                         -> unconn_selected_data
  | conns                           -> selected
  | inline_on  @D3                  -> inl_unconn_selected
  | unconn_down                     -> down
  | closed                          -> dead ) $1 | unconn_other $0 -> unconn_selected ),
inl_unconn: ( (
    sel_on     @S2                  -> inl_unconn_selected
  | (data_on|urgent_on|inline_data) -> inl_unconn_data
  | conns                           -> inl_idle
  | inline_off @D3                  -> start
  | unconn_down                     -> down
  | closed                          -> dead ) $1 | unconn_other $0 -> inl_unconn ),
inl_unconn_selected: ( (
    sel_off    @S1                  -> inl_unconn
  | (data_on|urgent_on|inline_data) -> inl_unconn_selected_data
  | conns                           -> inl_selected
  | inline_off @D3                  -> unconn_selected
  | unconn_down                     -> down
  | closed                          -> dead ) $1 | unconn_other $0 -> inl_unconn_selected ),
# Data is kept track of even before the connection (a trace may say so).
unconn_data: ( (
    sel_on     @S2                  -> unconn_selected_data
  | data_off                        -> start
  | conns                           -> idle_data
  | inline_on  @D3                  -> inl_unconn_data
  | unconn_down                     -> down
  | closed                          -> dead ) $1 | unconn_other $0 -> unconn_data ),
unconn_selected_data: ( (
    sel_off    @S1                  -> unconn_data
  | data_off                        -> unconn_selected
  | conns                           -> selected_data
  | inline_on  @D3                  -> inl_unconn_selected_data
  | unconn_down                     -> down
  | closed                          -> dead ) $1 | unconn_other $0 -> unconn_selected_data ),
inl_unconn_data: ( (
    sel_on     @S2                  -> inl_unconn_selected_data
  | data_off                        -> inl_unconn
  | conns                           -> inl_idle_data
  | inline_off @D3                  -> unconn_data
  | unconn_down                     -> down
  | closed                          -> dead ) $1 | unconn_other $0 -> inl_unconn_data ),
inl_unconn_selected_data: ( (
    sel_off    @S1                  -> inl_unconn_data
  | data_off                        -> inl_unconn_selected
  | conns                           -> inl_selected_data
  | inline_off @D3                  -> unconn_selected_data
  | unconn_down                     -> down
  | closed                          -> dead ) $1 | unconn_other $0 -> inl_unconn_selected_data ),

# Connected, not in lEvent: the connection ends unannounced.
idle: ( (                                      # idle, connection open, no data
    sel_on     @S2                  -> selected
  | data_on                         -> idle_data
  | fin        @S1                  -> graceful
  | reset      @S1                  -> reset_closed
  | quiet_abort                     -> aborted
  | inline_on  @D3                  -> inl_idle
  | closed                          -> dead ) $1 | any $0 -> idle ),
idle_data: ( (
    sel_on     @S2                  -> selected_data
  | data_off                        -> idle
  | fin        @S8                  -> fin_data
  | reset      @S1                  -> reset_closed
  | quiet_abort                     -> aborted
  | inline_on  @D3                  -> inl_idle_data
  | closed                          -> dead ) $1 | any $0 -> idle_data ),
# Connected, in lEvent.
selected: ( (
    fin        @CLOSE2 @post        -> graceful     # "when no data is currently available to receive"
  | reset      @CLOSE4 @post_reset  -> reset_closed # "lParam will contain the WSAECONNRESET error value"
  | told_abort                      -> aborted
  | data_on                         -> selected_data
  | sel_on     @S2                  -> selected
  | sel_off    @S1                  -> idle
  | inline_on  @D3                  -> inl_selected
  | closed                          -> dead ) $1 | any $0 -> selected ),
selected_data: ( (
    fin        @S8                  -> selected_fin_data # "not delivered until all pending data has been read"
  | reset      @CLOSE4 @post_reset  -> reset_closed
  | told_abort                      -> aborted
  | data_off                        -> selected
  | sel_on     @S2                  -> selected_data
  | sel_off    @S1                  -> idle_data
  | inline_on  @D3                  -> inl_selected_data
  | closed                          -> dead ) $1 | any $0 -> selected_data ),

# SO_OOBINLINE on: urgent data is unread data too (D3).
inl_idle: ( (
    sel_on     @S2                  -> inl_selected
  | (data_on|urgent_on|inline_data) -> inl_idle_data
  | fin        @S1                  -> graceful
  | reset      @S1                  -> reset_closed
  | quiet_abort                     -> aborted
  | inline_off @D3                  -> idle
  | closed                          -> dead ) $1 | any $0 -> inl_idle ),
inl_idle_data: ( (
    sel_on     @S2                  -> inl_selected_data
  | data_off                        -> inl_idle
  | fin        @S8                  -> fin_data
  | reset      @S1                  -> reset_closed
  | quiet_abort                     -> aborted
  | inline_off @D3                  -> idle_data
  | closed                          -> dead ) $1 | any $0 -> inl_idle_data ),
inl_selected: ( (
    fin        @CLOSE2 @post        -> graceful
  | reset      @CLOSE4 @post_reset  -> reset_closed
  | told_abort                      -> aborted
  | (data_on|urgent_on|inline_data) -> inl_selected_data
  | sel_on     @S2                  -> inl_selected
  | sel_off    @S1                  -> inl_idle
  | inline_off @D3                  -> selected
  | closed                          -> dead ) $1 | any $0 -> inl_selected ),
inl_selected_data: ( (
    fin        @S8                  -> selected_fin_data
  | reset      @CLOSE4 @post_reset  -> reset_closed
  | told_abort                      -> aborted
  | data_off                        -> inl_selected
  | sel_on     @S2                  -> inl_selected_data
  | sel_off    @S1                  -> inl_idle_data
  | inline_off @D3                  -> selected_data
  | closed                          -> dead ) $1 | any $0 -> inl_selected_data ),

# The FIN came while data was unread: FD_CLOSE waits for the last recv.
fin_data: ( (
    data_off   @S1                  -> graceful
  | sel_on     @S8                  -> selected_fin_data # "(graceful: once drained)"
  | reset      @S1                  -> reset_closed
  | quiet_abort                     -> aborted
  | closed                          -> dead ) $1 | any $0 -> fin_data ),
selected_fin_data: ( (
    data_off   @CLOSE2 @post        -> graceful     # "right after the recv that empties the queue"
  | reset      @CLOSE4 @post_reset  -> reset_closed # "data unread or not"
  | told_abort                      -> aborted
  | sel_on     @S8                  -> selected_fin_data
  | sel_off    @S1                  -> fin_data
  | closed                          -> dead ) $1 | any $0 -> selected_fin_data ),

# Closed: FD_CLOSE has no re-enabling function; only a new select posts it
# again, with the error of how the connection stands now (S2, D8): a reset
# or abort after the FIN takes over; after a reset or abort nothing does.
graceful: ( (
    sel_on     @CLOSE1 @post        -> graceful     # "if the socket connection has been closed"
  | late_reset                      -> reset_closed
  | late_abort                      -> aborted
  | closed                          -> dead ) $1 | any @D8 $0 -> graceful ),
reset_closed: ( (
    sel_on     @CLOSE1 @post_reset  -> reset_closed
  | closed                          -> dead ) $1 | any @D8 $0 -> reset_closed ),
aborted: ( (
    sel_on     @CLOSE1 @post_kept   -> aborted
  | closed                          -> dead ) $1 | any @D8 $0 -> aborted ),

# "Valid only on connection-oriented sockets (for example, SOCK_STREAM)."
connectionless: ( any @S8 -> connectionless ),
# The network went down before any connection: nothing to tell (D2).
down: ( any @D2 -> down ),
# "FD_CLOSE is not posted after LPWSPCloseSocket is called."
dead: ( any @S16 -> dead )
);

write data noerror nofinal noentry;
}%%

static int fd_close_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    %% write exec;
    (void)p; (void)pe;
    return cs;
}
