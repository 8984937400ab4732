/* SPDX-License-Identifier: MIT */
/* scen_oob.c -- FD_OOB, with SO_OOBINLINE off and on: Wine's test_oob_events
   (message mode) and the seed's FD_OOB clauses. */
#include "scen.h"

/* test_oob_events, first part: arrival, re-select, mask 0 and re-select, a
   second urgent byte while posted, then two recv MSG_OOB. */
void sc_wine_oob_events(probe *p)
{
    SOCKET c;
    int s = pair_server(p, "s", &c);
    p_select(p, s, ALL5, 1);
    peer_oob(p, c, s);
    p_select(p, s, ALL5, 1);
    p_select(p, s, 0, 1);
    p_select(p, s, ALL5, 1);
    peer_oob(p, c, s);
    p_recv(p, s, 1, MSG_OOB);
    p_recv(p, s, 1, MSG_OOB);
}

/* test_oob_events: urgent data sent while not selecting is posted at select. */
void sc_wine_oob_deselected(probe *p)
{
    SOCKET c;
    int s = pair_server(p, "s", &c);
    p_select(p, s, 0, 1);
    peer_oob(p, c, s);
    p_select(p, s, ALL5, 1);
    p_recv(p, s, 1, MSG_OOB);
}

/* OOB3: a recv without MSG_OOB re-enables FD_OOB; urgent data left re-posts it. */
void sc_oob_recv_normal(probe *p)
{
    SOCKET c;
    int s = pair_client(p, "s", &c);
    p_select(p, s, FD_READ | FD_OOB, 1);
    peer_send(p, c, s, 5);
    peer_oob(p, c, s);
    p_recv(p, s, 5, 0);
    p_recv(p, s, 1, MSG_OOB);
}

/* S9: with SO_OOBINLINE on, urgent data is normal data: FD_READ, never FD_OOB. */
void sc_oob_inline(probe *p)
{
    SOCKET c;
    int s = pair_client(p, "s", &c);
    p_oobinline(p, s, 1);
    p_select(p, s, FD_READ | FD_OOB, 1);
    peer_oob(p, c, s);
    p_recv(p, s, 1, 0);
}

/* S9: with SO_OOBINLINE on, recv MSG_OOB fails with WSAEINVAL and still
   re-enables FD_READ. */
void sc_oob_inline_recv_oob(probe *p)
{
    SOCKET c;
    int s = pair_client(p, "s", &c);
    p_oobinline(p, s, 1);
    p_select(p, s, FD_READ | FD_OOB, 1);
    peer_oob(p, c, s);
    p_recv(p, s, 1, MSG_OOB);
    p_recv(p, s, 1, 0);
}

/* D3: turning SO_OOBINLINE on with urgent data queued moves it in line; the
   toggle itself posts nothing. */
void sc_oob_inline_toggle(probe *p)
{
    SOCKET c;
    int s = pair_client(p, "s", &c);
    p_select(p, s, FD_READ | FD_OOB, 1);
    peer_oob(p, c, s);
    p_oobinline(p, s, 1);
    p_recv(p, s, 1, 0);
}
