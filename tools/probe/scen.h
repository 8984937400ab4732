/* SPDX-License-Identifier: MIT */
/* scen.h -- what the scenario files share. */
#ifndef FDPOST_PROBE_SCEN_H
#define FDPOST_PROBE_SCEN_H
#include "probe.h"

/* The masks of Wine's test_*_events. */
#define ALL5 (FD_ACCEPT | FD_CLOSE | FD_CONNECT | FD_OOB | FD_READ)
#define ALL6 (ALL5 | FD_WRITE)

void sc_wine_read_events(probe *p);
void sc_wine_read_deselected(probe *p);
void sc_wine_read_recv_deselected(probe *p);
void sc_read_peek(probe *p);
void sc_read_level(probe *p);
void sc_read_no_flood(probe *p);
void sc_udp_read(probe *p);
void sc_udp_msgsize(probe *p);
void sc_wine_write_events(probe *p);
void sc_wine_write_subset(probe *p);
void sc_wine_write_send(probe *p);
void sc_write_wouldblock(probe *p);
void sc_write_udp_bind(probe *p);
void sc_wine_oob_events(probe *p);
void sc_wine_oob_deselected(probe *p);
void sc_oob_recv_normal(probe *p);
void sc_oob_inline(probe *p);
void sc_oob_inline_recv_oob(probe *p);
void sc_oob_inline_toggle(probe *p);
void sc_wine_accept_events(probe *p);
void sc_wine_accept_then_select(probe *p);
void sc_wine_accept_subset(probe *p);
void sc_wine_accept_before_select(probe *p);
void sc_wine_accept_inherit(probe *p);
void sc_accept_inherit_events(probe *p);
void sc_accept_level(probe *p);
void sc_wine_connect_events(probe *p);
void sc_wine_connect_then_select(probe *p);
void sc_wine_connect_subset(probe *p);
void sc_wine_connect_udp(probe *p);
void sc_connect_udp_only(probe *p);
void sc_connect_refused(probe *p);
void sc_connect_only(probe *p);
void sc_wine_close_graceful(probe *p);
void sc_wine_close_shutdown(probe *p);
void sc_wine_close_other_shutdowns(probe *p);
void sc_wine_close_with_data(probe *p);
void sc_wine_close_then_select(probe *p);
void sc_wine_close_subset(probe *p);
void sc_wine_close_reset(probe *p);
void sc_close_reset_with_data(probe *p);
void sc_close_local_shutdown(probe *p);
void sc_close_graceful_only(probe *p);
void sc_close_own(probe *p);
void sc_select_mask_zero(probe *p);
void sc_select_two_ids(probe *p);
void sc_select_second_msg(probe *p);
void sc_select_persistence(probe *p);
void sc_select_reselect(probe *p);
void sc_select_fionbio(probe *p);
void sc_select_bad_bits(probe *p);
void sc_ev_wine_accept_events(probe *p);
void sc_ev_wine_accept_then_select(probe *p);
void sc_ev_wine_accept_subset(probe *p);
void sc_ev_wine_accept_subset_kept(probe *p);
void sc_ev_wine_accept_before_select(probe *p);
void sc_ev_wine_accept_inherit(probe *p);
void sc_ev_wine_connect_events(probe *p);
void sc_ev_wine_connect_then_select(probe *p);
void sc_ev_wine_connect_subset(probe *p);
void sc_ev_wine_connect_udp(probe *p);
void sc_ev_wine_write_events(probe *p);
void sc_ev_wine_write_send(probe *p);
void sc_ev_wine_write_subset(probe *p);
void sc_ev_wine_read_events(probe *p);
void sc_ev_wine_read_deselected(probe *p);
void sc_ev_wine_read_unselected_enum(probe *p);
void sc_ev_wine_oob_events(probe *p);
void sc_ev_wine_oob_deselected(probe *p);
void sc_ev_wine_close_graceful(probe *p);
void sc_ev_wine_close_shutdown(probe *p);
void sc_ev_wine_close_other_shutdowns(probe *p);
void sc_ev_wine_close_with_data(probe *p);
void sc_ev_wine_close_then_select(probe *p);
void sc_ev_wine_close_subset(probe *p);
void sc_ev_wine_close_reset(probe *p);
void sc_ev_wine_enum_network_events(probe *p);
void sc_ev_set_only_recorded(probe *p);
void sc_ev_enum_no_handle(probe *p);
void sc_ev_reselect_after_enum(probe *p);
void sc_ev_mask_change(probe *p);
void sc_ev_accept_inherit_events(probe *p);
void sc_ev_async_and_back(probe *p);
#endif
