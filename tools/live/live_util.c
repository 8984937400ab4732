/* SPDX-License-Identifier: MIT */
/* live_util.c -- see live_util.h. */
#define _GNU_SOURCE
#include "live_util.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "fdp_core.h"     /* fdp_profile_names */
#include "fdp_recorder.h"
#include "oracle.h"

static long now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

struct sockaddr_in loopback(unsigned short port)
{
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

static int wait_fd(int fd, short events, int timeout_ms)
{
    struct pollfd p = { fd, events, 0 };
    int r;
    do
        r = poll(&p, 1, timeout_ms);
    while (r < 0 && errno == EINTR);
    return r > 0;
}

int raw_listener(int type, struct sockaddr_in *addr, int rcvbuf)
{
    socklen_t l = sizeof *addr;
    int fd = socket(AF_INET, (type ? SOCK_DGRAM : SOCK_STREAM) | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    if (rcvbuf > 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof rcvbuf);
    *addr = loopback(0);
    if (bind(fd, (struct sockaddr *)addr, sizeof *addr) < 0 ||
        (!type && listen(fd, 64) < 0) ||
        getsockname(fd, (struct sockaddr *)addr, &l) < 0) {
        close(fd);
        return -1;
    }
    return fd;
}

int raw_bound_port(struct sockaddr_in *addr)
{
    socklen_t l = sizeof *addr;
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    *addr = loopback(0);
    if (bind(fd, (struct sockaddr *)addr, sizeof *addr) < 0 ||
        getsockname(fd, (struct sockaddr *)addr, &l) < 0) {
        close(fd);
        return -1;
    }
    return fd;
}

int raw_accept(int lfd, int timeout_ms)
{
    if (!wait_fd(lfd, POLLIN, timeout_ms))
        return -1;
    return accept4(lfd, NULL, NULL, SOCK_CLOEXEC);
}

int raw_connect(const struct sockaddr_in *addr, int timeout_ms)
{
    int e = 0, fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    socklen_t l = sizeof e;
    if (fd < 0)
        return -1;
    if (connect(fd, (const struct sockaddr *)addr, sizeof *addr) < 0) {
        if (errno != EINPROGRESS || !wait_fd(fd, POLLOUT, timeout_ms) ||
            getsockopt(fd, SOL_SOCKET, SO_ERROR, &e, &l) < 0 || e) {
            close(fd);
            return -1;
        }
    }
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return fd;
}

long raw_send_all(int fd, const void *buf, size_t n, int timeout_ms)
{
    size_t done = 0;
    long deadline = now_ms() + timeout_ms;
    while (done < n) {
        ssize_t r = send(fd, (const char *)buf + done, n - done,
                         MSG_DONTWAIT | MSG_NOSIGNAL);
        if (r > 0) {
            done += (size_t)r;
            continue;
        }
        if (r < 0 && errno != EAGAIN && errno != EINTR)
            return -1;
        if (now_ms() >= deadline || !wait_fd(fd, POLLOUT, (int)(deadline - now_ms())))
            return (long)done;
    }
    return (long)done;
}

long raw_recv_n(int fd, void *buf, size_t n, int timeout_ms)
{
    size_t done = 0;
    long deadline = now_ms() + timeout_ms;
    while (done < n) {
        ssize_t r = recv(fd, (char *)buf + done, n - done, MSG_DONTWAIT);
        if (r > 0) {
            done += (size_t)r;
            continue;
        }
        if (r == 0 || (r < 0 && errno != EAGAIN && errno != EINTR))
            return (long)done;
        if (now_ms() >= deadline || !wait_fd(fd, POLLIN, (int)(deadline - now_ms())))
            return (long)done;
    }
    return (long)done;
}

int raw_wait_eof(int fd, int timeout_ms)
{
    char b[256];
    long deadline = now_ms() + timeout_ms;
    for (;;) {
        ssize_t r = recv(fd, b, sizeof b, MSG_DONTWAIT);
        if (r == 0)
            return 1;
        if (r < 0 && errno != EAGAIN && errno != EINTR)
            return 0;
        if (r < 0 && (now_ms() >= deadline ||
                      !wait_fd(fd, POLLIN, (int)(deadline - now_ms()))))
            return 0;
    }
}

void raw_reset(int fd)
{
    struct linger lg = { 1, 0 };
    setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
    close(fd);
}

const char *live_profile_name(int profile)
{
    return fdp_profile_names[profile == FDP_PROFILE_WINDOWS];
}

int live_profile_parse(const char *s)
{
    int p = oracle_parse_profile(s);
    return p < 0 ? -1 : p;
}

const char *live_msg_text(const fdpx_msg *m, char *buf, size_t len)
{
    unsigned ev = FDP_GETSELECTEVENT(m->lparam), er = FDP_GETSELECTERROR(m->lparam);
    const char *en = fdp_event_name(ev), *ername = fdp_error_name((int)er);
    char evs[16], ers[16];
    if (!en) {
        snprintf(evs, sizeof evs, "0x%x", ev);
        en = evs;
    }
    if (!ername) {
        snprintf(ers, sizeof ers, "%u", er);
        ername = ers;
    }
    if (er)
        snprintf(buf, len, "%s(%s)", en, ername);
    else
        snprintf(buf, len, "%s", en);
    return buf;
}

int live_raise_nofile(long want)
{
    struct rlimit r;
    if (getrlimit(RLIMIT_NOFILE, &r) < 0)
        return -1;
    if ((long)r.rlim_cur >= want)
        return 0;
    if (r.rlim_max != RLIM_INFINITY && (long)r.rlim_max < want)
        r.rlim_cur = r.rlim_max;
    else
        r.rlim_cur = (rlim_t)want;
    if (setrlimit(RLIMIT_NOFILE, &r) < 0)
        return -1;
    return (long)r.rlim_cur >= want ? 0 : -1;
}

/* ---- recorder and oracle ------------------------------------------------ */

/* 0, or the errno of the failure (the recorder keeps the first). */
static int write_line(void *ctx, const char *line, size_t len)
{
    if (fwrite(line, 1, len, ctx) == len)
        return 0;
    return errno ? errno : EIO;
}

int live_ctx_begin(live_ctx *l, int profile, const char *path)
{
    memset(l, 0, sizeof *l);
    l->profile = profile;
    if (path) {
        snprintf(l->path, sizeof l->path, "%s", path);
        l->out = fopen(path, "w");
        if (!l->out)
            return -1;
        setvbuf(l->out, NULL, _IOFBF, 1 << 16);
    }
    l->c = fdpx_new(profile, NULL, NULL);
    if (!l->c) {
        if (l->out)
            fclose(l->out);
        l->out = NULL;
        return -1;
    }
    if (l->out) {
        fdp_recorder_init(&l->rec, l->line, sizeof l->line, write_line, l->out);
        fdp_recorder_attach(&l->rec, fdpx_engine(l->c));
    }
    return 0;
}

struct first_report {
    char *buf;
    size_t len;
    int got;
};

static void keep_first(void *ctx, const oracle_report *r)
{
    struct first_report *f = ctx;
    if (f->got++ || !f->buf)
        return;
    snprintf(f->buf, f->len, "%s", r->headline);
}

int live_ctx_end(live_ctx *l, char *why, size_t whylen)
{
    oracle_opts o;
    oracle_result res;
    struct first_report f = { why, whylen, 0 };
    if (why && whylen)
        why[0] = 0;
    fdpx_free(l->c);            /* its closes are recorded: end after them */
    l->c = NULL;
    if (!l->out)
        return 0;
    {   /* a trace that could not be written: say which and why */
        int rec_err = fdp_recorder_end(&l->rec), close_err = 0;
        errno = 0;
        if (fclose(l->out))
            close_err = errno ? errno : EIO;
        l->out = NULL;
        if (rec_err || close_err) {
            int e = rec_err > 0 ? rec_err : close_err ? close_err : EIO;
            if (why && whylen)
                snprintf(why, whylen, "%s: %s", l->path, strerror(e));
            return 2;
        }
    }
    l->out = NULL;
    memset(&o, 0, sizeof o);
    o.profile = -1;
    o.max_reports = 1;
    o.report = keep_first;
    o.report_ctx = &f;
    memset(&res, 0, sizeof res);
    return oracle_run(l->path, &o, &res);
}
