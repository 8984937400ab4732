%%{
# SPDX-License-Identifier: MIT
# The one input alphabet every machine reads: the client's calls and the
# transport's condition changes, as the engine (engine/fdp_engine.c) maps them.
# Each line `name = code; # meaning` also becomes FDP_SYM_NAME in
# gen/fdp_alphabet.h.  Conditions are levels (docs/decisions.md, "The inputs").
#
# The two modes.  A happening whose meaning Windows makes depend on how the
# socket is registered has two codes: NAME_msg when its registration is
# WSPAsyncSelect's (or it has none), NAME_ev when it is WSPEventSelect's.
# `NAME` (at the end of this file) is either: a machine that says `data_on`
# reads both the same way, as E3 has it; only a machine that departs in
# event mode (spec/windows/, E7) names one of the two.
machine alphabet;

# The socket
dgram        = 1;   # the socket is connectionless (datagram): fed once, at birth
accepted     = 2;   # the socket was just returned by WSPAccept: connected from birth

# WSPAsyncSelect, WSPEventSelect
sel_on_msg   = 3;   # WSPAsyncSelect with this machine's event in lEvent
sel_off_msg  = 4;   # WSPAsyncSelect without it (lEvent 0 cancels all)

# The re-enabling functions (the seed's table)
recv_msg     = 5;   # WSPRecv or WSPRecvFrom: plain, MSG_PEEK or MSG_OOB, succeeded or failed (message mode)
send         = 6;   # WSPSend or WSPSendTo that did not fail with WSAEWOULDBLOCK
send_block   = 7;   # WSPSend or WSPSendTo failed with WSAEWOULDBLOCK
accept       = 8;   # WSPAccept, succeeded or failed other than with WSATRY_AGAIN
accept_defer = 9;   # WSPAccept returned WSATRY_AGAIN: the condition function said CF_DEFER
ioctl_qos    = 10;  # WSPIoctl SIO_GET_QOS
ioctl_gqos   = 11;  # WSPIoctl SIO_GET_GROUP_QOS
ioctl_route  = 12;  # WSPIoctl SIO_ROUTING_INTERFACE_CHANGE
ioctl_alist  = 13;  # WSPIoctl SIO_ADDRESS_LIST_CHANGE

# Other calls
connect_ok_msg = 14; # WSPConnect or WSPJoinLeaf succeeded at once (message mode)
connect_wait = 15;  # WSPConnect or WSPJoinLeaf returned WSAEWOULDBLOCK: the outcome comes later
connect_fail = 16;  # WSPConnect or WSPJoinLeaf failed at once (error)
bind         = 17;  # WSPBind
listen       = 18;  # WSPListen
shut_send    = 19;  # WSPShutdown SD_SEND (SD_BOTH feeds both)
shut_recv    = 20;  # WSPShutdown SD_RECEIVE
inline_on    = 21;  # WSPSetSockOpt SO_OOBINLINE on
inline_off   = 22;  # WSPSetSockOpt SO_OOBINLINE off
close        = 23;  # WSPCloseSocket

# The transport
data_on_msg  = 24;  # normal data is queued: a plain recv would return data (message mode)
data_off     = 25;  # no normal data is left
urgent_on_msg = 26; # urgent (OOB) data arrived (message mode)
urgent_off   = 27;  # no urgent data is left to read with MSG_OOB
conn_on_msg  = 28;  # a connection request is pending (message mode)
conn_off     = 29;  # no connection request is pending
connected    = 30;  # a pending connect or joinleaf completed successfully
conn_failed  = 31;  # a pending connect or joinleaf failed (error)
send_space   = 32;  # send buffer space became available
fin          = 33;  # the peer closed gracefully: end of data
reset        = 34;  # the peer reset the connection
abort        = 35;  # the connection was aborted (error)
netdown      = 36;  # the network subsystem failed (error WSAENETDOWN)
qos          = 37;  # the socket's flow spec changed
gqos         = 38;  # the socket group's flow spec changed
route        = 39;  # the local interface to the ioctl's destination changed (error)
alist        = 40;  # the list of local addresses changed

# Derived by the runtime
inline_data  = 41;  # SO_OOBINLINE went on with urgent data queued: it is normal data now (fed after inline_on)

# Event-select mode (E1-E7): the socket is registered with WSPEventSelect
sel_on_ev    = 42;  # WSPEventSelect with this machine's event in lNetworkEvents
sel_off_ev   = 43;  # WSPEventSelect without it (lNetworkEvents 0 cancels all)
recv_ev      = 44;  # WSPRecv or WSPRecvFrom succeeded (event mode)
recv_fail_ev = 45;  # WSPRecv or WSPRecvFrom failed (event mode)
connect_ok_ev = 46; # WSPConnect or WSPJoinLeaf succeeded at once (event mode)
data_on_ev   = 47;  # normal data is queued (event mode)
urgent_on_ev = 48;  # urgent (OOB) data arrived (event mode)
conn_on_ev   = 49;  # a connection request is pending (event mode)
enum_ev      = 50;  # WSPEnumNetworkEvents with this machine's event in lNetworkEvents (event mode)

# Either mode (E3): what every machine that does not depart reads
sel_on     = sel_on_msg | sel_on_ev;
sel_off    = sel_off_msg | sel_off_ev;
recv       = recv_msg | recv_ev | recv_fail_ev;
connect_ok = connect_ok_msg | connect_ok_ev;
data_on    = data_on_msg | data_on_ev;
urgent_on  = urgent_on_msg | urgent_on_ev;
conn_on    = conn_on_msg | conn_on_ev;
}%%
