/* SPDX-License-Identifier: MIT */
/*
 * scripted.c -- the engine embedded in a toy provider: a listener, an
 * accepted connection, data, a graceful close.  Prints each post as
 * WPUPostMessage would receive it.  Portable C99: builds for Linux and,
 * with mingw-w64, for Windows (`make check` does both and compares the
 * output with examples/scripted.out).
 */
#include <stdio.h>

#include "fdpost.h"

static int post(void *ctx, uint64_t s, uint32_t hwnd, uint32_t msg,
                uint32_t lparam)
{
    const char *err = fdp_error_name((int)FDP_GETSELECTERROR(lparam));
    (void)ctx;
    printf("  WPUPostMessage(hwnd=%lu, msg=0x%lx, wParam=%lu, %s",
           (unsigned long)hwnd, (unsigned long)msg, (unsigned long)s,
           fdp_event_name(FDP_GETSELECTEVENT(lparam)));
    printf(err ? " %s)\n" : ")\n", err);
    return 0;
}

static void step(const char *what)
{
    printf("%s\n", what);
}

int main(void)
{
    fdp_engine engine;
    fdp_socket listener, conn;
    int err;

    fdp_init(&engine, post, NULL, FDP_PROFILE_SPEC);
    fdp_socket_init(&engine, &listener, 100, FDP_STREAM, FDP_PROFILE_DEFAULT,
                    &err);
    fdp_bind(&engine, &listener, &err);
    fdp_listen(&engine, &listener, &err);

    step("a connection request arrives before the select");
    fdp_input(&engine, &listener, FDP_IN_PENDING, 0, &err);
    step("WSPAsyncSelect(100, FD_ACCEPT|FD_READ|FD_WRITE|FD_CLOSE): "
         "persistence");
    fdp_select(&engine, &listener, 7, 0x401,
               FDP_FD_ACCEPT | FDP_FD_READ | FDP_FD_WRITE | FDP_FD_CLOSE, &err);
    step("WSPAccept -> 101: it inherits the registration");
    fdp_accept(&engine, &listener, 0, 0, &conn, 101, &err);
    step("10 bytes arrive");
    fdp_input(&engine, &conn, FDP_IN_DATA, 10, &err);
    step("5 more arrive: FD_READ is posted, not re-enabled: nothing");
    fdp_input(&engine, &conn, FDP_IN_DATA, 5, &err);
    step("WSPRecv(4) -> 4, 11 bytes left: level-triggered");
    fdp_recv(&engine, &conn, 0, 4, 4, FDP_LEFT_DATA, &err);
    step("the peer's FIN while data is unread: FD_CLOSE waits");
    fdp_input(&engine, &conn, FDP_IN_FIN, 0, &err);
    step("WSPRecv(100) -> 11, nothing left");
    fdp_recv(&engine, &conn, 0, 100, 11, 0, &err);
    step("WSPCloseSocket(101); WSPAsyncSelect on it fails");
    fdp_close(&engine, &conn, &err);
    if (fdp_select(&engine, &conn, 7, 0x401, FDP_FD_READ, &err) ==
        FDP_SOCKET_ERROR)
        printf("  SOCKET_ERROR, %s\n", fdp_error_name(err));
    return 0;
}
