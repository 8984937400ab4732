/* SPDX-License-Identifier: MIT */
/* fdp_names.c -- names of events, errors and rules, for messages and traces. */
#include "fdp_core.h"
#include "fdp_vocab.h"

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
#define ERROR_ROW(name, code) { code, #name },
    FDP_WSA_ERRORS(ERROR_ROW)
#undef ERROR_ROW
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

/* ---- names back to codes, for readers of traces ---- */

static int same(const char *name, size_t len, const char *known)
{
    size_t i;
    for (i = 0; i < len; i++)
        if (known[i] != name[i])        /* known's NUL stops it too */
            return 0;
    return known[len] == 0;
}

int fdp_error_code(const char *name, size_t len)
{
    int i;
    for (i = 0; i < COUNT(errors); i++)
        if (same(name, len, errors[i].name))
            return errors[i].code;
    return 0;
}

uint32_t fdp_event_code(const char *name, size_t len)
{
    int i;
    if (same(name, len, "FD_ALL_EVENTS"))
        return FDP_FD_ALL_EVENTS;
    for (i = 0; i < COUNT(events); i++)
        if (same(name, len, events[i].name))
            return events[i].event;
    return 0;
}

uint32_t fdp_ioctl_code(const char *name, size_t len)
{
    static const uint32_t codes[] = {
        FDP_SIO_GET_QOS, FDP_SIO_GET_GROUP_QOS,
        FDP_SIO_ROUTING_INTERFACE_CHANGE, FDP_SIO_ADDRESS_LIST_CHANGE,
    };
    int i;
    for (i = 0; i < COUNT(codes); i++)
        if (same(name, len, fdp_ioctl_name(codes[i])))
            return codes[i];
    return 0;
}

const char *fdp_mask_str(uint32_t mask, char *buf)
{
    char *p = buf;
    int i;
    if (mask & ~(uint32_t)FDP_FD_ALL_EVENTS) {
        *p++ = '0';
        *p++ = 'x';
        for (i = 28; i >= 0 && !(mask >> i); i -= 4)
            ;                           /* skip the leading zero digits */
        for (; i >= 0; i -= 4)
            *p++ = "0123456789abcdef"[(mask >> i) & 0xFu];
    } else {
        /* FD names in bit order, as a person would write them */
        for (i = 0; i < FDP_FD_MAX_EVENTS; i++)
            if (mask & (1u << i)) {
                const char *n = fdp_event_name(1u << i);
                if (p != buf)
                    *p++ = '|';
                while (*n)
                    *p++ = *n++;
            }
        if (p == buf)
            *p++ = '0';
    }
    *p = 0;
    return buf;
}
