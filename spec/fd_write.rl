%%{
# SPDX-License-Identifier: MIT
# FD_WRITE: "Issues notification of readiness for writing."  Spec profile
# (spec/windows/fd_write.rl: W4; both share spec/fd_write_chart.rl).
#
# "An FD_WRITE message is posted when a socket is first connected with
# LPWSPConnect (after FD_CONNECT, if also registered) or accepted with
# LPWSPAccept, and then after an LPWSPSend or LPWSPSendTo fails with
# WSAEWOULDBLOCK and buffer space becomes available."  Its condition is "a
# send is possible" (S6); a send that succeeds neither consumes nor re-arms it.
# State names: see spec/fd_write_chart.rl.
machine fd_write;
alphtype unsigned char;
include alphabet "alphabet.rl";
include rules "rules.rl";
include actions "actions.rl";

# The chart is shared with the windows profile; only a connect on a datagram
# socket already writable differs.  D6: the select posted FD_WRITE already
# and no send came between, so posting it again would flood (as after bind,
# D1): it is optional.
dgram_connect = connect_ok @D6 @post_maybe | connected @D6 @post_maybe;
include fd_write_chart "fd_write_chart.rl";

write data noerror nofinal noentry;
}%%

static int fd_write_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    %% write exec;
    (void)p; (void)pe;
    return cs;
}
