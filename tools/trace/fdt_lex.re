/*
 * fdt_lex.re -- the lexer of the .fdt trace format (docs/trace-format.md).
 * re2c source: `make gen` writes fdt_lex.c from it with
 * `re2c -W --no-generation-date --no-version`; both are committed and
 * `make check` regenerates and compares (check-lexer-drift).
 *
 * One call, one token.  The line is NUL-terminated at `lim` (the reader puts
 * the NUL where the line end was); a NUL before `lim` is an error, so the
 * sentinel cannot be faked.  Keywords, FD_ names, WSA error names and SIO_
 * names are told apart here; the parser decides which may stand where.
 */
#include "fdt.h"

static void number(fdt_token *t, const unsigned char *tok,
                   const unsigned char *end, int hex)
{
    const char *p = (const char *)tok + (hex ? 2 : 0), *e = (const char *)end;
    uint64_t v = 0, base = hex ? 16 : 10;
    t->kind = FDT_T_NUM;
    t->hex = hex;
    t->overflow = 0;
    for (; p < e; p++) {
        unsigned d = (unsigned)(*p >= 'a' ? *p - 'a' + 10 :
                                *p >= 'A' ? *p - 'A' + 10 : *p - '0');
        if (v >= UINT64_MAX / 16 && v > (UINT64_MAX - d) / base)
            t->overflow = 1;   /* the division only near the top */
        v = v * base + d;
    }
    t->num = v;
}

void fdt_lex(const char *line, const char *lim, const char **cur, fdt_token *t)
{
    const unsigned char *YYCURSOR = (const unsigned char *)*cur;
    const unsigned char *YYMARKER = YYCURSOR;
    const unsigned char *tok;
    int spaced = (*cur == line);

#define TOK(k, v) do { t->kind = (k); t->val = (v); goto done; } while (0)
#define KW(k) TOK(FDT_T_KW, FDT_KW_##k)
#define BAD(m) do { t->kind = FDT_T_BAD; t->msg = (m); t->val = *tok; \
                    goto done; } while (0)
