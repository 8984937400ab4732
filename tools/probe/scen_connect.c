/* SPDX-License-Identifier: MIT */
/* scen_connect.c -- FD_CONNECT: Wine's test_connect_events (message mode) and
   the seed's FD_CONNECT clauses: success, refused, datagram, at select. */
#include "scen.h"
#include <string.h>

/* test_connect_events, first part: a non-blocking connect posts FD_CONNECT and
   FD_WRITE; mask 0 and a re-select post FD_WRITE again (W3: not FD_CONNECT). */
void sc_wine_connect_events(probe *p)
{
    struct sockaddr_in a;
    peer_listener(p, &a);
    int s = p_socket(p, "c", 0);
    p_select(p, s, ALL6, 1);
    p_connect(p, s, &a, 1);
    p_select(p, s, 0, 1);
    p_select(p, s, ALL6, 1);
}

/* test_connect_events "Connect and then select": a select on a socket already
   connected (CONNECT1; W3). */
void sc_wine_connect_then_select(probe *p)
{
    SOCKET c;
    int s = pair_client(p, "c", &c);
    p_send(p, s, 5);
    p_select(p, s, ALL6, 1);
}

/* test_connect_events: connected while selected without FD_CONNECT, then
   selected with it. */
void sc_wine_connect_subset(probe *p)
{
    struct sockaddr_in a;
    peer_listener(p, &a);
    int s = p_socket(p, "c", 0);
    p_select(p, s, FD_ACCEPT | FD_CLOSE | FD_OOB | FD_READ | FD_WRITE, 1);
    p_connect(p, s, &a, 1);
    p_select(p, s, FD_ACCEPT | FD_CONNECT | FD_OOB | FD_READ | FD_WRITE, 1);
}

/* test_connect_events, UDP part: select on an unbound datagram socket, then
   connect (CONNECT2 "as is typical with a datagram socket"; W4). */
void sc_wine_connect_udp(probe *p)
{
    struct sockaddr_in a;
    SOCKET c = peer_new(p, 1);
    int len = sizeof a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(c, (struct sockaddr *)&a, sizeof a);
    getsockname(c, (struct sockaddr *)&a, &len);
    int u = p_socket(p, "u", 1);
    p_select(p, u, FD_ACCEPT | FD_CONNECT | FD_OOB | FD_READ | FD_WRITE, 1);
    p_connect(p, u, &a, 0);
}

/* CONNECT2 on a datagram socket selected for FD_CONNECT alone. */
void sc_connect_udp_only(probe *p)
{
    struct sockaddr_in a;
    SOCKET c = peer_new(p, 1);
    int len = sizeof a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(c, (struct sockaddr *)&a, sizeof a);
    getsockname(c, (struct sockaddr *)&a, &len);
    int u = p_socket(p, "u", 1);
    p_select(p, u, FD_CONNECT, 1);
    p_connect(p, u, &a, 0);
}

/* CONNECT4 with a failure: nothing listens on the port; FD_CONNECT carries
   WSAECONNREFUSED and no FD_WRITE follows. */
void sc_connect_refused(probe *p)
{
    struct sockaddr_in a;
    SOCKET c = peer_new(p, 0);
    int len = sizeof a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(c, (struct sockaddr *)&a, sizeof a);    /* a port that is bound, not listening */
    getsockname(c, (struct sockaddr *)&a, &len);
    int s = p_socket(p, "c", 0);
    p_select(p, s, FD_CONNECT | FD_WRITE | FD_READ | FD_CLOSE, 1);
    p_connect(p, s, &a, 1);
}

/* CONNECT4 with success, selected for FD_CONNECT only: no FD_WRITE (S1). */
void sc_connect_only(probe *p)
{
    struct sockaddr_in a;
    peer_listener(p, &a);
    int s = p_socket(p, "c", 0);
    p_select(p, s, FD_CONNECT, 1);
    p_connect(p, s, &a, 1);
}
