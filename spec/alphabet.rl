%%{
# SPDX-License-Identifier: MIT
# The one input alphabet every machine reads: the client's calls and the
# transport's condition changes, as the engine (engine/fdp_engine.c) maps them.
# Each line `name = code; # meaning` also becomes FDP_SYM_NAME in
# gen/fdp_alphabet.h.  Conditions are levels (docs/decisions.md, "The inputs").
machine alphabet;

# The socket
dgram        = 1;   # the socket is connectionless (datagram): fed once, at birth
accepted     = 2;   # the socket was just returned by WSPAccept: connected from birth

# WSPAsyncSelect, WSPEventSelect
sel_on       = 3;   # WSPAsyncSelect with this machine's event in lEvent
sel_off      = 4;   # WSPAsyncSelect without it (lEvent 0 cancels all), or WSPEventSelect

# The re-enabling functions (the seed's table)
recv         = 5;   # WSPRecv or WSPRecvFrom: plain, MSG_PEEK or MSG_OOB, succeeded or failed
send         = 6;   # WSPSend or WSPSendTo that did not fail with WSAEWOULDBLOCK
send_block   = 7;   # WSPSend or WSPSendTo failed with WSAEWOULDBLOCK
accept       = 8;   # WSPAccept, succeeded or failed other than with WSATRY_AGAIN
accept_defer = 9;   # WSPAccept returned WSATRY_AGAIN: the condition function said CF_DEFER
ioctl_qos    = 10;  # WSPIoctl SIO_GET_QOS
ioctl_gqos   = 11;  # WSPIoctl SIO_GET_GROUP_QOS
ioctl_route  = 12;  # WSPIoctl SIO_ROUTING_INTERFACE_CHANGE
ioctl_alist  = 13;  # WSPIoctl SIO_ADDRESS_LIST_CHANGE

# Other calls
connect_ok   = 14;  # WSPConnect or WSPJoinLeaf succeeded at once
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
data_on      = 24;  # normal data is queued: a plain recv would return data
data_off     = 25;  # no normal data is left
urgent_on    = 26;  # urgent (OOB) data arrived
urgent_off   = 27;  # no urgent data is left to read with MSG_OOB
conn_on      = 28;  # a connection request is pending
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
}%%
