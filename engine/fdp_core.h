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

#endif
