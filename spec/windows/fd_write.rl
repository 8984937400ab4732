%%{
# SPDX-License-Identifier: MIT
# FD_WRITE, windows profile: as spec/fd_write.rl (W5) but for W4: "a connect
# on [a datagram socket] posts FD_WRITE(0) again".
#
# "An FD_WRITE message is posted when a socket is first connected with
# LPWSPConnect (after FD_CONNECT, if also registered) or accepted with
# LPWSPAccept, and then after an LPWSPSend or LPWSPSendTo fails with
# WSAEWOULDBLOCK and buffer space becomes available."  Its condition is "a
# send is possible" (S6); a send that succeeds neither consumes nor re-arms it.
# State names: see spec/fd_write_chart.rl.
machine fd_write_windows;
alphtype unsigned char;
include alphabet "alphabet.rl";
include rules "rules.rl";
include actions "actions.rl";

# W4: each connect of a datagram socket posts FD_WRITE again.
dgram_connect = connect_ok @W4 @post | connected @W4 @post;
include fd_write_chart "fd_write_chart.rl";

write data noerror nofinal noentry;
}%%

static int fd_write_windows_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    %% write exec;
    (void)p; (void)pe;
    return cs;
}
