/* scen_table.c -- every scenario, its name and the rules it exercises. */
#include "scen.h"

const scenario probe_scenarios[] = {
    { "wine-read-events", "READ2 S2 S1 S3 READ3 S5 S4", sc_wine_read_events },
    { "wine-read-deselected", "S1 READ1 S2", sc_wine_read_deselected },
    { "wine-read-recv-deselected", "S1 READ1", sc_wine_read_recv_deselected },
    { "read-peek", "READ2 READ3 S4", sc_read_peek },
    { "read-level", "READ2 READ3 S5", sc_read_level },
    { "read-no-flood", "READ2 S3 S5", sc_read_no_flood },
    { "udp-read", "READ2 S5 READ3", sc_udp_read },
    { "udp-msgsize", "READ2 READ3 S4", sc_udp_msgsize },
};
const int probe_nscenarios = sizeof probe_scenarios / sizeof probe_scenarios[0];
