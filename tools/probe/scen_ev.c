/* SPDX-License-Identifier: MIT */
/* scen_ev.c -- event-select mode beyond Wine's test blocks: the object set
   only when something was recorded, enumeration without the object,
   re-select after enumeration, a mask change, accept inheriting the
   registration, and an async select after an event select and back. */
#include "scen.h"

/* DE4 / E2: the object is set by a step that records, and by no other: a
   select whose mask holds nothing that is due, a successful send, the recv
   that drains the data; and (E7A, no Windows evidence) more data while
   FD_READ is recorded and not yet enumerated. */
void sc_ev_set_only_recorded(probe *p)
{
    SOCKET k;
    int c = pair_client(p, "c", &k), ev = p_event(p);
    p_eventselect(p, c, FD_READ | FD_CLOSE, ev);
    p_send(p, c, 5);
    peer_send(p, k, c, 5);
    peer_send(p, k, c, 5);
    p_recv(p, c, 4, 0);
    p_enum(p, c, 1);
    p_recv(p, c, 100, 0);
    p_enum(p, c, 1);
    p_eventselect(p, c, FD_READ | FD_CLOSE, ev);
    peer_fin(p, k, c, 1);
    p_enum(p, c, 1);
}

/* E4: WSAEnumNetworkEvents given no event object reads and clears the
   record as with one. */
void sc_ev_enum_no_handle(probe *p)
{
    SOCKET k;
    int c = pair_client(p, "c", &k), ev = p_event(p);
    p_eventselect(p, c, FD_READ | FD_WRITE, ev);
    p_enum(p, c, 0);
    p_enum(p, c, 0);
    peer_send(p, k, c, 5);
    p_enum(p, c, 0);
    p_enum(p, c, 1);
    p_recv(p, c, 2, 0);
    p_enum(p, c, 0);
}

/* E7B / S2: re-selects after an enumeration, with the same mask and with
   mask 0 and back; a recv then re-enables FD_READ; a re-select before the
   enumeration. */
void sc_ev_reselect_after_enum(probe *p)
{
    SOCKET k;
    int c = pair_client(p, "c", &k), ev = p_event(p);
    p_eventselect(p, c, FD_READ | FD_WRITE, ev);
    peer_send(p, k, c, 5);
    p_enum(p, c, 1);
    p_eventselect(p, c, FD_READ | FD_WRITE, ev);
    p_enum(p, c, 1);
    p_eventselect(p, c, 0, ev);
    p_eventselect(p, c, FD_READ | FD_WRITE, ev);
    p_enum(p, c, 1);
    p_recv(p, c, 2, 0);
    p_eventselect(p, c, FD_READ | FD_WRITE, ev);
    p_enum(p, c, 1);
    p_recv(p, c, 5, 0);
    p_enum(p, c, 1);
}

/* E1 / E7F / E7B: a select that drops FD_READ while it is recorded, then
   one that brings it back; an arrival while FD_READ is outside the mask. */
void sc_ev_mask_change(probe *p)
{
    SOCKET k;
    int c = pair_client(p, "c", &k), ev = p_event(p);
    p_eventselect(p, c, FD_READ, ev);
    peer_send(p, k, c, 5);
    p_eventselect(p, c, FD_WRITE, ev);
    p_enum(p, c, 1);
    p_eventselect(p, c, FD_READ | FD_WRITE, ev);
    p_enum(p, c, 1);
    p_recv(p, c, 5, 0);
    p_eventselect(p, c, FD_WRITE, ev);
    peer_send(p, k, c, 5);
    p_enum(p, c, 1);
    p_eventselect(p, c, FD_READ | FD_WRITE, ev);
    p_enum(p, c, 1);
}

/* E5: the accepted socket has the listener's object and mask from birth:
   its FD_WRITE, FD_READ and FD_CLOSE set the listener's object. */
void sc_ev_accept_inherit_events(probe *p)
{
    struct sockaddr_in a;
    SOCKET k;
    int l = listener(p, "l", &a), ev = p_event(p);
    p_eventselect(p, l, FD_ACCEPT | FD_READ | FD_WRITE | FD_CLOSE, ev);
    peer_incoming(p, l, &k);
    p_enum(p, l, 1);
    int a1 = p_accept(p, l, "a1");
    if (a1 < 0) return;
    p_enum(p, l, 1);
    p_enum(p, a1, 1);
    peer_send(p, k, a1, 5);
    p_enum(p, a1, 1);
    p_recv(p, a1, 5, 0);
    p_enum(p, a1, 1);
    peer_fin(p, k, a1, 1);
    p_enum(p, a1, 1);
}

/* S1 / DE2: WSAAsyncSelect after WSAEventSelect cancels the event
   registration (its record with it) and posts what holds; a WSAEventSelect
   after it stops the posts and records what holds. */
void sc_ev_async_and_back(probe *p)
{
    SOCKET k;
    int c = pair_client(p, "c", &k), ev = p_event(p);
    p_eventselect(p, c, FD_READ | FD_WRITE, ev);
    p_enum(p, c, 1);
    peer_send(p, k, c, 5);
    p_select(p, c, FD_READ | FD_WRITE, 1);
    p_enum(p, c, 1);
    p_recv(p, c, 2, 0);
    p_eventselect(p, c, FD_READ | FD_WRITE, ev);
    peer_send(p, k, c, 5);
    p_enum(p, c, 1);
    p_recv(p, c, 100, 0);
    p_enum(p, c, 1);
}
