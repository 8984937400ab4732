%%{
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
action keep_error   { *io->kept = io->in_err; }            # keep the input's error
}%%
