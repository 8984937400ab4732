/* SPDX-License-Identifier: MIT */
#define _POSIX_C_SOURCE 200809L
/*
 * harness.c -- see harness.h.  Names and numbers are those of docs/rules.md
 * (Numbers), written out here rather than taken from the engine
 * (fdp_event_name etc.) so that the tests do not trust what they test.
 */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>

static const struct { const char *name; unsigned value; } events[] = {
    { "FD_READ", 0x001 }, { "FD_WRITE", 0x002 }, { "FD_OOB", 0x004 },
    { "FD_ACCEPT", 0x008 }, { "FD_CONNECT", 0x010 }, { "FD_CLOSE", 0x020 },
    { "FD_QOS", 0x040 }, { "FD_GROUP_QOS", 0x080 },
    { "FD_ROUTING_INTERFACE_CHANGE", 0x100 },
    { "FD_ADDRESS_LIST_CHANGE", 0x200 },
};

static const struct { const char *name; int value; } errors[] = {
    { "WSAEFAULT", 10014 }, { "WSAEINVAL", 10022 }, { "WSAEMFILE", 10024 },
    { "WSAEWOULDBLOCK", 10035 }, { "WSAEINPROGRESS", 10036 },
    { "WSAEALREADY", 10037 }, { "WSAENOTSOCK", 10038 },
    { "WSAEAFNOSUPPORT", 10047 }, { "WSAENETDOWN", 10050 },
    { "WSAENETUNREACH", 10051 }, { "WSAECONNABORTED", 10053 },
    { "WSAECONNRESET", 10054 }, { "WSAENOBUFS", 10055 },
    { "WSAEISCONN", 10056 }, { "WSAENOTCONN", 10057 },
    { "WSAETIMEDOUT", 10060 }, { "WSAECONNREFUSED", 10061 },
    { "WSATRY_AGAIN", 11002 },
};

static const char *event_name(unsigned v)
{
    size_t i;
    for (i = 0; i < sizeof events / sizeof events[0]; i++)
        if (events[i].value == v)
            return events[i].name;
    return NULL;
}

static const char *error_name(int v)
{
    size_t i;
    for (i = 0; i < sizeof errors / sizeof errors[0]; i++)
        if (errors[i].value == v)
            return errors[i].name;
    return NULL;
}

static int capture(void *ctx, uint64_t wparam, uint32_t window,
                   uint32_t message, uint32_t lparam)
{
    harness *h = ctx;
    h_post p;
    int k, rc;
    p.wparam = wparam;
    p.window = window;
    p.message = message;
    p.lparam = lparam;
    ck_assert_msg(h->n < H_MAX, "more than %d posts captured", H_MAX);
    h->post[h->n++] = p;
    k = h->attempts++ - h->fail_base;
    rc = (k >= 0 && k < h->fail_len) ? h->fail_seq[k] : h->fail_all;
    if (h->hook) {
        h->hook_calls++;
        h->hook(h, &p);
    }
    return rc;
}

static int set_event(void *ctx, uint64_t object, int set)
{
    harness *h = ctx;
    ck_assert_msg(h->nsets < H_MAX, "more than %d event sets captured", H_MAX);
    h->sets[h->nsets].object = object;
    h->sets[h->nsets++].set = set;
    return h->set_rc;
}

void h_init(harness *h, int profile)
{
    memset(h, 0, sizeof *h);
    fdp_init(&h->e, capture, h, profile);
    fdp_set_event_callback(&h->e, set_event, h);
    h->profile = profile;
    h->dh = SOCK;
    h->dwin = WIN;
    h->dmsg = MSG;
    h->err = -12345;
}

void h_fail(harness *h, int all, int n, const int *seq)
{
    int i;
    h->fail_all = all;
    h->fail_len = n;
    h->fail_base = h->attempts;
    for (i = 0; i < n && i < 8; i++)
        h->fail_seq[i] = seq[i];
}

/* ------------------------------------------------------------------ */

#define ERRP (h->err = -12345, &h->err)

void h_new(harness *h, fdp_socket *s, uint64_t handle, int type)
{
    int rc = fdp_socket_init(&h->e, s, handle, type, h->profile, ERRP);
    ck_assert_msg(rc == 0, "fdp_socket_init failed: %d", h->err);
}

int h_select(harness *h, fdp_socket *s, long mask)
{
    return fdp_select(&h->e, s, h->dwin, h->dmsg, mask, ERRP);
}

int h_select_wm(harness *h, fdp_socket *s, uint32_t win, uint32_t msg, long mask)
{
    return fdp_select(&h->e, s, win, msg, mask, ERRP);
}

int h_eventselect(harness *h, fdp_socket *s, long mask)
{
    return fdp_eventselect(&h->e, s, EVOBJ, mask, ERRP);
}

int h_eventselect_o(harness *h, fdp_socket *s, uint64_t object, long mask)
{
    return fdp_eventselect(&h->e, s, object, mask, ERRP);
}

int h_enum(harness *h, fdp_socket *s, uint64_t object, fdp_network_events *ne)
{
    return fdp_enum_network_events(&h->e, s, object, ne, ERRP);
}

