#!/bin/sh
# SPDX-License-Identifier: MIT
# check-roundtrip: record engine runs with the recorder (tests/oracle/roundtrip.c,
# engine/fdp_recorder.c), then `fdpost check` them: every one must conform,
# under --strict-order too (the recorder writes posts in the engine's order).
# The second half has post callbacks that call the engine (--reenter): the
# recorder writes each batch under its call, nested calls after it.  The
# even seeds register about half their sockets with WSPEventSelect (--events):
# set-event and enum lines, recordings as comments, event callbacks that
# call the engine.
# usage: roundtrip.sh ROUNDTRIP FDPOST WORKDIR
set -u
rt=$1 fdpost=$2 dir=$3
mkdir -p "$dir"
fail=0 n=0
for reenter in 0 3; do
for profile in spec windows; do
  for seed in 1 2 3 4 5 6 7 8; do
    f=$dir/$profile-$seed-r$reenter.fdt
    events=$((seed % 2 * 2))
    "$rt" --profile $profile --seed $seed --steps 3000 --sockets $((seed * 3)) --reenter $reenter --events $events > "$f" || { echo "roundtrip: recording $f failed"; fail=1; continue; }
    [ $reenter = 0 ] || grep -q 'WSAEINPROGRESS' "$f" || { echo "roundtrip: $f has no select refused from a callback"; fail=1; }
    [ $events = 0 ] || { grep -q ' set-event ev=' "$f" && grep -q ' enum .*-> FD_' "$f"; } || { echo "roundtrip: $f has no event-mode records"; fail=1; }
    n=$((n + 1))
    if ! "$fdpost" check --strict-order "$f" > "$f.out" 2>&1; then
      echo "roundtrip: $f does not conform:"; head -n 20 "$f.out"; fail=1
    fi
    # the trace read from stdin gives the same verdict
    if ! "$fdpost" check - < "$f" > /dev/null 2>&1; then
      echo "roundtrip: $f from stdin does not conform"; fail=1
    fi
    # `fdpost run` on a recorded trace gives back the same posts
    grep -v '^#' "$f" | sed 's/ wnd=[^ ]*//; s/ msg=[^ ]*//' > "$f.norm"
    "$fdpost" run "$f" | grep -v '^#' | sed 's/ wnd=[^ ]*//; s/ msg=[^ ]*//; s/  # optional.*//' > "$f.run"
    if ! cmp -s "$f.norm" "$f.run"; then
      echo "roundtrip: fdpost run $f differs from the recording:"; diff "$f.norm" "$f.run" | head; fail=1
    fi
  done
done
done
[ $fail = 0 ] && echo "roundtrip: $n recorded runs conform (spec and windows, re-entrant callbacks or not, event-select mode or not, strict order, stdin, run)"
exit $fail
