%%{
# SPDX-License-Identifier: MIT
# FD_CLOSE's part common to both profiles (spec/fd_close.rl and
# spec/windows/fd_close.rl include it): how a connection is established and
# how an abort, network down or close ends it.  Each piece is written once,
# with its rule tags; the machines say where each one leads.
machine fd_close_common;

conns = connect_ok | connected | accepted;    # the connection is established
# Before a connection: network down has nothing to tell (D2), a close ends
# everything (S16); fin, reset and abort find nothing to close (S8).
unconn_down = netdown @D2;
unconn_other = any @S8;
# Not in lEvent: the connection ends unannounced; its error is kept (D8).
quiet_abort = (abort | netdown) @S1 @keep_abort;
# In lEvent: an abort or network down is told at once with its error (D2, D8).
told_abort = abort @S8 @keep_abort @post_kept | netdown @D2 @keep_abort @post_kept;
# "FD_CLOSE is not posted after LPWSPCloseSocket is called."
closed = close @S16;
# After a graceful close: a reset or abort is what recv reports from then
# on, so a later select tells it; FD_CLOSE was already posted if it could be
# (no re-enabling function, S3), so nothing is posted now (D8).
late_reset = reset @D8;
late_abort = (abort | netdown) @D8 @keep_abort;
}%%
