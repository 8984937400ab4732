/* SPDX-License-Identifier: MIT */
/* scen_close.c -- FD_CLOSE: Wine's test_close_events (message mode) and the
   seed's FD_CLOSE clauses: graceful with and without unread data, local
   shutdown then FIN, reset, own close. */
#include "scen.h"

/* test_close_events "Test closesocket()": FIN posts FD_CLOSE; re-selects post
   it again; the recv of the end of data posts nothing. */
void sc_wine_close_graceful(probe *p)
{
    SOCKET c;
    int s = pair_server(p, "s", &c);
    p_select(p, s, ALL5, 1);
    peer_fin(p, c, s, 1);
    p_select(p, s, ALL5, 1);
    p_select(p, s, 0, 1);
    p_select(p, s, ALL5, 1);
    p_recv(p, s, 5, 0);
}

/* test_close_events "shutdown(remote end, SD_SEND)": the FIN of a shutdown;
   the peer's closesocket later sends nothing new. */
void sc_wine_close_shutdown(probe *p)
{
    SOCKET c;
    int s = pair_server(p, "s", &c);
    p_select(p, s, ALL5, 1);
    peer_fin(p, c, s, 0);
    note(p, "peer: closesocket (the FIN went already)");
    peer_close_quiet(p, c);
    pump(p);
}

/* test_close_events "No other shutdown() call generates an event": the peer's
   SD_RECEIVE and our SD_BOTH post nothing; the peer's FIN then posts FD_CLOSE
   (CLOSE3). */
void sc_wine_close_other_shutdowns(probe *p)
{
    SOCKET c;
    int s = pair_server(p, "s", &c);
    p_select(p, s, ALL5, 1);
    peer_shutdown_recv(p, c);
    p_shutdown(p, s, SD_BOTH);
    peer_fin(p, c, s, 0);
}

/* test_close_events "sending data before calling closesocket()": FD_CLOSE
   with data unread (CLOSE2 waits; W1 does not). */
void sc_wine_close_with_data(probe *p)
{
    SOCKET c;
    int s = pair_server(p, "s", &c);
    p_select(p, s, ALL5, 1);
    peer_send(p, c, s, 5);
    peer_fin(p, c, s, 1);
    p_recv(p, s, 3, 0);
    p_recv(p, s, 5, 0);
}

/* test_close_events "Close and then select" (CLOSE1). */
void sc_wine_close_then_select(probe *p)
{
    SOCKET c;
    int s = pair_server(p, "s", &c);
    peer_fin(p, c, s, 1);
    p_select(p, s, ALL5, 1);
}

/* test_close_events: selected without FD_CLOSE, then with it. */
void sc_wine_close_subset(probe *p)
{
    SOCKET c;
    int s = pair_server(p, "s", &c);
    p_select(p, s, FD_ACCEPT | FD_CONNECT | FD_OOB | FD_READ, 1);
    peer_fin(p, c, s, 1);
    p_select(p, s, ALL5, 1);
}

/* test_close_events "Trigger RST": CLOSE4 (W2: WSAECONNABORTED), re-posted at
   each re-select (D8). */
void sc_wine_close_reset(probe *p)
{
    SOCKET c;
    int s = pair_server(p, "s", &c);
    p_select(p, s, ALL5, 1);
    peer_reset(p, c, s);
    p_select(p, s, ALL5, 1);
    p_select(p, s, 0, 1);
    p_select(p, s, ALL5, 1);
}

/* CLOSE4 with data unread: the reset posts FD_CLOSE at once (S8). */
void sc_close_reset_with_data(probe *p)
{
    SOCKET c;
    int s = pair_client(p, "s", &c);
    p_select(p, s, FD_READ | FD_CLOSE, 1);
    peer_send(p, c, s, 5);
    peer_reset(p, c, s);
    p_recv(p, s, 5, 0);
}

/* CLOSE3: our shutdown(SD_SEND) posts nothing; the peer's FIN in answer posts
   FD_CLOSE. */
void sc_close_local_shutdown(probe *p)
{
    SOCKET c;
    int s = pair_client(p, "s", &c);
    p_select(p, s, FD_READ | FD_WRITE | FD_CLOSE, 1);
    p_shutdown(p, s, SD_SEND);
    peer_fin(p, c, s, 1);
}

/* CLOSE2 without data, selected for FD_CLOSE only. */
void sc_close_graceful_only(probe *p)
{
    SOCKET c;
    int s = pair_client(p, "s", &c);
    p_select(p, s, FD_CLOSE, 1);
    peer_fin(p, c, s, 0);
    p_recv(p, s, 5, 0);
}

/* "FD_CLOSE is not posted after LPWSPCloseSocket is called" (S16): our own
   close, then the peer's close: nothing more. */
void sc_close_own(probe *p)
{
    SOCKET c;
    int s = pair_client(p, "s", &c);
    p_select(p, s, FD_READ | FD_WRITE | FD_CLOSE, 1);
    peer_send(p, c, s, 5);
    p_close(p, s);
    note(p, "peer: closesocket");
    peer_close_quiet(p, c);
    pump(p);
}
