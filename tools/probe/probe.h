/* SPDX-License-Identifier: MIT */
/* probe.h -- fdpost-probe: drives a real Winsock through named scenarios over
   loopback and writes what it saw as version-1 traces (docs/probe.md).
   Windows-only (mingw-w64 or MSVC); runs unchanged under Wine. */
#ifndef FDPOST_PROBE_H
#define FDPOST_PROBE_H

#include <winsock2.h>
#include <windows.h>

#define PROBE_VERSION "1"
#define PROBE_MSG1 (WM_USER + 1)       /* msg=0x401 */
#define PROBE_MSG2 (WM_USER + 2)       /* msg=0x402: the second registration */
#define PROBE_MAXSOCK 8
#define PROBE_MAXPEER 8
#define PROBE_MAXEV 8                  /* event objects: ev=1 .. ev=8 */
#define PROBE_WAIT_MS 5000             /* the longest wait for evidence */

/* One observed socket: it appears in the trace under its name. */
typedef struct psock {
    SOCKET h;
    char name[8];
    int udp, closed, inline_oob;
    int ev;                            /* event object (index), inherited on accept; -1 none */
} psock;

typedef struct probe {
    HWND wnd;
    DWORD settle;                      /* quiet time that ends a pump, ms */
    char *buf;                         /* the trace being written */
    size_t len, cap;
    unsigned long nrec;                /* records written: the closing `end N` */
    psock sock[PROBE_MAXSOCK];
    int nsock;
    SOCKET peer[PROBE_MAXPEER];        /* the peer's sockets: never in the trace */
    int npeer;
    HANDLE ev[PROBE_MAXEV];            /* the event objects: ev=1 .. (manual reset) */
    int nev;
    int cur;                           /* the socket of the last record; -1 none */
    int broken;                        /* a setup step failed: the trace says why */
    int armed;                         /* a select was made: posts may come */
} probe;

typedef struct scenario {
    const char *name;
    const char *rules;                 /* the rules it exercises, for --list */
    void (*run)(probe *p);
} scenario;

extern const scenario probe_scenarios[];
extern const int probe_nscenarios;

/* Records (probe_rt.c). */
void rec(probe *p, const char *fmt, ...);
void note(probe *p, const char *fmt, ...);
void pump(probe *p);
void pump_now(probe *p);
const char *err_name(int err);
const char *event_name(long ev);
void mask_text(long mask, char *out, size_t n);
void impl_name(char *out, size_t n);

/* Evidence that cannot re-enable an event: select() with zero timeout and
   ioctlsocket(FIONREAD) (probe_rt.c). */
int is_readable(SOCKET s);
int is_writable(SOCKET s);
int has_except(SOCKET s);
long nread(SOCKET s);
int wait_for(int (*cond)(SOCKET), SOCKET s);

/* The observed socket's calls: each is performed, recorded with its real
   result, and followed by a pump (probe_call.c). */
int  p_socket(probe *p, const char *name, int udp);
void p_select(probe *p, int s, long mask, int id);
int  p_event(probe *p);
void p_eventselect(probe *p, int s, long mask, int ev);
void p_enum(probe *p, int s, int with_ev);
void p_bind(probe *p, int s);
void p_listen(probe *p, int s);
void p_connect(probe *p, int s, const struct sockaddr_in *to, int wait);
int  p_accept(probe *p, int l, const char *name);
void p_recv(probe *p, int s, int n, int flags);
void p_recv_fault(probe *p, int s, int n);
int  p_send(probe *p, int s, int n);
void p_fill(probe *p, int s, SOCKET peer);
void p_shutdown(probe *p, int s, int how);
void p_oobinline(probe *p, int s, int on);
void p_fionbio(probe *p, int s, int on);
void p_close(probe *p, int s);
void p_sockname(probe *p, int s, struct sockaddr_in *a);

/* The peer's actions and the happenings they cause on the observed socket,
   recorded once evidence shows they arrived (probe_peer.c). */
SOCKET peer_new(probe *p, int udp);
SOCKET peer_listener(probe *p, struct sockaddr_in *a);
void peer_incoming(probe *p, int l, SOCKET *out);
void seen_incoming(probe *p, int l);
void peer_send(probe *p, SOCKET c, int s, int n);
void peer_sendto(probe *p, SOCKET c, int s, int n);
void peer_oob(probe *p, SOCKET c, int s);
void peer_recv_all(probe *p, SOCKET c);
void peer_drain(probe *p, SOCKET c, int s);
void peer_fin(probe *p, SOCKET c, int s, int close_too);
void peer_reset(probe *p, SOCKET c, int s);
void peer_shutdown_recv(probe *p, SOCKET c);
void peer_close_quiet(probe *p, SOCKET c);

/* Setups shared by many scenarios (probe_peer.c). */
int pair_server(probe *p, const char *name, SOCKET *peer);
int pair_client(probe *p, const char *name, SOCKET *peer);
int listener(probe *p, const char *name, struct sockaddr_in *a);

#endif
