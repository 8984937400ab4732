/* SPDX-License-Identifier: MIT */
/* scen_write.c -- FD_WRITE: Wine's test_write_events (message mode) and the
   seed's FD_WRITE clauses. */
#include "scen.h"

/* test_write_events, first part: posted at select and at each re-select; a
   successful send posts nothing; after WSAEWOULDBLOCK, posted when space
   returns; and at a re-select after that. */
void sc_wine_write_events(probe *p)
{
    SOCKET c;
    int s = pair_server(p, "s", &c);
    p_select(p, s, ALL6, 1);
    p_select(p, s, ALL6, 1);
    p_select(p, s, 0, 1);
    p_select(p, s, ALL6, 1);
    p_send(p, s, 5);
    note(p, "peer: recv");
    Sleep(p->settle);
    peer_recv_all(p, c);
    pump(p);
    p_fill(p, s, c);
    peer_drain(p, c, s);
    p_select(p, s, 0, 1);
    p_select(p, s, ALL6, 1);
}

/* test_write_events: select without FD_WRITE, then with it (WRITE1, W3). */
void sc_wine_write_subset(probe *p)
{
    SOCKET c;
    int s = pair_client(p, "c", &c);
    p_send(p, s, 5);
    p_select(p, s, FD_ACCEPT | FD_CONNECT | FD_OOB | FD_READ, 1);
    p_select(p, s, FD_ACCEPT | FD_CONNECT | FD_OOB | FD_READ | FD_WRITE, 1);
}

/* test_write_events: a send right after select does not take back the FD_WRITE
   the select posted (S6). */
void sc_wine_write_send(probe *p)
{
    SOCKET c;
    int s = pair_server(p, "s", &c);
    p_select(p, s, FD_ACCEPT | FD_CONNECT | FD_OOB | FD_READ | FD_WRITE, 1);
    p_send(p, s, 5);
}

/* WRITE3: only a WSAEWOULDBLOCK arms the next FD_WRITE; sends that succeed
   afterwards post nothing. */
void sc_write_wouldblock(probe *p)
{
    SOCKET c;
    int s = pair_client(p, "c", &c);
    p_select(p, s, FD_WRITE, 1);
    p_fill(p, s, c);
    peer_drain(p, c, s);
    p_send(p, s, 5);
    p_send(p, s, 5);
}

/* WRITE4 / D1: a datagram socket is writable at select; after bind FD_WRITE
   may or may not come. */
void sc_write_udp_bind(probe *p)
{
    int u = p_socket(p, "u", 1);
    p_select(p, u, FD_READ | FD_WRITE, 1);
    p_bind(p, u);
}
