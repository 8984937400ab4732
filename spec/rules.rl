%%{
# SPDX-License-Identifier: MIT
# The rules the machines cite.  A transition tagged `@S5` records S5 as the
# reason for its machine's decision (posted or not), which the oracle prints.
# Each line `action ID { FDP_WHY(ID); }  # words` also becomes FDP_RULE_ID
# and its words in gen/fdp_rules.h.  Seed clauses are quoted from the seed;
# S, W and D items from docs/rules.md (D's reasons: docs/decisions.md).
machine rules;

# The seed's summary of events and conditions
action READ1 { FDP_WHY(READ1); }  # FD_READ 1: When LPWSPAsyncSelect is called, if there is data currently available to receive.
action READ2 { FDP_WHY(READ2); }  # FD_READ 2: When data arrives, if FD_READ not already posted.
action READ3 { FDP_WHY(READ3); }  # FD_READ 3: After LPWSPRecv or LPWSPRecvFrom is called (with or without MSG_PEEK), if data is still available to receive.
action WRITE1 { FDP_WHY(WRITE1); }  # FD_WRITE 1: When LPWSPAsyncSelect is called, if an LPWSPSend or LPWSPSendTo is possible.
action WRITE2 { FDP_WHY(WRITE2); }  # FD_WRITE 2: After LPWSPConnect or LPWSPAccept is called, when connection established.
action WRITE3 { FDP_WHY(WRITE3); }  # FD_WRITE 3: After LPWSPSend or LPWSPSendTo fail with WSAEWOULDBLOCK, when LPWSPSend or LPWSPSendTo are likely to succeed.
action WRITE4 { FDP_WHY(WRITE4); }  # FD_WRITE 4: After LPWSPBind on a connectionless socket. FD_WRITE may or may not occur at this time (implementation-dependent).
action OOB1 { FDP_WHY(OOB1); }  # FD_OOB 1: When LPWSPAsyncSelect is called, if there is OOB data currently available to receive with the MSG_OOB flag.
action OOB2 { FDP_WHY(OOB2); }  # FD_OOB 2: When OOB data arrives, if FD_OOB not already posted.
action OOB3 { FDP_WHY(OOB3); }  # FD_OOB 3: After LPWSPRecv or LPWSPRecvFrom is called with or without MSG_OOB flag, if OOB data is still available to receive.
action ACCEPT1 { FDP_WHY(ACCEPT1); }  # FD_ACCEPT 1: When LPWSPAsyncSelect is called, if there is currently a connection request available to accept.
action ACCEPT2 { FDP_WHY(ACCEPT2); }  # FD_ACCEPT 2: When a connection request arrives, if FD_ACCEPT not already posted.
action ACCEPT3 { FDP_WHY(ACCEPT3); }  # FD_ACCEPT 3: After LPWSPAccept is called, if there is another connection request available to accept.
action CONNECT1 { FDP_WHY(CONNECT1); }  # FD_CONNECT 1: When LPWSPAsyncSelect is called, if there is currently a connection established.
action CONNECT2 { FDP_WHY(CONNECT2); }  # FD_CONNECT 2: After LPWSPConnect is called, when connection is established (even when LPWSPConnect succeeds immediately), and even when it fails immediately.
action CONNECT3 { FDP_WHY(CONNECT3); }  # FD_CONNECT 3: After WSPJoinLeaf is called, when the join operation completes.
action CONNECT4 { FDP_WHY(CONNECT4); }  # FD_CONNECT 4: The initial operation returned WSAEWOULDBLOCK; whether the operation eventually succeeds or not, when the outcome has been determined, FD_CONNECT happens.
action CLOSE1 { FDP_WHY(CLOSE1); }  # FD_CLOSE 1: When LPWSPAsyncSelect is called, if the socket connection has been closed.
action CLOSE2 { FDP_WHY(CLOSE2); }  # FD_CLOSE 2: After the remote system initiated a graceful close, when no data is currently available to receive.
action CLOSE3 { FDP_WHY(CLOSE3); }  # FD_CLOSE 3: After the local system initiates a graceful close with LPWSPShutdown and the remote system has responded with an end-of-data notification, when no data is currently available to receive.
action CLOSE4 { FDP_WHY(CLOSE4); }  # FD_CLOSE 4: When the remote system aborts the connection (for example, sent TCP RST), and lParam will contain the WSAECONNRESET error value.
action QOS1 { FDP_WHY(QOS1); }  # FD_QOS 1: When LPWSPAsyncSelect is called, if the QOS associated with the socket has been changed.
action QOS2 { FDP_WHY(QOS2); }  # FD_QOS 2: After LPWSPIoctl with SIO_GET_QOS is called, when the QOS is changed.
action GQOS1 { FDP_WHY(GQOS1); }  # FD_GROUP_QOS 1: When LPWSPAsyncSelect is called, if the group QOS associated with the socket has been changed.
action GQOS2 { FDP_WHY(GQOS2); }  # FD_GROUP_QOS 2: After LPWSPIoctl with SIO_GET_GROUP_QOS is called, when the group QOS is changed.
action ROUTE1 { FDP_WHY(ROUTE1); }  # FD_ROUTING_INTERFACE_CHANGE 1: after LPWSPIoctl with SIO_ROUTING_INTERFACE_CHANGE is called, when the local interface that should be used to reach the destination specified in the IOCTL changes.
action ALIST1 { FDP_WHY(ALIST1); }  # FD_ADDRESS_LIST_CHANGE 1: after LPWSPIoctl with SIO_ADDRESS_LIST_CHANGE is called, when the list of local addresses to which the Windows Sockets SPI client can bind changes.

# docs/rules.md, S: how the spec profile reads the seed
action S1 { FDP_WHY(S1); }  # S1 One registration: a select replaces window, message and mask; an event not in lEvent is not posted; mask 0 stops all posting.
action S2 { FDP_WHY(S2); }  # S2 Persistence: at select, every selected event whose condition holds is posted at once; a select starts afresh.
action S3 { FDP_WHY(S3); }  # S3 No flooding: after an event is posted, it is not posted again until its re-enabling call is made, or a new select.
action S4 { FDP_WHY(S4); }  # S4 Re-enabling: any call to the re-enabling function re-enables, even a failing one.
action S5 { FDP_WHY(S5); }  # S5 Level-triggered: FD_READ, FD_OOB and FD_ACCEPT are posted again right after a re-enabling call if their condition still holds; arrivals while posted and not re-enabled cause nothing.
action S6 { FDP_WHY(S6); }  # S6 FD_WRITE: posted at select when a send is possible, on connect completion and on accept, and after a WSAEWOULDBLOCK when space returns; a successful send neither consumes nor re-arms it.
action S7 { FDP_WHY(S7); }  # S7 FD_CONNECT: posted when the outcome of connect or joinleaf is known, with its error; at select, if a connection is currently established.
action S8 { FDP_WHY(S8); }  # S8 FD_CLOSE: graceful close posted with 0 once no received data is left unread; reset with WSAECONNRESET at once; after a reset or abort FD_READ, FD_OOB and FD_WRITE are not posted again.
action S9 { FDP_WHY(S9); }  # S9 FD_OOB and SO_OOBINLINE: with SO_OOBINLINE on, urgent data counts as normal data: FD_READ, never FD_OOB.
action S10 { FDP_WHY(S10); }  # S10 FD_ACCEPT: accept that returns WSATRY_AGAIN (the condition function deferred) does not re-enable it.
action S11 { FDP_WHY(S11); }  # S11 Inheritance: an accepted socket carries the listener's window, message and mask from birth; FD_WRITE is posted to it, FD_CONNECT is not.
action S12 { FDP_WHY(S12); }  # S12 FD_QOS, FD_GROUP_QOS are edge-triggered: one post per change; no further post until the ioctl is issued and the QOS changes again.
action S13 { FDP_WHY(S13); }  # S13 FD_ROUTING_INTERFACE_CHANGE, FD_ADDRESS_LIST_CHANGE are armed only by their ioctl; a select neither posts them nor cancels an ioctl already issued.
action S14 { FDP_WHY(S14); }  # S14 Errors in posts: FD_CONNECT and FD_CLOSE carry their outcome; FD_ROUTING_INTERFACE_CHANGE carries 0, WSAENETUNREACH or WSAENETDOWN; the others 0 (or WSAENETDOWN).
action S15 { FDP_WHY(S15); }  # S15 Order: several posts caused by one input leave in the order FD_CONNECT, FD_ACCEPT, FD_OOB, FD_READ, FD_WRITE, FD_CLOSE, FD_QOS, FD_GROUP_QOS, FD_ROUTING_INTERFACE_CHANGE, FD_ADDRESS_LIST_CHANGE.
action S16 { FDP_WHY(S16); }  # S16 Closed sockets: after close, nothing is posted for the socket, and every API call on it fails (WSAENOTSOCK).
action S17 { FDP_WHY(S17); }  # S17 Select errors: bits outside FD_ALL_EVENTS: WSAEINVAL; closed socket: WSAENOTSOCK; inside the post callback: WSAEINPROGRESS; after network down: WSAENETDOWN; a failed select changes nothing.
action S18 { FDP_WHY(S18); }  # S18 Network down: what is posted when the network subsystem fails is decided in D2.

# docs/rules.md, W: where the windows profile departs
action W1 { FDP_WHY(W1); }  # W1 FD_CLOSE does not wait for unread data: a graceful close posts FD_CLOSE(0) as soon as the FIN arrives.
action W2 { FDP_WHY(W2); }  # W2 A reset reports WSAECONNABORTED, not WSAECONNRESET, in FD_CLOSE.
action W3 { FDP_WHY(W3); }  # W3 FD_CONNECT only for an outcome seen while registered; a select never posts it.
action W4 { FDP_WHY(W4); }  # W4 Datagram sockets: select posts FD_WRITE at once; a connect posts FD_WRITE again and no FD_CONNECT.

# docs/rules.md, D: what fdpost decided (reasons: docs/decisions.md)
action D1 { FDP_WHY(D1); }  # D1 FD_WRITE after bind on a datagram socket is optional: the engine does not post it (S3: select posted it already), the oracle accepts either.
action D2 { FDP_WHY(D2); }  # D2 Network down: each registered event that is re-enabled is posted once with WSAENETDOWN (FD_CLOSE as an abort, the two change events if their ioctl is armed); a pending connect gets FD_CONNECT(WSAENETUNREACH); nothing ever after.
action D3 { FDP_WHY(D3); }  # D3 SO_OOBINLINE on: urgent data, arriving or already queued, is normal data; FD_OOB forgets it; toggling posts nothing.
action D4 { FDP_WHY(D4); }  # D4 FD_CONNECT at select only after this socket's own connect succeeded and was not reset or aborted since.
action D5 { FDP_WHY(D5); }  # D5 Each connect's outcome posts once, even beside another connect pending or an established connection.
action D6 { FDP_WHY(D6); }  # D6 FD_WRITE: a stream socket becomes writable once, when first connected; a datagram socket is writable from birth, and a connect may post again (windows: does, W4); after the own SD_SEND never again.
action D8 { FDP_WHY(D8); }  # D8 FD_CLOSE: a reset or abort after a FIN takes over, else the first end wins; a select re-posts it with that error; an abort is told with an error of the seed's FD_CLOSE table; nothing ends before a connection.
action D10 { FDP_WHY(D10); }  # D10 A route or address-list change while unregistered posts nothing and leaves the ioctl armed.

# docs/rules.md, E: event-select mode (WSPEventSelect, WSPEnumNetworkEvents)
action E1 { FDP_WHY(E1); }  # E1 Registration: WSPEventSelect replaces any earlier registration and clears the record; where message mode would post at select, event mode records.
action E2 { FDP_WHY(E2); }  # E2 Recording: where message mode would post event X with error E, event mode records it (X's bit, its error) and sets the event object.
action E3 { FDP_WHY(E3); }  # E3 The same rules: S2-S15 hold in event mode with "record" for "post".
action E4 { FDP_WHY(E4); }  # E4 Enumeration: WSPEnumNetworkEvents copies the record and clears it, and resets the event object given, as one step; it re-enables nothing.
action E5 { FDP_WHY(E5); }  # E5 Inheritance: an accepted socket carries the listener's event object and mask from birth; what holds is recorded at once.
action E6 { FDP_WHY(E6); }  # E6 Close: after close nothing is recorded and no event object is set; every call fails with WSAENOTSOCK.
action E7A { FDP_WHY(E7A); }  # E7a (windows) A new arrival records the event again even when it was not re-enabled: more data, another connection request, more urgent data.
action E7B { FDP_WHY(E7B); }  # E7b (windows) A select records an event that happened and was not enumerated since its last re-enabling; an event enumerated and not re-enabled since is not recorded again.
action E7C { FDP_WHY(E7C); }  # E7c (windows) A failing recv re-enables nothing in event mode.
action E7D { FDP_WHY(E7D); }  # E7d (windows) A connect's outcome is remembered whatever the registration: WSPEventSelect records FD_CONNECT for it until it is enumerated.
action E7E { FDP_WHY(E7E); }  # E7e (windows) Datagram sockets: a select records FD_WRITE once bound; a connect records FD_CONNECT and FD_WRITE.
action E7F { FDP_WHY(E7F); }  # E7f (windows) Changing the mask does not reset the event object.
action E7G { FDP_WHY(E7G); }  # E7g (windows) W1 and W2 hold in event mode: FD_CLOSE(0) at once on a graceful close, WSAECONNABORTED for a reset.
action DE1 { FDP_WHY(DE1); }  # DE1 An event recorded again before an enumeration is one bit, with the latest recording's error.
action DE2 { FDP_WHY(DE2); }  # DE2 A WSPAsyncSelect replaces an event-select registration and drops its record not yet enumerated: a socket registered for messages, or never registered, has an empty record.
action DE3 { FDP_WHY(DE3); }  # DE3 WSPEventSelect does not reset the event object.
action DE4 { FDP_WHY(DE4); }  # DE4 The event object is set once per call or input that recorded at least one event (after its recordings), and never otherwise.
action DE5 { FDP_WHY(DE5); }  # DE5 (windows) A connect that failed while not registered by WSPEventSelect with FD_CONNECT is not recorded by a later event select: only a success waits (FD_CONNECT's error has no room in the socket's state).
action DE6 { FDP_WHY(DE6); }  # DE6 (windows) What an enumeration took stays taken: only the events it returned are taken, even if re-enabled before it; a connect's outcome once enumerated is not recorded again, whatever registrations come between; a reset or abort after an enumerated graceful close is not recorded; a new connect makes FD_WRITE happen again, for the next select to record.
}%%
