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

/* Winsock's error names: those the engine posts and refuses with, and the
   rest a trace may carry as what recv, send and the others returned. */
static const struct { int code; const char *name; } errors[] = {
    { 10004, "WSAEINTR" }, { 10009, "WSAEBADF" }, { 10013, "WSAEACCES" },
    { 10014, "WSAEFAULT" }, { 10022, "WSAEINVAL" }, { 10024, "WSAEMFILE" },
    { 10035, "WSAEWOULDBLOCK" }, { 10036, "WSAEINPROGRESS" },
    { 10037, "WSAEALREADY" }, { 10038, "WSAENOTSOCK" },
    { 10039, "WSAEDESTADDRREQ" }, { 10040, "WSAEMSGSIZE" },
    { 10041, "WSAEPROTOTYPE" }, { 10042, "WSAENOPROTOOPT" },
    { 10043, "WSAEPROTONOSUPPORT" }, { 10044, "WSAESOCKTNOSUPPORT" },
    { 10045, "WSAEOPNOTSUPP" }, { 10046, "WSAEPFNOSUPPORT" },
    { 10047, "WSAEAFNOSUPPORT" }, { 10048, "WSAEADDRINUSE" },
    { 10049, "WSAEADDRNOTAVAIL" }, { 10050, "WSAENETDOWN" },
    { 10051, "WSAENETUNREACH" }, { 10052, "WSAENETRESET" },
    { 10053, "WSAECONNABORTED" }, { 10054, "WSAECONNRESET" },
    { 10055, "WSAENOBUFS" }, { 10056, "WSAEISCONN" }, { 10057, "WSAENOTCONN" },
    { 10058, "WSAESHUTDOWN" }, { 10059, "WSAETOOMANYREFS" },
    { 10060, "WSAETIMEDOUT" }, { 10061, "WSAECONNREFUSED" },
    { 10062, "WSAELOOP" }, { 10063, "WSAENAMETOOLONG" },
    { 10064, "WSAEHOSTDOWN" }, { 10065, "WSAEHOSTUNREACH" },
    { 10066, "WSAENOTEMPTY" }, { 10067, "WSAEPROCLIM" }, { 10068, "WSAEUSERS" },
    { 10069, "WSAEDQUOT" }, { 10070, "WSAESTALE" }, { 10071, "WSAEREMOTE" },
    { 10091, "WSASYSNOTREADY" }, { 10092, "WSAVERNOTSUPPORTED" },
    { 10093, "WSANOTINITIALISED" }, { 10101, "WSAEDISCON" },
    { 10102, "WSAENOMORE" }, { 10103, "WSAECANCELLED" },
    { 10104, "WSAEINVALIDPROCTABLE" }, { 10105, "WSAEINVALIDPROVIDER" },
    { 10106, "WSAEPROVIDERFAILEDINIT" }, { 10107, "WSASYSCALLFAILURE" },
    { 10108, "WSASERVICE_NOT_FOUND" }, { 10109, "WSATYPE_NOT_FOUND" },
    { 10110, "WSA_E_NO_MORE" }, { 10111, "WSA_E_CANCELLED" },
    { 10112, "WSAEREFUSED" }, { 11001, "WSAHOST_NOT_FOUND" },
    { 11002, "WSATRY_AGAIN" }, { 11003, "WSANO_RECOVERY" },
    { 11004, "WSANO_DATA" },
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

const char *fdp_ioctl_name(uint32_t code)
{
    switch (code) {
    case FDP_SIO_GET_QOS: return "SIO_GET_QOS";
    case FDP_SIO_GET_GROUP_QOS: return "SIO_GET_GROUP_QOS";
    case FDP_SIO_ROUTING_INTERFACE_CHANGE: return "SIO_ROUTING_INTERFACE_CHANGE";
    case FDP_SIO_ADDRESS_LIST_CHANGE: return "SIO_ADDRESS_LIST_CHANGE";
    default: return 0;
    }
}
