/* SPDX-License-Identifier: MIT */
/* probe_call.c -- the calls the client makes on an observed socket: each is
   made, recorded with its real result, and followed by a pump. */
#include "probe.h"
#include <stdio.h>
#include <string.h>

/* " -> ok" or " -> WSAE...": the result of a call that returns 0 or SOCKET_ERROR. */
static const char *result(int r, char *buf, size_t n)
{
    if (r == 0) return "";
    int e = WSAGetLastError();
    const char *name = err_name(e);
    if (name) snprintf(buf, n, " -> %s", name);
    else snprintf(buf, n, " -> %d", e);
    return buf;
}

static void simple(probe *p, int s, int r, const char *what)
{
    char res[32];
    rec(p, "%s %s%s", p->sock[s].name, what, result(r, res, sizeof res));
    pump(p);
}

int p_socket(probe *p, const char *name, int udp)
{
    int s = p->nsock;
    SOCKET h = socket(AF_INET, udp ? SOCK_DGRAM : SOCK_STREAM, udp ? IPPROTO_UDP : IPPROTO_TCP);
    if (h == INVALID_SOCKET || s == PROBE_MAXSOCK) {
        note(p, "setup: socket() failed (%d)", WSAGetLastError());
        p->broken = 1;
        return 0;
    }
    p->sock[s].h = h;
    snprintf(p->sock[s].name, sizeof p->sock[s].name, "%s", name);
    p->sock[s].udp = udp;
    p->sock[s].closed = 0;
    p->sock[s].inline_oob = 0;
    p->sock[s].ev = -1;
    p->nsock++;
    rec(p, "socket %s %s", name, udp ? "udp" : "tcp");
    return s;
}

void p_select(probe *p, int s, long mask, int id)
{
    char m[160], res[32];
    unsigned msg = id == 2 ? PROBE_MSG2 : PROBE_MSG1;
    int r = WSAAsyncSelect(p->sock[s].h, p->wnd, msg, mask);
    p->armed = 1;
    mask_text(mask, m, sizeof m);
    rec(p, "%s select %s wnd=1 msg=0x%x%s", p->sock[s].name, m, msg,
        result(r, res, sizeof res));
    pump(p);
}

/* A new event object (WSACreateEvent: manual reset, not set); its index,
   written ev=index+1. */
int p_event(probe *p)
{
    WSAEVENT e = WSACreateEvent();
    if (e == WSA_INVALID_EVENT || p->nev == PROBE_MAXEV) {
        note(p, "setup: WSACreateEvent failed (%d)", WSAGetLastError());
        p->broken = 1;
        return 0;
    }
    p->ev[p->nev] = e;
    return p->nev++;
}

/* WSAEventSelect with event object ev: "NAME eventselect MASK ev=K". */
void p_eventselect(probe *p, int s, long mask, int ev)
{
    char m[160], res[32];
    int r = WSAEventSelect(p->sock[s].h, p->ev[ev], mask);
    if (r == 0) p->sock[s].ev = ev;
    p->armed = 1;
    mask_text(mask, m, sizeof m);
    rec(p, "%s eventselect %s ev=%d%s", p->sock[s].name, m, ev + 1, result(r, res, sizeof res));
    pump(p);
}

/* WSAEnumNetworkEvents, given the socket's event object (with_ev) or none:
   "NAME enum [ev=K] -> EVENTS", each returned event with the error in its
   iErrorCode when not 0. A failed call is a comment (the format has no
   record for it). The entries of the events not returned must stay as they
   were: the probe fills them and says so in a comment if one changed. */
