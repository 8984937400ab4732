/* SPDX-License-Identifier: MIT */
/*
 * bench_drive.h -- one call per bench_op, written once for both APIs.
 * Included with DRIVE (function name), ENG, SOCK and P(name) defined:
 * handles are base + index + 1;
 * P(select) is fdp_select or fdpm_select.  Constants are Windows' values,
 * the same in both headers.
 */
#if defined(__GNUC__) /* one symbol per driver: callgrind counts it alone */
__attribute__((noinline))
#endif
static size_t DRIVE(const ENG *e, SOCK *socks, uint32_t nsock,
                    const bench_op *ops, size_t n, uint64_t base)
{
    size_t i, failed = 0;
    for (i = 0; i < n; i++) {
        const bench_op *o = &ops[i];
        SOCK *s = &socks[o->sock];
        int err = 0, rc = 0;
        switch (o->kind) {
        case K_SOCKET:
            rc = P(socket_init)(e, s, base + o->sock + 1, o->a, o->b, &err);
            break;
        case K_SELECT:
            rc = P(select)(e, s, 1, 0x401, (long)o->b, &err);
            break;
        case K_EVENTSELECT:
            rc = P(eventselect)(e, s, 1, (long)o->b, &err);
            break;
        case K_FIONBIO:
            rc = P(fionbio)(e, s, o->a, &err);
            break;
        case K_RECV: {
            /* at most 700 bytes: asked for 1024, since the engine refuses
               more than was asked (WSAEINVAL) and the model does not check */
            long result = o->b ? 100L * o->b : -10035L;
            rc = P(recv)(e, s, o->a & 3, 1024, result, (unsigned)(o->a >> 4), &err);
            break;
        }
        case K_SEND:
            rc = P(send)(e, s, 512, o->a ? -10035L : 512L, &err);
            break;
        case K_ACCEPT: {
            static const int res[4] = { 0, 11002, 10054, -5 };
            uint32_t j = (o->sock + 1) % nsock;
            rc = P(accept)(e, s, res[o->a], o->b, &socks[j], base + j + 1, &err);
            break;
        }
        case K_CONNECT:
        case K_JOINLEAF: {
            static const int res[4] = { 0, 10035, 10061, 70000 };
            rc = o->kind == K_CONNECT ? P(connect)(e, s, res[o->a], &err)
                                      : P(joinleaf)(e, s, res[o->a], &err);
            break;
        }
        case K_IOCTL: {
            static const uint32_t codes[5] = { 0xC8000007u, 0xC8000008u,
                                               0x88000015u, 0x28000017u,
                                               0x4004667Fu };
            rc = P(ioctl)(e, s, codes[o->a], &err);
            break;
        }
        case K_OOBINLINE:
            rc = P(oobinline)(e, s, o->a, &err);
            break;
        case K_BIND:
            rc = P(bind)(e, s, &err);
            break;
        case K_LISTEN:
            rc = P(listen)(e, s, &err);
            break;
        case K_SHUTDOWN:
            rc = P(shutdown)(e, s, o->a, &err);
            break;
        case K_CLOSE:
            rc = P(close)(e, s, &err);
            break;
        case K_INPUT:
            rc = P(input)(e, s, o->a, (long)o->b, &err);
            break;
        default:
            break;
        }
        failed += rc != 0;
    }
    return failed;
}
