/* SPDX-License-Identifier: MIT */
/* scen_accept.c -- FD_ACCEPT and inheritance: Wine's test_accept_events
   (message mode) and the seed's FD_ACCEPT clauses. */
#include "scen.h"

#define ACC4 (FD_CONNECT | FD_READ | FD_OOB | FD_ACCEPT)

/* The listener of test_accept_events: selected before bind and listen. */
static int early_listener(probe *p, long mask)
{
    int l = p_socket(p, "l", 0);
    p_select(p, l, mask, 1);
    p_bind(p, l);
    p_listen(p, l);
    return l;
}

/* test_accept_events, first part: arrival, re-select, mask 0 and re-select, a
   second request while posted, accept re-posting while one is pending. */
void sc_wine_accept_events(probe *p)
{
    int l = early_listener(p, ACC4);
    peer_incoming(p, l, NULL);
    p_select(p, l, ACC4, 1);
    p_select(p, l, 0, 1);
    p_select(p, l, ACC4, 1);
    peer_incoming(p, l, NULL);
    p_close(p, p_accept(p, l, "a1"));
    p_close(p, p_accept(p, l, "a2"));
    peer_incoming(p, l, NULL);
    p_close(p, p_accept(p, l, "a3"));
}

/* test_accept_events: a request made before select is posted at select. */
void sc_wine_accept_then_select(probe *p)
{
    struct sockaddr_in a;
    int l = listener(p, "l", &a);
    peer_incoming(p, l, NULL);
    p_select(p, l, ACC4, 1);
    p_close(p, p_accept(p, l, "a1"));
}

/* test_accept_events: selected without FD_ACCEPT first, then with it. */
void sc_wine_accept_subset(probe *p)
{
    struct sockaddr_in a;
    int l = listener(p, "l", &a);
    p_select(p, l, FD_CONNECT | FD_READ | FD_OOB, 1);
    peer_incoming(p, l, NULL);
    p_select(p, l, ACC4, 1);
    p_close(p, p_accept(p, l, "a1"));
}

/* test_accept_events: accepted before the select with FD_ACCEPT: nothing. */
void sc_wine_accept_before_select(probe *p)
{
    struct sockaddr_in a;
    int l = listener(p, "l", &a);
    p_select(p, l, FD_CONNECT | FD_READ | FD_OOB, 1);
    peer_incoming(p, l, NULL);
    int a1 = p_accept(p, l, "a1");
    p_select(p, l, ACC4, 1);
    p_close(p, a1);
}

/* test_accept_events: the accepted socket inherits the registration and gets
   FD_WRITE (S11). */
void sc_wine_accept_inherit(probe *p)
{
    struct sockaddr_in a;
    int l = listener(p, "l", &a);
    p_select(p, l, ACC4 | FD_WRITE, 1);
    peer_incoming(p, l, NULL);
    int a1 = p_accept(p, l, "a1");
    p_close(p, a1);
}

/* S11: the inherited registration posts the new socket's events with the
   listener's window and message (here the second id). */
void sc_accept_inherit_events(probe *p)
{
    struct sockaddr_in a;
    SOCKET c;
    int l = listener(p, "l", &a);
    p_select(p, l, FD_ACCEPT | FD_READ | FD_WRITE | FD_CLOSE, 2);
    peer_incoming(p, l, &c);
    int a1 = p_accept(p, l, "a1");
    peer_send(p, c, a1, 5);
    p_recv(p, a1, 5, 0);
    peer_fin(p, c, a1, 1);
}

/* ACCEPT2 / ACCEPT3: a second request while posted posts nothing; accept
   re-posts while another is pending, and not after the last. */
void sc_accept_level(probe *p)
{
    struct sockaddr_in a;
    int l = listener(p, "l", &a);
    p_select(p, l, FD_ACCEPT, 1);
    peer_incoming(p, l, NULL);
    peer_incoming(p, l, NULL);
    int a1 = p_accept(p, l, "a1");
    int a2 = p_accept(p, l, "a2");
    p_close(p, a1);
    p_close(p, a2);
}
