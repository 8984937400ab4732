#!/bin/sh
# SPDX-License-Identifier: MIT
# memcheck.sh -- `make memcheck`: the unit suites (tests/tests.mk's runner)
# and `fdpost check` on every conformance vector, under valgrind memcheck
# (--error-exitcode=1 --leak-check=full; Check without fork so valgrind
# sees the tests themselves).  Exit 1 on the first error.
set -u
B=${B:-build}
MEMCHECK=${MEMCHECK:-valgrind -q --error-exitcode=1 --leak-check=full}
MAKE=${MAKE:-make}
fail=0

# The unit suites, when tests/tests.mk builds them.
if $MAKE -s "$B/unit/fdp_unit" >/dev/null 2>&1; then
    if CK_FORK=no CK_DEFAULT_TIMEOUT=600 $MEMCHECK "$B/unit/fdp_unit" > "$B/memcheck-unit.log" 2>&1; then
        echo "memcheck: unit suites clean ($(grep -E '^[0-9]+%' "$B/memcheck-unit.log" | tail -1))"
    else
        tail -30 "$B/memcheck-unit.log"
        echo "memcheck: unit suites: valgrind or test failure ($B/memcheck-unit.log)"
        fail=1
    fi
else
    echo "memcheck: no unit runner ($B/unit/fdp_unit) to run"
fi

# fdpost check on the vectors, each profile's directory in one run.  Some
# vectors are meant to diverge (`# expect-divergence`, judged by
# check-vectors): here only valgrind's verdict counts, exit 99.
n=0
for dir in tests/vectors/spec tests/vectors/windows; do
    [ -d "$dir" ] || continue
    set -- "$dir"/*.fdt
    [ -e "$1" ] || continue
    n=$((n + $#))
    $MEMCHECK --error-exitcode=99 "$B/fdpost" check "$@" > "$B/memcheck-vectors.log" 2>&1
    rc=$?
    if [ $rc -gt 1 ]; then
        tail -30 "$B/memcheck-vectors.log"
        echo "memcheck: fdpost check $dir: exit $rc (99: a valgrind error)"
        fail=1
    fi
done
[ $n -gt 0 ] && [ $fail = 0 ] && echo "memcheck: fdpost check on $n vectors clean"

# A generated trace with many interleaved sockets, when the generator is built.
if [ -x "$B/bench/gen_trace" ]; then
    "$B/bench/gen_trace" --records 20000 --sockets 300 > "$B/memcheck-trace.fdt" 2>/dev/null
    if $MEMCHECK "$B/fdpost" check "$B/memcheck-trace.fdt" > "$B/memcheck-trace.log" 2>&1; then
        echo "memcheck: fdpost check on a generated 20,000-record trace clean"
    else
        tail -30 "$B/memcheck-trace.log"
        fail=1
    fi
fi
exit $fail
