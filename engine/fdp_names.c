/* fdp_names.c -- names of events, errors and rules, for messages and traces. */
#include "fdp_core.h"

static const struct { unsigned event; const char *name; } events[] = {
    /* the S15 order */
    { FDP_FD_CONNECT, "FD_CONNECT" },
    { FDP_FD_ACCEPT, "FD_ACCEPT" },
    { FDP_FD_OOB, "FD_OOB" },
    { FDP_FD_READ, "FD_READ" },
    { FDP_FD_WRITE, "FD_WRITE" },
    { FDP_FD_CLOSE, "FD_CLOSE" },
    { FDP_FD_QOS, "FD_QOS" },
    { FDP_FD_GROUP_QOS, "FD_GROUP_QOS" },
    { FDP_FD_ROUTING_INTERFACE_CHANGE, "FD_ROUTING_INTERFACE_CHANGE" },
    { FDP_FD_ADDRESS_LIST_CHANGE, "FD_ADDRESS_LIST_CHANGE" },
};

static const struct { int code; const char *name; } errors[] = {
    { FDP_WSAEFAULT, "WSAEFAULT" },
    { FDP_WSAEINVAL, "WSAEINVAL" },
    { FDP_WSAEMFILE, "WSAEMFILE" },
    { FDP_WSAEWOULDBLOCK, "WSAEWOULDBLOCK" },
    { FDP_WSAEINPROGRESS, "WSAEINPROGRESS" },
    { FDP_WSAENOTSOCK, "WSAENOTSOCK" },
    { FDP_WSAEAFNOSUPPORT, "WSAEAFNOSUPPORT" },
    { FDP_WSAENETDOWN, "WSAENETDOWN" },
    { FDP_WSAENETUNREACH, "WSAENETUNREACH" },
    { FDP_WSAECONNABORTED, "WSAECONNABORTED" },
    { FDP_WSAECONNRESET, "WSAECONNRESET" },
    { FDP_WSAENOBUFS, "WSAENOBUFS" },
    { FDP_WSAEISCONN, "WSAEISCONN" },
    { FDP_WSAENOTCONN, "WSAENOTCONN" },
    { FDP_WSAETIMEDOUT, "WSAETIMEDOUT" },
    { FDP_WSAECONNREFUSED, "WSAECONNREFUSED" },
    { FDP_WSATRY_AGAIN, "WSATRY_AGAIN" },
};

static const char *const rule_ids[FDP_RULES] = FDP_RULE_IDS;
static const char *const rule_texts[FDP_RULES] = FDP_RULE_TEXTS;

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

int fdp_event_index(unsigned event)
{
    int i;
    for (i = 0; i < COUNT(events); i++)
        if (events[i].event == event)
            return i;
    return -1;
}

unsigned fdp_event_at(int index)
{
    return index >= 0 && index < COUNT(events) ? events[index].event : 0;
}

const char *fdp_event_name(unsigned event)
{
    int i = fdp_event_index(event);
    return i < 0 ? 0 : events[i].name;
}

const char *fdp_error_name(int error)
{
    int i;
    for (i = 0; i < COUNT(errors); i++)
        if (errors[i].code == error)
            return errors[i].name;
    return 0;
}

const char *fdp_rule_name(int rule)
{
    return rule > 0 && rule < FDP_RULES ? rule_ids[rule] : 0;
}

const char *fdp_rule_text(int rule)
{
    return rule > 0 && rule < FDP_RULES ? rule_texts[rule] : 0;
}
