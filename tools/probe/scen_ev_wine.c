/* SPDX-License-Identifier: MIT */
/* scen_ev_wine.c -- event-select mode: the event-mode blocks of Wine's
   test_accept_events, test_connect_events, test_write_events,
   test_read_events, test_oob_events, test_close_events and
   test_WSAEnumNetworkEvents that loopback allows, step for step as the
   vectors tests/vectors/windows/wine-ev-*.fdt replay them. Each socket is
   registered with WSAEventSelect on a WSAEVENT (ev=1, as the tests share one
   event); where a test calls check_events, the probe reads the record with
   WSAEnumNetworkEvents given the object (en). */
#include "scen.h"
#include <string.h>

#define ACC4 (FD_CONNECT | FD_READ | FD_OOB | FD_ACCEPT)
#define CRO (FD_CONNECT | FD_READ | FD_OOB)

static void en(probe *p, int s) { p_enum(p, s, 1); }

/* An accepted socket observed (tcp_socketpair's server side), with a fresh
   event object, not yet registered. */
static int ev_server(probe *p, SOCKET *peer, int *ev)
{
    int s = pair_server(p, "s", peer);
    *ev = p_event(p);
    return s;
}

/* A bound datagram peer socket; *a receives its address. */
static SOCKET udp_peer(probe *p, struct sockaddr_in *a)
{
    SOCKET c = peer_new(p, 1);
    int len = sizeof *a;
    memset(a, 0, sizeof *a);
    a->sin_family = AF_INET;
    a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(c, (struct sockaddr *)a, sizeof *a);
    getsockname(c, (struct sockaddr *)a, &len);
    return c;
}

/* ---- test_accept_events ---- */

/* The first block: a request records FD_ACCEPT; re-selects after it was
   enumerated; a second request before any accept (E7A); accept leaving a
   request (ACCEPT3), and none. */
void sc_ev_wine_accept_events(probe *p)
{
    int l = p_socket(p, "l", 0), ev = p_event(p);
    p_eventselect(p, l, ACC4, ev);
    p_bind(p, l);
    p_listen(p, l);
    en(p, l);
    peer_incoming(p, l, NULL);
    en(p, l);
    en(p, l);
    p_eventselect(p, l, ACC4, ev);
    en(p, l);
    p_eventselect(p, l, 0, ev);
    p_eventselect(p, l, ACC4, ev);
    en(p, l);
    peer_incoming(p, l, NULL);
    en(p, l);
    en(p, l);
    p_close(p, p_accept(p, l, "a1"));
    en(p, l);
    en(p, l);
    p_close(p, p_accept(p, l, "a2"));
    en(p, l);
    peer_incoming(p, l, NULL);
    en(p, l);
    p_close(p, p_accept(p, l, "a3"));
    en(p, l);
}

/* "Connect and then select": a request pending at the select (ACCEPT1). */
void sc_ev_wine_accept_then_select(probe *p)
{
    struct sockaddr_in a;
    int l = listener(p, "l", &a), ev = p_event(p);
    peer_incoming(p, l, NULL);
    p_eventselect(p, l, ACC4, ev);
    en(p, l);
    p_close(p, p_accept(p, l, "a1"));
}

/* "select on a subset not containing FD_ACCEPT first". */
void sc_ev_wine_accept_subset(probe *p)
{
    struct sockaddr_in a;
    int l = listener(p, "l", &a), ev = p_event(p);
    p_eventselect(p, l, CRO, ev);
    peer_incoming(p, l, NULL);
    p_eventselect(p, l, ACC4, ev);
    en(p, l);
    p_close(p, p_accept(p, l, "a1"));
}

/* Event mode only, "select on a subset containing FD_ACCEPT first": FD_ACCEPT
   recorded and not enumerated survives selects that drop it (E7B); a select
   that records nothing sets nothing (DE3). Whether the select that drops it
   leaves the object set (E7F) cannot show: the probe reset it after the
   request's set, as the test does with ResetEvent. */
void sc_ev_wine_accept_subset_kept(probe *p)
{
    struct sockaddr_in a;
    int l = listener(p, "l", &a), ev = p_event(p);
    p_eventselect(p, l, ACC4, ev);
    peer_incoming(p, l, NULL);
    p_eventselect(p, l, CRO, ev);
    p_eventselect(p, l, CRO, ev);
    p_eventselect(p, l, ACC4, ev);
    en(p, l);
    p_close(p, p_accept(p, l, "a1"));
}