void h_sets(harness *h, const char *file, int line, int n, uint64_t object,
            int set)
{
    ck_assert_msg(h->nsets == n, "%s:%d: the event callback was called %d times, expected %d",
                  file, line, h->nsets, n);
    if (n)
        ck_assert_msg(h->sets[n - 1].object == object && h->sets[n - 1].set == set,
                      "%s:%d: event callback (0x%llx, %d), expected (0x%llx, %d)",
                      file, line, (unsigned long long)h->sets[n - 1].object,
                      h->sets[n - 1].set, (unsigned long long)object, set);
    h->nsets = 0;
}

void h_record(harness *h, const char *file, int line, fdp_socket *s,
              long events, const int *errors)
{
    fdp_network_events ne;
    int bit, rc;
    ne.network_events = -1;
    for (bit = 0; bit < FDP_FD_MAX_EVENTS; bit++)
        ne.error_code[bit] = -7; /* must stay where the bit is clear */
    rc = h_enum(h, s, 0, &ne);
    ck_assert_msg(rc == 0, "%s:%d: enumeration failed: %d", file, line, h->err);
    ck_assert_msg(ne.network_events == events,
                  "%s:%d: lNetworkEvents 0x%lx, expected 0x%lx", file, line,
                  ne.network_events, events);
    for (bit = 0; bit < FDP_FD_MAX_EVENTS; bit++) {
        const int want = events >> bit & 1 ? errors[bit] : -7;
        ck_assert_msg(ne.error_code[bit] == want,
                      "%s:%d: iErrorCode[%d] is %d, expected %d (%s)", file,
                      line, bit, ne.error_code[bit], want,
                      error_name(want) ? error_name(want) : "-");
    }
}

int h_fionbio(harness *h, fdp_socket *s, int on)
{
    return fdp_fionbio(&h->e, s, on, ERRP);
}

int h_recv(harness *h, fdp_socket *s, int flags, long result, unsigned left)
{
    return fdp_recv(&h->e, s, flags, 512, result, left, ERRP);
}

int h_send(harness *h, fdp_socket *s, long result)
{
    return fdp_send(&h->e, s, 512, result, ERRP);
}

int h_accept(harness *h, fdp_socket *s, int result, int pending,
             fdp_socket *ns, uint64_t nh)
{
    return fdp_accept(&h->e, s, result, pending, ns, nh, ERRP);
}

int h_connect(harness *h, fdp_socket *s, int result)
{
    return fdp_connect(&h->e, s, result, ERRP);
}

int h_joinleaf(harness *h, fdp_socket *s, int result)
{
    return fdp_joinleaf(&h->e, s, result, ERRP);
}

int h_ioctl(harness *h, fdp_socket *s, uint32_t code)
{
    return fdp_ioctl(&h->e, s, code, ERRP);
}

int h_inline(harness *h, fdp_socket *s, int on)
{
    return fdp_oobinline(&h->e, s, on, ERRP);
}

int h_bind(harness *h, fdp_socket *s)
{
    return fdp_bind(&h->e, s, ERRP);
}

int h_listen(harness *h, fdp_socket *s)
{
    return fdp_listen(&h->e, s, ERRP);
}

int h_shutdown(harness *h, fdp_socket *s, int how)
{
    return fdp_shutdown(&h->e, s, how, ERRP);
}

int h_close(harness *h, fdp_socket *s)
{
    return fdp_close(&h->e, s, ERRP);
}

int h_in(harness *h, fdp_socket *s, int input, long arg)
{
    return fdp_input(&h->e, s, input, arg, ERRP);
}

void h_connected(harness *h, fdp_socket *s, uint64_t handle)
{
    h_new(h, s, handle, FDP_STREAM);
    h_ok(h, __FILE__, __LINE__, "connect", h_connect(h, s, 0));
    h_expect(h, __FILE__, __LINE__, "");
}

void h_listener(harness *h, fdp_socket *s, uint64_t handle)
{
    h_new(h, s, handle, FDP_STREAM);
    h_ok(h, __FILE__, __LINE__, "bind", h_bind(h, s));
    h_ok(h, __FILE__, __LINE__, "listen", h_listen(h, s));
    h_expect(h, __FILE__, __LINE__, "");
}

void h_dgram(harness *h, fdp_socket *s, uint64_t handle)
{
    h_new(h, s, handle, FDP_DGRAM);
    h_expect(h, __FILE__, __LINE__, "");
}

/* ------------------------------------------------------------------ */

void h_ok(harness *h, const char *file, int line, const char *what, int rc)
{
    if (rc != 0)
        _ck_assert_failed(file, line, "call failed",
                          "%s returned %d, err %d (%s); expected 0", what, rc,
                          h->err, error_name(h->err) ? error_name(h->err) : "?");
}

void h_fails(harness *h, const char *file, int line, const char *what, int rc,
             int code)
{
    if (rc != FDP_SOCKET_ERROR || h->err != code)
        _ck_assert_failed(file, line, "wrong result",
                          "%s returned %d, err %d (%s); expected "
                          "SOCKET_ERROR, err %d (%s)", what, rc, h->err,
                          error_name(h->err) ? error_name(h->err) : "?", code,
                          error_name(code) ? error_name(code) : "?");
}

