%%{
# SPDX-License-Identifier: MIT
# FD_CLOSE, windows profile: as spec/fd_close.rl but for
#  W1 "FD_CLOSE does not wait for unread data.  A graceful close posts
#     FD_CLOSE(0) as soon as the FIN arrives, whether or not data is still
#     queued; it is not posted again when the queue drains."
#  W2 "A reset reports WSAECONNABORTED, not WSAECONNRESET, in FD_CLOSE."
# Everything else is as in the spec profile (W5): abort and network down
# post their error at once and keep it (D2, D8); a select re-posts a closed
# connection's FD_CLOSE (S2); nothing after close (S16).  In event mode (E7,
# from Wine's test_close_events on Windows) W1 and W2 hold too (E7g), and a
# select records FD_CLOSE again only until an enumeration takes it (E7b):
# the _taken states, reached only by enum_ev.
# State names: start, unconn_ = no connection yet; idle = not in lEvent,
# selected = in lEvent; graceful, reset_closed, aborted = how the connection
# ended (the first wins, D8).
machine fd_close_windows;
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
# posts nothing (D2).
start: ( (                                      # unconn, idle
    sel_on     @S2                  -> unconn_selected
  | conns                           -> idle
  | dgram                           -> connectionless
  | unconn_down                     -> down
  | closed                          -> dead ) $1 | unconn_other $0 -> start ),
unconn_selected: ( (
    sel_off    @S1                  -> start
  | conns                           -> selected
  | unconn_down                     -> down
  | closed                          -> dead ) $1 | unconn_other $0 -> unconn_selected ),

# Connected.
idle: ( (                                      # idle, connection open
    sel_on     @S2                  -> selected
  | fin        @S1                  -> graceful
  | reset      @S1                  -> reset_closed
  | quiet_abort                     -> aborted
  | closed                          -> dead ) $1 | any $0 -> idle ),
selected: ( (
    fin        @W1 @post            -> graceful     # at once, data queued or not
  | reset      @W2 @post_aborted    -> reset_closed
  | told_abort                      -> aborted
  | sel_on     @S2                  -> selected
  | sel_off    @S1                  -> idle
  | closed                          -> dead ) $1 | any $0 -> selected ),

graceful: ( (
    sel_on     @CLOSE1 @post        -> graceful     # W5: re-select re-posts still-true FD_CLOSE
  | enum_ev    @E7B                 -> graceful_taken
  | late_reset                      -> reset_closed
  | late_abort                      -> aborted
  | closed                          -> dead ) $1 | any @W1 $0 -> graceful ),  # not posted again when the queue drains
reset_closed: ( (
    sel_on     @W2 @post_aborted    -> reset_closed
  | enum_ev    @E7B                 -> reset_taken
  | closed                          -> dead ) $1 | any @D8 $0 -> reset_closed ),
aborted: ( (
    sel_on     @CLOSE1 @post_kept   -> aborted
  | enum_ev    @E7B                 -> aborted_taken
  | closed                          -> dead ) $1 | any @D8 $0 -> aborted ),
graceful_taken: ( (
    sel_on_msg @CLOSE1 @post        -> graceful
  | sel_on_ev  @E7B                 -> graceful_taken # not recorded again
  | sel_off_msg @S1                 -> graceful       # WSPAsyncSelect: afresh (W5)
  | late_reset @DE6                 -> reset_taken    # the connection's end was taken
  | late_abort @DE6                 -> aborted_taken
  | closed                          -> dead ) $1 | any @W1 $0 -> graceful_taken ),
reset_taken: ( (
    sel_on_msg @W2 @post_aborted    -> reset_closed
  | sel_on_ev  @E7B                 -> reset_taken
  | sel_off_msg @S1                 -> reset_closed
  | closed                          -> dead ) $1 | any @D8 $0 -> reset_taken ),
aborted_taken: ( (
    sel_on_msg @CLOSE1 @post_kept   -> aborted
  | sel_on_ev  @E7B                 -> aborted_taken
  | sel_off_msg @S1                 -> aborted
  | closed                          -> dead ) $1 | any @D8 $0 -> aborted_taken ),

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