/* "call accept() before selecting": nothing at the select. */
void sc_ev_wine_accept_before_select(probe *p)
{
    struct sockaddr_in a;
    int l = listener(p, "l", &a), ev = p_event(p);
    p_eventselect(p, l, CRO, ev);
    peer_incoming(p, l, NULL);
    int a1 = p_accept(p, l, "a1");
    p_eventselect(p, l, ACC4, ev);
    en(p, l);
    p_close(p, a1);
}

/* "The socket returned from accept() inherits the same parameters" (E5). */
void sc_ev_wine_accept_inherit(probe *p)
{
    struct sockaddr_in a;
    int l = listener(p, "l", &a), ev = p_event(p);
    peer_incoming(p, l, NULL);
    p_eventselect(p, l, ACC4 | FD_WRITE, ev);
    en(p, l);
    int a1 = p_accept(p, l, "a1");
    if (a1 < 0) return;
    en(p, a1);
    en(p, a1);
    p_close(p, a1);
}

/* ---- test_connect_events ---- */

/* The first block: a non-blocking connect records FD_CONNECT and FD_WRITE;
   mask 0 and back; the accepted side selected afterwards. */
void sc_ev_wine_connect_events(probe *p)
{
    struct sockaddr_in a;
    int l = listener(p, "l", &a), ev = p_event(p);
    int c = p_socket(p, "c", 0);
    p_eventselect(p, c, ALL6, ev);
    en(p, c);
    p_connect(p, c, &a, 1);
    seen_incoming(p, l);
    en(p, c);
    en(p, c);
    p_eventselect(p, c, 0, ev);
    p_eventselect(p, c, ALL6, ev);
    en(p, c);
    int s = p_accept(p, l, "s");
    if (s < 0) return;
    p_eventselect(p, s, FD_ACCEPT | FD_CONNECT | FD_OOB | FD_READ | FD_WRITE, ev);
    en(p, s);
}

/* "Connect and then select" (E7D). */
void sc_ev_wine_connect_then_select(probe *p)
{
    SOCKET k;
    int c = pair_client(p, "c", &k), ev = p_event(p);
    p_send(p, c, 5);
    p_eventselect(p, c, ALL6, ev);
    en(p, c);
}

/* "select on a subset not containing FD_CONNECT first" (E7D, E7B). */
void sc_ev_wine_connect_subset(probe *p)
{
    struct sockaddr_in a;
    int ev = p_event(p);
    peer_listener(p, &a);
    int c = p_socket(p, "c", 0);
    p_eventselect(p, c, FD_ACCEPT | FD_CLOSE | FD_OOB | FD_READ | FD_WRITE, ev);
    p_connect(p, c, &a, 1);
    en(p, c);
    p_eventselect(p, c, FD_ACCEPT | FD_CONNECT | FD_OOB | FD_READ | FD_WRITE, ev);
    en(p, c);
}

/* "Test with UDP sockets": an unbound datagram socket, then connect (E7E). */
void sc_ev_wine_connect_udp(probe *p)
{
    struct sockaddr_in a;
    int ev = p_event(p);
    udp_peer(p, &a);
    int u = p_socket(p, "u", 1);
    p_eventselect(p, u, FD_ACCEPT | FD_CONNECT | FD_OOB | FD_READ | FD_WRITE, ev);
    en(p, u);
    p_connect(p, u, &a, 0);
    en(p, u);
    en(p, u);
}

/* ---- test_write_events ---- */

/* The first block: FD_WRITE at the select; re-selects after it was
   enumerated; a successful send; WSAEWOULDBLOCK then space (WRITE3). */
void sc_ev_wine_write_events(probe *p)
{
    SOCKET c;
    int ev, s = ev_server(p, &c, &ev);
    p_eventselect(p, s, ALL6, ev);
    en(p, s);
    en(p, s);
    p_eventselect(p, s, ALL6, ev);
    en(p, s);
    p_eventselect(p, s, 0, ev);
    p_eventselect(p, s, ALL6, ev);
    en(p, s);
    p_send(p, s, 5);
    en(p, s);
    note(p, "peer: recv");
    Sleep(p->settle);
    peer_recv_all(p, c);
    pump(p);
    en(p, s);
    p_fill(p, s, c);
    peer_drain(p, c, s);
    en(p, s);
    en(p, s);
    p_eventselect(p, s, 0, ev);
    p_eventselect(p, s, ALL6, ev);
    en(p, s);
}

/* "calling send() doesn't clear the FD_WRITE bit". */
void sc_ev_wine_write_send(probe *p)
{
    SOCKET c;
    int ev, s = ev_server(p, &c, &ev);
    p_eventselect(p, s, FD_ACCEPT | FD_CONNECT | FD_OOB | FD_READ | FD_WRITE, ev);
    p_send(p, s, 5);
    en(p, s);
}