void p_enum(probe *p, int s, int with_ev)
{
    WSANETWORKEVENTS ne;
    char list[512] = "", evs[16] = "";
    size_t len = 0;
    int k = p->sock[s].ev;
    HANDLE h = with_ev && k >= 0 ? p->ev[k] : NULL;
    memset(&ne, 0, sizeof ne);
    for (int i = 0; i < FD_MAX_EVENTS; i++) ne.iErrorCode[i] = 0x7AB;
    if (h) snprintf(evs, sizeof evs, " ev=%d", k + 1);
    if (WSAEnumNetworkEvents(p->sock[s].h, h, &ne) != 0) {
        int e = WSAGetLastError();
        const char *en = err_name(e);
        note(p, "%s enum%s failed with %s", p->sock[s].name, evs, en ? en : "an unnamed error");
        pump_now(p);
        return;
    }
    for (int i = 0; i < FD_MAX_EVENTS; i++) {
        if (!(ne.lNetworkEvents & (1L << i))) {
            if (ne.iErrorCode[i] != 0x7AB)
                note(p, "odd: enum wrote the error of %s (%d), an event it did not return",
                     event_name(1L << i), ne.iErrorCode[i]);
            continue;
        }
        const char *en = err_name(ne.iErrorCode[i]);
        len += (size_t)snprintf(list + len, sizeof list - len, "%s%s", len ? "|" : "",
                                event_name(1L << i));
        if (ne.iErrorCode[i] && en) len += (size_t)snprintf(list + len, sizeof list - len, "=%s", en);
        else if (ne.iErrorCode[i]) len += (size_t)snprintf(list + len, sizeof list - len, "=%d", ne.iErrorCode[i]);
    }
    if (ne.lNetworkEvents & ~0x3FFL)
        note(p, "odd: enum returned bits 0x%lx beyond FD_ALL_EVENTS", ne.lNetworkEvents & ~0x3FFL);
    rec(p, "%s enum%s -> %s", p->sock[s].name, evs, len ? list : "0");
    pump_now(p);
}

void p_bind(probe *p, int s)
{
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    simple(p, s, bind(p->sock[s].h, (struct sockaddr *)&a, sizeof a), "bind");
}

void p_listen(probe *p, int s)
{
    simple(p, s, listen(p->sock[s].h, 8), "listen");
}

void p_sockname(probe *p, int s, struct sockaddr_in *a)
{
    int len = sizeof *a;
    if (getsockname(p->sock[s].h, (struct sockaddr *)a, &len) != 0) {
        note(p, "setup: getsockname failed (%d)", WSAGetLastError());
        p->broken = 1;
    }
}

/* connect; with wait, the outcome of a WSAEWOULDBLOCK is awaited by select()
   and recorded as connected / connect-failed. */
void p_connect(probe *p, int s, const struct sockaddr_in *to, int wait)
{
    SOCKET h = p->sock[s].h;
    int r = connect(h, (const struct sockaddr *)to, sizeof *to);
    int e = r ? WSAGetLastError() : 0;
    char res[32];
    WSASetLastError(e);
    rec(p, "%s connect%s", p->sock[s].name, result(r, res, sizeof res));
    /* Loopback settles a connect at once: its outcome is recorded before the
       pump, or the posts it caused would precede it. */
    if (!wait || e != WSAEWOULDBLOCK) { pump(p); return; }
    for (DWORD t0 = GetTickCount(); GetTickCount() - t0 < PROBE_WAIT_MS; Sleep(1)) {
        if (is_writable(h)) { rec(p, "%s connected", p->sock[s].name); pump(p); return; }
        if (has_except(h)) {
            int err = 0, len = sizeof err;
            getsockopt(h, SOL_SOCKET, SO_ERROR, (char *)&err, &len);
            const char *n = err_name(err);
            if (n) rec(p, "%s connect-failed %s", p->sock[s].name, n);
            else rec(p, "%s connect-failed %d", p->sock[s].name, err);
            pump(p);
            return;
        }
    }
    note(p, "odd: the connect's outcome was not seen within %d ms", PROBE_WAIT_MS);
}

int p_accept(probe *p, int l, const char *name)
{
    SOCKET h = accept(p->sock[l].h, NULL, NULL);
    if (h == INVALID_SOCKET) {
        int e = WSAGetLastError();
        const char *n = err_name(e);
        rec(p, "%s accept -> %s", p->sock[l].name, n ? n : "WSAEINVAL");
        if (!n) note(p, "odd: accept failed with %d", e);
        pump(p);
        return -1;
    }
    int s = p->nsock++;
    p->sock[s].h = h;
    snprintf(p->sock[s].name, sizeof p->sock[s].name, "%s", name);
    p->sock[s].udp = 0;
    p->sock[s].closed = 0;
    p->sock[s].inline_oob = 0;
    p->sock[s].ev = p->sock[l].ev;     /* E5: the listener's object, if any */
    rec(p, "%s accept -> %s", p->sock[l].name, name);
    pump(p);
    return s;
}

