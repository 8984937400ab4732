/* SPDX-License-Identifier: MIT */
/*
 * machines.c -- the generated machines themselves (engine/fdp_core.h,
 * fdp_profiles[profile][i]): totality and the invariants every rule shares.
 *
 *  - totality: from every reachable state, every symbol 1..FDP_SYM_MAX
 *    leads to a valid state: never negative, small enough for the socket's
 *    uint8_t cs[], and the reachable set stays small (Ragel writes no error
 *    state here, so a missing transition would show up as a wild number);
 *  - the machines sit in the S15 order with their events;
 *  - every post names the rule behind it (the traceability of posts);
 *  - S16: after `close`, from every reachable state, no symbol ever posts;
 *  - D2: after `netdown`, only FD_CONNECT and FD_CLOSE may post, and only
 *    at that very symbol (later symbols post nothing but FD_CLOSE's select
 *    re-post, which the runtime prevents by refusing select);
 *  - S1: `sel_off` (an event not in lEvent, mask 0, event-select) never
 *    posts;
 *  - S13 / D7: a select never posts the two change events; listen and
 *    shutdown post nothing; bind posts only FD_WRITE's optional post (D1).
 */
#include "harness.h"
#include "fdp_core.h"

#define MAXSTATES 256

typedef struct {
    int n;
    int state[MAXSTATES];
    unsigned char seen[MAXSTATES];
} reach;

static int step(const fdp_machine *m, int cs, int sym, fdp_io *io,
                uint16_t *kept)
{
    io->in_err = (sym == FDP_SYM_NETDOWN) ? FDP_WSAENETDOWN
               : (sym == FDP_SYM_ABORT || sym == FDP_SYM_CONN_FAILED ||
                  sym == FDP_SYM_CONNECT_FAIL || sym == FDP_SYM_ROUTE)
                 ? FDP_WSAECONNABORTED : 0;
    io->kept = kept;
    io->post = FDP_NO_POST;
    io->why = FDP_RULE_NONE;
    io->err = 0;
    return m->step(cs, (unsigned char)sym, io);
}

/* Breadth-first over every symbol; fails on a state out of range. */
static void explore(const fdp_machine *m, int profile, reach *r)
{
    int head = 0, sym;
    memset(r, 0, sizeof *r);
    ck_assert_msg(*m->start >= 0 && *m->start < MAXSTATES,
                  "%s: start state %d", m->name, *m->start);
    r->state[r->n++] = *m->start;
    r->seen[*m->start] = 1;
    while (head < r->n) {
        int cs = r->state[head++];
        for (sym = 1; sym <= FDP_SYM_MAX; sym++) {
            fdp_io io;
            uint16_t kept = 0;
            int ns = step(m, cs, sym, &io, &kept);
            ck_assert_msg(ns >= 0 && ns < MAXSTATES,
                          "%s (%s profile): state %d, symbol %d -> %d: not "
                          "a valid state (Ragel error state?)", m->name,
                          PROFILE_NAME(profile), cs, sym, ns);
            ck_assert_msg(io.post == FDP_NO_POST || io.post == FDP_DO_POST ||
                          io.post == FDP_MAY_POST, "%s: bad post %d",
                          m->name, io.post);
            if (!r->seen[ns]) {
                r->seen[ns] = 1;
                r->state[r->n++] = ns;
            }
        }
    }
    ck_assert_msg(r->n <= 32, "%s: %d reachable states", m->name, r->n);
}

/* Totality, both profiles, all ten machines: _i = profile * 10 + machine. */
START_TEST(test_machines_total_every_reachable_state_every_symbol)
{
    int profile = _i / FDP_FD_MAX_EVENTS, i = _i % FDP_FD_MAX_EVENTS;
    const fdp_machine *m = &fdp_profiles[profile][i];
    reach r;
    int k, sym;
    explore(m, profile, &r);
    /* stepping again from each reachable state lands inside the set */
    for (k = 0; k < r.n; k++)
        for (sym = 1; sym <= FDP_SYM_MAX; sym++) {
            fdp_io io;
            uint16_t kept = 0;
            int ns = step(m, r.state[k], sym, &io, &kept);
            ck_assert_msg(r.seen[ns], "%s: %d -%d-> %d not reachable",
                          m->name, r.state[k], sym, ns);
        }
}
END_TEST