/* "Select on a subset not containing FD_WRITE first" (E7D). */
void sc_ev_wine_write_subset(probe *p)
{
    SOCKET k;
    int c = pair_client(p, "c", &k), ev = p_event(p);
    p_send(p, c, 5);
    p_eventselect(p, c, FD_ACCEPT | CRO, ev);
    en(p, c);
    en(p, c);
    p_eventselect(p, c, FD_ACCEPT | CRO | FD_WRITE, ev);
    en(p, c);
    en(p, c);
}

/* ---- test_read_events ---- */

/* The first block: E7A, E7B, READ3 after each recv, E7C. */
void sc_ev_wine_read_events(probe *p)
{
    SOCKET c;
    int ev, s = ev_server(p, &c, &ev);
    p_eventselect(p, s, ALL5, ev);
    en(p, s);
    peer_send(p, c, s, 5);
    en(p, s);
    en(p, s);
    p_eventselect(p, s, ALL5, ev);
    en(p, s);
    p_eventselect(p, s, 0, ev);
    p_eventselect(p, s, ALL5, ev);
    en(p, s);
    peer_send(p, c, s, 5);
    en(p, s);
    en(p, s);
    p_recv(p, s, 2, 0);
    en(p, s);
    en(p, s);
    p_recv_fault(p, s, 8);
    en(p, s);
    for (int i = 0; i < 8; i++) {
        p_recv(p, s, 1, 0);
        en(p, s);
    }
}

/* "Send data while we're not selecting": recorded at the select that adds
   FD_READ; data read before that select is not. */
void sc_ev_wine_read_deselected(probe *p)
{
    SOCKET c;
    int ev, s = ev_server(p, &c, &ev);
    p_eventselect(p, s, 0, ev);
    peer_send(p, c, s, 5);
    p_eventselect(p, s, ALL5, ev);
    en(p, s);
    p_recv(p, s, 5, 0);
    p_eventselect(p, s, 0, ev);
    peer_send(p, c, s, 5);
    p_recv(p, s, 5, 0);
    p_eventselect(p, s, FD_ACCEPT | CRO, ev);
    en(p, s);
}

/* "WSAEnumNetworkEvents() should not clear events we are not currently
   selecting for". */
void sc_ev_wine_read_unselected_enum(probe *p)
{
    SOCKET c;
    int ev, s = ev_server(p, &c, &ev);
    p_eventselect(p, s, 0, ev);
    peer_send(p, c, s, 5);
    en(p, s);
    p_eventselect(p, s, FD_ACCEPT | CRO | FD_WRITE, ev);
    en(p, s);
    en(p, s);
    p_recv(p, s, 5, 0);
    en(p, s);
}

/* ---- test_oob_events ---- */

/* The first block: E7A for a second urgent byte, E7B, OOB3. */
void sc_ev_wine_oob_events(probe *p)
{
    SOCKET c;
    int ev, s = ev_server(p, &c, &ev);
    p_eventselect(p, s, ALL5, ev);
    en(p, s);
    peer_oob(p, c, s);
    en(p, s);
    en(p, s);
    p_eventselect(p, s, ALL5, ev);
    en(p, s);
    p_eventselect(p, s, 0, ev);
    p_eventselect(p, s, ALL5, ev);
    en(p, s);
    peer_oob(p, c, s);
    en(p, s);
    en(p, s);
    p_recv(p, s, 1, MSG_OOB);
    en(p, s);
    en(p, s);
    p_recv(p, s, 1, MSG_OOB);
    en(p, s);
}

/* "Send data while we're not selecting": urgent data. */
void sc_ev_wine_oob_deselected(probe *p)
{
    SOCKET c;
    int ev, s = ev_server(p, &c, &ev);
    p_eventselect(p, s, 0, ev);
    peer_oob(p, c, s);
    p_eventselect(p, s, ALL5, ev);
    en(p, s);
    p_recv(p, s, 1, MSG_OOB);
}

/* ---- test_close_events ---- */

/* "Test closesocket()". */
void sc_ev_wine_close_graceful(probe *p)
{
    SOCKET c;
    int ev, s = ev_server(p, &c, &ev);
    p_eventselect(p, s, ALL5, ev);
    peer_fin(p, c, s, 1);
    en(p, s);
    en(p, s);
    p_eventselect(p, s, ALL5, ev);
    en(p, s);
    p_eventselect(p, s, 0, ev);
    p_eventselect(p, s, ALL5, ev);
    en(p, s);
    p_recv(p, s, 5, 0);
    en(p, s);
}

