/* SPDX-License-Identifier: MIT */
/*
 * fdp_core.h -- what the generated machines and the runtime share.
 *
 * A machine is a step function made by Ragel from spec/EVENT.rl: given its
 * state and one input symbol, it returns its next state and, through `io`,
 * whether to post its event, with which error, and the rule behind the
 * decision.  The runtime (fdp_engine.c) only maps calls and inputs to
 * symbols and delivers what the machines decide.
 */
#ifndef FDP_CORE_H
#define FDP_CORE_H

#include "fdpost.h"
#include "fdp_alphabet.h"
#include "fdp_rules.h"

enum { FDP_NO_POST = 0, FDP_DO_POST = 1, FDP_MAY_POST = 2 };

typedef struct fdp_io {
    uint16_t in_err; /* the error the input carries */
    uint16_t *kept;  /* the socket's kept error (fdp_socket.error) */
    uint8_t post;    /* FDP_NO_POST, FDP_DO_POST, FDP_MAY_POST */
    uint8_t why;     /* FDP_RULE_* behind the last decision */
    uint16_t err;    /* the post's error */
} fdp_io;

/* The actions' vocabulary (spec/actions.rl, spec/rules.rl). */
#define FDP_POST(e)          (io->post = FDP_DO_POST, io->err = (uint16_t)(e))
#define FDP_POST_OPTIONAL(e) (io->post = FDP_MAY_POST, io->err = (uint16_t)(e))
#define FDP_WHY(rule)        (io->why = FDP_RULE_##rule)

typedef int fdp_step_fn(int cs, unsigned char sym, fdp_io *io);

typedef struct fdp_machine {
    const char *name; /* "fd_read", "fd_close_windows" */
    unsigned event;   /* FDP_FD_* */
    fdp_step_fn *step;
    const int *start;
    unsigned table_bytes; /* its Ragel tables */
} fdp_machine;

/* What the runtime executes (gen/fdp_dense.h, made by spec/gen_dense.c from
   the step functions): per machine state and symbol, the next state and an
   effect.  An effect posts or not, and may keep an error; each error is one
   of these functions of the input's error `in` and the kept error. */
enum {
    FDP_SRC_KEPT,  /* the kept error (for `keep`: left as it is) */
    FDP_SRC_IN,    /* the input's error */
    FDP_SRC_CONST, /* c */
    FDP_SRC_MAP    /* in if it is one of set[0 .. n-1], else c */
};
#define FDP_VAL_SET_MAX 4

typedef struct fdp_val {
    uint8_t src, n;
    uint16_t c;
    uint16_t set[FDP_VAL_SET_MAX];
} fdp_val;

/* A machine posts at most once per symbol; a composite column (below)
   feeds up to FDP_SEQ_MAX symbols, so its effect may post as many times. */
#define FDP_SEQ_MAX 3

typedef struct fdp_effect {
    uint8_t nposts;
    struct {
        uint8_t kind; /* FDP_DO_POST, FDP_MAY_POST */
        fdp_val err;  /* its error */
    } post[FDP_SEQ_MAX];
    fdp_val keep; /* the kept error after */
} fdp_effect;

/* The calls that feed several symbols, each one column of the dense table
   after the alphabet's (FDP_COL_*): the symbols in the order the machines
   read them.  A select is a pair of columns: the one for the machines whose
   event is in lEvent (sel_on), and the one for the others (sel_off). */
