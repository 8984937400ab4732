/* SPDX-License-Identifier: MIT */
/*
 * null_engine.c -- the do-nothing engine (null_engine.h): each call touches
 * its socket's state once (one byte, as any engine must read it) and
 * returns 0.  What is left of the engine's time above this is the engine.
 */
#include "null_engine.h"

#define TOUCH(s) ((s)->mode = (uint8_t)((s)->mode + 1))
#define UNUSED(x) (void)(x)

int fdpn_socket_init(const fdp_engine *e, fdp_socket *s, uint64_t handle,
                     enum fdp_type type, enum fdp_profile profile, int *err)
{
    UNUSED(e), UNUSED(handle), UNUSED(type), UNUSED(profile), UNUSED(err);
    TOUCH(s);
    return 0;
}

int fdpn_select(const fdp_engine *e, fdp_socket *s, uint32_t window,
                uint32_t message, long mask, int *err)
{
    UNUSED(e), UNUSED(window), UNUSED(message), UNUSED(mask), UNUSED(err);
    TOUCH(s);
    return 0;
}

int fdpn_eventselect(const fdp_engine *e, fdp_socket *s, uint64_t object,
                     long mask, int *err)
{
    UNUSED(e), UNUSED(object), UNUSED(mask), UNUSED(err);
    TOUCH(s);
    return 0;
}

int fdpn_fionbio(const fdp_engine *e, fdp_socket *s, int nonblocking, int *err)
{
    UNUSED(e), UNUSED(nonblocking), UNUSED(err);
    TOUCH(s);
    return 0;
}

int fdpn_recv(const fdp_engine *e, fdp_socket *s, int flags, long requested,
              long result, unsigned left, int *err)
{
    UNUSED(e), UNUSED(flags), UNUSED(requested), UNUSED(result), UNUSED(left);
    UNUSED(err);
    TOUCH(s);
    return 0;
}

int fdpn_send(const fdp_engine *e, fdp_socket *s, long requested, long result,
              int *err)
{
    UNUSED(e), UNUSED(requested), UNUSED(result), UNUSED(err);
    TOUCH(s);
    return 0;
}

int fdpn_accept(const fdp_engine *e, fdp_socket *s, int result, int pending,
                fdp_socket *ns, uint64_t nhandle, int *err)
{
    UNUSED(e), UNUSED(result), UNUSED(pending), UNUSED(ns), UNUSED(nhandle);
    UNUSED(err);
    TOUCH(s);
    return 0;
}

int fdpn_connect(const fdp_engine *e, fdp_socket *s, int result, int *err)
{
    UNUSED(e), UNUSED(result), UNUSED(err);
    TOUCH(s);
    return 0;
}

int fdpn_joinleaf(const fdp_engine *e, fdp_socket *s, int result, int *err)
{
    UNUSED(e), UNUSED(result), UNUSED(err);
    TOUCH(s);
    return 0;
}

int fdpn_ioctl(const fdp_engine *e, fdp_socket *s, uint32_t code, int *err)
{
    UNUSED(e), UNUSED(code), UNUSED(err);
    TOUCH(s);
    return 0;
}

int fdpn_oobinline(const fdp_engine *e, fdp_socket *s, int on, int *err)
{
    UNUSED(e), UNUSED(on), UNUSED(err);
    TOUCH(s);
    return 0;
}

int fdpn_bind(const fdp_engine *e, fdp_socket *s, int *err)
{
    UNUSED(e), UNUSED(err);
    TOUCH(s);
    return 0;
}

int fdpn_listen(const fdp_engine *e, fdp_socket *s, int *err)
{
    UNUSED(e), UNUSED(err);
    TOUCH(s);
    return 0;
}

int fdpn_shutdown(const fdp_engine *e, fdp_socket *s, enum fdp_shutdown how,
                  int *err)
{
    UNUSED(e), UNUSED(how), UNUSED(err);
    TOUCH(s);
    return 0;
}

int fdpn_close(const fdp_engine *e, fdp_socket *s, int *err)
{
    UNUSED(e), UNUSED(err);
    TOUCH(s);
    return 0;
}

int fdpn_input(const fdp_engine *e, fdp_socket *s, enum fdp_input input,
               long arg, int *err)
{
    UNUSED(e), UNUSED(input), UNUSED(arg), UNUSED(err);
    TOUCH(s);
    return 0;
}
