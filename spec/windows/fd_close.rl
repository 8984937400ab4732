%%{
# FD_CLOSE, windows profile: as spec/fd_close.rl but for
#  W1 "FD_CLOSE does not wait for unread data.  A graceful close posts
#     FD_CLOSE(0) as soon as the FIN arrives, whether or not data is still
#     queued; it is not posted again when the queue drains."
#  W2 "A reset reports WSAECONNABORTED, not WSAECONNRESET, in FD_CLOSE."
# Everything else is as in the spec profile (W5): abort and network down
# post their error at once and keep it (D2, D8); a select re-posts a closed
# connection's FD_CLOSE (S2); nothing after close (S16).
# State names: idle = not in lEvent, selected = in lEvent; graceful,
# reset_closed, aborted = how the connection ended (the first wins, D8).
machine fd_close_windows;
alphtype unsigned char;
include alphabet "alphabet.rl";
include rules "rules.rl";
include actions "actions.rl";

main := (
start: (                                        # idle, connection open
    sel_on     @S2                  -> selected
  | fin        @S1                  -> graceful
  | reset      @S1                  -> reset_closed
  | (abort|netdown) @S1 @keep_error -> aborted
  | dgram                           -> connectionless
  | close      @S16                 -> dead
  | (any - (sel_on|fin|reset|abort|netdown|dgram|close)) -> start ),
selected: (
    fin        @W1 @post            -> graceful     # at once, data queued or not
  | reset      @W2 @post_aborted    -> reset_closed
  | abort      @S8 @keep_error @post_error -> aborted
  | netdown    @D2 @keep_error @post_error -> aborted
  | sel_on     @S2                  -> selected
  | sel_off    @S1                  -> start
  | dgram                           -> connectionless
  | close      @S16                 -> dead
  | (any - (fin|reset|abort|netdown|sel_on|sel_off|dgram|close)) -> selected ),

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
