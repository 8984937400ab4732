#!/bin/sh
# SPDX-License-Identifier: MIT
# check-incomplete: a recording that lost records, or never ended, cannot
# pass (issue 14, item 1).  `fdpost check` exits 3 ("incomplete") for an
# empty file, /dev/null, a header-only trace, a trace without its closing
# record, and one whose `end N` counts records that did not arrive; a
# recorder with a tiny buffer or failing writes still yields a trace that
# conforms or is found incomplete, never one that silently lost lines.
# usage: incomplete.sh ROUNDTRIP FDPOST WORKDIR
set -u
rt=$1 fdpost=$2 dir=$3
fail=0
rm -rf "$dir" && mkdir -p "$dir"
no() { echo "incomplete: $*"; fail=1; }

# expect FILE STATUS [WORD]: the exit status and the verdict word
expect() {
    "$fdpost" check "$1" > "$dir/out" 2>&1
    rc=$?
    [ $rc -eq "$2" ] || { no "$1 exited $rc, expected $2:"; sed 's/^/  /' "$dir/out"; return; }
    [ -z "${3:-}" ] || grep -q "^$1: $3" "$dir/out" ||
        { no "$1: no '$3' verdict:"; sed 's/^/  /' "$dir/out"; }
}

: > "$dir/empty.fdt"
printf 'fdt 1\nprofile spec\n' > "$dir/header.fdt"
printf 'fdt 1\nprofile spec\nend 2\n' > "$dir/header-end.fdt"
printf 'fdt 1\nhandwritten\n' > "$dir/header-hand.fdt"
expect "$dir/empty.fdt" 3 incomplete
expect /dev/null 3 incomplete
expect "$dir/header.fdt" 3 incomplete
expect "$dir/header-end.fdt" 3 incomplete
expect "$dir/header-hand.fdt" 3 incomplete

# A real recording conforms; cut short, or with a line taken out, it is
# incomplete; a record after its end is a trace error.
"$rt" --seed 7 --steps 400 --sockets 5 > "$dir/rec.fdt" || no "recording failed"
tail -n 1 "$dir/rec.fdt" | grep -q '^end [0-9]*$' || no "the recording does not end with 'end N'"
expect "$dir/rec.fdt" 0 conforms
n=$(wc -l < "$dir/rec.fdt")
head -n $((n - 1)) "$dir/rec.fdt" > "$dir/cut.fdt"
expect "$dir/cut.fdt" 3 incomplete
grep -q 'no closing record' "$dir/out" || no "cut.fdt: the reason is not given"
awk '!done && NR > 20 && / post / { done = 1; next } { print }' "$dir/rec.fdt" \
    > "$dir/holed.fdt"
expect "$dir/holed.fdt" 3 incomplete
grep -q 'records were lost' "$dir/out" || no "holed.fdt: the count mismatch is not named"
{ cat "$dir/rec.fdt"; echo "0x104 close"; } > "$dir/after.fdt"
expect "$dir/after.fdt" 2

# The same in event-select mode: a set-event or an enum taken out.
"$rt" --seed 8 --steps 400 --sockets 5 --events 1 > "$dir/ev.fdt" || no "event-mode recording failed"
expect "$dir/ev.fdt" 0 conforms
for what in set-event enum; do
  awk -v w=" $what" '!done && NR > 20 && index($0, w) { done = 1; next } { print }' \
      "$dir/ev.fdt" > "$dir/ev-no-$what.fdt"
  cmp -s "$dir/ev.fdt" "$dir/ev-no-$what.fdt" && no "ev.fdt has no $what to take out"
  expect "$dir/ev-no-$what.fdt" 3 incomplete
  grep -q 'records were lost' "$dir/out" || no "ev-no-$what.fdt: the count mismatch is not named"
done

# A lost record can make the rest impossible (here the socket's creation):
# the error is reported, and the closing record's count explains it, so the
# verdict is incomplete; with the count right the trace is bad (2).
printf 'fdt 1\ns connect -> ok\nend 3\n' > "$dir/lost-socket.fdt"
expect "$dir/lost-socket.fdt" 3 incomplete
grep -q "unknown socket 's'" "$dir/out" || no "lost-socket.fdt: the trace error is not reported"
grep -q 'records were lost' "$dir/out" || no "lost-socket.fdt: the count mismatch is not named"
printf 'fdt 1\ns connect -> ok\nend 2\n' > "$dir/no-socket.fdt"
expect "$dir/no-socket.fdt" 2

# The recorder with a 24-byte buffer (the loss of the issue) writes the same
# trace in pieces; with writes failing it says so and the trace is incomplete.
"$rt" --seed 7 --steps 400 --sockets 5 --line 24 > "$dir/small.fdt" ||
    no "recording with a 24-byte buffer failed"
cmp -s "$dir/rec.fdt" "$dir/small.fdt" || no "a 24-byte buffer changed the recording"
"$rt" --seed 7 --steps 400 --sockets 5 --fail-every 50 > "$dir/failing.fdt" 2> "$dir/failing.err"
rc=$?
[ $rc -ne 0 ] || no "failing writes: the recorder driver exited 0"
expect "$dir/failing.fdt" 3 incomplete

# Post callbacks that call the engine, with no room to hold their lines in
# order (fdp_recorder_hold): the recorder says so, the trace is incomplete;
# with a little room it conforms.
"$rt" --seed 5 --steps 400 --sockets 5 --reenter 2 --hold 0 > "$dir/nohold.fdt" 2> /dev/null &&
    no "no hold room: the recorder driver exited 0"
grep -q '^# the recorder has no room' "$dir/nohold.fdt" || no "no hold room: no comment says so"
expect "$dir/nohold.fdt" 3 incomplete
"$rt" --seed 5 --steps 400 --sockets 5 --reenter 2 --hold 1024 > "$dir/hold.fdt" ||
    no "recording with 1 KiB of hold room failed"
expect "$dir/hold.fdt" 0 conforms

# A handwritten trace needs no end; a diverging trace that is incomplete is
# incomplete (3), which outranks a divergence and yields to a trace error.
printf 'fdt 1\nhandwritten\nsocket s tcp\ns select FD_READ wnd=1 msg=2\n' > "$dir/hand.fdt"
expect "$dir/hand.fdt" 0 conforms
printf 'fdt 1\nsocket s tcp\ns select FD_WRITE wnd=1 msg=2\n' > "$dir/div-cut.fdt"
expect "$dir/div-cut.fdt" 3 incomplete
"$fdpost" check "$dir/hand.fdt" "$dir/div-cut.fdt" "$dir/after.fdt" > /dev/null 2>&1
[ $? -eq 2 ] || no "a trace error among incomplete traces must exit 2"

# fdpost run keeps the closing record right: its own count.
"$fdpost" run "$dir/rec.fdt" > "$dir/run.fdt" || no "run on a recording failed"
expect "$dir/run.fdt" 0 conforms
"$fdpost" run "$dir/cut.fdt" > /dev/null 2>&1
[ $? -eq 3 ] || no "run on an incomplete trace must exit 3"

[ $fail -eq 0 ] && echo "incomplete: empty, header-only, cut, holed (event-select mode too), tiny-buffer, failing and out-of-room recordings: never pass"
exit $fail
