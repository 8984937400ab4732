#!/bin/sh
# SPDX-License-Identifier: MIT
# check-silent: what the engine refuses cannot pass silently (issue 14,
# item 9): a transport change it refuses (route-change WSAECONNRESET) or a
# call it refuses that the trace has succeed is a divergence, and
# `fdpost run` exits 1 when the vector it writes would diverge (a select the
# engine refuses).  The chaining of two recorders is in recorder_codes.c.
# usage: silent.sh FDPOST WORKDIR
set -u
fdpost=$1 dir=$2
fail=0
rm -rf "$dir" && mkdir -p "$dir"
no() { echo "silent: $*"; fail=1; }

printf 'fdt 1\nhandwritten\nsocket s tcp\ns select FD_ROUTING_INTERFACE_CHANGE wnd=1 msg=2\ns route-change WSAECONNRESET\n' > "$dir/route.fdt"
"$fdpost" check "$dir/route.fdt" > "$dir/route.out" 2>&1
rc=$?
[ $rc -eq 1 ] || no "route-change WSAECONNRESET exited $rc, expected 1 (diverge)"
grep -q 'route.fdt:5: s: the engine refuses `s route-change WSAECONNRESET` with WSAEINVAL.*\[rule S14\]' "$dir/route.out" ||
    { no "route-change WSAECONNRESET: no report:"; cat "$dir/route.out"; }

# select with a message id beyond what the engine takes: refused (WSAEINVAL)
printf 'fdt 1\nhandwritten\nsocket s tcp\ns select 0x10000 wnd=1 msg=2\n' > "$dir/sel.fdt"
"$fdpost" check "$dir/sel.fdt" > /dev/null 2>&1
[ $? -eq 1 ] || no "a refused select that succeeds in the trace must diverge"
"$fdpost" run "$dir/sel.fdt" > "$dir/sel.run" 2> "$dir/sel.err"
rc=$?
[ $rc -eq 1 ] || no "fdpost run on a refused select exited $rc, expected 1"
grep -q 'S17' "$dir/sel.err" || no "fdpost run: the refusal is not reported: $(cat "$dir/sel.err")"

[ $fail -eq 0 ] && echo "silent: refused inputs and calls diverge; run says so (exit 1)"
exit $fail
