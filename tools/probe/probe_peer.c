/* SPDX-License-Identifier: MIT */
/* probe_peer.c -- the peer: sockets in the same process that are never in the
   trace. Each action's happening on the observed socket is recorded only once
   select() or FIONREAD show it arrived (or, where they cannot tell, after the
   settle time), then the messages it caused are pumped. */
#include "probe.h"
#include <stdio.h>
#include <string.h>

static char zeros[65536];

/* A fixed receive buffer: Linux (under Wine) grows it with the traffic, which
   would make the amounts a filling send accepts differ from run to run. */
static void fixed_rcvbuf(SOCKET c)
{
    int size = 65536;
    setsockopt(c, SOL_SOCKET, SO_RCVBUF, (const char *)&size, sizeof size);
}

static void nonblocking(SOCKET c)
{
    u_long on = 1;
    ioctlsocket(c, FIONBIO, &on);
}

SOCKET peer_new(probe *p, int udp)
{
    SOCKET c = socket(AF_INET, udp ? SOCK_DGRAM : SOCK_STREAM, udp ? IPPROTO_UDP : IPPROTO_TCP);
    if (c == INVALID_SOCKET || p->npeer == PROBE_MAXPEER) {
        note(p, "setup: the peer's socket() failed (%d)", WSAGetLastError());
        p->broken = 1;
        return INVALID_SOCKET;
    }
    p->peer[p->npeer++] = c;
    if (!udp) fixed_rcvbuf(c);
    return c;
}

static void forget(probe *p, SOCKET c)
{
    for (int i = 0; i < p->npeer; i++)
        if (p->peer[i] == c) p->peer[i] = p->peer[--p->npeer];
}

static void loopback(struct sockaddr_in *a)
{
    memset(a, 0, sizeof *a);
    a->sin_family = AF_INET;
    a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
}

/* A listening peer socket; *a receives its address. */
SOCKET peer_listener(probe *p, struct sockaddr_in *a)
{
    SOCKET c = peer_new(p, 0);
    int len = sizeof *a;
    loopback(a);
    if (c == INVALID_SOCKET || bind(c, (struct sockaddr *)a, sizeof *a) ||
        getsockname(c, (struct sockaddr *)a, &len) || listen(c, 8)) {
        note(p, "setup: the peer's listener failed (%d)", WSAGetLastError());
        p->broken = 1;
    }
    return c;
}

/* The peer connects to the observed listener l: "l incoming". */
void peer_incoming(probe *p, int l, SOCKET *out)
{
    struct sockaddr_in a;
    int len = sizeof a, pending = is_readable(p->sock[l].h);
    SOCKET c = peer_new(p, 0);
    getsockname(p->sock[l].h, (struct sockaddr *)&a, &len);
    note(p, "peer: connect to %s", p->sock[l].name);
    if (c == INVALID_SOCKET || connect(c, (struct sockaddr *)&a, sizeof a)) {
        note(p, "setup: the peer's connect failed (%d)", WSAGetLastError());
        p->broken = 1;
        return;
    }
    nonblocking(c);
    if (pending) Sleep(p->settle);     /* readable already: select cannot tell */
    else if (!wait_for(is_readable, p->sock[l].h)) note(p, "odd: no connection request seen");
    rec(p, "%s incoming", p->sock[l].name);
    pump(p);
    if (out) *out = c;
}

/* An observed socket connected to the observed listener l: "l incoming",
   once select shows the request pending. */
void seen_incoming(probe *p, int l)
{
    if (!wait_for(is_readable, p->sock[l].h)) note(p, "odd: no connection request seen");
    rec(p, "%s incoming", p->sock[l].name);
    pump(p);
}

static int wait_bytes(SOCKET s, long want)
{
    for (DWORD t0 = GetTickCount(); GetTickCount() - t0 < PROBE_WAIT_MS; Sleep(1))
        if (nread(s) >= want) return 1;
    return nread(s) >= want;
}

/* The peer sends n bytes on a stream: "s arrive n" once FIONREAD shows them. */
void peer_send(probe *p, SOCKET c, int s, int n)
{
    long before = nread(p->sock[s].h);
    note(p, "peer: send %d", n);
    if (send(c, zeros, n, 0) != n) note(p, "odd: the peer's send failed (%d)", WSAGetLastError());
    if (!wait_bytes(p->sock[s].h, before + n)) note(p, "odd: FIONREAD did not show the data");
    rec(p, "%s arrive %d", p->sock[s].name, n);
    pump(p);
}

/* The peer sends an n-byte datagram to the observed socket s. */
void peer_sendto(probe *p, SOCKET c, int s, int n)
{
    struct sockaddr_in a;
    int len = sizeof a, had = is_readable(p->sock[s].h);
    getsockname(p->sock[s].h, (struct sockaddr *)&a, &len);
    note(p, "peer: sendto %d", n);
    if (sendto(c, zeros, n, 0, (struct sockaddr *)&a, sizeof a) != n)
        note(p, "odd: the peer's sendto failed (%d)", WSAGetLastError());
    if (had) Sleep(p->settle);
    else if (!wait_for(is_readable, p->sock[s].h)) note(p, "odd: the datagram was not seen");
    rec(p, "%s arrive %d", p->sock[s].name, n);
    pump(p);
}

