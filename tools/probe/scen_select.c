/* SPDX-License-Identifier: MIT */
/* scen_select.c -- the registration itself: mask 0, a second select with
   another message, persistence, re-select, FIONBIO refused, bad bits. */
#include "scen.h"

/* S1: mask 0 stops all posting, for data and for the peer's close. */
void sc_select_mask_zero(probe *p)
{
    SOCKET c;
    int s = pair_server(p, "s", &c);
    p_select(p, s, FD_READ | FD_WRITE | FD_CLOSE, 1);
    p_select(p, s, 0, 1);
    peer_send(p, c, s, 5);
    peer_fin(p, c, s, 1);
}

/* S1, the seed's two-call example: the second select (FD_WRITE, another
   message) replaces the first (FD_READ): data then posts nothing. */
void sc_select_two_ids(probe *p)
{
    SOCKET c;
    int s = pair_server(p, "s", &c);
    p_select(p, s, FD_READ, 1);
    p_select(p, s, FD_WRITE, 2);
    peer_send(p, c, s, 5);
    p_recv(p, s, 5, 0);
}

/* S1: a second select with both events and the second message: every post
   after it carries the second message. */
void sc_select_second_msg(probe *p)
{
    SOCKET c;
    int s = pair_server(p, "s", &c);
    p_select(p, s, FD_READ | FD_CLOSE, 1);
    peer_send(p, c, s, 5);
    p_select(p, s, FD_READ | FD_WRITE | FD_CLOSE, 2);
    p_recv(p, s, 5, 0);
    peer_fin(p, c, s, 1);
}

/* S2 persistence: everything that happened before the select is posted at it:
   data, the peer's close, writability. */
void sc_select_persistence(probe *p)
{
    SOCKET c;
    int s = pair_server(p, "s", &c);
    peer_send(p, c, s, 5);
    peer_fin(p, c, s, 1);
    p_select(p, s, FD_READ | FD_WRITE | FD_CLOSE, 1);
    p_recv(p, s, 5, 0);
    p_recv(p, s, 5, 0);
}

/* S2 re-select: a posted event not re-enabled is posted again by a new select
   while its condition holds. */
void sc_select_reselect(probe *p)
{
    SOCKET c;
    int s = pair_client(p, "s", &c);
    p_select(p, s, FD_READ, 1);
    peer_send(p, c, s, 5);
    p_select(p, s, FD_READ, 1);
    p_select(p, s, FD_READ | FD_WRITE, 1);
    p_recv(p, s, 5, 0);
    p_select(p, s, FD_READ, 1);
}

/* FIONBIO off while selected fails with WSAEINVAL; after mask 0 it works. */
void sc_select_fionbio(probe *p)
{
    SOCKET c;
    int s = pair_client(p, "s", &c);
    p_select(p, s, FD_READ, 1);
    p_fionbio(p, s, 0);
    p_fionbio(p, s, 1);
    p_select(p, s, 0, 1);
    p_fionbio(p, s, 0);
}

/* S17: bits outside FD_ALL_EVENTS. */
void sc_select_bad_bits(probe *p)
{
    SOCKET c;
    int s = pair_client(p, "s", &c);
    p_select(p, s, FD_READ | 0x400, 1);
    peer_send(p, c, s, 5);
    p_recv(p, s, 5, 0);
}