/* "Test shutdown(remote end, SD_SEND)". */
void sc_ev_wine_close_shutdown(probe *p)
{
    SOCKET c;
    int ev, s = ev_server(p, &c, &ev);
    p_eventselect(p, s, ALL5, ev);
    peer_fin(p, c, s, 0);
    en(p, s);
    en(p, s);
    note(p, "peer: closesocket (the FIN went already)");
    peer_close_quiet(p, c);
    pump(p);
    en(p, s);
}

/* "No other shutdown() call generates an event". */
void sc_ev_wine_close_other_shutdowns(probe *p)
{
    SOCKET c;
    int ev, s = ev_server(p, &c, &ev);
    p_eventselect(p, s, ALL5, ev);
    peer_shutdown_recv(p, c);
    p_shutdown(p, s, SD_BOTH);
    en(p, s);
    peer_fin(p, c, s, 0);
    en(p, s);
    en(p, s);
}

/* "Test sending data before calling closesocket()" (E7G: W1). */
void sc_ev_wine_close_with_data(probe *p)
{
    SOCKET c;
    int ev, s = ev_server(p, &c, &ev);
    p_eventselect(p, s, ALL5, ev);
    peer_send(p, c, s, 5);
    en(p, s);
    peer_fin(p, c, s, 1);
    en(p, s);
    p_recv(p, s, 3, 0);
    en(p, s);
    p_recv(p, s, 5, 0);
    en(p, s);
}

/* "Close and then select" (CLOSE1). */
void sc_ev_wine_close_then_select(probe *p)
{
    SOCKET c;
    int ev, s = ev_server(p, &c, &ev);
    peer_fin(p, c, s, 1);
    p_eventselect(p, s, ALL5, ev);
    en(p, s);
}

/* "select on a subset not containing FD_CLOSE first". */
void sc_ev_wine_close_subset(probe *p)
{
    SOCKET c;
    int ev, s = ev_server(p, &c, &ev);
    p_eventselect(p, s, FD_ACCEPT | CRO, ev);
    peer_fin(p, c, s, 1);
    en(p, s);
    p_eventselect(p, s, ALL5, ev);
    en(p, s);
}

/* "Trigger RST" (E7G: W2). */
void sc_ev_wine_close_reset(probe *p)
{
    SOCKET c;
    int ev, s = ev_server(p, &c, &ev);
    p_eventselect(p, s, ALL5, ev);
    peer_reset(p, c, s);
    en(p, s);
    en(p, s);
    p_eventselect(p, s, ALL5, ev);
    en(p, s);
    p_eventselect(p, s, 0, ev);
    p_eventselect(p, s, ALL5, ev);
    en(p, s);
}

/* ---- test_WSAEnumNetworkEvents ---- */

/* WSAEventSelect(FD_READ|FD_WRITE) and an enumeration, repeated (3 times
   where the test does it 5 times: the second shows "ONLY once"): a bound
   unconnected stream socket, a bound datagram socket, a connected stream
   socket (FD_WRITE once: E7B, E7E); then without the object. */
void sc_ev_wine_enum_network_events(probe *p)
{
    SOCKET k;
    int t = p_socket(p, "t", 0), e1 = p_event(p);
    p_bind(p, t);
    for (int i = 0; i < 2; i++) {
        p_eventselect(p, t, FD_READ | FD_WRITE, e1);
        en(p, t);
    }
    int u = p_socket(p, "u", 1), e2 = p_event(p);
    p_bind(p, u);
    for (int i = 0; i < 3; i++) {
        p_eventselect(p, u, FD_READ | FD_WRITE, e2);
        en(p, u);
    }
    int c = pair_client(p, "c", &k), e3 = p_event(p);
    for (int i = 0; i < 3; i++) {
        p_eventselect(p, c, FD_READ | FD_WRITE, e3);
        en(p, c);
    }
    int u2 = p_socket(p, "u2", 1), e4 = p_event(p);
    p_bind(p, u2);
    for (int i = 0; i < 2; i++) {
        p_eventselect(p, u2, FD_READ | FD_WRITE, e4);
        p_enum(p, u2, 0);
    }
    int c2 = pair_client(p, "c2", &k), e5 = p_event(p);
    for (int i = 0; i < 2; i++) {
        p_eventselect(p, c2, FD_READ | FD_WRITE, e5);
        p_enum(p, c2, 0);
    }
}
