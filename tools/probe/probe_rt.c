/* SPDX-License-Identifier: MIT */
/* probe_rt.c -- the trace being written, the message pump, names, and the
   evidence functions. */
#include "probe.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void append(probe *p, const char *s, size_t n)
{
    if (p->len + n + 1 > p->cap) {
        size_t cap = (p->cap ? p->cap * 2 : 8192) + n;
        char *b = realloc(p->buf, cap);
        if (!b) { fputs("fdpost-probe: out of memory\n", stderr); exit(3); }
        p->buf = b;
        p->cap = cap;
    }
    memcpy(p->buf + p->len, s, n);
    p->len += n;
    p->buf[p->len] = 0;
}

static void vline(probe *p, const char *prefix, const char *fmt, va_list ap)
{
    char line[512];
    int n = vsnprintf(line, sizeof line, fmt, ap);
    if (n < 0) return;
    if ((size_t)n >= sizeof line) n = sizeof line - 1;
    append(p, prefix, strlen(prefix));
    append(p, line, (size_t)n);
    append(p, "\n", 1);
}

/* The observed socket a record names first (its first word), newest first
   as names of closed sockets may be reused; -1 for none. */
static int named(const probe *p, const char *line)
{
    size_t n = strcspn(line, " ");
    for (int i = p->nsock - 1; i >= 0; i--)
        if (strlen(p->sock[i].name) == n && !strncmp(p->sock[i].name, line, n)) return i;
    return -1;
}

/* A record of the trace. */
void rec(probe *p, const char *fmt, ...)
{
    char line[512];
    va_list ap;
    p->nrec++;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    p->cur = named(p, line);
    append(p, line, strlen(line));
    append(p, "\n", 1);
}

/* A comment: what the probe did that is not a record, and anything odd. */
void note(probe *p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vline(p, "# ", fmt, ap);
    va_end(ap);
}

static const struct { int code; const char *name; } errs[] = {
    { 10004, "WSAEINTR" }, { 10009, "WSAEBADF" }, { 10013, "WSAEACCES" },
    { 10014, "WSAEFAULT" }, { 10022, "WSAEINVAL" }, { 10024, "WSAEMFILE" },
    { 10035, "WSAEWOULDBLOCK" }, { 10036, "WSAEINPROGRESS" },
    { 10037, "WSAEALREADY" }, { 10038, "WSAENOTSOCK" },
    { 10039, "WSAEDESTADDRREQ" }, { 10040, "WSAEMSGSIZE" },
    { 10041, "WSAEPROTOTYPE" }, { 10042, "WSAENOPROTOOPT" },
    { 10045, "WSAEOPNOTSUPP" }, { 10047, "WSAEAFNOSUPPORT" },
    { 10048, "WSAEADDRINUSE" }, { 10049, "WSAEADDRNOTAVAIL" },
    { 10050, "WSAENETDOWN" }, { 10051, "WSAENETUNREACH" },
    { 10052, "WSAENETRESET" }, { 10053, "WSAECONNABORTED" },
    { 10054, "WSAECONNRESET" }, { 10055, "WSAENOBUFS" }, { 10056, "WSAEISCONN" },
    { 10057, "WSAENOTCONN" }, { 10058, "WSAESHUTDOWN" },
    { 10060, "WSAETIMEDOUT" }, { 10061, "WSAECONNREFUSED" },
    { 10064, "WSAEHOSTDOWN" }, { 10065, "WSAEHOSTUNREACH" },
    { 10101, "WSAEDISCON" }, { 11002, "WSATRY_AGAIN" },
};

/* Winsock's name of an error, as the trace format spells it; NULL if none. */
const char *err_name(int err)
{
    for (size_t i = 0; i < sizeof errs / sizeof errs[0]; i++)
        if (errs[i].code == err) return errs[i].name;
    return NULL;
}

static const char *const evnames[10] = {
    "FD_READ", "FD_WRITE", "FD_OOB", "FD_ACCEPT", "FD_CONNECT", "FD_CLOSE",
    "FD_QOS", "FD_GROUP_QOS", "FD_ROUTING_INTERFACE_CHANGE", "FD_ADDRESS_LIST_CHANGE",
};

/* The name of one event bit; NULL for anything else. */
const char *event_name(long ev)
{
    for (int i = 0; i < 10; i++)
        if (ev == 1L << i) return evnames[i];
    return NULL;
}

/* A mask as the trace writes it: FD_READ|FD_CLOSE, or a number. */
void mask_text(long mask, char *out, size_t n)
{
    size_t len = 0;
    out[0] = 0;
    if (mask == 0) { snprintf(out, n, "0"); return; }
    if (mask & ~0x3FFL) { snprintf(out, n, "0x%lx", mask); return; }
    for (int i = 0; i < 10; i++) {
        if (!(mask & (1L << i))) continue;
        len += (size_t)snprintf(out + len, n - len, "%s%s", len ? "|" : "", evnames[i]);
        if (len >= n) return;
    }
}

/* The implementation under test: Wine and its version, else Windows'. */
void impl_name(char *out, size_t n)
{
    HMODULE nt = GetModuleHandleA("ntdll.dll");
    typedef const char *(CDECL *wine_ver)(void);
    typedef LONG (WINAPI *rtl_ver)(OSVERSIONINFOW *);
    FARPROC f = nt ? GetProcAddress(nt, "wine_get_version") : NULL;
    if (f) {
        wine_ver wv;
        memcpy(&wv, &f, sizeof wv);
        snprintf(out, n, "Wine %s", wv());
        return;
    }
    f = nt ? GetProcAddress(nt, "RtlGetVersion") : NULL;
    if (f) {
        rtl_ver rv;
        OSVERSIONINFOW v;
        memcpy(&rv, &f, sizeof rv);
        memset(&v, 0, sizeof v);
        v.dwOSVersionInfoSize = sizeof v;
        if (rv(&v) == 0) {
            snprintf(out, n, "Windows %lu.%lu build %lu", v.dwMajorVersion,
                     v.dwMinorVersion, v.dwBuildNumber);
            return;
        }
    }
    snprintf(out, n, "Windows (version unknown)");
}

static int sel(SOCKET s, int which)
{
    fd_set set;
    struct timeval zero = { 0, 0 };
    FD_ZERO(&set);
    FD_SET(s, &set);
    int r = select(0, which == 0 ? &set : NULL, which == 1 ? &set : NULL,
                   which == 2 ? &set : NULL, &zero);
    return r > 0;
}

/* select() with a zero timeout re-enables nothing (only the calls of the
   seed's table do); neither does FIONREAD. */
int is_readable(SOCKET s) { return sel(s, 0); }
int is_writable(SOCKET s) { return sel(s, 1); }
int has_except(SOCKET s) { return sel(s, 2); }

long nread(SOCKET s)
{
    u_long n = 0;
    if (ioctlsocket(s, FIONREAD, &n) != 0) return -1;
    return (long)n;
}

/* Polls cond without pumping: the messages stay queued, to be recorded after
   the happening. 1 when it held within PROBE_WAIT_MS. */
int wait_for(int (*cond)(SOCKET), SOCKET s)
{
    DWORD start = GetTickCount();
    while (GetTickCount() - start < PROBE_WAIT_MS) {
        if (cond(s)) return 1;
        Sleep(1);
    }
    return cond(s);
}
