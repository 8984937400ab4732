/* SPDX-License-Identifier: MIT */
/* probe_pump.c -- takes the posted messages from the queue and writes each as
   a post record (or a comment when it is odd). */
#include "probe.h"
#include <stdio.h>

static const psock *by_handle(const probe *p, WPARAM w)
{
    for (int i = p->nsock - 1; i >= 0; i--)    /* newest first: handles are reused */
        if ((WPARAM)p->sock[i].h == w) return &p->sock[i];
    return NULL;
}

static void on_post(probe *p, const MSG *m)
{
    const psock *k = by_handle(p, m->wParam);
    long ev = (long)LOWORD(m->lParam);
    int err = (int)HIWORD(m->lParam);
    const char *en = event_name(ev);
    char errs[32] = "";
    if (m->hwnd != p->wnd) {
        note(p, "odd: message 0x%x for another window (lParam 0x%lx)",
             m->message, (unsigned long)m->lParam);
        return;
    }
    if (!k || !en) {
        note(p, "odd: message 0x%x wParam names %s, lParam 0x%lx", m->message,
             k ? k->name : "no observed socket", (unsigned long)m->lParam);
        return;
    }
    if (err) {
        const char *n = err_name(err);
        if (n) snprintf(errs, sizeof errs, " %s", n);
        else snprintf(errs, sizeof errs, " %d", err);
    }
    rec(p, "%s post %s%s wnd=1 msg=0x%x", k->name, en, errs, m->message);
}

static void drain(probe *p)
{
    MSG m;
    while (PeekMessageA(&m, NULL, 0, 0, PM_REMOVE)) {
        if (m.message == PROBE_MSG1 || m.message == PROBE_MSG2)
            on_post(p, &m);
        else if (m.message >= WM_USER && m.message < 0x8000)
            note(p, "odd: message 0x%x (wParam 0x%lx lParam 0x%lx)", m.message,
                 (unsigned long)m.wParam, (unsigned long)m.lParam);
        else
            DispatchMessageA(&m);
    }
}

/* The socket a set of event object k is written for: the last record's if it
   uses k, else the newest open socket that does (an accepted socket shares
   its listener's object; the oracle matches a set-event by its object). */
static int setter(const probe *p, int k)
{
    if (p->cur >= 0 && p->sock[p->cur].ev == k && !p->sock[p->cur].closed) return p->cur;
    for (int i = p->nsock - 1; i >= 0; i--)
        if (p->sock[i].ev == k && !p->sock[i].closed) return i;
    for (int i = p->nsock - 1; i >= 0; i--)
        if (p->sock[i].ev == k) return i;      /* closed: the oracle says so (E6) */
    return -1;
}

/* Each event object found signalled: "NAME set-event ev=K", then the probe's
   own ResetEvent, so that the next set is seen as a set of its own. */
static void sets(probe *p)
{
    for (int k = 0; k < p->nev; k++) {
        if (WaitForSingleObject(p->ev[k], 0) != WAIT_OBJECT_0) continue;
        int s = setter(p, k);
        if (s < 0) note(p, "odd: event object %d set, and no observed socket uses it", k + 1);
        else rec(p, "%s set-event ev=%d", p->sock[s].name, k + 1);
        ResetEvent(p->ev[k]);
    }
}

/* Takes every message and every set of an event object until neither has
   come for the settle time. Before the first select or eventselect nothing
   can be posted or set: no wait then. */
void pump(probe *p)
{
    if (!p->armed) { drain(p); sets(p); return; }
    for (;;) {
        drain(p);
        sets(p);
        DWORD r = MsgWaitForMultipleObjectsEx((DWORD)p->nev, p->nev ? p->ev : NULL,
                                              p->settle, QS_ALLINPUT, MWMO_INPUTAVAILABLE);
        if (r == WAIT_TIMEOUT || r == WAIT_FAILED) break;
    }
    drain(p);
    sets(p);
}

/* What is there already, without waiting: after a call that cannot cause a
   post or a set (WSAEnumNetworkEvents re-enables nothing, E4); anything that
   comes later is found by the next pump, after the next record. */
void pump_now(probe *p)
{
    drain(p);
    sets(p);
}
