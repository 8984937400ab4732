%%{
# FD_CLOSE, windows profile: as spec/fd_close.rl but for
#  W1 "FD_CLOSE does not wait for unread data.  A graceful close posts
#     FD_CLOSE(0) as soon as the FIN arrives, whether or not data is still
#     queued; it is not posted again when the queue drains."
#  W2 "A reset reports WSAECONNABORTED, not WSAECONNRESET, in FD_CLOSE."
# Everything else is as in the spec profile (W5): abort and network down
# post their error at once and keep it (D2, D8); a select re-posts a closed
# connection's FD_CLOSE (S2); nothing after close (S16).
# State names: start, unconn_ = no connection yet; idle = not in lEvent,
# selected = in lEvent; graceful, reset_closed, aborted = how the connection
# ended (the first wins, D8).
machine fd_close_windows;
alphtype unsigned char;
include alphabet "alphabet.rl";
include rules "rules.rl";
include actions "actions.rl";

conns = connect_ok | connected | accepted;   # the connection is established

main := (
# Not connected yet (a new, connecting or listening socket): there is no
# connection to close, so fin, reset and abort find nothing and network down
# posts nothing (D2).
start: (                                        # unconn, idle
    sel_on     @S2                  -> unconn_selected
  | conns                           -> idle
  | netdown    @D2                  -> down
  | dgram                           -> connectionless
  | close      @S16                 -> dead
  | (any - (sel_on|conns|netdown|dgram|close)) @S8 -> start ),
unconn_selected: (
    sel_off    @S1                  -> start
  | conns                           -> selected
  | netdown    @D2                  -> down
  | close      @S16                 -> dead
  | (any - (sel_off|conns|netdown|close)) @S8 -> unconn_selected ),

# Connected.
idle: (                                        # idle, connection open
    sel_on     @S2                  -> selected
  | fin        @S1                  -> graceful
  | reset      @S1                  -> reset_closed
  | (abort|netdown) @S1 @keep_abort -> aborted
  | close      @S16                 -> dead
  | (any - (sel_on|fin|reset|abort|netdown|close)) -> idle ),
selected: (
    fin        @W1 @post            -> graceful     # at once, data queued or not
  | reset      @W2 @post_aborted    -> reset_closed
  | abort      @S8 @keep_abort @post_kept -> aborted
  | netdown    @D2 @keep_abort @post_kept -> aborted
  | sel_on     @S2                  -> selected
  | sel_off    @S1                  -> idle
  | close      @S16                 -> dead
  | (any - (fin|reset|abort|netdown|sel_on|sel_off|close)) -> selected ),

graceful: (
    sel_on     @CLOSE1 @post        -> graceful     # W5: re-select re-posts still-true FD_CLOSE
  | close      @S16                 -> dead
  | (any - (sel_on|close)) @W1      -> graceful ),  # not posted again when the queue drains
reset_closed: (
    sel_on     @W2 @post_aborted    -> reset_closed
  | close      @S16                 -> dead
  | (any - (sel_on|close)) @D8      -> reset_closed ),
aborted: (
    sel_on     @CLOSE1 @post_kept   -> aborted
  | close      @S16                 -> dead
  | (any - (sel_on|close)) @D8      -> aborted ),

connectionless: ( any @S8 -> connectionless ),
# The network went down before any connection: nothing to tell (D2).
down: ( any @D2 -> down ),
dead: ( any @S16 -> dead )
);

write data noerror nofinal noentry;
}%%

static int fd_close_windows_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    %% write exec;
    (void)p; (void)pe;
    return cs;
}