/* "NAME recv 5 peek -> 2": a byte count, or the error by name. */
static void io_result(probe *p, int s, const char *what, int n, const char *flag, int r)
{
    const char *nm = p->sock[s].name;
    if (r >= 0) rec(p, "%s %s %d%s -> %d", nm, what, n, flag, r);
    else {
        int e = WSAGetLastError();
        const char *en = err_name(e);
        if (en) rec(p, "%s %s %d%s -> %s", nm, what, n, flag, en);
        else note(p, "odd: %s %s %d%s failed with %d (no Winsock name)", nm, what, n, flag, e);
    }
    pump(p);
}

void p_recv(probe *p, int s, int n, int flags)
{
    static char buf[65536];
    int r = recv(p->sock[s].h, buf, n, flags);
    io_result(p, s, "recv", n, flags == MSG_OOB ? " oob" : flags == MSG_PEEK ? " peek" : "", r);
}

/* A recv that fails: the buffer is not writable (Wine's tests pass length -1,
   which the trace cannot say). It still re-enables (S4). */
void p_recv_fault(probe *p, int s, int n)
{
    int r = recv(p->sock[s].h, (char *)(ULONG_PTR)1, n, 0);
    io_result(p, s, "recv", n, "", r);
}

int p_send(probe *p, int s, int n)
{
    static char buf[1 << 20];
    int r = send(p->sock[s].h, buf, n, 0);
    int e = WSAGetLastError();
    io_result(p, s, "send", n, "", r);
    return r >= 0 ? r : -e;
}

/* Waits until the bytes queued at the peer have not grown for 250 ms: what
   was in flight has landed and the delayed ACKs (up to 200 ms on Linux) have
   freed the sender's buffer, so the next send meets the same free space in
   every run. */
static void wait_stalled(SOCKET peer)
{
    long prev = nread(peer);
    int still = 0;
    for (DWORD t0 = GetTickCount(); still < 25 && GetTickCount() - t0 < PROBE_WAIT_MS; ) {
        Sleep(10);
        long cur = nread(peer);
        still = cur == prev ? still + 1 : 0;
        prev = cur;
    }
}

/* Sends 1 MiB blocks until a send fails with WSAEWOULDBLOCK (at most 64).
   Fixed buffers (SO_SNDBUF here, the peer's SO_RCVBUF) and a stalled pipe
   before each send make the amounts the same in every run; SO_SNDBUF
   re-enables nothing. */
void p_fill(probe *p, int s, SOCKET peer)
{
    int size = 65536;
    setsockopt(p->sock[s].h, SOL_SOCKET, SO_SNDBUF, (const char *)&size, sizeof size);
    note(p, "setsockopt SO_SNDBUF %d", size);
    for (int i = 0; i < 64; i++) {
        if (i) wait_stalled(peer);
        if (p_send(p, s, 1 << 20) < 0) return;
    }
    note(p, "odd: 64 MiB sent without WSAEWOULDBLOCK");
}

void p_shutdown(probe *p, int s, int how)
{
    const char *w = how == SD_SEND ? "shutdown send" : how == SD_RECEIVE ?
                    "shutdown receive" : "shutdown both";
    simple(p, s, shutdown(p->sock[s].h, how), w);
}

void p_oobinline(probe *p, int s, int on)
{
    BOOL v = on ? TRUE : FALSE;
    int r = setsockopt(p->sock[s].h, SOL_SOCKET, SO_OOBINLINE, (const char *)&v, sizeof v);
    if (r == 0) p->sock[s].inline_oob = on;
    simple(p, s, r, on ? "oobinline on" : "oobinline off");
}

void p_fionbio(probe *p, int s, int on)
{
    u_long v = on ? 1 : 0;
    simple(p, s, ioctlsocket(p->sock[s].h, FIONBIO, &v), on ? "fionbio on" : "fionbio off");
}

void p_close(probe *p, int s)
{
    if (s < 0) return;                 /* an accept that failed */
    int r = closesocket(p->sock[s].h);
    p->sock[s].closed = 1;
    simple(p, s, r, "close");
}