#define FDP_COMPOSITES(X) \
    X(RECV_DU, FDP_SYM_DATA_OFF, FDP_SYM_URGENT_OFF, FDP_SYM_RECV_MSG) \
    X(RECV_D, FDP_SYM_DATA_OFF, FDP_SYM_RECV_MSG, 0) \
    X(RECV_U, FDP_SYM_URGENT_OFF, FDP_SYM_RECV_MSG, 0) \
    X(ACCEPT_C, FDP_SYM_CONN_OFF, FDP_SYM_ACCEPT, 0) \
    X(DEFER_C, FDP_SYM_CONN_OFF, FDP_SYM_ACCEPT_DEFER, 0) \
    X(SHUT_BOTH, FDP_SYM_SHUT_RECV, FDP_SYM_SHUT_SEND, 0) \
    X(BORN_ON, FDP_SYM_SEL_ON_MSG, FDP_SYM_ACCEPTED, 0) \
    X(BORN_OFF, FDP_SYM_SEL_OFF_MSG, FDP_SYM_ACCEPTED, 0) \
    X(BORN_INL_ON, FDP_SYM_INLINE_ON, FDP_SYM_SEL_ON_MSG, FDP_SYM_ACCEPTED) \
    X(BORN_INL_OFF, FDP_SYM_INLINE_ON, FDP_SYM_SEL_OFF_MSG, FDP_SYM_ACCEPTED) \
    X(INLINE_DATA, FDP_SYM_INLINE_ON, FDP_SYM_INLINE_DATA, 0) \
    X(EV_RECV_DU, FDP_SYM_DATA_OFF, FDP_SYM_URGENT_OFF, FDP_SYM_RECV_EV) \
    X(EV_RECV_D, FDP_SYM_DATA_OFF, FDP_SYM_RECV_EV, 0) \
    X(EV_RECV_U, FDP_SYM_URGENT_OFF, FDP_SYM_RECV_EV, 0) \
    X(EV_FAIL_DU, FDP_SYM_DATA_OFF, FDP_SYM_URGENT_OFF, FDP_SYM_RECV_FAIL_EV) \
    X(EV_FAIL_D, FDP_SYM_DATA_OFF, FDP_SYM_RECV_FAIL_EV, 0) \
    X(EV_FAIL_U, FDP_SYM_URGENT_OFF, FDP_SYM_RECV_FAIL_EV, 0) \
    X(EV_BORN_ON, FDP_SYM_SEL_ON_EV, FDP_SYM_ACCEPTED, 0) \
    X(EV_BORN_OFF, FDP_SYM_SEL_OFF_EV, FDP_SYM_ACCEPTED, 0) \
    X(EV_BORN_INL_ON, FDP_SYM_INLINE_ON, FDP_SYM_SEL_ON_EV, FDP_SYM_ACCEPTED) \
    X(EV_BORN_INL_OFF, FDP_SYM_INLINE_ON, FDP_SYM_SEL_OFF_EV, FDP_SYM_ACCEPTED)

#define FDP_COL_ENUM_(name, a, b, c) FDP_COL_##name,
enum {
    FDP_COL_FIRST_ = FDP_SYM_MAX,
    FDP_COMPOSITES(FDP_COL_ENUM_) FDP_COL_END_
};
#define FDP_NCOLS FDP_COL_END_ /* columns 1 .. FDP_NCOLS - 1 */

static inline unsigned fdp_val_of(const fdp_val *v, unsigned in, unsigned kept)
{
    unsigned k;
    switch (v->src) {
    case FDP_SRC_KEPT:
        return kept;
    case FDP_SRC_IN:
        return in;
    case FDP_SRC_CONST:
        return v->c;
    default:
        for (k = 0; k < v->n; k++)
            if (v->set[k] == in)
                return in;
        return v->c;
    }
}

typedef struct fdp_dense_machine {
    const char *name; /* as fdp_machine's */
    int base;         /* its first row */
    int rows;         /* its states: rows base .. base + rows - 1 */
    int start;
} fdp_dense_machine;

/* Each distinct machine once (ends with name 0); [profile][S15 index]: its
   index there. */
extern const fdp_dense_machine fdp_dense_machines[];
extern const uint8_t fdp_dense_of[FDP_PROFILES][FDP_FD_MAX_EVENTS];
extern const unsigned fdp_dense_table_bytes; /* sizeof the table */

/* Each profile's ten machines, in the S15 posting order. */
extern const fdp_machine fdp_profiles[FDP_PROFILES][FDP_FD_MAX_EVENTS];
extern const char *const fdp_profile_names[FDP_PROFILES];

/* fdp_socket.flags */
#define FDP_F_CLOSED      0x01u /* WSPCloseSocket was called (S16) */
#define FDP_F_NETDOWN     0x02u /* the network subsystem failed (D2) */
#define FDP_F_BUSY        0x04u /* posts are being delivered (D11) */
#define FDP_F_NONBLOCKING 0x08u /* a select made it non-blocking */
#define FDP_F_WINDOWS     0x10u /* the windows profile decides */
#define FDP_F_OOBINLINE   0x20u /* SO_OOBINLINE, inherited on accept (S11) */
/* Urgent data is queued, SO_OOBINLINE off: turning it on makes it data
   (D3). */
#define FDP_F_URGENT      0x40u
/* A connect succeeded or accept made the socket: a reset or abort has
   something to end (D8). */
#define FDP_F_CONNECTION  0x80u

/* fdp_socket.mode */
#define FDP_M_EVENT 0x01u /* registered by WSPEventSelect: the _ev symbols */

#endif
