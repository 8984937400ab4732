%%{
# SPDX-License-Identifier: MIT
# What a transition can do besides moving: post its machine's event, with
# which error, and keep an error for a later post.  The runtime gives the
# machine `io`: the input's error, the socket's kept error, and room for the
# decision (engine/fdp_core.h, FDP_POST and FDP_WHY).
machine actions;

action post         { FDP_POST(0); }                       # post with error 0
action post_maybe   { FDP_POST_OPTIONAL(0); }              # a post the profile leaves open
action post_error   { FDP_POST(io->in_err); }              # post with the input's error
action post_reset   { FDP_POST(FDP_WSAECONNRESET); }       # post with WSAECONNRESET
action post_aborted { FDP_POST(FDP_WSAECONNABORTED); }     # post with WSAECONNABORTED
action post_kept    { FDP_POST(*io->kept); }               # post with the kept error
action post_unreach { FDP_POST(FDP_WSAENETUNREACH); }      # post with WSAENETUNREACH (D2)
action keep_error   { *io->kept = io->in_err; }            # keep the input's error
# Keep an abort's error as FD_CLOSE can say it: the seed's FD_CLOSE table has
# WSAENETDOWN, WSAECONNRESET and WSAECONNABORTED, "the connection was
# terminated due to a time-out or other failure" -- so any other error
# (WSAETIMEDOUT, ...) is told as WSAECONNABORTED (D8).
action keep_abort   { *io->kept = (uint16_t)(io->in_err == FDP_WSAENETDOWN ||
                                             io->in_err == FDP_WSAECONNRESET
                                             ? io->in_err : FDP_WSAECONNABORTED); }
}%%
