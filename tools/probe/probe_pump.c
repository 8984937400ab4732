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

/* Takes every message until none has come for the settle time. Before the
   first select nothing can be posted: no wait then. */
void pump(probe *p)
{
    if (!p->armed) { drain(p); return; }
    for (;;) {
        drain(p);
        DWORD r = MsgWaitForMultipleObjectsEx(0, NULL, p->settle, QS_ALLINPUT,
                                              MWMO_INPUTAVAILABLE);
        if (r == WAIT_TIMEOUT || r == WAIT_FAILED) break;
    }
    drain(p);
}
