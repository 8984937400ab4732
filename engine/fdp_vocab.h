/* SPDX-License-Identifier: MIT */
/*
 * fdp_vocab.h -- the trace vocabulary, one X-macro list per kind of name,
 * so the recorder, the trace lexer and reader, the oracle, verify and the
 * mutation harness all spell a word the same way (docs/trace-format.md).
 *
 * Expand a list with a macro of the listed arity, e.g.
 *     #define VERB(name, text) FDT_##name,
 *     FDP_TRACE_CALLS(VERB)
 */
#ifndef FDP_VOCAB_H
#define FDP_VOCAB_H

#include <stddef.h>
#include <stdint.h>

/* Client calls: X(NAME, "verb").  NAME is also the engine's FDP_V_NAME. */
#define FDP_TRACE_CALLS(X) \
    X(SELECT, "select") X(EVENTSELECT, "eventselect") X(FIONBIO, "fionbio") \
    X(BIND, "bind") X(LISTEN, "listen") X(CONNECT, "connect") \
    X(JOINLEAF, "joinleaf") X(ACCEPT, "accept") X(RECV, "recv") \
    X(SEND, "send") X(IOCTL, "ioctl") X(OOBINLINE, "oobinline") \
    X(SHUTDOWN, "shutdown") X(CLOSE, "close")

/* Transport changes: X(NAME, INPUT, "verb"); the engine's FDP_IN_INPUT. */
#define FDP_TRACE_INPUTS(X) \
    X(ARRIVE, DATA, "arrive") X(ARRIVE_OOB, URGENT, "arrive-oob") \
    X(INCOMING, PENDING, "incoming") X(CONNECTED, CONNECTED, "connected") \
    X(CONNECT_FAILED, CONNECT_FAILED, "connect-failed") \
    X(SPACE, SPACE, "space") X(FIN, FIN, "fin") X(RESET, RESET, "reset") \
    X(ABORT, ABORT, "abort") X(NETDOWN, NETDOWN, "netdown") \
    X(QOS_CHANGE, QOS, "qos-change") \
    X(GROUP_QOS_CHANGE, GROUP_QOS, "group-qos-change") \
    X(ROUTE_CHANGE, ROUTE, "route-change") \
    X(ADDRLIST_CHANGE, ADDRESS_LIST, "addrlist-change") \
    X(DATA_GONE, DATA_GONE, "data-gone") \
    X(URGENT_GONE, URGENT_GONE, "urgent-gone") \
    X(NO_PENDING, NO_PENDING, "no-pending")

/* Event-select mode's records (WSPEventSelect, WSPEnumNetworkEvents):
   X(NAME, "verb").  NAME is also the engine's FDP_V_NAME: `enum` is
   WSPEnumNetworkEvents (a call), `set-event` the event object being set
   (a recording's result, written after its record as a post is). */
#define FDP_TRACE_EVENT_MODE(X) \
    X(ENUM, "enum") X(SET_EVENT, "set-event")

/* The other words of the format: X(NAME, "word"). */
#define FDP_TRACE_WORDS(X) \
    X(FDT, "fdt") X(PROFILE, "profile") X(SOCKET, "socket") \
    X(TCP, "tcp") X(UDP, "udp") X(SPEC, "spec") X(WINDOWS, "windows") \
    X(POST, "post") X(PEEK, "peek") X(OOB, "oob") X(ON, "on") \
    X(OFF, "off") X(OK, "ok") X(RECEIVE, "receive") X(BOTH, "both") \
    X(END, "end") X(HANDWRITTEN, "handwritten")

/* Winsock's error names: those the engine posts and refuses with, and the
   rest a trace may carry as what recv, send and the others returned.
   X(NAME, code). */
#define FDP_WSA_ERRORS(X) \
    X(WSAEINTR, 10004) X(WSAEBADF, 10009) X(WSAEACCES, 10013) \
    X(WSAEFAULT, 10014) X(WSAEINVAL, 10022) X(WSAEMFILE, 10024) \
    X(WSAEWOULDBLOCK, 10035) X(WSAEINPROGRESS, 10036) \
    X(WSAEALREADY, 10037) X(WSAENOTSOCK, 10038) \
    X(WSAEDESTADDRREQ, 10039) X(WSAEMSGSIZE, 10040) \
    X(WSAEPROTOTYPE, 10041) X(WSAENOPROTOOPT, 10042) \
    X(WSAEPROTONOSUPPORT, 10043) X(WSAESOCKTNOSUPPORT, 10044) \
    X(WSAEOPNOTSUPP, 10045) X(WSAEPFNOSUPPORT, 10046) \
    X(WSAEAFNOSUPPORT, 10047) X(WSAEADDRINUSE, 10048) \
    X(WSAEADDRNOTAVAIL, 10049) X(WSAENETDOWN, 10050) \
    X(WSAENETUNREACH, 10051) X(WSAENETRESET, 10052) \
    X(WSAECONNABORTED, 10053) X(WSAECONNRESET, 10054) \
    X(WSAENOBUFS, 10055) X(WSAEISCONN, 10056) X(WSAENOTCONN, 10057) \
    X(WSAESHUTDOWN, 10058) X(WSAETOOMANYREFS, 10059) \
    X(WSAETIMEDOUT, 10060) X(WSAECONNREFUSED, 10061) \
    X(WSAELOOP, 10062) X(WSAENAMETOOLONG, 10063) \
    X(WSAEHOSTDOWN, 10064) X(WSAEHOSTUNREACH, 10065) \
    X(WSAENOTEMPTY, 10066) X(WSAEPROCLIM, 10067) X(WSAEUSERS, 10068) \
    X(WSAEDQUOT, 10069) X(WSAESTALE, 10070) X(WSAEREMOTE, 10071) \
    X(WSASYSNOTREADY, 10091) X(WSAVERNOTSUPPORTED, 10092) \
    X(WSANOTINITIALISED, 10093) X(WSAEDISCON, 10101) \
    X(WSAENOMORE, 10102) X(WSAECANCELLED, 10103) \
    X(WSAEINVALIDPROCTABLE, 10104) X(WSAEINVALIDPROVIDER, 10105) \
    X(WSAEPROVIDERFAILEDINIT, 10106) X(WSASYSCALLFAILURE, 10107) \
    X(WSASERVICE_NOT_FOUND, 10108) X(WSATYPE_NOT_FOUND, 10109) \
    X(WSA_E_NO_MORE, 10110) X(WSA_E_CANCELLED, 10111) \
    X(WSAEREFUSED, 10112) X(WSAHOST_NOT_FOUND, 11001) \
    X(WSATRY_AGAIN, 11002) X(WSANO_RECOVERY, 11003) \
    X(WSANO_DATA, 11004)

/* The reverse lookups (fdp_names.c), for readers of traces: the code of a
   name of `len` bytes, or 0 when it is none.  An FD_ name gives its bit
   (FD_ALL_EVENTS all ten), an ioctl name its SIO_ code. */
int fdp_error_code(const char *name, size_t len);
uint32_t fdp_event_code(const char *name, size_t len);
uint32_t fdp_ioctl_code(const char *name, size_t len);

/* A mask as FD names joined by '|' in bit order ("0" when empty, 0x... when
   it has bits beyond FD_ALL_EVENTS), as the recorder writes it.  buf: at
   least FDP_MASK_MAX bytes. */
#define FDP_MASK_MAX 160
const char *fdp_mask_str(uint32_t mask, char *buf);

#endif