/* S15 order: the machines of each profile are FD_CONNECT, FD_ACCEPT,
   FD_OOB, FD_READ, FD_WRITE, FD_CLOSE, FD_QOS, FD_GROUP_QOS,
   FD_ROUTING_INTERFACE_CHANGE, FD_ADDRESS_LIST_CHANGE. */
START_TEST(test_S15_machines_in_posting_order)
{
    static const unsigned order[FDP_FD_MAX_EVENTS] = {
        0x010, 0x008, 0x004, 0x001, 0x002, 0x020, 0x040, 0x080, 0x100, 0x200
    };
    int p, i;
    for (p = 0; p < FDP_PROFILES; p++)
        for (i = 0; i < FDP_FD_MAX_EVENTS; i++) {
            ck_assert_uint_eq(fdp_profiles[p][i].event, order[i]);
            ck_assert_ptr_nonnull(fdp_profiles[p][i].step);
            ck_assert_ptr_nonnull(fdp_profiles[p][i].start);
        }
    for (i = 0; i < FDP_FD_MAX_EVENTS; i++)
        ck_assert_int_eq(fdp_event_index(order[i]), i);
}
END_TEST

/* Every post names its rule (rules.rl) -- docs/traceability.md relies on
   it; and the rule has a name. */
START_TEST(test_machines_every_post_names_its_rule)
{
    int profile = _i / FDP_FD_MAX_EVENTS, i = _i % FDP_FD_MAX_EVENTS;
    const fdp_machine *m = &fdp_profiles[profile][i];
    reach r;
    int k, sym;
    explore(m, profile, &r);
    for (k = 0; k < r.n; k++)
        for (sym = 1; sym <= FDP_SYM_MAX; sym++) {
            fdp_io io;
            uint16_t kept = 0;
            step(m, r.state[k], sym, &io, &kept);
            if (io.post != FDP_NO_POST) {
                ck_assert_msg(io.why != FDP_RULE_NONE,
                              "%s: state %d symbol %d posts with no rule",
                              m->name, r.state[k], sym);
                ck_assert_ptr_nonnull(fdp_rule_name(io.why));
            }
        }
}
END_TEST

/* S16: "After close, nothing is posted for the socket": `close` itself never
   posts, and from the state it leads to no sequence of symbols posts. */
START_TEST(test_S16_machines_close_posts_nothing_ever_after)
{
    int profile = _i / FDP_FD_MAX_EVENTS, i = _i % FDP_FD_MAX_EVENTS;
    const fdp_machine *m = &fdp_profiles[profile][i];
    reach r;
    int k, sym;
    explore(m, profile, &r);
    for (k = 0; k < r.n; k++) {
        fdp_io io;
        uint16_t kept = 0;
        int dead = step(m, r.state[k], FDP_SYM_CLOSE, &io, &kept), d2;
        ck_assert_msg(io.post == FDP_NO_POST, "%s: close posts", m->name);
        /* the closed set is closed under every symbol and silent */
        for (sym = 1; sym <= FDP_SYM_MAX; sym++) {
            d2 = step(m, dead, sym, &io, &kept);
            ck_assert_msg(io.post == FDP_NO_POST,
                          "%s: symbol %d posts after close", m->name, sym);
            ck_assert_msg(d2 == dead, "%s: leaves the closed state on %d",
                          m->name, sym);
        }
    }
}
END_TEST

/* D2: network down: a machine posts at it only with an error of its
   event's table in the seed: FD_CONNECT WSAENETUNREACH (a pending
   connect's outcome), every other WSAENETDOWN; afterwards, no symbol but
   FD_CLOSE's sel_on posts (and the runtime refuses select after network
   down). */
START_TEST(test_D2_machines_netdown_posts_from_error_tables)
{
    int profile = _i / FDP_FD_MAX_EVENTS, i = _i % FDP_FD_MAX_EVENTS;
    const fdp_machine *m = &fdp_profiles[profile][i];
    reach r;
    int k, sym;
    explore(m, profile, &r);
    for (k = 0; k < r.n; k++) {
        fdp_io io;
        uint16_t kept = 0;
        int down = step(m, r.state[k], FDP_SYM_NETDOWN, &io, &kept);
        if (io.post != FDP_NO_POST)
            ck_assert_uint_eq(io.err, m->event == FDP_FD_CONNECT
                                          ? FDP_WSAENETUNREACH
                                          : FDP_WSAENETDOWN);
        for (sym = 1; sym <= FDP_SYM_MAX; sym++) {
            if ((sym == FDP_SYM_SEL_ON_MSG || sym == FDP_SYM_SEL_ON_EV) &&
                m->event == FDP_FD_CLOSE)
                continue;
            step(m, down, sym, &io, &kept);
            ck_assert_msg(io.post == FDP_NO_POST,
                          "%s: symbol %d posts after network down", m->name,
                          sym);
        }
    }
}
END_TEST

