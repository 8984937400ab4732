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
#endif