static void fmt_post(char *buf, size_t size, const h_post *p)
{
    unsigned ev = p->lparam & 0xFFFFu, er = p->lparam >> 16;
    const char *en = event_name(ev), *rn = error_name((int)er);
    char evs[16], ers[16];
    if (!en) {
        snprintf(evs, sizeof evs, "0x%x", ev);
        en = evs;
    }
    if (!rn) {
        snprintf(ers, sizeof ers, "%u", er);
        rn = ers;
    }
    snprintf(buf, size, "%s:%s@0x%llx/0x%x%%0x%x", en, rn,
             (unsigned long long)p->wparam, (unsigned)p->message,
             (unsigned)p->window);
}

static int parse(const harness *h, const char *spec, h_post *out, int max,
                 char *why, size_t whysize)
{
    char buf[1024], *tok, *save = NULL;
    int n = 0;
    snprintf(buf, sizeof buf, "%s", spec);
    for (tok = strtok_r(buf, " \t\n", &save); tok;
         tok = strtok_r(NULL, " \t\n", &save)) {
        char *p = tok, name[64];
        size_t len = strcspn(p, ":@/%");
        unsigned ev = 0, er = 0;
        size_t i;
        int found = 0;
        if (n == max || len >= sizeof name) {
            snprintf(why, whysize, "bad expectation near '%s'", tok);
            return -1;
        }
        memcpy(name, p, len);
        name[len] = 0;
        for (i = 0; i < sizeof events / sizeof events[0]; i++)
            if (!strcmp(events[i].name, name)) {
                ev = events[i].value;
                found = 1;
            }
        if (!found) {
            snprintf(why, whysize, "unknown event '%s' in expectation", name);
            return -1;
        }
        out[n].wparam = h->dh;
        out[n].window = h->dwin;
        out[n].message = h->dmsg;
        p += len;
        while (*p) {
            char kind = *p++;
            char *end;
            len = strcspn(p, ":@/%");
            if (kind == ':') {
                found = 0;
                memcpy(name, p, len < sizeof name ? len : sizeof name - 1);
                name[len < sizeof name ? len : sizeof name - 1] = 0;
                for (i = 0; i < sizeof errors / sizeof errors[0]; i++)
                    if (!strcmp(errors[i].name, name)) {
                        er = (unsigned)errors[i].value;
                        found = 1;
                    }
                if (!found) {
                    er = (unsigned)strtoul(name, &end, 0);
                    if (*end) {
                        snprintf(why, whysize, "unknown error '%s'", name);
                        return -1;
                    }
                }
            } else if (kind == '@') {
                out[n].wparam = strtoull(p, &end, 0);
            } else if (kind == '/') {
                out[n].message = (uint32_t)strtoul(p, &end, 0);
            } else {
                out[n].window = (uint32_t)strtoul(p, &end, 0);
            }
            p += len;
        }
        out[n].lparam = (uint32_t)((er << 16) | ev);
        n++;
    }
    return n;
}

void h_expect(harness *h, const char *file, int line, const char *spec)
{
    h_post want[H_MAX];
    char why[256], msg[4096];
    size_t at = 0;
    int n = parse(h, spec, want, H_MAX, why, sizeof why), i, same;
    if (n < 0)
        _ck_assert_failed(file, line, "expectation", "%s", why);
    same = n == h->n;
    for (i = 0; same && i < n; i++)
        same = want[i].wparam == h->post[i].wparam &&
               want[i].window == h->post[i].window &&
               want[i].message == h->post[i].message &&
               want[i].lparam == h->post[i].lparam;
    if (!same) {
        char one[160];
        at += (size_t)snprintf(msg + at, sizeof msg - at,
                               "posts differ (%s profile)\n    expected:",
                               PROFILE_NAME(h->profile));
        for (i = 0; i < n && at < sizeof msg; i++) {
            fmt_post(one, sizeof one, &want[i]);
            at += (size_t)snprintf(msg + at, sizeof msg - at, " %s", one);
        }
        if (!n && at < sizeof msg)
            at += (size_t)snprintf(msg + at, sizeof msg - at, " (nothing)");
        if (at < sizeof msg)
            at += (size_t)snprintf(msg + at, sizeof msg - at, "\n    actual:  ");
        for (i = 0; i < h->n && at < sizeof msg; i++) {
            fmt_post(one, sizeof one, &h->post[i]);
            at += (size_t)snprintf(msg + at, sizeof msg - at, " %s", one);
        }
        if (!h->n && at < sizeof msg)
            snprintf(msg + at, sizeof msg - at, " (nothing)");
        fprintf(stderr, "%s:%d: %s\n", file, line, msg);
        _ck_assert_failed(file, line, "EXPECT", "%s", msg);
    }
    h->n = 0;
}

void h_same(const char *file, int line, const fdp_socket *a, const fdp_socket *b)
{
    if (memcmp(a, b, sizeof *a) != 0)
        _ck_assert_failed(file, line, "state changed",
                          "the socket state changed (a failed call must "
                          "change nothing)");
}
