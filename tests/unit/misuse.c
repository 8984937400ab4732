/* SPDX-License-Identifier: MIT */
/*
 * misuse.c -- the API used wrongly (issue 14, item 11): each misuse is
 * refused with a Winsock error or behaves as engine/fdpost.h documents
 * beside the function.
 */
#include "harness.h"

static int posts, last_rc;
static fdp_engine *reenter_e;
static fdp_socket *reenter_s;

static int post_rc(void *ctx, uint64_t w, uint32_t wnd, uint32_t msg, uint32_t lp)
{
    (void)ctx; (void)w; (void)wnd; (void)msg; (void)lp;
    posts++;
    return last_rc;
}

/* closes the socket at its first post */
static int post_close(void *ctx, uint64_t w, uint32_t wnd, uint32_t msg, uint32_t lp)
{
    int err;
    (void)ctx; (void)w; (void)wnd; (void)msg; (void)lp;
    if (posts++ == 0)
        fdp_close(reenter_e, reenter_s, &err);
    return 0;
}

/* fdp_accept: the new socket may not be the listener (it would be wiped). */
START_TEST(test_accept_into_the_listener_einval)
{
    fdp_engine e;
    fdp_socket l, before;
    int err = 0;
    posts = last_rc = 0;
    fdp_init(&e, post_rc, NULL, FDP_PROFILE_SPEC);
    ck_assert_int_eq(fdp_socket_init(&e, &l, 8, FDP_STREAM, FDP_PROFILE_DEFAULT, &err), 0);
    ck_assert_int_eq(fdp_bind(&e, &l, &err), 0);
    ck_assert_int_eq(fdp_listen(&e, &l, &err), 0);
    ck_assert_int_eq(fdp_select(&e, &l, 1, 2, FDP_FD_ACCEPT, &err), 0);
    before = l;
    ck_assert_int_eq(fdp_accept(&e, &l, 0, 0, &l, 9, &err), FDP_SOCKET_ERROR);
    ck_assert_int_eq(err, FDP_WSAEINVAL);
    ck_assert_mem_eq(&l, &before, sizeof l);
}
END_TEST

/* A callback returning -1 (no Winsock error) is reported as WSAENOBUFS. */
START_TEST(test_callback_minus_one_is_enobufs)
{
    fdp_engine e;
    fdp_socket s;
    int err = 0;
    posts = 0;
    last_rc = -1;
    fdp_init(&e, post_rc, NULL, FDP_PROFILE_SPEC);
    fdp_socket_init(&e, &s, 8, FDP_STREAM, FDP_PROFILE_DEFAULT, &err);
    fdp_connect(&e, &s, 0, &err);
    ck_assert_int_eq(fdp_select(&e, &s, 1, 2, FDP_FD_WRITE, &err), FDP_SOCKET_ERROR);
    ck_assert_int_eq(err, FDP_WSAENOBUFS);
    ck_assert_int_eq(posts, 1);
    last_rc = 0;
}
END_TEST

/* No post callback: posts fail with WSAENOBUFS, nothing crashes. */
START_TEST(test_null_callback_enobufs)
{
    fdp_engine e;
    fdp_socket s;
    int err = 0;
    fdp_init(&e, NULL, NULL, FDP_PROFILE_SPEC);
    fdp_socket_init(&e, &s, 8, FDP_STREAM, FDP_PROFILE_DEFAULT, &err);
    fdp_connect(&e, &s, 0, &err);
    ck_assert_int_eq(fdp_select(&e, &s, 1, 2, FDP_FD_WRITE, &err), FDP_SOCKET_ERROR);
    ck_assert_int_eq(err, FDP_WSAENOBUFS);
}
END_TEST

/* Initialising a live socket again resets it (documented): the
   registration is forgotten, nothing more is posted for it. */
START_TEST(test_init_twice_resets)
{
    fdp_engine e;
    fdp_socket s;
    int err = 0;
    posts = last_rc = 0;
    fdp_init(&e, post_rc, NULL, FDP_PROFILE_SPEC);
    fdp_socket_init(&e, &s, 8, FDP_STREAM, FDP_PROFILE_DEFAULT, &err);
    fdp_connect(&e, &s, 0, &err);
    ck_assert_int_eq(fdp_select(&e, &s, 1, 2, FDP_FD_READ, &err), 0);
    ck_assert_int_eq(fdp_socket_init(&e, &s, 8, FDP_STREAM, FDP_PROFILE_DEFAULT, &err), 0);
    ck_assert_int_eq(fdp_nonblocking(&s), 0);
    fdp_input(&e, &s, FDP_IN_DATA, 5, &err);
    ck_assert_int_eq(posts, 0);
}
END_TEST

/* close from inside a callback: the batch's remaining posts still go out
   (documented beside fdp_close), later calls fail with WSAENOTSOCK. */
START_TEST(test_close_in_callback_batch_goes_out)
{
    fdp_engine e;
    fdp_socket s;
    int err = 0;
    posts = 0;
    fdp_init(&e, post_close, NULL, FDP_PROFILE_SPEC);
    reenter_e = &e;
    reenter_s = &s;
    fdp_socket_init(&e, &s, 8, FDP_STREAM, FDP_PROFILE_DEFAULT, &err);
    fdp_connect(&e, &s, 0, &err);
    fdp_input(&e, &s, FDP_IN_DATA, 5, &err);
    ck_assert_int_eq(fdp_select(&e, &s, 1, 2, FDP_FD_READ | FDP_FD_WRITE, &err), 0);
    ck_assert_int_eq(posts, 2);         /* FD_READ, then FD_WRITE after the close */
    ck_assert_int_eq(fdp_input(&e, &s, FDP_IN_DATA, 5, &err), FDP_SOCKET_ERROR);
    ck_assert_int_eq(err, FDP_WSAENOTSOCK);
}
END_TEST

Suite *misuse_suite(void)
{
    Suite *su = suite_create("misuse");
    TCase *tc = tcase_create("api");
    tcase_add_test(tc, test_accept_into_the_listener_einval);
    tcase_add_test(tc, test_callback_minus_one_is_enobufs);
    tcase_add_test(tc, test_null_callback_enobufs);
    tcase_add_test(tc, test_init_twice_resets);
    tcase_add_test(tc, test_close_in_callback_batch_goes_out);
    suite_add_tcase(su, tc);
    return su;
}