/* S1, E1: `sel_off` (not in lEvent, mask 0, in either mode) never posts. */
START_TEST(test_S1_machines_sel_off_never_posts)
{
    int profile = _i / FDP_FD_MAX_EVENTS, i = _i % FDP_FD_MAX_EVENTS;
    const fdp_machine *m = &fdp_profiles[profile][i];
    reach r;
    int k;
    explore(m, profile, &r);
    for (k = 0; k < r.n; k++) {
        fdp_io io;
        uint16_t kept = 0;
        step(m, r.state[k], FDP_SYM_SEL_OFF_MSG, &io, &kept);
        ck_assert_msg(io.post == FDP_NO_POST, "%s: sel_off posts in state %d",
                      m->name, r.state[k]);
        step(m, r.state[k], FDP_SYM_SEL_OFF_EV, &io, &kept);
        ck_assert_msg(io.post == FDP_NO_POST,
                      "%s: sel_off_ev records in state %d", m->name,
                      r.state[k]);
    }
}
END_TEST

/* S13: a select never posts FD_ROUTING_INTERFACE_CHANGE or
   FD_ADDRESS_LIST_CHANGE; D7: bind (but D1), listen and shutdown post
   nothing in any machine. */
START_TEST(test_S13_D7_machines_silent_symbols)
{
    int profile = _i / FDP_FD_MAX_EVENTS, i = _i % FDP_FD_MAX_EVENTS;
    const fdp_machine *m = &fdp_profiles[profile][i];
    reach r;
    int k;
    explore(m, profile, &r);
    for (k = 0; k < r.n; k++) {
        fdp_io io;
        uint16_t kept = 0;
        if (m->event == FDP_FD_ROUTING_INTERFACE_CHANGE ||
            m->event == FDP_FD_ADDRESS_LIST_CHANGE) {
            step(m, r.state[k], FDP_SYM_SEL_ON_MSG, &io, &kept);
            ck_assert_msg(io.post == FDP_NO_POST, "%s: select posts", m->name);
            step(m, r.state[k], FDP_SYM_SEL_ON_EV, &io, &kept);
            ck_assert_msg(io.post == FDP_NO_POST, "%s: select records",
                          m->name);
        }
        step(m, r.state[k], FDP_SYM_LISTEN, &io, &kept);
        ck_assert_msg(io.post == FDP_NO_POST, "%s: listen posts", m->name);
        step(m, r.state[k], FDP_SYM_SHUT_SEND, &io, &kept);
        ck_assert_msg(io.post == FDP_NO_POST, "%s: shutdown posts", m->name);
        step(m, r.state[k], FDP_SYM_SHUT_RECV, &io, &kept);
        ck_assert_msg(io.post == FDP_NO_POST, "%s: shutdown posts", m->name);
        step(m, r.state[k], FDP_SYM_BIND, &io, &kept);
        if (io.post != FDP_NO_POST)     /* D1: FD_WRITE's optional post only */
            ck_assert_msg(m->event == FDP_FD_WRITE &&
                          io.post == FDP_MAY_POST,
                          "%s: bind posts", m->name);
    }
}
END_TEST

#define ALL_MACHINES(tc, fn) \
    tcase_add_loop_test((tc), fn, 0, FDP_PROFILES * FDP_FD_MAX_EVENTS)

Suite *machines_suite(void)
{
    Suite *s = suite_create("machines");
    TCase *tc = tcase_create("generated machines");
    ALL_MACHINES(tc, test_machines_total_every_reachable_state_every_symbol);
    T(tc, test_S15_machines_in_posting_order);
    ALL_MACHINES(tc, test_machines_every_post_names_its_rule);
    ALL_MACHINES(tc, test_S16_machines_close_posts_nothing_ever_after);
    ALL_MACHINES(tc, test_D2_machines_netdown_posts_from_error_tables);
    ALL_MACHINES(tc, test_S1_machines_sel_off_never_posts);
    ALL_MACHINES(tc, test_S13_D7_machines_silent_symbols);
    suite_add_tcase(s, tc);
    return s;
}
