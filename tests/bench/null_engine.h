/* SPDX-License-Identifier: MIT */
/*
 * null_engine.h -- a do-nothing engine behind the same API as fdpost.h
 * (fdpn_* for fdp_*), built in its own file so the bench driver calls it
 * as it calls the real engine: the floor of any engine behind this API.
 */
#ifndef NULL_ENGINE_H
#define NULL_ENGINE_H

#include "fdpost.h"

int fdpn_socket_init(const fdp_engine *e, fdp_socket *s, uint64_t handle,
                     enum fdp_type type, enum fdp_profile profile, int *err);
int fdpn_select(const fdp_engine *e, fdp_socket *s, uint32_t window,
                uint32_t message, long mask, int *err);
int fdpn_eventselect(const fdp_engine *e, fdp_socket *s, uint64_t object,
                     long mask, int *err);
int fdpn_fionbio(const fdp_engine *e, fdp_socket *s, int nonblocking, int *err);
int fdpn_recv(const fdp_engine *e, fdp_socket *s, int flags, long requested,
              long result, unsigned left, int *err);
int fdpn_send(const fdp_engine *e, fdp_socket *s, long requested, long result,
              int *err);
int fdpn_accept(const fdp_engine *e, fdp_socket *s, int result, int pending,
                fdp_socket *ns, uint64_t nhandle, int *err);
int fdpn_connect(const fdp_engine *e, fdp_socket *s, int result, int *err);
int fdpn_joinleaf(const fdp_engine *e, fdp_socket *s, int result, int *err);
int fdpn_ioctl(const fdp_engine *e, fdp_socket *s, uint32_t code, int *err);
int fdpn_oobinline(const fdp_engine *e, fdp_socket *s, int on, int *err);
int fdpn_bind(const fdp_engine *e, fdp_socket *s, int *err);
int fdpn_listen(const fdp_engine *e, fdp_socket *s, int *err);
int fdpn_shutdown(const fdp_engine *e, fdp_socket *s, enum fdp_shutdown how,
                  int *err);
int fdpn_close(const fdp_engine *e, fdp_socket *s, int *err);
int fdpn_input(const fdp_engine *e, fdp_socket *s, enum fdp_input input,
               long arg, int *err);

#endif
