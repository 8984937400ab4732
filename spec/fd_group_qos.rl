%%{
# SPDX-License-Identifier: MIT
# FD_GROUP_QOS: "Reserved."  Both profiles.
#
# Edge-triggered (S12): "A message will be posted exactly once when a QOS
# change occurs. Further messages won't be forthcoming until either the
# provider detects a further change in QOS, or the Windows Sockets SPI client
# renegotiates the QOS for the socket."  Re-enabled by LPWSPIoctl with
# SIO_GET_GROUP_QOS; the ioctl reads the current QOS, so a change made before it is
# consumed by it (D9).
# State names: idle = not in lEvent, selected = in lEvent; changed = the QOS
# changed since the last SIO_GET_GROUP_QOS; posted = that change was posted.
machine fd_group_qos;
alphtype unsigned char;
include alphabet "alphabet.rl";
include rules "rules.rl";
include actions "actions.rl";

# Shared exits written once.  A state's own transitions carry priority 1
# over its catch-all (priority 0): a symbol it does not name leaves it put.
gone = netdown @D2 | close @S16;
told = netdown @D2 @post_error | close @S16;    # D2: registered, re-enabled: WSAENETDOWN

main := (
start: ( (                                      # idle, unchanged
    sel_on     @S2              -> selected
  | gqos       @S1              -> idle_changed  # not in lEvent: nothing posted
  | gone                        -> dead ) $1 | any $0 -> start ),
idle_changed: ( (
    sel_on     @GQOS1 @post     -> posted        # "if the QOS associated with the socket has been changed"
  | ioctl_gqos @S12             -> start         # the change is read: consumed
  | gone                        -> dead ) $1 | any $0 -> idle_changed ),
selected: ( (
    gqos       @GQOS2 @post     -> posted        # "when the QOS is changed"
  | sel_off    @S1              -> start
  | told                        -> dead ) $1 | any $0 -> selected ),
posted: ( (
    gqos       @S12             -> posted        # posted, no ioctl since: exactly once
  | ioctl_gqos @S12             -> selected      # renegotiated: the next change posts
  | sel_on     @GQOS1 @post     -> posted        # S2: a select starts afresh
  | sel_off    @S1              -> idle_changed
  | gone                        -> dead ) $1 | any $0 -> posted ),
dead: ( any @D2 -> dead )
);

write data noerror nofinal noentry;
}%%

static int fd_group_qos_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    %% write exec;
    (void)p; (void)pe;
    return cs;
}
