%%{
# SPDX-License-Identifier: MIT
# FD_ROUTING_INTERFACE_CHANGE: "Issues notification of routing interface change for the specified destination."  Both profiles.
#
# Edge-triggered and armed only by LPWSPIoctl with SIO_ROUTING_INTERFACE_CHANGE (S13): "A
# message will be posted exactly once when a change occurs after the Windows
# Sockets SPI client has request the notification ... Further messages will
# not be forthcoming until the Windows Sockets SPI client reissues the IOCTL
# *and* another change is detected since the IOCTL has been issued."
# A select neither posts it nor disarms the ioctl (S13); a change while not
# in lEvent posts nothing and leaves the ioctl armed (D10).
# State names: idle = not in lEvent, selected = in lEvent; armed = the ioctl
# was issued since the last post.
machine fd_routing_interface_change;
alphtype unsigned char;
include alphabet "alphabet.rl";
include rules "rules.rl";
include actions "actions.rl";

# Shared exits written once.  A state's own transitions carry priority 1
# over its catch-all (priority 0): a symbol it does not name leaves it put.
gone = netdown @D2 | close @S16;
told = netdown @D2 @post_error | close @S16;    # D2: registered, re-enabled: WSAENETDOWN

main := (
start: ( (                                      # idle, not armed
    ioctl_route @S13                 -> idle_armed
  | sel_on      @S13                 -> selected
  | route       @S13                 -> start          # no ioctl issued: nothing
  | gone                             -> dead ) $1 | any $0 -> start ),
idle_armed: ( (
    route       @D10                 -> idle_armed     # not in lEvent: nothing, still armed
  | sel_on      @S13                 -> selected_armed
  | gone                             -> dead ) $1 | any $0 -> idle_armed ),
selected: ( (
    ioctl_route @S13                 -> selected_armed
  | route       @S13                 -> selected       # no ioctl since the last post: nothing
  | sel_off     @S1                  -> start
  | gone                             -> dead ) $1 | any $0 -> selected ),
selected_armed: ( (
    route       @ROUTE1 @post_error  -> selected       # "when ... changes after such IOCTL has been issued"
  | sel_on      @S13                 -> selected_armed # a select does not post it
  | sel_off     @S1                  -> idle_armed
  | told                             -> dead ) $1 | any $0 -> selected_armed ),
dead: ( any @D2 -> dead )
);

write data noerror nofinal noentry;
}%%

static int fd_routing_interface_change_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    %% write exec;
    (void)p; (void)pe;
    return cs;
}
