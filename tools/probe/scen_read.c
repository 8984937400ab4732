/* SPDX-License-Identifier: MIT */
/* scen_read.c -- FD_READ: Wine's test_read_events (message mode) and the
   seed's FD_READ clauses, on stream and datagram sockets. */
#include "scen.h"

/* test_read_events, first part: arrival, re-select, mask 0 and re-select, a
   second arrival while posted, level-triggered re-posts after each recv, and a
   failing recv that still re-enables. */
void sc_wine_read_events(probe *p)
{
    SOCKET c;
    int s = pair_server(p, "s", &c);
    p_select(p, s, ALL5, 1);
    peer_send(p, c, s, 5);
    p_select(p, s, ALL5, 1);
    p_select(p, s, 0, 1);
    p_select(p, s, ALL5, 1);
    peer_send(p, c, s, 5);
    p_recv(p, s, 2, 0);
    p_recv_fault(p, s, 5);
    for (int i = 0; i < 8; i++) p_recv(p, s, 1, 0);
    p_close(p, s);
}

/* test_read_events: data sent while not selecting is posted at select (READ1). */
void sc_wine_read_deselected(probe *p)
{
    SOCKET c;
    int s = pair_server(p, "s", &c);
    p_select(p, s, 0, 1);
    peer_send(p, c, s, 5);
    p_select(p, s, ALL5, 1);
    p_recv(p, s, 5, 0);
}

/* test_read_events: data read while not selecting leaves nothing to post. */
void sc_wine_read_recv_deselected(probe *p)
{
    SOCKET c;
    int s = pair_server(p, "s", &c);
    p_select(p, s, 0, 1);
    peer_send(p, c, s, 5);
    p_recv(p, s, 5, 0);
    p_select(p, s, FD_ACCEPT | FD_CONNECT | FD_OOB | FD_READ, 1);
}

/* READ3 with MSG_PEEK: a peek re-enables and leaves the data. */
void sc_read_peek(probe *p)
{
    SOCKET c;
    int s = pair_client(p, "s", &c);
    p_select(p, s, FD_READ, 1);
    peer_send(p, c, s, 5);
    p_recv(p, s, 5, MSG_PEEK);
    p_recv(p, s, 5, 0);
}

/* READ3 / S5: each recv that leaves data re-posts FD_READ; the last does not. */
void sc_read_level(probe *p)
{
    SOCKET c;
    int s = pair_client(p, "s", &c);
    p_select(p, s, FD_READ, 1);
    peer_send(p, c, s, 10);
    p_recv(p, s, 4, 0);
    p_recv(p, s, 4, 0);
    p_recv(p, s, 4, 0);
    p_recv(p, s, 4, 0);
}

/* READ2 / S3: more data while FD_READ is posted and not re-enabled posts nothing. */
void sc_read_no_flood(probe *p)
{
    SOCKET c;
    int s = pair_client(p, "s", &c);
    p_select(p, s, FD_READ, 1);
    peer_send(p, c, s, 5);
    peer_send(p, c, s, 5);
    peer_send(p, c, s, 5);
    p_recv(p, s, 100, 0);
}

/* Datagrams: each arrival is one datagram; a recv takes one and re-posts while
   another is queued. */
void sc_udp_read(probe *p)
{
    SOCKET c = peer_new(p, 1);
    int u = p_socket(p, "u", 1);
    p_bind(p, u);
    p_select(p, u, FD_READ, 1);
    peer_sendto(p, c, u, 10);
    peer_sendto(p, c, u, 10);
    p_recv(p, u, 100, 0);
    p_recv(p, u, 100, 0);
}

/* A datagram larger than the buffer: WSAEMSGSIZE, the datagram is dropped. */
void sc_udp_msgsize(probe *p)
{
    SOCKET c = peer_new(p, 1);
    int u = p_socket(p, "u", 1);
    p_bind(p, u);
    p_select(p, u, FD_READ, 1);
    peer_sendto(p, c, u, 10);
    p_recv(p, u, 4, 0);
    peer_sendto(p, c, u, 10);
    p_recv(p, u, 100, 0);
}
