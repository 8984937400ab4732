#!/bin/sh
# SPDX-License-Identifier: MIT
# shards.sh N PREFIX FDP_MUTATE mutate [OPTIONS] FILE.fdt...
# Runs `FDP_MUTATE mutate --shard K/N ...` for K = 0..N-1 at once, each
# into PREFIX-K.txt, and prints their merged report (merge.awk).  Fails if
# any shard does.
n=$1 prefix=$2
shift 2
prog=$1 cmd=$2
shift 2
pids= k=0
while [ "$k" -lt "$n" ]; do
    "$prog" "$cmd" --shard "$k/$n" "$@" > "$prefix-$k.txt" &
    pids="$pids $!"
    k=$((k + 1))
done
rc=0
for p in $pids; do
    wait "$p" || rc=1
done
[ "$rc" = 0 ] || { cat "$prefix"-*.txt >&2; exit 1; }
k=0 files=
while [ "$k" -lt "$n" ]; do files="$files $prefix-$k.txt"; k=$((k + 1)); done
# shellcheck disable=SC2086
awk -f "$(dirname "$0")/merge.awk" $files
