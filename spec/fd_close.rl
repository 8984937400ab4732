%%{
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

conns = connect_ok | connected | accepted;   # the connection is established

main := (
# Not connected yet (a new, connecting or listening socket): there is no
# connection to close, so fin, reset and abort find nothing and network down
# posts nothing (D2).  SO_OOBINLINE set before the connection is remembered.
start: (                                        # unconn, idle
    sel_on     @S2                  -> unconn_selected
  | data_on                         -> unconn_data
  | conns                           -> idle
  | inline_on  @D3                  -> inl_unconn
  | netdown    @D2                  -> down
  | dgram                           -> connectionless
  | close      @S16                 -> dead
  | (any - (sel_on|data_on|conns|inline_on|netdown|dgram|close)) @S8 -> start ),
unconn_selected: (
    sel_off    @S1                  -> start
  | data_on                         -> unconn_selected_data
  | conns                           -> selected
  | inline_on  @D3                  -> inl_unconn_selected
  | netdown    @D2                  -> down
  | close      @S16                 -> dead
  | (any - (sel_off|data_on|conns|inline_on|netdown|close)) @S8 -> unconn_selected ),
inl_unconn: (
    sel_on     @S2                  -> inl_unconn_selected
  | (data_on|urgent_on)             -> inl_unconn_data
  | conns                           -> inl_idle
  | inline_off @D3                  -> start
  | netdown    @D2                  -> down
  | close      @S16                 -> dead
  | (any - (sel_on|data_on|urgent_on|conns|inline_off|netdown|close)) @S8 -> inl_unconn ),
inl_unconn_selected: (
    sel_off    @S1                  -> inl_unconn
  | (data_on|urgent_on)             -> inl_unconn_selected_data
  | conns                           -> inl_selected
  | inline_off @D3                  -> unconn_selected
  | netdown    @D2                  -> down
  | close      @S16                 -> dead
  | (any - (sel_off|data_on|urgent_on|conns|inline_off|netdown|close)) @S8 -> inl_unconn_selected ),
# Data is kept track of even before the connection (a trace may say so).
unconn_data: (
    sel_on     @S2                  -> unconn_selected_data
  | data_off                        -> start
  | conns                           -> idle_data
  | inline_on  @D3                  -> inl_unconn_data
  | netdown    @D2                  -> down
  | close      @S16                 -> dead
  | (any - (sel_on|data_off|conns|inline_on|netdown|close)) @S8 -> unconn_data ),
unconn_selected_data: (
    sel_off    @S1                  -> unconn_data
  | data_off                        -> unconn_selected
  | conns                           -> selected_data
  | inline_on  @D3                  -> inl_unconn_selected_data
  | netdown    @D2                  -> down
  | close      @S16                 -> dead
  | (any - (sel_off|data_off|conns|inline_on|netdown|close)) @S8 -> unconn_selected_data ),
inl_unconn_data: (
    sel_on     @S2                  -> inl_unconn_selected_data
  | data_off                        -> inl_unconn
  | conns                           -> inl_idle_data
  | inline_off @D3                  -> unconn_data
  | netdown    @D2                  -> down
  | close      @S16                 -> dead
  | (any - (sel_on|data_off|conns|inline_off|netdown|close)) @S8 -> inl_unconn_data ),
inl_unconn_selected_data: (
    sel_off    @S1                  -> inl_unconn_data
  | data_off                        -> inl_unconn_selected
  | conns                           -> inl_selected_data
  | inline_off @D3                  -> unconn_selected_data
  | netdown    @D2                  -> down
  | close      @S16                 -> dead
  | (any - (sel_off|data_off|conns|inline_off|netdown|close)) @S8 -> inl_unconn_selected_data ),

# Connected.
idle: (                                        # idle, connection open, no data
    sel_on     @S2                  -> selected
  | data_on                         -> idle_data
  | fin        @S1                  -> graceful
  | reset      @S1                  -> reset_closed
  | (abort|netdown) @S1 @keep_abort -> aborted
  | inline_on  @D3                  -> inl_idle
  | close      @S16                 -> dead
  | (any - (sel_on|data_on|fin|reset|abort|netdown|inline_on|close)) -> idle ),
idle_data: (
    sel_on     @S2                  -> selected_data
  | data_off                        -> idle
  | fin        @S8                  -> fin_data
  | reset      @S1                  -> reset_closed
  | (abort|netdown) @S1 @keep_abort -> aborted
  | inline_on  @D3                  -> inl_idle_data
  | close      @S16                 -> dead
  | (any - (sel_on|data_off|fin|reset|abort|netdown|inline_on|close)) -> idle_data ),
selected: (
    fin        @CLOSE2 @post        -> graceful     # "when no data is currently available to receive"
  | reset      @CLOSE4 @post_reset  -> reset_closed # "lParam will contain the WSAECONNRESET error value"
  | abort      @S8 @keep_abort @post_kept -> aborted
  | netdown    @D2 @keep_abort @post_kept -> aborted
  | data_on                         -> selected_data
  | sel_on     @S2                  -> selected
  | sel_off    @S1                  -> idle
  | inline_on  @D3                  -> inl_selected
  | close      @S16                 -> dead
  | (any - (fin|reset|abort|netdown|data_on|sel_on|sel_off|inline_on|close)) -> selected ),
selected_data: (
    fin        @S8                  -> selected_fin_data # "not delivered until all pending data has been read"
  | reset      @CLOSE4 @post_reset  -> reset_closed
  | abort      @S8 @keep_abort @post_kept -> aborted
  | netdown    @D2 @keep_abort @post_kept -> aborted
  | data_off                        -> selected
  | sel_on     @S2                  -> selected_data
  | sel_off    @S1                  -> idle_data
  | inline_on  @D3                  -> inl_selected_data
  | close      @S16                 -> dead
  | (any - (fin|reset|abort|netdown|data_off|sel_on|sel_off|inline_on|close)) -> selected_data ),

# SO_OOBINLINE on: urgent data is unread data too (D3).
inl_idle: (
    sel_on     @S2                  -> inl_selected
  | (data_on|urgent_on)             -> inl_idle_data
  | fin        @S1                  -> graceful
  | reset      @S1                  -> reset_closed
  | (abort|netdown) @S1 @keep_abort -> aborted
  | inline_off @D3                  -> idle
  | close      @S16                 -> dead
  | (any - (sel_on|data_on|urgent_on|fin|reset|abort|netdown|inline_off|close)) -> inl_idle ),
inl_idle_data: (
    sel_on     @S2                  -> inl_selected_data
  | data_off                        -> inl_idle
  | fin        @S8                  -> fin_data
  | reset      @S1                  -> reset_closed
  | (abort|netdown) @S1 @keep_abort -> aborted
  | inline_off @D3                  -> idle_data
  | close      @S16                 -> dead
  | (any - (sel_on|data_off|fin|reset|abort|netdown|inline_off|close)) -> inl_idle_data ),
inl_selected: (
    fin        @CLOSE2 @post        -> graceful
  | reset      @CLOSE4 @post_reset  -> reset_closed
  | abort      @S8 @keep_abort @post_kept -> aborted
  | netdown    @D2 @keep_abort @post_kept -> aborted
  | (data_on|urgent_on)             -> inl_selected_data
  | sel_on     @S2                  -> inl_selected
  | sel_off    @S1                  -> inl_idle
  | inline_off @D3                  -> selected
  | close      @S16                 -> dead
  | (any - (fin|reset|abort|netdown|data_on|urgent_on|sel_on|sel_off|inline_off|close)) -> inl_selected ),
inl_selected_data: (
    fin        @S8                  -> selected_fin_data
  | reset      @CLOSE4 @post_reset  -> reset_closed
  | abort      @S8 @keep_abort @post_kept -> aborted
  | netdown    @D2 @keep_abort @post_kept -> aborted
  | data_off                        -> inl_selected
  | sel_on     @S2                  -> inl_selected_data
  | sel_off    @S1                  -> inl_idle_data
  | inline_off @D3                  -> selected_data
  | close      @S16                 -> dead
  | (any - (fin|reset|abort|netdown|data_off|sel_on|sel_off|inline_off|close)) -> inl_selected_data ),

# The FIN came while data was unread: FD_CLOSE waits for the last recv.
fin_data: (
    data_off   @S1                  -> graceful
  | sel_on     @S8                  -> selected_fin_data # "(graceful: once drained)"
  | reset      @S1                  -> reset_closed
  | (abort|netdown) @S1 @keep_abort -> aborted
  | close      @S16                 -> dead
  | (any - (data_off|sel_on|reset|abort|netdown|close)) -> fin_data ),
selected_fin_data: (
    data_off   @CLOSE2 @post        -> graceful     # "right after the recv that empties the queue"
  | reset      @CLOSE4 @post_reset  -> reset_closed # "data unread or not"
  | abort      @S8 @keep_abort @post_kept -> aborted
  | netdown    @D2 @keep_abort @post_kept -> aborted
  | sel_on     @S8                  -> selected_fin_data
  | sel_off    @S1                  -> fin_data
  | close      @S16                 -> dead
  | (any - (data_off|reset|abort|netdown|sel_on|sel_off|close)) -> selected_fin_data ),

# Closed: FD_CLOSE has no re-enabling function; only a new select posts it
# again, with the same error (S2, D8).
graceful: (
    sel_on     @CLOSE1 @post        -> graceful     # "if the socket connection has been closed"
  | close      @S16                 -> dead
  | (any - (sel_on|close)) @D8      -> graceful ),
reset_closed: (
    sel_on     @CLOSE1 @post_reset  -> reset_closed
  | close      @S16                 -> dead
  | (any - (sel_on|close)) @D8      -> reset_closed ),
aborted: (
    sel_on     @CLOSE1 @post_kept   -> aborted
  | close      @S16                 -> dead
  | (any - (sel_on|close)) @D8      -> aborted ),

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