/* The peer sends one urgent byte: "s arrive-oob 1" once select (exceptfds)
   shows it, or FIONREAD with SO_OOBINLINE on. A second one while the first is
   unread cannot be told apart by select: the settle time. (A BSD stack keeps
   one urgent byte: the earlier one is then lost, which only a recv shows.) */
void peer_oob(probe *p, SOCKET c, int s)
{
    SOCKET h = p->sock[s].h;
    long q0 = nread(h);
    int pend = has_except(h);
    note(p, "peer: send 1 MSG_OOB");
    if (send(c, "!", 1, MSG_OOB) != 1) note(p, "odd: the peer's urgent send failed (%d)", WSAGetLastError());
    if (p->sock[s].inline_oob) {
        if (!wait_bytes(h, q0 + 1)) note(p, "odd: FIONREAD did not show the urgent byte");
    } else if (pend) Sleep(p->settle);
    else if (!wait_for(has_except, h)) note(p, "odd: select saw no urgent data");
    rec(p, "%s arrive-oob 1", p->sock[s].name);
    pump(p);
}

/* The peer reads all it can (its sockets are non-blocking): not recorded. */
void peer_recv_all(probe *p, SOCKET c)
{
    (void)p;
    while (recv(c, zeros, sizeof zeros, 0) > 0)
        ;
}

/* After a send failed with WSAEWOULDBLOCK: the peer reads until select says
   the observed socket is writable again: "s space". */
void peer_drain(probe *p, SOCKET c, int s)
{
    note(p, "peer: recv until the sender is writable");
    for (DWORD t0 = GetTickCount(); GetTickCount() - t0 < PROBE_WAIT_MS; Sleep(1)) {
        peer_recv_all(p, c);
        if (is_writable(p->sock[s].h)) break;
    }
    if (!is_writable(p->sock[s].h)) note(p, "odd: the sender never became writable");
    rec(p, "%s space", p->sock[s].name);
    pump(p);
    peer_recv_all(p, c);
}

/* Waits for an end of stream (FIN or RST) to reach s: select says readable
   with FIONREAD 0; with data queued select cannot tell, so the settle time. */
static void wait_end(probe *p, int s)
{
    SOCKET h = p->sock[s].h;
    if (nread(h) > 0 || has_except(h)) { Sleep(p->settle); return; }
    for (DWORD t0 = GetTickCount(); GetTickCount() - t0 < PROBE_WAIT_MS; Sleep(1))
        if (is_readable(h) && nread(h) == 0) return;
    note(p, "odd: the end of the stream was not seen");
}

/* The peer's graceful close: shutdown(SD_SEND), or closesocket: "s fin". */
void peer_fin(probe *p, SOCKET c, int s, int close_too)
{
    note(p, "peer: %s", close_too ? "closesocket" : "shutdown SD_SEND");
    peer_recv_all(p, c);               /* unread data would make close a reset */
    if (close_too) { closesocket(c); forget(p, c); }
    else shutdown(c, SD_SEND);
    wait_end(p, s);
    rec(p, "%s fin", p->sock[s].name);
    pump(p);
}

/* The peer aborts: SO_LINGER {1, 0} and closesocket send a reset: "s reset". */
void peer_reset(probe *p, SOCKET c, int s)
{
    struct linger lg = { 1, 0 };
    note(p, "peer: SO_LINGER 0 and closesocket");
    setsockopt(c, SOL_SOCKET, SO_LINGER, (const char *)&lg, sizeof lg);
    closesocket(c);
    forget(p, c);
    wait_end(p, s);
    rec(p, "%s reset", p->sock[s].name);
    pump(p);
}

void peer_shutdown_recv(probe *p, SOCKET c)
{
    note(p, "peer: shutdown SD_RECEIVE (nothing goes on the wire)");
    shutdown(c, SD_RECEIVE);
    pump(p);
}

void peer_close_quiet(probe *p, SOCKET c)
{
    closesocket(c);
    forget(p, c);
}

/* An observed listener: socket, bind, listen. */
int listener(probe *p, const char *name, struct sockaddr_in *a)
{
    int l = p_socket(p, name, 0);
    p_bind(p, l);
    p_listen(p, l);
    p_sockname(p, l, a);
    return l;
}

/* An accepted socket observed, as in Wine's tests: a listener l (never
   selected) accepts the peer's connection. */
int pair_server(probe *p, const char *name, SOCKET *peer)
{
    struct sockaddr_in a;
    int l = listener(p, "l", &a);
    peer_incoming(p, l, peer);
    int s = p_accept(p, l, name);
    p_close(p, l);
    if (s < 0) p->broken = 1;
    return s < 0 ? 0 : s;
}

/* A connecting socket observed: a blocking connect to the peer's listener. */
int pair_client(probe *p, const char *name, SOCKET *peer)
{
    struct sockaddr_in a;
    SOCKET l = peer_listener(p, &a);
    int s = p_socket(p, name, 0);
    p_connect(p, s, &a, 0);
    *peer = accept(l, NULL, NULL);
    if (*peer == INVALID_SOCKET) { note(p, "setup: the peer's accept failed"); p->broken = 1; }
    else { p->peer[p->npeer++] = *peer; nonblocking(*peer); }
    peer_close_quiet(p, l);
    return s;
}