loop:
    tok = YYCURSOR;
    /*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;

    word = [A-Za-z_][A-Za-z0-9_]*;

    [ \t]+      { spaced = 1; goto loop; }
    "#" [^\x00]* {
                  if ((const char *)YYCURSOR < lim) { tok = YYCURSOR; BAD("NUL byte"); }
                  TOK(FDT_T_END, 0);
                }
    "\x00"      {
                  if ((const char *)tok < lim) BAD("NUL byte");
                  YYCURSOR = tok;
                  TOK(FDT_T_END, 0);
                }
    "\r"        { BAD("carriage return inside a line"); }
    [\x80-\xff] { BAD("non-ASCII byte"); }

    "->"        { TOK(FDT_T_ARROW, 0); }
    "|"         { TOK(FDT_T_PIPE, 0); }
    "wnd="      { TOK(FDT_T_WND, 0); }
    "msg="      { TOK(FDT_T_MSG, 0); }

    "fdt"       { KW(FDT); }
    "profile"   { KW(PROFILE); }
    "socket"    { KW(SOCKET); }
    "tcp"       { KW(TCP); }
    "udp"       { KW(UDP); }
    "spec"      { KW(SPEC); }
    "windows"   { KW(WINDOWS); }
    "select"    { KW(SELECT); }
    "eventselect" { KW(EVENTSELECT); }
    "fionbio"   { KW(FIONBIO); }
    "bind"      { KW(BIND); }
    "listen"    { KW(LISTEN); }
    "connect"   { KW(CONNECT); }
    "joinleaf"  { KW(JOINLEAF); }
    "accept"    { KW(ACCEPT); }
    "recv"      { KW(RECV); }
    "send"      { KW(SEND); }
    "ioctl"     { KW(IOCTL); }
    "oobinline" { KW(OOBINLINE); }
    "shutdown"  { KW(SHUTDOWN); }
    "close"     { KW(CLOSE); }
    "arrive"    { KW(ARRIVE); }
    "arrive-oob" { KW(ARRIVE_OOB); }
    "incoming"  { KW(INCOMING); }
    "connected" { KW(CONNECTED); }
    "connect-failed" { KW(CONNECT_FAILED); }
    "space"     { KW(SPACE); }
    "fin"       { KW(FIN); }
    "reset"     { KW(RESET); }
    "abort"     { KW(ABORT); }
    "netdown"   { KW(NETDOWN); }
    "qos-change" { KW(QOS_CHANGE); }
    "group-qos-change" { KW(GROUP_QOS_CHANGE); }
    "route-change" { KW(ROUTE_CHANGE); }
    "addrlist-change" { KW(ADDRLIST_CHANGE); }
    "data-gone" { KW(DATA_GONE); }
    "urgent-gone" { KW(URGENT_GONE); }
    "no-pending" { KW(NO_PENDING); }
    "post"      { KW(POST); }
    "peek"      { KW(PEEK); }
    "oob"       { KW(OOB); }
    "on"        { KW(ON); }
    "off"       { KW(OFF); }
    "ok"        { KW(OK); }
    "receive"   { KW(RECEIVE); }
    "both"      { KW(BOTH); }

    "FD_READ"   { TOK(FDT_T_FD, 0x001); }
    "FD_WRITE"  { TOK(FDT_T_FD, 0x002); }
    "FD_OOB"    { TOK(FDT_T_FD, 0x004); }
    "FD_ACCEPT" { TOK(FDT_T_FD, 0x008); }
    "FD_CONNECT" { TOK(FDT_T_FD, 0x010); }
    "FD_CLOSE"  { TOK(FDT_T_FD, 0x020); }
    "FD_QOS"    { TOK(FDT_T_FD, 0x040); }
    "FD_GROUP_QOS" { TOK(FDT_T_FD, 0x080); }
    "FD_ROUTING_INTERFACE_CHANGE" { TOK(FDT_T_FD, 0x100); }
    "FD_ADDRESS_LIST_CHANGE" { TOK(FDT_T_FD, 0x200); }
    "FD_ALL_EVENTS" { TOK(FDT_T_FD, 0x3FF); }

    "SIO_GET_QOS" { TOK(FDT_T_SIO, (int)0xC8000007u); }
    "SIO_GET_GROUP_QOS" { TOK(FDT_T_SIO, (int)0xC8000008u); }
    "SIO_ROUTING_INTERFACE_CHANGE" { TOK(FDT_T_SIO, 0x88000015); }
    "SIO_ADDRESS_LIST_CHANGE" { TOK(FDT_T_SIO, 0x28000017); }

    "WSAEINTR"          { TOK(FDT_T_ERR, 10004); }
    "WSAEBADF"          { TOK(FDT_T_ERR, 10009); }
    "WSAEACCES"         { TOK(FDT_T_ERR, 10013); }
    "WSAEFAULT"         { TOK(FDT_T_ERR, 10014); }
    "WSAEINVAL"         { TOK(FDT_T_ERR, 10022); }
    "WSAEMFILE"         { TOK(FDT_T_ERR, 10024); }
    "WSAEWOULDBLOCK"    { TOK(FDT_T_ERR, 10035); }
    "WSAEINPROGRESS"    { TOK(FDT_T_ERR, 10036); }
    "WSAEALREADY"       { TOK(FDT_T_ERR, 10037); }
    "WSAENOTSOCK"       { TOK(FDT_T_ERR, 10038); }
    "WSAEDESTADDRREQ"   { TOK(FDT_T_ERR, 10039); }
    "WSAEMSGSIZE"       { TOK(FDT_T_ERR, 10040); }
    "WSAEPROTOTYPE"     { TOK(FDT_T_ERR, 10041); }
    "WSAENOPROTOOPT"    { TOK(FDT_T_ERR, 10042); }
    "WSAEPROTONOSUPPORT" { TOK(FDT_T_ERR, 10043); }
    "WSAESOCKTNOSUPPORT" { TOK(FDT_T_ERR, 10044); }
    "WSAEOPNOTSUPP"     { TOK(FDT_T_ERR, 10045); }
    "WSAEPFNOSUPPORT"   { TOK(FDT_T_ERR, 10046); }
    "WSAEAFNOSUPPORT"   { TOK(FDT_T_ERR, 10047); }
    "WSAEADDRINUSE"     { TOK(FDT_T_ERR, 10048); }
    "WSAEADDRNOTAVAIL"  { TOK(FDT_T_ERR, 10049); }
    "WSAENETDOWN"       { TOK(FDT_T_ERR, 10050); }
    "WSAENETUNREACH"    { TOK(FDT_T_ERR, 10051); }
    "WSAENETRESET"      { TOK(FDT_T_ERR, 10052); }
    "WSAECONNABORTED"   { TOK(FDT_T_ERR, 10053); }
    "WSAECONNRESET"     { TOK(FDT_T_ERR, 10054); }
    "WSAENOBUFS"        { TOK(FDT_T_ERR, 10055); }
    "WSAEISCONN"        { TOK(FDT_T_ERR, 10056); }
    "WSAENOTCONN"       { TOK(FDT_T_ERR, 10057); }
    "WSAESHUTDOWN"      { TOK(FDT_T_ERR, 10058); }
    "WSAETOOMANYREFS"   { TOK(FDT_T_ERR, 10059); }
    "WSAETIMEDOUT"      { TOK(FDT_T_ERR, 10060); }
    "WSAECONNREFUSED"   { TOK(FDT_T_ERR, 10061); }
    "WSAELOOP"          { TOK(FDT_T_ERR, 10062); }
    "WSAENAMETOOLONG"   { TOK(FDT_T_ERR, 10063); }
    "WSAEHOSTDOWN"      { TOK(FDT_T_ERR, 10064); }
    "WSAEHOSTUNREACH"   { TOK(FDT_T_ERR, 10065); }
    "WSAENOTEMPTY"      { TOK(FDT_T_ERR, 10066); }
    "WSAEPROCLIM"       { TOK(FDT_T_ERR, 10067); }
    "WSAEUSERS"         { TOK(FDT_T_ERR, 10068); }
    "WSAEDQUOT"         { TOK(FDT_T_ERR, 10069); }
    "WSAESTALE"         { TOK(FDT_T_ERR, 10070); }
    "WSAEREMOTE"        { TOK(FDT_T_ERR, 10071); }
    "WSASYSNOTREADY"    { TOK(FDT_T_ERR, 10091); }
    "WSAVERNOTSUPPORTED" { TOK(FDT_T_ERR, 10092); }
    "WSANOTINITIALISED" { TOK(FDT_T_ERR, 10093); }
    "WSAEDISCON"        { TOK(FDT_T_ERR, 10101); }
    "WSAENOMORE"        { TOK(FDT_T_ERR, 10102); }
    "WSAECANCELLED"     { TOK(FDT_T_ERR, 10103); }
    "WSAEINVALIDPROCTABLE" { TOK(FDT_T_ERR, 10104); }
    "WSAEINVALIDPROVIDER" { TOK(FDT_T_ERR, 10105); }
    "WSAEPROVIDERFAILEDINIT" { TOK(FDT_T_ERR, 10106); }
    "WSASYSCALLFAILURE" { TOK(FDT_T_ERR, 10107); }
    "WSASERVICE_NOT_FOUND" { TOK(FDT_T_ERR, 10108); }
    "WSATYPE_NOT_FOUND" { TOK(FDT_T_ERR, 10109); }
    "WSA_E_NO_MORE"     { TOK(FDT_T_ERR, 10110); }
    "WSA_E_CANCELLED"   { TOK(FDT_T_ERR, 10111); }
    "WSAEREFUSED"       { TOK(FDT_T_ERR, 10112); }
    "WSAHOST_NOT_FOUND" { TOK(FDT_T_ERR, 11001); }
    "WSATRY_AGAIN"      { TOK(FDT_T_ERR, 11002); }
    "WSANO_RECOVERY"    { TOK(FDT_T_ERR, 11003); }
    "WSANO_DATA"        { TOK(FDT_T_ERR, 11004); }

    word        { TOK(FDT_T_WORD, 0); }
    [A-Za-z_][A-Za-z0-9_-]* { BAD("unknown word"); }

    [0-9]+      { number(t, tok, YYCURSOR, 0); goto done_num; }
    "0" [xX] [0-9a-fA-F]+ { number(t, tok, YYCURSOR, 1); goto done_num; }
    [0-9] [A-Za-z0-9_]* { BAD("malformed number"); }

    *           { BAD("unexpected character"); }
    */
done:
    t->hex = 0;
    t->overflow = 0;
    t->num = 0;
done_num:
    t->text = (const char *)tok;
    t->len = (unsigned)(YYCURSOR - tok);
    t->col = (unsigned)((const char *)tok - line) + 1;
    t->spaced = spaced;
    *cur = (const char *)YYCURSOR;
    (void)YYMARKER;
#undef TOK
#undef KW
#undef BAD
}
